"""The two ends of a range told as two expressions, placed in order: "de janvier à mi-mars", "entre mi-août
2017 et fin novembre".

The patterns read ranges whose two ends share one shape ("du 3 au 5 mai", "entre mars et mai", "de 2011 à
2020") as one expression; ends of two shapes ("de janvier à mi-mars", "de 1990 à fin 1995", "entre le 3 mars
et fin avril") are found as two, each resolved on its own, and an end without its year could land before
the start ("de janvier à mi-mars" told in the past in December: January ahead, mid-March behind). This pass
moves such an end by a year. Hand-written: no library we use reads French ranges.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from timeline.temporal import calendar as cal
from timeline.temporal.context import Direction, value_of
from timeline.temporal.types import Timex

# the word that opens the range: inside the first expression ("de l'été 2019", "du printemps") or before it
_LEAD_IN = re.compile(r"(?:(?P<lead>entre|de|du)\s+|(?P<elided>d['’]))", re.IGNORECASE)
_LEAD_BEFORE = re.compile(
    r"(?<![\w-])(?:(?P<lead>entre|de|du)\s+|(?P<elided>d['’]))(?:(?:la|le)\s+|l['’])?$", re.IGNORECASE
)
# the word that closes it, with the article of the second expression ("et la fin novembre", "à l'automne")
_LINK = re.compile(r"\s+(?P<link>et|à|au|jusqu['’](?:à|au))\s+(?:(?:la|le)\s+|l['’])?", re.IGNORECASE)
_PAIRS = {"entre": ("et",), "de": ("à", "au", "jusqu'à", "jusqu'au"), "du": ("au", "à", "jusqu'au")}
MAX_DAYS = 3 * 366
"""A period joined from an end without its year spans at most this many days (a year moved makes no range
of a decade)."""


def join_ranges(text: str, out: list[Timex], direction: Callable[[int, int], Direction]) -> list[Timex]:
    """`out` with the two ends of each range ("entre X et Y", "de X à Y") placed in order: an end without a
    year moved by a year when the two came out of order; `direction` gives the tense at an expression (to
    place a range both ends of which lack a year). The two stay two expressions, as TimeBank annotates
    them: joined, French TimeBank's extraction F1 fell from 0.965 to 0.954."""
    out = list(out)
    for k in range(len(out) - 1):
        ends = _range_of(text, out[k], out[k + 1], direction)
        if ends is not None:
            out[k], out[k + 1] = ends
    return out


def _range_of(
    text: str, t: Timex, u: Timex, direction: Callable[[int, int], Direction]
) -> tuple[Timex, Timex] | None:
    if not (_placed(t) and _placed(u)) or "SINCE" in (t.mod, u.mod):
        return None
    inside = _LEAD_IN.match(t.text)
    before = None if inside else _LEAD_BEFORE.search(text, max(0, t.char_start - 12), t.char_start)
    lead_match = inside or before
    link = _LINK.match(text, t.char_end)
    if lead_match is None or link is None or not t.char_end <= u.char_start <= link.end():
        return None
    lead = _word(lead_match.group("lead") or lead_match.group("elided") or "")
    if _word(link.group("link")) not in _PAIRS["de" if lead == "d'" else lead]:
        return None
    first, last = _placed_in_order(t, u, direction)
    if first is None or last is None:
        return None
    return first, last


def _placed(t: Timex) -> bool:
    return t.date_start is not None and t.date_end is not None and not t.vague


def _word(s: str) -> str:
    return s.lower().replace("’", "'")


def _placed_in_order(
    t: Timex, u: Timex, direction: Callable[[int, int], Direction]
) -> tuple[Timex | None, Timex | None]:
    """The two ends, an end without a year moved by a year when the two came out of order ("de janvier à
    mi-mars" told in the past in December: January of the year of mid-March); None when no order holds."""
    if _ordered(t, u):
        return t, u
    moves: list[tuple[str, Timex, Timex]] = []
    if u.anchor != "absolute":
        moves.append(("end", t, shifted(u, 1)))
    if t.anchor != "absolute":
        moves.append(("start", shifted(t, -1), u))
    if len(moves) == 2:
        # told ahead ("se tiendra de novembre à février"), the end moves on; told in the past ("a duré de
        # janvier à mi-mars"), the start moves back
        first_move = "end" if direction(t.char_start, u.char_end) == "future" else "start"
        moves.sort(key=lambda m: m[0] != first_move)
    for _, a, b in moves:
        if _ordered(a, b):
            return a, b
    return None, None


def _ordered(t: Timex, u: Timex) -> bool:
    """Whether `t` opens a period `u` closes: in order, and within `MAX_DAYS` unless both give their year."""
    assert t.date_start and t.date_end and u.date_start and u.date_end
    if not (t.date_start <= u.date_start and t.date_end <= u.date_end):
        return False
    return t.anchor == u.anchor == "absolute" or (u.date_end - t.date_start).days <= MAX_DAYS


def shifted(t: Timex, years: int) -> Timex:
    """`t` moved by `years` (29 February to the 28th; as it is beyond the calendar's years)."""
    assert t.date_start is not None and t.date_end is not None
    try:
        a = cal.with_year(t.date_start, t.date_start.year + years)
        b = cal.with_year(t.date_end, t.date_end.year + years)
    except ValueError:
        return t
    return replace(t, date_start=a, date_end=b, value=value_of((a, b), t.granularity))
