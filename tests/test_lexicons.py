"""The actor and topic data files are valid (issue 4): unique ids, no alias claimed twice, valid countries."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from typing import Any

import pycountry
import pytest

from timeline.errors import LexiconError
from timeline.lexicon import inflect, key_string, key_words, load_lexicon, validate
from timeline.topics import build_taxonomy, load_taxonomy

REQUIRED_TOPICS = {
    "diplomatie", "guerre et conflits", "armement et munitions", "sanctions et ONU", "justice internationale",
    "espace et satellites", "nucléaire", "économie et commerce", "aide humanitaire", "politique intérieure",
    "élections", "énergie", "climat et environnement", "science", "santé", "sport", "culture",
}  # fmt: skip


def data(name: str) -> Any:
    return json.loads(resources.files("timeline").joinpath("data", name).read_text(encoding="utf-8"))


def test_actor_ids_are_unique() -> None:
    ids = [a["id"] for a in data("actors.json")["actors"]] + [r["id"] for r in data("actors.json")["roles"]]
    assert len(ids) == len(set(ids))


def test_lexicon_loads_without_problems() -> None:
    lex = load_lexicon()
    ambiguous = {key_words(a) for a in data("actors.json").get("ambiguous", [])}
    assert validate(lex, ambiguous) == []


def test_every_country_id_is_valid() -> None:
    lex = load_lexicon()
    historic = set(data("countries.json")["historic"])
    iso = {c.alpha_2 for c in pycountry.countries} | historic | {"XK"}
    for a in data("actors.json")["actors"]:
        assert a.get("country") is None or a["country"] in iso, a["id"]
    for r in data("actors.json")["roles"]:
        assert r.get("country") is None or r["country"] in iso, r["id"]
    assert set(data("countries.json")["countries"]) <= iso
    assert all(lex.actors[c].kind == "country" for c in iso if c in lex.actors)


def test_every_iso_country_has_a_french_name() -> None:
    lex = load_lexicon()
    for c in pycountry.countries:
        assert lex.actors[c.alpha_2].kind == "country"
    assert lex.actors["DE"].name == "Allemagne"
    assert lex.actors["KP"].name == "Corée du Nord"
    assert lex.actors["LS"].name == "Lesotho"  # straight from pycountry's French catalogue


def test_role_holders_are_persons_and_ordered() -> None:
    lex = load_lexicon()
    for role in lex.roles.values():
        assert role.holders, role.id
        for a, b in zip(role.holders, role.holders[1:], strict=False):
            assert a.end is not None and a.end <= b.start, role.id


def test_alias_claimed_by_two_actors_is_reported() -> None:
    lex = load_lexicon()
    lex2 = type(lex)(dict(lex.actors), dict(lex.roles), {k: list(v) for k, v in lex.index.items()})
    lex2.add("Poutine", "person", "joe-biden")
    assert any("poutine" in p for p in validate(lex2))


def test_holder_by_date() -> None:
    role = load_lexicon().roles["role-president-americain"]
    assert role.holder(date(2019, 1, 1)) == "donald-trump"
    assert role.holder(date(2022, 1, 1)) == "joe-biden"
    assert role.holder(date(1980, 1, 1)) is None


@pytest.mark.parametrize(
    ("adjective", "forms"),
    [
        ("russe", {"russe", "russes"}),
        ("nord-coréen", {"nord-coréen", "nord-coréens", "nord-coréenne", "nord-coréennes"}),
        ("japonais", {"japonais", "japonaise", "japonaises"}),
        ("américain", {"américain", "américains", "américaine", "américaines"}),
        ("turc", {"turc", "turcs", "turque", "turques"}),
        ("grec", {"grec", "grecs", "grecque", "grecques"}),
    ],
    ids=["russe", "nord-coreen", "japonais", "americain", "turc", "grec"],
)
def test_inflect(adjective: str, forms: set[str]) -> None:
    assert set(inflect(adjective)) == forms


def test_key_string_keeps_length() -> None:
    text = "Kim Jong-Un, l’État « œuvre » – Ægir 🚀 Здравствуйте"
    key = key_string(text)
    assert len(key) == len(text)
    assert key.split()[:4] == ["kim", "jong", "un", "l"]


def test_topics_taxonomy_has_the_required_topics() -> None:
    tax = load_taxonomy()
    assert REQUIRED_TOPICS <= set(tax.labels)
    assert tax.fallback == "autre"


def test_topics_labels_are_unique() -> None:
    labels = [t["label"] for t in data("topics.json")["topics"]]
    assert len(labels) == len(set(labels))


def test_bad_taxonomy_is_refused_in_french() -> None:
    with pytest.raises(LexiconError, match="thème"):
        build_taxonomy({"topics": [{"label": "sport", "cues": {}}, {"label": "sport", "cues": {}}]})
    with pytest.raises(LexiconError, match="indice"):
        build_taxonomy({"topics": [{"label": "sport", "cues": {"match": "fort"}}]})
