# ruff: noqa: E501  (one phrase per line reads best as a table)
"""Tense and anchoring of plans, past day-months, "N jours après" and nights, read as exact intervals.

Each row: id, sentence (a leading "dct=YYYY-MM-DD|" sets the DCT), phrase, start, end, granularity;
empty start and end: found but left unresolved.
"""

from __future__ import annotations

import pytest

from tests.test_temporal_phrases import _over, _run

ROWS = [
    # "doit / devait + infinitive" is a plan, also through a passive with an adverb
    ("plan-passive-adverb", "dct=2022-09-09|Il doit être officiellement proclamé samedi au palais Saint-James.", "samedi", "2022-09-10", "2022-09-10", "day"),
    ("plan-devait-passive", "dct=2022-09-09|Le texte devait être signé mardi à Bruxelles.", "mardi", "2022-09-13", "2022-09-13", "day"),
    ("plan-compound-adverb", "dct=2022-09-09|Il a été officiellement proclamé samedi.", "samedi", "2022-09-03", "2022-09-03", "day"),
    ("bare-participle-past", "dct=2022-09-09|Le texte, paraphé mercredi, entre en vigueur.", "mercredi", "2022-09-07", "2022-09-07", "day"),
]


@pytest.mark.parametrize(
    ("sentence", "phrase", "start", "end", "granularity"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS]
)
def test_phrase_interval(sentence: str, phrase: str, start: str, end: str, granularity: str) -> None:
    text, found = _run(sentence)
    hit = _over(text, found, phrase)
    assert len(hit) == 1, [t.text for t in found]
    t = hit[0]
    got = (t.date_start.isoformat() if t.date_start else "", t.date_end.isoformat() if t.date_end else "")
    assert (got, t.granularity) == ((start, end), granularity)
    if not start:
        assert not t.resolved
