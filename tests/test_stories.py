"""Grouping reports of one event across articles: joins, reasons, conflicts, user overrides (issue 8)."""

from __future__ import annotations

import copy
import json
import math
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import make_event
from timeline import stories, stories_link
from timeline import stories_same_article as same_article
from timeline.schema import event_id
from timeline.stems import content_stems
from timeline.stories import (
    MIN_SCORE,
    UNPLACED_MIN,
    W_SOLE,
    _alike_articles,
    _clash,
    _Clashes,
    _disagree,
    _items,
    _join_same_day_stories,
    _link_signals,
    _pair_signals,
    _Union,
    _unsure_sole,
    group_events,
    pair_score,
    pairwise_scores,
)
from timeline.table import events_to_frame


def _ev(
    doc: str,
    n: int,
    sentence: str,
    date_text: str,
    start: date,
    end: date,
    gran: str = "day",
    persons: tuple[str, ...] = (),
    source: str = "",
    at: int = 0,
    **fields: object,
) -> object:
    """A dated event of article `doc` whose sentence starts at offset `at` (0: the article's opening)."""
    pos = sentence.index(date_text)
    return make_event(
        n,
        doc_id=doc,
        event_id=event_id(doc, at + pos, at + pos + len(date_text), at),
        sentence=sentence,
        date_text=date_text,
        char_start=at + pos,
        char_end=at + pos + len(date_text),
        sentence_start=at,
        date_start=start,
        date_end=end,
        granularity=gran,
        persons=persons,
        source=source or doc,
        **fields,
    )


ROOT = Path(__file__).resolve().parents[1]

VISIT_A = _ev(
    "a",
    0,
    "Kim Jong Un a visité le cosmodrome de Vostochny le 13 septembre 2023 avec Vladimir Poutine.",
    "le 13 septembre 2023",
    date(2023, 9, 13),
    date(2023, 9, 13),
    persons=("Kim Jong Un", "Vladimir Poutine"),
)
VISIT_B = _ev(
    "b",
    1,
    "En septembre dernier, Kim Jong Un s'est rendu au cosmodrome de Vostochny pour rencontrer Poutine.",
    "En septembre dernier",
    date(2023, 9, 1),
    date(2023, 9, 30),
    "month",
    persons=("Kim Jong Un", "Vladimir Poutine"),
)
SAT = _ev(
    "c",
    2,
    "La Corée du Nord a lancé un satellite espion le 21 novembre 2023.",
    "le 21 novembre 2023",
    date(2023, 11, 21),
    date(2023, 11, 21),
)
SIGN_18 = _ev(
    "d",
    3,
    "Le traité de partenariat stratégique a été signé le 18 juin à Pyongyang par les deux dirigeants.",
    "le 18 juin",
    date(2024, 6, 18),
    date(2024, 6, 18),
    persons=("Vladimir Poutine",),
)
SIGN_19 = _ev(
    "e",
    4,
    "Les deux dirigeants ont signé le 19 juin à Pyongyang un traité de partenariat stratégique.",
    "le 19 juin",
    date(2024, 6, 19),
    date(2024, 6, 19),
    persons=("Vladimir Poutine",),
)
OTHER_SEPT = _ev(
    "f",
    5,
    "Le championnat de football a repris en septembre 2023 sous une chaleur écrasante.",
    "en septembre 2023",
    date(2023, 9, 1),
    date(2023, 9, 30),
    "month",
    title="Le championnat reprend",
    countries=(),
    topics=("sport",),
)


def _group(events: list[object], overrides: tuple = ()) -> tuple[pd.DataFrame, list]:  # type: ignore[type-arg]
    df = events_to_frame(events)  # type: ignore[arg-type]
    ids, stories = group_events(df, overrides)
    return df.assign(story_id=ids), stories


def test_two_reports_of_one_visit_make_one_story_with_two_sources() -> None:
    df, stories = _group([VISIT_A, VISIT_B, SAT, OTHER_SEPT])
    visit = df.set_index("doc_id")["story_id"]
    assert visit["a"] == visit["b"]
    assert visit["c"] != visit["a"] and visit["f"] != visit["a"]
    story = next(s for s in stories if s.story_id == visit["a"])
    assert story.n_sources == 2
    assert (story.date_start, story.date_end) == (date(2023, 9, 13), date(2023, 9, 13))  # the most precise
    assert not story.conflict
    assert any("vostoc" in r and "Kim Jong Un" in r for r in story.reasons)


SEPT = (date(2023, 9, 1), date(2023, 9, 30))
SEPT_MONTH = {"published": date(2023, 9, 1), "published_precision": "month"}
SEPT_5 = {"published": date(2023, 9, 5), "published_precision": "day"}


@pytest.mark.parametrize(
    ("verb", "said", "expression", "dates", "gran", "published", "flag", "joins"),
    [
        # in an article dated only "2023-09", "cette semaine" or "mercredi" lies somewhere in September, which
        # every story of that month fits: the few words it shares with the visit of the 13th do not place it
        # there, whereas "en septembre" says the month and joins on them
        ("a convoqué", "en septembre", "en septembre", SEPT, "month", SEPT_MONTH, "unplaced", True),
        ("a convoqué", "cette semaine", "cette semaine", SEPT, "month", SEPT_MONTH, "unplaced", False),
        ("a convoqué", "mercredi", "mercredi", SEPT, "month", SEPT_MONTH, "unplaced", False),
        # a deadline's span from the news: the plan may fall on any of its days
        ("convoquera", "en septembre", "en septembre", SEPT, "month", SEPT_5, "deadline", True),
        ("convoquera", "d'ici à la fin du mois", "fin du mois", (date(2023, 9, 5), SEPT[1]), "day", SEPT_5,
         "deadline", False),
    ],
)
def test_a_report_placed_nowhere_in_its_span_needs_more_than_a_faint_link(
    verb: str,
    said: str,
    expression: str,
    dates: tuple[date, date],
    gran: str,
    published: dict[str, object],
    flag: str,
    joins: bool,
) -> None:
    sentence = f"Séoul {verb} {said} l'ambassadeur de Russie pour protester contre la coopération."
    report = _ev("g", 6, sentence, expression, *dates, gran, persons=("Vladimir Poutine",), **published)
    by_doc = {i.doc_id: i for i in _items(events_to_frame([VISIT_A, report, SAT, SIGN_18]))}
    assert getattr(by_doc["g"], flag) is not joins
    # the words alone make a faint link: enough for a report placed by its words, not for the others
    placed = copy.copy(by_doc["g"])
    setattr(placed, flag, False)
    words, _ = pair_score(placed, by_doc["a"], False)
    assert MIN_SCORE <= words < UNPLACED_MIN
    df, _ = _group([VISIT_A, report, SAT, SIGN_18])
    story = df.set_index("doc_id")["story_id"]
    assert (story["g"] == story["a"]) is joins


def test_day_disagreement_is_a_conflict_listing_who_says_what() -> None:
    _, stories = _group([SIGN_18, SIGN_19])
    assert len(stories) == 1
    story = stories[0]
    assert story.conflict
    assert {(c.doc_id, c.date_start) for c in story.claims} == {
        ("d", date(2024, 6, 18)),
        ("e", date(2024, 6, 19)),
    }


def test_overlapping_dates_without_shared_words_stay_apart() -> None:
    _, stories = _group([VISIT_B, OTHER_SEPT])
    assert len(stories) == 2


def test_user_split_and_merge_survive_re_extraction() -> None:
    overrides = (("split", VISIT_B.event_id, ""), ("merge", SAT.event_id, SIGN_18.event_id))  # type: ignore[attr-defined]
    df, _ = _group([VISIT_A, VISIT_B, SAT, SIGN_18], overrides)
    sid = df.set_index("doc_id")["story_id"]
    assert sid["a"] != sid["b"]
    assert sid["c"] == sid["d"]
    # A re-extraction gives the same stable event ids, so the same choices apply again.
    df2, _ = _group([VISIT_B, SIGN_18, VISIT_A, SAT], overrides)
    assert df2.set_index("doc_id")["story_id"].to_dict() == sid.to_dict()


def test_story_ids_are_stable() -> None:
    a, _ = _group([VISIT_A, VISIT_B, SAT])
    b, _ = _group([SAT, VISIT_B, VISIT_A])
    assert a.set_index("event_id")["story_id"].to_dict() == b.set_index("event_id")["story_id"].to_dict()


def test_undated_and_reported_events_get_no_story() -> None:
    reported = make_event(9, doc_id="g", kind="reported", date_text="", char_start=-1, char_end=-1)
    df, _ = _group([VISIT_A, reported])
    assert df.set_index("doc_id")["story_id"]["g"] == ""


def test_content_stems_skip_calendar_and_stop_words() -> None:
    assert content_stems("Il est arrivé le 3 mars à Moscou, mardi soir.") == ["arriv", "moscou"]
    assert content_stems("signé, signés, signer") == ["sign"] * 3


def test_same_article_context_alone_does_not_join() -> None:
    # Same title, countries and topic (one article's context), same month, nothing else in common.
    football = _ev("g", 6, "Le championnat de football a repris en septembre 2023.", "en septembre 2023",
                   date(2023, 9, 1), date(2023, 9, 30), "month", countries=())
    _, stories = _group([VISIT_B, football])
    assert len(stories) == 2


