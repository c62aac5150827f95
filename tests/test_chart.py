"""Timeline and overview figures: shapes, lanes, uncertainty styling, scale modes, inert hostile text."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import pytest

from tests.test_app_fixtures import HOSTILE, hostile_corpus, sample_corpus
from timeline.chart import (
    DAY_MS,
    HOVER,
    HOVER_UNCERTAIN,
    overview_figure,
    timeline_chart,
    timeline_figure,
    topic_colour,
)
from timeline.table import events_to_frame
from timeline.view import REASON_INFERRED, REASON_REPORTED, REASON_VAGUE


@pytest.fixture(scope="module")
def sample() -> pd.DataFrame:
    return events_to_frame([e for _, evs in sample_corpus() for e in evs])


@pytest.fixture(scope="module")
def hostile() -> pd.DataFrame:
    return events_to_frame([e for _, evs in hostile_corpus() for e in evs])


def points_by_event(fig: go.Figure) -> dict[str, list[tuple[Any, dict[str, Any]]]]:
    """event_id -> [(trace, point fields)] for every drawn point or bar."""
    out: dict[str, list[tuple[Any, dict[str, Any]]]] = {}
    for trace in fig.data:
        for i, cd in enumerate(trace.customdata if trace.customdata is not None else ()):
            fields: dict[str, Any] = {"y": trace.y[i], "x": trace.x[i], "customdata": list(cd)}
            if trace.type == "bar":
                fields["base"] = trace.base[i]
            out.setdefault(cd[0], []).append((trace, fields))
    return out


def test_interval_is_a_bar_over_its_whole_span(sample: pd.DataFrame) -> None:
    fig = timeline_figure(sample, "topics")
    march = sample[sample["date_text"] == "mars 2014"].iloc[0]
    drawn = points_by_event(fig)[march["event_id"]]
    assert {t.type for t, _ in drawn} == {"bar"}
    for trace, p in drawn:
        assert trace.orientation == "h"
        assert pd.Timestamp(p["base"]) == pd.Timestamp("2014-03-01")
        assert p["x"] == 31 * DAY_MS  # 1 to 31 March inclusive: end exclusive on the axis is 1 April
    # an event with two topics appears in both lanes
    assert sorted(p["y"] for _, p in drawn) == ["conflit", "diplomatie"]


def test_day_is_a_point(sample: pd.DataFrame) -> None:
    fig = timeline_figure(sample, "countries")
    day = sample[sample["date_text"] == "24 février 2022"].iloc[0]
    drawn = points_by_event(fig)[day["event_id"]]
    assert {t.type for t, _ in drawn} == {"scatter"}
    assert sorted(p["y"] for _, p in drawn) == ["Russie", "Ukraine"]
    assert all(pd.Timestamp(p["x"]).date() == date(2022, 2, 24) for _, p in drawn)


@pytest.mark.parametrize(
    ("date_text", "reasons"),
    [
        ("les années 1990", [REASON_VAGUE]),
        ("la semaine prochaine", [REASON_INFERRED]),
        ("", [REASON_INFERRED, REASON_REPORTED]),
        ("24 février 2022", []),
        ("hier", []),
    ],
    ids=["vague", "inferred-dct", "reported", "absolute", "relative-given-dct"],
)
def test_uncertain_events_are_drawn_differently(
    sample: pd.DataFrame, date_text: str, reasons: list[str]
) -> None:
    fig = timeline_figure(sample, "topics")
    ev = sample[sample["date_text"] == date_text].iloc[0]
    for trace, p in points_by_event(fig)[ev["event_id"]]:
        if reasons:
            assert trace.hovertemplate == HOVER_UNCERTAIN
            assert p["customdata"][4] == "; ".join(reasons)
            if trace.type == "bar":
                assert trace.marker.pattern.shape == "/" and trace.marker.opacity < 1
            else:
                assert trace.marker.symbol == "circle-open"
        else:
            assert trace.hovertemplate == HOVER
            if trace.type == "bar":
                assert trace.marker.pattern.shape in (None, "") and trace.marker.opacity in (None, 1)
            else:
                assert trace.marker.symbol in (None, "circle")


def test_hover_has_date_expression_interval_and_short_title(sample: pd.DataFrame) -> None:
    fig = timeline_figure(sample, "topics")
    ev = sample[sample["date_text"] == "mars 2014"].iloc[0]
    _, p = points_by_event(fig)[ev["event_id"]][0]
    assert p["customdata"][1:4] == [
        "mars 2014",
        "01/03/2014 → 31/03/2014 (mois)",
        "En mars 2014, la Russie a annexé la Crimée, selon l'ONU.",
    ]


@pytest.mark.parametrize("lanes", ["topics", "countries", "persons", "organisations", "source"])
def test_every_event_is_drawn_in_each_of_its_lanes(sample: pd.DataFrame, lanes: str) -> None:
    fig = timeline_figure(sample, lanes)
    drawn = points_by_event(fig)
    assert set(drawn) == set(sample["event_id"])
    for _, row in sample.iterrows():
        values = [row[lanes]] if lanes == "source" else list(row[lanes])
        expected = sorted(values) if values and values != [""] else ["(aucun)"]
        assert sorted(p["y"] for _, p in drawn[row["event_id"]]) == expected


def test_colour_follows_first_topic(sample: pd.DataFrame) -> None:
    fig = timeline_figure(sample, "countries")
    ev = sample[sample["date_text"] == "mars 2014"].iloc[0]
    for trace, _ in points_by_event(fig)[ev["event_id"]]:
        assert trace.marker.color == topic_colour("conflit")
        assert trace.name == "conflit"


def test_layout_has_range_slider_and_date_axis(sample: pd.DataFrame) -> None:
    fig = timeline_figure(sample)
    assert fig.layout.xaxis.rangeslider.visible is True
    assert fig.layout.xaxis.type == "date"


def test_unknown_lanes_are_refused(sample: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="voies inconnues"):
        timeline_chart(sample, "couleur")


def test_modes_by_size(sample: pd.DataFrame) -> None:
    assert timeline_chart(sample).mode == "detail" and timeline_chart(sample).notice is None
    pts = timeline_chart(sample, detail_limit=3)
    assert pts.mode == "points" and {t.type for t in pts.figure.data} == {"scatter"}
    assert pts.notice is not None and "allégé" in pts.notice and "WebGL" not in pts.notice
    assert pts.figure.layout.xaxis.rangeslider.visible is False  # it would redraw every point
    assert {t.mode for t in pts.figure.data} == {"markers"}  # no bars
    gl = timeline_chart(sample, detail_limit=3, svg_limit=5)
    assert gl.mode == "webgl" and {t.type for t in gl.figure.data} == {"scattergl"}
    assert gl.notice is not None and "WebGL" in gl.notice
    assert gl.figure.layout.xaxis.rangeslider.visible is False
    # the same points either way: one per event and lane, with the same hover fields
    drawn = [sorted(tuple(cd) for t in c.figure.data for cd in t.customdata) for c in (pts, gl)]
    assert drawn[0] == drawn[1] and len(drawn[0]) == 9
    agg = timeline_chart(sample, detail_limit=3, webgl_limit=5)
    assert agg.mode == "aggregate" and agg.figure.data[0].type == "heatmap"
    assert sum(v or 0 for line in agg.figure.data[0].z for v in line) == 9  # 8 events, one in two topic lanes
    assert len(agg.figure.data[0].z) == len(agg.figure.data[0].y)  # one row per lane
    assert agg.notice is not None and "agrégée" in agg.notice
    empty = timeline_chart(sample.iloc[0:0])
    assert empty.mode == "empty" and empty.notice == "Aucun événement daté à afficher."


def test_large_set_switches_to_webgl() -> None:
    rows = [e for _, evs in sample_corpus() for e in evs]
    big = events_to_frame(
        [type(e)(**{**e.__dict__, "event_id": f"{i:06d}{e.event_id[6:]}"}) for i in range(600) for e in rows]
    )
    # its speed is measured by `make bench`, not asserted here
    chart = timeline_chart(big, "countries", svg_limit=1_000)
    assert chart.mode == "webgl" and chart.events == len(big)
    customdata = [cd for t in chart.figure.data for cd in t.customdata]
    assert sorted({cd[0] for cd in customdata}) == sorted(big["event_id"])


def test_overview_counts_per_month_stacked_by_topic(sample: pd.DataFrame) -> None:
    fig = overview_figure(sample)
    assert fig.layout.barmode == "stack"
    total = sum(sum(t.y) for t in fig.data)
    assert total == len(sample)
    by_name = {t.name: t for t in fig.data}
    assert set(by_name) == {"conflit", "diplomatie"}
    # 1990 to 2023 is a long span: one bar per year
    assert fig.layout.yaxis.title.text == "par an"
    assert sorted(pd.Timestamp(x).strftime("%Y") for x in by_name["conflit"].x) == ["2014", "2022"]


def test_overview_per_month_for_short_spans(sample: pd.DataFrame) -> None:
    recent = sample[pd.to_datetime(sample["date_start"]) >= pd.Timestamp("2022-01-01")]
    fig = overview_figure(recent)
    assert fig.layout.yaxis.title.text == "par mois"
    months = {
        t.name: sorted(zip((pd.Timestamp(x).strftime("%Y-%m") for x in t.x), t.y, strict=True))
        for t in fig.data
    }
    assert months == {"conflit": [("2022-02", 1)], "diplomatie": [("2022-03", 2), ("2023-08", 2)]}


def test_hostile_text_is_inert_in_customdata_and_json(hostile: pd.DataFrame) -> None:
    for lanes in ("topics", "persons", "source"):
        fig = timeline_figure(hostile, lanes)
        dumped = fig.to_json()
        # no live tag can reach Plotly's pseudo-HTML renderer
        for tag in ("<a ", "<a\\u0020", "<img", "<script", "<iframe", "<span", "<style", "<svg"):
            assert tag not in dumped
        # templates reference customdata only; user text never becomes a template
        for trace in fig.data:
            assert trace.hovertemplate in (HOVER, HOVER_UNCERTAIN)
            for cd in trace.customdata:
                assert all("<" not in str(v) for v in cd)
        data = json.loads(dumped)
        texts = [cd[3] for t in data["data"] for cd in t["customdata"]]
        assert any('&lt;a href="http://x/%E0%A4%A"&gt;' in t for t in texts)
        assert any("%{x} %{customdata[0]}" in t for t in texts)


def test_hostile_names_in_legend_and_lanes_are_escaped(hostile: pd.DataFrame) -> None:
    fig = timeline_figure(hostile, "persons")
    names = {t.name for t in fig.data}
    from timeline.chart import LABEL_LIMIT, esc, short_title

    assert esc(short_title(HOSTILE[0], LABEL_LIMIT)) in names
    assert all(len(n) < 3 * LABEL_LIMIT for n in names)
    # long lane names are cut on the ticks only; lanes stay distinct by their full (escaped) value
    assert esc(HOSTILE[0]) in fig.layout.yaxis.tickvals
    assert all("<" not in t for t in fig.layout.yaxis.ticktext)
    lanes = {y for t in fig.data for y in t.y}
    assert all("<" not in y for y in lanes)
    assert all("<" not in c for c in fig.layout.yaxis.categoryarray)
    over = overview_figure(hostile)
    assert all("<" not in t.name for t in over.data)


def test_hostile_payloads_cover_the_issue_list() -> None:
    joined = " ".join(HOSTILE)
    for needle in ("<script", "onerror", "srcdoc", "javascript:", "%E0%A4%A", "style=", "![", "%{"):
        assert needle in joined


def test_chart_opens_on_where_most_events_are() -> None:
    """One very early wide event does not set the opening span of a corpus about recent years."""
    import datetime as dt

    from tests.conftest import make_event
    from timeline.chart import timeline_chart
    from timeline.table import events_to_frame

    recent = [
        make_event(
            k,
            date_start=dt.date(2023, 1, 1) + dt.timedelta(days=10 * k),
            date_end=dt.date(2023, 1, 1) + dt.timedelta(days=10 * k),
        )
        for k in range(60)
    ]
    century = make_event(
        99, date_start=dt.date(1901, 1, 1), date_end=dt.date(2000, 12, 31), granularity="century"
    )
    fig = timeline_chart(events_to_frame([*recent, century])).figure
    lo, hi = fig.layout.xaxis.range
    assert str(lo) >= "2022-06" and str(hi) <= "2025"


def test_selected_event_is_marked_in_each_of_its_lanes(sample: pd.DataFrame) -> None:
    from timeline.chart import SELECTED_NAME, with_selected

    tl = timeline_chart(sample, "topics")
    march = sample[sample["date_text"] == "mars 2014"]
    fig = with_selected(tl, march)
    assert len(tl.figure.data) == len(fig.data) - 2  # the cached figure is left as it was
    span, mark = fig.data[-2:]
    assert mark.name == span.name == SELECTED_NAME and mark.showlegend and not span.showlegend
    assert mark.marker.symbol == "diamond-open" and mark.marker.line.width == 3
    assert sorted(mark.y) == ["conflit", "diplomatie"]
    assert [cd[0] for cd in mark.customdata] == [march["event_id"].iloc[0]] * 2
    assert list(mark.customdata[0][1:4]) == points_by_event(tl.figure)[march["event_id"].iloc[0]][0][1][
        "customdata"
    ][1:4]
    # the line runs over the whole month, end exclusive on the axis
    assert [pd.Timestamp(x) if x is not None else None for x in span.x[:3]] == [
        pd.Timestamp("2014-03-01"),
        pd.Timestamp("2014-04-01"),
        None,
    ]
    assert pd.Timestamp(mark.x[0]) == pd.Timestamp("2014-03-16 12:00")


def test_selected_day_in_country_lanes(sample: pd.DataFrame) -> None:
    from timeline.chart import selected_traces

    tl = timeline_chart(sample, "countries")
    day = sample[sample["date_text"] == "24 février 2022"]
    _, mark = selected_traces(tl, day)
    assert sorted(mark.y) == ["Russie", "Ukraine"]
    assert all(pd.Timestamp(x) == pd.Timestamp("2022-02-24 12:00") for x in mark.x)


def test_selected_event_in_the_aggregate_view_sits_on_drawn_lanes(sample: pd.DataFrame) -> None:
    from timeline.chart import selected_traces

    tl = timeline_chart(sample, "persons", detail_limit=3, webgl_limit=5)
    assert tl.mode == "aggregate"
    ev = sample[sample["persons"].map(len) > 0].iloc[:1]
    _, mark = selected_traces(tl, ev)
    assert set(mark.y) == set(ev["persons"].iloc[0]) and set(mark.y) <= set(tl.figure.data[0].y)


def test_nothing_marked_without_a_dated_selection(sample: pd.DataFrame) -> None:
    from timeline.chart import selected_traces, with_selected

    tl = timeline_chart(sample, "topics")
    assert with_selected(tl, sample.iloc[0:0]) is tl.figure
    undated = sample.iloc[:1].assign(date_start=pd.NaT, date_end=pd.NaT)
    assert selected_traces(tl, undated) == []
    assert selected_traces(timeline_chart(sample.iloc[0:0]), sample.iloc[:1]) == []


def test_opening_span_widens_to_show_the_selected_event() -> None:
    import datetime as dt

    from tests.conftest import make_event
    from timeline.chart import with_selected

    recent = [
        make_event(k, date_start=dt.date(2023, 1, 1) + dt.timedelta(days=10 * k),
                   date_end=dt.date(2023, 1, 1) + dt.timedelta(days=10 * k))
        for k in range(60)
    ]
    old = make_event(99, date_start=dt.date(1950, 5, 1), date_end=dt.date(1950, 5, 31), granularity="month")
    frame = events_to_frame([*recent, old])
    tl = timeline_chart(frame)
    assert str(tl.figure.layout.xaxis.range[0]) >= "2022-06"  # opens on the recent events
    lo, hi = with_selected(tl, frame[frame["event_id"] == old.event_id]).layout.xaxis.range
    assert str(lo) < "1950-05-01" and str(hi) >= str(tl.figure.layout.xaxis.range[1])
    same = with_selected(tl, frame[frame["event_id"] == recent[30].event_id])
    assert same.layout.xaxis.range == tl.figure.layout.xaxis.range
