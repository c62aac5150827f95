"""Store benchmark: insert N synthetic events through `Store.add`, then time typical filters.

Run: .venv/bin/python bench/bench_store.py [--events 1000000] [--out bench/results/store.json]
Reports insert time, the time of a filter on one country, one topic and one year (count and the visible
slice as a frame), and the peak memory of a fresh process that opens the store and shows that slice.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from timeline.filters import Filters
from timeline.schema import Document, Event, event_id
from timeline.store import Store

COUNTRIES = [f"Pays {i:02d}" for i in range(40)] + ["France", "Russie", "Ukraine", "Chine", "Allemagne"]
TOPICS = [f"thème {i:02d}" for i in range(20)] + ["économie", "diplomatie", "élections"]
PERSONS = [f"Personne {i:03d}" for i in range(300)]
ORGS = [f"Organisation {i:02d}" for i in range(50)]
GRANULARITIES = ["day", "month", "year", "week", "season"]
FILTER = Filters(countries=("France",), topics=("économie",), start=date(2020, 1, 1), end=date(2020, 12, 31))
VISIBLE = 5000


def synthetic(n_events: int, per_doc: int = 20, seed: int = 7) -> Iterator[tuple[Document, list[Event]]]:
    """Documents of `per_doc` events with random dates (1990-2025), actors and topics."""
    rng = random.Random(seed)
    for d in range(n_events // per_doc):
        doc_id = f"doc{d:07d}"
        published = date(1990, 1, 1) + timedelta(days=rng.randrange(36 * 365))
        doc = Document(doc_id, f"Article {d}", f"Texte de l'article {d}.", published, "day", "given", "bench")
        events = []
        for k in range(per_doc):
            start = date(1990, 1, 1) + timedelta(days=rng.randrange(36 * 365))
            span = rng.choice([0, 0, 0, 30, 365])
            events.append(
                Event(
                    event_id=event_id(doc_id, k * 40, k * 40 + 9, k * 40),
                    doc_id=doc_id,
                    title=doc.title,
                    source="bench",
                    url="",
                    published=published,
                    published_precision="day",
                    published_origin="given",
                    date_start=start,
                    date_end=start + timedelta(days=span),
                    granularity=rng.choice(GRANULARITIES),
                    value=start.isoformat(),
                    anchor="absolute",
                    vague=False,
                    date_text=f"le {start.day} du mois",
                    char_start=k * 40,
                    char_end=k * 40 + 9,
                    sentence=f"Phrase {k} de l'article {d} sur {rng.choice(TOPICS)}.",
                    sentence_start=k * 40,
                    persons=tuple(rng.sample(PERSONS, rng.randrange(3))),
                    countries=tuple(rng.sample(COUNTRIES, rng.randrange(1, 4))),
                    organisations=tuple(rng.sample(ORGS, rng.randrange(2))),
                    topics=tuple(rng.sample(TOPICS, rng.randrange(1, 3))),
                    kind="dated",
                    confidence=0.9,
                )
            )
        yield doc, events


def timed(fn: object, repeat: int = 7) -> dict[str, float]:
    """Median and best wall time in ms of `fn()` over `repeat` runs (after one warm-up)."""
    assert callable(fn)
    fn()
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t0) * 1000)
    return {"median_ms": round(statistics.median(runs), 1), "best_ms": round(min(runs), 1)}


def child_memory(path: Path) -> dict[str, float]:
    """Peak RSS of a fresh process showing the filtered slice (VmHWM: ru_maxrss inherits the parent's)."""
    code = (
        "import sys, time; from timeline.store import Store; from bench.bench_store import FILTER, VISIBLE\n"
        "t0 = time.perf_counter(); s = Store.open(sys.argv[1], collection='bench')\n"
        "df = s.events(FILTER, limit=VISIBLE)\n"
        "n = s.count(FILTER); facets = s.facet_counts('countries', FILTER)\n"
        "hwm = [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
        "print(hwm, len(df), n, time.perf_counter() - t0)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[1],
    ).stdout.split()
    return {
        "peak_rss_mb": round(int(out[0]) / 1024, 1),
        "rows": int(out[1]),
        "matching": int(out[2]),
        "open_query_s": round(float(out[3]), 3),
    }


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--store", type=Path, default=None, help="store file (default: a temporary one)")
    parser.add_argument("--out", type=Path, default=None, help="write the results as JSON here")
    args = parser.parse_args(argv)
    tmp = tempfile.TemporaryDirectory()
    path = args.store or Path(tmp.name) / "bench.duckdb"
    store = Store.open(path, collection="bench")
    t0 = time.perf_counter()
    result = store.add(synthetic(args.events), batch_size=2000)
    insert_s = time.perf_counter() - t0
    results: dict[str, object] = {
        "events": result.events,
        "documents": result.added,
        "insert_s": round(insert_s, 1),
        "insert_events_per_s": round(result.events / insert_s),
        "file_mb": round(path.stat().st_size / 2**20, 1),
        "filter": "countries=France, topics=économie, 2020",
        "matching": store.count(FILTER),
        "count": timed(lambda: store.count(FILTER)),
        f"events_limit_{VISIBLE}": timed(lambda: store.events(FILTER, limit=VISIBLE)),
        "events_all_matching": timed(lambda: store.events(FILTER)),
        "facet_countries": timed(lambda: store.facet_counts("countries", FILTER)),
        "date_bounds_unfiltered": timed(lambda: store.date_bounds()),
        "text_search": timed(lambda: store.count(Filters(text="article 4242 sur"))),
        "child_process": child_memory(path),
        "bench_process_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print(json.dumps(results, indent=2, ensure_ascii=False))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.cleanup()
    return results


if __name__ == "__main__":
    main()
