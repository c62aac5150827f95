"""Exports of the visible events: CSV (Excel-safe), JSON and TimelineJS JSON, all as bytes.

CSV rules (see issue 7): every schema column in `schema.COLUMNS` order, then the story columns
(`STORY_COLUMNS`, issue 8: empty when the event is in no story or stories are not computed); UTF-8 with a
BOM so Excel reads accents; `,` or `;` (French Excel) as separator; every field quoted and CRLF line ends,
so a bare CR in a sentence cannot split a row; list cells joined with `schema.LIST_SEPARATOR`; free-text
cells that a spreadsheet would read as a formula get a leading `'` (OWASP CSV-injection guidance). Dates
and numbers are left as they are.
`read_csv` is the inverse, used by tests and by anyone re-importing an export.
"""

from __future__ import annotations

import csv
import html
import io
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

import pandas as pd

from timeline.errors import SchemaError
from timeline.schema import COLUMNS, DTYPES, LIST_SEPARATOR, Event

FORMULA_STARTS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r", "\n", "\0")
"""First characters that make Excel or LibreOffice read a cell as a formula (or hide one behind a control)."""

ESCAPE = "'"
"""Prefix written before a risky cell. A cell that already starts with it is prefixed too, so the escape is
reversible: `unneutralise(neutralise(s)) == s` for every string."""

TEXT_COLUMNS: tuple[str, ...] = tuple(c for c in COLUMNS if DTYPES[c] in ("str", "list", "category"))
"""Columns whose cells are neutralised: free text, joined lists, labels. Dates and numbers are left alone."""

STORY_COLUMNS: tuple[str, ...] = ("story_id", "story_sources")
"""Written after the schema columns: the event's story and how many distinct articles tell it."""

SEPARATORS: tuple[str, ...] = (",", ";")
BOM = "\ufeff"


def neutralise(cell: str) -> str:
    """Prefix `cell` with `'` when a spreadsheet would run it as a formula (or it already starts with `'`)."""
    if cell and (cell[0] in FORMULA_STARTS or cell[0] == ESCAPE):
        return ESCAPE + cell
    return cell


def unneutralise(cell: str) -> str:
    """Inverse of `neutralise`."""
    return cell[1:] if cell.startswith(ESCAPE) else cell


def _is_missing(value: Any) -> bool:
    if value is None or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        return bool(pd.isna(value)) if not isinstance(value, (list, tuple, str)) else False
    except (TypeError, ValueError):
        return False


def _as_list(value: Any) -> list[str]:
    if _is_missing(value):
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]


def _as_date(value: Any) -> date | None:
    if _is_missing(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    s = str(value)
    return date.fromisoformat(s[:10]) if s else None


def _cell(column: str, value: Any) -> str:
    """One CSV cell as text (before neutralisation)."""
    kind = DTYPES[column]
    if kind == "list":
        return LIST_SEPARATOR.join(_as_list(value))
    if kind == "date":
        d = _as_date(value)
        return d.isoformat() if d else ""
    if _is_missing(value):
        return ""
    if kind == "bool":
        return "true" if bool(value) else "false"
    if kind == "int":
        return str(int(value))
    if kind == "float":
        return repr(float(value))
    return str(value)


def _check_columns(df: pd.DataFrame) -> None:
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise SchemaError(f"Export impossible : colonnes manquantes {', '.join(missing)}")


def _rows(df: pd.DataFrame) -> Iterable[Mapping[str, Any]]:
    records: list[dict[str, Any]] = df[list(COLUMNS)].to_dict("records")  # type: ignore[assignment]
    return records


def story_values(df: pd.DataFrame) -> list[tuple[str, int | None]]:
    """(story_id, story_sources) per row; ('', None) for an event in no story or a frame without them."""
    if "story_id" not in df.columns:
        return [("", None)] * len(df)
    ids = ["" if _is_missing(v) else str(v) for v in df["story_id"]]
    counts = df["story_sources"] if "story_sources" in df.columns else pd.Series([None] * len(df))
    return [(i, int(n) if i and not _is_missing(n) else None) for i, n in zip(ids, counts, strict=True)]


def to_csv_bytes(df: pd.DataFrame, sep: str = ",") -> bytes:
    """The events of `df` as an Excel-safe CSV file (UTF-8 with BOM, all fields quoted, CRLF line ends)."""
    if sep not in SEPARATORS:
        raise ValueError(f"séparateur non géré : {sep!r} (choisir ',' ou ';')")
    _check_columns(df)
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=sep, quoting=csv.QUOTE_ALL, lineterminator="\r\n", doublequote=True)
    writer.writerow((*COLUMNS, *STORY_COLUMNS))
    for row, (story, n_sources) in zip(_rows(df), story_values(df), strict=True):
        cells = []
        for col in COLUMNS:
            text = _cell(col, row[col])
            cells.append(neutralise(text) if col in TEXT_COLUMNS else text)
        cells += [neutralise(story), "" if n_sources is None else str(n_sources)]
        writer.writerow(cells)
    return (BOM + buf.getvalue()).encode("utf-8")


