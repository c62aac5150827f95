"""Pure helpers of the page (timeline.view, timeline.view_actions): labels, marked text, selections."""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.test_app_fixtures import HOSTILE, sample_corpus
from timeline import view, view_actions
from timeline.filters import Filters
from timeline.ingest_types import IngestProblem
from timeline.schema import Document, Event
from timeline.store import Store
from timeline.urlstate import ViewState


def test_documents_show_the_publication_date_as_precise_as_it_is(tmp_path: Path) -> None:
    # a header "date 2023-09" names a month: the Documents tab says so, it does not invent the 1st
    store = Store.open(tmp_path / "s.duckdb", "c")
    docs = [
        Document("d", "Jour", "texte", date(2023, 9, 14), "day", "header"),
        Document("m", "Mois", "texte", date(2023, 9, 1), "month", "header"),
        Document("y", "Année", "texte", date(2023, 1, 1), "year", "header"),
    ]
    store.add([(doc, []) for doc in docs])
    frame = view.documents_frame(store.documents()).set_index("Titre")["Publication"]
    assert frame.to_dict() == {
        "Jour": "14/09/2023 (lue dans l'en-tête)",
        "Mois": "septembre 2023 (lue dans l'en-tête)",
        "Année": "2023 (lue dans l'en-tête)",
    }


@pytest.mark.parametrize(
    ("start", "end", "gran", "label"),
    [
        (date(2024, 6, 17), date(2024, 6, 17), "day", "17/06/2024"),
        (date(2024, 3, 1), date(2024, 3, 31), "month", "01/03/2024 → 31/03/2024 (mois)"),
        (date(2024, 1, 1), date(2024, 1, 1), "year", "01/01/2024 (année)"),
        (None, None, "unknown", "date non résolue"),
        (date(2024, 3, 1), date(2024, 3, 10), "part", "01/03/2024 → 10/03/2024 (partie de mois)"),
        (date(2023, 9, 1), date(2023, 12, 31), "part", "01/09/2023 → 31/12/2023 (partie d'année)"),
        (date(1990, 1, 1), date(1993, 12, 31), "part", "01/01/1990 → 31/12/1993 (partie de décennie)"),
    ],
    ids=["day", "month", "degenerate-year", "unresolved", "part-of-month", "part-of-year", "part-of-decade"],
)
def test_interval_label(start: date | None, end: date | None, gran: str, label: str) -> None:
    assert view.interval_label(start, end, gran) == label


@pytest.mark.parametrize(
    ("text", "start", "end", "pieces"),
    [
        ("Le 3 mai, rien.", 3, 8, [("Le ", False), ("3 mai", True), (", rien.", False)]),
        ("hier", 0, 4, [("hier", True)]),
        ("abc", -1, -1, [("abc", False)]),
        ("abc", 2, 99, [("ab", False), ("c", True)]),
        ("abc", 3, 2, [("abc", False)]),
        ("", 0, 0, []),
    ],
    ids=["middle", "whole", "no-span", "clamped", "inverted", "empty"],
)
def test_segments(text: str, start: int, end: int, pieces: list[tuple[str, bool]]) -> None:
    assert view.segments(text, start, end) == pieces


@given(st.text(max_size=60), st.integers(-5, 70), st.integers(-5, 70))
def test_segments_rebuild_the_text(text: str, start: int, end: int) -> None:
    assert "".join(p for p, _ in view.segments(text, start, end)) == text


@given(st.text(max_size=60), st.integers(0, 60), st.integers(0, 60), st.integers(-1, 60), st.integers(-1, 60))
def test_nested_segments_rebuild_the_text(text: str, a: int, b: int, c: int, d: int) -> None:
    pieces = view.nested_segments(text, (min(a, b), max(a, b)), (c, d))
    assert "".join(p for p, _ in pieces) == text
    assert all(level in (0, 1, 2) for _, level in pieces)


