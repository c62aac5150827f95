"""Text cleaning, sentences and the parsed Doc (issue 4)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.nlp import clean_text, get_nlp, parse, parse_many, sentence_starts, sentences


@given(st.text())
@settings(max_examples=300)
def test_clean_text_keeps_length(text: str) -> None:
    assert len(clean_text(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sur le terrain3.", "sur le terrain ."),
        ("des obus d’artillerie4.", "des obus d'artillerie ."),
        ("pour les envahisseurs »5.", "pour les envahisseurs » ."),
        ("dans l’arène internationale2\n", "dans l'arène internationale \n"),
        ("de combat12, puis", "de combat  , puis"),
        ("  • La Corée du Nord", "    La Corée du Nord"),
        ("avant\x0cpendant\x07après", "avant pendant après"),
    ],
    ids=["terrain3", "artillerie4", "quote5", "newline2", "two-digits", "bullet", "control"],
)
def test_clean_text_fixes(text: str, expected: str) -> None:
    assert clean_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "le G7 et le G20",
        "la COP28 à Dubaï",
        "des F-16 livrés",
        "7,5 % de hausse",
        "en 2022.",
        "12.000 obus",
        "MiG-29",
    ],
    ids=["g7", "cop28", "f16", "decimal", "year", "thousands", "mig-29"],
)
def test_clean_text_leaves_real_numbers(text: str) -> None:
    assert clean_text(text) == text


def offsets_to_texts(text: str) -> list[str]:
    starts = sentence_starts(text) + [len(text)]
    return [text[a:b].strip() for a, b in zip(starts, starts[1:], strict=False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il est parti. Elle est restée.", ["Il est parti.", "Elle est restée."]),
        ("M. Dupont est arrivé. Mme Durand aussi.", ["M. Dupont est arrivé.", "Mme Durand aussi."]),
        ("Un titre sans point\n\nLe texte suit.", ["Un titre sans point", "Le texte suit."]),
        ("visant le Nord.La dernière fois", ["visant le Nord.", "La dernière fois"]),
        ("« C'est fini. » Il se tait.", ["« C'est fini. »", "Il se tait."]),
        ("Vraiment ? oui, vraiment.", ["Vraiment ? oui, vraiment."]),
        ("J.-C. Killy a skié.", ["J.-C. Killy a skié."]),
    ],
    ids=["simple", "abbreviations", "heading", "glued", "quote", "lowercase-after-question", "initials"],
)
def test_sentence_starts(text: str, expected: list[str]) -> None:
    assert offsets_to_texts(text) == expected


def test_parse_keeps_offsets_and_finds_sentences() -> None:
    text = "Moscou a réagi3. \n • Les Occidentaux hésitent.\nLa suite."
    doc = parse(text)
    assert len(doc.text) == len(text)
    assert [s.text.strip() for s in sentences(doc)] == [
        "Moscou a réagi .",
        "Les Occidentaux hésitent.",
        "La suite.",
    ]
    assert [s.text for s in sentences(doc)] == [s.text for s in doc.sents]


def test_parse_many_keeps_order_and_sets_lemmas() -> None:
    texts = ["Les sanctions frappent les banques.", "", "Les Nations unies ont voté."]
    docs = list(parse_many(texts, batch_size=2))
    assert [d.text for d in docs] == texts
    assert [t.lemma_ for t in docs[0]][:3] == ["le", "sanction", "frapper"]
    assert docs[2][1].lemma_ == "nation"


def test_unknown_names_get_ner() -> None:
    doc = parse("Selon l'Institut de géopolitique des Carpates, la crise est grave.")
    assert any(e.label_ == "ORG" for e in doc.ents)


def test_pipeline_has_only_needed_components() -> None:
    assert get_nlp().pipe_names == ["frise_sentences", "frise_lemmas", "frise_ner"]
