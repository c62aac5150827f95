"""Calendar arithmetic for inclusive intervals: months, weeks, seasons, parts, decades, centuries.

Pure functions on `datetime.date`; no parsing and no language knowledge here.
"""

from __future__ import annotations

import calendar as _cal
from datetime import date, datetime, timedelta
from functools import lru_cache

from convertdate import hebrew, islamic
from pymeeus.Epoch import Epoch
from pymeeus.Sun import Sun

Interval = tuple[date, date]

MIN_YEAR = 1000
MAX_YEAR = 2200

# A season starts on its year's equinox or solstice day (UTC), which moves between years: autumn starts on
# 22 September in 2016 and on 23 September in 2003. Over our read gold sets, that day is the first day of 234
# of 247 seasons, against 183 for fixed days (20 March, 21 June, 23 September, 21 December). Ends keep the
# usual days, which the next season's first day may share: spring to 20 June, summer to 22 September, autumn
# to the December solstice day (40 of the first 41 autumns of the gold end on 21 December), winter to 19 March
# of the next year; our seed gold ends summer 2000 on 22 September, its equinox day. When the next season
# starts two days after that usual end (spring 1999 on 21 March), the season runs to its eve, and it never
# runs past the next one's first day, so no day falls between two seasons or in three.
_SEASONS: dict[str, tuple[str, tuple[int, int], int]] = {
    "SP": ("spring", (6, 20), 0),
    "SU": ("summer", (9, 22), 0),
    "FA": ("autumn", (12, 21), 0),
    "WI": ("winter", (3, 19), 1),
}
_FOLLOWING = {"SP": "SU", "SU": "FA", "FA": "WI", "WI": "SP"}


def with_year(d: date, year: int) -> date:
    """`d` in another year (29 February becomes the 28th)."""
    return d.replace(year=year, day=min(d.day, 28)) if (d.month, d.day) == (2, 29) else d.replace(year=year)


def plausible_year(year: int) -> bool:
    """Years we accept as dates at all (rejects '7000' and 'il y a 3000 ans')."""
    return MIN_YEAR <= year <= MAX_YEAR


def last_day(year: int, month: int) -> int:
    return _cal.monthrange(year, month)[1]


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= last_day(year, month)


def day(d: date) -> Interval:
    return (d, d)


def night(d: date) -> Interval:
    """The night that starts on `d`: both its days ("dans la nuit de lundi à mardi")."""
    return (d, d + timedelta(days=1))


def month(year: int, m: int) -> Interval:
    return (date(year, m, 1), date(year, m, last_day(year, m)))


def year(y: int) -> Interval:
    return (date(y, 1, 1), date(y, 12, 31))


def years(first: int, last: int) -> Interval:
    return (date(first, 1, 1), date(last, 12, 31))


def week(d: date) -> Interval:
    """The ISO week (Monday to Sunday) holding `d`."""
    start = d - timedelta(days=d.weekday())
    return (start, start + timedelta(days=6))


def weekend(d: date) -> Interval:
    """The Saturday-Sunday of the ISO week holding `d`."""
    start = d - timedelta(days=d.weekday()) + timedelta(days=5)
    return (start, start + timedelta(days=1))


def weekend_holding(d: date) -> Interval:
    """The Saturday-Sunday a day belongs to: of its week from Wednesday on, the one before for a Monday or a
    Tuesday (the end of a long week-end)."""
    return weekend(d - timedelta(days=7) if d.weekday() < 2 else d)


def season(y: int, code: str) -> Interval:
    """Season `code` ("SP", "SU", "FA", "WI") of year `y`; winter runs into the next year."""
    _, (m2, d2), carry = _SEASONS[code]
    following = season_start(y + carry, _FOLLOWING[code])
    # the usual end, kept between the next season's eve and its first day
    end = min(max(date(y + carry, m2, d2), following - timedelta(days=1)), following)
    return (season_start(y, code), end)


@lru_cache(maxsize=4096)
def season_start(y: int, code: str) -> date:
    """The day (UTC) of year `y`'s equinox or solstice that opens season `code`: Meeus's algorithm as
    PyMeeus implements it, to the minute over the years we accept, its dynamical time brought to UTC."""
    moment = Sun.get_equinox_solstice(y, target=_SEASONS[code][0]).get_full_date()
    y0, m0, d0, hour, minute, second = moment
    dynamical = datetime(int(y0), int(m0), int(d0), int(hour), int(minute)) + timedelta(seconds=float(second))
    return (dynamical - timedelta(seconds=Epoch.tt2ut(int(y0), int(m0)))).date()


def season_of(d: date) -> tuple[int, str]:
    """The season (its year and code) that holds `d`; early-year days belong to the previous winter, and a
    day two seasons share (the fixed end of one is the next one's equinox or solstice day, as 20 June 2024
    is) to the season it opens."""
    if d >= season(d.year, "WI")[0]:
        return d.year, "WI"
    for code in ("FA", "SU", "SP"):
        a, b = season(d.year, code)
        if a <= d <= b:
            return d.year, code
    return (d.year if d.month == 12 else d.year - 1), "WI"