def test_one_article_telling_two_things_of_one_day_keeps_them_apart() -> None:
    # Article e tells the signature and the landing of 19 June; h the landing; d the signature on the 18th.
    arrival = _ev("h", 7, "L'avion de Vladimir Poutine s'est posé à Pyongyang ce mercredi matin.",
                  "ce mercredi", date(2024, 6, 19), date(2024, 6, 19), persons=("Vladimir Poutine",))
    landing = _ev("e", 8, "Parti avec du retard, l'avion présidentiel s'est posé le 19 juin.",
                  "le 19 juin", date(2024, 6, 19), date(2024, 6, 19))
    df, _ = _group([SIGN_18, SIGN_19, arrival, landing])
    sid = df.set_index("event_id")["story_id"]
    assert sid[SIGN_19.event_id] == sid[SIGN_18.event_id]  # type: ignore[attr-defined]
    assert sid[arrival.event_id] == sid[landing.event_id]  # type: ignore[attr-defined]
    assert sid[SIGN_19.event_id] != sid[arrival.event_id]  # type: ignore[attr-defined]


def test_pairwise_scores() -> None:
    gold = {"1": "x", "2": "x", "3": "y", "4": "y"}
    assert pairwise_scores(gold, gold) == (1.0, 1.0)
    assert pairwise_scores({"1": "x", "2": "x", "3": "x", "4": "z"}, gold) == (1 / 3, 0.5)


def test_reports_of_two_days_of_one_visit_in_one_article_are_no_conflict() -> None:
    # One article: arrived on Wednesday, leaves on Thursday; another: "les 19 et 20 juillet".
    first = _ev("p", 10, "Poutine a atterri à Pyongyang mercredi pour une visite qui doit s'achever jeudi.",
                "mercredi", date(2000, 7, 19), date(2000, 7, 19), persons=("Vladimir Poutine",))
    second = _ev("p", 11, "Poutine a atterri à Pyongyang mercredi pour une visite qui doit s'achever jeudi.",
                 "jeudi", date(2000, 7, 20), date(2000, 7, 20), persons=("Vladimir Poutine",))
    both = _ev("q", 12, "Poutine a passé les 19 et 20 juillet à Pyongyang pour une visite officielle.",
               "les 19 et 20 juillet", date(2000, 7, 19), date(2000, 7, 20), persons=("Vladimir Poutine",))
    _, stories = _group([first, second, both])
    assert len(stories) == 1
    story = stories[0]
    assert not story.conflict
    assert (story.date_start, story.date_end) == (date(2000, 7, 19), date(2000, 7, 20))


_WORDS = ["visite", "traité", "signé", "Pyongyang", "sommet", "satellite", "lancé", "Moscou", "guerre"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 4),  # article
            st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5),
            st.integers(0, 40),  # start day offset
            st.sampled_from([0, 0, 1, 30, 365]),  # width
        ),
        min_size=1,
        max_size=12,
    ),
    st.data(),
)
def test_stories_partition_the_dated_events(rows: list, data: st.DataObject) -> None:  # type: ignore[type-arg]
    base = date(2024, 6, 1)
    events = []
    for n, (doc, words, offset, width) in enumerate(rows):
        start = base + timedelta(days=offset)
        sentence = f"{' '.join(words)} le {n + 1} juin."
        ev = _ev(f"d{doc}", n, sentence, f"le {n + 1} juin", start, start + timedelta(days=width),
                 "day" if width < 2 else "month")
        events.append(replace(ev, event_id=f"e{n}"))  # type: ignore[type-var]
    split = data.draw(st.sampled_from(events))
    df, stories = _group(events, (("split", split.event_id, ""),))  # type: ignore[attr-defined]
    members = [e for s in stories for e in s.event_ids]
    assert sorted(members) == sorted(df["event_id"])  # every event in exactly one story
    for s in stories:
        assert s.date_start <= s.date_end
        assert s.n_sources == len(set(s.doc_ids)) >= 1
    alone = next(s for s in stories if split.event_id in s.event_ids)  # type: ignore[attr-defined]
    assert alone.event_ids == (split.event_id,)  # type: ignore[attr-defined]


def test_stories_whose_days_disagree_need_strong_words_to_merge() -> None:
    # a and m agree (21 November inside November); b says 22 November and shares only a little with m.
    launch = _ev("a", 20, "La fusée a placé l'engin en orbite le 21 novembre depuis la base de Sohae.",
                 "le 21 novembre", date(2023, 11, 21), date(2023, 11, 21), countries=("Corée du Nord",),
                 title="Un satellite en orbite", topics=("espace",))
    photos = _ev("b", 21, "L'agence officielle a diffusé des photographies le 22 novembre à Pyongyang.",
                 "le 22 novembre", date(2023, 11, 22), date(2023, 11, 22), countries=("Corée du Nord",),
                 title="Les images du satellite", topics=("espace",))
    month = _ev("m", 22, "Lancé en novembre depuis Sohae, l'engin a transmis des photographies.",
                "en novembre", date(2023, 11, 1), date(2023, 11, 30), "month", countries=("Corée du Nord",),
                title="Satellite", topics=("espace",))
    df, stories = _group([launch, photos, month])
    sid = df.set_index("doc_id")["story_id"]
    assert sid["a"] == sid["m"] != sid["b"]
    assert not any(s.conflict for s in stories)


def test_a_weekday_in_a_month_dated_article_keeps_its_weekday() -> None:
    # "lundi soir" in an article dated only "2020-08" is some Monday of August: not the Tuesday 4th.
    people = ("Hassan Diab",)
    blast = _ev("a", 0, "Hassan Diab s'est adressé le 4 août aux Libanais depuis le Grand Sérail.",
                "le 4 août", date(2020, 8, 4), date(2020, 8, 4), persons=people)
    resign = _ev("b", 1, "Hassan Diab s'est adressé lundi soir aux Libanais depuis le Grand Sérail.",
                 "lundi soir", date(2020, 8, 1), date(2020, 8, 31), "month", persons=people)
    monday = _ev("c", 2, "Hassan Diab s'est adressé le 10 août aux Libanais depuis le Grand Sérail.",
                 "le 10 août", date(2020, 8, 10), date(2020, 8, 10), persons=people)
    df, _ = _group([blast, resign])
    assert df["story_id"].nunique() == 2
    df, stories = _group([blast, resign, monday])
    sid = df.set_index("doc_id")["story_id"]
    assert sid["b"] == sid["c"] != sid["a"]
    story = next(s for s in stories if s.story_id == sid["b"])
    assert (story.date_start, story.date_end) == (date(2020, 8, 10), date(2020, 8, 10))


def test_two_weekdays_of_one_month_are_two_days() -> None:
    thursday = _ev("a", 0, "À Séoul, le Conseil de sécurité nationale s'est réuni jeudi sur le traité.",
                   "jeudi", date(2024, 6, 1), date(2024, 6, 30), "month")
    friday = _ev("b", 1, "À Séoul, le Conseil de sécurité nationale s'est réuni vendredi sur le traité.",
                 "vendredi", date(2024, 6, 1), date(2024, 6, 30), "month")
    df, _ = _group([thursday, friday])
    assert df["story_id"].nunique() == 2


@pytest.mark.parametrize(
    ("said", "first"),
    [
        ("Il y a un an, le 4 août 2020", (date(2020, 1, 1), date(2020, 12, 31), "year")),
        # "jour pour jour" stands outside the count back's expression, between the two dates
        ("Il y a un an jour pour jour, le 4 août 2020", (date(2020, 8, 4), date(2020, 8, 4), "day")),
    ],
)
def test_one_date_said_twice_in_apposition_is_one_report(said: str, first: tuple[date, date, str]) -> None:
    text = f"{said}, l'explosion du port de Beyrouth tuait plus de deux cents personnes."
    year = _ev("a", 0, text, "Il y a un an", *first)
    day = _ev("a", 1, text, "le 4 août 2020", date(2020, 8, 4), date(2020, 8, 4))
    other = _ev("a", 2, "La reconstruction du port a commencé en 2020, selon le gouvernement.", "en 2020",
                date(2020, 1, 1), date(2020, 12, 31), "year", at=len(text) + 1)
    df, stories = _group([year, day, other])
    sid = df.set_index("event_id")["story_id"]
    assert sid[year.event_id] == sid[day.event_id] != sid[other.event_id]  # type: ignore[attr-defined]
    story = next(s for s in stories if s.story_id == sid[day.event_id])  # type: ignore[attr-defined]
    assert story.n_sources == 1 and any("même date dite deux fois" in why for why in story.reasons)


def test_a_month_in_a_title_does_not_keep_its_article_day_out() -> None:
    title = _ev("t", 0, "Attentats de janvier 2015 : le procès s'ouvre à Paris", "janvier 2015",
                date(2015, 1, 1), date(2015, 1, 31), "month")
    body = _ev("t", 1, "L'assaut contre la rédaction de Charlie Hebdo, le 7 janvier 2015, a fait 12 morts.",
               "le 7 janvier 2015", date(2015, 1, 7), date(2015, 1, 7))
    report = _ev("u", 2, "Mercredi, deux hommes armés ont attaqué la rédaction de Charlie Hebdo.", "Mercredi",
                 date(2015, 1, 7), date(2015, 1, 7))
    recall = _ev("v", 3, "Les attentats de janvier 2015 contre Charlie Hebdo ont ouvert une année noire.",
                 "janvier 2015", date(2015, 1, 1), date(2015, 1, 31), "month")
    df, _ = _group([title, body, report, recall])
    sid = df.set_index("event_id")["story_id"]
    assert sid[body.event_id] == sid[report.event_id]  # type: ignore[attr-defined]


