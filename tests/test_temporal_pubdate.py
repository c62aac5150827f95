"""Publication dates inferred from header-less texts: one row per kind of evidence."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.temporal import find_timexes, infer_publication_date
from timeline.temporal.types import PubDate

CASES = [
    # a planned future date is not the news
    pytest.param(
        "La cérémonie s'est tenue dimanche 11 août. Rendez-vous est pris pour les prochains Jeux en 2032. "
        "La dernière édition comparable remonte à juillet 2021.",
        "2024-08",
        "month",
        id="future-ignored-weekday-pins-year",
    ),
    pytest.param(
        "Le chantier, lancé en mars 2020, a été livré en juin 2022. Le réaménagement du quartier est prévu "
        "à partir de 2027.",
        "2022-06",
        "month",
        id="future-planned-year-ignored",
    ),
    pytest.param(
        "Le ministre doit se rendre à Berlin en octobre 2031. Il était à Rome en mai 2029.",
        "2029-05",
        "month",
        id="future-tense-ignored",
    ),
    # a state running from a year to the news ("Depuis 2007, elle est à Concarneau") floors the news, finer
    # dates or not; the weekday then pins the day
    pytest.param(
        "Il aurait eu cent ans ce vendredi 11 juin. Mort le 25 juin 1997, il reste aimé des Français. "
        "Depuis 2007, son navire est à quai à Concarneau.",
        "2010-06-11",
        "day",
        id="since-year-floors-news",
    ),
    # weekday + day + month without year pins the year after the latest gone date
    pytest.param(
        "Le président l'a reçu ce samedi 4 août. Sa dernière visite date de juillet 2000.",
        "2001-08-04",
        "day",
        id="weekday-pins-year-day",
    ),
    pytest.param(
        "La loi a été promulguée mardi 9 mai, deux mois après le vote de mars 2017.",
        "2017-05",
        "month",
        id="weekday-pins-year-month",
    ),
    # "il y a N ans" beside a dated event gives the year
    pytest.param(
        "Le conflit a commencé il y a six ans, en avril 2011.",
        "2017",
        "year",
        id="ago-beside-date",
    ),
    pytest.param(
        "Sa seule visite remonte à près de douze ans, en mars 2009.",
        "2021",
        "year",
        id="goes-back-beside-date",
    ),
    # ... counted to the day ("jour pour jour") too, over a later month told in passing; then a weekday with
    # its day and month pins the day
    pytest.param(
        "Ce lundi 8 août, la cloche a sonné 262 fois. Il y a soixante ans jour pour jour, le 8 août 1956, un "
        "incendie piégeait 274 hommes. Le charbonnage a fermé en décembre 1967.",
        "2016-08-08",
        "day",
        id="ago-to-the-day-beside-date",
    ),
    # an infinitive of purpose before a date points ahead, unless its verb is past
    pytest.param(
        "Le sommet s'est ouvert en août 2019. "
        "Six pays sont invités à rejoindre le groupe le 1er janvier 2021.",
        "2019-08",
        "month",
        id="purpose-infinitive-future",
    ),
    pytest.param(
        "Le pays avait été invité à se joindre au groupe fin 2015. Le sommet a eu lieu en mai 2012.",
        "2015-12",
        "month",
        id="purpose-infinitive-past-tense",
    ),
    # "depuis" marks a gone date whatever the tense
    pytest.param(
        "Un accord aurait des effets durables sur des relations au plus bas depuis la crise de mars 2021.",
        "2021-03",
        "month",
        id="since-is-past",
    ),
    # "ce <weekday>" written with the latest dated day: the news of that day
    pytest.param(
        "Le texte a été adopté ce mercredi 4 décembre 2024, après un an de débats.",
        "2024-12-04",
        "day",
        id="this-weekday-dated-day",
    ),
    pytest.param(
        "Le texte a été adopté ce jeudi, un an après le vote du 4 décembre 2024.",
        "2024-12",
        "month",
        id="this-weekday-other-day-month-only",
    ),
    pytest.param(
        "La grève a commencé jeudi 6 mars 2025. Les trains ont repris ce samedi.",
        "2025-03-08",
        "day",
        id="this-weekday-after-dated-weekday",
    ),
    pytest.param(
        "La grève a commencé jeudi 6 mars 2025. Les trains ont repris ce samedi, les bus ce lundi.",
        "2025-03",
        "month",
        id="this-weekday-ambiguous",
    ),
    pytest.param(
        "La grève dure depuis le 6 mars 2025. Les trains ont repris ce samedi.",
        "2025-03",
        "month",
        id="this-weekday-day-without-weekday",
    ),
    # "<mois> dernier" moves the DCT past that month
    pytest.param(
        "En février 2023, il a annulé. Il s'est rendu à Pékin en mai dernier.",
        "2023-06",
        "month",
        id="month-dernier",
    ),
    # months told in the past after the latest dated day, later in its year, move the news past them; not
    # after a date of another year told since
    pytest.param(
        "Le 7 février 1994, il signait un contrat. Le 31 mars, les White Sox l'ont affecté à Birmingham.",
        "1994-03",
        "month",
        id="month-told-after-latest-day",
    ),
    pytest.param(
        "Il a démissionné le 9 juin 2023. Un cycle s'était ouvert le 7 juillet 2022 ; Truss a renoncé le 20 "
        "octobre.",
        "2023-06",
        "month",
        id="month-told-after-another-year",
    ),
    # a bare year said in passing is no date of another year told since
    pytest.param(
        "La finale s'est jouée le 12 septembre 2011. Ils avaient perdu en 1995. Le 2 octobre, ils ont battu "
        "les Gallois.",
        "2011-10",
        "month",
        id="month-told-after-a-bare-year",
    ),
    # a weekday that fits the year the text was telling is of that year: it pins nothing later
    pytest.param(
        "Tout commence en janvier 2016. Fin mars 2016, les sondages basculent. Le jeudi 23 juin, le pays "
        "vote. La loi est promulguée le 26 juin 2018.",
        "2018-06",
        "month",
        id="weekday-of-the-year-told",
    ),
    # bare years count only without finer dates
    pytest.param(
        "Le feu a pris en avril 2019 ; la date coïncide avec les Jeux de 2024.",
        "2019-04",
        "month",
        id="bare-year-after-month",
    ),
]


@pytest.mark.parametrize(("text", "iso", "precision"), CASES)
def test_inferred_publication_date(text: str, iso: str, precision: str) -> None:
    pub = infer_publication_date(text)
    assert (pub.iso(), pub.precision, pub.origin) == (iso, precision, "inferred")


WORDS = [
    "le",
    "ce",
    "samedi",
    "4",
    "août",
    "2001",
    "en",
    "juillet",
    "2000",
    "il y a",
    "un",
    "an",
    "prochains",
    "d'ici",
    "2028",
    "depuis",
    "mars",
    "dernier",
    "remonte à",
    "dix",
    "ans",
    ",",
    ".",
    "a été",
    "sera",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=200), st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join)))
def test_inference_never_fails_and_is_deterministic(text: str) -> None:
    pub = infer_publication_date(text)
    assert pub == infer_publication_date(text)
    assert pub.origin in ("inferred", "none")
    assert (pub.value is None) == (pub.precision == "unknown")
    if pub.precision == "month" and pub.value is not None:
        assert pub.value.day == 1


@pytest.mark.parametrize(
    ("origin", "expected"),
    [
        # the guessed date is the latest the text names, a floor: the day keeps the year the story is in
        ("inferred", "2005-04-14"),
        # given, the news is that day: the nearest past 14 April
        ("given", "2007-04-14"),
    ],
)
def test_a_yearless_day_under_a_guessed_date_keeps_the_year_of_the_story(origin: str, expected: str) -> None:
    text = (
        "Tout commence le 3 février 2004. Mi-mars 2005, la campagne s'emballe. Le 14 avril, le ministre "
        "paraît désarçonné. Le traité a finalement été signé le 13 décembre 2007."
    )
    pub = infer_publication_date(text)
    assert pub.iso() == "2007-12"
    found = {t.text: t for t in find_timexes(text, PubDate(pub.value, pub.precision, origin))}
    day = found["Le 14 avril"].date_start
    assert day is not None and day.isoformat() == expected
