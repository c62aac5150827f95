"""Keep a collection's computed stories in step with its events and the user's choices (issue 8).

`refresh_stories` reads only the columns the grouping needs, runs `stories.group_events` with the stored
split/merge choices, and replaces the stored story rows in one transaction (one Arrow insert per table).
The page and the exports then read stories with SQL joins instead of regrouping on every rerun.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

import pandas as pd
import pyarrow as pa

from timeline import stories
from timeline.store import Store
from timeline.store_tables import EVENT_STORY_SCHEMA, STORY_SCHEMA

LABEL_LIMIT = 160
"""A story's label is the start of its representative sentence (the table and the picker show it)."""


@dataclass(frozen=True)
class RefreshResult:
    """What a refresh computed: events read, stories, stories told by several sources, conflicts."""

    events: int
    stories: int
    multi_source: int
    conflicts: int

    def message(self) -> str:
        """A short French summary (the CLI prints it)."""
        return (
            f"{self.stories} récit(s) calculé(s) sur {self.events} événement(s), "
            f"dont {self.multi_source} à plusieurs sources et {self.conflicts} aux dates en désaccord"
        )


def _label(sentence: str) -> str:
    flat = " ".join(sentence.split())
    return flat if len(flat) <= LABEL_LIMIT else flat[: LABEL_LIMIT - 1].rstrip() + "…"


def lead_event(story: stories.Story) -> str:
    """The member whose own interval is the story's (its sentence represents the story), else the first."""
    for claim in story.claims:
        if claim.date_start == story.date_start and claim.date_end == story.date_end:
            return claim.event_id
    return story.claims[0].event_id if story.claims else story.event_ids[0]


def story_tables(
    df: pd.DataFrame, ids: pd.Series, found: Sequence[stories.Story]
) -> tuple[pa.Table, pa.Table]:
    """The rows to store: one per event (its story, '' when none) and one per story."""
    by_id = {s.story_id: s for s in found}
    story_ids = [str(x) for x in ids]
    sources = [by_id[x].n_sources if x in by_id else 0 for x in story_ids]
    conflicts = [by_id[x].conflict if x in by_id else False for x in story_ids]
    events = pa.Table.from_arrays(
        [
            pa.array(df["event_id"].astype(str).to_list(), pa.string()),
            pa.array(story_ids, pa.string()),
            pa.array(sources, pa.int64()),
            pa.array(conflicts, pa.bool_()),
        ],
        schema=EVENT_STORY_SCHEMA,
    )
    position = {e: i for i, e in enumerate(df["event_id"].astype(str))}
    sentences, topics = df["sentence"].to_list(), df["topics"].to_list()
    leads = [lead_event(s) for s in found]
    rows: dict[str, list[Any]] = {
        "story_id": [s.story_id for s in found],
        "date_start": [s.date_start for s in found],
        "date_end": [s.date_end for s in found],
        "granularity": [s.granularity for s in found],
        "n_sources": [s.n_sources for s in found],
        "n_events": [len(s.event_ids) for s in found],
        "conflict": [s.conflict for s in found],
        "lead_event": leads,
        "label": [_label(str(sentences[position[e]])) for e in leads],
        "topic": [_first(topics[position[e]]) for e in leads],
        "reasons": [list(s.reasons) for s in found],
        "near": [list(s.near) for s in found],
    }
    table = pa.Table.from_arrays(
        [pa.array(rows[f.name], f.type) for f in STORY_SCHEMA], schema=STORY_SCHEMA
    )
    return events, table


def _first(values: Any) -> str:
    return str(values[0]) if values is not None and len(values) else "autre"


def refresh_stories(store: Store) -> RefreshResult:
    """Regroup the collection's events (with the user's stored choices) and store the stories."""
    df = store.event_columns(stories.INPUT_COLUMNS)
    choices = [cast(stories.Override, o.as_override()) for o in store.overrides()]
    ids, found = stories.group_events(df, choices)
    store.write_stories(*story_tables(df, ids, found))
    return RefreshResult(
        events=len(df),
        stories=len(found),
        multi_source=sum(1 for s in found if s.n_sources > 1),
        conflicts=sum(1 for s in found if s.conflict),
    )
