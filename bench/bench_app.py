"""App benchmark: a store of N synthetic events, `streamlit run app.py`, headless Chromium.

First view: from navigation to the page showing its event count, both charts drawn by Plotly and the run
finished. Filter change: one country picked in the sidebar, to the end of that rerun with the new count
shown and both charts drawn afresh. Each is measured on `RUNS` fresh servers over one store (the machine is
shared and noisy): the median is reported with every run. Peak memory of the server process is read from
/proc.
"""

from __future__ import annotations

import re
import statistics
import tempfile
import time
from itertools import islice
from pathlib import Path
from typing import Any

from bench.bench_store import synthetic
from bench.browser import ROOT, free_port, launch, peak_rss_mb, start_streamlit, stop, wait_idle
from timeline.store import Store

EVENTS = 100_000
COLLECTION = "bench"
RUNS = 3
COUNT = re.compile(r"événement\(s\) visible\(s\) sur")
CHARTS_DRAWN = (
    "() => { const p = [...document.querySelectorAll('.js-plotly-plot')];"
    " return p.length >= 2 && p.every(g => g._fullLayout && g.querySelector('.main-svg')"
    " && !g.hasAttribute('data-bench-old')); }"
)
"""Both charts laid out and drawn by Plotly, none of them left from before the filter change."""
MARK_OLD = (
    "() => document.querySelectorAll('.js-plotly-plot').forEach(g => g.setAttribute('data-bench-old', ''))"
)


def measure(store: Path, shot: Path | None = None) -> dict[str, Any]:
    """One fresh server over `store`: first view, then a filter change (seconds), and its peak memory."""
    from playwright.sync_api import sync_playwright

    out: dict[str, Any] = {}
    port = free_port()
    server = start_streamlit(store, port)
    try:
        with sync_playwright() as pw:
            browser = launch(pw)
            page = browser.new_page(viewport={"width": 1500, "height": 1000})
            t0 = time.perf_counter()
            page.goto(f"http://127.0.0.1:{port}/?collection={COLLECTION}")
            page.get_by_text(COUNT).first.wait_for(timeout=120_000)
            page.wait_for_function(CHARTS_DRAWN, timeout=120_000)
            wait_idle(page)
            out["first_view_s"] = round(time.perf_counter() - t0, 2)
            box = page.get_by_test_id("stMultiSelect").filter(has_text="Pays").first
            box.locator("input").click()
            box.locator("input").fill("France")
            option = page.get_by_role("option", name=re.compile("^France")).first
            option.wait_for(timeout=30_000)
            before = page.get_by_text(re.compile(r"visible\(s\) sur")).first.inner_text()
            page.evaluate(MARK_OLD)
            t0 = time.perf_counter()
            option.click()
            page.wait_for_function(
                "(before) => ![...document.querySelectorAll('[data-testid=\"stCaptionContainer\"]')]"
                ".some(e => e.innerText === before)",
                arg=before,
                timeout=120_000,
            )
            page.wait_for_function(CHARTS_DRAWN, timeout=120_000)
            wait_idle(page)
            out["filter_change_s"] = round(time.perf_counter() - t0, 2)
            if shot is not None:
                page.screenshot(path=str(shot))
            browser.close()
        out["server_peak_rss_mb"] = peak_rss_mb(server.pid)
    finally:
        stop(server)
    return out


def run(events: int = EVENTS, runs: int = RUNS) -> dict[str, Any]:
    """Medians (and every run) of the first view, the filter change and the server's peak memory."""
    out: dict[str, Any] = {"events": events}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.duckdb"
        t0 = time.perf_counter()
        Store.open(path, COLLECTION).add(islice(synthetic(events), events // 20))
        out["store_build_s"] = round(time.perf_counter() - t0, 1)
        shot = ROOT / "bench" / "results" / f"app-{events // 1000}k.png"
        results = [measure(path, shot if k == 0 else None) for k in range(runs)]
    for key in ("first_view_s", "filter_change_s", "server_peak_rss_mb"):
        values = [r[key] for r in results]
        out[key] = round(statistics.median(values), 2)
        out[key.removesuffix("_s").removesuffix("_mb") + "_runs"] = values
    return out
