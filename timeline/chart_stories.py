"""The stories timeline (issue 8): one mark per story over its representative interval.

A story told by several articles is drawn larger and labelled with its source count ("3 sources"); a story
whose sources disagree on the date is drawn as an outlined red diamond and says "dates en désaccord" in its
hover. Lanes are the first topic of the story's representative event. Every piece of article text goes
through `chart.esc` (Plotly renders a subset of HTML in labels and hovers). Reuses chart.py's helpers.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from timeline.chart import (
    DAY_MS,
    DETAIL_LIMIT,
    FOCUS_MIN_EVENTS,
    LABEL_LIMIT,
    WEBGL_LIMIT,
    esc,
    focus_span,
    padded_range,
    short_title,
    topic_colour,
)
from timeline.view_stories import CONFLICT_NOTE, sources_label, story_interval

CONFLICT_COLOUR = "#d62728"
LABELLED = 12
"""At most this many stories (the most-told) carry a text label."""
LABEL_GAP = 0.06
"""Width of a "N sources" text as a share of the span the chart opens on (two texts of one lane, or a text
and another mark, keep that far apart)."""
LABEL_ROOM = 0.08
"""Share of the opening span added on the right, so the last marks' "N sources" labels are not cut."""
HOVER = (
    "<b>%{customdata[1]}</b><br>%{customdata[2]}<br>%{customdata[3]}"
    "<br><i>%{customdata[4]}</i><extra></extra>"
)


@dataclass(frozen=True)
class StoriesChart:
    """The figure, the French notice for the page (or None) and how many stories it draws."""

    figure: go.Figure
    notice: str | None
    drawn: int


def marker_size(n_sources: int) -> float:
    """Mark size grows with the square root of the source count (1 source: 9 px, 4: 18 px, capped at 30)."""
    return min(30.0, 9.0 * math.sqrt(max(1, int(n_sources))))


def _customdata(part: pd.DataFrame) -> list[list[str]]:
    return [
        [
            str(r["story_id"]),
            esc(short_title(str(r["label"]))),
            esc(story_interval({str(k): v for k, v in r.items()})),
            f"{sources_label(int(r['n_sources']))} · {int(r['n_events'])} événement(s)",
            CONFLICT_NOTE if r["conflict"] else "",
        ]
        for r in part.to_dict("records")
    ]


def _frame(stories: pd.DataFrame) -> pd.DataFrame:
    start = pd.to_datetime(stories["date_start"]).astype("datetime64[s]").reset_index(drop=True)
    end = pd.to_datetime(stories["date_end"]).astype("datetime64[s]").reset_index(drop=True)
    return stories.reset_index(drop=True).assign(
        start=start,
        end=end,
        mid=start + (end - start + pd.Timedelta(days=1)) / 2,
        lane=[esc(t or "autre") for t in stories["topic"]],
    )


def _with_labels(frame: pd.DataFrame) -> pd.DataFrame:
    lo, hi = (pd.Timestamp(x) for x in x_range(frame))
    where = label_positions(frame, gap_days=LABEL_GAP * (hi - lo).days, view=(lo, hi))
    return frame.assign(label_at=where.to_numpy())


def label_positions(
    stories: pd.DataFrame,
    limit: int | None = None,
    gap_days: float = 0.0,
    view: tuple[pd.Timestamp, pd.Timestamp] | None = None,
) -> pd.Series:
    """Where each story's "N sources" text goes ("" for none): the `limit` (LABELLED) most-told stories of 2
    sources or more inside the `view`, on the right of the mark, else on its left, else above it, wherever its
    `gap_days` wide text meets no other mark nor text of its lane. The others show their count by their size
    and in their hover."""
    limit = LABELLED if limit is None else limit
    start = pd.to_datetime(stories["date_start"]).reset_index(drop=True)
    mids = start + (pd.to_datetime(stories["date_end"]).reset_index(drop=True) - start) / 2
    lanes = stories["topic"].astype(str).reset_index(drop=True)
    marks = {lane: sorted(days) for lane, days in mids.groupby(lanes)}
    ranked = pd.DataFrame(
        {"n": stories["n_sources"].to_numpy(), "sid": stories["story_id"].astype(str).to_numpy()}
    )
    order = ranked[ranked["n"] >= 2].sort_values(["n", "sid"], ascending=[False, True], kind="stable").index
    out = [""] * len(stories)
    texts: dict[str, list[tuple[pd.Timestamp, pd.Timestamp]]] = {}
    gap = pd.Timedelta(days=gap_days)
    shown = 0
    for i in order:
        if shown == limit:
            break
        day, lane = mids[i], lanes[i]
        if view is not None and not view[0] <= day <= view[1]:
            continue
        placed = texts.setdefault(lane, [])
        spans = {
            "middle right": (day, day + gap),
            "middle left": (day - gap, day),
            "top center": (day - gap / 2, day + gap / 2),
        }
        lane_marks = marks[lane]
        for where, (a, b) in spans.items():
            # another mark strictly inside the text's stretch (marks of the same day are this one's)
            inside = lane_marks[bisect_right(lane_marks, a) : bisect_left(lane_marks, b)]
            covered = where != "top center" and any(m != day for m in inside)
            if not covered and not any(a < y and x < b for x, y in placed):
                out[i] = where
                placed.append((a, b))
                shown += 1
                break
    return pd.Series(out, dtype="str")


