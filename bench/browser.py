"""What the browser benchmarks share: Debian's Chromium and its flags, a `streamlit run` of the page on a free
loopback port, waiting for a page to be idle, and a process's peak memory.

tests/test_browser.py keeps its own copy of the flags and server start: tests do not import the benchmarks
(and the benchmarks do not import the tests).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
IDLE_JS = (
    "() => { const a = document.querySelector('[data-testid=\"stApp\"]');"
    " return a && a.getAttribute('data-test-script-state') === 'notRunning'"
    " && !document.querySelector('[data-testid=\"stStatusWidget\"]')"
    " && !document.querySelector('[data-stale=\"true\"]'); }"
)
"""True once the page's script run is over, nothing is shown as running and no element is stale."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_streamlit(store: Path, port: int) -> subprocess.Popen[bytes]:
    """`streamlit run app.py` on 127.0.0.1:`port` over the store file `store`; returns once it listens."""
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
        env={**os.environ, "FRISE_STORE": str(store)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    end = time.time() + 60
    while time.time() < end:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return server
        time.sleep(0.2)
    server.kill()
    raise RuntimeError(f"streamlit did not listen on port {port}")


def stop(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=30)


def wait_idle(page: Any, timeout_ms: int = 120_000) -> None:
    page.wait_for_function(IDLE_JS, timeout=timeout_ms)


def peak_rss_mb(pid: int) -> int:
    """Peak resident memory (VmHWM) of a live process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024)
    return 0


def launch(pw: Any) -> Any:
    """Headless Chromium from Debian (no GPU: WebGL is drawn in software)."""
    return pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
