"""Rules for years and longer periods: "en 2022", "(1950-1953)", "les années 1990", "au XXe siècle",
"l'été 2000", "au premier trimestre 2023".

Reads: a `Candidate` and the text around it. Writes: `Piece`s, or None when the hit is not a date after all
(a count such as "1500 personnes", a participle "été", an event named after a season).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from timeline.schema import Granularity
from timeline.temporal import calendar as cal
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
)
from timeline.temporal.lexicon import Lexicon, norm
from timeline.temporal.patterns import Candidate
from timeline.temporal.pieces import (
    Piece,
    direction_for,
    since,
    told_year,
    year_group,
)

_NAMED_AFTER = re.compile(r"\s{1,3}(?:de\s+l['’]|du\s|des\s|de\s+la\s)", re.IGNORECASE)


_FUNCTION_WORDS = frozenset(
    "et à au aux en de des du le la les où qui que qu il elle ils elles a est ont sont pour par avec sur "
    "dans contre "
    "puis ou se ne était avait fut sera après avant lors alors déjà, date dès jusqu".split()
)

_ELIDED = re.compile(r"(?:c|d|j|l|m|n|qu|s|t)['’]")
"""An elided function word ("n'a", "s'est", "l'a") after a bare year: no count noun."""


def read_yearrange(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    g = c.match.groupdict()
    y1 = int(g["y1"])
    y2 = int(g["y2"]) if len(g["y2"]) == 4 else (y1 // 100) * 100 + int(g["y2"])
    if not (cal.plausible_year(y1) and cal.plausible_year(y2)) or not 0 < y2 - y1 <= 100:
        return None
    if w.next_word(text, c.end) in lx.count_nouns:
        return None
    # "en 1994 et 1995", "les élections de 2002 et 2007": two years, each its own date; "et" joins a range
    # only after "entre"
    between = c.match.string[c.match.end("y1") : c.match.start("y2")]
    if between.strip() == "et" and norm(g["pre"] or "") != "entre":
        return None
    return [Piece(c.start, c.end, lambda ctx: absolute(cal.years(y1, y2), "year"))]


_DECADES_BEFORE = re.compile(r"\bannées\s+\d{3}0(?:\s*,\s*\d{3}0)*\s*(?:,|et|ou)\s*$", re.IGNORECASE)


def read_year(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    g = c.match.groupdict()
    ys = g["y"]
    pre = norm(g["pre"] or "")
    nxt = w.next_word(text, c.end)
    # "la loi 1920" numbers a law; "la loi de 1920" dates one: only the word right before the digits counts
    digits = c.start + c.match.start("y") - c.match.start()
    if nxt in lx.count_nouns or w.previous_word(text, digits) in lx.numbered_nouns:
        return None
    if len(ys) == 2 and pre in ("l'an", "l’an"):
        return None  # "l'an 79" is the year 79, before any year we date (`calendar.MIN_YEAR`), not 1979
    if len(ys) == 4:
        y0 = int(ys)
        bare = not (pre or g["open"] or g["part"])
        if bare and (
            y0 < 1800
            or (
                nxt
                and nxt[0].isalpha()
                and nxt not in _FUNCTION_WORDS
                and not _ELIDED.match(nxt)  # "promise pour 2022 n'a pas eu lieu"
                and nxt[0].islower()
                and not nxt.endswith(("é", "ée", "és", "ées"))
            )
        ):
            return None
    if len(ys) == 4 and int(ys) % 10 == 0 and not (pre or g["open"] or g["part"]):
        # "les années 1970 et 1980": the decade word before the first year names the second one too
        if _DECADES_BEFORE.search(text, 0, c.start + c.match.start("y") - c.match.start()):
            return [Piece(c.start, c.end, lambda ctx: absolute(cal.decade(int(ys)), "decade"))]
    part = lx.parts.get(norm(g["part"])) if g["part"] else None
    start = c.start
    if pre in ("de", "d'", "avant", "après", "vers", "d'ici") and not g["open"]:
        start = c.match.start("part") if g["part"] else c.match.start("y")

    def res(ctx: Context) -> Result | None:
        y = int(ys) if len(ys) == 4 else w.two_digit_year(int(ys), ctx.today.year if ctx.today else None)
        if part:
            return since(absolute(cal.year_part(y, part), "part", mod=part), ctx, g["open"])
        return since(absolute(cal.year(y), "year"), ctx, g["open"])

    return [Piece(start, c.end, res)]


def read_decade(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
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


def read_century(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
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


def read_season(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    g = c.match.groupdict()
    code = lx.seasons[norm(g["s"])]
    if not (g["det"] or g["part"] or g["y"] or g["mod"] or g["same"]):
        return None  # "le printemps" alone may be any; "la fin de l'hiver" is the nearest
    if w.proper_noun_use(text, c.match.start("s"), g["s"]) and not g["y"]:
        return None
    if not (g["y"] or g["mod"] or g["same"]) and _NAMED_AFTER.match(text, c.end):
        return None  # "au printemps de l'environnement", "l'été des festivals": an event's name
    part = lx.parts.get(norm(g["part"])) if g["part"] else None
    mod = w.modifier(lx, g["mod"])
    det = norm(g["det"] or "")
    # "l'hiver suivant", "au printemps précédent": the season after or before the date the text last told
    step = (1 if mod == "future" else -1) if w.anchored_modifier(g["mod"]) else 0

    def res(ctx: Context) -> Result | None:
        ref = ctx.reference.interval if ctx.reference is not None else None
        if step and not g["y"] and ref is not None:
            pivot = ref[1] if step > 0 else ref[0]
            seasons = [(k, cal.season(k, code)) for k in range(pivot.year - 2, pivot.year + 2)]
            if step > 0:
                y0 = min(k for k, (a, _) in seasons if a > pivot)
            else:
                y0 = max(k for k, (_, b) in seasons if b < pivot)
            iv0 = cal.season(y0, code)
            r0 = absolute(cal.span_part(iv0, part) if part else iv0, "part" if part else "season")
            return None if r0 is None else replace(r0, anchor="previous", confidence=0.8)
        y = year_group(c, "y", ctx)
        told = told_year(ctx) if g["same"] else None  # "à l'automne de la même année"
        rel = y is None and told is None
        y = told if y is None else y
        if y is None:
            if ctx.today is None:
                return unresolved("season")
            if det in ("cet", "ce") and not mod:
                direction: Direction = "present"
                strict = False
                y = ctx.today.year if code != "WI" or ctx.today.month >= 6 else ctx.today.year - 1
            else:
                direction, strict = direction_for(ctx, c, mod)
                if direction == "near" and not ctx.told_before(c.start, c.end):
                    # a season planned or set, told as news ("est prévu à l'automne", "est fixé au
                    # printemps" in December): the one not yet over; told in the imperfect or the pluperfect
                    # ("avaient promis de les publier à l'automne"), the nearest either side
                    direction = "future"
                y = season_year(ctx.today, code, direction, strict)
        iv = cal.season(y, code)
        gran: Granularity = "season"
        if part:
            iv, gran = cal.span_part(iv, part), "part"
        r = from_dct(iv, gran) if rel else absolute(iv, gran)
        if told is not None and r is not None:
            r = replace(r, anchor="previous", confidence=0.8)
        return since(r, ctx, det if det.startswith("depuis") else None)

    return [Piece(c.start, c.end, res)]


def read_ordpart(c: Candidate, text: str, lx: Lexicon) -> list[Piece] | None:
    g = c.match.groupdict()
    k = lx.ordinals.get(norm(g["ord"]))
    unit = norm(g["u"])
    limit = {"trimestre": 4, "semestre": 2, "quinzaine": 2, "moitié": 2}[unit]
    if k is None or not 1 <= k <= limit or (unit == "quinzaine" and not g["m"]):
        return None
    m = w.month(lx, g["m"]) if g["m"] else None
    mod = w.modifier(lx, g["mod"])

    def res(ctx: Context) -> Result | None:
        y = year_group(c, "y", ctx)
        rel = y is None
        if y is None:
            if ctx.today is None:
                return unresolved("part")
            if m is not None:
                direction, strict = direction_for(ctx, c, mod)
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