def labelled(stories: pd.DataFrame, limit: int | None = None, gap_days: float = 0.0) -> pd.Series:
    """Which stories carry a "N sources" text (see `label_positions`)."""
    return label_positions(stories, limit, gap_days) != ""


def _interval_trace(rows: pd.DataFrame) -> Any:
    """Thin bars under the marks for stories longer than a day (the interval they stand for)."""
    wide = rows[rows["end"] > rows["start"]]
    width = ((wide["end"] - wide["start"]).dt.days + 1) * DAY_MS
    return go.Bar(
        x=width,
        base=wide["start"],
        y=wide["lane"],
        orientation="h",
        width=0.25,
        marker=dict(color=[topic_colour(str(t)) for t in wide["topic"]], opacity=0.35),
        hoverinfo="skip",
        showlegend=False,
        name="intervalle",
    )


def _mark_traces(rows: pd.DataFrame, gl: bool) -> list[Any]:
    traces: list[Any] = []
    kind = go.Scattergl if gl else go.Scatter
    for conflict, part in rows.groupby("conflict", sort=True):
        colours = [topic_colour(str(t)) for t in part["topic"]]
        marker: dict[str, Any] = dict(
            size=[marker_size(n) for n in part["n_sources"]], color=colours, line=dict(color=colours, width=1)
        )
        if conflict:
            marker.update(symbol="diamond", line=dict(color=CONFLICT_COLOUR, width=3))
        counts, where = part["n_sources"], part["label_at"]
        text = [sources_label(n) if w else "" for n, w in zip(counts, where, strict=True)]
        traces.append(
            kind(
                x=part["mid"],
                y=part["lane"],
                mode="markers" if gl else "markers+text",
                text=None if gl else text,
                textposition=[w or "middle right" for w in where],
                textfont=dict(size=11),
                marker=marker,
                name="Dates en désaccord" if conflict else "Récits",
                customdata=_customdata(part),
                hovertemplate=HOVER,
            )
        )
    return traces


def x_range(frame: pd.DataFrame) -> list[str]:
    """The span the chart opens on: where the stories told by several sources are (when there are enough
    of them to say), else all stories; with room on the right for the "N sources" labels."""
    multi = frame[frame["n_sources"] >= 2]
    basis = multi if len(multi) >= FOCUS_MIN_EVENTS else frame
    lo, hi = padded_range(*focus_span(basis["start"], basis["end"]))
    start, end = pd.Timestamp(lo), pd.Timestamp(hi)
    return [lo, (end + (end - start) * LABEL_ROOM).isoformat()]


def stories_chart(stories: pd.DataFrame, limit: int = WEBGL_LIMIT) -> StoriesChart:
    """The stories timeline of `stories` (rows of `Store.stories`); beyond `limit`, the most-told ones."""
    notes: list[str] = []
    rows = stories[stories["date_start"].notna()]
    if len(rows) > limit:
        notes.append(f"{len(rows)} récits visibles : seuls les {limit} les plus rapportés sont tracés.")
        rows = rows.sort_values(["n_sources", "story_id"], ascending=[False, True], kind="stable").head(limit)
    fig = go.Figure()
    if rows.empty:
        notes.append("Aucun récit à afficher.")
    else:
        frame = _with_labels(_frame(rows))
        gl = len(frame) > DETAIL_LIMIT
        if gl:
            notes.append(f"{len(frame)} récits : affichage allégé (WebGL, sans intervalles ni étiquettes).")
        else:
            fig.add_trace(_interval_trace(frame))
        fig.add_traces(_mark_traces(frame, gl))
        fig.update_xaxes(range=x_range(frame))
        order = frame.groupby("lane")["n_sources"].sum().sort_values(ascending=True, kind="stable").index
        fig.update_yaxes(
            categoryorder="array",
            categoryarray=list(order),
            tickmode="array",
            tickvals=list(order),
            ticktext=[short_title(str(v), LABEL_LIMIT) for v in order],
        )
    n_lanes = rows["topic"].nunique() if not rows.empty else 0
    fig.update_layout(
        height=max(320, min(1200, 160 + 40 * n_lanes)),
        margin=dict(l=10, r=10, t=30, b=10),
        legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0),
        hoverlabel=dict(align="left"),
        clickmode="event+select",
        dragmode="pan",
        uirevision="frise-recits",
        barmode="overlay",
    )
    fig.update_xaxes(type="date")
    fig.update_yaxes(automargin=True, title=dict(text="Thème (1er)"))
    return StoriesChart(fig, " ".join(notes) or None, len(rows))