def test_the_day_a_happening_is_told_is_another_happening_and_no_disagreement() -> None:
    # the announcement of Wednesday is not the launch of Tuesday, and no source gets the launch's day wrong
    told = _ev("a", 0, "L'agence KCNA a annoncé ce mercredi la mise en orbite du satellite Malligyong-1.",
               "ce mercredi", date(2023, 11, 22), date(2023, 11, 22))
    done = _ev("b", 1, "Le satellite Malligyong-1 a été mis en orbite le 21 novembre depuis Sohae.",
               "le 21 novembre", date(2023, 11, 21), date(2023, 11, 21))
    _, stories = _group([told, done])
    assert len(stories) == 2
    assert not any(story.conflict for story in stories)


def test_a_disagreement_is_shown_on_the_day_most_sources_give() -> None:
    month = _ev("m", 5, "Le traité de partenariat stratégique a été signé mercredi à Pyongyang.", "mercredi",
                date(2024, 6, 1), date(2024, 6, 30), "month", persons=("Vladimir Poutine",))
    also_19 = _ev("f", 6, "Le traité de partenariat stratégique a été signé le 19 juin.", "le 19 juin",
                  date(2024, 6, 19), date(2024, 6, 19), persons=("Vladimir Poutine",))
    _, stories = _group([SIGN_18, SIGN_19, month, also_19])
    assert len(stories) == 1 and stories[0].conflict
    assert (stories[0].date_start, stories[0].date_end) == (date(2024, 6, 19), date(2024, 6, 19))


@pytest.mark.parametrize(
    ("published", "precision"),
    [(date(2019, 11, 9), "day"), (date(2019, 11, 1), "month")],
    ids=["day", "month"],
)
def test_a_count_back_in_an_anniversary_article_joins_the_day_it_points_at(
    published: date, precision: str
) -> None:
    # "il y a trente ans" names 1989; on 9 November 2019 it points at 9 November 1989: with the same words,
    # the day it points at wins; in an article dated only "2019-11", it points at November 1989
    fields = {
        "published": published,
        "published_precision": precision,
        "countries": ("Allemagne",),
        "topics": (),
    }
    ago = _ev(
        "x",
        0,
        "Il y a trente ans, des milliers d'Allemands franchissaient la frontière en liesse.",
        "Il y a trente ans",
        date(1989, 1, 1),
        date(1989, 12, 31),
        "year",
        **fields,
    )
    nov, may = (
        _ev(doc, n, f"{said}, des Allemands franchissaient la frontière en liesse.", said, day, day,
            published=day + timedelta(days=1), countries=("Allemagne",), topics=())
        for doc, n, said, day in (("y", 1, "Le 9 novembre 1989", date(1989, 11, 9)),
                                  ("z", 2, "Le 2 mai 1989", date(1989, 5, 2)))
    )
    df, _ = _group([ago, nov, may])
    story = df.set_index("doc_id")["story_id"]
    assert story["x"] == story["y"] != story["z"]


def test_a_shared_phase_verb_alone_does_not_join() -> None:
    # "commencé" says that something started, not what: the traffic resuming is not the oil spill
    day = date(2010, 4, 20)
    traffic, spill = (
        _ev(doc, n, text, "le 20 avril", day, day, countries=(), topics=())
        for doc, n, text in (("t", 0, "Le trafic aérien a commencé à reprendre le 20 avril."),
                             ("s", 1, "La marée noire avait commencé le 20 avril au large de la Louisiane."))
    )
    _, stories = _group([traffic, spill])
    assert len(stories) == 2
    assert content_stems("La catastrophe avait commencé, les secours ont continué") == [
        "catastroph",
        "secour",
    ]


def test_a_day_inherited_from_another_date_of_the_text_casts_no_same_article_vote() -> None:
    # "vers 22 heures" takes the day the text last named (Thursday), though the explosion was on Tuesday
    day = date(2010, 4, 22)
    sank = _ev("a", 0, "La plateforme Deepwater Horizon a sombré ce jeudi.", "ce jeudi", day, day)
    clock = _ev(
        "a", 1, "Une explosion a retenti vers 22 heures.", "22 heures", day, day, anchor="previous"
    )
    told = replace(clock, anchor="dct")  # type: ignore[type-var]
    items = {i.doc_id + str(i.row["anchor"]): i for i in _items(events_to_frame([sank, clock]))}
    assert _clash(items["adct"], items["aprevious"]) is False
    items = {i.row["date_text"]: i for i in _items(events_to_frame([sank, told]))}
    assert _clash(items["ce jeudi"], items["22 heures"]) is True


def _clashes(first: object, second: object) -> bool:
    """Whether two reports of one article vote against each other (`_clash`), in text order."""
    items = sorted(_items(events_to_frame([first, second])), key=lambda i: int(i.row["char_start"]))
    return _clash(items[0], items[1])


def test_a_date_completing_a_happening_noun_recalls_it_and_casts_no_same_article_vote() -> None:
    # "Le drame de lundi" recalls the crash the lead told; "Le rapport de lundi" may tell another happening
    day = date(1992, 1, 20)
    crash = _ev("a", 0, "L'Airbus s'est écrasé lundi soir sur le mont Sainte-Odile.", "lundi soir", day, day)
    later = "{} de lundi relance les questions sur les commandes de vol électriques."
    recall = _ev("a", 1, later.format("Le drame"), "lundi", day, day)
    other = _ev("a", 1, later.format("Le rapport"), "lundi", day, day)
    # "les victimes de lundi" recall it too: the date is the victims', not that of a happening of their own
    victims = _ev("a", 1, "Un hommage aux victimes de lundi est prévu dimanche.", "lundi", day, day)
    # so does a happening set in advance named with a definite article ("la manifestation du 25 mars"): a
    # happening the reader knows, the article's; not with an indefinite one
    known = _ev("a", 1, later.format("La réunion"), "lundi", day, day)
    unknown = _ev("a", 1, later.format("Une réunion"), "lundi", day, day)
    for second, clashes in ((recall, 0), (other, 1), (victims, 0), (known, 0), (unknown, 1)):
        assert _clashes(crash, second) is bool(clashes), second.sentence


def test_a_date_retelling_when_the_happening_took_place_casts_no_same_article_vote() -> None:
    # "L'accident s'est produit mercredi" retells the fire the lead told; "Une réunion s'est tenue mercredi"
    # or "Un accident s'est produit mercredi" (an accident not yet told) may be another happening
    day = date(2001, 10, 24)
    fire = _ev("a", 0, "Un incendie a ravagé mercredi le tunnel du Saint-Gothard.", "mercredi", day, day)
    said = "{} mercredi vers 9 h 40, selon la police cantonale."
    retold = _ev("a", 1, said.format("L'accident s'est produit"), "mercredi", day, day)
    other = _ev("a", 1, said.format("Une réunion s'est tenue"), "mercredi", day, day)
    another = _ev("a", 1, said.format("Un accident s'est produit"), "mercredi", day, day)
    floods = _ev("a", 1, "Les crues survenues mercredi ont surpris les habitants.", "mercredi", day, day)
    for second, clashes in ((retold, 0), (other, 1), (another, 1), (floods, 0)):
        assert _clashes(fire, second) is bool(clashes), second.sentence


def test_the_time_a_happening_took_place_at_elsewhere_casts_no_same_article_vote() -> None:
    # "En Corée du Sud, où il était lundi en début d'après-midi au moment du sacre": the Oscars night told in
    # another time zone; "En Corée du Sud, dès lundi en début d'après-midi, ..." may tell another happening
    day = date(2020, 2, 10)
    said = "Parasite a remporté l'Oscar du meilleur film dans la nuit de dimanche à lundi à Hollywood."
    night = _ev("a", 0, said, "dans la nuit de dimanche à lundi", date(2020, 2, 9), day)
    said = "En Corée du Sud, {} en début d'après-midi, la nouvelle a été accueillie comme une victoire."
    elsewhere = _ev("a", 1, said.format("où il était lundi"), "lundi", day, day)
    other = _ev("a", 1, said.format("dès lundi"), "lundi", day, day)
    for second, clashes in ((elsewhere, 0), (other, 1)):
        assert _clashes(night, second) is bool(clashes), second.sentence


def test_the_event_a_date_counts_from_is_not_what_it_dates() -> None:
    # "Le lendemain du séisme" dates the decree; the earthquake is the other event it counts from
    day = date(2010, 2, 28)
    said = "Le lendemain du séisme, la présidente a décrété l'état d'urgence."
    decree = _ev("a", 0, said, "Le lendemain", day, day, anchor="previous", countries=(), topics=())
    said = "Un séisme de magnitude 8,8 a frappé le pays le 28 février."
    quake = _ev("b", 1, said, "le 28 février", day, day, countries=(), topics=())
    _, stories = _group([decree, quake])
    assert len(stories) == 2
    item = next(i for i in _items(events_to_frame([decree])))
    assert "seism" not in item.vector and item.kind is None


