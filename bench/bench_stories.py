"""Stories benchmark: about 100,000 events grouped, as `timeline extract` and the page's refresh do.

Events come from the whole pipeline over synthetic articles (bench/corpus.py: our templates, so sentences,
actors and dates look like the sample's), stored in a fresh DuckDB base; then `refresh_stories` reads them,
groups them and writes the stories back. Reports the time of each step and the process's peak memory.
"""

from __future__ import annotations

import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.corpus import synthetic_articles
from timeline.extract import extract_many
from timeline.store import Store
from timeline.stories_sync import refresh_stories

ARTICLES = 3_200
COLLECTION = "bench"


def run(articles: int = ARTICLES) -> dict[str, Any]:
    """Extract `articles` synthetic articles into a store, then time one refresh of the stories."""
    out: dict[str, Any] = {"articles": articles}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "stories.duckdb", COLLECTION)
        t0 = time.perf_counter()
        store.add(extract_many(synthetic_articles(articles)))
        out["extract_and_store_s"] = round(time.perf_counter() - t0, 1)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0 = time.perf_counter()
        result = refresh_stories(store)
        out["refresh_s"] = round(time.perf_counter() - t0, 1)
        out["events"] = result.events
        out["stories"] = result.stories
        out["multi_source_stories"] = result.multi_source
        out["conflicts"] = result.conflicts
        out["peak_rss_mb_before_refresh"] = round(before / 1024)
        out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return out


if __name__ == "__main__":
    print(run())
