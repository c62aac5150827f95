"""Shared fixture data for the app, chart and browser tests (no test here): events, documents, payloads.

Events are built directly from `timeline.schema` records (no NLP), so page tests are fast and exact.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from timeline.schema import Document, Event, event_id

HOSTILE: tuple[str, ...] = (
    "<script>window.__pwned=1;alert('script')</script>",
    "<img src=x onerror=\"window.__pwned=1;alert('img')\">",
    "<iframe srcdoc=\"<script>parent.__pwned=1;alert('iframe')</script>\"></iframe>",
    "<a href=\"javascript:alert('lien')\">clique</a>",
    "[lien](javascript:alert('md'))",
    '<a href="http://x/%E0%A4%A">URI cassée</a>',
    '<a href="https://evil.example/">lien actif</a>',
    '<span style="position:fixed;top:0;left:0;font-size:90px;color:red">USURPATION</span>',
    "![pixel](http://evil.example/p.png)",
    "%{x} %{customdata[0]} %{y:$.2f} %{fullData.name}",
    '=HYPERLINK("http://evil.example","clic")',
    "<style>body{display:none}</style>",
    '<svg onload="window.__pwned=1"></svg>',
    "**gras** _italique_ `code` $\\LaTeX$ :red[rouge]",
)

BASE_SENTENCE = "Le {d} Vladimir Poutine a rencontré Kim Jong-un à Pyongyang."


def _doc(
    doc_id: str,
    title: str,
    text: str,
    published: date | None,
    origin: str = "given",
    source: str = "Le Quotidien",
    url: str = "https://exemple.fr/article",
) -> Document:
    return Document(
        doc_id=doc_id,
        title=title,
        text=text,
        published=published,
        published_precision="day" if published else "unknown",
        published_origin=origin,  # type: ignore[arg-type]
        source=source,
        url=url,
        location="fixture",
    )


def _event(
    doc: Document,
    sentence: str,
    sentence_start: int,
    date_text: str,
    start: date,
    end: date,
    granularity: str = "day",
    **kw: object,
) -> Event:
    cs = doc.text.index(date_text, sentence_start)
    ce = cs + len(date_text)
    base: dict[str, object] = dict(
        event_id=event_id(doc.doc_id, cs, ce, sentence_start),
        doc_id=doc.doc_id,
        title=doc.title,
        source=doc.source,
        url=doc.url,
        published=doc.published,
        published_precision=doc.published_precision,
        published_origin=doc.published_origin,
        date_start=start,
        date_end=end,
        granularity=granularity,
        value=start.isoformat() if granularity == "day" else start.isoformat()[:7],
        anchor="absolute",
        vague=False,
        date_text=date_text,
        char_start=cs,
        char_end=ce,
        sentence=sentence,
        sentence_start=sentence_start,
        persons=(),
        countries=(),
        organisations=(),
        topics=("diplomatie",),
        kind="dated",
        confidence=0.9,
    )
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


def sample_corpus() -> list[tuple[Document, list[Event]]]:
    """Three small documents, nine events: days, a month, a vague decade, an inferred date, a reported one."""
    out: list[tuple[Document, list[Event]]] = []

    s1 = "Le 19 juillet 2000, Vladimir Poutine est arrivé à Pyongyang pour rencontrer Kim Jong-il."
    s2 = "En mars 2014, la Russie a annexé la Crimée, selon l'ONU."
    s3 = "Dans les années 1990, les relations entre Moscou et Pyongyang étaient froides."
    text1 = f"{s1} {s2} {s3}"
    d1 = _doc("doc-pyongyang", "Poutine à Pyongyang", text1, date(2000, 7, 20))
    o2 = len(s1) + 1
    o3 = o2 + len(s2) + 1
    out.append(
        (
            d1,
            [
                _event(
                    d1,
                    s1,
                    0,
                    "19 juillet 2000",
                    date(2000, 7, 19),
                    date(2000, 7, 19),
                    persons=("Vladimir Poutine", "Kim Jong-il"),
                    countries=("Russie", "Corée du Nord"),
                    topics=("diplomatie",),
                ),
                _event(
                    d1,
                    s2,
                    o2,
                    "mars 2014",
                    date(2014, 3, 1),
                    date(2014, 3, 31),
                    "month",
                    countries=("Russie", "Ukraine"),
                    organisations=("ONU",),
                    topics=("conflit", "diplomatie"),
                ),
                _event(
                    d1,
                    s3,
                    o3,
                    "les années 1990",
                    date(1990, 1, 1),
                    date(1999, 12, 31),
                    "decade",
                    vague=True,
                    countries=("Russie", "Corée du Nord"),
                    topics=("diplomatie",),
                ),
            ],
        )
    )

    t1 = "Le 24 février 2022, la Russie a envahi l'Ukraine."
    t2 = "Volodymyr Zelensky a appelé hier l'ONU à agir."
    t3 = "Le 2 mars 2022, l'Assemblée générale de l'ONU a voté une résolution."
    text2 = f"{t1} {t2} {t3}"
    d2 = _doc(
        "doc-ukraine",
        "Invasion de l'Ukraine",
        text2,
        date(2022, 3, 3),
        source="La Gazette",
        url="https://gazette.example/ukraine",
    )
    p2 = len(t1) + 1
    p3 = p2 + len(t2) + 1
    out.append(
        (
            d2,
            [
                _event(
                    d2,
                    t1,
                    0,
                    "24 février 2022",
                    date(2022, 2, 24),
                    date(2022, 2, 24),
                    countries=("Russie", "Ukraine"),
                    topics=("conflit",),
                ),
                _event(
                    d2,
                    t2,
                    p2,
                    "hier",
                    date(2022, 3, 2),
                    date(2022, 3, 2),
                    anchor="dct",
                    persons=("Volodymyr Zelensky",),
                    countries=("Ukraine",),
                    organisations=("ONU",),
                    topics=("diplomatie",),
                ),
                _event(
                    d2,
                    t3,
                    p3,
                    "2 mars 2022",
                    date(2022, 3, 2),
                    date(2022, 3, 2),
                    organisations=("ONU",),
                    countries=("Ukraine",),
                    topics=("diplomatie",),
                ),
            ],
        )
    )

    u1 = "Vladimir Poutine ne se rendra pas au sommet des BRICS la semaine prochaine."
    u2 = "Le Kremlin a indiqué qu'il participerait en visioconférence."
    text3 = f"{u1} {u2}"
    d3 = _doc(
        "doc-brics",
        "Sommet des BRICS sans Poutine",
        text3,
        date(2023, 8, 17),
        origin="inferred",
        source="Le Quotidien",
        url="javascript:alert('url')",
    )
    out.append(
        (
            d3,
            [
                _event(
                    d3,
                    u1,
                    0,
                    "la semaine prochaine",
                    date(2023, 8, 21),
                    date(2023, 8, 27),
                    "week",
                    anchor="dct",
                    persons=("Vladimir Poutine",),
                    countries=("Russie", "Afrique du Sud"),
                    organisations=("BRICS",),
                    topics=("diplomatie",),
                ),
                Event(
                    event_id=event_id(d3.doc_id, -1, -1, len(u1) + 1),
                    doc_id=d3.doc_id,
                    title=d3.title,
                    source=d3.source,
                    url=d3.url,
                    published=d3.published,
                    published_precision="day",
                    published_origin="inferred",
                    date_start=date(2023, 8, 17),
                    date_end=date(2023, 8, 17),
                    granularity="day",
                    value="2023-08-17",
                    anchor="dct",
                    vague=False,
                    date_text="",
                    char_start=-1,
                    char_end=-1,
                    sentence=u2,
                    sentence_start=len(u1) + 1,
                    persons=(),
                    countries=("Russie",),
                    organisations=("Kremlin",),
                    topics=("diplomatie",),
                    kind="reported",
                    confidence=0.5,
                ),
            ],
        )
    )
    return out


def hostile_corpus() -> list[tuple[Document, list[Event]]]:
    """One document per payload; the payload is in the title, source, url, sentence, actors and topics."""
    out: list[tuple[Document, list[Event]]] = []
    for i, payload in enumerate(HOSTILE):
        sentence = f"{payload} Le 3 mai 2021 à Paris {payload}"
        doc = _doc(f"hostile-{i:02d}", payload, sentence, date(2021, 5, 4), source=payload, url=payload)
        start = date(2021, 5, 3) + timedelta(days=i)
        out.append(
            (
                doc,
                [
                    _event(
                        doc,
                        sentence,
                        0,
                        "3 mai 2021",
                        start,
                        start,
                        persons=(payload.replace("|", "/"),),
                        countries=("France",),
                        organisations=(f"org {i}",),
                        topics=(payload.replace("|", "/"),),
                    ),
                ],
            )
        )
    return out


def build_store(path: Path, collection: str = "exemple", hostile: bool = False) -> None:
    """A store file at `path` with the sample corpus (and the hostile one in collection 'hostile')."""
    from timeline.store import Store

    store = Store.open(path, collection)
    store.add(sample_corpus())
    if hostile:
        store.with_collection("hostile").add(hostile_corpus())
