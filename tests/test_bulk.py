"""Bulk extraction: same events with 1 or 2 processes, streaming bounds, resume, progress, failures.

The pipeline is injected: `year_pipeline` below is a small deterministic extractor (one event per year
written in the text), so these tests exercise the scheduling and the store, not the NLP.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from timeline.bulk import Progress, default_jobs, process_chunk, run_local
from timeline.schema import Document, Event, event_id
from timeline.store import Store

ROOT = Path(__file__).resolve().parents[1]
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def year_pipeline(documents: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
    """One event per year in the text; a document whose text contains 'PANNE' makes the pipeline raise."""
    for d in documents:
        if "PANNE" in d.text:
            raise ValueError(f"texte illisible {d.doc_id}")
        events = [
            Event(
                event_id(d.doc_id, m.start(), m.end(), 0),
                d.doc_id,
                d.title,
                d.source,
                d.url,
                d.published,
                d.published_precision,
                d.published_origin,
                date(int(m.group()), 1, 1),
                date(int(m.group()), 12, 31),
                "year",
                m.group(),
                "absolute",
                False,
                m.group(),
                m.start(),
                m.end(),
                d.text,
                0,
                (),
                ("France",),
                (),
                ("autre",),
                "dated",
                1.0,
            )
            for m in YEAR.finditer(d.text)
        ]
        yield d, events


def corpus(n: int, start: int = 0) -> Iterator[Document]:
    for i in range(start, start + n):
        yield Document(
            f"doc{i:05d}",
            f"Article {i}",
            f"En {1900 + i % 120}, puis en {2000 + i % 25}.",
            date(2024, 1, 1),
            "day",
            "given",
            "test",
        )


def frame(store: Store) -> pd.DataFrame:
    return store.events(order="document")


@pytest.fixture
def reference(tmp_path: Path) -> pd.DataFrame:
    store = Store.open(tmp_path / "ref.duckdb")
    result = run_local(corpus(120), store, jobs=1, pipeline=year_pipeline)
    assert (result.added, result.skipped, result.events, result.failed) == (120, 0, 240, ())
    return frame(store)


def test_two_processes_equal_one(tmp_path: Path, reference: pd.DataFrame) -> None:
    store = Store.open(tmp_path / "s.duckdb")
    result = run_local(corpus(120), store, jobs=2, pipeline=year_pipeline, chunk_size=7, write_batch=20)
    assert (result.added, result.events) == (120, 240)
    pd.testing.assert_frame_equal(frame(store), reference)


def test_rerun_skips_everything(tmp_path: Path, reference: pd.DataFrame) -> None:
    store = Store.open(tmp_path / "s.duckdb")
    run_local(corpus(120), store, jobs=1, pipeline=year_pipeline)
    calls: list[int] = []

    def counting(documents: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
        docs = list(documents)
        calls.append(len(docs))
        return year_pipeline(docs)

    again = run_local(corpus(130), store, jobs=1, pipeline=counting)
    assert (again.added, again.skipped, again.events) == (10, 120, 20)
    assert sum(calls) == 10  # already stored documents never reach the pipeline
    pd.testing.assert_frame_equal(frame(store).iloc[:240].reset_index(drop=True), reference)


def test_streaming_keeps_a_bounded_window(tmp_path: Path) -> None:
    pulled = 0

    def source() -> Iterator[Document]:
        nonlocal pulled
        for d in corpus(600):
            pulled += 1
            yield d

    worst = 0

    def check(p: Progress) -> None:
        nonlocal worst
        worst = max(worst, pulled - p.seen)

    store = Store.open(tmp_path / "s.duckdb")
    result = run_local(
        source(),
        store,
        jobs=2,
        pipeline=year_pipeline,
        chunk_size=10,
        max_in_flight=3,
        write_batch=50,
        progress=check,
    )
    assert result.added == 600
    assert worst <= (3 + 1) * 10, f"{worst} documents read ahead of the work"


def test_progress_rate_and_eta() -> None:
    p = Progress(processed=50, skipped=30, failed=0, events=10, elapsed=10.0, total=200)
    assert (p.seen, p.rate, p.eta) == (80, 5.0, 24.0)
    assert (
        p.describe()
        == "80 / 200 documents (30 déjà en base, 0 en échec), 10 événements, 5.0 doc/s, reste 24 s"
    )
    assert Progress(0, 0, 0, 0, 0.0).eta is None


def test_progress_is_reported_with_an_injected_clock(tmp_path: Path) -> None:
    ticks = iter(range(1000))
    seen: list[Progress] = []
    run_local(
        corpus(40),
        Store.open(tmp_path / "s.duckdb"),
        jobs=1,
        pipeline=year_pipeline,
        chunk_size=10,
        total=40,
        progress=seen.append,
        clock=lambda: float(next(ticks)),
    )
    assert [p.processed for p in seen] == [10, 20, 30, 40]
    assert seen[-1].eta == 0.0 and seen[-1].total == 40 and seen[-1].rate > 0


def test_a_failing_document_is_isolated(tmp_path: Path) -> None:
    docs = list(corpus(10))
    docs[3] = Document("bad", "x", "PANNE en 1999", None)
    store = Store.open(tmp_path / "s.duckdb")
    result = run_local(docs, store, jobs=2, pipeline=year_pipeline, chunk_size=4)
    assert result.added == 9 and result.failed == (("bad", "ValueError: texte illisible bad"),)
    assert not store.has_document("bad")


def test_process_chunk_without_failure() -> None:
    out, failed = process_chunk(year_pipeline, list(corpus(2)))
    assert [len(e) for _, e in out] == [2, 2] and failed == []


def test_default_jobs_is_the_core_count() -> None:
    assert default_jobs() == len(os.sched_getaffinity(0))


def test_interrupted_run_keeps_finished_work_and_resumes(tmp_path: Path, reference: pd.DataFrame) -> None:
    store = Store.open(tmp_path / "s.duckdb")

    def interrupted() -> Iterator[Document]:
        yield from corpus(70)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_local(interrupted(), store, jobs=2, pipeline=year_pipeline, chunk_size=8, write_batch=1000)
    kept = len(store.documents())
    assert kept == 64  # the 8 whole chunks read before the interruption were finished and written
    resumed = run_local(corpus(120), store, jobs=2, pipeline=year_pipeline, chunk_size=8)
    assert (resumed.skipped, resumed.added) == (kept, 120 - kept)
    pd.testing.assert_frame_equal(frame(store), reference)


KILLED_RUN = """
import sys
from timeline.bulk import run_local
from timeline.store import Store
from tests.test_bulk import corpus, year_pipeline
def slow(docs):
    import time
    for pair in year_pipeline(docs):
        time.sleep(0.002)
        yield pair
