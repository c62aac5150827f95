"""The DuckDB store: round trip, idempotent re-ingestion, replace in one transaction, collections, reads."""

from __future__ import annotations

import dataclasses
import random
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from tests.conftest import make_event
from timeline.errors import StoreError
from timeline.filters import Filters
from timeline.schema import Document, Event, event_id
from timeline.store import AddResult, Store, default_path
from timeline.store_tables import documents_table, events_table
from timeline.table import events_to_frame


def doc(doc_id: str, published: date | None = date(2024, 6, 18), title: str = "Titre") -> Document:
    return Document(
        doc_id, title, f"Texte de {doc_id}.", published, "day", "given", "AFP", "https://x/" + doc_id, "f"
    )


def evs(doc_id: str, n: int = 3, **kw: object) -> list[Event]:
    return [
        make_event(
            i,
            doc_id=doc_id,
            event_id=event_id(doc_id, i, i + 1, 0),
            date_start=date(2020, 1, 1 + i),
            date_end=date(2020, 1, 1 + i),
            **kw,
        )
        for i in range(n)
    ]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store.open(tmp_path / "deep" / "dir" / "frise.duckdb")


def test_open_creates_parent_dirs_and_reopens(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "c.duckdb"
    Store.open(path).add([(doc("d1"), evs("d1"))])
    assert path.exists()
    assert Store.open(path).count() == 3


def test_default_path_from_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FRISE_STORE", str(tmp_path / "x.duckdb"))
    assert default_path() == tmp_path / "x.duckdb"
    assert Store.open().path == tmp_path / "x.duckdb"
    monkeypatch.delenv("FRISE_STORE")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_path() == tmp_path / ".local" / "share" / "frise" / "frise.duckdb"


def test_events_round_trip_with_table_dtypes(store: Store, events: list[Event]) -> None:
    store.add([(doc("doc0"), events)])
    got = store.events(order="document")
    want = events_to_frame(sorted(events, key=lambda e: (e.sentence_start, e.char_start, e.event_id)))
    pd.testing.assert_frame_equal(got, want)


def test_empty_store_gives_schema_frame(store: Store) -> None:
    pd.testing.assert_frame_equal(store.events(), events_to_frame([]))
    assert store.count() == 0 and store.date_bounds() == (None, None) and store.collections() == []


def test_idempotent_reingestion(store: Store) -> None:
    batch = [(doc(f"d{i}"), evs(f"d{i}")) for i in range(5)]
    assert store.add(batch) == AddResult(added=5, skipped=0, events=15)
    before = store.events()
    assert store.add(batch) == AddResult(added=0, skipped=5, events=0)
    assert store.add(batch + [(doc("d9"), evs("d9", 2))], batch_size=2) == AddResult(
        added=1, skipped=5, events=2
    )
    pd.testing.assert_frame_equal(
        store.events(doc_ids_filter := Filters(doc_ids=tuple(f"d{i}" for i in range(5)))), before
    )
    assert store.count(doc_ids_filter) == 15


def test_duplicates_inside_one_batch(store: Store) -> None:
    e = evs("d1")
    assert store.add([(doc("d1"), e), (doc("d1", title="autre"), e[:1])]) == AddResult(1, 1, 3)
    assert store.add([(doc("d2"), [*evs("d2", 1), *evs("d2", 1)])]) == AddResult(1, 0, 1)
    assert store.document("d1") == doc("d1")


def test_event_of_another_document_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="appartient à d2"):
        store.add([(doc("d1"), evs("d2"))])
    assert store.count() == 0


def test_malformed_events_are_refused_with_a_message(store: Store) -> None:
    bad = dataclasses.replace(evs("d1", 1)[0], countries=(1, 2))  # type: ignore[arg-type]
    with pytest.raises(StoreError, match="mal formés"):
        store.add([(doc("d1"), [bad])])
    assert store.count() == 0


def test_replace_document_rewrites_date_and_events(store: Store) -> None:
    store.add([(doc("d1"), evs("d1", 3)), (doc("d2"), evs("d2", 2))])
    corrected = doc("d1", published=date(2023, 1, 5))
    new_events = [dataclasses.replace(e, published=date(2023, 1, 5)) for e in evs("d1", 2)]
    store.replace_document(corrected, new_events)
    assert store.document("d1") == corrected
    d1 = store.events(Filters(doc_ids=("d1",)))
    assert len(d1) == 2 and set(d1["published"]) == {pd.Timestamp("2023-01-05")}
    assert store.count(Filters(doc_ids=("d2",))) == 2


