"""Interpretation of expressions relative to the DCT or to the previous date of the text.

'hier', 'la semaine dernière', 'il y a trois ans', 'dans deux mois' count from the DCT; 'trois ans plus tôt',
'le lendemain', '18 h' count from the dates already read in the text (the Context), falling back to the DCT.
Vague quantities ('il y a quelques mois', 'ces dernières années') give a wide interval flagged `vague`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from timeline.schema import Anchor, Granularity
from timeline.temporal import calendar as cal
from timeline.temporal import normalise
from timeline.temporal import words as w
from timeline.temporal.context import Context, Interval, Result, from_dct, unresolved, value_of
from timeline.temporal.lexicon import Lexicon, alternation, load, norm
from timeline.temporal.patterns import Candidate
from timeline.temporal.tense import TenseOracle

Resolver = Callable[[Context], Result | None]
Pieces = list[tuple[int, int, Resolver]]

_VAGUE_RANGE = {
    "hour": (2, 8),
    "minute": (2, 30),
    "day": (2, 7),
    "week": (2, 6),
    "month": (2, 6),
    "year": (2, 10),
    "decade": (2, 5),
    "century": (2, 3),
}
_UNIT_GRAN: dict[str, Granularity] = {
    "hour": "day",
    "minute": "day",
    "day": "day",
    "week": "week",
    "month": "month",
    "quarter": "quarter",
    "half": "half",
    "year": "year",
    "decade": "decade",
    "century": "century",
}


_WITHIN_DAY = {"hour": 24, "minute": 24 * 60}
"""Units shorter than a day, and how many make one: counts of them move whole days only."""


def _unit(lx: Lexicon, s: str) -> tuple[str, int] | None:
    key = " ".join(norm(s).split())
    if key in lx.units:
        return lx.units[key], 1
    return lx.unit_multiples.get(key)


def _move(d: date, n: int, unit: str) -> date | None:
    """`d` moved by n units: days and weeks by arithmetic, months and years as dateparser reads the
    'il y a N ...' / 'dans N ...' core (normalise.shift, cached), decades and centuries by arithmetic."""
    if unit in _WITHIN_DAY:  # "quelques heures plus tard": the same day, "48 heures après" two days on
        return _move(d, int(n / _WITHIN_DAY[unit]), "day")
    if unit in ("day", "week"):
        moved = d.toordinal() + n * (7 if unit == "week" else 1)
        return date.fromordinal(moved) if 0 < moved <= date.max.toordinal() else None
    if unit in ("month", "year"):
        return normalise.shift(d, n, unit)
    months = {"quarter": 3, "half": 6}.get(unit)
    years = {"decade": 10, "century": 100}.get(unit)
    if months:
        y, m = cal.add_months(d.year, d.month, n * months)
    elif years:
        y, m = d.year + n * years, d.month
    else:
        return None
    if not cal.plausible_year(y):
        return None
    return date(y, m, min(d.day, cal.last_day(y, m)))


def _unit_interval(d: date, unit: str) -> Interval:
    if unit == "day" or unit in _WITHIN_DAY:
        return cal.day(d)
    if unit == "week":
        return cal.week(d)
    if unit == "month":
        return cal.month(d.year, d.month)
    if unit == "quarter":
        return cal.quarter(d.year, (d.month - 1) // 3 + 1)
    if unit == "half":
        return cal.half(d.year, (d.month - 1) // 6 + 1)
    if unit == "decade":
        return cal.decade(d.year - d.year % 10)
    if unit == "century":
        return cal.century(d.year // 100 + 1)
    return cal.year(d.year)


def _around(
    base: date, n: int | None, unit: str, mult: int, approx: str, sign: int
) -> tuple[Interval, bool] | None:
    """The interval n units away from `base` (sign -1 back, +1 ahead); wide and vague for 'quelques',
    'presque', 'environ'."""
    if n is None:
        lo, hi = _VAGUE_RANGE.get(unit, (2, 6))
        lo, hi = lo * mult, hi * mult
    else:
        n *= mult
        tol = max(1, round(n * 0.1)) if approx else 0
        lo, hi = {"below": (n - tol, n), "above": (n, n + tol), "around": (n - tol, n + tol)}.get(
            approx, (n, n)
        )
        lo = max(lo, 0)
    a = _move(base, sign * (hi if sign < 0 else lo), unit)
    b = _move(base, sign * (lo if sign < 0 else hi), unit)
    if a is None or b is None:
        return None
    vague = (n is None or bool(approx)) and not (unit in _WITHIN_DAY and a == b)  # a few hours: that day
    return (_unit_interval(a, unit)[0], _unit_interval(b, unit)[1]), vague


def _count(lx: Lexicon, c: Candidate) -> tuple[int | None, str, int, str] | None:
    g = c.match.groupdict()
    u = _unit(lx, g["u"])
    if u is None:
        return None
    n = w.number(lx, g["n"])
    if n is None and norm(g["n"]) not in lx.vague_quantities:
        return None
    if n is not None and not 0 < n <= 3000:
        return None
    return n, u[0], u[1], lx.approximators.get(" ".join(norm(g["q"] or "").split()), "")


def _dctday(c: Candidate, text: str, lx: Lexicon) -> Pieces | None:
    off = lx.dct_days[norm(c.match.group("w"))]
    before = " ".join(norm(text[max(0, c.start - 40) : c.end]).split())
    if any(before.endswith(phrase) for phrase in lx.figurative_days):
        return None  # "il s'en souvient comme si c'était hier", "le problème ne date pas d'hier"

    def res(ctx: Context) -> Result | None:
        if ctx.today is None:
            return unresolved("day")
        return from_dct(cal.day(ctx.today + timedelta(days=off)), "day", confidence=0.95)

    return [(c.start, c.end, res)]


def _now(c: Candidate, text: str, lx: Lexicon) -> Pieces | None:
    def res(ctx: Context) -> Result | None:
        return unresolved("day") if ctx.today is None else from_dct(cal.day(ctx.today), "day", confidence=0.5)

    return [(c.start, c.end, res)]


def _relunit(c: Candidate, text: str, lx: Lexicon) -> Pieces | None:
    g = c.match.groupdict()
    det, unit_word = norm(g["det"]), norm(g["u"]).replace("weekend", "week-end")
    mod = w.modifier(lx, g["mod"])
    # "la même année", "cette année-là": the one of the date the text told
    same = bool(g.get("same") or g.get("there"))
    anchored = w.anchored_modifier(g["mod"]) or (same and not mod)
    # "la semaine" alone may be any; "dans la semaine", "au cours du week-end" are the news's own
    own = not mod and not g["part"] and _particular_unit(c, text, lx, unit_word)
    if not mod and det not in ("cette", "ce", "cet") and not g["part"] and not own and not same:
        return None
    if unit_word == "week-end":
        # back or ahead by the tense when no modifier says; "le même week-end", that of the date told
        if same and not mod:
            return _weekend_told(c)
        return _weekend_from_told(c, mod) if anchored else _weekend(c, mod)
    unit = lx.units.get(unit_word, "year")
    part = lx.parts.get(norm(g["part"])) if g["part"] else None
    step = -1 if mod == "past" else 1 if mod == "future" else 0

    def res(ctx: Context) -> Result | None:
        base: date | None = ctx.today
        anchor: Anchor = "dct"
        if anchored and ctx.reference is not None and ctx.reference.interval is not None:
            base, anchor = ctx.reference.interval[0], "previous"
        if base is None:
            return unresolved(_UNIT_GRAN.get(unit, "year"))
        moved = _move(base, step, unit) if step else base
        if moved is None:
            return None
        iv = _unit_interval(moved, unit)
        gran: Granularity = _UNIT_GRAN.get(unit, "year")
        if part:
            iv = _part_of(iv, unit, part)
            gran = "part"
        return Result(
            iv, gran, value_of(iv, gran), anchor, confidence=0.9 if anchor == "dct" else 0.7, mod=part or ""
        )

    return [(c.start, c.end, res)]


def _part_of(iv: Interval, unit: str, part: str) -> Interval:
    """Début, mi or fin of the calendar unit `iv` ("la fin de la semaine", "le début du mois")."""
    if unit == "month":
        return cal.month_part(iv[0].year, iv[0].month, part)
    if unit == "year":
        return cal.year_part(iv[0].year, part)
    if unit == "week":
        return cal.week_part(iv, part)
    return cal.span_part(iv, part)


_UNIT_GOES_ON = re.compile(r"\s*(?:du|de|des|d['’]|qui|où|que|qu['’])(?![\w])", re.IGNORECASE)


def _particular_unit(c: Candidate, text: str, lx: Lexicon, unit_word: str) -> bool:
    """Whether a unit with its article alone is the news's own by the words before it ("dans la semaine",
    "au cours du week-end"; lexicon `particular_units`), not another one the words after it name ("dans la
    semaine du 9 janvier", "dans la semaine qui a suivi")."""
    words = lx.particular_units.get(unit_word)
    if not words or _UNIT_GOES_ON.match(text, c.end):
        return False
    before = " ".join(norm(text[max(0, c.start - 20) : c.end]).split())
    return any(before.endswith(f"{phrase} {unit_word}") for phrase in words)


def _weekend_told(c: Candidate) -> Pieces:
    def res(ctx: Context) -> Result | None:
        # the week-end of the latest day told when that day is of a week-end (a Friday evening starts it):
        # the week-end of a Tuesday may be the one before or after
        ref = ctx.day_reference
        if ref is None or ref.interval is None or ref.interval[0].weekday() < 4:
            return None
        iv = cal.weekend(ref.interval[0])
        return Result(iv, "weekend", value_of(iv, "weekend"), "previous", confidence=0.7)

    return [(c.start, c.end, res)]


def _weekend_from_told(c: Candidate, mod: str) -> Pieces:
    """ "le week-end suivant", "le week-end précédent": the first week-end after (or before) the latest day
    the text told, as "l'année suivante" is the year after it ("Le 2 août 1982, le ministre a interdit [...]
    Dès le week-end suivant": 7-8 August 1982), not one counted from the news; with no day told, from the
    news."""
    (_, _, from_news), *_ = _weekend(c, mod)

    def res(ctx: Context) -> Result | None:
        ref = ctx.day_reference
        if ref is None or ref.interval is None:
            return from_news(ctx)
        if mod == "past":
            first = ref.interval[0]
            sat = first - timedelta(days=(first.weekday() - 5) % 7 or 7)
        else:
            last = ref.interval[1]
            sat = last + timedelta(days=(5 - last.weekday()) % 7 or 7)
        iv = cal.weekend(sat)
        return Result(iv, "weekend", value_of(iv, "weekend"), "previous", confidence=0.7)

    return [(c.start, c.end, res)]


def _weekend(c: Candidate, mod: str) -> Pieces:
    def res(ctx: Context) -> Result | None:
        t = ctx.today
        if t is None:
            return unresolved("weekend")
        if mod == "past" or (not mod and t.weekday() < 5 and ctx.tense(c.start, c.end) == "past"):
            sat = t - timedelta(days=(t.weekday() - 5) % 7 or 7)
        elif mod == "future":
            sat = t + timedelta(days=(5 - t.weekday()) % 7 or 7)
        else:
            sat = (
                t + timedelta(days=(5 - t.weekday()) % 7)
                if t.weekday() < 5
                else t - timedelta(days=t.weekday() - 5)
            )
        return from_dct(cal.weekend(sat), "weekend")

    return [(c.start, c.end, res)]


def _partunit(c: Candidate, text: str, lx: Lexicon) -> Pieces | None:
    part = lx.parts.get(norm(c.match.group("part")), "MID")
    step = {"past": -1, "future": 1}.get(w.modifier(lx, c.match.group("mod")), 0)
    unit = {"semaine": "week", "mois": "month"}.get(norm(c.match.group("u2") or ""), "year")

    def res(ctx: Context) -> Result | None:
        if ctx.today is None:
            return unresolved("part")
        base = _move(ctx.today, step, unit) if step else ctx.today
        if base is None:
            return None
        if unit == "month":
            iv = cal.month_part(base.year, base.month, part)
        elif unit == "week":
            iv = cal.week_part(cal.week(base), part)
        else:
            iv = cal.year_part(base.year, part)
        return from_dct(iv, "part", mod=part)

    return [(c.start, c.end, res)]


@lru_cache(maxsize=4)
def to_the_day_pattern(phrases: frozenset[str]) -> re.Pattern[str]:
    """One of `phrases` right after a count back: ", jour pour jour" (the lexicon's `to_the_day`), "ce
    mois-ci" (its `to_the_month`)."""
    return re.compile(rf",?\s*(?:{alternation(phrases)})(?![\w])", re.IGNORECASE)


def _day_back(today: date, count: int, unit: str, nearly: bool = False) -> Result | None:
    """The very day `count` units before the DCT ("jour pour jour"); `nearly`, the days around it."""
    d = _move(today, -count, unit)
    if d is None:
        return None
    if nearly:
        around = (d - timedelta(days=NEARLY_DAYS), d + timedelta(days=NEARLY_DAYS))
        return from_dct(around, "day", mod="APPROX", confidence=0.7)
    return from_dct(cal.day(d), "day", confidence=0.9)


NEARLY_DAYS = 3
"""How many days either side of the very day "presque jour pour jour" may be."""


def _ago(c: Candidate, text: str, lx: Lexicon, sign: int) -> Pieces | None:
    got = _count(lx, c)
    if got is None:
        return None
    n, unit, mult, approx = got
    if sign > 0 and n == 1 and unit == "day":
        return None  # "dans un jour sans": rarely "in one day"
    nearly = to_the_day_pattern(lx.nearly_to_the_day).match(text, c.end) is not None
    exact = nearly or to_the_day_pattern(lx.to_the_day).match(text, c.end) is not None
    exact = exact or c.match.groupdict().get("today") is not None  # "il y a aujourd'hui trente ans"
    # "il y a une semaine", "il y a trois semaines": that day, as "il y a huit jours", not a calendar week
    # (in our read gold sets and French TimeBank a count of weeks back is dated to a day)
    to_the_day = sign < 0 and n is not None and not approx and (exact or unit == "week")
    # "il y a vingt ans ce mois-ci": the news's month, that many years back
    to_the_month = sign < 0 and n is not None and not approx and unit == "year" and not to_the_day
    to_the_month = to_the_month and to_the_day_pattern(lx.to_the_month).match(text, c.end) is not None

    def res(ctx: Context) -> Result | None:
        if ctx.today is None:
            return unresolved("day" if to_the_day else _UNIT_GRAN.get(unit, "year"))
        if to_the_day and n is not None:
            return _day_back(ctx.today, n * mult, unit, nearly)  # "il y a vingt ans jour pour jour"
        if to_the_month and n is not None:
            back = ctx.today.year - n * mult
            if not cal.plausible_year(back):
                return None
            return from_dct(cal.month(back, ctx.today.month), "month", confidence=0.9)
        out = _around(ctx.today, n, unit, mult, approx, sign)
        if out is None:
            return None
        iv, vague = out
        gran = _UNIT_GRAN.get(unit, "year")
        return Result(iv, gran, value_of(iv, gran), "dct", vague=vague, confidence=0.6 if vague else 0.9)

    return [(c.start, c.end, res)]


_NIGHT_DAYS = 1
"""A day-precise span this many days wide (a night, "les 5 et 6 juin") counts days from its last day forward,
from its first day back."""


def _within(c: Candidate, text: str, lx: Lexicon) -> Pieces | None:
    """ "dans les deux semaines": from the news day to two weeks ahead (its last day the day before)."""
    got = _count(lx, c)
    if got is None:
        return None
    n, unit, mult, _ = got
    if n is None or unit in _WITHIN_DAY:
        return None  # "dans les 48 heures" is a deadline of hours, no calendar span

    def res(ctx: Context) -> Result | None:
        if ctx.today is None:
            return unresolved("day")
        far = _move(ctx.today, n * mult, unit)
        if far is None or far <= ctx.today:
            return None
        iv = (ctx.today, far - timedelta(days=1))
        return Result(iv, "day", value_of(iv, "day"), "dct", vague=True, confidence=0.6)

    return [(c.start, c.end, res)]


def _shift(c: Candidate, text: str, lx: Lexicon) -> Pieces | None:
    got = _count(lx, c)
    if got is None:
        return None
    n, unit, mult, approx = got
    d = " ".join(norm(c.match.group("dir")).split())
    if d == "avant" and (unit not in ("day", "week") or not counts_from_event(text, c.end)):
        return None  # "huit jours avant le drame"; "une heure avant le coup d'envoi" sets a time, no day
    # "six jours après la catastrophe", "huit jours avant le drame": counted from an event the text names
    after_event = d in ("après", "avant") and counts_from_event(text, c.end)
    # only the unambiguous verb forms (no parse): the model misreads such fronted clauses
    now_event = (
        d == "après"
        and after_event
        and _SENTENCE_START.search(text, max(0, c.start - 200), c.start) is not None
        and TenseOracle(text).quick(c.start, c.end) in (None, "present")
    )
    sign = 1 if d in ("plus tard", "après") else -1
    # "un an jour pour jour après les attentats", "quatre ans plus tôt, jour pour jour": the very day
    said = c.match.groupdict().get("exact") or to_the_day_pattern(lx.to_the_day).match(text, c.end)
    exact = bool(said) and not approx and unit not in _WITHIN_DAY
    # "deux semaines après les attentats du 7 juillet": a count of whole weeks from a day is a day too
    weeks = unit == "week" and not approx and n is not None

    def res(ctx: Context) -> Result | None:
        if after_event and not now_event:
            # "la démission, six jours après la catastrophe": counted from the event where the text dates
            # it (`ctx.event`, found by a later pass), else vague: its sentence may date it
            if ctx.event is None or not counts_from(ctx.event, unit):
                gran = "day" if exact or weeks else _UNIT_GRAN.get(unit, "year")
                return Result(None, gran, "", "none", vague=True, confidence=0.3)
        if after_event:
            # now_event: the count ends at the DCT, unless a later pass found the event's own date
            ref = ctx.event
        elif unit in _WITHIN_DAY:
            ref = _day_told(ctx, c.start)  # "Quelques heures plus tôt": hours from the day last told
        else:
            ref = ctx.reference
            if unit in ("day", "week") and ref is not None and ref.granularity not in ("day", "week"):
                # "en 1972 [...] Le jugement, rendu deux semaines plus tard": days and weeks count from the
                # latest day told, not from a year or a month named since
                ref = ctx.day_reference or ref
        if ref is None or ref.interval is None:
            if ctx.today is None or (sign > 0 and not after_event):
                return unresolved(_UNIT_GRAN.get(unit, "year"))
            if exact and n is not None:
                return _day_back(ctx.today, n * mult, unit)  # "quatre ans plus tôt, jour pour jour"
            base, anchor, conf = ctx.today, "dct", 0.6
            out = _around(base, n, unit, mult, approx, -1)
        elif exact or (weeks and ref.granularity == "day" and ref.interval[0] == ref.interval[1]):
            lo, hi = ref.interval
            if n is not None and unit == "year" and ref.granularity == "month":
                # "Ce vendredi [in a paper dated only December 2018] [...] Un an plus tôt, jour pour jour":
                # that very day of the month a year before, which of its days unknown
                first, last = _move(lo, sign * n * mult, unit), _move(hi, sign * n * mult, unit)
                if first is None or last is None:
                    return None
                value = value_of((first, last), "month")
                return Result(cal.month(first.year, first.month), "month", value, "previous", confidence=0.5)
            if ref.granularity != "day" or lo != hi or n is None:
                return Result(None, "day", "", "none", vague=True, confidence=0.3)
            day = _move(lo, sign * n * mult, unit)
            return None if day is None else Result(cal.day(day), "day", day.isoformat(), "previous")
        else:
            anchor, conf = "previous", 0.7
            lo, hi = ref.interval
            if unit == "day" and ref.granularity == "day" and (hi - lo).days <= _NIGHT_DAYS:
                # "dans la nuit du 5 au 6 septembre [...] Douze jours plus tard": from the night's morning
                lo = hi = hi if sign > 0 else lo
            a = _around(lo, n, unit, mult, approx, sign)
            b = _around(hi, n, unit, mult, approx, sign)
            out = None if a is None or b is None else ((a[0][0], b[0][1]), a[1])
        if out is None:
            return None
        iv, vague = out
        gran = _UNIT_GRAN.get(unit, "year")
        return Result(iv, gran, value_of(iv, gran), anchor, vague=vague, confidence=conf)  # type: ignore[arg-type]

    return [(c.start, c.end, res)]


# "Neuf mois après la visite, c'est au tour de ...": opening a sentence whose verb is no past, the count
# ends now, so the event is the DCT minus the count (the day the French annotations give the expression)
_SENTENCE_START = re.compile(r"(?:^|[.!?\n])[\s«\"]*$")
_EVENT_NEXT = re.compile(r"[ \t]{1,3}[^\W\d_]")


def counts_from(base: Result, unit: str) -> bool:
    """Whether an event's date is precise enough to count `unit`s from: days and weeks from a day, months
    from a month ("cinq mois après l'incendie de novembre 2012"), years from anything narrower than a year."""
    if base.interval is None or base.vague:
        return False
    if unit in ("day", "week"):
        return base.granularity == "day"
    if unit == "month":
        return base.granularity in ("day", "month")
    return base.granularity not in ("year", "decade", "century")


_EVENT_OF = re.compile(r"\s{1,3}(?:de|du|des|d['’])(?=[\s\w])", re.IGNORECASE)


def day_of_event(text: str, end: int) -> bool:
    """An anchored day followed by "de <something>" ("au lendemain de la signature", "la veille du vote")
    counts from that event, not from the text's previous date."""
    return _EVENT_OF.match(text, end) is not None


def counts_from_event(text: str, end: int) -> bool:
    """ "N jours après" followed by words ("après la catastrophe", "après qu'il ...") counts from an event
    the text does not date; a bare "N jours après," counts from the text's previous date."""
    return _EVENT_NEXT.match(text, end) is not None


MAIN_DAY_REACH = 1200
"""How far back (characters) "le même jour" looks for the latest sentence naming days."""


_IN_RELATIVE = re.compile(
    rf"\b(?:{alternation(load().verb_forms.relative_pronouns)})\b[^,;:()]*$", re.IGNORECASE
)


def _main_day_before(ctx: Context, start: int) -> Result | None:
    """The first day the latest sentence naming days names, when it names several ("X a rendu public ce
    mardi son rapport sur la destruction du vol le 17 juillet 2014. Le même jour, ..."): the main clause's
    day comes first, the later ones date what it tells of."""
    reach = max(0, start - MAIN_DAY_REACH)
    ends = [m.start() for m in w.SENTENCE_STOP.finditer(ctx.text, reach, start)]
    told = [end for end, r in ctx.days if reach < end < start and r.interval is not None]
    if not ends or not told:
        return None
    # the latest sentence naming a day, sentences without one skipped ("Selon le document, ...")
    hi = next((e for e in ends if e >= told[-1]), ends[-1])
    lo = max((e for e in ends if e < told[-1]), default=reach)
    told_days = [(end, r) for end, r in ctx.days if lo < end <= hi and r.interval is not None]
    if len({r.interval for _, r in told_days}) < 2:
        return None
    # a day of a relative clause ("Après l'explosion qui avait soufflé samedi le bâtiment, une deuxième
    # explosion a détruit lundi"): the clause tells what the relative one dates, unless its day is the news
    # day itself ("Le bilan de l'avalanche qui a frappé mardi s'établit désormais à trente morts")
    today = (ctx.today, ctx.today)
    main = [r for end, r in told_days if not _IN_RELATIVE.search(ctx.text, max(lo, end - 80), end)]
    return main[0] if main and main[0].interval != today else told_days[0][1]


def _day_told(ctx: Context, opens_at: int | None) -> Result | None:
    """The latest day of the text; for an expression opening its sentence (at `opens_at`), the main day of
    the latest sentence naming days (`_main_day_before`)."""
    if opens_at is not None and w.sentence_initial(ctx.text, opens_at):
        return _main_day_before(ctx, opens_at) or ctx.day_reference
    return ctx.day_reference


def _day_ref(
    ctx: Context,
    off: int,
    conf: float,
    span: tuple[int, int] | None = None,
    opens_at: int | None = None,
    story: bool = False,
) -> Result | None:
    """A day counted from the latest day of the text, else from the DCT. With the `span` of a day counted
    away ("la veille"), a planned day ahead of the DCT anchors only a clause told in the future: "Macron est
    attendu jeudi. [...] la catastrophe de la veille" is the day before the news, not Wednesday (a clock
    time, "le jour même", keeps the planned day). With `story` ("ce soir-là"), the latest day of the text
    that is not the news day, when there is one. A day counted ahead right after a flashback, not told in its
    tense, counts from the day the flashback left (`Context.flashbacks`). A day before opening a paragraph
    right after the day an anniversary piece remembers counts from the news (`_news_eve_anchor`)."""
    ref = _day_told(ctx, opens_at)
    if off < 0 and opens_at is not None and w.paragraph_initial(ctx.text, opens_at):
        ref = _news_eve_anchor(ctx, ref) or ref
    left = ctx.flashbacks.get(ctx.days[-1][0]) if off > 0 and span is not None and ctx.days else None
    if left is not None and ref is ctx.days[-1][1] and span is not None and not ctx.told_before(*span):
        ref = left  # "le lendemain" after a flashback: of the day the story had reached
    if story:
        told = [r for _, r in ctx.days if r.interval is not None and r.interval[0] != ctx.today]
        ref = told[-1] if told else ref
    if (
        span is not None
        and ref is not None
        and ref.interval is not None
        and ctx.today is not None
        and ref.interval[0] > (ctx.news_end or ctx.today)
        and ctx.tense(*span) != "future"
    ):
        ref = None
    if off > 0 and span is not None and ctx.today is not None:
        ref = _story_day_over_news(ctx, ref, span) or ref
    if ref is not None and ref.interval is not None:
        d = ref.interval[0] + timedelta(days=off)
        return Result(cal.day(d), "day", d.isoformat(), "previous", confidence=conf)
    if ctx.today is None:
        return unresolved("day")
    return from_dct(cal.day(ctx.today + timedelta(days=off)), "day", confidence=conf * 0.8)


STORY_GAP = timedelta(days=31)
"""How long before the news a day must lie to be a day of the story an article retells."""


def _story_day_over_news(ctx: Context, ref: Result | None, span: tuple[int, int]) -> Result | None:
    """ "Il y a cinquante ans, le 11 juin 1955, [...] Ce samedi, une gerbe sera déposée [...] Hawthorn
    l'emporta le lendemain": a day after, told in the past, counted from a day of the news told as present or
    to come (or from nothing left, the news day being ahead) counts from the latest day of the story the
    article retells, a day told well before the news; None when there is no such day or the count is not
    told in the past. ("La veille", told in the past, may well count back from the news day.)"""
    assert ctx.today is not None
    first_news = ctx.news_start or ctx.today
    if ref is not None and ref.interval is not None:
        at = next((end for end, r in reversed(ctx.days) if r is ref), None)
        if ref.interval[0] < first_news or at is None or ctx.tense(max(0, at - 1), at) == "past":
            return None
    if ctx.tense(*span) != "past":
        return None
    story = [r for _, r in ctx.days if r.interval is not None and r.interval[1] < first_news - STORY_GAP]
    return story[-1] if story else None


def _news_eve_anchor(ctx: Context, ref: Result | None) -> Result | None:
    """ "Il y a dix ans jour pour jour, le séisme faisait 17 000 morts. [paragraph] La veille au soir, des
    centaines de proches s'étaient retrouvés": in an anniversary piece, a day before opening a paragraph
    right after the day the piece remembers counts back from the news (the latest news day told, else the
    DCT), not from the day remembered. None when the latest day told is not such a day."""
    if ref is None or ref.interval is None or ctx.today is None:
        return None
    last_news = ctx.news_end or ctx.today
    first_news = ctx.news_start or ctx.today
    day = ref.interval[0]
    if remembered_day([day], first_news, last_news) != day:
        return None
    return _latest_news_day(ctx) or from_dct(cal.day(ctx.today), "day")


def _anchday(c: Candidate, text: str, lx: Lexicon) -> Pieces | None:
    off = lx.anchored_days[norm(c.match.group("w"))]
    if off == 0 and not (c.match.group().lower().startswith("le") and day_of_happening(text, c.end, lx)):
        return None  # "le jour où", "au deuxième jour d'audience": only "le jour du drame" names a day
    return [(c.start, c.end, lambda ctx: _day_ref(ctx, off, 0.7, (c.start, c.end), c.start))]


def day_of_happening(text: str, end: int, lx: Lexicon) -> bool:
    """ "le jour du drame", "le jour de sa mort", "le jour du scrutin": "jour" followed by a happening's noun
    (the lexicon's happenings, planned or not) is that happening's day."""
    if not day_of_event(text, end):
        return False
    named = w.event_word(text, end)
    return named is not None and named[2] in w.folded(lx.unplanned_happenings | lx.planned_happenings)


THAT_TIME = re.compile(r"-là$", re.IGNORECASE)
"""The end of a day of the story, not of the news ("ce soir-là", "ce jour-là")."""


def _sameday(c: Candidate, text: str, lx: Lexicon) -> Pieces | None:
    story = THAT_TIME.search(c.match.group()) is not None  # "ce soir-là": a day of the story, not the news
    night = NIGHT_WORD.search(c.match.group()) is not None

    def res(ctx: Context) -> Result | None:
        if not story:
            news = (
                _news_day_after_digression(ctx)
                or _news_day_after_story(ctx, c.start, c.end)
                or _remembered_day(ctx, c.start, c.end)
            )
            if news is not None:
                return Result(news.interval, "day", news.value, "previous", confidence=0.6)
        r = _day_ref(ctx, 0, 0.7, opens_at=c.start, story=story)
        if night and r is not None and r.interval is not None and r.interval[0] == r.interval[1]:
            # "Le 26 novembre 2008, dix hommes ont débarqué. Cette nuit-là, ...": the night that day begins,
            # both its days, as "dans la nuit du 26 au 27 novembre" would say
            return replace(r, interval=cal.night(r.interval[0]))
        return r

    return [(c.start, c.end, res)]


NIGHT_WORD = re.compile(rf"\b(?:{alternation(load().night_parts)})\b", re.IGNORECASE)
"""The word of a night (lexicon `night_parts`), wherever it stands: the temporal rules and the grouping."""


NEWS_DAYS = 38
"""How many days before the DCT's last day a day of the text may be the news day "le jour même" goes back
to (a month-precise DCT and a week before it)."""


ANNIVERSARY_REACH = 7
"""How many days from the news days the day of an earlier year an anniversary piece remembers may lie."""


def remembered_day(days: list[date], first: date, last: date) -> date | None:
    """Of `days` (latest first), the day an anniversary piece of the news days [first, last] remembers: the
    latest of an earlier year whose day of the year falls on them, `ANNIVERSARY_REACH` either side."""
    reach = timedelta(days=ANNIVERSARY_REACH)
    return cal.anniversary_of(days, first - reach, last + reach)


def _remembered_day(ctx: Context, start: int, end: int) -> Result | None:
    """ "Il y a dix ans jour pour jour, deux camions se percutaient [...] Ce lundi, [...] Marco était dans la
    galerie le jour même": in an anniversary piece, "le jour même" told in an imperfect or a pluperfect
    right after the news day is the day the piece remembers, not the news day."""
    if not ctx.days or ctx.today is None:
        return None
    _, last = ctx.days[-1]
    last_news = ctx.news_end or ctx.today
    first_news = ctx.news_start or ctx.today
    if last.interval is None or not first_news <= last.interval[0] <= last_news:
        return None  # the latest day told is not the news day
    if not ctx.told_before(start, end):
        return None
    told = [r for _, r in reversed(ctx.days) if r.interval is not None]
    day = remembered_day([r.interval[0] for r in told if r.interval is not None], first_news, last_news)
    return next((r for r in told if r.interval is not None and r.interval[0] == day), None)


def _latest_news_day(ctx: Context) -> Result | None:
    """The latest day of the text within `NEWS_DAYS` before the DCT's last day (the news day), if any;
    within `NEWS_WEEK` before a day-precise DCT."""
    if ctx.today is None:
        return None
    last_news = ctx.news_end or ctx.today
    first_news = last_news - timedelta(days=NEWS_WEEK if ctx.news_day_known else NEWS_DAYS)
    news = [r for _, r in ctx.days if r.interval is not None and first_news <= r.interval[0] <= last_news]
    return news[-1] if news else None


def _news_day_after_story(ctx: Context, start: int, end: int) -> Result | None:
    """ "Il y a vingt ans, le 17 janvier 1995, un séisme faisait 6 434 morts. Le même jour, l'empereur a
    assisté à la cérémonie": after a day of the past told in an imperfect or a pluperfect, "le même jour"
    or "dans la soirée" told in another tense is the latest news day (within `NEWS_DAYS` of the DCT), not
    the day recalled."""
    if not ctx.days or ctx.today is None:
        return None
    last_end, last = ctx.days[-1]
    last_news = ctx.news_end or ctx.today
    first_news = last_news - timedelta(days=NEWS_DAYS)
    if last.interval is None or last.interval[0] >= first_news:
        return None
    lo, hi = w.sentence_around(ctx.text, last_end - 1, last_end)
    if _told_form().search(ctx.text, lo, hi) is None:
        return None  # no imperfect nor pluperfect form in its sentence: no need to parse it
    if not ctx.told_before(last_end - 1, last_end) or ctx.told_before(start, end):
        return None
    return _latest_news_day(ctx)


NEWS_WEEK = 7
"""A day told more than this many days before a day-precise DCT is of the past, not of the news: a part of
a day told in the future after it is the news day's ("jeudi [...], avant de repartir dans la soirée" in an
article of Friday keeps Thursday)."""


def _news_day_ahead(ctx: Context, start: int, end: int) -> Result | None:
    """ "Robert Badinter est mort le 9 février. Des cortèges doivent partir en fin de journée": a part of a
    day told in the future after a day of the past (`NEWS_WEEK`) is of the news day (a day-precise DCT's),
    not of the day the text last named."""
    if ctx.today is None or not _past_day_told(ctx) or ctx.tense(start, end) != "future":
        return None
    return from_dct(cal.day(ctx.today), "day")


def _news_day_after_digression_paragraph(ctx: Context, start: int) -> Result | None:
    """ "Le 17 septembre, Paris avait rappelé ses ambassadeurs [...] [paragraph] Plus tôt dans la journée,
    Joe Biden avait été reçu au Vatican": a part of a day opening a paragraph after a day of the past
    (`NEWS_WEEK`) is of the latest news day the text told (under a day-precise DCT), not of the day the
    digression passed by."""
    if not _past_day_told(ctx) or not w.paragraph_initial(ctx.text, start):
        return None
    return _latest_news_day(ctx)


def _past_day_told(ctx: Context) -> bool:
    """Whether the latest day the text told lies more than `NEWS_WEEK` days before a day-precise DCT."""
    ref = ctx.day_reference
    if ref is None or ref.interval is None or ctx.today is None or not ctx.news_day_known:
        return False
    return ctx.today - ref.interval[1] > timedelta(days=NEWS_WEEK)


@lru_cache(maxsize=1)
def _told_form() -> re.Pattern[str]:
    """A word ending like an imperfect ("faisait", "avaient") or a past historic ("tombèrent"): a sentence
    without one tells no story in those tenses (lexicon `imperfect_endings`)."""
    endings = alternation(load().verb_forms.imperfect_endings)
    return re.compile(rf"\w(?:{endings})(?![\w'’])", re.IGNORECASE)


def _news_day_after_digression(ctx: Context) -> Result | None:
    """ "Le verdict est tombé le lundi 22 février [...] l'explosion du 30 juillet 2004 [...] Ouvert à
    l'automne dernier, le procès [...] Le parquet a annoncé le jour même qu'il ferait appel": when a date
    resolved on its own after the latest day has left that day (it does not hold it), "le jour même" is the
    news day, the latest day of the text near the DCT, not the day the digression passed by."""
    if not ctx.days or ctx.reference is None or ctx.reference.interval is None or ctx.today is None:
        return None
    end, last = ctx.days[-1]
    if last.interval is None or ctx.reference_end <= end:
        return None
    lo, hi = ctx.reference.interval
    if lo <= last.interval[0] <= hi:
        return None
    news = _latest_news_day(ctx)
    return news if news is not last else None


def _time(c: Candidate, text: str, lx: Lexicon) -> Pieces | None:
    g = c.match.groupdict()
    if g["t"]:
        hour = int(norm(g["t"]).split("h")[0].strip())
        before = w.previous_word(text, c.start)
        if hour >= 24 or before in lx.duration_cues or text[c.end : c.end + 1] in "/":
            return None
    return [(c.start, c.end, lambda ctx: _day_ref(ctx, 0, 0.6))]


def _told_as_gone(ctx: Context, start: int, end: int) -> bool:
    """Whether the expression at [start, end) is told in a past, or in an imperfect or a pluperfect: a night
    of the news day so told is the one that ends on it."""
    return ctx.tense(start, end) == "past" or ctx.told_before(start, end)


_AT_NIGHTFALL = re.compile(r"\s+tomb[ée]e\b", re.IGNORECASE)


def _daypart(c: Candidate, text: str, lx: Lexicon) -> Pieces | None:
    night = norm(c.match.group("dp") or "") in lx.night_parts
    if c.match.groupdict().get("last"):
        # "la nuit dernière", "la soirée dernière": the one that began the day before the news day

        def last(ctx: Context) -> Result | None:
            if ctx.today is None:
                return unresolved("day")
            gone = ctx.today - timedelta(days=1)
            # "la nuit dernière" spans the eve of the news day and the news day, as every such night of our
            # gold sets does; "la soirée dernière" is the eve
            return from_dct(cal.night(gone) if night else cal.day(gone), "day")

        return [(c.start, c.end, last)]
    if not c.match.groupdict().get("next"):
        # "à la nuit tombée": the evening of the day told, not a night
        at_nightfall = _AT_NIGHTFALL.match(text, c.end) is not None

        def part(ctx: Context) -> Result | None:
            # "Dans la soirée, le parquet a annoncé..." opening a sentence: the main day of the latest
            # sentence naming days ("condamné hier [...] pour l'assassinat de X, abattu le 6 mai 2002")
            # "Dans la matinée, la cotation a été suspendue" after a day of the past told in the pluperfect:
            # the news day, as "le même jour" (not "le souvenir de la soirée historique", no time adverbial)
            if not norm(c.match.group()).startswith("la "):
                news = (
                    _news_day_after_story(ctx, c.start, c.end)
                    or _news_day_ahead(ctx, c.start, c.end)
                    or _news_day_after_digression_paragraph(ctx, c.start)
                )
                if news is not None:
                    return Result(news.interval, "day", news.value, "previous", confidence=0.5)
            r = _day_ref(ctx, 0, 0.5, opens_at=c.start)
            last_news = ctx.news_end or ctx.today
            if (
                r is not None
                and r.interval is not None
                and last_news is not None
                and r.interval[0] > last_news
                and _told_as_gone(ctx, c.start, c.end)
            ):
                # "il faudra attendre le 3 septembre 2081 [...] partis de Roissy dans la matinée, ont suivi":
                # a part of a day told as gone is no part of a day ahead; the latest news day, else the DCT's
                news = _latest_news_day(ctx)
                r = (
                    Result(news.interval, "day", news.value, "previous", confidence=0.5)
                    if news is not None
                    else from_dct(cal.day(last_news), "day", confidence=0.5)
                )
            told = ctx.day_reference
            if r is not None and told is not None and told.interval is not None:
                a, b = told.interval
                if (b - a).days == 1 and r.interval == cal.day(a):
                    # "Dans la nuit de dimanche à lundi [...] Dès l'aube", "Dans l'après-midi": a part of
                    # the day told after a night is of its morrow (over our gold sets: 4 dates fixed, 1
                    # evening lost that was of the night's eve)
                    return replace(r, interval=cal.day(b), value=b.isoformat())
            if (
                night
                and not at_nightfall
                and r is not None
                and r.interval is not None
                and r.interval[0] == r.interval[1]
            ):
                # "dans la nuit" spans two days, as every bare night of our gold sets does (22 of 22): the
                # night just gone when its day is the news day told in the past ("Dans la nuit, un incendie a
                # ravagé" on the 29th: 28 to 29), else the night that day begins
                day = r.interval[0]
                gone = day == ctx.today and _told_as_gone(ctx, c.start, c.end)
                return replace(r, interval=cal.night(day - timedelta(days=1) if gone else day))
            return r

        return [(c.start, c.end, part)]

    def res(ctx: Context) -> Result | None:
        # "la nuit suivante": the night after the day told, both its days; "la matinée suivante": the next day
        r = _day_ref(ctx, 0 if night else 1, 0.6)
        if not night or r is None or r.interval is None:
            return r
        return replace(r, interval=cal.night(r.interval[0]))

    return [(c.start, c.end, res)]


def _thispart(c: Candidate, text: str, lx: Lexicon) -> Pieces | None:
    night = norm(c.match.group("dp")) in lx.night_parts

    def res(ctx: Context) -> Result | None:
        if ctx.today is None:
            return unresolved("day")
        if night:
            # "s'est abîmé cette nuit": the night just gone, both its days; "fouilleront cette nuit": the one
            # ahead
            gone = _told_as_gone(ctx, c.start, c.end)
            return from_dct(cal.night(ctx.today - timedelta(days=1) if gone else ctx.today), "day")
        return from_dct(cal.day(ctx.today), "day")

    return [(c.start, c.end, res)]


def _recent(c: Candidate, text: str, lx: Lexicon) -> Pieces | None:
    u = _unit(lx, c.match.group("u"))
    if u is None:
        return None
    unit = u[0]
    sign = -1 if w.modifier(lx, c.match.group("dir")) == "past" else 1

    def res(ctx: Context) -> Result | None:
        if ctx.today is None:
            return unresolved(_UNIT_GRAN.get(unit, "year"))
        far = _move(ctx.today, sign * _VAGUE_RANGE.get(unit, (2, 6))[1], unit)
        if far is None:
            return None
        a, b = (far, ctx.today) if sign < 0 else (ctx.today, far)
        iv = (_unit_interval(a, unit)[0], _unit_interval(b, unit)[1])
        gran = _UNIT_GRAN.get(unit, "year")
        return Result(iv, gran, value_of(iv, gran), "dct", vague=True, confidence=0.5)

    return [(c.start, c.end, res)]


RELATIVE_RULES: dict[str, Callable[[Candidate, str, Lexicon], Pieces | None]] = {
    "dctday": _dctday,
    "now": _now,
    "thispart": _thispart,
    "relunit": _relunit,
    "partunit": _partunit,
    "ago": lambda c, t, lx: _ago(c, t, lx, -1),
    "ahead": lambda c, t, lx: _ago(c, t, lx, 1),
    "within": _within,
    "shift": _shift,
    "anchday": _anchday,
    "sameday": _sameday,
    "time": _time,
    "daypart": _daypart,
    "recent": _recent,
}
