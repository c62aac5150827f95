"""Compose the pipeline steps into events: one per date expression, plus `reported` statements.

Reads a Document (text + publication date); writes Events. Pure apart from the spaCy model it is handed:
the publication date comes from the document (or is inferred from its text), never from the clock.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from itertools import tee
from typing import TYPE_CHECKING

from timeline.corpus_years import DayIndex, corpus_date, provisional_date
from timeline.schema import Anchor, Document, Event, Granularity, Kind, event_id
from timeline.temporal import find_timexes, infer_publication_date
from timeline.temporal.types import PubDate, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from timeline.actors import SentenceInfo

REPORTED_CONFIDENCE = 0.5
"""A reported statement is placed at the publication date: it happened then or shortly before."""


def publication_date(document: Document) -> PubDate:
    """The document's own date (given, header, metadata) or, failing that, one inferred from its text."""
    if document.published is not None:
        return PubDate(document.published, document.published_precision, document.published_origin)
    return infer_publication_date(document.text)


def with_publication_date(document: Document, pub: PubDate) -> Document:
    """A copy of `document` carrying `pub` (used when the date is inferred or corrected by the user)."""
    return replace(
        document, published=pub.value, published_precision=pub.precision, published_origin=pub.origin
    )


def extract_events(document: Document, doc: Doc | None = None) -> list[Event]:
    """Events of one document. `doc` is its spaCy parse (made here when not given)."""
    if doc is None:
        from timeline.nlp import parse_many

        doc = next(parse_many([document.text]))
    from timeline.actors import analyse_sentences

    pub = publication_date(document)
    sentences = analyse_sentences(doc, document.text, pub.value)
    timexes = find_timexes(document.text, pub, doc)
    return build_events(document, pub, sentences, timexes)


def extract_many(
    documents: Iterable[Document], batch_size: int = 32
) -> Iterator[tuple[Document, list[Event]]]:
    """(document, events) for each document, parsing them in batches with spaCy's `nlp.pipe`.

    The document returned carries the publication date actually used: inferred from its text when it had
    none, or from the dated documents of the same call (`corpus_years`), so undated documents come last
    (their texts are held until the dated ones are read; they are parsed then).
    """
    from timeline.nlp import parse_many

    index = DayIndex()
    held: list[Document] = []

    def dated_only(stream: Iterable[Document]) -> Iterator[Document]:
        """The dated documents, streamed; the undated ones are kept for last."""
        for d in stream:
            if d.published is None:
                held.append(d)
            else:
                yield d

    first, second = tee(dated_only(documents))
    for document, doc in zip(first, parse_many((d.text for d in second), batch_size=batch_size), strict=True):
        events = extract_events(document, doc)
        index.add(events)
        yield document, events
    for document, doc in zip(held, parse_many((d.text for d in held), batch_size=batch_size), strict=True):
        pub = publication_date(document)
        events = extract_events(with_publication_date(document, pub), doc)
        # a text that names no year dates nothing on its own: read it under a stand-in year to match its days
        stand_in = provisional_date(index) if pub.value is None else None
        read = events if stand_in is None else extract_events(with_publication_date(document, stand_in), doc)
        better = corpus_date(read, pub, index)
        if better is not None:
            pub = better
            events = extract_events(with_publication_date(document, pub), doc)
        yield with_publication_date(document, pub), events


def _pub_interval(pub: PubDate) -> tuple[date | None, date | None, Granularity]:
    """The interval a statement placed 'at the publication date' covers, at the date's precision."""
    d = pub.value
    if d is None:
        return None, None, "unknown"
    if pub.precision == "day":
        return d, d, "day"
    if pub.precision == "month":
        nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        return d, nxt - timedelta(days=1), "month"
    if pub.precision == "year":
        return date(d.year, 1, 1), date(d.year, 12, 31), "year"
    return None, None, "unknown"


def build_events(
    document: Document, pub: PubDate, sentences: list[SentenceInfo], timexes: list[Timex]
) -> list[Event]:
    """One `dated` event per date expression (in its sentence), one `reported` event per sentence that names
    actors but carries no date of its own. Sorted by position in the text."""
    starts = [s.start for s in sentences]
    dated_sentences: set[int] = set()
    events: list[Event] = []
    for t in timexes:
        k = bisect.bisect_right(starts, t.char_start) - 1
        s = sentences[k] if 0 <= k < len(sentences) and t.char_start < sentences[k].end else None
        if s is not None:
            dated_sentences.add(k)
        events.append(_event(document, pub, s, t))
    for k, s in enumerate(sentences):
        if k in dated_sentences or not (s.persons or s.countries or s.organisations):
            continue
        events.append(_event(document, pub, s, None))
    events.sort(key=lambda e: (e.sentence_start, e.char_start))
    return events


def _event(document: Document, pub: PubDate, s: SentenceInfo | None, t: Timex | None) -> Event:
    sentence = s.text if s else (t.text if t else "")
    sentence_start = s.start if s else (t.char_start if t else 0)
    gran: Granularity
    anchor: Anchor
    kind: Kind
    if t is not None:
        start, end, gran = t.date_start, t.date_end, t.granularity
        value, anchor, vague, conf = t.value, t.anchor, t.vague, t.confidence
        text, cs, ce, kind = t.text, t.char_start, t.char_end, "dated"
    else:
        start, end, gran = _pub_interval(pub)
        value, anchor, vague, conf = pub.iso(), ("dct" if start else "none"), False, REPORTED_CONFIDENCE
        text, cs, ce, kind = "", -1, -1, "reported"
    return Event(
        event_id=event_id(document.doc_id, cs, ce, sentence_start),
        doc_id=document.doc_id,
        title=document.title,
        source=document.source,
        url=document.url,
        published=pub.value,
        published_precision=pub.precision,
        published_origin=pub.origin,
        date_start=start,
        date_end=end,
        granularity=gran,
        value=value,
        anchor=anchor,
        vague=vague,
        date_text=text,
        char_start=cs,
        char_end=ce,
        sentence=sentence,
        sentence_start=sentence_start,
        persons=s.persons if s else (),
        countries=s.countries if s else (),
        organisations=s.organisations if s else (),
        topics=s.topics if s else ("autre",),
        kind=kind,
        confidence=conf,
    )