@pytest.mark.parametrize(
    ("said", "text", "word", "kind"),
    [
        ("Trois jours après cette première explosion, le paroxysme a coïncidé avec le typhon.",
         "Trois jours après", "explos", None),
        ("Deux jours après la seconde tempête, les routes restaient coupées.", "Deux jours après", "tempet",
         None),
        ("La veille de ce terrible accident, le maire avait inauguré la salle.", "La veille", "accident",
         "ouverture"),
        # the kind is not the counted-from happening's ("tentative d'assassinat"), but the clause's own
        ("La directrice a présenté hier sa démission, dix jours après la tentative d'assassinat contre le "
         "candidat.", "dix jours après", "tentat", "démission"),
        ("Elle avait quitté ses fonctions dix jours après l'attentat manqué, sous la pression du Congrès.",
         "dix jours après", "attentat", None),
    ],
)
def test_the_event_counted_from_is_the_noun_after_its_adjectives(
    said: str, text: str, word: str, kind: str | None
) -> None:
    # an adjective said before its noun ("cette première explosion") does not hide the counted-from event
    day = date(1991, 6, 15)
    report = _ev("a", 0, said, text, day, day, anchor="previous", countries=(), topics=())
    item = next(i for i in _items(events_to_frame([report])))
    assert not any(t.startswith(word) for t in item.vector)
    assert item.kind == kind


def test_a_day_counted_from_an_event_is_no_disagreement_on_that_event() -> None:
    # "au lendemain de l'attaque" says the 15th outright: the attack's reports of the 14th do not disagree
    # with it, so strong shared words alone never join them as a conflict
    said = "Au lendemain de l'attaque du fourgon pénitentiaire au péage d'Incarville, deux surveillants "
    said += "tués, les prisons étaient bloquées."
    block = _ev("a", 0, said, "Au lendemain", date(2024, 5, 15), date(2024, 5, 15), anchor="previous")
    said = "L'attaque du fourgon pénitentiaire a tué deux surveillants le 14 mai au péage d'Incarville."
    attack = _ev("b", 1, said, "le 14 mai", date(2024, 5, 14), date(2024, 5, 14))
    said = "Deux surveillants pénitentiaires ont été tués mardi lors de l'attaque du fourgon à Incarville."
    attack2 = _ev("c", 2, said, "mardi", date(2024, 5, 14), date(2024, 5, 14))
    df, stories = _group([block, attack, attack2])
    sid = df.set_index("doc_id")["story_id"]
    assert sid["b"] == sid["c"] != sid["a"]
    # told without the count ("Mercredi, ..."), the same words make a disagreement of one day
    said = "Mercredi, après l'attaque du fourgon pénitentiaire au péage d'Incarville, deux surveillants "
    said += "tués, les prisons étaient bloquées."
    told = _ev("a", 0, said, "Mercredi", date(2024, 5, 15), date(2024, 5, 15))
    df, stories = _group([told, attack, attack2])
    assert df["story_id"].nunique() == 1 and stories[0].conflict


def test_a_report_dated_le_meme_jour_tells_another_happening_of_its_article() -> None:
    # "Le même jour" introduces something else that happened that day, however alike the words
    day = date(2011, 10, 23)
    said = "Le Conseil national de transition a proclamé la libération du pays le 23 octobre à Benghazi."
    first = _ev("a", 0, said, "le 23 octobre", day, day)
    said = ", le Conseil national de transition a proclamé la libération du pays à Tripoli."
    other = _ev("a", 1, "Le même jour" + said, "Le même jour", day, day, anchor="previous")
    that = _ev("a", 1, "Ce jour-là" + said, "Ce jour-là", day, day, anchor="previous")
    for later, clashes in ((other, 1), (that, 0)):
        assert _clashes(first, later) is bool(clashes)


@pytest.mark.parametrize(
    ("said", "clashes"),
    [
        ("Un autre incendie a ravagé lundi une station balnéaire près d'Athènes, à Kineta.", True),
        ("Une nouvelle explosion a ravagé lundi la station balnéaire de Mati, près d'Athènes.", True),
        ("Un incendie de forêt a ravagé lundi la station balnéaire de Mati, près d'Athènes.", False),
        ("L'incendie a ravagé lundi la station balnéaire de Mati, selon les pompiers d'Athènes.", False),
        ("Lundi également, un incendie a ravagé la station balnéaire de Mati, près d'Athènes.", True),
        ("Un incendie a ravagé lundi aussi la station balnéaire de Mati, près d'Athènes.", True),
        ("Elle aussi lundi, un incendie a ravagé la station balnéaire de Mati, près d'Athènes.", True),
        ("Les pompiers ont aussi dit lundi qu'un incendie a ravagé la station balnéaire de Mati.", False),
    ],
)
def test_a_sentence_naming_another_happening_tells_another_one(said: str, clashes: bool) -> None:
    # "un autre incendie", "une nouvelle explosion", "lundi également": another happening of that day, however
    # alike the words; an "aussi" not beside the date says nothing of it
    day = date(2018, 7, 23)
    lead = "Un incendie a ravagé lundi la station balnéaire de Mati, près d'Athènes."
    first = _ev("a", 0, lead, "lundi", day, day)
    later = _ev("a", 1, said, "Lundi" if said.startswith("Lundi") else "lundi", day, day)
    assert _clashes(first, later) is clashes


def test_a_day_counted_in_hours_from_the_day_told_or_its_eve_votes_by_its_words() -> None:
    # "Quelques heures plus tard" takes the day told but is another moment of it: unlike "le lendemain"
    # it votes against the lead when its words differ, and not when they meet
    day = date(2019, 10, 3)
    lead = _ev("a", 0, "Un agent a tué quatre collègues jeudi à la préfecture de police.", "jeudi", day, day)
    said = "Quelques heures plus tard, {}"
    other = _ev("a", 1, said.format("le parquet antiterroriste a ouvert une enquête."),
                "Quelques heures plus tard", day, day, anchor="previous")
    same = _ev("a", 1, said.format("l'agent qui a tué quatre collègues à la préfecture était identifié."),
               "Quelques heures plus tard", day, day, anchor="previous")
    later = _ev("a", 1, "Le lendemain, le parquet antiterroriste a ouvert une enquête.", "Le lendemain",
                day, day, anchor="previous")
    assert _clashes(lead, other) is True
    assert _clashes(lead, same) is False
    assert _clashes(lead, later) is False
    # so do the eve of the day told and "dès le lendemain"
    eve = _ev("a", 1, "La veille, le parquet antiterroriste avait ouvert une enquête.", "La veille", day, day,
              anchor="previous")
    assert _clashes(lead, eve) is True
    said = "Dès le lendemain, le parquet antiterroriste a ouvert une enquête."
    next_day = _ev("a", 1, said, "Dès le lendemain", day, day, anchor="previous")
    assert _clashes(lead, next_day) is True


def test_a_part_of_a_day_already_told_tells_another_happening_of_its_article() -> None:
    # "Dans la soirée" takes the day the text named and tells what happened later that day
    day = date(2016, 3, 22)
    said = "{}, la police a perquisitionné un appartement de la rue Max Roos."
    first = _ev("a", 0, said.format("Mardi"), "Mardi", day, day)
    parts = ("Dans la soirée", "Dans l'après-midi", "Dès le soir du drame", "Dans la journée", "Le même soir")
    also = ("Le même mardi", "Ce même mardi", "Cette même nuit", "Dès l'aube", "Au petit matin")
    also += ("Pendant la nuit",)
    for part in (*parts, "Dans la nuit", *also):
        later = _ev("a", 1, said.format(part), part, day, day, anchor="previous")
        assert _clashes(first, later) is True, part
    # a bare night is read as both its days, the night the day told opens: still a later part of that day
    for part in ("Dans la nuit", "Au cours de la nuit"):
        later = _ev("a", 1, said.format(part), part, day, day + timedelta(days=1), anchor="previous")
        assert _clashes(first, later) is True, part
    # a night naming its own two days is no part of the day told
    night = "Dans la nuit de mardi à mercredi"
    later = _ev("a", 1, said.format(night), night, day, day + timedelta(days=1), anchor="previous")
    assert _clashes(first, later) is False


def test_a_later_part_of_the_day_after_a_report_of_that_day_tells_another_happening() -> None:
    # "Mardi soir" after "Mardi" in one article: another happening, however alike the words; not the reverse
    day = date(2024, 12, 3)
    said = "{}, le président a reçu les chefs des partis au palais présidentiel de Séoul."
    bare = _ev("a", 0, said.format("Mardi"), "Mardi", day, day)
    for part in ("Mardi soir", "Mardi après-midi", "Dans la soirée de mardi"):
        later = _ev("a", 1, said.format(part), part, day, day)
        assert _clashes(bare, later) is True, part
    morning = _ev("a", 0, said.format("Mardi matin"), "Mardi matin", day, day)
    evening = _ev("a", 1, said.format("Mardi soir"), "Mardi soir", day, day)
    assert _clashes(morning, evening) is True
    first_evening = _ev("a", 0, said.format("Mardi soir"), "Mardi soir", day, day)
    assert _clashes(first_evening, _ev("a", 1, said.format("Mardi"), "Mardi", day, day)) is False


