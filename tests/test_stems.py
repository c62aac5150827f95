"""Stems the grouping compares words by: forms of one word meet, other words stay apart."""

from __future__ import annotations

import pytest

from timeline.stems import content_stems, fold, stem


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("feux", "feu"),
        ("Jeux", "jeu"),
        ("adieux", "adieu"),
        ("lieux", "lieu"),
        ("Bleus", "bleu"),
        ("pneus", "pneu"),
        ("heureuse", "heureux"),
        ("œuvre", "oeuvre"),
        ("Sœur", "soeur"),
        ("signés", "signer"),
        ("bateaux", "bateau"),
    ],
)
def test_forms_of_one_word_meet(a: str, b: str) -> None:
    assert stem(a) is not None and stem(a) == stem(b)


@pytest.mark.parametrize(("a", "b"), [("jeu", "jeune"), ("feu", "fête"), ("cœur", "cour"), ("sœur", "sur")])
def test_other_words_stay_apart(a: str, b: str) -> None:
    assert stem(a) != stem(b)


def test_ligatures_fold_to_their_letters() -> None:
    # Unicode does not decompose œ and æ: dropped, "sœur" folded to "sur" (a stop word) and "vœu" to "vu"
    assert fold("Œuvre, sœur, vœu, cæcum") == "oeuvre, soeur, voeu, caecum"
    assert content_stems("la sœur du vœu") == [stem("soeur"), stem("voeu")]
