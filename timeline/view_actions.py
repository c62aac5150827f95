"""What the page's buttons do: add read documents to the store, correct a publication date, seed the sample,
split or merge stories and undo those choices (each change ends with one refresh of the stories).

Pure of Streamlit: progress goes through a callback, results come back as records the page displays.
The NLP pipeline is imported lazily, so opening the page never loads spaCy; only these actions do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from timeline.errors import TimelineError
from timeline.filters import Filters
from timeline.ingest_types import IngestProblem
from timeline.schema import Document, Event
from timeline.store import Store
from timeline.stories_sync import RefreshResult, refresh_stories

Progress = Callable[[float, str], None]
Extractor = Callable[[Iterable[Document]], Iterator[tuple[Document, list[Event]]]]

SAMPLE_DIR = Path(__file__).resolve().parents[1] / "data" / "articles"


@dataclass(frozen=True)
class AddReport:
    """Outcome of an addition: documents added or already present, events written, what could not be read."""

    added: int = 0
    skipped: int = 0
    events: int = 0
    problems: tuple[IngestProblem, ...] = field(default_factory=tuple)

    def problem_rows(self) -> list[dict[str, str]]:
        """The problems as table rows (shown as plain text, never as Markdown)."""
        return [{"Fichier": p.location, "Message": p.message} for p in self.problems]


def default_extractor(documents: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
    """The real pipeline (spaCy batches); imported on first use only."""
    from timeline.extract import extract_many

    return extract_many(documents)


def add_items(
    store: Store,
    items: Sequence[Document | IngestProblem],
    progress: Progress | None = None,
    extract: Extractor = default_extractor,
) -> AddReport:
    """Run the pipeline on the documents of `items` and add them, one transaction per document.

    Problems already in `items` are passed through; a document the pipeline fails on becomes a problem too.
    """
    docs = [i for i in items if isinstance(i, Document)]
    problems = [i for i in items if isinstance(i, IngestProblem)]
    present = store.existing_ids(d.doc_id for d in docs)
    todo = [d for d in docs if d.doc_id not in present]
    added = events = done = 0
    skipped = len(present)
    try:
        for document, evs in extract(todo) if todo else ():
            result = store.add([(document, evs)])
            added += result.added
            skipped += result.skipped
            events += result.events
            done += 1
            if progress:
                progress(done / max(1, len(todo)), document.title or document.location)
    except TimelineError as exc:
        problems.append(IngestProblem("analyse", f"analyse interrompue après {done} document(s) : {exc}"))
    if added:
        refresh_stories(store)  # once for the whole addition, not per document
    return AddReport(added, skipped, events, tuple(problems))


def correct_publication_date(
    store: Store,
    doc_id: str,
    published: date,
    extract: Callable[[Document], list[Event]] | None = None,
) -> int:
    """Give a document a corrected publication date, re-run its pipeline and replace it in the store.

    Relative dates ("hier", "la semaine prochaine") are resolved again against the new date.
    Returns the number of events the document now has.
    """
    document = store.document(doc_id)
    if document is None:
        raise TimelineError(f"document introuvable : {doc_id}")
    from timeline.extract import with_publication_date
    from timeline.temporal.types import PubDate

    corrected = with_publication_date(document, PubDate(published, "day", "given"))
    if extract is None:
        from timeline.extract import extract_events

        extract = extract_events
    events = extract(corrected)
    store.replace_document(corrected, events)
    refresh_stories(store)
    return len(events)


def sample_items() -> list[Document | IngestProblem]:
    """The sample corpus shipped in data/articles (what a fresh install opens on)."""
    from timeline.ingest import read_paths

    return list(read_paths([SAMPLE_DIR])) if SAMPLE_DIR.is_dir() else []


def read_uploaded(files: Iterable[tuple[str, bytes]]) -> list[Document | IngestProblem]:
    """Documents of uploaded files (several files, or a folder's files), with per-file problems."""
    from timeline.ingest import read_uploads

    return list(read_uploads(files))


def read_pasted_text(text: str, published: str, title: str) -> list[Document | IngestProblem]:
    """The document of a pasted text with an optional publication date and title."""
    from timeline.ingest import read_pasted

    return [read_pasted(text, published.strip() or None, title.strip() or None)]


def export_visible(store: Store, filters: Filters, kind: str) -> bytes:
    """The export file of every visible event, read from the store when the user asks for it."""
    from timeline.view import export_bytes

    return export_bytes(kind, store.events(filters, stories=True))


def compute_stories(store: Store) -> RefreshResult:
    """Compute the stories of a collection that has none yet (e.g. built by an older version)."""
    return refresh_stories(store)


def split_event(store: Store, event_id: str) -> str:
    """Take one event out of its story (stored choice), refresh; returns the story the others keep."""
    others = [e for e in store.story_members(store.story_of(event_id))["event_id"] if e != event_id]
    store.add_override("split", event_id)
    refresh_stories(store)
    return store.story_of(str(others[0])) if others else store.story_of(event_id)


def merge_stories(store: Store, event_a: str, event_b: str) -> str:
    """Join the stories of two events (stored choice), refresh; returns the merged story's id."""
    store.add_override("merge", event_a, event_b)
    refresh_stories(store)
    return store.story_of(event_a)


def undo_choice(store: Store, seq: int) -> bool:
    """Remove one stored split/merge choice and refresh; False if it was already gone."""
    removed = store.remove_override(seq)
    refresh_stories(store)
    return removed


def choice_labels(store: Store) -> dict[int, str]:
    """The user's stored split/merge choices of the collection, as undo-picker labels (oldest first)."""
    from timeline.view_stories import choice_labels as labels

    choices = store.overrides()
    return labels(choices, store.event_sentences(e for c in choices for e in (c.event_a, c.event_b) if e))