def test_different_parts_of_one_day_in_two_articles_tell_different_happenings() -> None:
    # "mercredi matin" in one article and "mercredi soir" in another: the seizure and the address, however
    # alike their words; two mornings, or a morning and a bare day, may still be one
    day = date(2023, 7, 26)
    said = "{}, la garde présidentielle a annoncé à la télévision la destitution du président Bazoum."

    def score(first: str, second: str) -> float:
        a = _ev("a", 0, said.format(first), first, day, day)
        b = _ev("b", 0, said.format(second), second, day, day)
        x, y = _items(events_to_frame([a, b]))
        return pair_score(x, y, False)[0]

    assert score("Mercredi matin", "Mercredi soir") < 0
    assert score("Mercredi après-midi", "Dans la soirée de mercredi") < 0
    assert score("Mercredi matin", "Mercredi à l'aube") > MIN_SCORE
    assert score("Mercredi soir", "Mercredi") > MIN_SCORE
    assert score("Mercredi soir", "Mercredi dans la soirée") > MIN_SCORE


def test_a_night_and_a_part_of_its_days_in_two_articles_tell_different_happenings() -> None:
    # "dans la nuit de mardi à mercredi" and "mercredi matin": the night and its morning after are two
    # happenings; the evening the night begins may be the same one
    day = date(2023, 3, 7)
    said = "{}, la police a dispersé les manifestants devant le Parlement de Tbilissi."
    night = "Dans la nuit de mardi à mercredi"

    def score(other: str, when: date) -> float:
        a = _ev("a", 0, said.format(night), night, day, day + timedelta(days=1))
        b = _ev("b", 0, said.format(other), other, when, when)
        x, y = _items(events_to_frame([a, b]))
        return pair_score(x, y, False)[0]

    assert score("Mercredi matin", day + timedelta(days=1)) < 0
    assert score("Mercredi soir", day + timedelta(days=1)) < 0
    assert score("Mardi après-midi", day) < 0
    assert score("Mardi soir", day) > MIN_SCORE
    assert score("Mardi", day) > MIN_SCORE


def test_a_story_kept_apart_by_a_same_article_vote_is_listed_as_near() -> None:
    # b's report links to both of a's; a tells two things of that Saturday, so they stay two stories, and
    # each names the other as perhaps the same, for the user to merge by hand
    day = date(2013, 7, 6)
    quiet = {"countries": (), "topics": (), "at": DEEP}  # far from the openings (see the tests below)
    derail = _ev("a", 0, "Le convoi de pétrole a déraillé samedi.", "samedi", day, day, **quiet)
    fire = _ev("a", 1, "Les pompiers ont combattu un incendie géant samedi.", "samedi", day, day, **quiet)
    said = "Samedi, le convoi de pétrole a déraillé puis un incendie géant a ravagé la ville."
    both = _ev("b", 2, said, "Samedi", day, day, **quiet)
    df, stories = _group([derail, fire, both])
    sid = df.set_index("event_id")["story_id"]
    assert sid[derail.event_id] != sid[fire.event_id]  # type: ignore[attr-defined]
    near = {s.story_id: s.near for s in stories}
    joined = sid[both.event_id] == sid[derail.event_id]  # type: ignore[attr-defined]
    apart = sid[fire.event_id] if joined else sid[derail.event_id]  # type: ignore[attr-defined]
    assert near[apart] == (sid[both.event_id],)  # type: ignore[attr-defined]
    assert near[sid[both.event_id]] == (apart,)  # type: ignore[attr-defined]


def test_a_report_the_user_split_out_lists_its_former_story_as_near() -> None:
    df, _ = _group([VISIT_A, VISIT_B])
    assert df["story_id"].nunique() == 1
    df, stories = _group([VISIT_A, VISIT_B], (("split", VISIT_B.event_id, ""),))  # type: ignore[attr-defined]
    sid = df.set_index("event_id")["story_id"]
    near = {s.story_id: s.near for s in stories}
    assert near[sid[VISIT_B.event_id]] == (sid[VISIT_A.event_id],)  # type: ignore[attr-defined]


DEEP = 2000
"""A sentence offset well past an article's opening (`stories.OPENING_CHARS` after its title)."""


def _told(doc: str, n: int, sentence: str, date_text: str, day: date, title: str, at: int = DEEP) -> object:
    """A one-day report with no country or topic: only its words and its article's title speak."""
    return _ev(doc, n, sentence, date_text, day, day, title=title, countries=(), topics=(), at=at)


FIRE_A = "Incendie de l'usine Lubrizol de Rouen : nuage, suie et questions"
FIRE_B = "Incendie de l'usine Lubrizol de Rouen : les questions des riverains"
FIRE_DAY = date(2019, 9, 26)


def test_a_story_of_the_same_day_told_by_an_alike_article_is_listed_as_near() -> None:
    # a and b tell the Rouen fire in other words (nothing next to their dates meets), c another subject:
    # the grouping keeps all three apart, and offers b's story to a's (and back), never c's
    a = _told("a", 0, "Le ciel virait au noir jeudi au-dessus des quais.", "jeudi", FIRE_DAY, FIRE_A)
    said_b = "Les pompiers ont éteint les flammes le 26 septembre 2019."
    b = _told("b", 1, said_b, "le 26 septembre 2019", FIRE_DAY, FIRE_B)
    said_c = "Les sénateurs ont adopté la réforme le 26 septembre 2019."
    c = _told("c", 2, said_c, "le 26 septembre 2019", FIRE_DAY, "Le Sénat adopte la réforme des retraites")
    df, stories = _group([a, b, c])
    sid = df.set_index("event_id")["story_id"]
    assert df["story_id"].nunique() == 3
    near = {s.story_id: s.near for s in stories}
    assert near[sid[a.event_id]] == (sid[b.event_id],)  # type: ignore[attr-defined]
    assert near[sid[b.event_id]] == (sid[a.event_id],)  # type: ignore[attr-defined]
    assert near.get(sid[c.event_id], ()) == ()  # type: ignore[attr-defined]


def test_the_openings_of_alike_articles_on_one_day_tell_one_happening() -> None:
    # the same reports in the openings of their articles: a and b join (an article opens on its main
    # happening), c (another subject the same day) stays apart
    a = _told("a", 0, "Le ciel virait au noir jeudi au-dessus des quais.", "jeudi", FIRE_DAY, FIRE_A, at=80)
    said_b = "Les pompiers ont éteint les flammes le 26 septembre 2019."
    b = _told("b", 1, said_b, "le 26 septembre 2019", FIRE_DAY, FIRE_B, at=70)
    said_c = "Les sénateurs ont adopté la réforme le 26 septembre 2019."
    title_c = "Le Sénat adopte la réforme des retraites"
    c = _told("c", 2, said_c, "le 26 septembre 2019", FIRE_DAY, title_c, at=60)
    df, stories = _group([a, b, c])
    sid = df.set_index("event_id")["story_id"]
    assert sid[a.event_id] == sid[b.event_id] != sid[c.event_id]  # type: ignore[attr-defined]
    joined = next(s for s in stories if s.story_id == sid[a.event_id])  # type: ignore[attr-defined]
    assert any("ouverture des deux articles" in why for why in joined.reasons)


def test_an_opening_dated_le_meme_jour_tells_another_happening() -> None:
    # "le même jour" takes the day the text named for another happening: no opening bonus
    a = _told("a", 0, "Le ciel virait au noir jeudi au-dessus des quais.", "jeudi", FIRE_DAY, FIRE_A, at=80)
    said_b = "Le même jour, les pompiers ont éteint les flammes."
    b = _ev("b", 1, said_b, "Le même jour", FIRE_DAY, FIRE_DAY, title=FIRE_B, countries=(), topics=(), at=70,
            anchor="previous")
    said_c = "Les sénateurs ont adopté la réforme le 26 septembre 2019."
    title_c = "Le Sénat adopte la réforme des retraites"
    c = _told("c", 2, said_c, "le 26 septembre 2019", FIRE_DAY, title_c, at=60)
    df, _ = _group([a, b, c])
    assert df["story_id"].nunique() == 3


def test_an_opening_counted_in_hours_tells_another_moment() -> None:
    # "Quelques heures plus tard" takes the day told for another moment of it: no opening bonus either
    a = _told("a", 0, "Le ciel virait au noir jeudi au-dessus des quais.", "jeudi", FIRE_DAY, FIRE_A, at=80)
    said_b = "Quelques heures plus tard, les pompiers ont éteint les flammes."
    b = _ev("b", 1, said_b, "Quelques heures plus tard", FIRE_DAY, FIRE_DAY, title=FIRE_B, countries=(),
            topics=(), at=70, anchor="previous")
    said_c = "Les sénateurs ont adopté la réforme le 26 septembre 2019."
    title_c = "Le Sénat adopte la réforme des retraites"
    c = _told("c", 2, said_c, "le 26 septembre 2019", FIRE_DAY, title_c, at=60)
    _, stories = _group([a, b, c])
    assert not any("ouverture" in why for story in stories for why in story.reasons)


def test_openings_on_other_days_or_past_the_opening_get_no_bonus() -> None:
    # the same day past b's opening, or b's opening a day later: no bonus, so the three stay apart
    a = _told("a", 0, "Le ciel virait au noir jeudi au-dessus des quais.", "jeudi", FIRE_DAY, FIRE_A, at=80)
    said_b = "Les riverains ont découvert la suie sur leurs voitures le 27 septembre."
    b = _told("b", 1, said_b, "le 27 septembre", date(2019, 9, 27), FIRE_B, at=0)
    said_d = "Les pompiers ont éteint les flammes le 26 septembre."
    deep = _told("d", 2, said_d, "le 26 septembre", FIRE_DAY, FIRE_B)
    df, _ = _group([a, b, deep])
    assert df["story_id"].nunique() == 3


