"""Events <-> pandas DataFrame, with columns and dtypes derived from the Event schema."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

import pandas as pd

from timeline.errors import SchemaError
from timeline.schema import CATEGORIES, COLUMNS, DATE_COLUMNS, DTYPES, LIST_COLUMNS, Event, event_to_dict


def pandas_dtype(column: str) -> Any:
    """The pandas dtype of a schema column."""
    kind = DTYPES[column]
    if kind == "category":
        return pd.CategoricalDtype(categories=list(CATEGORIES[column]))
    return {
        "str": "str",
        "date": "datetime64[s]",
        "int": "int64",
        "float": "float64",
        "bool": "bool",
        "list": "object",
    }[kind]


def empty_frame() -> pd.DataFrame:
    """A frame with every schema column and no row."""
    return conform({c: [] for c in COLUMNS})


def conform(data: pd.DataFrame | dict[str, Any]) -> pd.DataFrame:
    """Cast a frame (or columns) to the schema: column order, dtypes, lists as tuples, missing text as ''."""
    df = pd.DataFrame(data).copy() if not isinstance(data, pd.DataFrame) else data.copy()
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise SchemaError(f"colonnes manquantes : {', '.join(missing)}")
    df = df.loc[:, list(COLUMNS)]
    for c in COLUMNS:
        kind = DTYPES[c]
        if kind == "list":
            df[c] = pd.Series([_as_tuple(v) for v in df[c]], index=df.index, dtype="object")
        elif kind == "date":
            df[c] = pd.to_datetime(df[c], errors="raise").astype("datetime64[s]")
        elif kind == "str":
            df[c] = df[c].fillna("").astype("str")
        elif kind == "category":
            df[c] = df[c].astype("str").astype(pandas_dtype(c))
        else:
            df[c] = df[c].astype(pandas_dtype(c))
    return df.reset_index(drop=True)


def _as_tuple(v: Any) -> tuple[str, ...]:
    if v is None or (isinstance(v, float) and pd.isna(v)):
        return ()
    if isinstance(v, str):
        return tuple(x for x in v.split("|") if x.strip()) if v else ()
    return tuple(str(x) for x in v)


def events_to_frame(events: Iterable[Event]) -> pd.DataFrame:
    """A schema-typed DataFrame of events, one row per event, columns in schema order."""
    rows = [event_to_dict(e) for e in events]
    if not rows:
        return empty_frame()
    return conform(pd.DataFrame.from_records(rows, columns=list(COLUMNS)))


def frame_to_events(df: pd.DataFrame) -> list[Event]:
    """Inverse of `events_to_frame`."""
    validate_frame(df)
    out: list[Event] = []
    for rec in df.to_dict("records"):
        kw: dict[str, Any] = {}
        for c in COLUMNS:
            v = rec[c]
            if c in DATE_COLUMNS:
                v = None if pd.isna(v) else pd.Timestamp(v).date()
            elif c in LIST_COLUMNS:
                v = tuple(v)
            elif DTYPES[c] == "int":
                v = int(v)
            elif DTYPES[c] == "float":
                v = float(v)
            elif DTYPES[c] == "bool":
                v = bool(v)
            else:
                v = str(v)
            kw[c] = v
        out.append(Event(**kw))
    return out


def validate_frame(df: pd.DataFrame) -> None:
    """Raise SchemaError unless `df` has exactly the schema's columns, dtypes and valid values."""
    if tuple(df.columns) != COLUMNS:
        raise SchemaError(f"colonnes attendues {COLUMNS}, reçues {tuple(df.columns)}")
    for c in COLUMNS:
        want = pandas_dtype(c)
        if DTYPES[c] == "category":
            dtype = df[c].dtype
            if not isinstance(dtype, pd.CategoricalDtype) or list(dtype.categories) != list(CATEGORIES[c]):
                raise SchemaError(f"colonne {c} : catégories attendues {CATEGORIES[c]}")
            if df[c].isna().any():
                raise SchemaError(f"colonne {c} : valeur hors de {CATEGORIES[c]}")
        elif str(df[c].dtype) != str(pd.Series([], dtype=want).dtype):
            raise SchemaError(f"colonne {c} : type {df[c].dtype}, attendu {want}")
    for c in LIST_COLUMNS:
        if not all(isinstance(v, tuple) and all(isinstance(x, str) for x in v) for v in df[c]):
            raise SchemaError(f"colonne {c} : chaque valeur doit être un tuple de noms")
    bad = df["date_start"].notna() & df["date_end"].notna() & (df["date_start"] > df["date_end"])
    if bad.any():
        raise SchemaError(f"{int(bad.sum())} événement(s) avec date_start > date_end")
    if df["event_id"].duplicated().any():
        raise SchemaError("event_id en double")


def iso(v: date | None) -> str:
    """ISO text of a date, '' for None."""
    return v.isoformat() if v else ""
