"""Bulk extraction: the per-document pipeline over many documents, on all local cores, into the store.

Streaming: documents are read lazily in chunks, at most `max_in_flight` chunks are being processed and at
most `write_batch` results wait to be written, so memory does not grow with the corpus. Resume: documents
already in the store are skipped before any work. Results are written by this process only (one writer),
in batches of one transaction each; on an interruption the results already computed are written first.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from itertools import islice
from typing import Any

from timeline.schema import Document, Event
from timeline.store import AddResult, Store

Pipeline = Callable[[Iterable[Document]], Iterable[tuple[Document, list[Event]]]]
"""Documents in, (document as dated by the pipeline, its events) out: `timeline.extract.extract_many`."""

Failure = tuple[str, str]
"""(doc_id, message) of a document the pipeline could not process."""


@dataclass(frozen=True)
class Progress:
    """Where a bulk run stands; `rate` counts documents actually processed per second."""

    processed: int
    skipped: int
    failed: int
    events: int
    elapsed: float
    total: int | None = None

    @property
    def seen(self) -> int:
        return self.processed + self.skipped + self.failed

    @property
    def rate(self) -> float:
        return self.processed / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        """Seconds left, when the total is known and something was processed."""
        if self.total is None or self.rate <= 0:
            return None
        return max(self.total - self.seen, 0) / self.rate

    def describe(self) -> str:
        """One French line for a progress bar: counts, rate and time left."""
        of = f" / {self.total}" if self.total is not None else ""
        eta = f", reste {_duration(self.eta)}" if self.eta is not None else ""
        return (
            f"{self.seen}{of} documents ({self.skipped} déjà en base, {self.failed} en échec), "
            f"{self.events} événements, {self.rate:.1f} doc/s{eta}"
        )


@dataclass(frozen=True)
class BulkResult:
    """What a bulk run did. `skipped` counts documents already in the store (before or at writing)."""

    added: int
    skipped: int
    events: int
    failed: tuple[Failure, ...]
    elapsed: float


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def run_local(
    documents: Iterable[Document],
    store: Store,
    *,
    jobs: int | None = None,
    pipeline: Pipeline | None = None,
    chunk_size: int = 32,
    max_in_flight: int | None = None,
    write_batch: int = 256,
    total: int | None = None,
    progress: Callable[[Progress], None] | Any = None,
    clock: Callable[[], float] = time.monotonic,
) -> BulkResult:
    """Extract events of `documents` with `jobs` processes (default: all cores) and add them to `store`.

    `progress` is called with a `Progress` after each chunk; a tqdm-like bar (with `update`) is driven
    directly. See the module doc for streaming, resume and interruption.
    """
    jobs = max(1, jobs or default_jobs())
    report = progress if progress is None or callable(progress) else bar_updater(progress)
    tracker = _Tracker(store, write_batch, total, report, clock)
    chunks = _fresh_chunks(documents, store, chunk_size, tracker)
    try:
        if jobs == 1:
            for chunk in chunks:
                tracker.received(*process_chunk(pipeline, chunk))
        else:
            _run_pool(chunks, pipeline, jobs, max_in_flight or 2 * jobs, tracker)
    finally:
        tracker.flush()  # keep what was computed, even when interrupted: a rerun resumes after it
    return tracker.result()


def bar_updater(bar: Any) -> Callable[[Progress], None]:
    """Drive a tqdm-like bar: position = documents seen, postfix = rate, ETA and counts."""

    def update(p: Progress) -> None:
        if p.total is not None and getattr(bar, "total", None) != p.total:
            bar.total = p.total
        bar.update(p.seen - bar.n)
        if hasattr(bar, "set_postfix_str"):
            eta = f", reste {_duration(p.eta)}" if p.eta is not None else ""
            bar.set_postfix_str(
                f"{p.rate:.1f} doc/s{eta}, {p.skipped} déjà en base, {p.events} év.", refresh=False
            )

    return update


def process_chunk(
    pipeline: Pipeline | None, chunk: list[Document]
) -> tuple[list[tuple[Document, list[Event]]], list[Failure]]:
    """Run the pipeline over one chunk; when it fails, retry document by document to isolate the culprit."""
    fn = pipeline or _default_pipeline()
    try:
        return list(fn(chunk)), []
    except Exception:
        pass
    out: list[tuple[Document, list[Event]]] = []
    failed: list[Failure] = []
    for document in chunk:
        try:
            out.extend(fn([document]))
        except Exception as e:
            failed.append((document.doc_id, f"{type(e).__name__}: {e}"))
    return out, failed


def _default_pipeline() -> Pipeline:
    from timeline.extract import extract_many

    return extract_many


def _run_pool(
    chunks: Iterator[list[Document]], pipeline: Pipeline | None, jobs: int, limit: int, tracker: _Tracker
) -> None:
    # fork: workers inherit the loaded modules (and a parsed model, copy-on-write) and never touch DuckDB.
    ctx = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
        pending: set[Future[tuple[list[tuple[Document, list[Event]]], list[Failure]]]] = set()
        try:
            for chunk in chunks:
                pending.add(pool.submit(process_chunk, pipeline, chunk))
                while len(pending) >= limit:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        tracker.received(*future.result())
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    tracker.received(*future.result())
        except BaseException:
            # At most `limit` short chunks are in flight: let them finish and keep their results, so a
            # rerun resumes after them (on Ctrl-C the workers stop too and their chunks are dropped).
            for future in wait(pending).done:
                if future.exception() is None:
                    tracker.received(*future.result())
            raise


def _fresh_chunks(
    documents: Iterable[Document], store: Store, size: int, tracker: _Tracker
) -> Iterator[list[Document]]:
    """Chunks of the documents not yet in the store (one existence query per chunk)."""
    it = iter(documents)
    while chunk := list(islice(it, size)):
        present = store.existing_ids(d.doc_id for d in chunk)
        fresh = [d for d in chunk if d.doc_id not in present]
        tracker.skipped_before(len(chunk) - len(fresh))
        if fresh:
            yield fresh


class _Tracker:
    """Counts, buffers results and writes them in batches; reports progress."""

    def __init__(
        self,
        store: Store,
        write_batch: int,
        total: int | None,
        progress: Callable[[Progress], None] | None,
        clock: Callable[[], float],
    ) -> None:
        self.store, self.write_batch, self.total, self.progress, self.clock = (
            store,
            write_batch,
            total,
            progress,
            clock,
        )
        self.start = clock()
        self.buffer: list[tuple[Document, list[Event]]] = []
        self.written = AddResult()
        self.processed = 0
        self.skipped = 0
        self.failed: list[Failure] = []

    def skipped_before(self, n: int) -> None:
        if n:
            self.skipped += n
            self._report()

    def received(self, results: list[tuple[Document, list[Event]]], failed: list[Failure]) -> None:
        self.buffer.extend(results)
        self.processed += len(results)
        self.failed.extend(failed)
        if len(self.buffer) >= self.write_batch:
            self.flush()
        self._report()

    def flush(self) -> None:
        if self.buffer:
            batch, self.buffer = self.buffer, []
            self.written += self.store.add(batch, batch_size=max(len(batch), 1))

    def _report(self) -> None:
        if self.progress is not None:
            events = self.written.events + sum(len(e) for _, e in self.buffer)
            self.progress(
                Progress(
                    self.processed,
                    self.skipped,
                    len(self.failed),
                    events,
                    self.clock() - self.start,
                    self.total,
                )
            )

    def result(self) -> BulkResult:
        return BulkResult(
            added=self.written.added,
            skipped=self.skipped + self.written.skipped,
            events=self.written.events,
            failed=tuple(self.failed),
            elapsed=self.clock() - self.start,
        )


def _duration(seconds: float | None) -> str:
    s = int(round(seconds or 0))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60:02d} s"
    return f"{s // 3600} h {s % 3600 // 60:02d} min"
