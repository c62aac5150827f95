"""The stories mode's pure helpers (view_stories), its URL state and its chart (chart_stories)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import parse_qs, urlencode

import pandas as pd
import pytest

from tests.test_story_fixtures import conflict_corpus
from timeline import view, view_stories
from timeline.chart_stories import CONFLICT_COLOUR, label_positions, labelled, marker_size, stories_chart
from timeline.filters import Filters
from timeline.store import Store
from timeline.stories_sync import refresh_stories
from timeline.urlstate import ViewState, from_query, to_query


def _stories(rows: list[tuple[str, date, date, int, bool, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "story_id": [r[0] for r in rows],
            "date_start": pd.to_datetime([r[1] for r in rows]),
            "date_end": pd.to_datetime([r[2] for r in rows]),
            "granularity": ["day" if r[1] == r[2] else "month" for r in rows],
            "n_sources": [r[3] for r in rows],
            "n_events": [r[3] + 1 for r in rows],
            "conflict": [r[4] for r in rows],
            "lead_event": [f"ev-{r[0]}" for r in rows],
            "label": [r[5] for r in rows],
            "topic": ["diplomatie", "climat", "diplomatie", "autre"][: len(rows)],
            "reasons": [() for _ in rows],
            "n_visible": [1 for _ in rows],
        }
    )


ROWS = _stories(
    [
        (
            "s1",
            date(2023, 9, 13),
            date(2023, 9, 13),
            3,
            False,
            "Kim Jong Un et Vladimir Poutine à Vostotchny.",
        ),
        ("s2", date(2024, 3, 1), date(2024, 3, 31), 1, False, "<b>Conteneurs</b> & munitions"),
        ("s3", date(2024, 6, 18), date(2024, 6, 18), 2, True, "Poutine arrive à Pyongyang."),
    ]
)


@pytest.mark.parametrize(("n", "text"), [(1, "1 source"), (2, "2 sources"), (6, "6 sources")])
def test_sources_label(n: int, text: str) -> None:
    assert view_stories.sources_label(n) == text


def test_mode_and_story_go_to_the_url_and_back() -> None:
    state = ViewState(filters=Filters(persons=("Kim Jong Un",)), mode="stories", story_id="abc123")
    query = to_query(state)
    assert query["vue"] == "recits" and query["recit"] == "abc123"
    decoded = dict(parse_qs(urlencode(query, doseq=True)))
    assert from_query(decoded) == state  # type: ignore[arg-type]
    assert "vue" not in to_query(ViewState())  # the default (events) stays out of the URL
    assert from_query({"vue": "n'importe quoi"}).mode == "events"
    session = {"mode": "stories", "story": "abc123"}
    assert view_stories.widget_values(state) == session
    assert view_stories.with_session(ViewState(), session) == ViewState(mode="stories", story_id="abc123")
    assert view_stories.with_session(ViewState(), {"mode": "autre"}).mode == "events"


def test_story_options_keep_a_selection_that_left_the_list() -> None:
    ids, labels = view_stories.story_options(ROWS, "s1")
    assert ids == ["s1", "s2", "s3"]
    assert labels["s1"] == "13/09/2023 · 3 sources · Kim Jong Un et Vladimir Poutine à Vostotchny."
    assert labels["s2"].startswith("01/03/2024 · 1 source · ")
    ids, labels = view_stories.story_options(ROWS, "disparu")
    assert ids[0] == "disparu" and "hors des filtres" in labels["disparu"]
    twins = _stories([("a", date(2024, 1, 1), date(2024, 1, 1), 1, False, "x")] * 2).assign(
        story_id=["a", "b"]
    )
    assert len(set(view_stories.story_options(twins, None)[1].values())) == 2  # labels stay unique


def test_merge_options_leave_the_story_out_and_put_the_nearest_first() -> None:
    ids, _ = view_stories.merge_options(ROWS, "s3")
    assert ids == ["s2", "s1"]
    assert view_stories.merge_options(ROWS.head(1), "s1")[0] == []


def test_stories_table_in_french() -> None:
    table = view_stories.stories_table(ROWS)
    assert list(table.columns) == ["Date", "Sources", "Désaccord", "Récit", "Événements"]
    assert table["Date"].to_list() == ["13/09/2023", "01/03/2024 → 31/03/2024 (mois)", "18/06/2024"]
    assert table["Sources"].to_list() == [3, 1, 2]
    assert table["Désaccord"].to_list() == ["", "", "dates en désaccord"]
    assert table["Récit"].iloc[1] == "<b>Conteneurs</b> & munitions"  # plain text cell, shown as text


def _member(**kw: object) -> dict[str, object]:
    text = "Le 13 septembre, <script>x</script> Kim a rencontré Poutine."
    row: dict[str, object] = dict(
        sentence=text,
        sentence_start=100,
        char_start=100,
        char_end=115,
        date_text="Le 13 septembre",
        date_start=pd.Timestamp("2023-09-13"),
        date_end=pd.Timestamp("2023-09-13"),
        granularity="day",
        source="<i>Le Quotidien</i>",
        title="Sommet",
        published=pd.Timestamp("2023-09-14"),
        published_origin="given",
    )
    row.update(kw)
    return row


def test_member_pieces_mark_the_date_and_stay_text() -> None:
    pieces = view_stories.member_pieces(_member())
    assert [p for p, marked in pieces if marked] == ["Le 13 septembre"]
    meta = pieces[-1][0]
    assert meta == (
        "— <i>Le Quotidien</i> · Sommet · publié le 14/09/2023 (fournie) · « Le 13 septembre » → 13/09/2023"
    )
    html = view.marked_html(pieces)
    assert "<mark>Le 13 septembre</mark>" in html
    assert "<script>" not in html and "<i>" not in html and "&lt;i&gt;Le Quotidien" in html


@pytest.mark.parametrize(
    ("precision", "said"),
    [
        ("day", "publié le 14/09/2023 (lue dans l'en-tête)"),
        # a header "date 2023-09" names no day: the first of the month would be an invented one
        ("month", "publié en septembre 2023 (lue dans l'en-tête)"),
        ("year", "publié en 2023 (lue dans l'en-tête)"),
    ],
)
def test_member_meta_shows_the_publication_date_as_precise_as_it_is(precision: str, said: str) -> None:
    day = pd.Timestamp("2023-09-14") if precision == "day" else pd.Timestamp("2023-09-01")
    row = _member(published=day, published_origin="header", published_precision=precision)
    assert f" · {said} · " in view_stories.member_pieces(row)[-1][0]


def test_claims_and_reasons_frames() -> None:
    members = pd.DataFrame(
        [
            _member(),
            _member(
                source="La Gazette",
                date_text="le 14 septembre",
                date_start=pd.Timestamp("2023-09-14"),
                date_end=pd.Timestamp("2023-09-14"),
            ),
        ]
    )
    claims = view_stories.claims_frame(members)
    assert claims[["Source", "Expression", "Intervalle"]].values.tolist() == [
        ["<i>Le Quotidien</i>", "Le 13 septembre", "13/09/2023"],
        ["La Gazette", "le 14 septembre", "14/09/2023"],
    ]
    assert claims["Précision"].to_list() == ["jour", "jour"]
    assert view_stories.reasons_frame(("a", "b"), 3).iloc[:, 0].to_list() == ["a", "b"]
    assert "aucun autre article" in view_stories.reasons_frame((), 1).iloc[0, 0]


def test_choice_labels() -> None:
    choices = [
        SimpleNamespace(seq=1, action="split", event_a="e1", event_b=""),
        SimpleNamespace(seq=4, action="merge", event_a="e2", event_b="inconnu"),
    ]
    labels = view_stories.choice_labels(choices, {"e1": "Phrase un.", "e2": "x" * 80})
    assert labels[1] == "n° 1 · retrait : « Phrase un. »"
    assert labels[4].startswith("n° 4 · fusion : « xxxx") and labels[4].endswith("» + « inconnu »")


def test_chart_one_mark_per_story_with_its_sources_and_conflicts() -> None:
    chart = stories_chart(ROWS)
    marks = [t for t in chart.figure.data if t.type == "scatter"]
    assert sum(len(t.x) for t in marks) == 3 == chart.drawn
    texts = [x for t in marks for x in t.text]
    assert sorted(texts) == ["", "2 sources", "3 sources"]
    (conflict,) = [t for t in marks if t.name == "Dates en désaccord"]
    assert conflict.marker.symbol == "diamond" and conflict.marker.line.color == CONFLICT_COLOUR
    assert [c[0] for c in conflict.customdata] == ["s3"] and conflict.customdata[0][4] == "dates en désaccord"
    data = [c for t in marks for c in t.customdata]
    assert all("<b>" not in c[1] for c in data)  # article text escaped for Plotly
    assert any("&lt;b&gt;Conteneurs" in c[1] for c in data)
    bars = [t for t in chart.figure.data if t.type == "bar"]
    assert len(bars) == 1 and len(bars[0].x) == 1  # only the month-long story has an interval bar
    assert marker_size(4) > marker_size(2) > marker_size(1)
    assert chart.notice is None


def test_chart_limits_and_empty() -> None:
    assert stories_chart(ROWS.head(0)).notice == "Aucun récit à afficher."
    small = stories_chart(ROWS, limit=2)
    assert small.drawn == 2 and "les 2 les plus rapportés" in (small.notice or "")
    ids = {c[0] for t in small.figure.data if t.type == "scatter" for c in t.customdata}
    assert ids == {"s1", "s3"}  # the most-told ones


def test_chart_of_stored_stories(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "frise.duckdb")
    store.add(conflict_corpus())
    refresh_stories(store)
    chart = stories_chart(store.stories())
    assert chart.drawn == 2
    hover = [c for t in chart.figure.data if t.type == "scatter" for c in t.customdata]
    assert sorted(c[3] for c in hover) == ["1 source · 1 événement(s)", "2 sources · 2 événement(s)"]


def test_only_the_most_told_stories_carry_a_label() -> None:
    assert labelled(ROWS, 1).to_list() == [True, False, False]
    assert labelled(ROWS, 5).to_list() == [True, False, True]  # a single source is never labelled


def test_labels_go_where_no_other_mark_or_label_of_their_lane_is() -> None:
    # s1 and s3 share a lane ("diplomatie"), 4 days apart: at a one-year zoom s3's mark would cover the text
    # on s1's right, so s1's goes on its left; s2 is alone in its lane
    rows = _stories(
        [
            ("s1", date(2024, 6, 14), date(2024, 6, 14), 5, False, "a"),
            ("s2", date(2024, 6, 16), date(2024, 6, 16), 4, False, "b"),
            ("s3", date(2024, 6, 18), date(2024, 6, 18), 3, False, "c"),
        ]
    )
    where = label_positions(rows, 5, gap_days=20).to_list()
    assert where == ["middle left", "middle right", "middle right"]
    crowded = _stories(
        [(f"s{k}", date(2024, 6, 10 + k), date(2024, 6, 10 + k), 5 - k, False, "x") for k in (0, 2)]
    )
    crowded["topic"] = "diplomatie"
    assert label_positions(crowded, 5, gap_days=20).to_list() == ["middle left", "middle right"]
    assert label_positions(rows, 5, view=(pd.Timestamp(2024, 6, 15), pd.Timestamp(2024, 7, 1))).to_list() == [
        "",
        "middle right",
        "middle right",
    ]  # outside the span the chart opens on: no text
    assert labelled(rows, 5).to_list() == [True, True, True]


def test_merge_options_put_the_stories_still_linked_first_and_mark_them() -> None:
    rows = ROWS.assign(near=[("s1",) if sid == "s3" else () for sid in ROWS["story_id"]])
    ids, labels = view_stories.merge_options(rows, "s3")
    assert ids[:2] == ["s1", "s2"]
    assert labels["s1"].startswith(view_stories.NEAR_MARK) and not labels["s2"].startswith("Proche")
    assert view_stories.merge_options(rows, "s3", limit=1)[0] == ["s1"]
