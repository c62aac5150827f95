"""The Event schema is the single source of columns, dtypes and checks (issue 2)."""

from __future__ import annotations

import dataclasses
from datetime import date

import pandas as pd
import pytest

from tests.conftest import make_event
from timeline.errors import SchemaError
from timeline.schema import COLUMNS, DTYPES, Event, event_from_dict, event_id, event_to_dict
from timeline.table import empty_frame, events_to_frame, frame_to_events, validate_frame

REQUIRED = (
    "event_id doc_id title source url published date_start date_end granularity vague date_text char_start "
    "char_end sentence sentence_start persons countries organisations topics kind confidence"
).split()


def test_schema_has_every_required_field() -> None:
    assert set(REQUIRED) <= set(COLUMNS)
    assert COLUMNS == tuple(f.name for f in dataclasses.fields(Event))
    assert set(DTYPES) == set(COLUMNS)


def test_frame_round_trip(events: list[Event]) -> None:
    df = events_to_frame(events)
    assert tuple(df.columns) == COLUMNS
    validate_frame(df)
    assert frame_to_events(df) == events


def test_dict_round_trip(events: list[Event]) -> None:
    assert [event_from_dict(event_to_dict(e)) for e in events] == events


def test_frame_dtypes_follow_schema(events: list[Event]) -> None:
    df = events_to_frame(events)
    assert str(df["date_start"].dtype) == "datetime64[s]"
    assert isinstance(df["granularity"].dtype, pd.CategoricalDtype)
    assert df["char_start"].dtype == "int64"
    assert df["persons"].iloc[0] == ("Vladimir Poutine",)
    assert df["date_start"].isna().iloc[2]


def test_empty_frame_is_valid() -> None:
    df = empty_frame()
    validate_frame(df)
    assert frame_to_events(df) == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda df: df.drop(columns=["topics"]), "colonnes"),
        (lambda df: df.assign(char_start=df["char_start"].astype("float64")), "char_start"),
        (
            lambda df: df.assign(date_start=pd.to_datetime(["2025-01-01"] * len(df)).astype("datetime64[s]")),
            "date_start > date_end",
        ),
        (lambda df: pd.concat([df, df]).reset_index(drop=True), "event_id"),
        (lambda df: df.assign(persons=[["x"]] * len(df)), "tuple"),
    ],
    ids=["missing-column", "wrong-dtype", "start-after-end", "duplicate-id", "list-not-tuple"],
)
def test_validate_rejects(events: list[Event], change: object, message: str) -> None:
    df = events_to_frame(events[:2])
    with pytest.raises(SchemaError, match=message):
        validate_frame(change(df))  # type: ignore[operator]


def test_event_id_is_stable_and_distinct() -> None:
    assert event_id("d", 1, 5, 0) == event_id("d", 1, 5, 0)
    assert len({event_id("d", 1, 5, 0), event_id("d", 1, 6, 0), event_id("e", 1, 5, 0)}) == 3
    assert make_event(0).event_id != make_event(1).event_id


def test_unknown_category_is_rejected(events: list[Event]) -> None:
    df = events_to_frame(events)
    with pytest.raises(SchemaError, match="granularity"):
        validate_frame(df.assign(granularity=pd.Categorical(["fortnight"] * len(df))))


def test_date_columns_hold_calendar_days(events: list[Event]) -> None:
    back = frame_to_events(events_to_frame(events))
    assert back[1].date_end == date(2024, 3, 31)
