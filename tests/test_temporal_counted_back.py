"""`counted_back`: the day a whole count back from the publication day points at (anniversary articles)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import counted_back

ROWS = [
    ("years", "il y a trente ans", date(2019, 11, 9), date(1989, 11, 9)),
    ("capital", "Il y a dix ans", date(2021, 3, 11), date(2011, 3, 11)),
    ("one-year", "il y a un an", date(2011, 1, 12), date(2010, 1, 12)),
    ("months", "Il y a huit mois", date(2023, 5, 6), date(2022, 9, 6)),
    ("voici", "voici deux ans", date(2020, 8, 3), date(2018, 8, 3)),
    ("exactly", "il y a tout juste cinq ans", date(2023, 6, 23), date(2018, 6, 23)),
    ("leap-day", "il y a un an", date(2020, 2, 29), date(2019, 2, 28)),
    ("month-end", "il y a un mois", date(2021, 3, 31), date(2021, 2, 28)),
    # calendar units, vague counts and short units point at no single day
    ("calendar-year", "l'an dernier", date(2019, 11, 9), None),
    ("vague", "il y a quelques mois", date(2019, 11, 9), None),
    ("approximate", "il y a environ dix ans", date(2019, 11, 9), None),
    ("days", "il y a trois jours", date(2019, 11, 9), None),
    ("longer-phrase", "il y a trente ans et un jour", date(2019, 11, 9), None),
]


@pytest.mark.parametrize(("phrase", "dct", "expected"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_counted_back(phrase: str, dct: date, expected: date | None) -> None:
    assert counted_back(phrase, dct) == expected
