"""Plotly figures of the visible events: the timeline (lanes by facet) and the overview (events per period).

Safety (issue 7): Plotly renders a subset of HTML in hover text, legend names and tick labels, and evaluates
`%{...}` in templates. Every piece of article text is therefore `html.escape(s, quote=False)`d and passed
through `customdata`; hover templates are constants that only reference customdata fields.

Scale: up to `DETAIL_LIMIT` drawn rows, intervals are bars and days are points; beyond, one point per event
and lane (at the middle of its interval) without a range slider (it would redraw every point): SVG points up
to `SVG_LIMIT` rows, WebGL points up to `WEBGL_LIMIT`; beyond, counts per month and lane (one matrix).
SVG first: in headless Chromium (software WebGL) 6,600 points draw in about 0.5 s as SVG against 0.9 s and
more as WebGL, whose context and shaders cost before the first point; from ~13,000 rows on, the two are
close and WebGL pans and zooms faster. The mode and a French notice come back with the figure so the page
can say what it shows.
"""

from __future__ import annotations

import hashlib
import html
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from timeline.view import LANE_LABELS, interval_label, to_date, uncertainty_reasons

Lanes = Literal["topics", "countries", "persons", "organisations", "source"]
Mode = Literal["detail", "points", "webgl", "aggregate", "empty"]

DETAIL_LIMIT = 3_000
SVG_LIMIT = 10_000
WEBGL_LIMIT = 30_000
MAX_LANES = 30
DAY_MS = 86_400_000
OTHER_LANE = "(autres)"
NO_LANE = {"source": "(sans source)"}
NO_LANE_DEFAULT = "(aucun)"
PALETTE: tuple[str, ...] = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#ff7f0e",
    "#17becf",
    "#8c564b",
    "#e377c2",
    "#bcbd22",
    "#393b79",
    "#637939",
    "#843c39",
    "#7b4173",
    "#3182bd",
    "#e6550d",
    "#31a354",
)
OTHER_COLOUR = "#8a8f98"
HOVER = "<b>%{customdata[1]}</b><br>%{customdata[2]}<br>%{customdata[3]}<extra></extra>"
HOVER_UNCERTAIN = (
    "<b>%{customdata[1]}</b><br>%{customdata[2]}<br>%{customdata[3]}<br><i>%{customdata[4]}</i><extra></extra>"
)
TITLE_LIMIT = 80
LABEL_LIMIT = 40
"""Lane tick labels and legend names are cut to this length (lanes stay distinct: ticks map full values)."""


def esc(text: Any) -> str:
    """Article text made inert for Plotly's pseudo-HTML: <, > and & escaped (quotes are harmless there)."""
    return html.escape(str(text), quote=False)


def topic_colour(topic: str) -> str:
    """A stable colour per topic (same topic, same colour, on every chart and every filter)."""
    if topic in ("", "autre"):
        return OTHER_COLOUR
    digest = hashlib.sha256(topic.encode("utf-8")).digest()
    return PALETTE[digest[0] % len(PALETTE)]


def first_topic(topics: Any) -> str:
    return str(topics[0]) if topics is not None and len(topics) else "autre"


