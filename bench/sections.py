"""The benchmark sections. Each returns raw figures (and ratios measured in the same run)."""

from __future__ import annotations

import multiprocessing as mp
import resource
import time
from pathlib import Path
from typing import Any

from bench.corpus import synthetic_articles

ROOT = Path(__file__).resolve().parent.parent


def _sample_texts() -> list[tuple[str, Any]]:
    """The bundled articles and synthetic ones, with their publication dates."""
    from timeline.extract import publication_date
    from timeline.ingest import IngestProblem, read_paths

    docs = [d for d in read_paths([ROOT / "data" / "articles"]) if not isinstance(d, IngestProblem)]
    docs += list(synthetic_articles(30))
    return [(d.text, publication_date(d)) for d in docs]


def _time_both(texts: list[tuple[str, Any]]) -> tuple[float, float, int, int]:
    """Seconds of find_timexes and of dateparser.search_dates on the same texts, and what each found."""
    import dateparser.search

    from timeline.temporal import find_timexes

    t0 = time.perf_counter()
    found = sum(len(find_timexes(t, p)) for t, p in texts)
    ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    theirs_found = 0
    for t, p in texts:
        settings = {"RELATIVE_BASE": _dt(p.value)} if p.value else {}
        theirs_found += len(dateparser.search.search_dates(t, languages=["fr"], settings=settings) or [])
    return ours, time.perf_counter() - t0, found, theirs_found


def timex_vs_dateparser(rounds: int = 5) -> dict[str, Any]:
    """Characters per second of find_timexes and of dateparser.search_dates (French) on the same texts.

    Round 0 is the bundled articles plus 30 synthetic ones; each further round uses 30 new synthetic
    articles, so no cache of either tool has seen its texts. The ratio quoted is the median over rounds.
    """
    import statistics

    import dateparser.search

    from timeline.extract import publication_date
    from timeline.temporal import find_timexes, warm_up

    warm_up()  # lexicons compiled and the tense model loaded before timing, as in a running service
    first = _sample_texts()
    find_timexes(first[0][0], first[0][1])
    dateparser.search.search_dates("le 3 mars 2024", languages=["fr"])
    runs = []
    for k in range(rounds):
        texts = (
            first if k == 0 else [(d.text, publication_date(d)) for d in synthetic_articles(30, seed=100 + k)]
        )
        chars = sum(len(t) for t, _ in texts)
        ours, theirs, found, theirs_found = _time_both(texts)
        runs.append(
            {
                "texts": len(texts),
                "chars": chars,
                "timexes_chars_per_s": round(chars / ours),
                "dateparser_chars_per_s": round(chars / theirs),
                "timexes_found": found,
                "dateparser_found": theirs_found,
                "ratio": round(theirs / ours, 1),
            }
        )
    return {"rounds": runs, "ratio_median": statistics.median(r["ratio"] for r in runs)}


def _dt(d: Any) -> Any:
    from datetime import datetime

    return datetime(d.year, d.month, d.day)


def _run_pipeline(n: int, seed: int) -> int:
    from timeline.extract import extract_many

    return sum(len(evs) for _, evs in extract_many(synthetic_articles(n, seed=seed)))


def pipeline_throughput(n: int = 200) -> dict[str, Any]:
    """Articles per second of the full pipeline (NER included) on ~3 KB articles, with 1 and 2 processes."""
    from timeline.extract import extract_many

    list(extract_many(synthetic_articles(5, seed=1)))  # warm-up: model loaded
    t0 = time.perf_counter()
    events = _run_pipeline(n, 7)
    one = time.perf_counter() - t0
    ctx = mp.get_context("fork")
    t0 = time.perf_counter()
    with ctx.Pool(2) as pool:
        two_events = sum(pool.starmap(_run_pipeline, [(n // 2, 7), (n // 2, 8)]))
    two = time.perf_counter() - t0
    peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "articles": n,
        "article_chars": 3000,
        "events_1proc": events,
        "articles_per_s_1proc": round(n / one, 1),
        "articles_per_s_2proc": round(n / two, 1),
        "events_2proc": two_events,
        "peak_rss_mb_main": round(peak_self),
        "peak_rss_mb_worker": round(peak_children),
    }


def store_scale() -> dict[str, Any]:
    """1,000,000 events into the store, then a typical filter (see bench/bench_store.py)."""
    from bench import bench_store

    return bench_store.main([])


def chart_render() -> dict[str, Any]:
    """Figure payload and time to first render in headless Chromium (see bench/bench_chart.py)."""
    from bench import bench_chart

    return bench_chart.run()


def app_with_many_events() -> dict[str, Any]:
    """First view and filter change of the app on 100,000 and 1,000,000 events (headless Chromium), and the
    server's peak memory."""
    from bench import bench_app

    return {"100k": bench_app.run(100_000), "1M": bench_app.run(1_000_000)}


def stories_refresh() -> dict[str, Any]:
    """About 100,000 pipeline events grouped into stories by one refresh (see bench/bench_stories.py)."""
    from bench import bench_stories

    return bench_stories.run()
