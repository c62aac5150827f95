"""The stories mode in Debian's Chromium against `streamlit run` on 127.0.0.1 (issue 8).

Opens the sample corpus (real pipeline) in Récits mode, clicks the mark of the story told by the most
articles and checks that the detail shows each source sentence with its date expression highlighted.
Screenshots go to tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.test_browser import ARGS, ARTIFACTS, CHROMIUM, Server, start_server, stop_server
from tests.test_story_fixtures import sample_store
from timeline.chart_stories import LABELLED
from timeline.store import Store

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(),
        reason=f"Chromium de Debian absent ({CHROMIUM}) : apt-get install chromium",
    ),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("browser-recits")
    store = tmp / "frise.duckdb"
    sample_store(store)
    srv = start_server(store, tmp)
    yield srv
    stop_server(srv)


HOVER_LINES = (
    "() => Array.from(document.querySelectorAll('.hoverlayer .hovertext tspan.line'))"
    ".map(t => t.textContent).join('\\n')"
)


def wait_stories(page: object) -> None:
    """Wait until the page has run in stories mode: count caption, story chart and story table drawn."""
    page.get_by_text(re.compile(r"récit\(s\)\. Un récit est visible")).first.wait_for(timeout=30_000)  # type: ignore[attr-defined]
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30_000
    )
    page.locator(".js-plotly-plot .main-svg").first.wait_for(timeout=30_000)  # type: ignore[attr-defined]
    page.locator("[data-testid='stDataFrame'] canvas").first.wait_for(timeout=30_000)  # type: ignore[attr-defined]
    page.wait_for_timeout(500)  # type: ignore[attr-defined]


def test_click_a_story_of_several_sources(server: Server) -> None:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    store = Store.open(server.store)
    foreign: list[str] = []
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        ctx = browser.new_context(viewport={"width": 1400, "height": 1800})

        def route(r: object) -> None:
            url = r.request.url  # type: ignore[attr-defined]
            if url.startswith(("data:", "blob:")) or urlsplit(url).hostname == "127.0.0.1":
                r.continue_()  # type: ignore[attr-defined]
            else:
                foreign.append(url)
                r.abort()  # type: ignore[attr-defined]

        ctx.route("**/*", route)
        page = ctx.new_page()
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(f"{server.url}/?vue=recits")
        wait_stories(page)
        labels = page.locator(".js-plotly-plot .scatterlayer .textpoint text")
        n_multi = int((store.stories()["n_sources"] >= 2).sum())
        shown = [t for t in labels.all_text_contents() if t]
        assert 0 < len(shown) <= min(LABELLED, n_multi)  # "N sources" on the most-told stories that have room
        most = int(store.stories()["n_sources"].max())
        assert f"{most} sources" in shown  # the most-told story always has room for its text
        page.screenshot(path=str(ARTIFACTS / "10-recits.png"), full_page=True)

        # a user narrows the period to September 2023, then clicks the story told by the most articles
        page.goto(f"{server.url}/?vue=recits&du=2023-09-01&au=2023-09-30")
        wait_stories(page)
        points = page.locator(".js-plotly-plot .scatterlayer path.point")
        told: list[tuple[int, float, float, str]] = []
        for i in range(points.count()):
            box = points.nth(i).bounding_box()
            if box is None:
                continue
            x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
            page.mouse.move(x, y)
            page.wait_for_timeout(200)
            hover = page.evaluate(HOVER_LINES)
            n = re.search(r"^(\d+) sources? · \d+ événement\(s\)$", hover, re.M)
            assert n, hover
            told.append((int(n.group(1)), x, y, hover))
        n_best, x, y, hover = max(told)
        assert n_best >= 2, told
        page.mouse.move(x, y)
        page.wait_for_timeout(300)
        page.screenshot(path=str(ARTIFACTS / "11-recits-septembre-survol.png"), full_page=True)
        page.mouse.click(x, y)
        page.wait_for_function("() => location.search.includes('recit=')", timeout=20_000)
        wait_stories(page)
        page.locator("[data-testid='stHtml'] mark").first.wait_for(timeout=20_000)
        story = parse_qs(urlsplit(page.url).query)["recit"][0]
        members = store.story_members(story)
        assert members["doc_id"].nunique() == n_best >= 2
        marks = page.locator("[data-testid='stHtml'] mark")
        assert marks.count() == int((members["char_start"] >= 0).sum()) >= 2
        assert {marks.nth(i).inner_text() for i in range(marks.count())} <= set(members["date_text"])
        assert page.get_by_role("button", name="Retirer cet événement du récit").count() == len(members)
        page.get_by_text("Détail du récit").scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "12-recit-detail.png"), full_page=True)

        # a story whose sources disagree on the date says so, and who says what
        rows = store.stories()
        conflict = str(rows[rows["conflict"] & (rows["n_sources"] >= 2)]["story_id"].iloc[0])
        page.goto(f"{server.url}/?vue=recits&recit={conflict}")
        wait_stories(page)
        page.get_by_text("Dates en désaccord entre les sources : qui dit quoi.").wait_for(timeout=20_000)
        assert page.locator("[data-testid='stHtml'] mark").count() >= 2
        page.get_by_text("Détail du récit").scroll_into_view_if_needed()
        page.screenshot(path=str(ARTIFACTS / "13-recit-desaccord.png"), full_page=True)

        # the merge picker offers first the stories the grouping kept apart though their reports link
        linked = rows[rows["near"].map(len) > 0]
        linked = linked.sort_values(["n_sources", "story_id"], ascending=[False, True])
        story = str(linked["story_id"].iloc[0])
        page.goto(f"{server.url}/?vue=recits&recit={story}")
        wait_stories(page)
        picker = page.get_by_role("combobox", name="Fusionner avec un autre récit")
        picker.wait_for(timeout=20_000)
        picker.scroll_into_view_if_needed()
        picker.click()
        first = page.get_by_role("option").first
        first.wait_for(timeout=20_000)
        assert first.inner_text().startswith("Proche · "), first.inner_text()
        page.screenshot(path=str(ARTIFACTS / "14-recit-proches.png"), full_page=True)
        ctx.close()
        browser.close()
    assert foreign == [] and errors == [], (foreign, errors)
