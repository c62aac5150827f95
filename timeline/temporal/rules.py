"""Interpretation: each pattern hit becomes pieces (span + resolver); resolvers read the Context.

Reads: a `Candidate` and the text around it. Writes: `Piece`s, or None when the hit is not a date after all.
Context-free checks run at this step so that a refused hit frees its span for other patterns.
"""

from __future__ import annotations

from collections.abc import Callable

from timeline.temporal.lexicon import Lexicon
from timeline.temporal.patterns import Candidate
from timeline.temporal.pieces import Piece
from timeline.temporal.relative import RELATIVE_RULES
from timeline.temporal.rules_days import (
    read_date,
    read_daylist,
    read_dayrange,
    read_holiday,
    read_month,
    read_monthday,
    read_monthrange,
    read_nightdays,
    read_numeric,
    read_ordwday,
    read_weekday,
    read_weekday_number,
)
from timeline.temporal.rules_years import (
    read_century,
    read_decade,
    read_ordpart,
    read_season,
    read_year,
    read_yearrange,
)

RULES: dict[str, Callable[[Candidate, str, Lexicon], list[Piece] | None]] = {
    "date": read_date,
    "numeric": read_numeric,
    "dayrange": read_dayrange,
    "daylist": read_daylist,
    "monthrange": read_monthrange,
    "month": read_month,
    "yearrange": read_yearrange,
    "year": read_year,
    "decade": read_decade,
    "century": read_century,
    "season": read_season,
    "ordpart": read_ordpart,
    "weekday": read_weekday,
    "nightspan": read_weekday,
    "nightdays": read_nightdays,
    "monthday": read_monthday,
    "bareday": read_monthday,
    "ordwday": read_ordwday,
    "wdaynum": read_weekday_number,
    "holiday": read_holiday,
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
