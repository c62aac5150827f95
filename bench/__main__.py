"""`make bench`: run every benchmark side by side, write bench/results/latest.json, print a summary.

Machines here are shared and noisy: compare ratios measured in the same run, not absolute figures across runs.
Run one section with `python -m bench timex|pipeline|store|chart|app|stories`.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import sections

RESULTS = Path(__file__).resolve().parent / "results" / "latest.json"

SECTIONS: dict[str, Callable[[], dict[str, Any]]] = {
    "timex": sections.timex_vs_dateparser,
    "pipeline": sections.pipeline_throughput,
    "store": sections.store_scale,
    "chart": sections.chart_render,
    "app": sections.app_with_many_events,
    "stories": sections.stories_refresh,
}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("sections", nargs="*", metavar="SECTION", help="any of: " + ", ".join(SECTIONS))
    argv = parser.parse_args(argv).sections
    unknown = [name for name in argv if name not in SECTIONS]
    if unknown:
        parser.error(f"unknown section {', '.join(unknown)} (choose from {', '.join(SECTIONS)})")
    names = argv or list(SECTIONS)
    out: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "cpus": _cpus()},
        "when": time.time(),
    }
    if RESULTS.exists() and argv:
        out = {**json.loads(RESULTS.read_text(encoding="utf-8")), **out}
    for name in names:
        print(f"== {name}", flush=True)
        t0 = time.perf_counter()
        try:
            out[name] = SECTIONS[name]()
        except Exception as err:  # a failing section is reported, the others still run
            traceback.print_exc()
            out[name] = {"error": f"{type(err).__name__}: {err}"}
        out[name]["section_seconds"] = round(time.perf_counter() - t0, 1)
        print(json.dumps(out[name], ensure_ascii=False, indent=1), flush=True)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"written to {RESULTS}")
    return 0


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
