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

import pyarrow as pa

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
    ]


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
