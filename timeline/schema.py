"""The one Event schema: table columns, dtypes, CSV header and checks all derive from it.

An event is one dated statement (a sentence and one of its date expressions), or a `reported` statement
with no date of its own, placed at the publication date of its document.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, get_args

Precision = Literal["day", "month", "year", "unknown"]
Origin = Literal["given", "header", "metadata", "inferred", "corpus", "none"]
Granularity = Literal[
    "day",
    "weekend",
    "week",
    "part",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
    "unknown",
]
Anchor = Literal["absolute", "dct", "previous", "none"]
Kind = Literal["dated", "reported"]

PRECISIONS: tuple[str, ...] = get_args(Precision)
ORIGINS: tuple[str, ...] = get_args(Origin)
GRANULARITIES: tuple[str, ...] = get_args(Granularity)
ANCHORS: tuple[str, ...] = get_args(Anchor)
KINDS: tuple[str, ...] = get_args(Kind)

LIST_SEPARATOR = " | "
"""How list fields are written in one CSV cell. Canonical names never contain it (checked by validate)."""


@dataclass(frozen=True)
class Document:
    """One ingested article: the output of `timeline.ingest`, the input of the pipeline."""

    doc_id: str
    title: str
    text: str
    published: date | None
    published_precision: Precision = "unknown"
    published_origin: Origin = "none"
    source: str = ""
    url: str = ""
    location: str = ""
    """Where the document came from: a path, an upload name with its row, or 'texte collé'."""


def stable_id(*parts: object, length: int = 16) -> str:
    """A short hex id that depends only on `parts` (content hashes give idempotent re-ingestion)."""
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


def _col(dtype: str, doc: str) -> Any:
    return field(metadata={"dtype": dtype, "doc": doc})


@dataclass(frozen=True)
class Event:
    """One row of the timeline. Field order is the column order of every table and export."""

    event_id: str = _col("str", "stable hash of document id, date offsets and sentence offset")
    doc_id: str = _col("str", "content hash of the document text")
    title: str = _col("str", "document title")
    source: str = _col("str", "publisher or file the document came from")
    url: str = _col("str", "document address, if known")
    published: date | None = _col("date", "publication date of the document (first day of its precision)")
    published_precision: Precision = _col("category", "day, month, year or unknown")
    published_origin: Origin = _col("category", "given, header, metadata, inferred, corpus or none")
    date_start: date | None = _col("date", "first day of the interval (inclusive)")
    date_end: date | None = _col("date", "last day of the interval (inclusive)")
    granularity: Granularity = _col("category", "size of the interval: day, week, month, year, ...")
    value: str = _col("str", "TIMEX3-style value, e.g. 2024-03, 2000-SU, 2024-W24, 199")
    anchor: Anchor = _col("category", "what a relative date was resolved against: absolute, dct, previous")
    vague: bool = _col("bool", "the interval is a wide bound of a vague expression")
    date_text: str = _col("str", "the date expression as written")
    char_start: int = _col("int", "offset of the date expression in the document text (-1 if none)")
    char_end: int = _col("int", "end offset (exclusive) of the date expression (-1 if none)")
    sentence: str = _col("str", "the sentence that carries the statement")
    sentence_start: int = _col("int", "offset of the sentence in the document text")
    persons: tuple[str, ...] = _col("list", "canonical names of the people of the sentence")
    countries: tuple[str, ...] = _col(
        "list", "canonical countries named or implied (capital, demonym, leader)"
    )
    organisations: tuple[str, ...] = _col("list", "canonical organisations")
    topics: tuple[str, ...] = _col("list", "topic labels from the taxonomy, 'autre' when none fits")
    kind: Kind = _col("category", "dated, or reported (no date of its own: placed at publication date)")
    confidence: float = _col("float", "0-1: how sure the date resolution is")


FIELDS: tuple[dataclasses.Field[Any], ...] = dataclasses.fields(Event)
COLUMNS: tuple[str, ...] = tuple(f.name for f in FIELDS)
DTYPES: dict[str, str] = {f.name: f.metadata["dtype"] for f in FIELDS}
LIST_COLUMNS: tuple[str, ...] = tuple(c for c, t in DTYPES.items() if t == "list")
DATE_COLUMNS: tuple[str, ...] = tuple(c for c, t in DTYPES.items() if t == "date")
CATEGORIES: dict[str, tuple[str, ...]] = {
    "published_precision": PRECISIONS,
    "published_origin": ORIGINS,
    "granularity": GRANULARITIES,
    "anchor": ANCHORS,
    "kind": KINDS,
}


def event_id(doc_id: str, char_start: int, char_end: int, sentence_start: int) -> str:
    """Stable event id: the same statement of the same document always gets the same id."""
    return stable_id("event", doc_id, char_start, char_end, sentence_start)


def event_to_dict(event: Event) -> dict[str, Any]:
    """Plain JSON-ready dict: dates as ISO strings, lists as lists."""
    out: dict[str, Any] = {}
    for name in COLUMNS:
        v = getattr(event, name)
        if isinstance(v, date):
            v = v.isoformat()
        elif isinstance(v, tuple):
            v = list(v)
        out[name] = v
    return out


def event_from_dict(d: dict[str, Any]) -> Event:
    """Inverse of `event_to_dict` (also accepts date objects and tuples)."""
    kw: dict[str, Any] = {}
    for name in COLUMNS:
        v = d.get(name)
        t = DTYPES[name]
        if t == "date":
            v = date.fromisoformat(v) if isinstance(v, str) and v else (v if isinstance(v, date) else None)
        elif t == "list":
            v = tuple(v or ())
        elif t == "int":
            v = int(v) if v is not None else -1
        elif t == "float":
            v = float(v) if v is not None else 0.0
        elif t == "bool":
            v = bool(v)
        else:
            v = "" if v is None else str(v)
        kw[name] = v
    return Event(**kw)