def test_alike_articles_on_other_days_are_not_offered() -> None:
    a = _told("a", 0, "Le ciel virait au noir jeudi au-dessus des quais.", "jeudi", FIRE_DAY, FIRE_A)
    later = date(2019, 9, 30)
    b = _told("b", 1, "Les pompiers sont repartis le 30 septembre.", "le 30 septembre", later, FIRE_B)
    _, stories = _group([a, b])
    assert [s.near for s in stories] == [(), ()]


def _disagreeing(events: list[object]) -> bool:
    return _disagree(_items(events_to_frame(events)))  # type: ignore[arg-type]


BLAST_A = _ev("a", 0, "Une double explosion a eu lieu mardi en fin d'après-midi sur le port de Beyrouth.",
              "mardi en fin d'après-midi", date(2020, 8, 4), date(2020, 8, 4))
SEARCH_A = _ev("a", 1, "Les secouristes fouillaient encore ce mercredi les décombres du port de Beyrouth.",
               "ce mercredi", date(2020, 8, 5), date(2020, 8, 5))
BLAST_B = _ev("b", 2, "Le 4 août 2020, l'explosion du port a dévasté Beyrouth.", "Le 4 août 2020",
              date(2020, 8, 4), date(2020, 8, 4))
BLAST_C = _ev("c", 3, "L'explosion du port de Beyrouth a eu lieu le 5 août 2020.", "le 5 août 2020",
              date(2020, 8, 5), date(2020, 8, 5))


def test_a_conflict_needs_two_articles_whose_own_days_never_meet() -> None:
    # article a gives the 4th (the blast) and the 5th (the search): b's 4th meets one of them
    assert not _disagreeing([BLAST_A, SEARCH_A, BLAST_B])
    assert _disagreeing([BLAST_B, BLAST_C])


def test_inherited_told_and_wide_dates_claim_no_day() -> None:
    inherited = _ev("d", 4, "Le lendemain, l'explosion du port a dévasté Beyrouth.", "Le lendemain",
                    date(2020, 8, 5), date(2020, 8, 5), anchor="previous")
    told = _ev("e", 5, "Le gouvernement a annoncé ce mercredi l'explosion du port.", "ce mercredi",
               date(2020, 8, 5), date(2020, 8, 5))
    decade = _ev("c", 6, "Il y a dix ans, l'explosion du port dévastait Beyrouth.", "Il y a dix ans",
                 date(2020, 1, 1), date(2020, 12, 31), "year")
    assert not _disagreeing([BLAST_B, inherited])  # "le lendemain" takes a day of its text, maybe another
    assert not _disagreeing([BLAST_B, told])  # the day it was said
    assert _disagreeing([BLAST_B, BLAST_C, decade])  # the year of c does not meet b's day: c's 5th does not


@pytest.mark.parametrize(
    ("told", "told_text", "silent", "silent_text", "plain", "plain_text"),
    [
        # "Depuis samedi" dates what followed the explosion of that Saturday, not another happening of the day
        (
            "Samedi, une explosion a soufflé une boulangerie du 9e arrondissement.",
            "Samedi",
            "Depuis samedi, deux cents habitants ont été évacués de leurs immeubles.",
            "Depuis samedi",
            "Les gilets jaunes ont manifesté samedi pour la neuvième fois à Paris.",
            "samedi",
        ),
        # a witness tells the collapse in their own words: no evidence of another happening of that day
        (
            "Deux immeubles se sont effondrés samedi rue d'Aubagne, à Marseille.",
            "samedi",
            "« Samedi matin, j'ai entendu un grondement énorme », témoigne une voisine.",
            "Samedi matin",
            "Samedi matin, j'ai entendu un grondement énorme, témoigne une voisine.",
            "Samedi matin",
        ),
    ],
    ids=["start-of-a-state", "quotation"],
)
def test_reports_that_cast_no_same_article_vote(
    told: str, told_text: str, silent: str, silent_text: str, plain: str, plain_text: str
) -> None:
    day = date(2019, 1, 12)
    first = _ev("a", 0, told, told_text, day, day, anchor="dct")
    quiet = _ev("a", 1, silent, silent_text, day, day, anchor="dct")
    voter = _ev("a", 2, plain, plain_text, day, day, anchor="dct")
    items = {i.event_id: i for i in _items(events_to_frame([first, quiet, voter]))}
    a, b, c = (items[e.event_id] for e in (first, quiet, voter))  # type: ignore[attr-defined]
    assert _clash(b, a) is False
    assert _clash(c, a) is True


@pytest.mark.parametrize(
    ("said", "date_text", "end", "kind"),
    [
        # a night covers two days, yet it dates one explosion
        ("L'explosion a eu lieu la nuit de mardi à mercredi.", "la nuit de mardi à mercredi", 2, "explosion"),
        # two days listed date something else than one instant happening
        ("Les accords signés les 19 et 20 juillet restent en vigueur.", "les 19 et 20 juillet", 2, None),
    ],
)
def test_a_night_of_two_days_still_names_an_instant_happening(
    said: str, date_text: str, end: int, kind: str | None
) -> None:
    report = _ev("a", 0, said, date_text, date(2010, 4, 1), date(2010, 4, end), countries=(), topics=())
    assert next(iter(_items(events_to_frame([report])))).kind == kind


def _retold() -> tuple[object, object, object]:
    """An article's lead, its retelling a few lines below in other words, and the same day told much later
    in that article after several other reports (another happening of the day)."""
    day = date(2016, 7, 26)
    quiet = {"countries": (), "topics": (), "anchor": "dct"}
    lead = "Le père Jacques Hamel a été assassiné hier matin dans l'église de Saint-Étienne-du-Rouvray."
    told = "Il était environ 9 h 45, mardi, quand les assaillants sont entrés par la sacristie."
    later = "Le conseil municipal a voté mardi une motion de soutien aux commerçants du centre."
    return (
        _ev("a", 0, lead, "hier matin", day, day, **quiet),
        _ev("a", 1, told, "mardi", day, day, at=220, **quiet),
        _ev("a", 2, later, "mardi", day, day, at=DEEP, **quiet),
    )


def test_a_lead_and_its_retelling_nearby_count_little_as_a_same_article_clash() -> None:
    # words alone call them two things; the model of timeline/data/same_article.json weighs where they are
    events = _retold()
    items = sorted(_items(events_to_frame(events)), key=lambda i: int(i.row["char_start"]))
    lead, retold, later = items
    assert _clash(lead, retold) and _clash(lead, later)
    fillers = [make_event(9 + k, doc_id="a", char_start=600 + 200 * k) for k in range(5)]
    clashes = _Clashes(items + _items(events_to_frame(fillers)))
    assert clashes([lead], [retold]) < 0.5
    assert clashes([lead], [later]) > 0.9


def test_a_retelling_joins_the_story_of_its_lead_through_another_article() -> None:
    lead, retold, later = _retold()
    day = date(2016, 7, 26)
    said = "Mardi, les assaillants sont entrés par la sacristie de l'église vers 9 h 45."
    other = _ev("b", 3, said, "Mardi", day, day, countries=(), topics=(), at=DEEP)
    said = "Le père Jacques Hamel a été assassiné mardi dans l'église de Saint-Étienne-du-Rouvray."
    third = _ev("c", 4, said, "mardi", day, day, countries=(), topics=(), at=DEEP)
    df, _ = _group([lead, retold, later, other, third])
    sid = df.set_index("event_id")["story_id"]
    ids = [e.event_id for e in (lead, retold, other, third)]  # type: ignore[attr-defined]
    assert len({sid[e] for e in ids}) == 1
    assert sid[later.event_id] != sid[lead.event_id]  # type: ignore[attr-defined]


def test_the_same_article_model_weighs_exactly_the_signals_given() -> None:
    lead, retold, _ = sorted(_items(events_to_frame(_retold())), key=lambda i: int(i.row["char_start"]))
    signals = _pair_signals(lead, retold, 0)
    model = same_article.load()
    assert tuple(signals) == same_article.FEATURES and set(model.weights) == set(same_article.FEATURES)
    p = same_article.probability(signals, model)
    assert 0.0 < p < 1.0
    assert same_article.clash_weight(0.0, model) == 1.0
    assert same_article.clash_weight(model.clash_below, model) == 0.0


_YEN = _ev(
    "c", 3, "Le même jour, le yen a reculé.", "Le même jour", date(2023, 9, 13), date(2023, 9, 13), at=200
)
"""A second report of 13 September 2023 in article "c"."""


def _link_model(bias: float) -> stories_link.Model:
    """A link model that gives every pair the probability of `bias` alone."""
    return stories_link.Model({f: (bias if f == "bias" else 0.0) for f in stories_link.FEATURES}, 0.3)


def test_the_link_model_weighs_exactly_the_signals_given() -> None:
    a, b = _items(
        events_to_frame(
            [
                VISIT_A,
                replace(VISIT_B, date_start=date(2023, 9, 13), date_end=date(2023, 9, 13), granularity="day"),
            ]
        )
    )  # type: ignore[type-var]
    fits_signals = _link_signals(a, b, False, [], (0.2, 0.1, 1.0), False)
    model = stories_link.load()
    assert tuple(fits_signals) == stories_link.FEATURES and set(model.weights) == set(stories_link.FEATURES)
    assert 0.0 < stories_link.probability(fits_signals, model) < 1.0