def short_title(sentence: str, limit: int = TITLE_LIMIT) -> str:
    flat = " ".join(sentence.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class TimelineChart:
    """The timeline figure and what it shows: `mode`, a French `notice` for the page (or None), counts."""

    figure: go.Figure
    mode: Mode
    notice: str | None
    events: int
    undated: int
    lanes: str = "topics"
    lane_values: tuple[str, ...] = ()
    """The lanes drawn (raw values, `OTHER_LANE` for the merged ones): where a selected event is marked."""


def _lane_values(df: pd.DataFrame, lanes: str) -> pd.Series:
    """Each event's lane values: a scalar for `source`, a tuple for the list facets (empty -> placeholder)."""
    empty = NO_LANE.get(lanes, NO_LANE_DEFAULT)
    if lanes == "source":
        return df["source"].astype(str).replace("", empty).reset_index(drop=True)
    return df[lanes].map(lambda v: v if v is not None and len(v) else (empty,)).reset_index(drop=True)


def _first_topics(topics: pd.Series) -> list[str]:
    return [str(t[0]) if t is not None and len(t) else "autre" for t in topics]


def _prepare(df: pd.DataFrame, lanes: str) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """The dated events, one row per (event, lane) pointing back to them (`ev`), and the undated count.

    Only cheap columns here: hover fields are computed later, and only for the rows actually drawn.
    """
    if lanes not in LANE_LABELS:
        raise ValueError(f"voies inconnues : {lanes!r} (choisir parmi {', '.join(LANE_LABELS)})")
    dated = df[df["date_start"].notna()].reset_index(drop=True)
    undated = len(df) - len(dated)
    starts = pd.to_datetime(dated["date_start"]).astype("datetime64[s]")
    ends = pd.to_datetime(dated["date_end"]).astype("datetime64[s]").fillna(starts)
    base = pd.DataFrame(
        {
            "ev": range(len(dated)),
            "start": starts.to_numpy(),
            "end": ends.to_numpy(),
            "topic": _first_topics(dated["topics"]),
            "lane": _lane_values(dated, lanes).to_numpy(),
        }
    )
    rows = base.explode("lane", ignore_index=True)
    counts = rows["lane"].value_counts()
    if len(counts) > MAX_LANES:
        keep = set(counts.index[: MAX_LANES - 1])
        rows["lane"] = [v if v in keep else OTHER_LANE for v in rows["lane"]]
        rows = rows.drop_duplicates(["ev", "lane"], ignore_index=True)
    return dated, rows, undated


def _hover_fields(dated: pd.DataFrame, rows: pd.DataFrame) -> pd.DataFrame:
    """`rows` with the escaped hover fields, granularity and uncertainty reason of their event.

    Computed once per event, then spread over its rows (an event drawn in three lanes is one label).
    """
    used = np.unique(rows["ev"].to_numpy())
    ev = dated.iloc[used]
    starts = [to_date(v) for v in ev["date_start"]]
    ends = [to_date(e) or s for s, e in zip(starts, ev["date_end"], strict=True)]
    grans = ev["granularity"].astype(str).to_list()
    reasons = [
        "; ".join(uncertainty_reasons(bool(v), str(o), str(a), str(k)))
        for v, o, a, k in zip(ev["vague"], ev["published_origin"], ev["anchor"], ev["kind"], strict=True)
    ]
    fields = pd.DataFrame(
        {
            "event_id": ev["event_id"].astype(str).to_numpy(),
            "granularity": grans,
            "reason": reasons,
            "date_text": [esc(t) for t in ev["date_text"]],
            "interval": [esc(interval_label(s, e, g)) for s, e, g in zip(starts, ends, grans, strict=True)],
            "title": [
                esc(short_title(str(s) or str(t))) for s, t in zip(ev["sentence"], ev["title"], strict=True)
            ],
        }
    )
    at = np.searchsorted(used, rows["ev"].to_numpy())
    return rows.assign(**{c: fields[c].to_numpy(dtype=object)[at] for c in fields.columns})


def _lane_order(rows: pd.DataFrame) -> list[str]:
    counts = rows["lane"].value_counts()
    order = [v for v in counts.index if v not in (OTHER_LANE,)]
    if OTHER_LANE in counts.index:
        order.append(OTHER_LANE)
    return order


def _customdata(part: pd.DataFrame) -> np.ndarray[Any, Any]:
    """Hover fields per drawn row as one object matrix: Plotly copies an array whole, where it would
    validate a list of lists item by item (0.8 s of the 1.2 s a 4,000-event WebGL figure took)."""
    out = np.empty((len(part), 5), dtype=object)
    out[:, 0] = part["event_id"].astype(str).to_numpy()
    out[:, 1] = part["date_text"].to_numpy()
    out[:, 2] = part["interval"].to_numpy()
    out[:, 3] = part["title"].to_numpy()
    out[:, 4] = [esc(r) for r in part["reason"]]
    return out


def _lanes_array(values: Any) -> np.ndarray[Any, Any]:
    """Escaped lane names as an object array (copied whole by Plotly, see `_customdata`)."""
    return np.array([esc(v) for v in values], dtype=object)


def _detail_traces(rows: pd.DataFrame) -> list[Any]:
    traces: list[Any] = []
    is_point = (rows["start"] == rows["end"]) & (rows["granularity"] == "day")
    rows = rows.assign(point=is_point, uncertain=rows["reason"] != "")
    shown: set[str] = set()
    for (topic, point, uncertain), part in rows.groupby(["topic", "point", "uncertain"], sort=True):
        colour = topic_colour(str(topic))
        name = esc(short_title(str(topic), LABEL_LIMIT))
        common: dict[str, Any] = dict(
            name=name,
            legendgroup=name,
            showlegend=name not in shown,
            y=_lanes_array(part["lane"]),
            customdata=_customdata(part),
            hovertemplate=HOVER_UNCERTAIN if uncertain else HOVER,
        )
        shown.add(name)
        if point:
            x = part["start"] + pd.Timedelta(hours=12)
            marker: dict[str, Any] = dict(color=colour, size=11, line=dict(color=colour, width=2))
            if uncertain:
                marker.update(symbol="circle-open", opacity=0.75)
            traces.append(go.Scatter(x=x, mode="markers", marker=marker, **common))
        else:
            base = part["start"]
            width = ((part["end"] - part["start"]).dt.days + 1) * DAY_MS
            bar_marker: dict[str, Any] = dict(color=colour, line=dict(color=colour, width=3))
            if uncertain:
                bar_marker.update(
                    opacity=0.6,
                    pattern=dict(shape="/", fgcolor=colour, bgcolor="rgba(255,255,255,0.6)", solidity=0.3),
                    line=dict(color=colour, width=3),
                )
            traces.append(go.Bar(x=width, base=base, orientation="h", marker=bar_marker, **common))
    return traces


def _point_traces(rows: pd.DataFrame, gl: bool) -> list[Any]:
    """One marker per event and lane at the middle of its interval, a trace per first topic (WebGL or SVG)."""
    kind = go.Scattergl if gl else go.Scatter
    traces: list[Any] = []
    rows = rows.assign(uncertain=rows["reason"] != "")
    shown: set[str] = set()
    for (topic, uncertain), part in rows.groupby(["topic", "uncertain"], sort=True):
        colour = topic_colour(str(topic))
        name = esc(short_title(str(topic), LABEL_LIMIT))
        mid = part["start"] + (part["end"] - part["start"] + pd.Timedelta(days=1)) / 2
        marker: dict[str, Any] = dict(color=colour, size=7)
        if uncertain:
            marker.update(symbol="circle-open", opacity=0.7)
        traces.append(
            kind(
                x=mid,
                y=_lanes_array(part["lane"]),
                mode="markers",
                marker=marker,
                name=name,
                legendgroup=name,
                showlegend=name not in shown,
                customdata=_customdata(part),
                hovertemplate=HOVER_UNCERTAIN if uncertain else HOVER,
            )
        )
        shown.add(name)
    return traces


def _aggregate_trace(rows: pd.DataFrame) -> Any:
    """Counts per lane and month as one lanes x months matrix (empty cells None).

    A matrix sends each lane name and month once: the long form repeated them per cell (480 kB for
    100,000 events, against a few tens of kB).
    """
    month = rows["start"].dt.to_period("M").dt.to_timestamp()
    grid = rows.assign(month=month).groupby(["lane", "month"]).size().unstack("month")
    z = [[None if pd.isna(v) else int(v) for v in line] for line in grid.to_numpy(dtype=float)]
    return go.Heatmap(
        x=[pd.Timestamp(m).strftime("%Y-%m-%d") for m in grid.columns],
        y=[esc(v) for v in grid.index],
        z=z,
        colorscale="Blues",
        hoverongaps=False,
        hovertemplate="%{y}<br>%{x|%m/%Y}<br>%{z} événement(s)<extra></extra>",
        colorbar=dict(title=dict(text="événements")),
    )


def timeline_chart(
    df: pd.DataFrame,
    lanes: str = "topics",
    detail_limit: int = DETAIL_LIMIT,
    webgl_limit: int = WEBGL_LIMIT,
    svg_limit: int = SVG_LIMIT,
) -> TimelineChart:
    """The timeline of `df` (schema columns) with lanes by `lanes`, in the mode its size allows."""
    dated, rows, undated = _prepare(df, lanes)
    n_events = len(dated)
    notes: list[str] = []
    if undated:
        notes.append(f"{undated} événement(s) sans date résolue ne sont pas tracés.")
    fig = go.Figure()
    mode: Mode
    if rows.empty:
        mode = "empty"
        notes.append("Aucun événement daté à afficher.")
    elif len(rows) <= detail_limit:
        mode = "detail"
        fig.add_traces(_detail_traces(_hover_fields(dated, rows)))
    elif len(rows) <= webgl_limit:
        mode = "points" if len(rows) <= svg_limit else "webgl"
        fig.add_traces(_point_traces(_hover_fields(dated, rows), gl=mode == "webgl"))
        notes.append(
            f"{n_events} événements visibles : affichage allégé "
            f"({'WebGL, ' if mode == 'webgl' else ''}un point au milieu de chaque période, sans curseur de "
            "période : l'aperçu au-dessus montre toute l'étendue)."
        )
    else:
        mode = "aggregate"
        fig.add_trace(_aggregate_trace(rows))
        notes.append(
            f"{n_events} événements visibles : vue agrégée (nombre d'événements par mois et par voie). "
            "Filtrez pour voir le détail."
        )
    if not rows.empty and rows["lane"].nunique() >= MAX_LANES:
        notes.append(
            f"Seules les {MAX_LANES - 1} voies les plus fournies sont séparées ; les autres sont réunies."
        )
    order = _lane_order(rows) if not rows.empty else []
    legend_rows = 1 + (rows["topic"].nunique() // 3 if not rows.empty else 0)
    fig.update_layout(
        barmode="overlay",
        height=max(320, min(1600, 140 + 34 * len(order) + 22 * legend_rows)),
        margin=dict(l=10, r=10, t=30, b=10),
        legend=dict(title=dict(text="Thème (1er)"), orientation="h", y=1.02, yanchor="bottom", x=0),
        hoverlabel=dict(align="left"),
        clickmode="event+select",
        dragmode="pan",
        uirevision="frise",
    )
    lane_values = [esc(v) for v in reversed(order)]
    fig.update_yaxes(
        categoryorder="array",
        categoryarray=lane_values,
        automargin=True,
        title=dict(text=LANE_LABELS[lanes]),
        tickmode="array",
        tickvals=lane_values,
        ticktext=[esc(short_title(v, LABEL_LIMIT)) for v in reversed(order)],
    )
    # no range slider over WebGL points: it redraws them all and doubled the rendering time in Chromium
    fig.update_xaxes(type="date", rangeslider=dict(visible=mode in ("detail", "aggregate"), thickness=0.08))
    if not rows.empty:
        fig.update_xaxes(range=padded_range(*focus_span(rows["start"], rows["end"])))
    return TimelineChart(fig, mode, " ".join(notes) or None, n_events, undated, lanes, tuple(order))


SELECTED_NAME = "Événement choisi"
SELECTED_COLOUR = "#111111"


def selected_traces(tl: TimelineChart, event: pd.DataFrame) -> list[Any]:
    """The selected event marked in each of its lanes: a black outlined diamond at its middle, over a black
    line along its whole interval (nothing for an undated event or an empty chart).

    The marker carries the event's hover fields, so hovering or clicking it acts as on the event itself.
    """
    if tl.mode == "empty" or event.empty:
        return []
    dated, rows, _ = _prepare(event.iloc[:1], tl.lanes)
    if rows.empty:
        return []
    drawn = set(tl.lane_values)
    rows = rows.assign(lane=[v if v in drawn else OTHER_LANE for v in rows["lane"]])
    rows = _hover_fields(dated, rows[rows["lane"].isin(drawn)].drop_duplicates("lane"))
    if rows.empty:
        return []
    start, end = rows["start"].iloc[0], rows["end"].iloc[0] + pd.Timedelta(days=1)
    lanes = _lanes_array(rows["lane"])
    span = go.Scatter(
        x=[t for _ in lanes for t in (start, end, None)],
        y=[y for y in lanes for _ in range(3)],
        mode="lines",
        line=dict(color=SELECTED_COLOUR, width=4),
        hoverinfo="skip",
        showlegend=False,
        legendgroup=SELECTED_NAME,
        name=SELECTED_NAME,
    )
    mark = go.Scatter(
        x=[start + (end - start) / 2] * len(lanes),
        y=lanes,
        mode="markers",
        marker=dict(symbol="diamond-open", size=20, color=SELECTED_COLOUR, line=dict(width=3)),
        customdata=_customdata(rows),
        hovertemplate=HOVER_UNCERTAIN if rows["reason"].iloc[0] else HOVER,
        name=SELECTED_NAME,
        legendgroup=SELECTED_NAME,
        showlegend=True,
    )
    return [span, mark]


def with_selected(tl: TimelineChart, event: pd.DataFrame) -> go.Figure:
    """The timeline figure with `event` (a frame of one event row, or empty) marked; the cached figure is
    left untouched (a copy costs a few tens of ms even for a WebGL figure).

    A new figure makes Streamlit draw the chart afresh (the user's zoom is not kept), so the opening span
    is widened when it would leave the marked event out.
    """
    extra = selected_traces(tl, event)
    if not extra:
        return tl.figure
    fig = go.Figure(tl.figure)
    fig.add_traces(extra)
    lo, hi = (pd.Timestamp(v) for v in fig.layout.xaxis.range)
    start, end = extra[0].x[0], extra[0].x[1]
    if start < lo or end > hi:
        fig.update_xaxes(range=padded_range(min(lo, start), max(hi, end)))
    return fig


FOCUS_MIN_EVENTS = 20
FOCUS_SHARE = 0.02


def focus_span(starts: pd.Series, ends: pd.Series) -> tuple[Any, Any]:
    """The span the chart opens on: every event for a few, else without the earliest and latest 2 %.

    A single "au XXe siècle" or "les années 1950" must not squeeze a corpus about 2023-2024 into a sliver;
    the range slider and the overview still show the whole span.
    """
    if len(starts) < FOCUS_MIN_EVENTS:
        return starts.min(), ends.max()
    return starts.quantile(FOCUS_SHARE), ends.quantile(1 - FOCUS_SHARE)


def padded_range(start: Any, end: Any, share: float = 0.04) -> list[str]:
    """An x range around [start, end + 1 day] with a margin, so points at the ends are not cut in half."""
    lo, hi = pd.Timestamp(start), pd.Timestamp(end) + pd.Timedelta(days=1)
    pad = max((hi - lo) * share, pd.Timedelta(days=2))
    return [(lo - pad).isoformat(), (hi + pad).isoformat()]


def timeline_figure(df: pd.DataFrame, lanes: str = "topics", **kw: Any) -> go.Figure:
    """The timeline figure alone (see `timeline_chart` for its mode and notice)."""
    return timeline_chart(df, lanes, **kw).figure


def overview_period(df: pd.DataFrame) -> Literal["M", "Y"]:
    """Months for spans up to 15 years, years beyond."""
    starts = pd.to_datetime(df["date_start"].dropna())
    if starts.empty:
        return "M"
    span_years = (starts.max() - starts.min()).days / 365.25
    return "M" if span_years <= 15 else "Y"


def overview_figure(df: pd.DataFrame) -> go.Figure:
    """Events per month (per year for long spans), stacked by first topic: the shape of the story."""
    dated = df[df["date_start"].notna()]
    period = overview_period(dated)
    fig = go.Figure()
    if not dated.empty:
        starts = pd.to_datetime(dated["date_start"])
        bucket = starts.dt.to_period(period).dt.to_timestamp()
        frame = pd.DataFrame(
            {"bucket": bucket.to_numpy(), "topic": [first_topic(t) for t in dated["topics"]]}
        )
        counts = frame.groupby(["topic", "bucket"]).size().reset_index(name="n")
        days = 30.44 if period == "M" else 365.25
        half = pd.Timedelta(days=days / 2)
        fmt = "%m/%Y" if period == "M" else "%Y"
        for topic, part in counts.groupby("topic", sort=True):
            name = esc(topic)
            labels = [b.strftime(fmt) for b in part["bucket"]]
            fig.add_trace(
                go.Bar(
                    x=part["bucket"] + half,
                    y=part["n"],
                    name=name,
                    marker=dict(color=topic_colour(str(topic))),
                    width=[0.85 * days * DAY_MS] * len(part),
                    customdata=[[name, lb] for lb in labels],
                    hovertemplate="%{customdata[0]}<br>%{customdata[1]}<br>%{y} événement(s)<extra></extra>",
                )
            )
    fig.update_layout(
        barmode="stack",
        height=220,
        margin=dict(l=10, r=10, t=10, b=10),
        showlegend=False,
        uirevision="frise-apercu",
    )
    fig.update_xaxes(type="date")
    if not dated.empty:
        step = pd.Timedelta(days=31 if period == "M" else 366)
        fig.update_xaxes(range=padded_range(bucket.min() - step, bucket.max() + 2 * step, share=0.01))
    fig.update_yaxes(title=dict(text="par mois" if period == "M" else "par an"), rangemode="tozero")
    return fig
