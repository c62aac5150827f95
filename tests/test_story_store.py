"""Stories in the store (issue 8): the user's choices, computed stories read by SQL, refresh after every
change, and choices that survive a re-extraction of the articles."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pytest

from tests.test_story_fixtures import VOSTOTCHNY_FILES, conflict_corpus, extracted, sample_store
from timeline import view_actions as actions
from timeline.errors import StoreError
from timeline.filters import Filters
from timeline.schema import Document, Event
from timeline.store import STORY_COLUMNS, Store
from timeline.store_tables import STORY_TABLES
from timeline.stories_sync import refresh_stories


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path / "frise.duckdb", "essai")
    s.add(conflict_corpus())
    return s


def _story_of_doc(store: Store, doc_id: str) -> str:
    ev = store.events(Filters(doc_ids=(doc_id,)), stories=True)
    return str(ev["story_id"].iloc[0])


def test_a_base_made_before_stories_opens_and_gets_their_tables(tmp_path: Path) -> None:
    path = tmp_path / "ancienne.duckdb"
    Store.open(path, "essai").add(conflict_corpus())
    con = duckdb.connect(str(path))
    for t in STORY_TABLES:
        con.execute(f"DROP TABLE {t}")
    con.close()
    store = Store.open(path, "essai")
    assert len(store.events()) == 3
    status = store.stories_status()
    assert (status.events, status.missing, status.stories, status.up_to_date) == (3, 3, 0, False)
    assert store.overrides() == []
    refresh_stories(store)
    assert store.stories_status().up_to_date


def test_refresh_stores_one_row_per_event_and_per_story_and_surfaces_the_conflict(store: Store) -> None:
    assert store.stories().empty
    result = refresh_stories(store)
    assert (result.events, result.stories, result.multi_source, result.conflicts) == (3, 2, 1, 1)
    assert "2 récit(s)" in result.message()
    status = store.stories_status()
    assert (status.events, status.missing, status.stories) == (3, 0, 2)
    ev = store.events(stories=True)
    assert list(ev.columns[-3:]) == list(STORY_COLUMNS)
    by_doc = ev.set_index("doc_id")
    assert (
        by_doc.loc["doc-a", "story_id"] == by_doc.loc["doc-b", "story_id"] != by_doc.loc["doc-c", "story_id"]
    )
    assert by_doc.loc["doc-a", "story_sources"] == 2 and bool(by_doc.loc["doc-a", "story_conflict"])
    assert by_doc.loc["doc-c", "story_sources"] == 1 and not bool(by_doc.loc["doc-c", "story_conflict"])
    rows = store.stories().set_index("story_id")
    summit = rows.loc[by_doc.loc["doc-a", "story_id"]]
    assert (summit["n_sources"], summit["n_events"], bool(summit["conflict"])) == (2, 2, True)
    assert summit["label"].endswith("Kim Jong Un.") and summit["topic"] == "diplomatie"
    assert any("en désaccord" in r for r in summit["reasons"])
    members = store.story_members(str(by_doc.loc["doc-a", "story_id"]))
    assert sorted(members["date_text"]) == ["Le 18 juin", "Le 19 juin"]
    assert set(members["story_sources"]) == {2}


def test_refresh_replaces_the_rows_it_wrote_before(store: Store) -> None:
    refresh_stories(store)
    store.delete_document("doc-b")
    assert store.stories_status().up_to_date  # a deletion leaves no event without its row...
    refresh_stories(store)
    rows = store.stories()
    assert sorted(rows["n_sources"]) == [1, 1]  # ...and the refresh drops the story rows of the gone events
    assert not rows["conflict"].any()


def test_a_story_is_visible_when_one_of_its_events_passes_the_filters(store: Store) -> None:
    refresh_stories(store)
    only_a = store.stories(Filters(doc_ids=("doc-a",)))
    assert len(only_a) == 1
    assert (only_a["n_visible"].iloc[0], only_a["n_sources"].iloc[0]) == (1, 2)
    assert store.stories(Filters(text="climat"))["n_sources"].to_list() == [1]
    assert store.stories(Filters(start=date(2025, 1, 1))).empty


@pytest.mark.parametrize("order", ["date", "-date", "document"])
def test_events_with_stories_keep_the_same_rows_in_the_same_order(store: Store, order: str) -> None:
    refresh_stories(store)
    for limit, offset in ((None, 0), (2, 0), (2, 1)):
        plain = store.events(order=order, limit=limit, offset=offset)
        joined = store.events(order=order, limit=limit, offset=offset, stories=True)
        assert joined["event_id"].to_list() == plain["event_id"].to_list()
        assert joined.drop(columns=list(STORY_COLUMNS)).equals(plain)


def test_overrides_are_listed_in_order_and_undone(store: Store) -> None:
    assert store.add_override("split", "e1") == 1
    assert store.add_override("merge", "e2", "e3") == 2
    other = store.with_collection("autre")
    assert other.overrides() == []
    got = [o.as_override() for o in store.overrides()]
    assert got == [("split", "e1", ""), ("merge", "e2", "e3")]
    assert store.remove_override(1) is True
    assert store.remove_override(1) is False
    assert [o.seq for o in store.overrides()] == [2]
    assert store.add_override("split", "e4") == 3  # numbers are never reused while later ones exist
    for bad in (("fusion", "e1", "e2"), ("merge", "e1", ""), ("merge", "e1", "e1"), ("split", "", "")):
        with pytest.raises(StoreError):
            store.add_override(*bad)


def test_delete_collection_removes_its_stories_and_choices(store: Store) -> None:
    refresh_stories(store)
    store.add_override("split", "x")
    store.delete_collection("essai")
    assert store.overrides() == [] and store.stories().empty
    assert store.stories_status().stories == 0


def test_user_split_and_merge_through_the_page_actions(store: Store) -> None:
    refresh_stories(store)
    a, b, c = (
        str(store.events(Filters(doc_ids=(d,)))["event_id"].iloc[0]) for d in ("doc-a", "doc-b", "doc-c")
    )
    kept = actions.split_event(store, a)
    assert kept == store.story_of(b) != store.story_of(a)
    assert sorted(store.stories()["n_sources"]) == [1, 1, 1]
    merged = actions.merge_stories(store, c, b)
    assert merged == store.story_of(c) == store.story_of(b)
    assert sorted(store.stories()["n_sources"]) == [1, 2]
    assert store.stories().set_index("story_id").loc[merged, "conflict"]  # 3 March and 19 June disagree
    labels = actions.choice_labels(store)
    assert list(labels) == [1, 2]
    assert labels[1].startswith("n° 1 · retrait : « Le 18 juin")
    assert "fusion" in labels[2] and "Le 3 mars" in labels[2]
    assert actions.undo_choice(store, 1) is True
    assert store.story_of(a) == store.story_of(b) == store.story_of(c)  # the merge now takes all three
    assert actions.undo_choice(store, 2) is True
    assert store.story_of(a) == store.story_of(b) != store.story_of(c)
    assert actions.undo_choice(store, 2) is False


def _fake_extract(documents: object) -> object:
    by_id = {d.doc_id: evs for d, evs in conflict_corpus()}
    return ((d, by_id[d.doc_id]) for d in documents)  # type: ignore[attr-defined]


def test_page_additions_and_date_corrections_refresh_the_stories(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "frise.duckdb", "essai")
    docs = [d for d, _ in conflict_corpus()]
    report = actions.add_items(store, docs[:2], extract=_fake_extract)  # type: ignore[arg-type]
    assert report.added == 2 and store.stories_status().up_to_date
    assert store.stories()["n_sources"].to_list() == [2]
    actions.add_items(store, docs, extract=_fake_extract)  # type: ignore[arg-type]
    assert store.stories_status().stories == 2

    def moved(doc: Document) -> list[Event]:
        (ev,) = dict(_fake_extract([doc]))[doc]  # type: ignore[call-overload]
        return [replace(ev, published=doc.published, date_start=date(2024, 9, 1), date_end=date(2024, 9, 1))]

    actions.correct_publication_date(store, "doc-b", date(2024, 9, 2), extract=moved)
    assert store.stories_status().up_to_date
    assert sorted(store.stories()["n_sources"]) == [1, 1, 1]  # 1 September is no longer the June visit


@pytest.fixture(scope="module")
def vostotchny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("vostotchny") / "frise.duckdb"
    sample_store(path, VOSTOTCHNY_FILES)
    return path


def _vostotchny_events(store: Store) -> object:
    ev = store.events(stories=True)
    return ev[ev["sentence"].str.contains("Vostotchny") & (ev["story_id"] != "")]


def test_the_vostotchny_meeting_is_one_story_of_several_articles(vostotchny: Path) -> None:
    store = Store.open(vostotchny)
    ev = _vostotchny_events(store)
    docs_per_story = ev.groupby("story_id")["doc_id"].nunique()  # type: ignore[attr-defined]
    assert docs_per_story.max() >= 2
    assert (store.stories()["n_sources"] >= 2).any()


def test_choices_survive_a_re_extraction(vostotchny: Path, tmp_path: Path) -> None:
    path = tmp_path / "frise.duckdb"
    path.write_bytes(vostotchny.read_bytes())
    store = Store.open(path)
    ev = _vostotchny_events(store)
    story = ev.groupby("story_id")["doc_id"].nunique().idxmax()  # type: ignore[attr-defined]
    members = store.story_members(story)
    assert members["doc_id"].nunique() >= 2
    out = str(members["event_id"].iloc[0])
    stay = str(members[members["doc_id"] != members["doc_id"].iloc[0]]["event_id"].iloc[0])
    lonely = store.stories()
    lonely = lonely[(lonely["n_events"] == 1) & (lonely["story_id"] != story)]
    outsider = str(lonely["lead_event"].iloc[0])
    actions.split_event(store, out)
    actions.merge_stories(store, stay, outsider)

    def holds() -> None:
        assert store.story_of(out) != store.story_of(stay)
        assert len(store.story_members(store.story_of(out))) == 1
        assert store.story_of(outsider) == store.story_of(stay)

    holds()
    before = set(store.events()["event_id"])
    # the same articles extracted again: replaced in place, and deleted then added back
    from timeline.extract import extract_events

    docs = [d for d, _ in extracted(VOSTOTCHNY_FILES)]
    for doc in docs[:3]:
        store.replace_document(doc, extract_events(doc))
    for doc in docs[3:]:
        store.delete_document(doc.doc_id)
    assert not store.stories_status().up_to_date or store.stories_status().events < len(before)
    store.add((d, extract_events(d)) for d in docs[3:])
    refresh_stories(store)
    assert set(store.events()["event_id"]) == before  # stable ids: same document, same events
    holds()


def test_cli_extract_computes_the_stories_once_at_the_end(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from timeline.cli import main

    path = tmp_path / "cli.duckdb"
    files = [str(Path(__file__).resolve().parents[1] / "data" / "articles" / n) for n in VOSTOTCHNY_FILES[:2]]
    assert main(["extract", *files, "--store", str(path), "--collection", "cli"]) == 0
    err = capsys.readouterr().err
    assert "récit(s) calculé(s)" in err
    store = Store.open(path, "cli")
    assert store.stories_status().up_to_date and store.stories_status().stories > 0
    assert main(["extract", *files, "--store", str(path), "--collection", "cli"]) == 0
    assert "récit" not in capsys.readouterr().err  # nothing added, stories up to date: no recomputation
    print(err, file=sys.stderr)


def _base_with_a_choice(path: Path) -> None:
    """A base with the conflict corpus, one split chosen by the user, and its stories computed."""
    store = Store.open(path, "essai")
    store.add(conflict_corpus())
    store.add_override("split", str(store.events()["event_id"].iloc[0]))
    refresh_stories(store)


def test_a_base_made_before_near_stories_has_them_computed_again(tmp_path: Path) -> None:
    path = tmp_path / "avant.duckdb"
    _base_with_a_choice(path)
    con = duckdb.connect(str(path))
    con.execute("ALTER TABLE stories DROP COLUMN near")
    con.close()
    store = Store.open(path, "essai")
    status = store.stories_status()  # its stories are computed again (the page and the CLI offer it)
    assert (status.events, status.missing, status.stories, status.up_to_date) == (3, 3, 0, False)
    assert [o.action for o in store.overrides()] == ["split"]  # the user's choices stay
    refresh_stories(store)
    assert store.stories_status().up_to_date
    assert all(isinstance(n, tuple) for n in store.stories()["near"])


def test_stories_computed_by_another_grouping_version_are_computed_again(tmp_path: Path) -> None:
    path = tmp_path / "ancienne.duckdb"
    _base_with_a_choice(path)
    assert Store.open(path, "essai").stories_status().up_to_date  # same version: kept as they are
    con = duckdb.connect(str(path))
    con.execute("UPDATE frise_meta SET value = 'ancienne' WHERE key = 'stories'")
    con.close()
    store = Store.open(path, "essai")
    status = store.stories_status()
    assert (status.missing, status.stories, status.up_to_date) == (3, 0, False)
    assert [o.action for o in store.overrides()] == ["split"]  # the user's choices stay
    refresh_stories(store)
    assert Store.open(path, "essai").stories_status().up_to_date