def test_replace_document_is_one_transaction(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.add([(doc("d1"), evs("d1", 3))])
    before = store.events()

    def fail(*_: object) -> None:
        raise RuntimeError("panne au milieu de l'écriture")

    monkeypatch.setattr(Store, "_insert", fail)
    with pytest.raises(RuntimeError):
        store.replace_document(doc("d1", published=date(2000, 1, 1)), evs("d1", 1))
    monkeypatch.undo()
    pd.testing.assert_frame_equal(store.events(), before)
    assert store.document("d1") == doc("d1")


def test_collections_are_separate(store: Store) -> None:
    other = store.with_collection("enquête 2")
    store.add([(doc("d1"), evs("d1", 3))])
    assert other.add([(doc("d1"), evs("d1", 2)), (doc("d2"), evs("d2", 1))]) == AddResult(2, 0, 3)
    assert store.collections() == ["enquête 2", "exemple"]
    assert (store.count(), other.count()) == (3, 3)
    assert Store.open(store.path, collection="enquête 2").has_document("d2")
    assert not store.has_document("d2")
    store.delete_collection("enquête 2")
    assert store.collections() == ["exemple"] and other.count() == 0 and store.count() == 3


@pytest.mark.parametrize("name", ["", "   ", "x" * 201])
def test_bad_collection_name(tmp_path: Path, name: str) -> None:
    with pytest.raises(StoreError, match="nom de collection invalide"):
        Store.open(tmp_path / "s.duckdb", collection=name)


def test_reads(store: Store) -> None:
    store.add(
        [
            (doc("d1"), evs("d1", 3, countries=("France", "Russie"), topics=("économie",))),
            (
                doc("d2", published=None),
                evs("d2", 2, countries=("Russie",), topics=("diplomatie",), source="Le Monde"),
            ),
        ]
    )
    assert store.facet_counts("countries") == [("Russie", 5), ("France", 3)]
    f = Filters(countries=("France",))
    assert store.facet_counts("countries", f) == [("Russie", 5), ("France", 3)]
    assert store.facet_counts("countries", f, exclude_own=False) == [("France", 3), ("Russie", 3)]
    assert store.facet_counts("topics", f) == [("économie", 3)]
    assert store.facet_counts("source") == [("exemple", 3), ("Le Monde", 2)]
    with pytest.raises(StoreError, match="facette inconnue"):
        store.facet_counts("sentence; DROP TABLE events")
    assert store.count(f) == 3 and store.date_bounds(f) == (date(2020, 1, 1), date(2020, 1, 3))
    assert store.existing_ids(["d1", "zz", "d2"]) == {"d1", "d2"}
    assert store.has_document("d1") and not store.has_document("zz")
    docs = store.documents()
    assert list(docs["doc_id"]) == ["d1", "d2"] and list(docs["n_events"]) == [3, 2] and "text" not in docs
    assert store.document("d2") == doc("d2", published=None)
    assert store.document("zz") is None


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("ELYSEE", 1),
        ("élysée", 1),
        ("déc", 1),
        ("DÉCEMBRE", 1),
        ("titre", 2),
        ("50%", 1),
        ("50 %", 0),
        ("_", 0),
    ],
)
def test_text_search_is_folded_at_insert(store: Store, text: str, n: int) -> None:
    store.add(
        [
            (
                doc("d1"),
                [make_event(0, doc_id="d1", sentence="Arrivée à l'Élysée, 50% des voix.", title="Titre")],
            ),
            (doc("d2"), [make_event(1, doc_id="d2", date_text="fin décembre", title="Titre")]),
        ]
    )
    assert store.count(Filters(text=text)) == n


def test_order_limit_offset(store: Store) -> None:
    store.add([(doc("d1"), evs("d1", 5))])
    starts = [d.day for d in store.events(order="date")["date_start"]]
    assert starts == [1, 2, 3, 4, 5]
    assert [d.day for d in store.events(order="-date", limit=2)["date_start"]] == [5, 4]
    assert [d.day for d in store.events(limit=2, offset=2)["date_start"]] == [3, 4]
    with pytest.raises(StoreError, match="ordre inconnu"):
        store.events(order="random()")


