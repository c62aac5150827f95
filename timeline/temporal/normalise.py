"""The only place that calls dateparser: numeric dates; and the arithmetic of its 'il y a N ...' cores.

dateparser is set once (French, day-month-year order) and its answers are checked: it reads "le 32 mars" as
2032 and accepts year 3000, so every result goes through our calendar bounds. Results are cached.
'il y a N mois' / 'dans N ans' move the DCT as dateparser reads them (calendar months and years, the day
clipped to the month's last day), computed here directly: dateparser costs about a millisecond per call and
a document's DCT-relative cores rarely repeat across documents (tests compare both on a grid of dates).
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

import dateparser

from timeline.temporal import calendar as cal

_BASE_SETTINGS: dict[str, object] = {
    "DATE_ORDER": "DMY",
    "REQUIRE_PARTS": [],
    "RETURN_AS_TIMEZONE_AWARE": False,
}
_UNIT_WORDS = {"day": "jours", "week": "semaines", "month": "mois", "year": "ans"}


def _parse(text: str, base: date | None) -> date | None:
    settings = dict(_BASE_SETTINGS)
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    try:
        got = dateparser.parse(text, languages=["fr"], settings=settings)
    except (ValueError, OverflowError):
        return None
    if not isinstance(got, datetime) or not cal.plausible_year(got.year):
        return None
    return got.date()


@lru_cache(maxsize=4096)
def numeric_date(day: int, month: int, year: int) -> date | None:
    """A day-month-year triple checked by dateparser (DMY) and by our calendar bounds."""
    if not (cal.plausible_year(year) and cal.valid_day(year, month, day)):
        return None
    got = _parse(f"{day:02d}/{month:02d}/{year:04d}", None)
    return got if got == date(year, month, day) else None


def dateparser_shift(today: date, n: int, unit: str) -> date | None:
    """`today` moved by n units (negative: back) by dateparser's reading of 'il y a N ...' / 'dans N ...'
    (the reference `shift` is checked against)."""
    word = _UNIT_WORDS.get(unit)
    if word is None or n == 0:
        return today if n == 0 else None
    if abs(n) > 3000 or not cal.plausible_year(today.year + (n if unit == "year" else 0)):
        return None
    core = f"il y a {-n} {word}" if n < 0 else f"dans {n} {word}"
    return _parse(core, today)


@lru_cache(maxsize=4096)
def shift(today: date, n: int, unit: str) -> date | None:
    """`today` moved by n units (negative: back), as dateparser reads 'il y a N ...' / 'dans N ...': days and
    weeks by the calendar, months and years with the day clipped to the last of the month (31 May less three
    months is 28 or 29 February); None outside our calendar bounds, as for dateparser_shift."""
    if unit not in _UNIT_WORDS or n == 0:
        return today if n == 0 else None
    if abs(n) > 3000 or not cal.plausible_year(today.year + (n if unit == "year" else 0)):
        return None
    if unit in ("day", "week"):
        moved = today.toordinal() + n * (7 if unit == "week" else 1)
        if not 0 < moved <= date.max.toordinal():
            return None
        got = date.fromordinal(moved)
    else:
        y, m = cal.add_months(today.year, today.month, n * (12 if unit == "year" else 1))
        if not cal.plausible_year(y):
            return None
        got = date(y, m, min(today.day, cal.last_day(y, m)))
    return got if cal.plausible_year(got.year) else None
