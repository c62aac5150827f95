"""`--engine dask`: the same per-document pipeline on a dask.distributed cluster, into Parquet parts.

The client streams chunks of documents to the workers (at most `max_in_flight` at a time), each worker
runs `bulk.process_chunk` and sends back Arrow tables, and the client writes one Parquet part per chunk:
`out/events/part-NNNNN.parquet`, then `out/documents/part-NNNNN.parquet` (a documents part exists only
once its events are on disk). `Store.import_parquet(out)` then imports the parts, one transaction each.

On a real cluster: start `dask scheduler` on one machine and `dask worker tcp://HOST:8786` on each of
the others, in an environment where this package and its spaCy model are installed; then run
`timeline extract --engine dask --scheduler tcp://HOST:8786 ...`. The workers need no shared disk:
only the client reads the inputs and writes the parts. Without `--scheduler`, a LocalCluster with one
single-threaded worker process per core is started and closed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from timeline.bulk import Failure, Pipeline, default_jobs, process_chunk
from timeline.errors import StoreError
from timeline.schema import Document, stable_id
from timeline.store import AddResult, Store
from timeline.store_tables import documents_table, events_table


@dataclass(frozen=True)
class DaskResult:
    """Parts written by this run, their documents and events, failures, and what the store imported."""

    parts: int
    documents: int
    events: int
    failed: tuple[Failure, ...]
    imported: AddResult | None

    @property
    def added(self) -> int:
        return self.imported.added if self.imported else 0

    @property
    def skipped(self) -> int:
        return self.imported.skipped if self.imported else 0


def parts_dir(store: Store) -> Path:
    """Where a store's Parquet parts go by default: `<base>.parts/<collection>`."""
    safe = re.sub(r"[^\w.-]", "_", store.collection)
    return Path(f"{store.path}.parts") / f"{safe}-{stable_id(store.collection, length=8)}"


def tables_of_chunk(
    pipeline: Pipeline | None, chunk: list[Document]
) -> tuple[pa.Table, pa.Table, list[Failure]]:
    """Worker side: run the pipeline over a chunk and return documents and events as Arrow tables."""
    results, failed = process_chunk(pipeline, chunk)
    docs = documents_table([d for d, _ in results])
    events = events_table([e for _, evs in results for e in evs])
    return docs, events, failed


def run_dask(
    documents: Iterable[Document],
    store: Store | None = None,
    *,
    out_dir: str | Path | None = None,
    scheduler: str | None = None,
    client: Any = None,
    pipeline: Pipeline | None = None,
    chunk_size: int = 64,
    max_in_flight: int | None = None,
    n_workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DaskResult:
    """Run the pipeline on a cluster, write Parquet parts to `out_dir` and import them into `store`.

    `out_dir` defaults to `parts_dir(store)`, beside the base. With `store`, documents already in it
    are skipped (resume). `progress(documents, events)` is called after each part. `client` (a
    distributed.Client) wins over `scheduler`; with neither, a LocalCluster is started.
    """
    import importlib

    dd: Any = importlib.import_module("distributed")  # partly typed: use it dynamically
    Client, LocalCluster, as_completed = dd.Client, dd.LocalCluster, dd.as_completed
    if out_dir is None and store is None:
        raise StoreError("indiquez une base ou un dossier de sortie pour les parties Parquet")
    out = Path(out_dir) if out_dir is not None else parts_dir(store)  # type: ignore[arg-type]
    for sub in ("documents", "events"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    owned: list[Any] = []
    if client is None:
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(
                n_workers=n_workers or default_jobs(),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
            owned.append(cluster)
            client = Client(cluster)
        owned.insert(0, client)
    try:
        part = _next_part(out)
        n_docs = n_events = n_parts = 0
        failed: list[Failure] = []
        limit = max_in_flight or 2 * max(1, len(client.scheduler_info().get("workers", {})) or 1)
        futures = as_completed()
        for chunk in _chunks(documents, chunk_size, store):
            futures.add(client.submit(tables_of_chunk, pipeline, chunk, pure=False))
            while futures.count() >= limit:
                part, n_docs, n_events, n_parts = _write(
                    next(futures), out, part, n_docs, n_events, n_parts, failed
                )
                if progress:
                    progress(n_docs, n_events)
        for future in futures:
            part, n_docs, n_events, n_parts = _write(future, out, part, n_docs, n_events, n_parts, failed)
            if progress:
                progress(n_docs, n_events)
    finally:
        for obj in owned:
            obj.close()
    imported = store.import_parquet(out) if store is not None and n_parts else None
    return DaskResult(n_parts, n_docs, n_events, tuple(failed), imported)


def _write(
    future: Any, out: Path, part: int, n_docs: int, n_events: int, n_parts: int, failed: list[Failure]
) -> tuple[int, int, int, int]:
    docs, events, chunk_failed = future.result()
    failed.extend(chunk_failed)
    future.release()
    if docs.num_rows:
        name = f"part-{part:05d}.parquet"
        _write_atomic(events, out / "events" / name)
        _write_atomic(docs, out / "documents" / name)
        return part + 1, n_docs + docs.num_rows, n_events + events.num_rows, n_parts + 1
    return part, n_docs, n_events, n_parts


def _write_atomic(table: pa.Table, path: Path) -> None:
    tmp = path.with_suffix(".tmp")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def _next_part(out: Path) -> int:
    """The first free part number (parts of an earlier run in the same folder are kept)."""
    numbers = [
        int(p.stem.split("-")[-1]) for p in (out / "documents").glob("part-*.parquet") if p.stem[5:].isdigit()
    ]
    return max(numbers, default=-1) + 1


def _chunks(documents: Iterable[Document], size: int, store: Store | None) -> Iterator[list[Document]]:
    it = iter(documents)
    while chunk := list(islice(it, size)):
        if store is not None:
            present = store.existing_ids(d.doc_id for d in chunk)
            chunk = [d for d in chunk if d.doc_id not in present]
        if chunk:
            yield chunk
