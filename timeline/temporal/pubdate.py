"""The publication date (DCT) of a text: a leading "date YYYY-MM[-DD]" header, or inferred from the text."""

from __future__ import annotations

import re

from timeline.temporal.types import PubDate

_HEADER = re.compile(
    r"\A[ \t\r\n\ufeff]{0,200}date[ \t]{1,20}(\d{4}-\d{2}(?:-\d{2})?)(?![\d-])[ \t]{0,20}(?:\r?\n)?"
)


def read_header(text: str) -> tuple[PubDate, int]:
    """The header date (origin "header") and the offset where the body starts (0, unknown date: none)."""
    m = _HEADER.match(text)
    if not m:
        return PubDate(None), 0
    pub = PubDate.parse(m.group(1), origin="header")
    return (pub, m.end()) if pub.value is not None else (PubDate(None), 0)
