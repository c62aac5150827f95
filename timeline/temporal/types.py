"""Records of the temporal package: the publication date of a document and one resolved expression."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from timeline.schema import Anchor, Granularity, Origin, Precision

FINE: frozenset[str] = frozenset({"day", "month", "part", "season", "week", "weekend"})
"""Granularities of a date that places its story in one stretch of a year (a bare year or a decade does
not)."""


@dataclass(frozen=True)
class PubDate:
    """A document creation time (DCT): the publication date with its precision and origin.

    `value` is the first day of the known period (2024-06-01 for "date 2024-06"); None when unknown.
    """

    value: date | None
    precision: Precision = "unknown"
    origin: Origin = "none"

    @classmethod
    def parse(cls, text: str | None, origin: Origin = "given") -> PubDate:
        """Read 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' (anything else, or empty, gives an unknown date)."""
        s = (text or "").strip()
        try:
            if len(s) == 10:
                return cls(date.fromisoformat(s), "day", origin)
            if len(s) == 7 and s[4] == "-":
                return cls(date(int(s[:4]), int(s[5:7]), 1), "month", origin)
            if len(s) == 4 and s.isdigit():
                return cls(date(int(s), 1, 1), "year", origin)
        except ValueError:
            pass
        return cls(None, "unknown", "none")

    def iso(self) -> str:
        """The date written at its precision ('2024-06-18', '2024-06', '2024' or '')."""
        if self.value is None:
            return ""
        return {
            "day": self.value.isoformat(),
            "month": self.value.isoformat()[:7],
            "year": str(self.value.year),
        }.get(self.precision, "")


@dataclass(frozen=True)
class Timex:
    """One temporal expression found in a text, normalised to an inclusive calendar interval.

    `date_start`/`date_end` are None when the expression is relative and no anchor is known
    (`resolved` False).
    `char_start`/`char_end` index the text given to the extractor (end exclusive).
    """

    text: str
    char_start: int
    char_end: int
    date_start: date | None
    date_end: date | None
    granularity: Granularity
    value: str
    anchor: Anchor
    vague: bool = False
    confidence: float = 1.0
    mod: str = ""
    """TIMEX3-style modifier of `value`: START, MID, END (parts) or SINCE (the start of a lasting state)."""

    def as_record(self) -> dict[str, Any]:
        """JSON-ready fields, in the order `timeline timexes` prints them (dates as ISO strings)."""
        return {
            "text": self.text,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "date_start": self.date_start.isoformat() if self.date_start else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "granularity": self.granularity,
            "value": self.value,
            "mod": self.mod,
            "anchor": self.anchor,
            "vague": self.vague,
            "confidence": round(self.confidence, 3),
        }

    @property
    def resolved(self) -> bool:
        return self.date_start is not None and self.date_end is not None
