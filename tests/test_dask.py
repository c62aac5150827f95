"""`--engine dask` on a LocalCluster of 2 worker processes gives the events of the local engine."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tests.test_bulk import corpus, year_pipeline
from timeline.bulk import run_local
from timeline.distributed import parts_dir, run_dask
from timeline.schema import stable_id
from timeline.store import AddResult, Store

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client() -> object:
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    )
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_dask_equals_local(tmp_path: Path, client: object) -> None:
    local = Store.open(tmp_path / "local.duckdb")
    run_local(corpus(90), local, jobs=1, pipeline=year_pipeline)
    store = Store.open(tmp_path / "dask.duckdb")
    seen: list[int] = []
    result = run_dask(
        corpus(90),
        store,
        out_dir=tmp_path / "parts",
        client=client,
        pipeline=year_pipeline,
        chunk_size=20,
        progress=lambda docs, events: seen.append(docs),
    )
    assert (result.parts, result.documents, result.events, result.failed) == (5, 90, 180, ())
    assert result.imported == AddResult(added=90, skipped=0, events=180)
    assert sorted(seen) == seen and seen[-1] == 90
    assert len(list((tmp_path / "parts" / "events").glob("part-*.parquet"))) == 5
    pd.testing.assert_frame_equal(store.events(order="document"), local.events(order="document"))


def test_dask_resumes_and_reports_failures(tmp_path: Path, client: object) -> None:
    store = Store.open(tmp_path / "s.duckdb")
    run_local(corpus(30), store, jobs=1, pipeline=year_pipeline)
    from timeline.schema import Document

    docs = [*corpus(50), Document("bad", "x", "PANNE 1999", None)]
    result = run_dask(docs, store, client=client, pipeline=year_pipeline, chunk_size=8)
    assert result.documents == 20 and result.failed == (("bad", "ValueError: texte illisible bad"),)
    assert result.imported == AddResult(added=20, skipped=0, events=40)
    assert len(store.documents()) == 50
    again = run_dask(corpus(50), store, client=client, pipeline=year_pipeline)
    assert (again.parts, again.imported, again.added, again.skipped) == (0, None, 0, 0)
    assert parts_dir(store) == tmp_path / "s.duckdb.parts" / f"exemple-{stable_id('exemple', length=8)}"
    assert len(list((parts_dir(store) / "documents").glob("*.parquet"))) == 4  # chunks of 8 with fresh docs
