"""The days a report or a story can be on, and whether two of them can be the same happening.

A report's span is its interval and granularity, plus the weekday a wider date must fall on ("lundi soir"
in an article dated only "2020-08" is some Monday of August). A story's span is the days all its reports
leave possible; two spans fit when they share a day (on the named weekday, if any), or when both are
day-precise and at most `NEAR_DAYS` apart (a disagreement, reported as a conflict).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, NamedTuple

from timeline.stems import fold

NEAR_DAYS = 1
"""Day-precise reports of adjacent days can be one event told with another day: joined, flagged a conflict."""
_FINE = {"day", "weekend", "week", "part"}


class Span(NamedTuple):
    """The days a report or a story can be on: an interval, its granularity, and the weekday a wide interval
    must fall on ("lundi soir" in an article dated only "2020-08" is some Monday of August)."""

    start: date
    end: date
    granularity: str
    weekday: int | None = None


@lru_cache(maxsize=1)
def _weekday_names() -> dict[str, int]:
    from timeline.temporal.lexicon import load  # here: the temporal package imports dateparser (seconds)

    return {fold(name): day for name, day in load().weekdays.items()}


def span_of(row: dict[str, Any], start: date, end: date, granularity: str) -> Span:
    """A report's span; a weekday named by a date wider than a week is kept as a constraint, and a night
    named by two weekdays dated by its first day alone (as events extracted before nights covered both days
    were: "dans la nuit de mardi à mercredi") covers both days, so a base made then groups as one made now."""
    names = _weekday_names()
    days = [names[w] for w in re.findall(r"[a-z]+", fold(str(row["date_text"] or ""))) if w in names]
    if (end - start).days < 7:
        if start == end and len(days) == 2 and days[1] == (days[0] + 1) % 7 == (start.weekday() + 1) % 7:
            return Span(start, end + timedelta(days=1), granularity)
        return Span(start, end, granularity)
    return Span(start, end, granularity, days[0] if len(set(days)) == 1 else None)


def days_of(lo: date, hi: date) -> list[date]:
    """Each day from `lo` to `hi`, both included."""
    return [lo + timedelta(k) for k in range((hi - lo).days + 1)]


def _on_weekday(lo: date, hi: date, weekday: int | None) -> tuple[date, date] | None:
    """The days of [lo, hi] a weekday constraint leaves (all of them when it is wide or there is none)."""
    if weekday is None or (hi - lo).days >= 7:
        return lo, hi
    days = [d for d in days_of(lo, hi) if d.weekday() == weekday]
    return (days[0], days[-1]) if days else None


def dates_fit(a: Span, b: Span) -> tuple[bool, bool]:
    """(compatible, conflicting): overlapping intervals fit (on the same weekday, if one is named); close
    day-precise ones fit with a conflict."""
    if a[0] <= b[1] and b[0] <= a[1]:
        if a.weekday is not None and b.weekday is not None and a.weekday != b.weekday:
            return False, False
        weekday = a.weekday if a.weekday is not None else b.weekday
        return _on_weekday(max(a[0], b[0]), min(a[1], b[1]), weekday) is not None, False
    if a[2] in _FINE and b[2] in _FINE:
        gap = min(abs((a[0] - b[1]).days), abs((b[0] - a[1]).days))
        if gap <= NEAR_DAYS:
            return True, True
    return False, False


def merge(a: Span, b: Span) -> tuple[Span | None, bool]:
    """The span a story keeps after a merge (intersection, or hull of near days; None if they clash), and
    whether the two spans' days disagree (a conflict)."""
    fits, conflict = dates_fit(a, b)
    if not fits:
        return None, False
    if conflict:
        lo, hi = min(a[0], b[0]), max(a[1], b[1])
        return (Span(lo, hi, "day") if (hi - lo).days <= NEAR_DAYS else None), True
    weekday = a.weekday if a.weekday is not None else b.weekday
    days = _on_weekday(max(a[0], b[0]), min(a[1], b[1]), weekday)
    assert days is not None  # dates_fit said they fit
    lo, hi = days
    granularity = a[2] if (a[1] - a[0]) <= (b[1] - b[0]) else b[2]
    return Span(lo, hi, granularity, weekday if (hi - lo).days >= 7 else None), False