@pytest.mark.parametrize("payload", HOSTILE)
def test_marked_html_leaves_no_markup_of_the_text(payload: str) -> None:
    out = view.marked_html([(payload, False), (payload, True), (payload, 2)])
    inner = out.removeprefix('<div class="frise-texte">').removesuffix("</div>")
    stripped = inner.replace("<mark>", "").replace("</mark>", "").replace("<b>", "").replace("</b>", "")
    assert "<" not in stripped and ">" not in stripped and '"' not in stripped
    assert html.unescape(stripped) == payload * 3


@given(st.text(max_size=80))
def test_marked_html_round_trips_any_text(text: str) -> None:
    out = view.marked_html([(text, True)])
    body = out.removeprefix('<div class="frise-texte"><mark>').removesuffix("</mark></div>")
    assert html.unescape(body.replace("<br>", "\n")) == text
    assert "<" not in body.replace("<br>", "")


def test_sentence_and_article_pieces_use_document_offsets() -> None:
    doc, events = sample_corpus()[1]
    ev = events[1].__dict__
    assert view.sentence_pieces(ev) == [
        ("Volodymyr Zelensky a appelé ", False),
        ("hier", True),
        (" l'ONU à agir.", False),
    ]
    article = view.article_pieces(doc.text, ev)
    assert [p for p, lvl in article if lvl == 2] == ["hier"]
    assert "".join(p for p, lvl in article if lvl >= 1) == ev["sentence"]


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://exemple.fr/a", True),
        ("http://x.example/p?q=1", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        ("data:text/html,<script>", False),
        ("//evil.example", False),
        ("https://", False),
        ("https://a b", False),
        ("", False),
    ],
)
def test_is_web_url(url: str, ok: bool) -> None:
    assert view.is_web_url(url) is ok


def test_chart_and_table_selection_reading() -> None:
    sel = {"selection": {"points": [{"customdata": ["abc", "hier"], "x": 1}], "box": [], "lasso": []}}
    assert view.event_from_chart_selection(sel) == "abc"
    assert view.event_from_chart_selection({"selection": {"points": []}}) is None
    assert view.event_from_chart_selection(None) is None
    assert view.event_from_chart_selection({"selection": {"points": [{"z": 3}]}}) is None  # aggregate view
    assert view.event_from_table_selection({"selection": {"rows": [1], "columns": []}}, ["a", "b"]) == "b"
    assert view.event_from_table_selection({"selection": {"rows": [5]}}, ["a", "b"]) is None


def test_widget_values_and_session_round_trip() -> None:
    state = ViewState(
        filters=Filters(
            persons=("A",),
            doc_ids=("d",),
            start=date(2020, 1, 1),
            text="x",
            include_reported=False,
            granularities=("day",),
        ),
        event_id="e1",
        lanes="persons",
        collection="autre",
    )
    session = view.widget_values(state)
    assert session["f_persons"] == ["A"] and session["collection"] == "autre" and session["event"] == "e1"
    assert view.state_from_session(session) == state
    assert view.state_from_session(view.widget_values(ViewState())) == ViewState()


def test_facet_options_keep_selected_values() -> None:
    options, labels = view.facet_options([("France", 3)], ["Japon"], {"France": "la France"})
    assert options == ["France", "Japon"]
    assert labels == {"France": "la France (3)", "Japon": "Japon (0)"}


def test_filters_key_is_canonical() -> None:
    assert view.filters_key(Filters(countries=("A", "B"))) == view.filters_key(Filters(countries=["A", "B"]))
    assert view.filters_key(Filters()) != view.filters_key(Filters(text="x"))


# --- actions with a stand-in pipeline (deterministic, no spaCy) ------------------------------------------


def fake_events(document: Document) -> list[Event]:
    """One event per document, dated the day before its publication date ("hier")."""
    base = sample_corpus()[1][1][1]
    assert document.published is not None
    day = date.fromordinal(document.published.toordinal() - 1)
    return [
        replace(
            base,
            doc_id=document.doc_id,
            event_id=f"{document.doc_id}-hier",
            title=document.title,
            published=document.published,
            published_origin=document.published_origin,
            date_start=day,
            date_end=day,
        )
    ]


