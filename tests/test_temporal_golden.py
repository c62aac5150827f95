"""Whole-document golden tests: our own short French texts and their expected timexes (issue 3).

Each tests/golden/temporal/NAME.txt has NAME.json beside it: the DCT given (or null) and the expected list.
Regenerate only on purpose (FRISE_REGEN_GOLDEN=1) and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from timeline.temporal import PubDate, Timex, find_timexes

GOLDEN = Path(__file__).parent / "golden" / "temporal"
CASES = sorted(p.stem for p in GOLDEN.glob("*.txt"))


def _as_dict(t: Timex) -> dict[str, Any]:
    return {k: v for k, v in t.as_record().items() if k != "confidence"}


@pytest.mark.parametrize("name", CASES)
def test_golden_document(name: str) -> None:
    text = (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")
    path = GOLDEN / f"{name}.json"
    expected = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"dct": None}
    got = [_as_dict(t) for t in find_timexes(text, PubDate.parse(expected["dct"]))]
    if os.environ.get("FRISE_REGEN_GOLDEN") == "1":
        path.write_text(
            json.dumps({"dct": expected["dct"], "timexes": got}, ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8",
        )
    assert got == expected["timexes"]
    for t in got:
        assert text[t["char_start"] : t["char_end"]] == t["text"]


def test_every_golden_text_has_its_expectation() -> None:
    assert CASES and all((GOLDEN / f"{n}.json").exists() for n in CASES)
