"""The page's stories mode (issue 8): pure helpers turning stored stories into labels, tables and text pieces.

A story groups the events of different articles that report one real-world event. The page lists the
stories that have at least one event passing the filters, shows a story's members with their date
expressions marked (through `view.marked_html`, which escapes every piece), why they were joined, who says
what when the sources disagree, and the user's split/merge choices. No streamlit import here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import pandas as pd

from timeline.urlstate import MODES, ViewState
from timeline.view import (
    GRANULARITY_LABELS,
    Segment,
    fr_date,
    interval_label,
    row_published_label,
    sentence_pieces,
    to_date,
    unique_labels,
)

MODE_LABELS: dict[str, str] = {"events": "Événements", "stories": "Récits"}
CONFLICT_NOTE = "dates en désaccord"
FILTER_NOTE = "Un récit est visible dès qu'un de ses événements passe les filtres."
LABEL_LIMIT = 70


def widget_values(state: ViewState) -> dict[str, Any]:
    """Session-state values that make the stories widgets show `state` (mode toggle, selected story)."""
    return {"mode": state.mode if state.mode in MODES else MODES[0], "story": state.story_id}


def with_session(state: ViewState, session: Mapping[str, Any]) -> ViewState:
    """`state` completed with the mode and the selected story the widgets currently show."""
    mode = str(session.get("mode") or MODES[0])
    story = session.get("story") or None
    return replace(state, mode=mode if mode in MODES else MODES[0], story_id=str(story) if story else None)


def _short(text: str, limit: int = LABEL_LIMIT) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def sources_label(n_sources: int) -> str:
    """'1 source', '3 sources' (the mark's text and the table's cell)."""
    return f"{int(n_sources)} source{'s' if int(n_sources) > 1 else ''}"


def story_interval(row: Mapping[str, Any]) -> str:
    """The story's representative interval in French."""
    return interval_label(
        to_date(row.get("date_start")), to_date(row.get("date_end")), str(row.get("granularity") or "day")
    )


def story_options(stories: pd.DataFrame, selected: str | None) -> tuple[list[str], dict[str, str]]:
    """Story-picker options (ids; the selected one kept first if it is no longer listed) and unique
    'date · N sources · sentence' labels (plain text)."""
    ids = stories["story_id"].astype(str).to_list()
    raw = {
        i: f"{fr_date(to_date(d))} · {sources_label(n)} · {_short(str(lb))}"
        for i, d, n, lb in zip(
            ids, stories["date_start"], stories["n_sources"], stories["label"], strict=True
        )
    }
    if selected and selected not in raw:
        ids.insert(0, selected)
        raw[selected] = "(récit hors des filtres ou recalculé)"
    return ids, unique_labels(raw)


NEAR_MARK = "Proche · "
"""Label prefix of a story the grouping kept apart that may be the same (`Story.near`)."""


def merge_options(
    stories: pd.DataFrame, current: str, limit: int | None = None
) -> tuple[list[str], dict[str, str]]:
    """The other stories a story can be merged with and their picker labels: first those the grouping offers
    (its `near`, best first, marked "Proche"), then the rest nearest in date (at most
    `limit` in all)."""
    here = stories[stories["story_id"] == current]
    others = stories[stories["story_id"] != current]
    near: list[str] = []
    if not here.empty and not others.empty:
        listed = set(others["story_id"].astype(str))
        near = [x for x in here["near"].iloc[0] if x in listed] if "near" in here else []
        gap = (pd.to_datetime(others["date_start"]) - pd.to_datetime(here["date_start"].iloc[0])).abs()
        rank = others["story_id"].map({x: k for k, x in enumerate(near)}).fillna(len(near))
        others = others.assign(_near=rank.to_numpy(), _gap=gap.to_numpy()).sort_values(
            ["_near", "_gap", "story_id"], kind="stable"
        )
    ids, labels = story_options(others.head(limit) if limit is not None else others, None)
    return ids, {i: NEAR_MARK + lb if i in near else lb for i, lb in labels.items()}


def stories_table(stories: pd.DataFrame) -> pd.DataFrame:
    """The visible stories as a display table: date, sources, conflict, sentence, events (plain text; the
    counts come before the long sentence so they stay in view)."""
    return pd.DataFrame(
        {
            "Date": [
                interval_label(to_date(a), to_date(b), str(g))
                for a, b, g in zip(
                    stories["date_start"], stories["date_end"], stories["granularity"], strict=True
                )
            ],
            "Sources": stories["n_sources"].astype(int).to_list(),
            "Désaccord": [CONFLICT_NOTE if c else "" for c in stories["conflict"]],
            "Récit": stories["label"].astype(str).to_list(),
            "Événements": stories["n_events"].astype(int).to_list(),
        }
    )


def member_meta(row: Mapping[str, Any]) -> str:
    """One line under a member's sentence: source · title · publication · interval it gives."""
    parts = [
        str(row.get("source") or "(sans source)"),
        str(row.get("title") or "(sans titre)"),
        "publié "
        + ("en " if row.get("published_precision") in ("month", "year") else "le ")
        + row_published_label(row),
        "« "
        + str(row.get("date_text") or "")
        + " » → "
        + interval_label(
            to_date(row.get("date_start")), to_date(row.get("date_end")), str(row.get("granularity") or "day")
        ),
    ]
    return " · ".join(parts)


def member_pieces(row: Mapping[str, Any]) -> list[Segment]:
    """A member's sentence with its date expression marked, then its meta line (for `view.marked_html`)."""
    return [*sentence_pieces(row), ("\n\n", False), ("— " + member_meta(row), False)]


def claims_frame(members: pd.DataFrame) -> pd.DataFrame:
    """Who says what of the date: one row per member (source, title, expression, interval, precision)."""
    rows = members.to_dict("records")
    return pd.DataFrame(
        {
            "Source": [str(r.get("source") or "") for r in rows],
            "Titre": [str(r.get("title") or "") for r in rows],
            "Expression": [str(r.get("date_text") or "") for r in rows],
            "Intervalle": [
                interval_label(
                    to_date(r.get("date_start")), to_date(r.get("date_end")), str(r.get("granularity"))
                )
                for r in rows
            ],
            "Précision": [
                GRANULARITY_LABELS.get(str(r.get("granularity")), str(r.get("granularity"))) for r in rows
            ],
        }
    )


def reasons_frame(reasons: Sequence[str], n_members: int) -> pd.DataFrame:
    """Why the members were joined, one reason per row (a single event has nothing to explain)."""
    if not reasons:
        text = "événement seul : aucun autre article ne le rapporte" if n_members <= 1 else "—"
        return pd.DataFrame({"Pourquoi ces événements sont réunis": [text]})
    return pd.DataFrame({"Pourquoi ces événements sont réunis": [str(r) for r in reasons]})


def choice_labels(choices: Sequence[Any], sentences: Mapping[str, str]) -> dict[int, str]:
    """seq -> 'n° 2 · fusion : « … » + « … »' for the user's stored choices (StoryOverride records)."""

    def name(event_id: str) -> str:
        return f"« {_short(sentences.get(event_id, event_id), 50)} »"

    out: dict[int, str] = {}
    for c in choices:
        if c.action == "split":
            out[int(c.seq)] = f"n° {c.seq} · retrait : {name(c.event_a)}"
        else:
            out[int(c.seq)] = f"n° {c.seq} · fusion : {name(c.event_a)} + {name(c.event_b)}"
    return out
