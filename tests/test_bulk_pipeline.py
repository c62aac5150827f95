"""Bulk and Dask engines with the real pipeline (timeline.extract.extract_many) on sample articles."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from timeline.bulk import run_local
from timeline.extract import extract_many
from timeline.ingest import read_paths
from timeline.schema import Document
from timeline.store import Store
from timeline.table import events_to_frame

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"
ORDER = ["doc_id", "sentence_start", "char_start", "event_id"]


def sample(n: int | None) -> list[Document]:
    docs = [d for d in read_paths([ARTICLES]) if isinstance(d, Document)]
    if not docs:
        pytest.skip("pas d'articles d'exemple")
    return sorted(docs, key=lambda d: d.doc_id)[:n]


def expected(docs: list[Document]) -> pd.DataFrame:
    df = events_to_frame([e for _, evs in extract_many(docs) for e in evs])
    return df.sort_values(ORDER, ignore_index=True)


def test_bulk_two_processes_equal_direct_extraction(tmp_path: Path) -> None:
    docs = sample(4)
    want = expected(docs)  # loads the model first: the forked workers inherit it
    store = Store.open(tmp_path / "s.duckdb")
    result = run_local(docs, store, jobs=2, chunk_size=2)
    assert result.added == len(docs) and result.failed == ()
    pd.testing.assert_frame_equal(store.events(order="document"), want)
    stored = {d.doc_id: d for d in (store.document(x.doc_id) for x in docs) if d is not None}
    assert set(stored) == {d.doc_id for d in docs}


@pytest.mark.slow
def test_dask_equals_local_on_the_whole_sample(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    from timeline.distributed import run_dask

    docs = sample(None)
    local = Store.open(tmp_path / "local.duckdb")
    run_local(docs, local, jobs=1)
    store = Store.open(tmp_path / "dask.duckdb")
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster:
        with distributed.Client(cluster) as client:
            result = run_dask(docs, store, out_dir=tmp_path / "parts", client=client, chunk_size=4)
    assert result.failed == () and result.documents == len(docs)
    pd.testing.assert_frame_equal(store.events(order="document"), local.events(order="document"))
    pd.testing.assert_frame_equal(local.events(order="document"), expected(docs))
