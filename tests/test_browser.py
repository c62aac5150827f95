"""The real page in Debian's Chromium against `streamlit run` on 127.0.0.1 (issues 5 and 7).

Screenshots go to tests/artifacts/ (git-ignored). Every request the page makes is checked: none may leave
127.0.0.1, and the hostile corpus must not run anything (no dialog, no global set by a payload).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.test_app_fixtures import build_store
from timeline.export import read_csv
from timeline.filters import Filters
from timeline.store import Store

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(),
        reason=f"Chromium de Debian absent ({CHROMIUM}) : apt-get install chromium",
    ),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    url: str
    store: Path
    proc: subprocess.Popen[bytes]


def start_server(store: Path, tmp: Path) -> Server:
    """`streamlit run app.py` on a free loopback port, on the store `store`; waits for its health check."""
    port = _free_port()
    env = {**os.environ, "FRISE_STORE": str(store)}
    log = (tmp / "streamlit.log").open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    log.close()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return Server(url, store, proc)
        except OSError:
            time.sleep(0.3)
    proc.kill()
    pytest.fail("streamlit n'a pas démarré : " + (tmp / "streamlit.log").read_text(errors="replace")[-2000:])


def stop_server(server: Server) -> None:
    server.proc.terminate()
    try:
        server.proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.proc.kill()
        server.proc.wait(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("browser")
    store = tmp / "frise.duckdb"
    build_store(store, hostile=True)
    srv = start_server(store, tmp)
    yield srv
    stop_server(srv)


@dataclass
class Watch:
    """What a page did that it should not: dialogs, requests off 127.0.0.1, console errors."""

    dialogs: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page_and_watch(browser: object) -> Iterator[tuple[object, Watch]]:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    ctx = browser.new_context(viewport={"width": 1400, "height": 2200}, accept_downloads=True)  # type: ignore[attr-defined]
    watch = Watch()

    def route(r: object) -> None:
        host = urlsplit(r.request.url).hostname or ""  # type: ignore[attr-defined]
        if r.request.url.startswith(("data:", "blob:")) or host == "127.0.0.1":  # type: ignore[attr-defined]
            r.continue_()  # type: ignore[attr-defined]
        else:
            watch.foreign.append(r.request.url)  # type: ignore[attr-defined]
            r.abort()  # type: ignore[attr-defined]

    ctx.route("**/*", route)
    page = ctx.new_page()
    page.on("dialog", lambda d: (watch.dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: watch.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: watch.errors.append(str(e)))
    yield page, watch
    ctx.close()


def wait_ready(page: object, count_text: str | None = None) -> None:
    """Wait until the page has run and shows its event count (optionally a given one)."""
    pattern = re.compile(re.escape(count_text) if count_text else r"événement\(s\) visible\(s\) sur")
    page.get_by_text(pattern).first.wait_for(timeout=30_000)  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30_000
    )
    # both charts drawn, the table and the download buttons shown (not their loading skeletons)
    page.locator(".js-plotly-plot .main-svg").nth(1).wait_for(timeout=30_000)  # type: ignore[attr-defined]
    page.locator("[data-testid='stDataFrame'] canvas").first.wait_for(timeout=30_000)  # type: ignore[attr-defined]
    page.get_by_role("button", name="CSV (virgule)").wait_for(timeout=30_000)  # type: ignore[attr-defined]
    page.wait_for_timeout(500)  # type: ignore[attr-defined]


def choose(page: object, label: str, value: str) -> None:
    box = page.get_by_test_id("stMultiSelect").filter(has_text=label).first  # type: ignore[attr-defined]
    box.locator("input").click()
    box.locator("input").fill(value)
    page.get_by_role("option", name=re.compile("^" + re.escape(value))).first.click()  # type: ignore[attr-defined]
    page.keyboard.press("Escape")  # type: ignore[attr-defined]
    page.evaluate("() => document.activeElement && document.activeElement.blur()")  # type: ignore[attr-defined]


def timeline_points(page: object) -> object:
    chart = page.get_by_test_id("stPlotlyChart").nth(1)  # type: ignore[attr-defined]
    return chart.locator(".cartesianlayer .scatterlayer path.point")  # not the range slider's copies


def settled_count(locator: object, want: int, timeout: float = 20.0) -> int:
    """The locator's count once it is `want` or the timeout has passed: the chart redraws after the status
    line updates, later on a loaded machine."""
    end = time.monotonic() + timeout
    while locator.count() != want and time.monotonic() < end:  # type: ignore[attr-defined]
        time.sleep(0.2)
    return int(locator.count())  # type: ignore[attr-defined]


def click_point(page: object, point: object) -> None:
    """Click where a point is drawn: Plotly listens on its drag layer, above the point itself."""
    point.scroll_into_view_if_needed()  # type: ignore[attr-defined]
    box = point.bounding_box()  # type: ignore[attr-defined]
    assert box is not None
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)  # type: ignore[attr-defined]
    page.wait_for_timeout(300)  # type: ignore[attr-defined]
    page.mouse.click(x, y)  # type: ignore[attr-defined]


def test_filter_click_download_and_reopen(server: Server, page_and_watch: tuple[object, Watch]) -> None:
    page, watch = page_and_watch
    page.goto(server.url)  # type: ignore[attr-defined]
    wait_ready(page, "8 événement(s) visible(s) sur 8")
    page.screenshot(path=str(ARTIFACTS / "01-ouverture.png"), full_page=True)  # type: ignore[attr-defined]
    # the period's dates show whole in the sidebar (side by side, the year was cut off)
    sidebar = page.get_by_test_id("stSidebar")  # type: ignore[attr-defined]
    period = sidebar.get_by_test_id("stDateInputFieldsScroller")
    assert period.count() == 2
    for k in range(2):
        assert period.nth(k).evaluate("e => e.scrollWidth <= e.clientWidth")

    choose(page, "Pays", "Russie")
    wait_ready(page, "6 événement(s) visible(s) sur 8")
    choose(page, "Personnes", "Vladimir Poutine")
    wait_ready(page, "2 événement(s) visible(s) sur 8")
    want = Store.open(server.store).events(Filters(countries=("Russie",), persons=("Vladimir Poutine",)))
    # the address follows the filters in a message of its own, which may come after the caption's redraw
    page.wait_for_function("() => location.search.includes('personne=')", timeout=20_000)  # type: ignore[attr-defined]
    query = parse_qs(urlsplit(page.url).query)  # type: ignore[attr-defined]
    assert query["pays"] == ["Russie"] and query["personne"] == ["Vladimir Poutine"]

    points = timeline_points(page)
    assert settled_count(points, 1) == 1  # one day point, the other event is a week bar
    click_point(page, points.first)
    mark = page.locator("[data-testid='stHtml'] mark").first  # type: ignore[attr-defined]
    mark.wait_for(timeout=20_000)
    assert mark.inner_text() in set(want["date_text"])
    page.wait_for_function("() => location.search.includes('evenement=')", timeout=20_000)  # type: ignore[attr-defined]
    chosen = parse_qs(urlsplit(page.url).query)["evenement"][0]  # type: ignore[attr-defined]
    assert chosen in set(want["event_id"])
    wait_ready(page)
    timeline = page.get_by_test_id("stPlotlyChart").nth(1)  # type: ignore[attr-defined]
    timeline.locator(".legendtext", has_text="Événement choisi").wait_for(timeout=20_000)
    assert settled_count(timeline_points(page), 2) == 2  # the day point and its mark
    page.screenshot(path=str(ARTIFACTS / "02-filtre-et-detail.png"), full_page=True)  # type: ignore[attr-defined]

    with page.expect_download() as info:  # type: ignore[attr-defined]
        page.get_by_role("button", name="CSV (virgule)").click()  # type: ignore[attr-defined]
    data = Path(info.value.path()).read_bytes()
    rows = read_csv(data)
    assert rows["event_id"].to_list() == want["event_id"].astype(str).to_list()
    assert rows["sentence"].to_list() == want["sentence"].to_list()

    link = page.url  # type: ignore[attr-defined]
    fresh = page.context.new_page()  # type: ignore[attr-defined]
    fresh.goto(link)
    wait_ready(fresh, "2 événement(s) visible(s) sur 8")
    again = fresh.locator("[data-testid='stHtml'] mark").first
    again.wait_for(timeout=20_000)
    assert again.inner_text() == mark.inner_text()
    assert parse_qs(urlsplit(fresh.url).query)["evenement"] == [chosen]
    fresh.screenshot(path=str(ARTIFACTS / "03-lien-rouvert.png"), full_page=True)

    # picking the other row of the table selects that event instead
    other = [i for i in want["event_id"].astype(str) if i != chosen][0]
    row = want.reset_index(drop=True).index[want["event_id"].astype(str).reset_index(drop=True) == other][0]
    grid = fresh.get_by_test_id("stDataFrame").first
    box = grid.bounding_box()
    assert box is not None
    fresh.mouse.click(box["x"] + 14, box["y"] + 35 * (row + 1) + 17)  # the row's selection box
    fresh.wait_for_function(f"() => location.search.includes('evenement={other}')", timeout=20_000)
    wait_ready(fresh, "2 événement(s) visible(s) sur 8")
    assert fresh.locator("[data-testid='stHtml'] mark").first.inner_text() in set(want["date_text"])
    fresh.close()
    assert not watch.dialogs and not watch.foreign and not watch.errors, watch


def test_hostile_corpus_runs_nothing_and_sends_nothing(
    server: Server, page_and_watch: tuple[object, Watch]
) -> None:
    page, watch = page_and_watch
    events = Store.open(server.store, "hostile").events()
    target = events[events["title"].str.contains("iframe")]["event_id"].iloc[0]
    page.goto(f"{server.url}/?collection=hostile&voies=persons&evenement={target}")  # type: ignore[attr-defined]
    wait_ready(page, "14 événement(s) visible(s) sur 14")

    page.get_by_text("Lire l'article entier").click()  # type: ignore[attr-defined]
    page.wait_for_timeout(500)  # type: ignore[attr-defined]
    points = timeline_points(page)
    assert points.count() >= 14  # type: ignore[attr-defined]
    for i in range(min(points.count(), 14)):  # type: ignore[attr-defined]
        box = points.nth(i).bounding_box()  # type: ignore[attr-defined]
        if box:
            page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # type: ignore[attr-defined]
            page.wait_for_timeout(100)  # type: ignore[attr-defined]
    hover = page.locator(".hoverlayer").first  # type: ignore[attr-defined]
    assert hover.count() == 1
    box = page.get_by_test_id("stMultiSelect").filter(has_text="Personnes").first  # type: ignore[attr-defined]
    box.locator("input").click()
    page.wait_for_timeout(500)  # type: ignore[attr-defined]
    page.screenshot(path=str(ARTIFACTS / "04-corpus-hostile.png"), full_page=True)  # type: ignore[attr-defined]
    page.keyboard.press("Escape")  # type: ignore[attr-defined]
    page.evaluate("() => document.activeElement && document.activeElement.blur()")  # type: ignore[attr-defined]
    assert page.get_by_text("window.__pwned=1;alert('script')").count() >= 1  # type: ignore[attr-defined]

    # the documents panel and its correction picker list the hostile titles
    page.get_by_role("tab", name="Documents").click()  # type: ignore[attr-defined]
    page.get_by_test_id("stSelectbox").filter(has_text="Document à corriger").first.click()  # type: ignore[attr-defined]
    page.wait_for_timeout(500)  # type: ignore[attr-defined]
    page.screenshot(path=str(ARTIFACTS / "06-documents-hostile.png"), full_page=True)  # type: ignore[attr-defined]
    page.keyboard.press("Escape")  # type: ignore[attr-defined]

    # an upload whose file name is a payload: the refusal names it, as text
    page.get_by_role("tab", name="Ajouter des articles").click()  # type: ignore[attr-defined]
    name = "<img src=x onerror=alert(1)>![p](http://evil.example/q.png).txt"
    uploader = page.get_by_test_id("stFileUploader").first  # type: ignore[attr-defined]
    uploader.locator("input[type=file]").set_input_files(
        files=[{"name": name, "mimeType": "text/plain", "buffer": b"\x89PNG\r\n\x1a\n" + bytes(range(256))}]
    )
    page.get_by_role("button", name="Analyser et ajouter les fichiers").click()  # type: ignore[attr-defined]
    page.get_by_text("Certains fichiers n'ont pas pu être lus").wait_for(timeout=30_000)  # type: ignore[attr-defined]
    page.wait_for_timeout(500)  # type: ignore[attr-defined]
    page.screenshot(path=str(ARTIFACTS / "07-envoi-hostile.png"), full_page=True)  # type: ignore[attr-defined]

    # nothing ran
    assert watch.dialogs == []
    assert page.evaluate("() => window.__pwned === undefined && (window.parent.__pwned === undefined)")  # type: ignore[attr-defined]
    # nothing left 127.0.0.1 (a Markdown image or a live <img> would have been fetched)
    assert watch.foreign == []
    assert watch.errors == []  # no console error at all (a URIError from a bad link would blank the chart)
    # the payloads are on the page as text, not as elements
    html = page.content()  # type: ignore[attr-defined]
    assert "<iframe srcdoc" not in html and '<img src="x"' not in html
    assert page.locator("iframe[srcdoc]").count() == 0  # type: ignore[attr-defined]
    assert page.locator("img[src='x'], img[src*='evil.example']").count() == 0  # type: ignore[attr-defined]
    assert page.locator("a[href^='javascript:'], a[href*='evil.example']").count() == 0  # type: ignore[attr-defined]
    # the chart still renders: plotly drew its points and the range slider
    assert page.locator(".js-plotly-plot .rangeslider-container").count() >= 1  # type: ignore[attr-defined]