run_local(corpus(120), Store.open(sys.argv[1]), jobs=2, pipeline=slow, chunk_size=5, write_batch=10,
    progress=lambda p: print(p.processed, flush=True))
"""


def test_killed_run_resumes_to_the_same_events(tmp_path: Path, reference: pd.DataFrame) -> None:
    path = tmp_path / "s.duckdb"
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_RUN, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        start_new_session=True,
    )
    assert child.stdout is not None
    for line in child.stdout:
        if int(line) >= 40:
            break
    time.sleep(0.05)
    os.killpg(child.pid, signal.SIGKILL)  # the writer and its workers, mid-run
    child.wait()
    child.stdout.close()
    store = Store.open(path)
    kept = len(store.documents())
    assert 0 < kept < 120
    resumed = run_local(corpus(120), store, jobs=2, pipeline=year_pipeline)
    assert (resumed.skipped, resumed.added) == (kept, 120 - kept)
    pd.testing.assert_frame_equal(frame(store), reference)


class Bar:
    """The part of tqdm's interface the CLI hands over."""

    def __init__(self) -> None:
        self.n, self.total, self.postfix = 0, None, ""

    def update(self, k: int) -> None:
        self.n += k

    def set_postfix_str(self, s: str, refresh: bool = True) -> None:
        self.postfix = s


def test_a_progress_bar_is_driven(tmp_path: Path) -> None:
    bar = Bar()
    ticks = iter(range(1000))
    run_local(
        corpus(30),
        Store.open(tmp_path / "s.duckdb"),
        jobs=1,
        pipeline=year_pipeline,
        chunk_size=10,
        total=30,
        progress=bar,
        clock=lambda: float(next(ticks)),
    )
    assert (bar.n, bar.total, bar.postfix) == (30, 30, "10.0 doc/s, reste 0 s, 0 déjà en base, 60 év.")
