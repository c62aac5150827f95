"""What a relative expression is resolved against: the DCT, the previous dates of the text, the verb tense.

Reads: the publication date, the timexes already resolved, a tense oracle. Writes: `Result` records.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from timeline.schema import Anchor, Granularity
from timeline.temporal import calendar as cal

Interval = tuple[date, date]
Direction = Literal["past", "future", "present", "near"]
"""Where a verb puts a bare date: behind, ahead, now, or "near" the news either side (a plan told from the
past: "l'avion devait se poser lundi", "le renflouage était prévu le 15 septembre")."""


@dataclass(frozen=True)
class Result:
    """The meaning of one expression: an inclusive interval (None if unresolvable) and how it was found."""

    interval: Interval | None
    granularity: Granularity
    value: str
    anchor: Anchor
    vague: bool = False
    confidence: float = 1.0
    mod: str = ""
    aside: bool = False
    """Its expression follows a participle set off by a comma ("Nord Stream 2, achevé en septembre 2021,"):
    it dates something the sentence names in passing, and lends no year to the dates after it."""


FLASHBACK_DAYS = timedelta(days=31)
"""How far back a day counted from the day told before it may lie and be a flashback of the story's line."""


@dataclass
class Context:
    """Resolution state while walking a text left to right.

    `today` is the DCT day used for this pass (None without DCT). `reference` is the latest date of the text
    resolved on its own (absolute, or from the DCT), the anchor of "trois ans plus tôt"; `day_reference` the
    latest single day, the anchor of "18 h" or "le lendemain". `event` is the date of the event an expression
    counts from ("cinq jours après l'incendie"), when a later pass found that event dated in the text.
    """

    today: date | None
    tense: Callable[[int, int], Direction]
    text: str = ""
    reference: Result | None = None
    reference_end: int = -1
    reference_start: int = -1
    history: list[Result] = field(default_factory=list)
    event: Result | None = None
    days: list[tuple[int, Result]] = field(default_factory=list)
    """The single days of the text so far, each with the offset where its expression ends."""
    news_end: date | None = None
    """The last day the news may be of (the DCT's last day for a month-precise DCT; `today` otherwise)."""
    news_start: date | None = None
    """The first day the news may be of (the DCT's first day for a month-precise DCT; `today` otherwise)."""
    told_before: Callable[[int, int], bool] = field(default=lambda start, end: False)
    """Whether the expression at [start, end) is told in an imperfect or a pluperfect (a story told)."""

    flashbacks: dict[int, Result] = field(default_factory=dict)
    """Days counted back from the day told before them in an imperfect or a pluperfect ("Cinq jours plus tôt,
    il avait déjà signé [...]"), by the offset where their expression ends, with that day: a flashback, after
    which the story's own line goes on ("Le lendemain, les libérations se poursuivent")."""

    guessed: bool = False
    """The DCT was not given but guessed, from the text (`inference`) or the pile (`corpus_years`): the
    latest past date the text names, a floor rather than the day of the news."""

    blurred_end: int = -1
    """Where the latest day the DCT could not place ends (a bare weekday under a month-precise DCT): a day
    counted from the latest day told ("Jeudi, ... Dès le lendemain") is then unknown too."""

    @property
    def news_day_known(self) -> bool:
        """Whether the DCT gives the news day (day-precise), not a month or a year of it."""
        return self.news_start in (None, self.news_end)

    @property
    def day_reference(self) -> Result | None:
        if not self.days or self.blurred_end > self.days[-1][0]:
            return None
        return self.days[-1][1]

    def note(self, r: Result, end: int = -1, start: int = -1) -> None:
        if r.interval is None:
            return
        self.history.append(r)
        if r.anchor in ("absolute", "dct") and not r.vague and r.mod != "SINCE":
            self.reference = r
            self.reference_end = end
            self.reference_start = start
        if r.granularity == "day" and not r.vague:
            last = self.days[-1][1] if self.days else None
            if (
                r.anchor == "previous"
                and last is not None
                and last.interval is not None
                and timedelta(0) < last.interval[0] - r.interval[0] <= FLASHBACK_DAYS
                and start >= 0
                and self.told_before(start, end)
            ):
                self.flashbacks[end] = self.flashbacks.get(self.days[-1][0], last)
            self.days.append((end, r))