def quarter(y: int, q: int) -> Interval:
    return (date(y, 3 * q - 2, 1), month(y, 3 * q)[1])


def half(y: int, h: int) -> Interval:
    return (date(y, 6 * h - 5, 1), month(y, 6 * h)[1])


def decade(first_year: int) -> Interval:
    return years(first_year, first_year + 9)


def century(number: int) -> Interval:
    """The n-th century as years (n-1)00 to (n-1)99 (the reading of French usage and TimeML '19')."""
    return years((number - 1) * 100, (number - 1) * 100 + 99)


def month_part(y: int, m: int, part: str) -> Interval:
    """Début / mi / fin of a month: days 1-10, 11-20, 21-end."""
    if part == "START":
        return (date(y, m, 1), date(y, m, 10))
    if part == "MID":
        return (date(y, m, 11), date(y, m, 20))
    return (date(y, m, 21), date(y, m, last_day(y, m)))


def span_part(span: Interval, part: str) -> Interval:
    """First, middle or last third of a longer interval (a year, a decade, a century, a season)."""
    a, b = span
    n = (b - a).days + 1
    third = n // 3
    if part == "START":
        return (a, a + timedelta(days=third - 1))
    if part == "MID":
        return (a + timedelta(days=third), b - timedelta(days=third))
    return (b - timedelta(days=third - 1), b)


def week_part(week: Interval, part: str) -> Interval:
    """Début, milieu or fin of a week (Monday to Sunday): Monday-Tuesday, Tuesday-Thursday, Friday-Sunday,
    not thirds, as the news counts them (a "fin de semaine" holds the Friday; in our read gold sets, 6 of 7
    "fin de semaine" run from Friday to Sunday, both "milieu de semaine" from Tuesday to Thursday)."""
    monday = week[0]
    first, last = {"START": (0, 1), "MID": (1, 3)}.get(part, (4, 6))
    return (monday + timedelta(days=first), monday + timedelta(days=last))


def years_part(first: int, last: int, part: str) -> Interval:
    """Début / mi / fin of a run of whole years (a decade, a century): a third, rounded up, at each end."""
    n = last - first + 1
    k = -(-n // 3)
    if part == "START":
        return years(first, first + k - 1)
    if part == "END":
        return years(last - k + 1, last)
    return years(first + k, last - k)


def year_part(y: int, part: str) -> Interval:
    """Début / mi / fin of a year: January-March, May-August, October-December. "Fin 2019" is read as its
    last months (in our gold sets, written by others: October-December 12 times, November-December 4 times,
    and "début" January-March 4 times in 4); "mi-" is the middle third."""
    first, last = {"START": (1, 3), "MID": (5, 8), "END": (10, 12)}[part]
    return (date(y, first, 1), month(y, last)[1])


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def shift_days(d: date, n: int) -> date:
    return d + timedelta(days=n)


def anniversary_of(days: list[date], lo: date, hi: date) -> date | None:
    """The first of `days` of a year before `lo`'s whose day of the year falls within [lo, hi]: the day an
    anniversary piece published in [lo, hi] remembers ("Il y a un an jour pour jour" in a piece of 18 March
    2020: 18 March 2019)."""
    for d in days:
        if d.year >= lo.year:
            continue
        for y in {lo.year, hi.year}:  # a piece of early January may remember a day of late December
            if valid_day(y, d.month, d.day) and lo <= date(y, d.month, d.day) <= hi:
                return d
    return None


_CALENDARS = {"hebrew": (hebrew, 3760), "hijri": (islamic, -1)}
"""The calendars of the religious feasts the lexicon names, each with how far its year numbers run ahead of
the Gregorian ones (Nisan of Gregorian year y is in Hebrew year y + 3760, Tishrei in y + 3761); -1: the
Islamic years met in y are read from its 1 January (they drift through the seasons)."""


def religious_days(kind: str, y: int, month: int, day: int) -> list[date]:
    """The Gregorian days of `day` `month` of the Hebrew or Islamic calendar (`kind`) that fall in Gregorian
    year `y`: Yom Kippour is 10 Tishrei (one a year), l'Aïd el-Kébir 10 Dhou al-Hijja (twice in some years:
    the Islamic year is eleven days shorter). The Islamic calendar is the tabular one (convertdate): a feast
    set by sighting the moon may fall a day off in a given country."""
    module, offset = _CALENDARS[kind]
    if not plausible_year(y):
        return []
    if offset < 0:
        first = module.from_gregorian(y, 1, 1)[0]
        years = [first, first + 1]
    else:
        years = [y + offset, y + offset + 1]
    found = [date(*module.to_gregorian(k, month, day)) for k in years]
    return sorted(d for d in found if d.year == y)


def easter(y: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    mo = (h + ell - 7 * m + 114) // 31
    da = (h + ell - 7 * m + 114) % 31 + 1
    return date(y, mo, da)


def clamp_interval(a: date, b: date) -> Interval | None:
    """None when the interval leaves the plausible years or is reversed."""
    if a > b or not (plausible_year(a.year) and plausible_year(b.year)):
        return None
    return (a, b)
