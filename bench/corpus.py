"""Synthetic French articles for benchmarks: our own templates with varied dates, actors and topics."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from timeline.schema import Document, stable_id

_PEOPLE = [
    "Vladimir Poutine",
    "Kim Jong Un",
    "Volodymyr Zelensky",
    "Emmanuel Macron",
    "Joe Biden",
    "Xi Jinping",
    "Sergueï Lavrov",
    "Antonio Guterres",
    "Yoon Suk Yeol",
    "Olaf Scholz",
    "Ursula von der Leyen",
]
_PLACES = [
    "Moscou",
    "Pyongyang",
    "Kiev",
    "Séoul",
    "Pékin",
    "Washington",
    "Bruxelles",
    "Paris",
    "Berlin",
    "Tokyo",
]
_ORGS = ["l'ONU", "l'OTAN", "l'Union européenne", "la CPI", "l'AIEA", "le Conseil de sécurité", "l'AFP"]
_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
_WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_SENTENCES = [
    "{p} a rencontré son homologue à {c} {d}, selon un communiqué publié dans la soirée.",
    "{d}, {o} a annoncé de nouvelles sanctions visant le secteur bancaire et les exportations de pétrole.",
    "Les deux dirigeants se sont entretenus {d} de la livraison de munitions et d'obus d'artillerie.",
    "Selon {o}, plus de 7000 conteneurs auraient transité par la frontière {d}.",
    "{p} doit se rendre à {c} {d} pour signer un accord de coopération économique.",
    "La conférence sur le climat, prévue {d}, réunira les ministres de l'énergie de vingt pays.",
    "Le lancement du satellite, annoncé {d}, a été salué par la presse officielle de {c}.",
    "{p} a déclaré {d} que les négociations avanceraient « pas à pas », sans donner de calendrier.",
    "Les élections législatives organisées {d} ont vu une participation en hausse de 12 points.",
    "Des experts interrogés par {o} estiment que la guerre pourrait durer encore plusieurs années.",
    "Le tribunal a rendu son verdict {d}, après trois semaines d'audiences.",
    "L'équipe nationale s'est qualifiée {d} pour la finale, au terme d'un match serré (3-1).",
]


def _date_phrase(rng: random.Random, pub: date) -> str:
    y = rng.randint(1990, pub.year)
    m = rng.choice(_MONTHS)
    return rng.choice(
        [
            f"le {rng.randint(1, 28)} {m} {y}",
            f"en {m} {y}",
            f"en {y}",
            f"début {m}",
            f"fin {m} dernier",
            f"{rng.choice(_WEEKDAYS)}",
            f"{rng.choice(_WEEKDAYS)} dernier",
            "la semaine dernière",
            "hier",
            "il y a trois ans",
            f"à l'été {y}",
            f"entre {y - 2} et {y}",
            f"du 3 au 5 {m}",
            "le mois prochain",
            f"au premier trimestre {y}",
            f"dans les années {y // 10 * 10}",
            "il y a quelques mois",
            "le lendemain",
            f"{m}-{_MONTHS[(_MONTHS.index(m) + 1) % 12]} {y}",
            "deux jours plus tard",
        ]
    )


def synthetic_articles(n: int, size: int = 3000, seed: int = 7) -> Iterator[Document]:
    """`n` articles of about `size` characters, deterministic for a seed."""
    rng = random.Random(seed)
    for i in range(n):
        pub = date(2024, 1, 1) + timedelta(days=rng.randint(0, 365))
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < size:
            parts.append(
                rng.choice(_SENTENCES).format(
                    p=rng.choice(_PEOPLE),
                    c=rng.choice(_PLACES),
                    o=rng.choice(_ORGS),
                    d=_date_phrase(rng, pub),
                )
            )
        text = " ".join(parts)
        yield Document(
            doc_id=stable_id("bench", seed, i, text),
            title=parts[0][:80],
            text=text,
            published=pub,
            published_precision="day",
            published_origin="given",
            source="synthétique",
            location=f"bench:{i}",
        )
