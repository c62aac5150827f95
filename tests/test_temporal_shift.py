"""normalise.shift moves a date as dateparser reads 'il y a N ...' / 'dans N ...', without calling it."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import normalise

_EDGES = [date(2024, 1, 31), date(2024, 2, 29), date(2023, 3, 31), date(1900, 2, 28), date(2200, 12, 31)]


@pytest.mark.parametrize(
    ("today", "n", "unit", "expected"),
    [
        (date(2024, 5, 31), -3, "month", date(2024, 2, 29)),
        (date(2023, 5, 31), -3, "month", date(2023, 2, 28)),
        (date(2024, 2, 29), 1, "year", date(2025, 2, 28)),
        (date(2024, 1, 31), 1, "month", date(2024, 2, 29)),
        (date(2024, 6, 18), -2, "week", date(2024, 6, 4)),
        (date(2024, 6, 18), 0, "year", date(2024, 6, 18)),
        (date(2024, 6, 18), -2000, "year", None),
        (date(2024, 6, 18), 3001, "day", None),
        (date(2024, 6, 18), 2, "decade", None),
    ],
)
def test_shift_table(today: date, n: int, unit: str, expected: date | None) -> None:
    assert normalise.shift(today, n, unit) == expected


@pytest.mark.parametrize("today", _EDGES)
@pytest.mark.parametrize("unit", ["month", "year"])
def test_shift_matches_dateparser_at_month_ends(today: date, unit: str) -> None:
    for n in (-25, -13, -12, -11, -3, -1, 1, 2, 11, 12, 13, 48):
        assert normalise.shift(today, n, unit) == normalise.dateparser_shift(today, n, unit), (today, n)


@settings(max_examples=60, deadline=None)
@given(
    st.dates(min_value=date(1000, 1, 1), max_value=date(2200, 12, 31)),
    st.integers(min_value=-3100, max_value=3100) | st.integers(min_value=-40, max_value=40),
    st.sampled_from(["day", "week", "month", "year"]),
)
def test_shift_matches_dateparser(today: date, n: int, unit: str) -> None:
    assert normalise.shift(today, n, unit) == normalise.dateparser_shift(today, n, unit)
