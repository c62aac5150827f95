"""Filters -> SQL where-clause (one table of cases), then the same clauses run on a real small DuckDB."""

from __future__ import annotations

from datetime import date, timedelta

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import make_event
from timeline.filters import Filters, apply_filters, fold, like_pattern, where_clause, without_facet
from timeline.schema import Event
from timeline.table import events_to_frame

TEXT = "search LIKE ? ESCAPE '\\'"

CASES = [
    ("empty", Filters(), "", []),
    (
        "one-person",
        Filters(persons=("Emmanuel Macron",)),
        "list_has_any(persons, ?::VARCHAR[])",
        [["Emmanuel Macron"]],
    ),
    (
        "two-countries-or",
        Filters(countries=("France", "Russie")),
        "list_has_any(countries, ?::VARCHAR[])",
        [["France", "Russie"]],
    ),
    ("organisation", Filters(organisations=("ONU",)), "list_has_any(organisations, ?::VARCHAR[])", [["ONU"]]),
    ("topic", Filters(topics=("économie",)), "list_has_any(topics, ?::VARCHAR[])", [["économie"]]),
    (
        "sources",
        Filters(sources=("Le Monde", "AFP")),
        "list_contains(?::VARCHAR[], source)",
        [["Le Monde", "AFP"]],
    ),
    ("doc-ids", Filters(doc_ids=("d1",)), "list_contains(?::VARCHAR[], doc_id)", [["d1"]]),
    ("start-only", Filters(start=date(2020, 1, 1)), "date_end >= ?", [date(2020, 1, 1)]),
    ("end-only", Filters(end=date(2020, 12, 31)), "date_start <= ?", [date(2020, 12, 31)]),
    (
        "period-overlap",
        Filters(start=date(2020, 1, 1), end=date(2020, 12, 31)),
        "date_end >= ? AND date_start <= ?",
        [date(2020, 1, 1), date(2020, 12, 31)],
    ),
    ("text-accents-case", Filters(text="Élysée"), TEXT, ["%elysee%"]),
    ("text-percent-underscore", Filters(text="50%_x"), TEXT, ["%50\\%\\_x%"]),
    ("text-backslash", Filters(text="a\\b"), TEXT, ["%a\\\\b%"]),
    ("text-spaces-collapsed", Filters(text="  le   Conseil "), TEXT, ["%le conseil%"]),
    ("text-blank-ignored", Filters(text="   "), "", []),
    (
        "granularities",
        Filters(granularities=("day", "month")),
        "list_contains(?::VARCHAR[], granularity)",
        [["day", "month"]],
    ),
    ("no-reported", Filters(include_reported=False), "kind <> 'reported'", []),
    (
        "and-across-facets",
        Filters(countries=("France",), topics=("économie",), start=date(2020, 1, 1), end=date(2020, 12, 31)),
        "list_has_any(countries, ?::VARCHAR[]) AND list_has_any(topics, ?::VARCHAR[]) AND date_end >= ? "
        "AND date_start <= ?",
        [["France"], ["économie"], date(2020, 1, 1), date(2020, 12, 31)],
    ),
    (
        "everything",
        Filters(
            ("P",),
            ("C",),
            ("O",),
            ("T",),
            ("S",),
            ("D",),
            date(2000, 1, 1),
            date(2001, 1, 1),
            "x",
            ("year",),
            False,
        ),
        "list_has_any(persons, ?::VARCHAR[]) AND list_has_any(countries, ?::VARCHAR[]) AND "
        "list_has_any(organisations, ?::VARCHAR[]) AND list_has_any(topics, ?::VARCHAR[]) AND "
        "list_contains(?::VARCHAR[], source) AND list_contains(?::VARCHAR[], doc_id) AND date_end >= ? AND "
        f"date_start <= ? AND {TEXT} AND list_contains(?::VARCHAR[], granularity) AND kind <> 'reported'",
        [
            ["P"],
            ["C"],
            ["O"],
            ["T"],
            ["S"],
            ["D"],
            date(2000, 1, 1),
            date(2001, 1, 1),
            "%x%",
            ["year"],
        ],
    ),
]


