"""Whole documents through the whole pipeline, compared to a reviewed golden CSV (issues 2, 3, 4).

Regenerate on purpose only, and review the diff: FRISE_REGENERATE=1 pytest tests/test_pipeline_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

from timeline.export import read_events_csv, to_csv_bytes
from timeline.extract import extract_many
from timeline.ingest import IngestProblem, read_paths
from timeline.schema import event_to_dict
from timeline.table import events_to_frame

FIXTURES = Path(__file__).parent / "fixtures" / "pipeline"
GOLDEN = FIXTURES / "expected_events.csv"


def _events() -> list:  # type: ignore[type-arg]
    docs = [d for d in read_paths(sorted(FIXTURES.glob("*.txt"))) if not isinstance(d, IngestProblem)]
    assert len(docs) == 2
    return [e for _, evs in extract_many(docs) for e in evs]


def test_pipeline_matches_golden_events() -> None:
    events = _events()
    if os.environ.get("FRISE_REGENERATE"):
        GOLDEN.write_bytes(to_csv_bytes(events_to_frame(events)))
    expected = read_events_csv(GOLDEN.read_bytes())
    got = [event_to_dict(e) for e in events]
    want = [event_to_dict(e) for e in expected]
    assert [(g["date_text"], g["date_start"], g["date_end"]) for g in got] == [
        (w["date_text"], w["date_start"], w["date_end"]) for w in want
    ]
    assert got == want


def test_golden_holds_what_a_reader_expects() -> None:
    """The golden file itself is checked against facts of the texts, so a careless regeneration fails."""
    by_text = {(e.date_text, e.doc_id[:0]): e for e in read_events_csv(GOLDEN.read_bytes())}
    dates = {
        k[0]: (
            v.date_start.isoformat() if v.date_start else None,
            v.date_end.isoformat() if v.date_end else None,
        )
        for k, v in by_text.items()
    }
    assert dates["jeudi"] == ("2024-06-20", "2024-06-20")
    assert dates["mercredi"] == ("2024-06-19", "2024-06-19")
    assert dates["dès mardi soir"] == ("2024-06-18", "2024-06-18")
    assert dates["En mars"] == ("2024-03-01", "2024-03-31")
    assert dates["dimanche 11 août"] == ("2024-08-11", "2024-08-11")
    assert dates["le 26 juillet"] == ("2024-07-26", "2024-07-26")
    assert dates["le 28 août"] == ("2024-08-28", "2024-08-28")
    assert dates["à l'été 1924"] == ("1924-06-21", "1924-09-22")
    events = read_events_csv(GOLDEN.read_bytes())
    people = {p for e in events for p in e.persons}
    assert {"Vladimir Poutine", "Kim Jong Un", "Yoon Suk Yeol", "Emmanuel Macron"} <= people
    countries = {c for e in events for c in e.countries}
    assert {"Corée du Sud", "Russie", "Corée du Nord", "France"} <= countries
