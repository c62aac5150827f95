"""Spans of reports and stories (timeline/stories_dates.py): when two can be one happening, what is left."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.stories_dates import Span, dates_fit, merge, span_of

AUG = Span(date(2020, 8, 1), date(2020, 8, 31), "month")
MONDAY_AUG = Span(date(2020, 8, 1), date(2020, 8, 31), "month", weekday=0)
TUESDAY_AUG = Span(date(2020, 8, 1), date(2020, 8, 31), "month", weekday=1)
D4 = Span(date(2020, 8, 4), date(2020, 8, 4), "day")  # a Tuesday
D5 = Span(date(2020, 8, 5), date(2020, 8, 5), "day")
D7 = Span(date(2020, 8, 7), date(2020, 8, 7), "day")
D10 = Span(date(2020, 8, 10), date(2020, 8, 10), "day")  # a Monday
WEEK = Span(date(2020, 8, 3), date(2020, 8, 9), "week")


@pytest.mark.parametrize(
    ("a", "b", "fit", "merged"),
    [
        (AUG, D4, (True, False), D4),
        (MONDAY_AUG, D4, (False, False), None),  # "lundi" cannot be Tuesday the 4th
        (MONDAY_AUG, D10, (True, False), D10),
        (MONDAY_AUG, TUESDAY_AUG, (False, False), None),  # two weekdays are two days
        (MONDAY_AUG, WEEK, (True, False), Span(date(2020, 8, 3), date(2020, 8, 3), "week")),  # its Monday
        (MONDAY_AUG, AUG, (True, False), MONDAY_AUG),
        (D4, D5, (True, True), Span(date(2020, 8, 4), date(2020, 8, 5), "day")),  # adjacent days: a conflict
        (D4, D7, (False, False), None),
    ],
)
def test_spans_fit_and_merge(a: Span, b: Span, fit: tuple[bool, bool], merged: Span | None) -> None:
    assert dates_fit(a, b) == fit == dates_fit(b, a)
    assert merge(a, b) == (merged, fit[1])


@pytest.mark.parametrize(
    ("text", "start", "end", "weekday"),
    [
        ("lundi soir", date(2020, 8, 1), date(2020, 8, 31), 0),
        ("Vendredi", date(2024, 6, 1), date(2024, 6, 30), 4),
        ("ce lundi", date(2020, 8, 10), date(2020, 8, 10), None),  # a day already: nothing to keep
        ("en août", date(2020, 8, 1), date(2020, 8, 31), None),
        ("entre lundi et mardi", date(2020, 8, 1), date(2020, 8, 31), None),  # two weekdays: no single one
    ],
)
def test_a_wide_date_keeps_its_weekday(text: str, start: date, end: date, weekday: int | None) -> None:
    assert span_of({"date_text": text}, start, end, "month").weekday == weekday


@pytest.mark.parametrize(
    ("text", "day", "end"),
    [
        ("dans la nuit de mardi à mercredi", date(2010, 4, 13), date(2010, 4, 14)),  # a Tuesday: both days
        ("Dans la nuit de jeudi à vendredi", date(1989, 11, 9), date(1989, 11, 10)),
        ("mardi", date(2010, 4, 13), date(2010, 4, 13)),
        ("entre mardi et jeudi", date(2010, 4, 13), date(2010, 4, 13)),  # not two days in a row
        ("dans la nuit de mardi à mercredi", date(2010, 4, 14), date(2010, 4, 14)),  # read as another day
    ],
)
def test_a_night_stored_by_its_first_day_covers_both_days(text: str, day: date, end: date) -> None:
    assert span_of({"date_text": text}, day, day, "day")[:2] == (day, end)
