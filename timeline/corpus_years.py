"""The year of an undated article, from the days the articles read beside it date.

An article without a date is dated from its own text (`timeline.temporal.inference`): at best the latest year
it names as past, a lower bound. "Tout s'est joué le 21 mai [...] depuis la proclamation, le 3 juin" names no
year; when the dated articles of the same pile put 21 May and 3 June in one later year, that is the year a
reader of the pile gives it; so for a text that names no year at all and alone dates nothing (a body pasted
without its date), read under a stand-in year only to find its days (`provisional_date`). Pure: the dated
articles' days are handed in, nothing is read from the clock.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date

from timeline.schema import Event
from timeline.temporal.types import PubDate

YEAR_VOTES = 2
"""Distinct day-months of the undated article that must fall in one year of the pile to move it there: one
shared day (a feast, an anniversary) is a coincidence."""

_DAY_NUMBER = re.compile(r"\b\d{1,2}(?:er)?\b")
_YEAR_WRITTEN = re.compile(r"\b\d{4}\b")


class DayIndex:
    """The years in which the dated articles of a pile put each day-month they date to the day."""

    def __init__(self) -> None:
        self.years: defaultdict[tuple[int, int], set[int]] = defaultdict(set)

    def latest_year(self) -> int | None:
        """The latest year any dated article of the pile put a day in, or None for an empty pile."""
        return max((y for ys in self.years.values() for y in ys), default=None)

    def add(self, events: Iterable[Event]) -> None:
        """Record the single days of one dated article's events."""
        for e in events:
            if e.kind == "dated" and e.date_start is not None and e.date_start == e.date_end:
                self.years[(e.date_start.month, e.date_start.day)].add(e.date_start.year)


def _yearless_days(events: Iterable[Event]) -> set[tuple[int, int]]:
    """Day-months the article writes with a day number and no year ("le 21 mai", "Le 13 juillet")."""
    return {
        (e.date_start.month, e.date_start.day)
        for e in events
        if e.kind == "dated"
        and e.date_start is not None
        and e.date_start == e.date_end
        and _DAY_NUMBER.search(e.date_text)
        and not _YEAR_WRITTEN.search(e.date_text)
    }


def corpus_date(events: Iterable[Event], pub: PubDate, index: DayIndex) -> PubDate | None:
    """A publication date (the year, origin "corpus") for an undated article whose text dates `events` under
    `pub` (its own inference): the one year of the pile holding at least `YEAR_VOTES` of its yearless
    day-months, when it is later than the year its text gives (that year is named as past: the article cannot
    be older). None when the pile says nothing surer."""
    votes: Counter[int] = Counter()
    for day in _yearless_days(events):
        votes.update(index.years.get(day, ()))
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < YEAR_VOTES or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    year = ranked[0][0]
    if pub.value is not None and year <= pub.value.year:
        return None
    return PubDate(date(year, 1, 1), "year", "corpus")


def provisional_date(index: DayIndex) -> PubDate | None:
    """A stand-in publication date (the pile's latest year) under which to read an undated article whose text
    names no year at all, so its yearless days ("jeudi 8 juin", "le 31 mai") are found and can be matched to
    the pile's (`corpus_date`); none for an empty pile. Its own year does not choose the answer: only the
    days' months and day numbers are compared."""
    year = index.latest_year()
    return None if year is None else PubDate(date(year, 1, 1), "year", "corpus")