def test_the_link_model_links_reports_of_days_of_two_articles_only() -> None:
    other = _ev(
        "b",
        1,
        "Le 13 septembre 2023, une rencontre a eu lieu dans l'Extrême-Orient.",
        "Le 13 septembre 2023",
        date(2023, 9, 13),
        date(2023, 9, 13),
    )
    sure, never = _link_model(5.0), _link_model(-5.0)
    a, b = _items(events_to_frame([VISIT_A, other]))
    weak, weak_why = pair_score(a, b, False, never)  # the words and dates alone
    score, why = pair_score(a, b, False, sure)
    assert score == pytest.approx(1 / (1 + math.exp(-5.0)) - 0.3) and score > weak
    assert "modèle de liens (99 %)" in why and "modèle" not in weak_why
    # a faint model link (probability just over the shift, under `MIN_SCORE` beyond it) is no link: many
    # of them to the reports of one story would add up to a merge
    faint = _link_model(math.log((0.3 + MIN_SCORE / 2) / (0.7 - MIN_SCORE / 2)))
    bourse = _ev(
        "c",
        2,
        "Le 13 septembre 2023, la Bourse de Tokyo a fermé en légère hausse.",
        "Le 13 septembre 2023",
        date(2023, 9, 13),
        date(2023, 9, 13),
        title="Marchés",
        countries=("Japon",),
        topics=("économie et commerce",),
    )
    a, c = _items(events_to_frame([VISIT_A, bourse]))
    assert pair_score(a, c, False, never) == (0.0, "")  # no word in common: no link by words
    assert pair_score(a, c, False, faint) == (0.0, "")
    assert pair_score(a, c, False, sure)[0] > MIN_SCORE
    # a month-wide report is linked by words and dates alone, whatever the model says
    a, month = _items(events_to_frame([VISIT_A, VISIT_B]))
    assert pair_score(a, month, False, sure) == pair_score(a, month, False, never)


def test_reports_each_alone_on_their_day_in_their_article_link_from_a_lower_probability() -> None:
    """Two alike articles that each date one thing to 13 September tell the same thing more often than not:
    the model's link gets `W_SOLE`; not with a second report of that day in one article, nor between
    articles on other subjects."""
    middling = _link_model(math.log(0.35 / 0.65))  # 0.35: under the shift plus `MIN_SCORE`
    day = date(2023, 9, 13)
    said = "Le 13 septembre 2023"
    visit = _ev("a", 0, f"{said}, Kim Jong Un a rencontré Vladimir Poutine.", said, day, day, at=500,
                title="Kim Jong Un en Russie", countries=(), topics=())
    other = _ev("c", 2, f"{said}, la Bourse de Tokyo a fermé en légère hausse.", said, day, day, at=500,
                title="Marchés", countries=(), topics=())
    a, c = _items(events_to_frame([visit, other]))
    assert a.sole and c.sole and pair_score(a, c, True, _link_model(-5.0)) == (0.0, "")
    score, why = pair_score(a, c, True, middling)
    assert score == pytest.approx(0.35 - 0.3 + W_SOLE) and score >= MIN_SCORE
    assert "seuls rapports de ce jour" in why
    assert pair_score(a, c, False, middling) == (0.0, "")  # articles on other subjects
    a, c, _ = _items(events_to_frame([visit, other, _YEN]))
    assert a.sole and not c.sole
    assert pair_score(a, c, True, middling) == (0.0, "")


def test_a_report_alone_on_its_day_between_articles_on_two_subjects_gets_no_link_bonus() -> None:
    """The vigil's report of the night is alike to the crackdown's articles and to the protest's, which
    are not alike to each other: which one it names is unsaid (`_unsure_sole`)."""
    df, _ = _crackdown(_hong_kong_protest())
    items = {i.event_id: i for i in _items(df)}
    vigil = items[str(df.iloc[3]["event_id"])]
    assert vigil.sole  # the vigil article's only report of that night
    _unsure_sole(list(items.values()), _alike_articles(list(items.values())))
    assert not vigil.sole


def _same_day_stories(extra: tuple[object, ...] = ()) -> tuple[list, _Union]:  # type: ignore[type-arg]
    """Two stories of 4 March 2011, each told by two articles, that share one uncommon word."""
    day = date(2011, 3, 4)
    told = [
        ("a", "Le 4 mars, la digue de la Vilaine a cédé sous la crue."),
        ("b", "Le 4 mars, la digue a lâché au petit matin."),
        ("c", "Le 4 mars, les eaux ont envahi les quartiers bas de Redon après la rupture."),
        ("d", "Le 4 mars, Redon s'est réveillée sous un mètre d'eau, la Vilaine hors de son lit."),
    ]
    events = [_ev(doc, k, text, "Le 4 mars", day, day, at=500, countries=(), topics=())
              for k, (doc, text) in enumerate(told)]
    items = _items(events_to_frame([*events, *extra]))
    uf = _Union(i.event_id for i in items)
    by_doc = {i.doc_id: i.event_id for i in items if i.row["sentence_start"] == 500}
    uf.union(by_doc["a"], by_doc["b"])
    uf.union(by_doc["c"], by_doc["d"])
    return items, uf


def test_same_day_stories_whose_articles_each_tell_that_day_once_join_on_a_shared_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(stories, "STORY_SIM", 1.0)  # words alone would never be enough here
    items, uf = _same_day_stories()
    assert all(i.sole for i in items)
    _join_same_day_stories(items, uf, defaultdict(list))
    assert len({uf.find(i.event_id) for i in items}) == 1
    # a second report of that day in one article: the words must say it
    second = _ev("a", 9, "Le même jour, le préfet a ordonné l'évacuation.", "Le même jour", date(2011, 3, 4),
                 date(2011, 3, 4), at=900, countries=(), topics=())
    items, uf = _same_day_stories((second,))
    _join_same_day_stories([i for i in items if i.row["sentence_start"] == 500], uf, defaultdict(list))
    assert len({uf.find(i.event_id) for i in items if i.row["sentence_start"] == 500}) == 2


def test_the_shipped_link_model_was_fitted_without_the_sets_kept_to_estimate_it() -> None:
    raw = json.loads((ROOT / "timeline" / "data" / "link_model.json").read_text(encoding="utf-8"))
    sets = {p.parent.name for p in (ROOT / "tests" / "fixtures" / "groups").glob("*/gold_*.json")}
    assert set(raw["trained_on"]) - {"sample"} < sets
    assert raw["held_out"]["f1"] > 0 and len(sets - set(raw["trained_on"])) >= 4


def _crackdown(extra: tuple[object, ...] = ()) -> tuple[pd.DataFrame, list]:  # type: ignore[type-arg]
    """Two articles tell the Tiananmen crackdown of one night in shared words; a third, on a vigil in Hong
    Kong, names that night once in words of its own; three others are on other subjects."""
    night = (date(1989, 6, 3), date(1989, 6, 4))
    title = "Pékin : l'armée écrase le mouvement de la place Tiananmen"
    vigil = "Hong Kong : la veillée des Hongkongais pour Tiananmen"
    events = [
        _ev("a", 0, "Dans la nuit de samedi à dimanche, les chars ont tiré sur la foule de la place "
            "Tiananmen.", "Dans la nuit de samedi à dimanche", *night, title=title),
        _ev("b", 1, "Depuis la nuit du 3 au 4 juin, quand les chars ont tiré sur la foule, Pékin se tait.",
            "la nuit du 3 au 4 juin", *night, title=title),
        _ev("c", 2, "Vendredi soir, des bougies ont éclairé le parc pour les morts de Tiananmen, tués par "
            "l'armée.", "Vendredi soir", date(2021, 6, 4), date(2021, 6, 4), title=vigil),
        _ev("c", 3, "Le bilan de la nuit du 3 au 4 juin 1989 n'a jamais été établi.",
            "la nuit du 3 au 4 juin 1989", *night, at=400, title=vigil),
        _ev("d", 4, "Le championnat de football a repris le 3 juin 1989 sous la pluie.",
            "le 3 juin 1989", date(1989, 6, 3), date(1989, 6, 3), title="Le championnat reprend"),
        _ev("g", 5, "Le festival de Cannes s'est ouvert le 11 mai 1989 sur la Croisette.", "le 11 mai 1989",
            date(1989, 5, 11), date(1989, 5, 11), title="Cannes ouvre son festival"),
        _ev("h", 6, "La navette Atlantis a décollé le 4 mai 1989 de Floride.", "le 4 mai 1989",
            date(1989, 5, 4), date(1989, 5, 4), title="Atlantis dans l'espace"),
        *extra,
    ]
    return _group([replace(e, countries=(), topics=()) for e in events])  # type: ignore[type-var]


def _hong_kong_protest() -> tuple[object, ...]:
    """Two more articles, alike to the vigil's, that tell a protest in Hong Kong that night."""
    return tuple(
        _ev(doc, 10 + k, "La nuit du 3 au 4 juin, des milliers de Hongkongais ont manifesté devant l'agence.",
            "La nuit du 3 au 4 juin", date(1989, 6, 3), date(1989, 6, 4),
            title="Hong Kong : la colère des Hongkongais devant l'agence Chine nouvelle")
        for k, doc in enumerate(("e", "f"))
    )


def test_a_lone_report_of_an_alike_article_joins_the_one_story_of_its_day() -> None:
    df, stories = _crackdown()
    sid = df.set_index("event_id")["story_id"]
    a, b, _, c, d = (sid.iloc[k] for k in range(5))
    assert a == b == c != d and sid.nunique() == 5
    story = next(s for s in stories if s.story_id == a)
    assert story.n_sources == 3
    assert any("seul rapport de ce jour" in r for r in story.reasons)


