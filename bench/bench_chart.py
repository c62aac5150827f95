"""Chart benchmark: figure payload and time to first render in headless Chromium for 1k, 10k, 100k events.

The page holds plotly.js (from the installed plotly package, no network) and the figure JSON; the time
measured in the browser runs from JSON parsing to the end of `Plotly.newPlot`.
"""

from __future__ import annotations

import tempfile
import time
from itertools import islice
from pathlib import Path
from typing import Any

from bench.bench_store import synthetic
from bench.browser import launch
from timeline.table import events_to_frame

SIZES = (1_000, 10_000, 100_000)


def _frame(n: int) -> Any:
    events = [e for _, evs in islice(synthetic(n), n // 20) for e in evs]
    return events_to_frame(events)


def _page(plotly_js: str) -> str:
    return (
        "<!doctype html><html><head><meta charset='utf-8'><script>" + plotly_js + "</script></head>"
        "<body><div id='g' style='width:1400px;height:800px'></div></body></html>"
    )


def run() -> dict[str, Any]:
    """Payload bytes, Python figure-building time and browser render time for each size."""
    from playwright.sync_api import sync_playwright
    from plotly.offline import get_plotlyjs

    from timeline.chart import timeline_chart

    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        page_file = Path(tmp) / "chart.html"
        page_file.write_text(_page(get_plotlyjs()), encoding="utf-8")
        browser = launch(pw)
        page = browser.new_page()
        page.goto(page_file.as_uri())
        for n in SIZES:
            df = _frame(n)
            t0 = time.perf_counter()
            chart = timeline_chart(df, lanes="topics")
            payload = chart.figure.to_json()
            build = time.perf_counter() - t0
            ms = page.evaluate(
                """async (payload) => {
                    const t0 = performance.now();
                    const fig = JSON.parse(payload);
                    await Plotly.newPlot('g', fig.data, fig.layout);
                    await new Promise(r => requestAnimationFrame(() => r()));
                    return performance.now() - t0;
                }""",
                payload,
            )
            out[str(n)] = {
                "mode": getattr(chart, "mode", ""),
                "payload_kb": round(len(payload.encode("utf-8")) / 1024),
                "build_s": round(build, 2),
                "render_ms": round(ms),
            }
        browser.close()
    return out
