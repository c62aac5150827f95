"""Interpretation: each pattern hit becomes pieces (span + resolver); resolvers read the Context.

Reads: a `Candidate` and the text around it. Writes: `Piece`s, or None when the hit is not a date after all
(a count such as "1500 personnes", "Mars" the planet, a bare participle "été", an impossible day).
Context-free checks run here so that a refused hit frees its span for other patterns.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
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
    season_year,
    unresolved,
    weekday_near,
)
from timeline.temporal.lexicon import Lexicon, norm
from timeline.temporal.patterns import Candidate
from timeline.temporal.relative import RELATIVE_RULES

Resolver = Callable[[Context], Result | None]


@dataclass(frozen=True)
class Piece:
    start: int
    end: int
    resolve: Resolver
    rule: str = ""


_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZÀ-ÖØ-Þ«\"]")
_NAMED_AFTER = re.compile(r"\s{1,3}(?:de\s+l['’]|du\s|des\s|de\s+la\s)", re.IGNORECASE)
_NON_YEAR_BEFORE = frozenset(
    {"n°", "no", "numéro", "art.", "article", "loi", "page", "p.", "rn", "a", "code", "rue", "route"}
)
_FUNCTION_WORDS = frozenset(
    "et à au aux en de des du le la les où qui que qu il elle ils elles a est ont sont pour par avec sur "
    "dans contre "
    "puis ou se ne était avait fut sera après avant lors alors déjà, date dès jusqu".split()
)


def _direction(ctx: Context, c: Candidate, mod: str) -> tuple[Direction, bool]:
    """Past/future from an explicit modifier (strict: never the DCT's own unit), else from the verb tense."""
    if mod == "past":
        return "past", True
    if mod == "future":
        return "future", True
    return ctx.tense(c.start, c.end), False


def _year(c: Candidate, group: str, ctx: Context) -> int | None:
    s = c.match.group(group)
    if s is None:
        return None
    s = s.strip("'’")
    if len(s) == 2:
        return w.two_digit_year(int(s), ctx.today.year if ctx.today else None)
    return int(s)


def _year_of_reference(ctx: Context, start: int) -> int | None:
    """The year of the latest absolute date when it is close before `start` in the same paragraph
    ("en 97 (en janvier ..., en octobre ...)": January and October 1997)."""
    ref = ctx.reference
    if ref is None or ref.interval is None or ref.anchor != "absolute" or ctx.reference_end < 0:
        return None
    if ref.granularity not in ("year", "month", "day", "part", "season", "quarter", "half"):
        return None
    gap = ctx.text[ctx.reference_end : start]
    if (
        len(gap) > 200
        or "\n" in gap
        or _SENTENCE_BREAK.search(gap)
        or ref.interval[0].year != ref.interval[1].year
    ):
        return None
    return ref.interval[0].year


def _nearest_day(
    ctx: Context, month: int, day: int, direction: Direction | None, weekday: int | None
) -> date | None:
    """The year of a day-month without year: nearest the DCT, in the tense's direction when it has one."""
    assert ctx.today is not None
    options = [
        date(y, month, day)
        for y in (ctx.today.year - 1, ctx.today.year, ctx.today.year + 1)
        if cal.valid_day(y, month, day)
    ]
    if weekday is not None and any(d.weekday() == weekday for d in options):
        options = [d for d in options if d.weekday() == weekday]
    if direction == "past" and any(d <= ctx.today for d in options):
        options = [d for d in options if d <= ctx.today]
    elif direction == "future" and any(d >= ctx.today for d in options):
        options = [d for d in options if d >= ctx.today]
    return min(options, key=lambda d: abs((d - ctx.today).days)) if options else None  # type: ignore[operator]


def _since(r: Result | None, ctx: Context, open_word: str | None) -> Result | None:
    """'depuis X' runs from the start of X to the DCT (an open end closed at the publication date)."""
    if r is None or r.interval is None or not open_word or not norm(open_word).startswith("depuis"):
        return r
    if ctx.today is None or ctx.today < r.interval[1]:
        return r
    return Result((r.interval[0], ctx.today), r.granularity, r.value, "dct", confidence=0.8, mod="SINCE")


def _date(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
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

    def res(ctx: Context) -> Result | None:
        y = _year(c, "y", ctx)
        if y is not None:
            if not cal.valid_day(y, m, d):
                return None
            return absolute(cal.day(date(y, m, d)), "day")
        y_ref = _year_of_reference(ctx, c.start)
        if y_ref is not None and cal.valid_day(y_ref, m, d) and not mod:
            return Result(
                cal.day(date(y_ref, m, d)), "day", date(y_ref, m, d).isoformat(), "previous", confidence=0.8
            )
        if ctx.today is None:
            return unresolved("day")
        direction = _direction(ctx, c, mod)[0] if mod else None
        found = _nearest_day(ctx, m, d, direction, wd)
        return from_dct(cal.day(found) if found else None, "day")

    return [Piece(c.start, c.end, res)]


def _numeric(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
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


def _day_of(s: str) -> int | None:
    return 1 if norm(s) in ("1er", "1re", "premier") else int(s) if s.isdigit() else None


def _dayrange(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    g = c.match.groupdict()
    d1, d2 = _day_of(g["d1"]), _day_of(g["d2"])
    m2 = w.month(lx, g["m2"])
    m1 = w.month(lx, g["m1"]) if g["m1"] else m2
    if d1 is None or d2 is None or m1 is None or m2 is None or (m1 == m2 and not g["y1"] and d1 >= d2):
        return None
    mod = w.modifier(lx, g["mod"])

    def res(ctx: Context) -> Result | None:
        y2 = _year(c, "y2", ctx)
        y1 = _year(c, "y1", ctx)
        anchor_dct = y2 is None and y1 is None
        if anchor_dct:
            if ctx.today is None:
                return unresolved("day")
            last = _nearest_day(ctx, m2, d2, _direction(ctx, c, mod)[0] if mod else None, None)
            if last is None:
                return None
            y2 = last.year
        assert y2 is not None
        y1 = y1 if y1 is not None else (y2 if (m1, d1) <= (m2, d2) else y2 - 1)
        if not (cal.valid_day(y1, m1, d1) and cal.valid_day(y2, m2, d2)):
            return None
        iv = (date(y1, m1, d1), date(y2, m2, d2))
        return from_dct(iv, "day") if anchor_dct else absolute(iv, "day")

    return [Piece(c.start, c.end, res)]


def _daylist(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    g = c.match.groupdict()
    m = w.month(lx, g["m"])
    days = [_day_of(g["d1"]), _day_of(g["d2"])]
    if m is None or None in days:
        return None
    mod = w.modifier(lx, g["mod"])

    def make(d: int) -> Resolver:
        def res(ctx: Context) -> Result | None:
            y = _year(c, "y", ctx)
            if y is not None:
                return absolute(cal.day(date(y, m, d)), "day") if cal.valid_day(y, m, d) else None
            if ctx.today is None:
                return unresolved("day")
            found = _nearest_day(ctx, m, d, _direction(ctx, c, mod)[0] if mod else None, None)
            return from_dct(cal.day(found) if found else None, "day")

        return res

    if not all(d is not None and d <= cal.last_day(2000, m) for d in days):
        return None
    return [
        Piece(c.start, c.match.end("d1"), make(days[0] or 1)),
        Piece(c.match.start("d2"), c.end, make(days[1] or 1)),
    ]


def _monthrange(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
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
        y2 = _year(c, "y2", ctx)
        y1 = _year(c, "y1", ctx)
        rel = y1 is None and y2 is None
        if rel:
            if ctx.today is None:
                return unresolved("month")
            direction, strict = _direction(ctx, c, mod)
            y2 = month_year(ctx.today, m2, direction, strict)
        assert y2 is not None
        y1 = y1 if y1 is not None else (y2 if m1 < m2 else y2 - 1)
        iv = (cal.month(y1, m1)[0], cal.month(y2, m2)[1])
        return from_dct(iv, "month") if rel else absolute(iv, "month")

    return [Piece(start, c.end, res)]


def _month(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    g = c.match.groupdict()
    m = w.month(lx, g["m"])
    if m is None or w.proper_noun_use(text, c.match.start("m"), g["m"]):
        return None
    en = norm(g["en"] or "").strip()
    # "de septembre" counts as a cue only in lower case ("la rentrée de septembre"; "de Mars" is a name)
    cued = bool(
        g["y"] or g["part"] or g["open"] or g["mod"] or en and (en not in ("de", "d'") or g["m"].islower())
    )
    if not cued:
        return None
    part = lx.parts.get(norm(g["part"])) if g["part"] else None
    mod = w.modifier(lx, g["mod"])
    start = c.match.start("m") if en in ("de", "d'") and not g["open"] and not g["part"] else c.start
    if en in ("de", "d'") and g["part"]:
        start = c.match.start("part")

    def res(ctx: Context) -> Result | None:
        y = _year(c, "y", ctx)
        gran: Granularity = "part" if part else "month"
        anchor_prev = False
        if y is None and not mod:
            y = _year_of_reference(ctx, c.start)
            anchor_prev = y is not None
        if y is None:
            if ctx.today is None:
                return unresolved(gran)
            if not mod and m == ctx.today.month:
                y = ctx.today.year  # the DCT's own month: same year whatever the tense
            else:
                direction, strict = _direction(ctx, c, mod)
                y = month_year(ctx.today, m, direction, strict)
            anchor_dct = True
        else:
            anchor_dct = False
        iv: Interval = cal.month_part(y, m, part) if part else cal.month(y, m)
        r = from_dct(iv, gran, mod=part or "") if anchor_dct else absolute(iv, gran, mod=part or "")
        if anchor_prev and r is not None:
            r = Result(r.interval, r.granularity, r.value, "previous", confidence=0.8, mod=r.mod)
        return _since(r, ctx, g["open"])

    return [Piece(start, c.end, res)]


def _yearrange(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    g = c.match.groupdict()
    y1 = int(g["y1"])
    y2 = int(g["y2"]) if len(g["y2"]) == 4 else (y1 // 100) * 100 + int(g["y2"])
    if not (cal.plausible_year(y1) and cal.plausible_year(y2)) or not 0 < y2 - y1 <= 100:
        return None
    if w.next_word(text, c.end) in lx.count_nouns:
        return None
    return [Piece(c.start, c.end, lambda ctx: absolute(cal.years(y1, y2), "year"))]


def _year_piece(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    g = c.match.groupdict()
    ys = g["y"]
    pre = norm(g["pre"] or "")
    nxt = w.next_word(text, c.end)
    if nxt in lx.count_nouns or w.previous_word(text, c.start) in _NON_YEAR_BEFORE:
        return None
    if len(ys) == 4:
        y0 = int(ys)
        bare = not (pre or g["open"] or g["part"])
        if bare and (
            y0 < 1800
            or (
                nxt
                and nxt[0].isalpha()
                and nxt not in _FUNCTION_WORDS
                and nxt[0].islower()
                and not nxt.endswith(("é", "ée", "és", "ées"))
            )
        ):
            return None
    part = lx.parts.get(norm(g["part"])) if g["part"] else None
    start = c.start
    if pre in ("de", "d'", "avant", "après", "vers", "d'ici") and not g["open"]:
        start = c.match.start("part") if g["part"] else c.match.start("y")

    def res(ctx: Context) -> Result | None:
        y = int(ys) if len(ys) == 4 else w.two_digit_year(int(ys), ctx.today.year if ctx.today else None)
        if part:
            return _since(absolute(cal.year_part(y, part), "part", mod=part), ctx, g["open"])
        return _since(absolute(cal.year(y), "year"), ctx, g["open"])

    return [Piece(start, c.end, res)]


def _decade(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    g = c.match.groupdict()
    s = norm(g["y"])
    if s in lx.decade_words:
        first = 1900 + lx.decade_words[s]
    elif len(s) == 4:
        first = int(s)
    else:
        first = -1
    if len(s) == 4 and first % 10 != 0:
        return None
    part = lx.parts.get(norm(g["part"])) if g["part"] else None

    def res(ctx: Context) -> Result | None:
        f = first if first >= 0 else w.two_digit_year(int(s), ctx.today.year if ctx.today else None)
        iv = cal.decade(f)
        if part:
            return absolute(cal.years_part(f, f + 9, part), "part", mod=part)
        return absolute(iv, "decade")

    return [Piece(c.start, c.end, res)]


def _century(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    g = c.match.groupdict()
    n = w.roman(g["n"])
    if n is None or not 11 <= n <= 22:
        return None
    part = lx.parts.get(norm(g["part"])) if g["part"] else None
    iv = cal.century(n)
    if part:
        first = iv[0].year
        return [
            Piece(
                c.start,
                c.end,
                lambda ctx: absolute(cal.years_part(first, first + 99, part), "part", mod=part),
            )
        ]
    return [Piece(c.start, c.end, lambda ctx: absolute(iv, "century"))]


def _season(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    g = c.match.groupdict()
    code = lx.seasons[norm(g["s"])]
    if not (g["det"] or g["y"] or g["mod"]):
        return None
    if w.proper_noun_use(text, c.match.start("s"), g["s"]) and not g["y"]:
        return None
    if not (g["y"] or g["mod"]) and _NAMED_AFTER.match(text, c.end):
        return None  # "au printemps de l'environnement", "l'été des festivals": an event's name
    part = lx.parts.get(norm(g["part"])) if g["part"] else None
    mod = w.modifier(lx, g["mod"])
    det = norm(g["det"] or "")

    def res(ctx: Context) -> Result | None:
        y = _year(c, "y", ctx)
        rel = y is None
        if y is None:
            if ctx.today is None:
                return unresolved("season")
            if det in ("cet", "ce") and not mod:
                direction: Direction = "present"
                strict = False
                y = ctx.today.year if code != "WI" or ctx.today.month >= 6 else ctx.today.year - 1
            else:
                direction, strict = _direction(ctx, c, mod)
                y = season_year(ctx.today, code, direction, strict)
        iv = cal.season(y, code)
        gran: Granularity = "season"
        if part:
            iv, gran = cal.span_part(iv, part), "part"
        r = from_dct(iv, gran) if rel else absolute(iv, gran)
        return _since(r, ctx, det if det.startswith("depuis") else None)

    return [Piece(c.start, c.end, res)]


def _ordpart(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    g = c.match.groupdict()
    k = lx.ordinals.get(norm(g["ord"]))
    unit = norm(g["u"])
    limit = {"trimestre": 4, "semestre": 2, "quinzaine": 2, "moitié": 2}[unit]
    if k is None or not 1 <= k <= limit or (unit == "quinzaine" and not g["m"]):
        return None
    m = w.month(lx, g["m"]) if g["m"] else None
    mod = w.modifier(lx, g["mod"])

    def res(ctx: Context) -> Result | None:
        y = _year(c, "y", ctx)
        rel = y is None
        if y is None:
            if ctx.today is None:
                return unresolved("part")
            if m is not None:
                direction, strict = _direction(ctx, c, mod)
                y = month_year(ctx.today, m, direction, strict)
            else:
                y = ctx.today.year + (1 if mod == "future" else -1 if mod == "past" else 0)
        iv: Interval
        gran: Granularity
        if unit == "quinzaine" and m is not None:
            iv = (date(y, m, 1), date(y, m, 15)) if k == 1 else (date(y, m, 16), cal.month(y, m)[1])
            gran = "part"
        elif unit == "moitié" and m is not None:
            iv = (date(y, m, 1), date(y, m, 15)) if k == 1 else (date(y, m, 16), cal.month(y, m)[1])
            gran = "part"
        elif unit == "trimestre":
            iv, gran = cal.quarter(y, k), "quarter"
        else:
            iv, gran = cal.half(y, k), "half"
        return from_dct(iv, gran) if rel else absolute(iv, gran)

    return [Piece(c.start, c.end, res)]


def _weekday(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    g = c.match.groupdict()
    if w.proper_noun_use(text, c.match.start("wd"), g["wd"]):
        return None
    wd = lx.weekdays[norm(g["wd"])]
    mod = w.modifier(lx, g.get("mod"))
    det = norm(g.get("det") or "")

    def res(ctx: Context) -> Result | None:
        if ctx.today is None:
            return unresolved("day")
        if det.startswith("depuis") and not mod:
            direction: Direction = "past"  # "depuis mardi": a day already gone
            strict = False
        elif not mod and ctx.today.weekday() == wd:
            direction, strict = "past", False  # the DCT's own weekday: same day whatever the tense
        else:
            direction, strict = _direction(ctx, c, mod)
        found = weekday_near(ctx.today, wd, "past" if direction == "past" else "future", strict)
        r = from_dct(cal.day(found), "day", confidence=0.9 if (mod or det == "ce") else 0.7)
        return _since(r, ctx, det if det.startswith("depuis") else None)

    return [Piece(c.start, c.end, res)]


def _holiday(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    g = c.match.groupdict()
    kind, a, b = lx.holidays[norm(g["h"])]
    mod = w.modifier(lx, g["mod"])

    def on(y: int) -> date:
        return cal.easter(y) + timedelta(days=a) if kind == "easter" else date(y, a, b)

    def res(ctx: Context) -> Result | None:
        y = _year(c, "y", ctx)
        if y is not None:
            return absolute(cal.day(on(y)), "day")
        if ctx.today is None:
            return unresolved("day")
        direction, strict = _direction(ctx, c, mod)
        t = ctx.today
        options = [on(t.year - 1), on(t.year), on(t.year + 1)]
        if direction == "past":
            found = max(d for d in options if d < t or (d == t and not strict))
        else:
            found = min(d for d in options if d > t or (d == t and not strict))
        return from_dct(cal.day(found), "day", confidence=0.7)

    return [Piece(c.start, c.end, res)]


def _ordwday(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
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
        y = _year(c, "y", ctx) if m is not None else _year(c, "sy", ctx)
        if y is not None:
            found = nth(y)
            return absolute(cal.day(found), "day") if found else None
        if ctx.today is None:
            return unresolved("day")
        # the day itself, not its period, is what lies before or after the DCT
        direction = _direction(ctx, c, "")[0]
        t = ctx.today
        options = [d for d in (nth(t.year - 1), nth(t.year), nth(t.year + 1)) if d is not None]
        if direction == "past":
            options = [d for d in options if d <= t] or options
        else:
            options = [d for d in options if d >= t] or options
        found = min(options, key=lambda d: abs((d - t).days)) if options else None
        return from_dct(cal.day(found), "day") if found else None

    return [Piece(c.start, c.end, res)]


RULES: dict[str, Callable[[Candidate, str, Lexicon], list[Piece] | None]] = {
    "date": _date,
    "numeric": _numeric,
    "dayrange": _dayrange,
    "daylist": _daylist,
    "monthrange": _monthrange,
    "month": _month,
    "yearrange": _yearrange,
    "year": _year_piece,
    "decade": _decade,
    "century": _century,
    "season": _season,
    "ordpart": _ordpart,
    "weekday": _weekday,
    "nightspan": _weekday,
    "ordwday": _ordwday,
    "holiday": _holiday,
}


def interpret(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    """The pieces a hit stands for, or None when it is not a date."""
    if c.rule in RULES:
        pieces = RULES[c.rule](c, text, lx)
        return None if pieces is None else [Piece(p.start, p.end, p.resolve, c.rule) for p in pieces]
    fn = RELATIVE_RULES.get(c.rule)
    if fn is None:
        return None
    got = fn(c, text, lx)
    return None if got is None else [Piece(s, e, r, c.rule) for s, e, r in got]