def test_a_lone_report_with_two_stories_of_its_day_stays_alone() -> None:
    # two more articles, alike to the vigil's, tell a protest in Hong Kong that night: which one is unsaid
    df, _ = _crackdown(_hong_kong_protest())
    sid = df.set_index("event_id")["story_id"]
    a, c, e = sid.iloc[0], sid.iloc[3], sid.iloc[7]
    assert a == sid.iloc[1] and e == sid.iloc[8] and a != e
    assert c not in (a, e)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a killing told beside the sentence of its author: "tué" and "condamné" may name one happening
        (
            "Le 4 novembre 1995, Yitzhak Rabin a été tué à Tel-Aviv.",
            "Le 4 novembre 1995, Yigal Amir, condamné depuis, a abattu le Premier ministre à Tel-Aviv.",
        ),
        # an agreement adopted by a vote: "adopté" and "accord" name one happening
        (
            "Le 12 décembre 2015, les délégués ont adopté le texte à Paris.",
            "Le 12 décembre 2015, l'accord de Paris sur le climat a été conclu.",
        ),
    ],
)
def test_kinds_that_can_name_one_happening_cast_no_vote_against_it(first: str, second: str) -> None:
    said = first[: first.index(",")]
    day = date.fromisoformat({"Le 4 novembre 1995": "1995-11-04", "Le 12 décembre 2015": "2015-12-12"}[said])
    a, b = _items(events_to_frame([_ev("a", 0, first, said, day, day), _ev("b", 1, second, said, day, day)]))
    assert a.kind and b.kind and a.kind != b.kind
    never = _link_model(-5.0)
    assert pair_score(a, b, False, never)[0] > 0


def test_a_day_named_with_its_year_years_later_links_its_recallers() -> None:
    # "le 12 septembre 1940" in pieces of 1963 and 2016 recalls one happening, whatever the words around it;
    # the same day named in the news of the next week may be another happening of that day
    day = date(1940, 9, 12)
    said = "La grotte, découverte le 12 septembre 1940, ferme au public."
    old = _ev("a", 0, said, "le 12 septembre 1940", day, day, anchor="absolute", countries=(), topics=())
    said = "Les adolescents y sont descendus le 12 septembre 1940 avec une lampe."
    later = _ev("b", 1, said, "le 12 septembre 1940", day, day, anchor="absolute", countries=(), topics=())
    recalled = [replace(old, published=date(1963, 4, 22)), replace(later, published=date(2016, 12, 16))]  # type: ignore[type-var]
    df, _ = _group(recalled)
    assert df.story_id.nunique() == 1
    news = [replace(old, published=date(1940, 9, 19)), replace(later, published=date(1940, 9, 20))]  # type: ignore[type-var]
    df, _ = _group(news)
    assert df.story_id.nunique() == 2


PESQUET = ("Thomas Pesquet",)
LAUNCH = (
    "Le Soyouz a décollé de Baïkonour le 17 novembre avec Thomas Pesquet.",
    "Thomas Pesquet est parti le 17 novembre du cosmodrome de Baïkonour.",
    "Baïkonour a vu s'envoler le 17 novembre l'astronaute Thomas Pesquet.",
)
STATION = "la Station spatiale internationale, où il passera six mois"
DOCKING = f"Thomas Pesquet a rejoint le 19 novembre {STATION}."
MONTH = f"Thomas Pesquet rejoindra en novembre 2016 {STATION}, depuis Baïkonour."


def test_a_month_report_joins_the_day_story_its_links_favour_in_sum_not_the_first_it_meets() -> None:
    # three articles tell the launch of 17 November in few shared words; one tells the docking two days later
    # in nearly the month report's words: its single link is the strongest, the launch's summed links more
    launch, docking = [date(2016, 11, 17)] * 2, [date(2016, 11, 19)] * 2
    month = [date(2016, 11, 1), date(2016, 11, 30)]
    events = [_ev(f"l{k}", k, s, "le 17 novembre", *launch, persons=PESQUET) for k, s in enumerate(LAUNCH)]
    events += [
        _ev("d1", 3, DOCKING, "le 19 novembre", *docking, persons=PESQUET),
        _ev("d2", 4, "L'amarrage a eu lieu le 19 novembre.", "le 19 novembre", *docking),
        _ev("m", 5, MONTH, "en novembre 2016", *month, "month", persons=PESQUET),
    ]
    sid = _group(events)[0].set_index("doc_id")["story_id"]
    assert sid["l0"] == sid["l1"] == sid["l2"] == sid["m"]
    assert sid["d1"] != sid["m"]


def test_two_stories_of_one_day_whose_words_meet_join_though_a_kind_word_differs() -> None:
    # the accident is the nearest kind word of the first date, the sentence the second: the judgment both tell
    monday = [date(2010, 12, 6)] * 2
    df, stories = _group(
        [
            _ev(
                "a",
                0,
                "Le tribunal de Pontoise a déclaré lundi la compagnie Continental responsable de l'accident.",
                "lundi",
                *monday,
            ),
            _ev("b", 1, "Lundi, le tribunal de Pontoise a condamné Continental.", "Lundi", *monday),
        ]
    )
    sid = df.set_index("doc_id")["story_id"]
    assert sid["a"] == sid["b"]
    story = next(s for s in stories if s.story_id == sid["a"])
    assert any("même jour" in why and "pontois" in why for why in story.reasons)


CREW = ("Virgil Grissom", "Edward White", "Roger Chaffee")
FIRE_DAY_1967 = (date(1967, 1, 27), date(1967, 1, 27), "day")
APOLLO_A, APOLLO_B, APOLLO_LIFE = (
    _ev(doc, n, said, text, *dates, persons=CREW)
    for n, (doc, said, text, dates) in enumerate(
        [
            ("a", "Grissom, White et Chaffee ont péri le 27 janvier 1967 dans l'incendie de la capsule.",
             "le 27 janvier 1967", FIRE_DAY_1967),
            ("b", "L'incendie de la capsule Apollo a tué Grissom, White et Chaffee le 27 janvier 1967.",
             "le 27 janvier 1967", FIRE_DAY_1967),
            ("c", "Grissom (1926-1967), White et Chaffee ont péri dans l'incendie de la capsule Apollo.",
             "1926-1967", (date(1926, 1, 1), date(1967, 12, 31), "year")),
        ]
    )
)


def test_a_life_span_joins_no_story_of_a_day() -> None:
    df, _ = _group([APOLLO_A, APOLLO_B, APOLLO_LIFE])
    story = df.set_index("doc_id")["story_id"]
    assert story["a"] == story["b"]
    assert story["c"] != story["a"]


def test_one_period_named_in_two_articles_is_one_story() -> None:
    terms = [
        _ev(
            doc,
            n,
            f"Olof Palme a dirigé le gouvernement suédois de 1969 à 1976, {tail}.",
            "de 1969 à 1976",
            date(1969, 1, 1),
            date(1976, 12, 31),
            "year",
            persons=("Olof Palme",),
        )
        for n, (doc, tail) in enumerate([("p", "avant sa défaite"), ("q", "puis de nouveau après 1982")])
    ]
    df, _ = _group([*terms, APOLLO_A])
    story = df.set_index("doc_id")["story_id"]
    assert story["p"] == story["q"] != story["a"]


_SCAFFOLD_17 = (
    "Le chantier a coûté la vie à onze ouvriers, dont dix lors de l'effondrement d'un échafaudage "
    "le 17 février."
)
_SCAFFOLD_18 = (
    "Le drame du 18 février 1937, quand un échafaudage emporta dix hommes du chantier, l'avait affecté."
)
_OTHER_17 = "Le 17 février, l'ingénieur en chef visitait un autre chantier de la baie."


@pytest.mark.parametrize(
    ("extra", "joined"),
    [
        ((), True),
        # the second article tells the 17th too: its 18th is another happening, not another day for the same
        ((_ev("s2", 2, _OTHER_17, "Le 17 février", date(1937, 2, 17), date(1937, 2, 17), at=200),), False),
    ],
)
def test_stories_of_adjacent_days_saying_the_same_are_one_happening_in_conflict(
    extra: tuple[object, ...], joined: bool
) -> None:
    # the words shared by the two reports make a link too faint for a pair of disagreeing days, but the two
    # stories say much the same thing and neither article tells the other's day
    day = date(1937, 2, 17)
    a = _ev("s1", 0, _SCAFFOLD_17, "le 17 février", day, day)
    b = _ev("s2", 1, _SCAFFOLD_18, "18 février 1937", day + timedelta(days=1), day + timedelta(days=1))
    others = [VISIT_A, VISIT_B, SAT, OTHER_SEPT]  # other articles, so that words the two share are rare
    items = {i.doc_id: i for i in _items(events_to_frame([a, b, *others]))}
    assert pair_score(items["s1"], items["s2"], True)[0] < stories.CONFLICT_MIN
    df, found = _group([a, b, *extra, *others])
    sid = df.set_index(["doc_id", "date_text"])["story_id"]
    assert (sid[("s1", "le 17 février")] == sid[("s2", "18 février 1937")]) is joined
    if joined:
        story = next(s for s in found if s.story_id == sid[("s1", "le 17 février")])
        assert story.conflict and any("jours voisins" in why for why in story.reasons)
