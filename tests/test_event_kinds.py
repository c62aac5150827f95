# ruff: noqa: E501  (report tables read best one per line)
"""The kind of happening a date dates (timeline/event_kinds.py), and what it changes to the grouping."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

import pytest

from tests.test_stories import _ev, _group
from timeline.event_kinds import date_kind, dates_a_report, event_kinds, kind_named_at
from timeline.stems import fold


def _kind(sentence: str, date_text: str) -> str | None:
    start = sentence.index(date_text)
    return date_kind(sentence, (start, start + len(date_text)))


@pytest.mark.parametrize(
    ("sentence", "date_text", "kind"),
    [
        ("Le traité a été signé le 19 juin à Pyongyang.", "le 19 juin", "accord"),
        ("Le Kremlin a confirmé une visite d'État du 18 au 19 juin.", "du 18 au 19 juin", "visite"),
        (
            "Elle prolonge le conflit ouvert avec l'annexion de la Crimée en mars 2014, puis la guerre.",
            "en mars 2014",
            "annexion",
        ),
        ("Le 15 avril 2019, les flammes avaient détruit la charpente.", "Le 15 avril 2019", "incendie"),
        ("Le feu s'est déclaré lundi 15 avril 2019 dans les combles.", "lundi 15 avril 2019", "incendie"),
        ("L'avion présidentiel s'est posé ce mercredi à l'aéroport.", "ce mercredi", "visite"),
        ("La Russie a opposé ce jeudi son veto à une résolution.", "ce jeudi", "vote"),
        ("Le satellite a été mis en orbite le 21 novembre 2023.", "le 21 novembre 2023", "lancement"),
        ("La guerre, déclenchée le 24 février, dure depuis.", "le 24 février", "guerre"),
        ("Les deux dirigeants se sont rencontrés en avril 2019 à Vladivostok.", "en avril 2019", "rencontre"),
        ("Il a été élu en mai 2017 avec 66 % des voix.", "en mai 2017", "vote"),
        # No word of a kind near the date: nothing is assumed.
        ("Le président russe est attendu ce mardi soir dans la capitale.", "ce mardi soir", None),
        ("Ce mardi, dans la grande salle dorée du vieux palais impérial, il a signé.", "Ce mardi", None),
        # "ouvrir le feu" is a shooting, not a fire
        ("Un homme a ouvert le feu dimanche soir depuis le 32e étage de l'hôtel.", "dimanche soir", None),
        ("Les policiers, sous le feu des assaillants mardi, ont riposté.", "mardi", None),
        # "écrasé par" a rival and "a écrasé" someone are a defeat, not a crash
        ("Le 5 mai 2002, il est écrasé par Jacques Chirac, réélu avec 82 % des voix.", "Le 5 mai 2002", None),
        ("Dimanche, le sortant a écrasé son rival au second tour.", "Dimanche", None),
        ("L'avion s'est écrasé dimanche en mer.", "dimanche", "accident"),
        # "arrivé en tête" of a vote is a result, not an arrival
        ("Le 8 juin, le parti libéral est arrivé en tête avec près de 28 % des voix.", "Le 8 juin", None),
        ("Le président est arrivé dimanche en fin de journée à Tokyo.", "dimanche", "visite"),
        # the date completes a noun that recalls a happening: it is that happening's, not the tribute's
        ("Les néons se sont éteints en hommage aux victimes du 1er octobre.", "1er octobre", None),
        ("La ville a rendu hommage samedi aux victimes.", "samedi", "funérailles"),
        ("Son frère n'a pas donné signe de vie depuis la tragédie du 24 septembre.", "24 septembre", None),
        # the date completes a happening's noun: it dates that happening, not a kind named further on
        ("La cérémonie de vendredi s'est tenue à huis clos, pandémie oblige.", "vendredi", None),
        ("Vendredi, la cérémonie s'est tenue à huis clos, pandémie oblige.", "Vendredi", "crise"),
        # accents are read as written, except in a sentence written without any
        ("Le traite a ete signe le 19 juin a Pyongyang.", "le 19 juin", "accord"),
        # an apposition naming the day's happening says what the day was, over the clause's verb
        (
            "Des milliers de contrats ont été signés depuis le dimanche 4 novembre, jour du lancement.",
            "le dimanche 4 novembre",
            "lancement",
        ),
        ("Des contrats ont été signés le 4 novembre, jour de sa visite.", "le 4 novembre", "visite"),
    ],
)
def test_the_kind_a_date_dates(sentence: str, date_text: str, kind: str | None) -> None:
    assert _kind(sentence, date_text) == kind


def test_the_date_own_stretch_wins_over_a_nearer_word_across_a_comma() -> None:
    # "guerre" is as near as "annexion" but stands after the comma, in the next happening's stretch.
    assert _kind("avec l'annexion de la Crimée en mars 2014, puis la guerre", "en mars 2014") == "annexion"


def test_a_word_beyond_the_reach_names_nothing() -> None:
    far = "Signature : " + " ".join(["importante"] * (event_kinds().reach + 1)) + " le 3 mai."
    assert _kind(far, "le 3 mai") is None


def test_compatible_kinds_do_not_clash_and_others_do() -> None:
    kinds = event_kinds()
    assert not kinds.clash("visite", "rencontre")
    assert not kinds.clash("visite", None)
    assert not kinds.clash("accord", "accord")
    assert kinds.clash("visite", "accord")
    assert not kinds.clash("accident", "incendie")  # the plane caught fire and crashed: one happening
    assert not kinds.clash("lancement", "explosion")  # the shuttle exploded during its launch
    assert kinds.clash("incendie", "justice")
    assert not kinds.clash("funérailles", "manifestation")  # "le cortège funèbre", "défilé devant le cercueil"
    assert not kinds.clash("explosion", "guerre")  # a bombing of a war
    assert kinds.clash("funérailles", "vote")


def test_no_word_names_two_kinds() -> None:
    raw = json.loads(resources.files("timeline").joinpath("data", "event_types.json").read_text("utf-8"))
    seen: dict[str, str] = {}
    for kind, words in raw["kinds"].items():
        for word in words:
            stem = fold(word)
            assert seen.setdefault(stem, kind) == kind, f"{word!r} names {seen[stem]} and {kind}"
    assert all(set(group) <= set(raw["kinds"]) for group in raw["compatible"])


def _reports(rows: list[tuple[str, str, str, date, date]], **fields: object) -> list[object]:
    """Reports (doc, sentence, date text, start, end), one per article, with the same other fields."""
    return [_ev(doc, n, sentence, text, start, end, **fields) for n, (doc, sentence, text, start, end) in enumerate(rows)]


JUNE_19, JULY_19, JULY_20 = date(2024, 6, 19), date(2000, 7, 19), date(2000, 7, 20)
APRIL_15 = date(2019, 4, 15)


def test_same_day_reports_of_different_kinds_stay_apart() -> None:
    landing, arrival, signed = _reports(
        [
            ("a", "L'avion de Vladimir Poutine s'est posé le 19 juin à Pyongyang.", "le 19 juin", JUNE_19, JUNE_19),
            ("b", "Vladimir Poutine a atterri le 19 juin à Pyongyang, accueilli par Kim Jong Un.", "le 19 juin",
             JUNE_19, JUNE_19),
            ("c", "Vladimir Poutine et Kim Jong Un ont signé le 19 juin à Pyongyang un traité.", "le 19 juin",
             JUNE_19, JUNE_19),
        ],
        persons=("Vladimir Poutine", "Kim Jong Un"),
    )
    df, stories = _group([landing, arrival, signed])
    sid = df.set_index("doc_id")["story_id"]
    assert sid["a"] == sid["b"] != sid["c"]
    joined = next(s for s in stories if s.n_sources == 2)
    assert any("même fait : visite" in why for why in joined.reasons)


def test_one_kind_told_in_other_words_joins() -> None:
    reports = _reports(
        [
            ("a", "Le feu s'est déclaré le 15 avril 2019 dans les combles de la cathédrale.", "le 15 avril 2019",
             APRIL_15, APRIL_15),
            ("b", "Le 15 avril 2019, les flammes avaient détruit la charpente de Notre-Dame.", "Le 15 avril 2019",
             APRIL_15, APRIL_15),
        ]
    )
    df, stories = _group(reports)
    assert df["story_id"].nunique() == 1
    assert any("même fait : incendie" in why for why in stories[0].reasons)


@pytest.mark.parametrize(
    ("sentence", "date_text", "told"),
    [
        ("L'agence KCNA a annoncé ce mercredi que le satellite avait été lancé.", "ce mercredi", True),
        (
            "Le ministère a confirmé samedi 2 décembre que l'engin avait atteint son orbite.",
            "samedi 2 décembre",
            True,
        ),
        ("Le NIS a affirmé, ce vendredi, que 1 500 soldats avaient été transportés.", "ce vendredi", True),
        ("Le satellite a été lancé ce mercredi depuis la base de Sohae.", "ce mercredi", False),
        ("Ce mercredi, l'agence a annoncé le lancement.", "Ce mercredi", False),
    ],
)
def test_a_date_right_after_a_reporting_verb_dates_the_telling(
    sentence: str, date_text: str, told: bool
) -> None:
    assert dates_a_report(sentence, sentence.index(date_text)) is told


def test_an_instant_kind_does_not_name_a_range_of_days() -> None:
    visit, texts, signed = _reports(
        [
            ("a", "Vladimir Poutine a atterri le 19 juillet à Pyongyang pour une visite de deux jours.",
             "le 19 juillet", JULY_19, JULY_19),
            ("b", "Les déclarations signées à Pyongyang les 19 et 20 juillet par Vladimir Poutine tiennent.",
             "les 19 et 20 juillet", JULY_19, JULY_20),
            ("c", "Le traité a été signé le 19 juillet à Pyongyang par Vladimir Poutine.", "le 19 juillet",
             JULY_19, JULY_19),
        ],
        persons=("Vladimir Poutine",),
    )
    df, _ = _group([visit, texts])
    assert df["story_id"].nunique() == 1  # two days of signing are the visit's two days
    df, _ = _group([visit, signed])
    assert df["story_id"].nunique() == 2  # one day of signing is a signature


@pytest.mark.parametrize(
    ("sentence", "date_text", "kind"),
    [
        ("Un camion a foncé jeudi soir dans la foule venue pour le feu d'artifice.", "jeudi soir", None),
        ("Un cessez-le-feu est entré en vigueur dimanche à minuit.", "dimanche", None),
        ("Le chauffeur avait lancé mardi son camion sur la promenade.", "mardi", None),
        ("Un séisme a frappé Haïti mardi en fin d'après-midi.", "mardi", "catastrophe"),
        ("Le feu a pris mardi dans la charpente.", "mardi", "incendie"),
        ("Dans la nuit du 27 au 28 février 2010, l'eau avait envahi les lotissements.", "Dans la nuit", None),
    ],
)
def test_words_that_mean_something_else_name_no_kind(sentence: str, date_text: str, kind: str | None) -> None:
    assert _kind(sentence, date_text) == kind


@pytest.mark.parametrize(
    ("sentence", "date_text", "kind", "named"),
    [
        ("La sonde s'est posée le 19 juin sur la Lune.", "le 19 juin", "visite", True),
        ("Les deux pays ont signé le 19 juin à Pyongyang un accord.", "le 19 juin", "accord", True),
        # written without accents: read without them, as `date_kind` reads it
        ("Les deux pays ont signe le 19 juin a Pyongyang un accord.", "le 19 juin", "accord", True),
        # the kind's word stands three words off the date: not right next to it
        ("Le traité, paraphé par les délégations, a été présenté le 19 juin.", "le 19 juin", "accord", False),
        ("La sonde s'est posée le 19 juin sur la Lune.", "le 19 juin", None, False),
    ],
)
def test_a_kind_is_named_right_next_to_its_date(sentence: str, date_text: str, kind: str | None, named: bool) -> None:
    start = sentence.index(date_text)
    assert kind_named_at(sentence, (start, start + len(date_text)), kind) is named
