"""Issue 3: French temporal expressions read as exact inclusive intervals (table in test_temporal_data.py).

DCT Tuesday 18 June 2024 unless a sentence starts with "dct=...|" (an empty value: no DCT).
"""

from __future__ import annotations

import pytest

from tests.test_temporal_data import ROWS, TRAPS
from timeline.temporal import PubDate, Timex, find_timexes


def _run(sentence: str) -> tuple[str, list[Timex]]:
    dct = "2024-06-18"
    if sentence.startswith("dct="):
        dct, sentence = sentence[4:].split("|", 1)
    return sentence, find_timexes(sentence, PubDate.parse(dct) if dct else PubDate(None))


def _over(text: str, timexes: list[Timex], phrase: str) -> list[Timex]:
    i = text.index(phrase)
    return [t for t in timexes if t.char_start < i + len(phrase) and i < t.char_end]


def test_table_is_large_and_ids_unique() -> None:
    ids = [r[0] for r in ROWS] + [t[0] for t in TRAPS]
    assert len(ROWS) + len(TRAPS) >= 200
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("sentence", "phrase", "start", "end", "granularity"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS]
)
def test_phrase_interval(sentence: str, phrase: str, start: str, end: str, granularity: str) -> None:
    t = check_interval(sentence, phrase, start, end, granularity)
    if not start:
        assert t.anchor == "none"


def check_interval(sentence: str, phrase: str, start: str, end: str, granularity: str) -> Timex:
    """The one timex over `phrase` has exactly this interval and granularity (unresolved when empty)."""
    text, found = _run(sentence)
    hit = _over(text, found, phrase)
    assert len(hit) == 1, [t.text for t in found]
    t = hit[0]
    got = (t.date_start.isoformat() if t.date_start else "", t.date_end.isoformat() if t.date_end else "")
    assert (got, t.granularity) == ((start, end), granularity)
    assert text[t.char_start : t.char_end] == t.text
    if not start:
        assert not t.resolved
    return t


@pytest.mark.parametrize(("sentence", "phrase"), [t[1:] for t in TRAPS], ids=[t[0] for t in TRAPS])
def test_never_a_date(sentence: str, phrase: str) -> None:
    text, found = _run(sentence)
    assert _over(text, found, phrase) == []


def test_header_line_is_never_reported() -> None:
    text = "date 2024-06-18 Le ministre a parlé hier."
    found = find_timexes(text, PubDate(None))
    assert [t.text for t in found] == ["hier"]
    assert found[0].date_start is not None and found[0].date_start.isoformat() == "2024-06-17"


def test_anchor_and_vague_flags() -> None:
    text = "À l'été 2000, il est venu. Trois ans plus tôt, il était parti. Il y a quelques mois, il a écrit."
    found = find_timexes(text, PubDate.parse("2024-06-18"))
    assert [(t.anchor, t.vague) for t in found] == [("absolute", False), ("previous", False), ("dct", True)]
    assert found[0].value == "2000-SU"


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("au printemps 2024", "2024-SP"),
        ("à l'été 2024", "2024-SU"),  # the solstice, 20 June 2024, is also spring's last day
        ("à l'automne 2024", "2024-FA"),  # the equinox, 22 September 2024, is also summer's last day
        ("à l'hiver 2024", "2024-WI"),
        ("à l'été 2003", "2003-SU"),
    ],
)
def test_season_value_names_the_season_said(phrase: str, value: str) -> None:
    found = find_timexes(f"Il est venu {phrase}.", PubDate.parse("2025-01-10"))
    assert [(t.granularity, t.value) for t in found] == [("season", value)]


def test_values_are_timex3_like() -> None:
    text = "Début mars 2024, la semaine dernière, les années 1990, au XXe siècle, au premier trimestre 2023."
    values = [(t.value, t.mod) for t in find_timexes(text, PubDate.parse("2024-06-18"))]
    assert values == [("2024-03", "START"), ("2024-W24", ""), ("199", ""), ("19", ""), ("2023-Q1", "")]


def test_caller_doc_with_morphology_decides_the_tense() -> None:
    from timeline.temporal.tense import _morph_doc

    text = "Le président arrive jeudi à Berlin et repart samedi."
    found = find_timexes(text, PubDate.parse("2024-06-18"), doc=_morph_doc(text))
    assert [(t.text, str(t.date_start)) for t in found] == [("jeudi", "2024-06-20"), ("samedi", "2024-06-22")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le texte, paraphé mercredi, prévoit une aide mutuelle.", [("mercredi", "2024-06-12")]),
        ("Le sommet prévu jeudi aura lieu à Genève.", [("jeudi", "2024-06-20")]),
    ],
    ids=["bare-participle-past", "planning-participle-future"],
)
def test_participle_before_the_day_decides_with_a_doc(text: str, expected: list[tuple[str, str]]) -> None:
    from timeline.temporal.tense import _morph_doc

    found = find_timexes(text, PubDate.parse("2024-06-18"), doc=_morph_doc(text))
    assert [(t.text, str(t.date_start)) for t in found] == expected


def test_present_tense_without_lexical_cue_uses_spacy() -> None:
    text = "Le ministre visite jeudi une usine."  # no listed form: the morphologizer decides
    found = find_timexes(text, PubDate.parse("2024-06-18"))
    assert [(t.text, str(t.date_start)) for t in found] == [("jeudi", "2024-06-20")]


def test_day_after_an_event_is_vague_without_a_day_in_its_sentence() -> None:
    text = (
        "Le 3 mai, la loi a été votée. Au lendemain du scrutin, le ministre a parlé. "
        "Mardi, à la veille du vote, il a cédé."
    )
    found = find_timexes(text, PubDate.parse("2024-06-18"))
    got = [(t.text, str(t.date_start), t.anchor, t.vague) for t in found]
    assert got == [
        ("Le 3 mai", "2024-05-03", "dct", False),
        ("Au lendemain", "None", "none", True),
        ("Mardi", "2024-06-18", "dct", False),
        ("à la veille", "2024-06-18", "previous", False),
    ]


def test_since_gives_the_start_period_with_mod_since() -> None:
    found = find_timexes("Il préside le club depuis mars 2019.", PubDate.parse("2024-06-18"))
    assert [(t.text, str(t.date_start), str(t.date_end), t.mod) for t in found] == [
        ("depuis mars 2019", "2019-03-01", "2019-03-31", "SINCE")
    ]


def test_warm_up_loads_the_tense_model_once() -> None:
    from timeline.temporal import warm_up
    from timeline.temporal.tense import _pipeline

    warm_up()
    warm_up()
    assert _pipeline.cache_info().currsize == 1
