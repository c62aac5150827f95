"""Guess a publication date (DCT) from the expressions of a text read without one.

Reads: the text and its timexes found with no DCT. Writes: a PubDate of origin "inferred" (or none).
Evidence, from surest to weakest:
- the latest absolute date the text presents as past or present (a future tense, "prochain", "d'ici", "à
  partir de" around it mark a plan, not the news: "Los Angeles, hôte des prochains Jeux en 2028");
- a weekday written with a day and month but no year ("ce samedi 4 août") pins the first year on or after
  that latest date where the weekday fits;
- "il y a N ans" ("remonte à N ans", "voici N ans") beside an absolute date ("en juillet 2000, il y a un
  an") gives that date plus N, at year precision;
- "<mois> dernier" puts the DCT within the year after that month;
- "ce <weekday>" names the DCT's weekday: after a latest date that is a day, the first such weekday on or
  after it is the DCT, at day precision ("lundi 15 avril 2019 ... éteint ce mardi matin": 16 April).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import lru_cache

from timeline.temporal import calendar as cal
from timeline.temporal.lexicon import Lexicon, alternation, norm
from timeline.temporal.tense import TenseOracle
from timeline.temporal.types import FINE, PubDate, Timex
from timeline.temporal.words import SENTENCE_STOP

_PAST_MONTH = re.compile(r"(\w+)\s+(?:dernier|passé)$", re.IGNORECASE)
_AGO = re.compile(r"\bil\s+y\s+a\b", re.IGNORECASE)
_PLAN_BEFORE = re.compile(
    r"(?:\bprochaine?s?|\bd['’]ici|\bà\s+partir\s+d[eu']?|\bà\s+l['’]horizon|\bprévue?s?|\bprogrammée?s?"
    r")"
    r"[^.;!?\n]{0,40}$",
    re.IGNORECASE,
)
# "invités à rejoindre le groupe le ...": an infinitive of purpose points ahead unless the verb is past
_PURPOSE_BEFORE = re.compile(
    r"\bà\s+(?:se\s+|s['’])?[a-zàâçéèêëîïôûùüÿœ]{2,}(?:er|ir|re)\b[^.;!?\n]{0,40}$", re.IGNORECASE
)
_SINCE_BEFORE = re.compile(r"\bdepuis\b[^.;:,!?\n]{0,30}$", re.IGNORECASE)


def _planned(text: str, t: Timex, oracle: TenseOracle) -> bool:
    """True when the text presents `t` as a plan or a future (tense or a cue just before it); a date after
    "depuis" is gone whatever the verb ("déjà au plus bas depuis l'invasion de février 2022")."""
    if _SINCE_BEFORE.search(text, max(0, t.char_start - 40), t.char_start) or t.text.lower().startswith(
        "depuis"
    ):
        return False
    if _PLAN_BEFORE.search(text, max(0, t.char_start - 60), t.char_start) or _PLAN_BEFORE.search(t.text):
        return True
    tense = oracle.quick(t.char_start, t.char_end)
    if tense != "past" and _PURPOSE_BEFORE.search(text, max(0, t.char_start - 60), t.char_start):
        return True
    return tense == "future"


def _sentence(text: str, pos: int) -> tuple[int, int]:
    before = [m.end() for m in SENTENCE_STOP.finditer(text, max(0, pos - 300), pos)]
    after = SENTENCE_STOP.search(text, pos)
    return (before[-1] if before else max(0, pos - 300)), (after.start() if after else len(text))


def _weekday_dates(text: str, lx: Lexicon) -> list[tuple[int, int, int, int, bool]]:
    """(position, weekday, day, month, said "ce") of "samedi 4 août" written without a year."""
    pat = re.compile(
        rf"\b(ce\s+)?({alternation(lx.weekdays)})\s+(1er|\d{{1,2}})\s+({alternation(lx.months)})\b(?!\s*\d)",
        re.IGNORECASE,
    )
    out = []
    for m in pat.finditer(text):
        day = 1 if m.group(3).lower() == "1er" else int(m.group(3))
        out.append(
            (m.start(), lx.weekdays[norm(m.group(2))], day, lx.months[norm(m.group(4))], bool(m.group(1)))
        )
    return out


_GOES_BACK = re.compile(
    r"\b(?:remont\w*\s+à|voici|cela\s+fait|ça\s+fait)\s+"
    r"(?:(?:près|plus|moins|un\s+peu\s+plus)\s+d['’e]\s*|environ\s+)?"
    r"(?P<q>(?:un|une|[\w-]+)\s+(?:ans?|années?|mois))\b",
    re.IGNORECASE,
)


def _ago_estimates(text: str, timexes: Sequence[Timex], past: Sequence[Timex], shift: Shift) -> list[date]:
    """DCT estimates from "il y a N ans" (or "remonte à près de N ans", "voici N ans", "il y a N ans jour pour
    jour") in the sentence of an absolute date: that date plus N."""
    out = []
    cues = [
        (t.char_start, t.text)
        for t in timexes
        if t.anchor == "none" and _AGO.search(t.text) and t.granularity in ("year", "month", "day")
    ]
    cues += [(m.start(), "il y a " + m.group("q")) for m in _GOES_BACK.finditer(text)]
    for pos, phrase in cues:
        moved = shift(phrase)
        if moved is None:
            continue
        s, e = _sentence(text, pos)
        near = [a for a in past if s <= a.char_start < e and a.date_start is not None]
        if near:
            a = min(near, key=lambda a: abs(a.char_start - pos))
            assert a.date_start is not None
            out.append(a.date_start + moved)
    return out


Shift = Callable[[str], timedelta | None]


def infer(text: str, timexes: Sequence[Timex], lx: Lexicon, shift: Shift) -> PubDate:
    """The publication date of `text` guessed from its `timexes` (found with no DCT). `shift(phrase)` gives
    how far back a relative phrase ("il y a huit ans") reaches from a DCT."""
    oracle = TenseOracle(text)
    absolute = [t for t in timexes if t.anchor == "absolute" and t.date_start is not None]
    past = [t for t in absolute if not _planned(text, t, oracle)]
    fine = [t for t in past if t.granularity in FINE]
    years = [t for t in past if t.granularity == "year"]
    # a gone period is over: its last day is a floor (a season's end is fuzzy: its start)
    ends = [t.date_start if t.granularity == "season" else t.date_end for t in fine]
    floor = max((d for d in ends if d is not None), default=None)
    # a bare year counts only without finer dates ("les Jeux de 2024" names an event, not the news)
    latest_year = (
        None if floor else max((t.date_start.year for t in years if t.date_start is not None), default=None)
    )
    # "Depuis 2007, elle est à Concarneau": a state running from a year to the news puts the news after it,
    # finer dates or not
    since = [t.date_start.year for t in years if t.date_start is not None and t.mod == "SINCE"]
    if since and (floor is None or max(since) > floor.year):
        latest_year = max(latest_year or 0, max(since))
    ago = _ago_estimates(text, timexes, past, shift)
    if ago and (floor is None or max(ago).year > floor.year):
        latest_year = max(latest_year or 0, max(ago).year)  # "il y a huit ans" is not precise to the month
    if floor is None and latest_year is None:
        return PubDate(None)
    base = floor if floor is not None else date(latest_year or 1, 1, 1)
    if latest_year is not None and latest_year > base.year:
        base = date(latest_year, 1, 1)
    # a weekday written with its day and month pins the year: the first fitting one from the base on
    pinned: tuple[date, bool] | None = None
    for pos, wd, d, m, this in _weekday_dates(text, lx):
        # "Mi-mars 2005 [...] Le dimanche 29 mai": a weekday that fits the year the text was telling is of
        # that year, not a later one it would pin the news to
        before = [(t.char_start, t.date_start.year) for t in fine if t.char_start < pos and t.date_start]
        story = max(before, default=None)
        told = date(story[1], m, d) if story is not None and cal.valid_day(story[1], m, d) else None
        if told is not None and told.weekday() == wd:
            if told >= base.replace(day=1) and (pinned is None or told > pinned[0]):
                pinned = (told, this)
            continue
        for y in range(base.year, base.year + 12):
            if (
                cal.valid_day(y, m, d)
                and date(y, m, d) >= base.replace(day=1)
                and date(y, m, d).weekday() == wd
            ):
                if pinned is None or date(y, m, d) > pinned[0]:
                    pinned = (date(y, m, d), this)
                break
    if pinned is not None:
        day, this = pinned
        return PubDate(day, "day", "inferred") if this else PubDate(day.replace(day=1), "month", "inferred")
    if floor is None or base.year > floor.year:
        return PubDate(date(base.year, 1, 1), "year", "inferred")
    last = floor.replace(day=1)
    for t in timexes:
        cue = _PAST_MONTH.search(t.text) if t.anchor == "none" else None
        mm = lx.months.get(norm(cue.group(1))) if cue else None
        if mm is not None and mm > last.month:
            y, m2 = cal.add_months(last.year, mm, 1)
            last = max(last, date(y, m2, 1))
    last = max([last, *_months_told_after(text, timexes, fine, floor, lx, oracle)])
    today = _said_today(text, floor, fine, lx) if last == floor.replace(day=1) else None
    if today is not None:
        return PubDate(today, "day", "inferred")
    return PubDate(last, "month", "inferred")


_YEAR_IN = re.compile(r"\b\d{4}\b")


def _months_told_after(
    text: str, timexes: Sequence[Timex], fine: Sequence[Timex], floor: date, lx: Lexicon, oracle: TenseOracle
) -> list[date]:
    """The first days of the months named without a year and told in the past after the latest past date,
    later in its year ("Le 7 février 1994, il signait [...] Le 31 mars, les White Sox l'ont affecté [...]
    Depuis ses débuts, début avril"): the news is after them."""
    at = max((t.char_end for t in fine if t.date_end == floor), default=None)
    if at is None:
        return []
    told = sorted(
        (t.char_start, t.date_start.year)
        for t in timexes
        if t.anchor == "absolute" and t.date_start is not None and t.granularity in FINE
    )
    out = []
    for t in timexes:
        if t.anchor != "none" or t.char_start < at or _YEAR_IN.search(t.text):
            continue
        # not after a date of another year told since ("Ce départ clôt un cycle ouvert le 7 juillet 2022"); a
        # bare year said in passing does not move the story ("avaient atteint les quarts de finale en 1999")
        if next((y for pos, y in reversed(told) if pos < t.char_start), floor.year) != floor.year:
            continue
        months = [lx.months[x] for x in map(norm, t.text.split()) if x in lx.months]
        if len(months) == 1 and months[0] > floor.month and oracle.quick(t.char_start, t.char_end) == "past":
            out.append(date(floor.year, months[0], 1))
    return out


def _said_today(text: str, day: date, fine: Sequence[Timex], lx: Lexicon) -> date | None:
    """The day of the news when the latest date is a day written with its weekday: "ce <weekday>" names the
    DCT's own weekday in news French, so the DCT is the first such weekday on or after that day (within a
    week). None otherwise, or when the text says "ce" before several different weekdays."""
    weekdays = set(lx.weekdays)
    written = [t for t in fine if t.granularity == "day" and t.date_start == day]
    if not any(weekdays & {norm(x) for x in re.findall(r"\w+", t.text)} for t in written):
        return None  # only a day written with its weekday ("lundi 15 avril 2019") is recent news
    said = {lx.weekdays[norm(m.group(1))] for m in _THIS_WEEKDAY(lx).finditer(text)}
    if len(said) != 1:
        return None
    wd = said.pop()
    return day + timedelta(days=(wd - day.weekday()) % 7)


@lru_cache(maxsize=1)
def _this_weekday_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\bce\s+({alternation(words)})\b", re.IGNORECASE)


def _THIS_WEEKDAY(lx: Lexicon) -> re.Pattern[str]:  # noqa: N802
    return _this_weekday_pattern(tuple(sorted(lx.weekdays)))