@pytest.mark.parametrize(("filters", "clause", "params"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_where_clause(filters: Filters, clause: str, params: list[object]) -> None:
    assert where_clause(filters) == (clause, params)


def test_lists_become_hashable_tuples_without_duplicates() -> None:
    f = Filters(countries=["France", "Russie", "France"])  # type: ignore[arg-type]
    assert f.countries == ("France", "Russie")
    assert hash(f) == hash(Filters(countries=("France", "Russie")))
    assert Filters().is_empty and not f.is_empty


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Élysée", "elysee"),
        ("CŒUR", "cœur"),
        ("août", "aout"),
        ("Noël à Çà", "noel a ca"),
        ("ÀÂÄÉÈÊËÎÏÔÖÙÛÜŸ", "aaaeeeeiioouuuy"),
    ],
)
def test_fold_matches_duckdb(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert duckdb.sql("SELECT strip_accents(lower(?))", params=[text]).fetchall() == [(folded,)]


def test_like_pattern_escapes() -> None:
    assert like_pattern("100%") == "%100\\%%"


def test_without_facet_drops_only_that_selection() -> None:
    f = Filters(countries=("France",), topics=("économie",), granularities=("day",))
    assert without_facet(f, "countries") == Filters(topics=("économie",), granularities=("day",))
    assert without_facet(f, "granularity") == Filters(countries=("France",), topics=("économie",))
    assert without_facet(f, "title") == f


# behaviour on a real DuckDB -------------------------------------------------------------------------------

ROWS: list[Event] = [
    make_event(
        0,
        event_id="a",
        sentence="Le président Macron à l'Élysée.",
        countries=("France",),
        topics=("politique",),
        persons=("Emmanuel Macron",),
    ),
    make_event(
        1,
        event_id="b",
        date_start=date(2020, 3, 1),
        date_end=date(2020, 3, 31),
        granularity="month",
        countries=("France", "Russie"),
        topics=("économie",),
        source="AFP",
    ),
    make_event(
        2,
        event_id="c",
        date_start=date(2019, 12, 20),
        date_end=date(2020, 1, 5),
        granularity="week",
        countries=("Russie",),
        topics=("économie", "diplomatie"),
        date_text="fin décembre",
    ),
    make_event(
        3,
        event_id="d",
        kind="reported",
        date_start=date(2024, 6, 18),
        date_end=date(2024, 6, 18),
        countries=(),
        topics=("autre",),
        sentence="Un taux de 50% est annoncé.",
    ),
    make_event(
        4,
        event_id="e",
        date_start=None,
        date_end=None,
        granularity="unknown",
        doc_id="doc1",
        countries=("Ukraine",),
        topics=(),
        sentence="Un taux de 50 pour cent.",
    ),
]

BEHAVIOUR = [
    ("all", Filters(), "abcde"),
    ("or-within-countries", Filters(countries=("Russie", "Ukraine")), "bce"),
    ("and-across", Filters(countries=("Russie",), topics=("diplomatie",)), "c"),
    ("overlap-start-inside", Filters(start=date(2020, 1, 1), end=date(2020, 1, 31)), "c"),
    ("overlap-contains", Filters(start=date(2020, 3, 15), end=date(2020, 3, 16)), "b"),
    ("undated-excluded-by-period", Filters(start=date(1900, 1, 1)), "abcd"),
    ("text-accent-insensitive", Filters(text="ELYSEE"), "a"),
    ("text-in-date-text", Filters(text="Fin Decembre"), "c"),
    ("text-in-title", Filters(text="pyongyang"), "abcde"),
    ("text-percent-literal", Filters(text="50%"), "d"),
    ("no-reported", Filters(include_reported=False), "abce"),
    ("granularity", Filters(granularities=("month", "week")), "bc"),
    ("source", Filters(sources=("AFP",)), "b"),
    ("doc-ids", Filters(doc_ids=("doc1",)), "e"),
    ("nothing-matches", Filters(persons=("Personne",)), ""),
]


@pytest.mark.parametrize(("filters", "expected"), [c[1:] for c in BEHAVIOUR], ids=[c[0] for c in BEHAVIOUR])
def test_apply_filters_on_duckdb(filters: Filters, expected: str) -> None:
    df = apply_filters(events_to_frame(ROWS), filters)
    assert "".join(df["event_id"]) == expected
    assert list(df.dtypes) == list(events_to_frame(ROWS).dtypes)


# property: the SQL filter equals a plain Python reading of the Filters docstring ----------------------------

POOL = {
    "persons": ("A", "B"),
    "countries": ("France", "Russie", "Ukraine"),
    "organisations": ("ONU",),
    "topics": ("économie", "diplomatie", "autre"),
}
WORDS = ("Élysée", "élysée", "mars", "50%", "a_b", "Kremlin", "")


def _matches(e: Event, f: Filters) -> bool:
    """The reference semantics, written independently of the SQL."""
    for name in POOL:
        chosen = getattr(f, name)
        if chosen and not set(chosen) & set(getattr(e, name)):
            return False
    if f.sources and e.source not in f.sources:
        return False
    if f.doc_ids and e.doc_id not in f.doc_ids:
        return False
    if f.start and (e.date_end is None or e.date_end < f.start):
        return False
    if f.end and (e.date_start is None or e.date_start > f.end):
        return False
    needle = " ".join(fold(f.text).split())
    if needle and not any(needle in fold(getattr(e, c)) for c in ("sentence", "title", "date_text")):
        return False
    if f.granularities and e.granularity not in f.granularities:
        return False
    return f.include_reported or e.kind != "reported"


def _event(i: int, draw: st.DrawFn) -> Event:
    start = draw(st.one_of(st.none(), st.dates(date(2019, 1, 1), date(2021, 12, 31))))
    end = None if start is None else start + timedelta(days=draw(st.sampled_from([0, 30, 400])))
    lists = {k: tuple(draw(st.lists(st.sampled_from(v), unique=True, max_size=2))) for k, v in POOL.items()}
    return make_event(
        i,
        event_id=f"e{i}",
        doc_id=draw(st.sampled_from(["d1", "d2"])),
        source=draw(st.sampled_from(["AFP", "Le Monde"])),
        date_start=start,
        date_end=end,
        granularity=draw(st.sampled_from(["day", "month", "year"])),
        kind=draw(st.sampled_from(["dated", "reported"])),
        title=draw(st.sampled_from(["Titre", "À l'Élysée"])),
        sentence=f"Phrase {draw(st.sampled_from(WORDS))} fin.",
        date_text=draw(st.sampled_from(["en mars", "hier"])),
        **lists,
    )


@st.composite
def events_and_filters(draw: st.DrawFn) -> tuple[list[Event], Filters]:
    events = [_event(i, draw) for i in range(draw(st.integers(1, 12)))]
    sub = {k: tuple(draw(st.lists(st.sampled_from(v), unique=True, max_size=2))) for k, v in POOL.items()}
    start = draw(st.one_of(st.none(), st.dates(date(2019, 6, 1), date(2021, 6, 1))))
    f = Filters(
        **sub,
        sources=tuple(draw(st.lists(st.sampled_from(["AFP", "Le Monde"]), unique=True, max_size=1))),
        doc_ids=tuple(draw(st.lists(st.sampled_from(["d1", "d2"]), unique=True, max_size=1))),
        start=start,
        end=draw(st.one_of(st.none(), st.dates(date(2019, 6, 1), date(2021, 6, 1)))),
        text=draw(st.sampled_from(WORDS + ("ELYSEE", "phrase  50%", "MARS", "%", "_"))),
        granularities=tuple(
            draw(st.lists(st.sampled_from(["day", "month", "year"]), unique=True, max_size=2))
        ),
        include_reported=draw(st.booleans()),
    )
    return events, f


@settings(max_examples=60, deadline=None)
@given(events_and_filters())
def test_sql_filter_equals_reference(case: tuple[list[Event], Filters]) -> None:
    events, f = case
    got = list(apply_filters(events_to_frame(events), f)["event_id"])
    assert got == [e.event_id for e in events if _matches(e, f)]
