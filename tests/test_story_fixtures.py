"""Shared data for the stories tests (no test here): the sample corpus through the real pipeline, and a small
hand-built corpus whose two articles give one event two different days (a conflict)."""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

from timeline.schema import Document, Event, event_id
from timeline.store import Store
from timeline.stories_sync import refresh_stories

SAMPLE_DIR = Path(__file__).resolve().parents[1] / "data" / "articles"
VOSTOTCHNY_FILES = (
    "2023-09-13_kim-poutine-vostotchny.txt",
    "2023-09-18_kim-tournee-extreme-orient.txt",
    "2023-11-22_satellite-malligyong.txt",
    "2023-12-03_seoul-satellite-espion-spacex.txt",
    "2024-03-04_conteneurs-munitions-russie.txt",
    "2024-06-18_poutine-attendu-pyongyang.txt",
    "2024-06-19_traite-partenariat-strategique.txt",
)
"""Sample articles that tell (among other things) the September 2023 Kim-Putin meeting at Vostotchny."""


@functools.lru_cache(maxsize=4)
def extracted(names: tuple[str, ...] = ()) -> tuple[tuple[Document, tuple[Event, ...]], ...]:
    """The sample articles (all, or those named) through the real pipeline; computed once per test run."""
    from timeline.extract import extract_many
    from timeline.ingest import read_paths

    paths = [SAMPLE_DIR / n for n in names] if names else [SAMPLE_DIR]
    docs = [d for d in read_paths(paths) if isinstance(d, Document)]
    return tuple((d, tuple(evs)) for d, evs in extract_many(docs))


def sample_store(
    path: Path, names: tuple[str, ...] = (), collection: str = "exemple", refresh: bool = True
) -> Store:
    """A store at `path` holding the sample articles with their stories computed (unless `refresh` is off)."""
    store = Store.open(path, collection)
    store.add((d, list(evs)) for d, evs in extracted(names))
    if refresh:
        refresh_stories(store)
    return store


SUMMIT = "Vladimir Poutine est arrivé à Pyongyang pour une visite d'État auprès de Kim Jong Un."


def _doc(doc_id: str, title: str, text: str, published: date, source: str) -> Document:
    return Document(
        doc_id, title, text, published, "day", "given", source, f"https://exemple.fr/{doc_id}", "test"
    )


def _event(doc: Document, date_text: str, day: date, persons: tuple[str, ...], topic: str) -> Event:
    cs = doc.text.index(date_text)
    ce = cs + len(date_text)
    return Event(
        event_id=event_id(doc.doc_id, cs, ce, 0),
        doc_id=doc.doc_id,
        title=doc.title,
        source=doc.source,
        url=doc.url,
        published=doc.published,
        published_precision="day",
        published_origin="given",
        date_start=day,
        date_end=day,
        granularity="day",
        value=day.isoformat(),
        anchor="absolute",
        vague=False,
        date_text=date_text,
        char_start=cs,
        char_end=ce,
        sentence=doc.text,
        sentence_start=0,
        persons=persons,
        countries=("Corée du Nord", "Russie"),
        organisations=(),
        topics=(topic,),
        kind="dated",
        confidence=0.9,
    )


def conflict_corpus() -> list[tuple[Document, list[Event]]]:
    """Two articles on one visit (one says 18 June, the other 19 June) and an article on another matter."""
    who = ("Kim Jong Un", "Vladimir Poutine")
    a = _doc("doc-a", "Poutine à Pyongyang", f"Le 18 juin, {SUMMIT}", date(2024, 6, 20), "Le Quotidien")
    b = _doc("doc-b", "Visite d'État", f"Le 19 juin, {SUMMIT}", date(2024, 6, 21), "La Gazette")
    c = _doc(
        "doc-c", "Climat", "Le 3 mars, la France a adopté une loi sur le climat.", date(2024, 3, 4), "Le Soir"
    )
    return [
        (a, [_event(a, "Le 18 juin", date(2024, 6, 18), who, "diplomatie")]),
        (b, [_event(b, "Le 19 juin", date(2024, 6, 19), who, "diplomatie")]),
        (c, [_event(c, "Le 3 mars", date(2024, 3, 3), (), "environnement")]),
    ]
