"""The store's table layout, derived from the Event schema, and records <-> Arrow tables.

The events table holds the schema columns plus `search` (the folded text the text filter reads).

Rows go into DuckDB as Arrow tables registered on the connection (one INSERT per batch, never row by row),
and come back as Arrow, so the types here are the single mapping between schema.DTYPES and SQL.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from timeline import table
from timeline.errors import StoreError
from timeline.filters import SEARCH_EXPR
from timeline.schema import COLUMNS, DTYPES, Document, Event

SQL_TYPES: dict[str, str] = {
    "date": "DATE",
    "list": "VARCHAR[]",
    "bool": "BOOLEAN",
    "int": "BIGINT",
    "float": "DOUBLE",
    "str": "VARCHAR",
    "category": "VARCHAR",
}
ARROW_TYPES: dict[str, pa.DataType] = {
    "date": pa.date32(),
    "list": pa.list_(pa.string()),
    "bool": pa.bool_(),
    "int": pa.int64(),
    "float": pa.float64(),
    "str": pa.string(),
    "category": pa.string(),
}

DOCUMENT_COLUMNS: dict[str, str] = {
    "doc_id": "str",
    "title": "str",
    "text": "str",
    "published": "date",
    "published_precision": "str",
    "published_origin": "str",
    "source": "str",
    "url": "str",
    "location": "str",
}
"""Document fields as stored (the table adds `collection` and `added_at`)."""

EVENT_SCHEMA = pa.schema([(c, ARROW_TYPES[DTYPES[c]]) for c in COLUMNS])
DOCUMENT_SCHEMA = pa.schema([(c, ARROW_TYPES[t]) for c, t in DOCUMENT_COLUMNS.items()])

SCHEMA_SIGNATURE = json.dumps(
    {"events": {c: SQL_TYPES[DTYPES[c]] for c in COLUMNS}, "search": SEARCH_EXPR, "version": 2}
)
"""Recorded in the base: a base made with another Event schema is refused with a clear message."""


def ddl() -> list[str]:
    """CREATE statements for an empty base (idempotent)."""
    doc_cols = ", ".join(f"{c} {SQL_TYPES[t]}" for c, t in DOCUMENT_COLUMNS.items())
    event_cols = ", ".join(f"{c} {SQL_TYPES[DTYPES[c]]}" for c in COLUMNS)
    return [
        "CREATE TABLE IF NOT EXISTS frise_meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
        f"CREATE TABLE IF NOT EXISTS documents (collection VARCHAR NOT NULL, {doc_cols}, "
        "added_at TIMESTAMP DEFAULT current_timestamp, PRIMARY KEY (collection, doc_id))",
        f"CREATE TABLE IF NOT EXISTS events (collection VARCHAR NOT NULL, {event_cols}, search VARCHAR, "
        "PRIMARY KEY (collection, event_id))",
        *STORY_DDL,
    ]


STORY_TABLES: tuple[str, ...] = ("story_overrides", "event_stories", "stories")
STORIES_VERSION = "13"
"""The grouping's version, recorded in the base with the stories it wrote: a base whose stories another
version computed has them computed again on open (the user's choices stay). Bump it with any change to what
the grouping writes (its stories, their reasons or their offers); 2: offers of alike articles; 3: a
conflict needs a pair score of 0.6; 4: a report recalling a happening ("le drame de lundi") casts no
same-article vote, a part of a day already told ("dans la soirée") tells another happening, and the day of a
telling ("a annoncé ce mercredi que") no longer reaches the week before; 5: a disagreement needs two
articles whose own days never meet, "depuis samedi" and a day said in a quotation cast no same-article vote,
"dans l'après-midi" and "le soir" tell another happening of their day; 12: reports of days of two articles
link as much as the link model says; 13: the models refitted, a faint model link is none, retold and
"un autre" happenings, and a lone report of an alike article joins the one story of its day."""
"""Tables added for stories (issue 8): a base made before them gets them on open, its events untouched."""

STORY_DDL: tuple[str, ...] = (
    "CREATE TABLE IF NOT EXISTS story_overrides (collection VARCHAR NOT NULL, seq BIGINT NOT NULL, "
    "action VARCHAR NOT NULL, event_a VARCHAR NOT NULL, event_b VARCHAR NOT NULL DEFAULT '', "
    "created_at TIMESTAMP DEFAULT current_timestamp, PRIMARY KEY (collection, seq))",
    "CREATE TABLE IF NOT EXISTS event_stories (collection VARCHAR NOT NULL, event_id VARCHAR NOT NULL, "
    "story_id VARCHAR NOT NULL, story_sources BIGINT NOT NULL, story_conflict BOOLEAN NOT NULL, "
    "PRIMARY KEY (collection, event_id))",
    "CREATE TABLE IF NOT EXISTS stories (collection VARCHAR NOT NULL, story_id VARCHAR NOT NULL, "
    "date_start DATE, date_end DATE, granularity VARCHAR, n_sources BIGINT, n_events BIGINT, "
    "conflict BOOLEAN, lead_event VARCHAR, label VARCHAR, topic VARCHAR, reasons VARCHAR[], "
    "PRIMARY KEY (collection, story_id))",
    "ALTER TABLE stories ADD COLUMN IF NOT EXISTS near VARCHAR[]",
)
"""`story_overrides`: the user's split/merge choices, by stable event ids, in order (`seq`).
`event_stories`: the computed story of every event (story_id '' and 0 sources for events no story takes).
`stories`: one row per computed story (representative interval, counts, conflict, reasons of its joins, and
the stories kept apart that it still links to, which the page offers first to merge with: `near`, added by
ALTER so a base made before it gets it on open)."""

EVENT_STORY_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("story_id", pa.string()),
        ("story_sources", pa.int64()),
        ("story_conflict", pa.bool_()),
    ]
)
STORY_SCHEMA = pa.schema(
    [
        ("story_id", pa.string()),
        ("date_start", pa.date32()),
        ("date_end", pa.date32()),
        ("granularity", pa.string()),
        ("n_sources", pa.int64()),
        ("n_events", pa.int64()),
        ("conflict", pa.bool_()),
        ("lead_event", pa.string()),
        ("label", pa.string()),
        ("topic", pa.string()),
        ("reasons", pa.list_(pa.string())),
        ("near", pa.list_(pa.string())),
    ]
)


def events_table(events: Sequence[Event]) -> pa.Table:
    """An Arrow table of events, column by column (no per-row dict)."""
    arrays = [pa.array(_column(events, c), type=EVENT_SCHEMA.field(c).type) for c in COLUMNS]
    return pa.Table.from_arrays(arrays, schema=EVENT_SCHEMA)


def documents_table(documents: Sequence[Document]) -> pa.Table:
    """An Arrow table of documents."""
    arrays = [
        pa.array([getattr(d, c) for d in documents], type=DOCUMENT_SCHEMA.field(c).type)
        for c in DOCUMENT_COLUMNS
    ]
    return pa.Table.from_arrays(arrays, schema=DOCUMENT_SCHEMA)


def _column(events: Sequence[Event], name: str) -> list[Any]:
    values = [getattr(e, name) for e in events]
    if DTYPES[name] == "list":
        return [list(v) for v in values]
    return values


def document_from_row(row: dict[str, Any]) -> Document:
    """A Document from a row of the documents table."""
    published = row["published"]
    return Document(
        doc_id=str(row["doc_id"]),
        title=row["title"] or "",
        text=row["text"] or "",
        published=published if isinstance(published, date) else None,
        published_precision=row["published_precision"] or "unknown",
        published_origin=row["published_origin"] or "none",
        source=row["source"] or "",
        url=row["url"] or "",
        location=row["location"] or "",
    )


def conform_table(table: pa.Table, schema: pa.Schema, what: str) -> pa.Table:
    """`table` with exactly `schema`'s columns, in order and cast; raises KeyError naming missing ones."""
    missing = [n for n in schema.names if n not in table.column_names]
    if missing:
        raise KeyError(f"{what} : colonnes manquantes {', '.join(missing)}")
    return table.select(schema.names).cast(schema)


def checked_events(document: Document, events: list[Event]) -> list[Event]:
    """The events of `document`, first of each event_id; an event of another document is refused."""
    seen: dict[str, Event] = {}
    for e in events:
        if e.doc_id != document.doc_id:
            raise StoreError(
                f"l'événement {e.event_id} appartient à {e.doc_id}, pas au document {document.doc_id}"
            )
        seen.setdefault(e.event_id, e)
    return list(seen.values())


def first_of_each(documents: pa.Table) -> tuple[pa.Table, int]:
    """Keep the first row of each doc_id; also return how many repeats were dropped."""
    ids = documents["doc_id"].to_pylist()
    first: dict[str, int] = {}
    for i, d in enumerate(ids):
        first.setdefault(d, i)
    if len(first) == len(ids):
        return documents, 0
    return documents.take(pa.array(sorted(first.values()))), len(ids) - len(first)


def events_of(events: pa.Table, doc_ids: pa.ChunkedArray | pa.Array) -> pa.Table:
    """Rows of `events` whose doc_id is one of `doc_ids`, first of each event_id."""
    kept = events.filter(pc.is_in(events["doc_id"], pa.array(doc_ids.to_pylist(), pa.string())))
    ids = kept["event_id"].to_pylist()
    if len(set(ids)) == len(ids):
        return kept
    first: dict[str, int] = {}
    for i, e in enumerate(ids):
        first.setdefault(e, i)
    return kept.take(pa.array(sorted(first.values())))


def arrow_to_frame(arrow: pa.Table, columns: Sequence[str] = COLUMNS) -> pd.DataFrame:
    """A frame with the dtypes of `table.events_to_frame` from an Arrow slice of the events table.

    Built column by column from Arrow buffers (lists are sliced from one flat list), not row by row:
    100,000 events convert in a fraction of a second.
    """
    data: dict[str, Any] = {}
    for c in columns:
        col = arrow[c].combine_chunks() if arrow.num_rows else pa.array([], ARROW_TYPES[DTYPES[c]])
        kind = DTYPES[c]
        if kind == "list":
            data[c] = pd.Series(_tuples(col), dtype="object")
        elif kind == "date":
            data[c] = col.cast(pa.timestamp("s")).to_pandas().astype(table.pandas_dtype(c))
        elif kind == "category":
            data[c] = pd.Categorical(
                col.fill_null("").to_numpy(zero_copy_only=False), dtype=table.pandas_dtype(c)
            )
        elif kind == "str":
            data[c] = col.fill_null("").to_pandas().astype(table.pandas_dtype(c))
        else:
            data[c] = col.to_pandas().astype(table.pandas_dtype(c))
    return pd.DataFrame(data)


def _tuples(col: pa.Array) -> list[tuple[str, ...]]:
    # Names repeat across millions of rows: decode each distinct name once and share it (a 1,000,000-event
    # read holds a few thousand strings instead of several million).
    encoded = col.flatten().dictionary_encode()
    names = encoded.dictionary.to_pylist()
    flat = [names[i] for i in encoded.indices.to_numpy(zero_copy_only=False)]
    offsets = col.offsets.to_pylist()
    return [tuple(flat[a:b]) for a, b in zip(offsets, offsets[1:], strict=False)]
