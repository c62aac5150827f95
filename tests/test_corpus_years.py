"""An undated article takes the year the dated articles beside it give its yearless days (`corpus_years`)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import make_event
from timeline.corpus_years import DayIndex, corpus_date
from timeline.extract import extract_many
from timeline.ingest import read_pasted
from timeline.schema import Document
from timeline.temporal.types import PubDate

OWN = PubDate(date(1999, 1, 1), "year", "inferred")  # the latest year the undated text names


def _day(n: int, day: date, text: str) -> object:
    return make_event(n, date_start=day, date_end=day, date_text=text)


def _index(*days: date) -> DayIndex:
    index = DayIndex()
    index.add([_day(n, d, "x") for n, d in enumerate(days)])  # type: ignore[misc]
    return index


@pytest.mark.parametrize(
    ("pile", "undated", "year"),
    [
        # two yearless days of the article fall in one later year of the pile
        (
            [date(2006, 5, 21), date(2006, 6, 3)],
            [(date(1999, 5, 21), "le 21 mai"), (date(1998, 6, 3), "le 3 juin")],
            2006,
        ),
        # one shared day is a coincidence (a feast, an anniversary)
        ([date(2006, 5, 21), date(2006, 6, 3)], [(date(1999, 5, 21), "le 21 mai")], None),
        # a year written out is no yearless day
        (
            [date(2006, 5, 21), date(2006, 6, 3)],
            [(date(1999, 5, 21), "le 21 mai 1999"), (date(1998, 6, 3), "le 3 juin")],
            None,
        ),
        # days without a day number ("hier") say nothing of the year
        (
            [date(2006, 5, 21), date(2006, 6, 3)],
            [(date(1999, 5, 21), "hier"), (date(1998, 6, 3), "la veille")],
            None,
        ),
        # the text names 1999 as past: the pile's 1865 cannot be its year
        (
            [date(1865, 7, 13), date(1865, 7, 14)],
            [(date(1999, 7, 13), "le 13 juillet"), (date(1999, 7, 14), "le 14 juillet")],
            None,
        ),
        # two years of the pile, as many votes each: no surer year
        (
            [date(2006, 5, 21), date(2006, 6, 3), date(2010, 5, 21), date(2010, 6, 3)],
            [(date(1999, 5, 21), "le 21 mai"), (date(1998, 6, 3), "le 3 juin")],
            None,
        ),
    ],
)
def test_the_pile_dates_an_undated_article(
    pile: list[date], undated: list[tuple[date, str]], year: int | None
) -> None:
    events = [_day(n, d, text) for n, (d, text) in enumerate(undated)]
    got = corpus_date(events, OWN, _index(*pile))  # type: ignore[arg-type]
    if year is None:
        assert got is None
    else:
        assert got == PubDate(date(year, 1, 1), "year", "corpus")


DATED = (
    "date 2006-06-04\nLe Monténégro proclame son indépendance\n\n"
    "Réuni en session extraordinaire, le Parlement a proclamé hier soir l'indépendance du pays, "
    "treize jours après le référendum du 21 mai, gagné avec 55,5 % des voix."
)
UNDATED = (
    "Podgorica, capitale d'un nouvel État\n\n"
    "Tout s'est joué le 21 mai, quand les électeurs ont choisi l'indépendance. Depuis la proclamation du "
    "3 juin, les délégations étrangères se succèdent. Au printemps 1999, pendant les bombardements, le "
    "gouvernement avait refusé d'entrer dans la guerre."
)


def _docs(*texts: str) -> list[Document]:
    docs = [read_pasted(t) for t in texts]
    assert all(isinstance(d, Document) for d in docs)
    return docs  # type: ignore[return-value]


def test_an_undated_article_read_alone_keeps_its_own_inference() -> None:
    ((undated, events),) = list(extract_many(_docs(UNDATED)))
    assert undated.published_origin == "inferred"
    assert undated.published is not None and undated.published.year == 1999


def test_a_year_from_the_pile_is_shown_as_such() -> None:
    from timeline.view import published_label, uncertainty_reasons

    assert published_label(date(2006, 1, 1), "corpus", "year") == "2006 (déduite des autres articles)"
    assert uncertainty_reasons(False, "corpus", "dct", "dated") == [
        "année de publication déduite des autres articles"
    ]
    assert uncertainty_reasons(False, "corpus", "absolute", "dated") == []


YEARLESS = (
    "Podgorica attend ses premiers ambassadeurs\n\n"
    "Le Parlement a proclamé l'indépendance le 3 juin, treize jours après le vote du 21 mai. Les premières "
    "ambassades doivent ouvrir jeudi 15 juin, et le drapeau sera hissé devant l'ONU le 28 juin."
)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            UNDATED,
            {
                "le 21 mai": date(2006, 5, 21),
                "3 juin": date(2006, 6, 3),
                "Au printemps 1999": date(1999, 3, 21),  # a year the text names stays
            },
        ),
        # a text naming no year at all is read under a stand-in year to find its days
        (
            YEARLESS,
            {
                "le 3 juin": date(2006, 6, 3),
                "21 mai": date(2006, 5, 21),
                "treize jours après": date(2006, 6, 3),
                "jeudi 15 juin": date(2006, 6, 15),  # a Thursday in 2006
            },
        ),
    ],
)
def test_an_undated_article_read_with_dated_ones_takes_their_year(text: str, days: dict[str, date]) -> None:
    out = list(extract_many(_docs(text, DATED)))
    assert [d.published is not None for d, _ in out] == [True, True]
    undated, events = out[-1]  # the undated come last: the dated ones must be read first
    assert undated.title.startswith("Podgorica")
    assert (undated.published, undated.published_precision, undated.published_origin) == (
        date(2006, 1, 1),
        "year",
        "corpus",
    )
    got = {e.date_text: e.date_start for e in events if e.kind == "dated"}
    assert {k: got.get(k) for k in days} == days


def test_an_undated_article_naming_no_year_read_alone_dates_nothing() -> None:
    ((alone, events),) = list(extract_many(_docs(YEARLESS)))
    assert alone.published is None
    assert not [e for e in events if e.kind == "dated" and e.date_start is not None]
