"""The fast trigger scan and the factored alternations find exactly what the plain ones find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import patterns as pm
from timeline.temporal.lexicon import alternation, trie_alternation

_P = pm.PATTERNS
_WORDS = sorted(_P.trigger_words) + [
    "a", "ont", "en", "an", "été", "Été", "ÉTÉ", "MARS", "Mars", "12", "2024", "99", "3h", "14h30", "12h",
    "km²", "²3", "x_y", "œuvre", "İstanbul", "ſ", "K",
]  # fmt: skip
_SEPS = [" ", "", ",", ". ", "-", "/", "'", "’", "\n", "\u00a0", "\u202f", " h ", "(", "."]
_texts = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPS)), max_size=40).map(
    lambda parts: "".join(w + s for w, s in parts)
)


def test_scan_is_built() -> None:
    assert _P.scan is not None


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_scanned_points_are_the_word_by_word_points(text: str) -> None:
    assert _P.scan is not None
    if pm._UNCOMMON.search(text) is None:
        assert _P._scanned_points(text, _P.scan) == _P._points(text)


def test_uncommon_characters_take_the_general_way() -> None:
    assert pm._UNCOMMON.search("İstanbul, le 3 mars") is not None
    assert pm._UNCOMMON.search("« Le 3 mars 2024 », 1 000 km² – œuvre d’été\u202f!") is None


_FORMS = ["mars", "mar", "mai", "avant-hier", "hier", "il y a", "l'an", "aujourd'hui", "jour", "jours"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*_FORMS, " ", "x", "'", "’", "  ", "AN", "Hier"]), max_size=20))
def test_trie_alternation_matches_like_alternation(parts: list[str]) -> None:
    text = "".join(parts)
    plain = re.compile(rf"(?:{alternation(_FORMS)})(?!\w)", re.IGNORECASE)
    trie = re.compile(rf"(?:{trie_alternation(_FORMS)})(?!\w)", re.IGNORECASE)
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in trie.finditer(text)]