def fake_many(documents: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
    for d in documents:
        yield d, fake_events(d)


def test_add_items_counts_and_passes_problems(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.duckdb")
    doc = sample_corpus()[1][0]
    seen: list[float] = []
    problem = IngestProblem("x.bin", "x.bin : fichier binaire refusé")
    report = view_actions.add_items(store, [doc, problem], lambda f, _n: seen.append(f), extract=fake_many)
    assert (report.added, report.skipped, report.events) == (1, 0, 1)
    assert report.problem_rows() == [{"Fichier": "x.bin", "Message": "x.bin : fichier binaire refusé"}]
    assert seen == [1.0]
    again = view_actions.add_items(store, [doc], extract=fake_many)
    assert (again.added, again.skipped) == (0, 1)


def test_correct_publication_date_replaces_the_document(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "s.duckdb")
    doc = sample_corpus()[1][0]
    view_actions.add_items(store, [doc], extract=fake_many)
    n = view_actions.correct_publication_date(store, doc.doc_id, date(2022, 3, 10), extract=fake_events)
    assert n == 1
    stored = store.document(doc.doc_id)
    assert stored is not None and stored.published == date(2022, 3, 10) and stored.published_origin == "given"
    evs = store.events(Filters(doc_ids=(doc.doc_id,)))
    assert [str(d)[:10] for d in evs["date_start"]] == ["2022-03-09"]


def test_correct_unknown_document_is_a_clear_error(tmp_path: Path) -> None:
    from timeline.errors import TimelineError

    with pytest.raises(TimelineError, match="introuvable"):
        view_actions.correct_publication_date(Store.open(tmp_path / "s.duckdb"), "nope", date(2020, 1, 1))


def test_facet_labels_are_unique_for_repeated_titles() -> None:
    options, labels = view.facet_options(
        [("id-aaaaaaaa1", 2), ("id-bbbbbbbb2", 2)], [], {"id-aaaaaaaa1": "Brève", "id-bbbbbbbb2": "Brève"}
    )
    assert len(set(labels.values())) == 2


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["Russie"], ["Russie"]),
        (["Russie (6)"], ["Russie"]),  # the current label
        (["Russie (5)"], ["Russie"]),  # a stale label after the data changed
        (["Japon (3)"], ["Japon (3)"]),  # unknown: kept as typed, the filter then matches nothing
        (["Russie", "Russie (6)"], ["Russie"]),
    ],
    ids=["value", "label", "stale-label", "unknown", "duplicate"],
)
def test_clean_selection_maps_labels_back_to_values(values: list[str], expected: list[str]) -> None:
    _, labels = view.facet_options([("Russie", 6), ("Ukraine", 4)], [])
    assert view.clean_selection(values, labels) == expected


def test_picker_labels_stay_unique() -> None:
    import pandas as pd

    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c", "d"],
            "title": ["Brève", "Brève", "", "Mensuel"],
            "published": [date(2024, 1, 2), date(2024, 1, 2), None, date(2023, 9, 1)],
            "published_precision": ["day", "day", "unknown", "month"],
        }
    )
    assert view.document_labels(docs) == {
        "a": "Brève (02/01/2024)",
        "b": "Brève (02/01/2024) · 2",
        "c": "(sans titre) (date inconnue)",
        "d": "Mensuel (septembre 2023)",  # a month header names no day
    }
    assert view.unique_labels({"x": "l", "y": "l", "z": "l"}) == {"x": "l", "y": "l · 2", "z": "l · 3"}


def test_picked_reads_a_chart_point_or_a_table_row() -> None:
    chart = {"selection": {"points": [{"customdata": ["e2", "titre"]}]}}
    table = {"selection": {"rows": [1]}}
    assert view.picked(chart, ["e0", "e1"], from_chart=True) == "e2"
    assert view.picked(table, ["e0", "e1"], from_chart=False) == "e1"
    assert view.picked(chart, ["e0", "e1"], from_chart=False) is None  # a table reads no chart point
    assert view.picked({"selection": {"rows": [5]}}, ["e0"], from_chart=False) is None
