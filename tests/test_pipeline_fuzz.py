"""Fuzzing the whole pipeline (ingest of pasted text -> events): no crash, and every event is well formed.

A short run is part of `make test`; `make test-slow` runs many more examples (issue 7).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.extract import extract_events
from timeline.ingest import read_pasted
from timeline.schema import Document
from timeline.table import events_to_frame, validate_frame

PIECES = [
    "le 19 juin 2024",
    "hier",
    "mardi dernier",
    "début mars",
    "(1950-1953)",
    "février-mars 2014",
    "l'été 2000",
    "il y a 3000 ans",
    "le 32 mars",
    "12 12 12",
    "7000",
    "G7",
    "terrain3",
    "Vladimir Poutine",
    "Kim Jong-un",
    "le président russe",
    "Moscou",
    "l'ONU",
    "« ",
    " »",
    ". ",
    "\n\n",
    "• ",
    "%{x}",
    "<script>",
    "’",
    "1er",
    "du 3 au",
    "au 5 mai",
    "XXe siècle",
    "les années 90",
    "date 2024-06\n",
    "Mars",
    "sept",
    "trois ans plus tôt",
]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map(" ".join)
DATES = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))


def _check(text: str, published: date | None) -> None:
    item = read_pasted(text, published.isoformat() if published else None)
    if not isinstance(item, Document):
        return  # empty or binary-looking input: a message, not a crash
    events = extract_events(item)
    validate_frame(events_to_frame(events))
    for e in events:
        if e.char_start >= 0:
            assert item.text[e.char_start : e.char_end] == e.date_text
        assert item.text[e.sentence_start : e.sentence_start + len(e.sentence)] == e.sentence
        if e.date_start is not None and e.date_end is not None:
            assert e.date_start <= e.date_end
            assert date(1, 1, 1) < e.date_start and e.date_end < date(9999, 1, 1)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, DATES)
def test_pipeline_never_crashes(text: str, published: date | None) -> None:
    _check(text, published)


@pytest.mark.slow
@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, DATES)
def test_pipeline_never_crashes_long_run(text: str, published: date | None) -> None:
    _check(text, published)
