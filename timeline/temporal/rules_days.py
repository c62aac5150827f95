"""Rules for days and months: "le 19 juin 2024", "19/06/2024", "du 3 au 5 mai", "en mars", "mardi", holidays.

Reads: a `Candidate` and the text around it. Writes: `Piece`s, or None when the hit is not a date after all
("Mars" the planet, an unknown month); an impossible day ("le 32 mars") claims its span and reports nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from timeline.schema import Granularity
from timeline.temporal import calendar as cal
from timeline.temporal import normalise
from timeline.temporal import words as w
from timeline.temporal.context import (
    Context,
    Direction,
    Interval,
    Result,
    absolute,
    from_dct,
    month_year,
    unresolved,
    weekday_near,
)
from timeline.temporal.lexicon import Lexicon, alternation, load, norm
from timeline.temporal.patterns import Candidate
from timeline.temporal.pieces import (
    Piece,
    Resolver,
    day_of,
    direction_for,
    episode_day,
    fronted,
    nearest_day,
    since,
    told_year,
    year_group,
    year_of_reference,
)


def read_date(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    g = c.match.groupdict()
    m = w.month(lx, g["m"])
    d = 1 if norm(g["d"]) in ("1er", "1re", "premier") else int(g["d"]) if g["d"].isdigit() else None
    if m is None or d is None:
        return None
    if not 1 <= d <= cal.last_day(2000, m):
        # an impossible day ("le 32 mars", "le 30 février 2023") claims its span and reports nothing
        return [Piece(c.start, c.end, lambda ctx: None)]
    wd = lx.weekdays.get(norm(g["wd"])) if g["wd"] else None
    mod = w.modifier(lx, g["mod"])
    after_told = w.anchored_modifier(g["mod"])  # "le 29 novembre suivant": after the date the text told

    opened = "depuis" if w.previous_word(text, c.start) == "depuis" else None
    # "la cérémonie de ce 12 juillet": the one of the news, not of a year the text told before
    this = bool(_THIS.search(text, c.start, c.match.start("d"))) or w.previous_word(text, c.start) == "ce"
    # "le 13 janvier et le 24 mars 2017": the year closing a list of days is the year of each of them
    shared = None if g["y"] or mod else _AND_DAY_YEAR.match(text, c.end)

    def res(ctx: Context) -> Result | None:
        return since(resolve(ctx), ctx, opened)

    def resolve(ctx: Context) -> Result | None:
        y = year_group(c, "y", ctx)
        if y is not None:
            if not cal.valid_day(y, m, d):
                return None
            return absolute(cal.day(date(y, m, d)), "day")
        if after_told and ctx.reference is not None and ctx.reference.interval is not None:
            return _told_neighbour(ctx.reference.interval, m, d, forward=mod == "future")
        if shared is not None:
            m2, d2 = w.month(lx, shared.group("m")), day_of(shared.group("d"))
            y = int(shared.group("y")) - (1 if m2 is not None and d2 is not None and (m, d) > (m2, d2) else 0)
            if cal.valid_day(y, m, d) and (wd is None or date(y, m, d).weekday() == wd):
                return absolute(cal.day(date(y, m, d)), "day")
        y_ref = None if this else year_of_reference(ctx, c.start) or _month_told(ctx, c.start, m)
        if g.get("same"):  # "le 18 juillet de cette année-là"
            y_ref = told_year(ctx) or y_ref
        if y_ref is not None and not mod and _listed_earlier(ctx, c.start, m, d):
            y_ref += 1
        elif (
            y_ref is not None
            and not mod
            and not g.get("same")  # "le 8 septembre de la même année"
            and cal.valid_day(y_ref, m, d)
            and _day_after_told(ctx, y_ref, m, d)
        ):
            y_ref += 1
        if y_ref is not None and cal.valid_day(y_ref, m, d) and wd is not None:
            y_ref = y_ref if date(y_ref, m, d).weekday() == wd else None  # "mardi 5 novembre": a Tuesday
        if y_ref is not None and cal.valid_day(y_ref, m, d) and _gone_but_ahead(ctx, c, date(y_ref, m, d)):
            y_ref = None
        if y_ref is not None and cal.valid_day(y_ref, m, d) and not mod:
            return Result(
                cal.day(date(y_ref, m, d)), "day", date(y_ref, m, d).isoformat(), "previous", confidence=0.8
            )
        if ctx.today is None:
            return unresolved("day")
        direction, strict = direction_for(ctx, c, mod)
        found = nearest_day(ctx, m, d, direction, strict or this, wd, (c.start, c.end))
        return from_dct(cal.day(found) if found else None, "day")

    return [Piece(c.start, c.end, res)]


def _next_month_of_news(ctx: Context, c: Candidate, m: int) -> bool:
    """Whether month `m`, read as gone, is rather the month after the news: the next month, not told in the
    imperfect or the pluperfect, in a text whose latest date is not of an earlier year ("Il y a un an [...] En
    août").
    A past read there mostly comes from a verb the date does not hang on, or from none ("évoque une réunion
    de ses homologues dans le courant de septembre" in August, "qui comptait regagner l'Angleterre début
    mars" in February). Over our gold sets: 8 dates fixed, 2 more put in their year, none lost; two months
    ahead lost more dates than it fixed. Not a month that opens its sentence before a comma ("En janvier,
    Carlsen a dépassé [...]" in December): the sentence's verb tells of it."""
    assert ctx.today is not None
    if (m - ctx.today.month) % 12 != 1 or ctx.told_before(c.start, c.end):
        return False
    if fronted(ctx.text, c.start, c.end):
        return False  # "En janvier, Magnus Carlsen a dépassé [...]" in December: the sentence's verb tells
    ref = ctx.reference
    return ref is None or ref.interval is None or ref.interval[1].year >= ctx.today.year


def _gone_but_ahead(ctx: Context, c: Candidate, last: date) -> bool:
    """Whether the year an earlier date lends puts a day or month (ending on `last`) before the news, though
    its verb tells of what is to come ("Routh, arrêté le 15 septembre 2024, doit être jugé à partir de
    septembre" in July 2025): the verb wins."""
    if ctx.today is None or last >= ctx.today:
        return False
    return direction_for(ctx, c, "")[0] == "future"


def _month_told(ctx: Context, start: int, m: int) -> int | None:
    """The year of month `m` when the text's previous expression, in the same sentence, names that very month
    ("En août, le feu s'est ravivé : reparti le 10 août", "En août" read as August 2022): a day of it."""
    ref = ctx.reference
    if ref is None or ref.interval is None or ref.granularity != "month" or ctx.reference_end < 0:
        return None
    a, b = ref.interval
    if (a.year, a.month) != (b.year, b.month) or a.month != m:
        return None
    said = _MONTH_WORD.findall(ctx.text, max(0, ctx.reference_start), ctx.reference_end)
    if [w.month(load(), x) for x in said] != [m]:
        return None  # only an expression that names the month ("En août"), not a day blurred to its month
    gap = ctx.text[ctx.reference_end : start]
    return None if len(gap) > 200 or _STOP.search(gap) else a.year


_STOP = re.compile(r"[.!?\n]")
_MONTHS = alternation(load().months)
_MONTH_WORD = re.compile(rf"\b(?:{_MONTHS})\b", re.IGNORECASE)


# "celles des 29 et 30 octobre 2022 et du 25 mars": a list of dates runs forward
_LISTED = re.compile(
    r"\s*(?:,|\bet)\s+(?:(?:celles?|ceux|celui)\s+)?(?:du|de\s+la|des|le|la|les)?\s*", re.IGNORECASE
)


def _listed_earlier(ctx: Context, start: int, m: int, d: int) -> bool:
    """Whether the day-month at `start` follows the date the text just told in a list ("et du 25 mars") and
    falls before it within that date's year: such a list goes on in time, so the day is of the next year."""
    ref = ctx.reference.interval if ctx.reference is not None else None
    if ref is None or ctx.reference_end < 0 or not _LISTED.fullmatch(ctx.text, ctx.reference_end, start):
        return False
    y = ref[0].year
    return cal.valid_day(y, m, d) and cal.valid_day(y + 1, m, d) and date(y, m, d) < ref[0]


def _told_neighbour(told: tuple[date, date], m: int, d: int, forward: bool) -> Result | None:
    """The first `d` `m` after the told interval ("suivant"), or the last before it ("précédent")."""
    years = range(told[1].year, told[1].year + 2) if forward else range(told[0].year, told[0].year - 2, -1)
    for y in years:
        day = date(y, m, d) if cal.valid_day(y, m, d) else None
        if day is not None and (day > told[1] if forward else day < told[0]):
            return Result(cal.day(day), "day", day.isoformat(), "previous", confidence=0.8)
    return None


def read_nightdays(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    """ "En octobre dernier, dans la nuit du 14 au 15": two days in a row of the month the text last told."""
    d1, d2 = day_of(c.match.group("d1")), day_of(c.match.group("d2"))
    if d1 is None or d2 is None or not (d2 == d1 + 1 or (d2 == 1 and d1 >= 28)):
        return None
    return [Piece(c.start, c.end, _of_month_told(d1, cal.night))]


def read_weekday_number(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    """ "Le lundi 26" with no month: the day `d` of a month near the news (three either side) that falls on
    that weekday, behind for a past, ahead for a future, else the nearest ("Le lundi 26, le GIGN donne
    l'assaut" in a paper of January 1995 is 26 December 1994)."""
    g = c.match.groupdict()
    if w.proper_noun_use(text, c.match.start("wd"), g["wd"]):
        return None
    wd, d = lx.weekdays[norm(g["wd"])], day_of(g["d1"])
    if d is None or not 1 <= d <= 31:
        return None

    def res(ctx: Context) -> Result | None:
        if ctx.today is None:
            return unresolved("day")
        direction, _ = direction_for(ctx, c, "")
        y, m = ctx.today.year, ctx.today.month
        days = []
        for k in range(-3, 4):
            yy, mm = y + (m - 1 + k) // 12, (m - 1 + k) % 12 + 1
            if cal.valid_day(yy, mm, d) and date(yy, mm, d).weekday() == wd:
                days.append(date(yy, mm, d))
        today = ctx.today
        behind = [x for x in days if x <= (ctx.news_end or today)]
        ahead = [x for x in days if x >= (ctx.news_start or today)]
        if direction == "past" and behind:
            found = max(behind)
        elif direction == "future" and ahead:
            found = min(ahead)
        elif days:
            found = min(days, key=lambda x: abs((x - today).days))
        else:
            return None
        return from_dct(cal.day(found), "day", confidence=0.8)

    return [Piece(c.start, c.end, res)]


def read_monthday(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    """ "Le 14 au soir": that day of the month the text last told."""
    d1 = day_of(c.match.group("d1"))
    return None if d1 is None else [Piece(c.start, c.end, _of_month_told(d1, cal.day))]


def _of_month_told(d: int, span: Callable[[date], cal.Interval]) -> Resolver:
    """A resolver for day `d` of the month the text last told (its latest date resolved on its own, when that
    lies within one month), as the interval `span` gives from it (the day, or the night it opens)."""

    def res(ctx: Context) -> Result | None:
        ref = ctx.reference.interval if ctx.reference is not None else None
        if ref is None or (ref[0].year, ref[0].month) != (ref[1].year, ref[1].month):
            return unresolved("day")
        y, m = ref[0].year, ref[0].month
        if not cal.valid_day(y, m, d):
            return None
        first = date(y, m, d)
        return Result(span(first), "day", first.isoformat(), "previous", confidence=0.7)

    return res


def read_numeric(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    g = c.match.groupdict()
    if g["iy"]:
        d, m, ys = int(g["id"]), int(g["im"]), g["iy"]
    else:
        d, m, ys = int(g["d"]), int(g["m"]), g["y"]
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None

    def res(ctx: Context) -> Result | None:
        y = int(ys) if len(ys) == 4 else w.two_digit_year(int(ys), ctx.today.year if ctx.today else None)
        found = normalise.numeric_date(d, m, y)
        return absolute(cal.day(found), "day") if found else None

    return [Piece(c.start, c.end, res)]


_THIS = re.compile(r"\bce\s", re.IGNORECASE)
_AND_THE = re.compile(r"\s+et\s+le\s+", re.IGNORECASE)


def _range_years(y1: int | None, y2: int | None, in_order: bool) -> tuple[int, int]:
    """Both years of a range when one end gives none: "du 3 mars 2023 au 5 mai" ends in 2023, "du 19 juin
    2024 au 5 mai" in 2025, "de juin à mai 2024" starts in 2023 (the nearest year that keeps it in order)."""
    if y2 is None:
        assert y1 is not None
        y2 = y1 if in_order else y1 + 1
    return (y1 if y1 is not None else (y2 if in_order else y2 - 1)), y2


def _range_holding(today: date, m1: int, d1: int, m2: int, d2: int) -> date | None:
    """The last day of the range of days and months that holds `today` ("une exposition, présentée du 5 au
    28 février" on 5 February: this February's, whatever the tense), if one does."""
    for y2 in (today.year, today.year + 1):
        y1, _ = _range_years(None, y2, (m1, d1) <= (m2, d2))
        if not (cal.valid_day(y1, m1, d1) and cal.valid_day(y2, m2, d2)):
            continue
        first, last = date(y1, m1, d1), date(y2, m2, d2)
        # a night ("la nuit du 31 août au 1er septembre") on the news day is an anniversary's as often
        if (last - first).days >= 2 and first <= today <= last:
            return last
    return None


def read_dayrange(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    """ "du 3 au 5 mai", "entre le 3 et le 5 mai", "3-5 mai", "du lundi 4 au mardi 5 avril": one span. Without
    "entre", "le 30 décembre et le 2 janvier" names two days (the date rule reads each)."""
    g = c.match.groupdict()
    said = c.match.group(0)
    if _AND_THE.search(said) and not said.lower().startswith("entre"):
        return None
    if g["wd1"] and g["m1"]:
        return None  # "du mercredi 3 avril au samedi 6 avril": two full dates, each read on its own
    d1, d2 = day_of(g["d1"]), day_of(g["d2"])
    m2 = w.month(lx, g["m2"])
    m1 = w.month(lx, g["m1"]) if g["m1"] else m2
    if d1 is None or d2 is None or m1 is None or m2 is None or (m1 == m2 and not g["y1"] and d1 >= d2):
        return None
    mod = w.modifier(lx, g["mod"])

    def res(ctx: Context) -> Result | None:
        y2 = year_group(c, "y2", ctx)
        y1 = year_group(c, "y1", ctx)
        anchor_dct = y2 is None and y1 is None
        if anchor_dct:
            if ctx.today is None:
                return unresolved("day")
            held = None if mod else _range_holding(ctx.today, m1, d1, m2, d2)
            last = held or nearest_day(ctx, m2, d2, *direction_for(ctx, c, mod), None, (c.start, c.end))
            if last is None:
                return None
            y2 = last.year
        y1, y2 = _range_years(y1, y2, (m1, d1) <= (m2, d2))
        if not (cal.valid_day(y1, m1, d1) and cal.valid_day(y2, m2, d2)):
            return None
        iv = (date(y1, m1, d1), date(y2, m2, d2))
        return from_dct(iv, "day") if anchor_dct else absolute(iv, "day")

    return [Piece(c.start, c.end, res)]


_LIST_DAY = re.compile(r"[^\s,]+")


def read_daylist(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    """ "les 6 et 13 avril": one date per day; "les 19 et 20 juillet", "les 2, 3 et 4 mai": consecutive days
    are one stay, a single interval."""
    g = c.match.groupdict()
    m = w.month(lx, g["m"])
    spans = [(c.start, c.match.end("d1"), day_of(g["d1"]))]
    spans += [
        (c.match.start("mid") + x.start(), c.match.start("mid") + x.end(), day_of(x.group()))
        for x in _LIST_DAY.finditer(g["mid"] or "")
    ]
    spans.append((c.match.start("d2"), c.end, day_of(g["d2"])))
    days = [d for _, _, d in spans if d is not None]
    if m is None or len(days) != len(spans) or not all(d <= cal.last_day(2000, m) for d in days):
        return None
    mod = w.modifier(lx, g["mod"])

    def make(first: int, last: int) -> Resolver:
        def res(ctx: Context) -> Result | None:
            y = year_group(c, "y", ctx)
            if y is not None:
                ok = cal.valid_day(y, m, first) and cal.valid_day(y, m, last)
                return absolute((date(y, m, first), date(y, m, last)), "day") if ok else None
            if ctx.today is None:
                return unresolved("day")
            found = nearest_day(ctx, m, last, *direction_for(ctx, c, mod), None, (c.start, c.end))
            if found is None or not cal.valid_day(found.year, m, first):
                return None
            return from_dct((date(found.year, m, first), found), "day")

        return res

    if all(b == a + 1 for a, b in zip(days, days[1:], strict=False)):
        return [Piece(c.start, c.end, make(days[0], days[-1]))]
    return [Piece(s, e, make(d, d)) for (s, e, _), d in zip(spans, days, strict=True)]


def read_monthrange(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    g = c.match.groupdict()
    m1, m2 = w.month(lx, g["m1"]), w.month(lx, g["m2"])
    joined = c.match.group(0)
    if m1 is None or m2 is None or m1 == m2:
        return None
    lead = norm(joined.split()[0])
    if " et " in f" {norm(joined)} " and lead != "entre":
        return None
    if any(w.proper_noun_use(text, c.match.start(k), g[k]) for k in ("m1", "m2")):
        return None
    start = c.start if lead in ("entre",) or g["y1"] else c.match.start("m1")
    mod = w.modifier(lx, g["mod"])

    def res(ctx: Context) -> Result | None:
        y2 = year_group(c, "y2", ctx)
        y1 = year_group(c, "y1", ctx)
        rel = y1 is None and y2 is None
        if rel:
            if ctx.today is None:
                return unresolved("month")
            direction, strict = direction_for(ctx, c, mod)
            y2 = month_year(ctx.today, m2, direction, strict)
        y1, y2 = _range_years(y1, y2, m1 < m2)
        iv = (cal.month(y1, m1)[0], cal.month(y2, m2)[1])
        return from_dct(iv, "month") if rel else absolute(iv, "month")

    return [Piece(start, c.end, res)]


_FOR_MONTH = re.compile(r"(?:\bpour|\bd['’]ici(?:\s+à)?|\bavant)\s+$", re.IGNORECASE)
# "le 13 janvier et le 24 mars 2017": the first day takes the year the second names
_AND_DAY_YEAR = re.compile(
    rf"\s*(?:,|\bet|\bou|\bpuis)\s+(?:(?:le|du|au)\s+)?(?P<d>1er|\d{{1,2}})\s+(?P<m>{_MONTHS})\s+(?P<y>\d{{4}})\b",
    re.IGNORECASE,
)
# "en janvier et février 2014": the first month takes the year the second names
_AND_MONTH_YEAR = re.compile(
    rf"\s*(?:,|\bet|\bou|\bpuis)\s+(?:en\s+)?({_MONTHS})\s+(\d{{4}})\b", re.IGNORECASE
)


def read_month(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    g = c.match.groupdict()
    m = w.month(lx, g["m"])
    if m is None or w.proper_noun_use(text, c.match.start("m"), g["m"]):
        return None
    en = norm(g["en"] or "").strip()
    # "de septembre" counts as a cue only in lower case ("la rentrée de septembre"; "de Mars" is a name)
    said = g["y"] or g.get("same") or g["part"] or g["open"] or g["mod"]
    cued = bool(said or en and (en not in ("de", "d'") or g["m"].islower()))
    # "une mise à jour pour avril", "d'ici juin", "avant février": a month set as a target or a deadline
    cued = cued or (g["m"].islower() and _FOR_MONTH.search(text, max(0, c.start - 8), c.start) is not None)
    if not cued:
        return None
    part = lx.parts.get(norm(g["part"])) if g["part"] else None
    mod = w.modifier(lx, g["mod"])
    start = c.match.start("m") if en in ("de", "d'") and not g["open"] and not g["part"] else c.start
    if en in ("de", "d'") and g["part"]:
        start = c.match.start("part")
    shared = None if g["y"] else _AND_MONTH_YEAR.match(text, c.end)

    def res(ctx: Context) -> Result | None:
        y = year_group(c, "y", ctx)
        gran: Granularity = "part" if part else "month"
        anchor_prev = False
        if y is None and not mod and shared is not None:
            m2 = w.month(lx, shared.group(1))
            y = int(shared.group(2)) - (1 if m2 is not None and m > m2 else 0)  # "décembre et janvier 2015"
        if y is None and g.get("same"):  # "en octobre de la même année"
            y = told_year(ctx)
            anchor_prev = y is not None
        if y is None and not mod:
            y = year_of_reference(ctx, c.start)
            if y is not None and _gone_but_ahead(ctx, c, cal.month(y, m)[1]):
                y = None
            if y is not None and _month_after_told(ctx, y, m):
                y += 1
            anchor_prev = y is not None
        if y is None:
            if ctx.today is None:
                return unresolved(gran)
            if not mod and m == ctx.today.month:
                y = ctx.today.year  # the DCT's own month: same year whatever the tense
            else:
                direction, strict = direction_for(ctx, c, mod)
                y = month_year(ctx.today, m, direction, strict)
                if direction == "past" and not strict and _next_month_of_news(ctx, c, m):
                    y = ctx.today.year + (1 if m < ctx.today.month else 0)
            anchor_dct = True
        else:
            anchor_dct = False
        iv: Interval = cal.month_part(y, m, part) if part else cal.month(y, m)
        r = from_dct(iv, gran, mod=part or "") if anchor_dct else absolute(iv, gran, mod=part or "")
        if anchor_prev and r is not None:
            r = Result(r.interval, r.granularity, r.value, "previous", confidence=0.8, mod=r.mod)
        return since(r, ctx, g["open"])

    return [Piece(start, c.end, res)]


def _day_after_told(ctx: Context, y: int, m: int, d: int) -> bool:
    """Whether a day-month that takes the year of a day or month the text just told, and comes before it
    in that year by more than `FLASHBACK_DAYS`, is of the next year (see `_month_after_told`): a few weeks
    before is mostly what led to it ("mort le 25 novembre 2020 [...] une opération pratiquée le 3
    novembre")."""
    told = _told_start(ctx)
    if told is None or ctx.today is None or (told - date(y, m, d)).days <= FLASHBACK_DAYS:
        return False
    return cal.valid_day(y + 1, m, d) and date(y + 1, m, d) <= ctx.today


FLASHBACK_DAYS = 62
"""How far before a told day a day-month keeps that day's year (see `_day_after_told`). Over 211 gold sets,
the next year for every earlier day-month fixed 8 dates and lost 4, three of them within this many days."""


def _month_after_told(ctx: Context, y: int, m: int) -> bool:
    """Whether a month that takes the year of a day or month the text just told, and comes before it in that
    year, is of the next year ("le 15 novembre 1959, il atteignait 5 530 mètres ; début janvier, [...]" in a
    paper of February 1960): the story runs on, unless that next year is still ahead of the news."""
    told = _told_start(ctx)
    return told is not None and ctx.today is not None and m < told.month and date(y + 1, m, 1) <= ctx.today


def _told_start(ctx: Context) -> date | None:
    """The first day of the day or month (or part of one) the text just told, which `_day_after_told` and
    `_month_after_told` compare with."""
    ref = ctx.reference
    if ref is None or ref.interval is None or ref.granularity not in ("day", "month", "part"):
        return None
    return ref.interval[0]


_WDAY = alternation(load().weekdays)
_HABITUAL = re.compile(
    rf"(?:\b(?:chaque|tous\s+les|toutes\s+les)\s+$)|(?:\bdu\s+(?:{_WDAY})\s+au\s+$)", re.IGNORECASE
)
_RANGE_TO_WEEKDAY = re.compile(rf"\s+au\s+(?:{_WDAY})\b", re.IGNORECASE)
# "ce vendredi-là": the Friday of the story being told, not of the news
_THAT = re.compile(r"[-‑]l[àa](?![\w])", re.IGNORECASE)


def _told_weekday(ctx: Context, wd: int, keep_today: bool = False) -> date | None:
    """The latest day the text told that falls on weekday `wd`, the news day left out unless `keep_today`:
    "« Depuis ce jeudi-là »" in an article of September 2022 recalls the Thursday 14 December 2017 it told,
    not a Thursday of the trial's week; "le même dimanche" is the Sunday told, whichever it is."""
    # the news day is known only under a day-precise DCT (a month-precise one is read from two bounds, and
    # neither is the news day)
    news_day = ctx.today if ctx.news_day_known and not keep_today else None
    for _, r in reversed(ctx.days):
        if r.interval is None or (r.interval[1] - r.interval[0]).days > 1:
            continue
        for day in (r.interval[0], r.interval[1]):
            if day.weekday() == wd and day != news_day:
                return day
    return None


_SHARED_MOD = re.compile(rf"\s+et\s+(?:le\s+)?(?:{_WDAY})\s+(?P<mod>\w+)", re.IGNORECASE)


def _night_morning(g: dict[str, str | None], lx: Lexicon) -> tuple[int, int] | None:
    """(month, day) of the morning a night's trailing date names ("de samedi à dimanche 8 juin")."""
    nd, nm = g.get("nd"), g.get("nm")
    d = day_of(nd) if nd else None
    m = lx.months.get(norm(nm)) if nm else None
    return (m, d) if d is not None and m is not None else None


def read_weekday(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    g = c.match.groupdict()
    if w.proper_noun_use(text, c.match.start("wd"), g["wd"]):
        return None
    wd = lx.weekdays[norm(g["wd"])]
    mod = w.modifier(lx, g.get("mod"))
    shared = _SHARED_MOD.match(text, c.end) if not mod else None
    if shared and norm(shared.group("mod")).endswith("s"):
        mod = w.modifier(lx, shared.group("mod"))  # "mardi et mercredi derniers": both days gone
    det = norm(g.get("det") or "")
    if c.rule == "weekday" and _HABITUAL.search(text[max(0, c.start - 40) : c.start]) and not mod:
        return None  # "chaque mardi", "du lundi au vendredi": a set of days, not one
    if c.rule == "weekday" and _RANGE_TO_WEEKDAY.match(text, c.end):
        return None

    that_at = _THAT.match(text, c.end) if det == "ce" else None
    that = that_at is not None
    same = det.endswith("même")  # "le même dimanche": the Sunday the text told
    if c.rule == "weekday" and not det and _INDEFINITE.search(text, max(0, c.start - 4), c.start):
        return None  # "un dimanche" names a day only set beside it (`temporal._on_indefinite_weekday`)

    morning = _night_morning(g, lx) if c.rule == "nightspan" else None
    # "le jeudi précédent", "le samedi suivant": counted from the day the text last told, not from the news
    from_told = w.anchored_modifier(g.get("mod")) and det == "le" and c.rule == "weekday"
    step = 1 if mod == "future" else -1

    def res(ctx: Context) -> Result | None:
        ref = ctx.day_reference
        today = ctx.today
        if from_told and ref is not None and ref.interval is not None:
            last = ref.interval[0] if step < 0 else ref.interval[1]
            day = next(
                x for x in (last + timedelta(days=step * k) for k in range(1, 8)) if x.weekday() == wd
            )
            return Result(cal.day(day), "day", day.isoformat(), "previous", confidence=0.8)
        if morning is not None and today is not None:
            # "dans la nuit de samedi à dimanche 8 juin": the Sunday 8 June nearest the news
            years = (today.year - 1, today.year, today.year + 1)
            days = [date(y, *morning) for y in years if cal.valid_day(y, *morning)]
            days = [d for d in days if d.weekday() == (wd + 1) % 7]
            if days:
                last = min(days, key=lambda d: abs((d - today).days))
                return from_dct(cal.night(last - timedelta(days=1)), "day", confidence=0.9)
        if (that or same) and (told := _told_weekday(ctx, wd, keep_today=same)) is not None:
            return Result(cal.day(told), "day", told.isoformat(), "previous", confidence=0.8)
        if that and ref is not None and ref.interval is not None:
            # no such weekday told: the named weekday nearest the day the text last named
            last = ref.interval[0]
            day = min(
                (last + timedelta(days=k) for k in range(-3, 4)),
                key=lambda d: (d.weekday() != wd, abs((d - last).days)),
            )
            return Result(cal.day(day), "day", day.isoformat(), "previous", confidence=0.7)
        if ctx.today is None:
            return unresolved("day")
        if det.startswith("depuis") and not mod:
            direction: Direction = "past"  # "depuis mardi": a day already gone
            strict = False
        elif not mod and ctx.today.weekday() == wd and c.rule != "nightspan":
            told_day = ctx.day_reference
            week_ago = ctx.today - timedelta(days=7)
            same_week = told_day is not None and told_day.interval == cal.day(week_ago) and det != "ce"
            if same_week and ctx.tense(c.start, c.end) == "past":
                # "Une semaine après son inauguration, samedi dernier, [...] Ouvert dès samedi soir" in a
                # paper of Saturday: the Saturday just told, not the news day
                return Result(cal.day(week_ago), "day", week_ago.isoformat(), "previous", confidence=0.7)
            direction, strict = "past", False  # the DCT's own weekday: same day whatever the tense
        else:
            direction, strict = direction_for(ctx, c, mod)
            if c.rule == "nightspan" and direction == "past":
                strict = True  # the night the DCT's day opens is still ahead: one told as gone is a week back
            elif c.rule == "nightspan" and direction == "present" and (wd + 1) % 7 == ctx.today.weekday():
                # "deuxième sur la ligne dans la nuit de mercredi à jeudi, prend la troisième place" on a
                # Thursday: the night that ended on the news day, not one a week ahead
                direction = "past"
        found = weekday_near(ctx.today, wd, direction if direction in ("past", "near") else "future", strict)
        if mod in ("past", "future") and abs((found - ctx.today).days) == 1:
            # "mercredi dernier" in a paper of Thursday is the Wednesday of the week before, "mercredi
            # prochain" on a Tuesday that of the week after: the day next to the news day is "hier" or
            # "demain" (over our gold sets, no weekday with a modifier names either; four name the other)
            found += timedelta(days=7 if found > ctx.today else -7)
        r = from_dct(cal.day(found), "day", confidence=0.9 if (mod or det == "ce") else 0.7)
        if c.rule == "nightspan" and r.interval is not None:
            # "dans la nuit de lundi à mardi" spans both days, as "dans la nuit du 30 au 31 mars" does
            r = replace(r, interval=cal.night(found))
        return since(r, ctx, det if det.startswith("depuis") else None)

    return [Piece(c.start, that_at.end() if that_at else c.end, res)]


_INDEFINITE = re.compile(r"\bun\s+$", re.IGNORECASE)
_THING_OF = re.compile(r"([^\W\d_]+)\s+(?:(?:de|du|des|d['’])\s*)?$")


def read_holiday(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    g = c.match.groupdict()
    kind, a, b = lx.holidays[norm(g["h"])]
    thing = _THING_OF.search(text, max(0, c.start - 30), c.start) if c.start == c.match.start("h") else None
    if thing and norm(thing.group(1)) in lx.holiday_things:
        return None  # "le marché de Noël", "le Père Noël": a name, not a date
    if thing and norm(thing.group(1)) in lx.holiday_events and not g["y"] and not kind.isdigit():
        return None  # "cinq ans après les attentats de Pâques": which Easter the phrase does not say
    mod = w.modifier(lx, g["mod"])
    # "la nuit du Nouvel An": the night that day opens, to the next morning
    night = any(p in norm(g["h"]).split() for p in lx.night_parts)
    span = cal.night if night else cal.day

    def on(y: int) -> list[date]:
        if kind == "easter":
            return [cal.easter(y) + timedelta(days=a)]
        if kind in ("hebrew", "hijri"):
            return cal.religious_days(kind, y, a, b)
        return [date(y, a, b)]

    def res(ctx: Context) -> Result | None:
        y = year_group(c, "y", ctx)
        if y is not None:
            days = on(y)
            return absolute(span(days[0]), "day") if days else None
        if kind.isdigit() and (ctx.today is None or on(int(kind))[0] <= ctx.today):
            return absolute(span(on(int(kind))[0]), "day")  # "depuis le 11-Septembre": that one day
        if ctx.today is None:
            return unresolved("day")
        direction, strict = direction_for(ctx, c, mod)
        t = ctx.today
        if kind not in ("easter", "hebrew", "hijri") and direction in ("past", "present") and not strict:
            episode = episode_day(ctx, a, b)  # "le jour de Noël" of the December 1989 the text tells
            if episode is not None:
                return from_dct(span(episode), "day", confidence=0.7)
        options = on(t.year - 1) + on(t.year) + on(t.year + 1)
        if not options:
            return None
        found: date | None
        if direction == "near":  # a plan told from the past ("devait briser, le jour de Noël"): either side
            found = min(options, key=lambda d: (abs((d - t).days), d))
        elif direction == "past":
            found = max((d for d in options if d < t or (d == t and not strict)), default=None)
        else:
            found = min((d for d in options if d > t or (d == t and not strict)), default=None)
        return None if found is None else from_dct(span(found), "day", confidence=0.7)

    return [Piece(c.start, c.end, res)]


def read_ordwday(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    """'le premier dimanche du printemps', 'le dernier lundi de septembre': the n-th weekday of a period."""
    g = c.match.groupdict()
    k = -1 if norm(g["ord"]) == "dernier" else lx.ordinals.get(norm(g["ord"]))
    if k is None or not (k == -1 or 1 <= k <= 4):
        return None
    wd = lx.weekdays[norm(g["wd"])]
    m = w.month(lx, g["m"]) if g["m"] else None
    code = lx.seasons.get(norm(g["s"])) if g["s"] else None

    def nth(y: int) -> date | None:
        a, b = cal.month(y, m) if m is not None else cal.season(y, code or "SU")
        if k == -1:
            found = b - timedelta(days=(b.weekday() - wd) % 7)
        else:
            found = a + timedelta(days=(wd - a.weekday()) % 7 + 7 * (k - 1))
        return found if a <= found <= b else None

    def res(ctx: Context) -> Result | None:
        y = year_group(c, "y", ctx) if m is not None else year_group(c, "sy", ctx)
        if y is not None:
            found = nth(y)
            return absolute(cal.day(found), "day") if found else None
        if ctx.today is None:
            return unresolved("day")
        # the day itself, not its period, is what lies before or after the DCT
        direction = direction_for(ctx, c, "")[0]
        t = ctx.today
        options = [d for d in (nth(t.year - 1), nth(t.year), nth(t.year + 1)) if d is not None]
        if direction == "past":
            options = [d for d in options if d <= t] or options
        else:
            options = [d for d in options if d >= t] or options
        found = min(options, key=lambda d: abs((d - t).days)) if options else None
        return from_dct(cal.day(found), "day") if found else None

    return [Piece(c.start, c.end, res)]
