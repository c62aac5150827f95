"""Faults around the store: concurrent writers, a busy base, and a writer killed at random points."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from timeline.errors import StoreError
from timeline.schema import Document, Event, event_id
from timeline.store import AddResult, Store
from timeline.store_lock import FileLock

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _doc(doc_id: str, version: int = 0) -> Document:
    return Document(doc_id, f"version {version}", f"texte {doc_id}", date(2024, 1, 1), "day", "given", "s")


def _events(doc_id: str, n: int, version: int = 0) -> list[Event]:
    return [
        Event(
            event_id(doc_id, i, i + 1, 0),
            doc_id,
            f"version {version}",
            "s",
            "",
            date(2024, 1, 1),
            "day",
            "given",
            date(2024, 1, 1),
            date(2024, 1, 1),
            "day",
            "2024-01-01",
            "absolute",
            False,
            "x",
            i,
            i + 1,
            f"phrase {i} version {version}",
            0,
            (),
            ("France",),
            (),
            ("autre",),
            "dated",
            1.0,
        )
        for i in range(n)
    ]


def _writer(path: str, first: int, last: int) -> AddResult:
    store = Store.open(path, timeout=60)
    total = AddResult()
    for start in range(first, last, 5):
        ids = [f"d{i:04d}" for i in range(start, min(start + 5, last))]
        total += store.add([(_doc(i), _events(i, 3)) for i in ids])
    return total


def test_two_processes_adding_at_once_lose_nothing(tmp_path: Path) -> None:
    path = str(tmp_path / "s.duckdb")
    Store.open(path)
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        results = pool.starmap(_writer, [(path, 0, 200), (path, 100, 300)])
    store = Store.open(path)
    assert sum(r.added for r in results) == 300 and sum(r.skipped for r in results) == 100
    assert len(store.documents()) == 300 and store.count() == 900
    assert store.facet_counts("doc_id")[0][1] == 3 and store.facet_counts("doc_id")[-1][1] == 3


def test_threads_of_one_process_read_while_one_writes(tmp_path: Path) -> None:
    """App sessions are threads of one process: readers never fail while another thread writes."""
    import threading

    store = Store.open(tmp_path / "s.duckdb")
    errors: list[BaseException] = []
    counts: list[int] = []
    stop = threading.Event()

    def read() -> None:
        try:
            while not stop.is_set():
                counts.append(store.count())
                store.facet_counts("countries")
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    readers = [threading.Thread(target=read) for _ in range(3)]
    for t in readers:
        t.start()
    try:
        for i in range(15):
            store.add([(_doc(f"t{i}"), _events(f"t{i}", 2))])
    finally:
        stop.set()
        for t in readers:
            t.join()
    assert errors == [] and store.count() == 30
    assert counts and all(c % 2 == 0 for c in counts) and counts == sorted(counts) or len(set(counts)) > 1


def test_lock_file_that_cannot_be_created(tmp_path: Path) -> None:
    lock = FileLock(tmp_path / "absent" / "s.duckdb.lock")
    with pytest.raises(StoreError, match="impossible d'ouvrir le verrou"), lock.hold(exclusive=False):
        pass


HOLDER = """
import sys, time
from pathlib import Path
from timeline.store_lock import FileLock
with FileLock(Path(sys.argv[1]), label="timeline extract").hold(exclusive=True):
    print("held", flush=True)
    time.sleep(30)
"""


def test_busy_base_says_who_holds_it(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    Store.open(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, f"{path}.lock"], stdout=subprocess.PIPE, env=ENV, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        # Store.open would wait too (it reads the schema): bind a store with a short timeout directly.
        busy = Store(path, "exemple", FileLock(Path(f"{path}.lock"), timeout=0.3))
        with pytest.raises(
            StoreError, match=rf"la base est occupée par le processus {holder.pid} \(timeline extract\)"
        ):
            busy.add([(_doc("a"), _events("a", 1))])
        with pytest.raises(StoreError, match="occupée"):
            busy.count()
    finally:
        holder.kill()
        holder.wait()
    assert busy.count() == 0  # the kernel released the lock of the dead holder


# kill the writer at random points ------------------------------------------------------------------------

CHURN = """
import sys
from timeline.store import Store
from tests.test_store_faults import _doc, _events
store = Store.open(sys.argv[1], timeout=60)
v, n = int(sys.argv[2]), int(sys.argv[3])
print("ready", flush=True)
while True:
    v += 1
    store.replace_document(_doc("x", v), _events("x", v % 5 + 1, v))
    n += 1
    store.add([(_doc(f"n{n}-{k}"), _events(f"n{n}-{k}", 4)) for k in range(3)], batch_size=3)
"""


def _check_consistent(path: Path) -> int:
    """Every document holds one whole version; returns the version of document x (-1 if absent)."""
    store = Store.open(path)
    events = store.events()
    docs = store.documents()
    assert set(events["doc_id"]) <= set(docs["doc_id"]), "events without their document"
    for doc_id, n in zip(docs["doc_id"], docs["n_events"], strict=True):
        if doc_id.startswith("n"):
            assert n == 4, f"{doc_id}: {n} events"
    x = store.document("x")
    if x is None:
        assert not (events["doc_id"] == "x").any()
        return -1
    v = int(x.title.split()[1])
    ex = events[events["doc_id"] == "x"]
    assert len(ex) == v % 5 + 1 and set(ex["title"]) == {x.title}
    assert all(s.endswith(f"version {v}") for s in ex["sentence"])
    return v


OPEN_ELSEWHERE = """
import sys
from timeline.store import Store
Store.open(sys.argv[1]).count()
"""


def _consistent_after_kill(path: Path, round_: int) -> int:
    """`_check_consistent`, and when the base does not open, whether a fresh process fails too: the damage is
    then on disk, not in this process's DuckDB instance (so a failure says which)."""
    try:
        return _check_consistent(path)
    except StoreError as e:
        command = [sys.executable, "-c", OPEN_ELSEWHERE, str(path)]
        fresh = subprocess.run(command, env=ENV, cwd=ROOT, capture_output=True, text=True)
        where = "on disk (a fresh process fails too)" if fresh.returncode else "only in this process"
        raise AssertionError(f"after kill {round_}, the base does not open, {where}: {e}") from e


def _kill_at_random(path: Path, kills: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    versions = []
    for round_ in range(kills):
        start = max(_consistent_after_kill(path, round_), 0) + 1 if path.exists() else 0
        child = subprocess.Popen(
            [sys.executable, "-c", CHURN, str(path), str(start), str(1000 * round_)],
            stdout=subprocess.PIPE,
            env=ENV,
            text=True,
            cwd=ROOT,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        versions.append(_consistent_after_kill(path, round_ + 1))
    return versions


def test_writer_killed_at_random_points_leaves_whole_documents(tmp_path: Path) -> None:
    versions = _kill_at_random(tmp_path / "s.duckdb", kills=3, seed=1)
    assert versions[-1] > 0  # the churn did write between kills


@pytest.mark.slow
def test_writer_killed_100_times(tmp_path: Path) -> None:
    versions = _kill_at_random(tmp_path / "s.duckdb", kills=100, seed=2)
    assert versions == sorted(versions)  # committed versions never go back