def value_of(interval: Interval, granularity: Granularity) -> str:
    """A TIMEX3-style value for an interval at its granularity."""
    a, _ = interval
    if granularity == "day":
        return a.isoformat()
    if granularity in ("month", "part"):
        return a.isoformat()[:7]
    if granularity == "week":
        y, w, _ = a.isocalendar()
        return f"{y}-W{w:02d}"
    if granularity == "weekend":
        y, w, _ = a.isocalendar()
        return f"{y}-W{w:02d}-WE"
    if granularity == "quarter":
        return f"{a.year}-Q{(a.month - 1) // 3 + 1}"
    if granularity == "half":
        return f"{a.year}-H{(a.month - 1) // 6 + 1}"
    if granularity == "season":
        y, code = cal.season_of(a)
        return f"{y}-{code}"
    if granularity == "decade":
        return str(a.year)[:3]
    if granularity == "century":
        return f"{a.year // 100:02d}"
    return str(a.year)


def absolute(interval: Interval | None, granularity: Granularity, mod: str = "") -> Result | None:
    if interval is None or cal.clamp_interval(*interval) is None:
        return None
    return Result(interval, granularity, value_of(interval, granularity), "absolute", mod=mod)


def from_dct(
    interval: Interval | None, granularity: Granularity, mod: str = "", confidence: float = 0.9
) -> Result:
    if interval is None or cal.clamp_interval(*interval) is None:
        return unresolved(granularity)
    return Result(
        interval, granularity, value_of(interval, granularity), "dct", confidence=confidence, mod=mod
    )


def unresolved(granularity: Granularity) -> Result:
    """A relative expression with nothing to anchor it on."""
    return Result(None, granularity, "", "none", confidence=0.3)


def weekday_near(today: date, wd: int, direction: Direction, strict: bool) -> date:
    """The weekday `wd` nearest `today` in the given direction, or on either side for "near" (strict: never
    `today` itself)."""
    back = (today.weekday() - wd) % 7
    ahead = (wd - today.weekday()) % 7
    if direction == "past" or (direction == "near" and back <= ahead):
        return today - timedelta(days=back or (7 if strict else 0))
    return today + timedelta(days=ahead or (7 if strict else 0))


def month_year(today: date, m: int, direction: Direction, strict: bool) -> int:
    """The year of month `m` nearest `today` in the given direction ("near": either side); present tense keeps
    the current year."""
    if direction == "past":
        return today.year if (m < today.month or (m == today.month and not strict)) else today.year - 1
    if direction == "future":
        if not strict and (today.month - m) % 12 == 1:
            # the month just gone, in a clause whose verb looks ahead ("la dévaluation de janvier ne sera un
            # succès que si", in February): told in passing, not a year ahead
            return today.year - (1 if m == 12 else 0)
        return today.year if (m > today.month or (m == today.month and not strict)) else today.year + 1
    if direction == "near":
        # the month closest to today either side: August told in January is the last one
        years = (today.year, today.year - 1, today.year + 1)
        return min(years, key=lambda y: abs(12 * (y - today.year) + m - today.month))
    return today.year


def season_year(today: date, code: str, direction: Direction, strict: bool) -> int:
    """The year of the season `code` nearest `today` in the given direction (strict: wholly before or after
    today, so "l'hiver dernier" in January is the winter before the current one)."""
    seasons = [(y, cal.season(y, code)) for y in range(today.year - 2, today.year + 2)]
    if direction == "past":
        return max(y for y, (a, b) in seasons if (b < today if strict else a <= today))
    if direction == "future":
        return min(y for y, (a, b) in seasons if (a > today if strict else b >= today))
    holding = [y for y, (a, b) in seasons if a <= today <= b]
    if holding:
        return holding[0]
    if direction == "near":
        # "avaient promis de les publier à l'automne" in February: the autumn closest either side
        return min(seasons, key=lambda s: min(abs((s[1][0] - today).days), abs((s[1][1] - today).days)))[0]
    return today.year
