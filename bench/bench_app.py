"""App benchmark: a store of 100,000 events, `streamlit run app.py`, headless Chromium.

Measures the first view (navigation to the page showing its event count and chart, the run finished) and a
filter change (one country picked in the sidebar, to the end of the rerun). Peak memory of the server process
is read from /proc.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path
from typing import Any

from bench.bench_chart import ARGS, CHROMIUM
from bench.bench_store import synthetic
from timeline.store import Store

ROOT = Path(__file__).resolve().parent.parent
EVENTS = 100_000
COLLECTION = "bench"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _peak_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _wait_idle(page: Any) -> None:
    page.wait_for_function(
        "() => { const a = document.querySelector('[data-testid=\"stApp\"]');"
        " return a && a.getAttribute('data-test-script-state') === 'notRunning'"
        " && !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " && !document.querySelector('[data-stale=\"true\"]'); }",
        timeout=120_000,
    )


def run(events: int = EVENTS) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    out: dict[str, Any] = {"events": events}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.duckdb"
        t0 = time.perf_counter()
        Store.open(path, COLLECTION).add(islice(synthetic(events), events // 20))
        out["store_build_s"] = round(time.perf_counter() - t0, 1)
        port = _port()
        env = {**os.environ, "FRISE_STORE": str(path)}
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                str(ROOT / "app.py"),
                "--server.port",
                str(port),
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            _wait_port(port)
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
                page = browser.new_page(viewport={"width": 1500, "height": 1000})
                url = f"http://127.0.0.1:{port}/?collection={COLLECTION}"
                t0 = time.perf_counter()
                page.goto(url)
                page.get_by_text(re.compile(r"événement\(s\) visible\(s\) sur")).first.wait_for(
                    timeout=120_000
                )
                page.locator(".js-plotly-plot").first.wait_for(timeout=120_000)
                _wait_idle(page)
                out["first_view_s"] = round(time.perf_counter() - t0, 2)
                box = page.get_by_test_id("stMultiSelect").filter(has_text="Pays").first
                box.locator("input").click()
                box.locator("input").fill("France")
                option = page.get_by_role("option", name=re.compile("^France")).first
                option.wait_for(timeout=30_000)
                before = page.get_by_text(re.compile(r"visible\(s\) sur")).first.inner_text()
                t0 = time.perf_counter()
                option.click()
                page.wait_for_function(
                    "(before) => ![...document.querySelectorAll('[data-testid=\"stCaptionContainer\"]')]"
                    ".some(e => e.innerText === before)",
                    arg=before,
                    timeout=120_000,
                )
                _wait_idle(page)
                out["filter_change_s"] = round(time.perf_counter() - t0, 2)
                page.screenshot(path=str(ROOT / "bench" / "results" / "app-100k.png"))
                browser.close()
            out["server_peak_rss_mb"] = round(_peak_kb(server.pid) / 1024)
        finally:
            server.terminate()
            server.wait(timeout=30)
    return out


def _wait_port(port: int, timeout: float = 60) -> None:
    end = time.time() + timeout
    while time.time() < end:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f"streamlit did not listen on port {port}")