def read_csv(data: bytes) -> pd.DataFrame:
    """Read a `to_csv_bytes` export back: every column as `str`, neutralisation undone, separator detected."""
    text = data.decode("utf-8-sig")
    first = text.split("\r\n", 1)[0]
    sep = ";" if first.startswith('"event_id";') else ","
    df = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, quotechar='"')
    for col in (*TEXT_COLUMNS, "story_id"):
        if col in df.columns:
            df[col] = [unneutralise(v) for v in df[col]]
    return df


def _record(row: Mapping[str, Any]) -> dict[str, Any]:
    """A JSON-ready dict of one event row (dates ISO, lists as lists, no NaN)."""
    out: dict[str, Any] = {}
    for col in COLUMNS:
        kind = DTYPES[col]
        v = row[col]
        if kind == "list":
            out[col] = _as_list(v)
        elif kind == "date":
            d = _as_date(v)
            out[col] = d.isoformat() if d else None
        elif _is_missing(v):
            out[col] = None
        elif kind == "bool":
            out[col] = bool(v)
        elif kind == "int":
            out[col] = int(v)
        elif kind == "float":
            out[col] = float(v)
        else:
            out[col] = str(v)
    return out


def to_json_bytes(df: pd.DataFrame) -> bytes:
    """The events as a JSON array of objects (schema column order), UTF-8."""
    _check_columns(df)
    records = [
        {**_record(r), "story_id": story or None, "story_sources": n}
        for r, (story, n) in zip(_rows(df), story_values(df), strict=True)
    ]
    return json.dumps(records, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")


def _tl_date(d: date, granularity: str) -> dict[str, str]:
    """A TimelineJS date object at the precision the granularity allows."""
    out = {"year": str(d.year)}
    if granularity in ("year", "decade", "century"):
        return out
    out["month"] = str(d.month)
    if granularity in ("month", "season", "quarter", "half"):
        return out
    out["day"] = str(d.day)
    return out


def short_title(sentence: str, limit: int = 90) -> str:
    """The first `limit` characters of a sentence, whitespace collapsed, with an ellipsis when cut."""
    flat = " ".join(sentence.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _esc(s: str) -> str:
    return html.escape(s, quote=True)


def timelinejs_dict(df: pd.DataFrame, title: str = "Frise chronologique") -> dict[str, Any]:
    """A TimelineJS 3 document; every piece of article text is HTML-escaped (TimelineJS renders HTML)."""
    _check_columns(df)
    events: list[dict[str, Any]] = []
    for row, (_story, n_sources) in zip(_rows(df), story_values(df), strict=True):
        rec = _record(row)
        if not rec["date_start"]:
            continue
        start = date.fromisoformat(rec["date_start"])
        end = date.fromisoformat(rec["date_end"]) if rec["date_end"] else start
        gran = rec["granularity"] or "day"
        body = [_esc(rec["sentence"] or "")]
        meta = [p for p in (rec["title"], rec["source"], rec["published"]) if p]
        if meta:
            body.append("<i>" + _esc(" · ".join(meta)) + "</i>")
        if n_sources and n_sources > 1:
            body.append(f"<i>récit raconté par {n_sources} sources</i>")
        event: dict[str, Any] = {
            "unique_id": _esc(rec["event_id"]),
            "start_date": {**_tl_date(start, gran), "display_date": _esc(rec["date_text"] or "")},
            "text": {
                "headline": _esc(short_title(rec["sentence"] or rec["title"] or "")),
                "text": "<br>".join(body),
            },
            "group": _esc(rec["topics"][0] if rec["topics"] else "autre"),
        }
        if end != start:
            event["end_date"] = _tl_date(end, gran)
        events.append(event)
    return {"title": {"text": {"headline": _esc(title), "text": ""}}, "events": events}


def to_timelinejs_bytes(df: pd.DataFrame, title: str = "Frise chronologique") -> bytes:
    """`timelinejs_dict` serialised as UTF-8 JSON."""
    return json.dumps(timelinejs_dict(df, title), ensure_ascii=False, indent=1).encode("utf-8")


def csv_columns() -> Sequence[str]:
    """The CSV header, in order (the schema columns, then the story columns)."""
    return (*COLUMNS, *STORY_COLUMNS)


def _typed(column: str, cell: str) -> Any:
    kind = DTYPES[column]
    if kind == "list":
        return tuple(cell.split(LIST_SEPARATOR)) if cell else ()
    if kind == "date":
        return date.fromisoformat(cell) if cell else None
    if kind == "bool":
        return cell == "true"
    if kind == "int":
        return int(cell) if cell else -1
    if kind == "float":
        return float(cell) if cell else 0.0
    return cell


def read_events_csv(data: bytes) -> list[Event]:
    """Events from a `to_csv_bytes` export (the typed inverse of the writer; extra columns are ignored)."""
    df = read_csv(data)
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise SchemaError(f"CSV illisible : colonnes manquantes {', '.join(missing)}")
    out: list[Event] = []
    for row in df.to_dict("records"):
        out.append(Event(**{c: _typed(c, str(row[c])) for c in COLUMNS}))
    return out