def test_import_parquet_parts(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "parts"
    for sub in ("documents", "events"):
        (out / sub).mkdir(parents=True)
    for k, ids in enumerate([["a", "b"], ["b", "c"]]):
        pq.write_table(documents_table([doc(i) for i in ids]), out / "documents" / f"part-{k:05d}.parquet")
        pq.write_table(
            events_table([e for i in ids for e in evs(i, 2)]), out / "events" / f"part-{k:05d}.parquet"
        )
    assert store.import_parquet(out) == AddResult(added=3, skipped=1, events=6)
    assert store.import_parquet(out) == AddResult(added=0, skipped=4, events=0)
    with pytest.raises(StoreError, match="aucune partie Parquet"):
        store.import_parquet(tmp_path / "vide")


def test_base_with_another_schema_is_refused(store: Store) -> None:
    with store._connect(write=True) as con:
        con.execute("UPDATE frise_meta SET value = 'ancien' WHERE key = 'schema'")
    with pytest.raises(StoreError, match="autre format"):
        Store.open(store.path)


def test_unreadable_file_gives_store_error(tmp_path: Path) -> None:
    path = tmp_path / "pas-une-base.duckdb"
    path.write_bytes(b"ceci n'est pas une base DuckDB" * 100)
    with pytest.raises(StoreError, match="ne s'ouvre pas"):
        Store.open(path)


def _random_event(i: int, rng: random.Random) -> Event:
    """Events over the same small pools the filter property draws its selections from."""
    from tests.test_filters import POOL, WORDS

    start = rng.choice([None, date(2019, 1, 1) + timedelta(days=rng.randrange(3 * 365))])
    return make_event(
        i,
        event_id=f"e{i}",
        doc_id=rng.choice(["d1", "d2"]),
        source=rng.choice(["AFP", "Le Monde"]),
        date_start=start,
        date_end=None if start is None else start + timedelta(days=rng.choice([0, 30, 400])),
        granularity=rng.choice(["day", "month", "year"]),
        kind=rng.choice(["dated", "reported"]),
        title=rng.choice(["Titre", "À l'Élysée"]),
        sentence=f"Phrase {rng.choice(WORDS)} fin.",
        date_text=rng.choice(["en mars", "hier"]),
        **{k: tuple(rng.sample(v, rng.randrange(min(3, len(v) + 1)))) for k, v in POOL.items()},
    )


@pytest.fixture(scope="module")
def random_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, pd.DataFrame]:
    rng = random.Random(5)
    events = [_random_event(i, rng) for i in range(300)]
    store = Store.open(tmp_path_factory.mktemp("prop") / "s.duckdb")
    by_doc: dict[str, list[Event]] = {}
    for e in events:
        by_doc.setdefault(e.doc_id, []).append(e)
    store.add([(doc(d), evs) for d, evs in by_doc.items()])
    order = ["doc_id", "sentence_start", "char_start", "event_id"]
    return store, events_to_frame(events).sort_values(order, ignore_index=True)


def test_store_filters_equal_in_memory_filters(random_store: tuple[Store, pd.DataFrame]) -> None:
    from hypothesis import given, settings

    from tests.test_filters import events_and_filters
    from timeline.filters import apply_filters

    store, frame = random_store

    @settings(max_examples=30, deadline=None)
    @given(events_and_filters())
    def check(case: tuple[list[Event], Filters]) -> None:
        _, f = case
        want = apply_filters(frame, f)
        pd.testing.assert_frame_equal(store.events(f, order="document"), want)
        page = store.events(f, order="document", limit=7, offset=2)
        pd.testing.assert_frame_equal(page, want.iloc[2:9].reset_index(drop=True))
        assert store.count(f) == len(want)

    check()


def test_light_read_blanks_free_text_only(tmp_path: Path) -> None:
    """A light read keeps what charts need (dates, facets, kinds) and leaves sentences out (issue 6)."""
    from timeline.store import LIGHT_BLANK

    store = Store.open(tmp_path / "light.duckdb", "c")
    ev = make_event(0)
    store.add([(Document("doc0", "T", "texte", None), [ev])])
    full, light = store.events(), store.events(light=True, keep=("topics",))
    assert list(light.columns) == list(full.columns)
    for column in full.columns:
        if column in LIGHT_BLANK:
            assert (light[column] == "").all()
        elif column in ("persons", "countries", "organisations"):
            assert light[column].tolist() == [()]
        else:
            assert light[column].tolist() == full[column].tolist()


def test_export_of_visible_events_reads_every_match(tmp_path: Path) -> None:
    """Beyond the page's slice, an export still holds exactly the filtered events (issue 5)."""
    from timeline.export import read_events_csv
    from timeline.filters import Filters
    from timeline.view_actions import export_visible

    store = Store.open(tmp_path / "x.duckdb", "c")
    evs = [make_event(k, countries=("Russie",) if k % 2 else ("Japon",)) for k in range(40)]
    store.add([(Document("doc0", "T", "texte", None), evs)])
    got = read_events_csv(export_visible(store, Filters(countries=("Russie",)), "csv"))
    assert sorted(e.event_id for e in got) == sorted(e.event_id for e in evs if "Russie" in e.countries)
