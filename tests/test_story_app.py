"""The page in stories mode, driven through AppTest on the sample corpus (real pipeline): toggle, pick a
story, split a member out, merge two stories, undo; each check compares the page with the store."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tests.test_app import DOWNLOADS, RecordingStorage, download
from tests.test_app_fixtures import build_store
from tests.test_story_fixtures import sample_store
from timeline.export import read_csv, read_events_csv
from timeline.filters import Filters
from timeline.store import Store

APP = str(Path(__file__).resolve().parents[1] / "app.py")
TIMEOUT = 60


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("recits") / "frise.duckdb"
    sample_store(path)
    return path


@pytest.fixture
def store_path(template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "frise.duckdb"
    path.write_bytes(template.read_bytes())
    monkeypatch.setenv("FRISE_STORE", str(path))
    return path


def run(at: AppTest) -> AppTest:
    at.run(timeout=TIMEOUT)
    assert not at.exception, [e.value for e in at.exception]
    return at


def stories_mode(at: AppTest) -> AppTest:
    at.radio(key="mode").set_value("stories")
    return run(at)


def story_table(at: AppTest) -> pd.DataFrame:
    (table,) = [d for d in at.dataframe if "Désaccord" in d.value.columns]
    return table.value


def qp(at: AppTest) -> dict[str, str]:
    return {k: v if isinstance(v, str) else v[-1] for k, v in at.query_params.items()}


def button(at: AppTest, label: str) -> object:
    return next(b for b in at.button if b.label == label)


def biggest(store: Store) -> str:
    rows = store.stories().sort_values(["n_sources", "story_id"], ascending=[False, True])
    return str(rows["story_id"].iloc[0])


def test_the_merge_picker_offers_the_stories_still_linked_first(store_path: Path) -> None:
    store = Store.open(store_path)
    rows = store.stories()
    linked = rows[rows["near"].map(len) > 0].sort_values("story_id")
    assert not linked.empty  # the sample has stories its grouping kept apart though their reports link
    story, near = str(linked["story_id"].iloc[0]), linked["near"].iloc[0]
    at = stories_mode(run(AppTest.from_file(APP, default_timeout=TIMEOUT)))
    at.selectbox(key="story").set_value(story)
    run(at)
    picker = at.selectbox(key="merge_to")
    shown = [x for x in near if x in set(rows["story_id"])]
    assert list(picker.options[: len(shown)]) == [picker.format_func(x) for x in shown]
    assert all(o.startswith("Proche · ") for o in picker.options[: len(shown)])
    assert not any(o.startswith("Proche · ") for o in picker.options[len(shown) :])


def test_toggle_pick_split_merge_and_undo(store_path: Path) -> None:
    store = Store.open(store_path)
    at = stories_mode(run(AppTest.from_file(APP, default_timeout=TIMEOUT)))
    assert qp(at)["vue"] == "recits"
    n_before = len(store.stories())
    table = story_table(at)
    assert len(table) == n_before and table["Sources"].max() >= 2
    assert table["Sources"].sum() == store.stories()["n_sources"].sum()

    story = biggest(store)
    members = store.story_members(story)
    at.selectbox(key="story").set_value(story)
    run(at)
    assert qp(at)["recit"] == story
    assert len(at.get("html")) == len(members)  # every source sentence, highlighted
    caption = next(c.value for c in at.caption if "source(s)," in c.value)
    assert caption.startswith(f"{members['doc_id'].nunique()} source(s), {len(members)} événement(s)")

    out = str(members["event_id"].iloc[0])
    at.button(key=f"split_{out}").click()
    run(at)
    assert store.story_of(out) != store.story_of(str(members["event_id"].iloc[1]))
    assert len(store.story_members(store.story_of(out))) == 1
    assert len(story_table(at)) == n_before + 1
    kept = at.session_state["story"]
    assert kept == store.story_of(str(members["event_id"].iloc[1])) == qp(at)["recit"]
    assert len(at.get("html")) == len(members) - 1

    other = store.stories(Filters())
    other = other[(other["story_id"] != kept) & (other["n_events"] == 1)]
    target = str(other["story_id"].iloc[0])
    target_doc = store.story_members(target)["doc_id"].iloc[0]
    sources_before = int(store.stories().set_index("story_id").loc[kept, "n_sources"])
    at.selectbox(key="merge_to").set_value(target)
    run(at)
    button(at, "Fusionner").click()  # type: ignore[attr-defined]
    run(at)
    merged = at.session_state["story"]
    rows = store.stories().set_index("story_id")
    docs_now = set(store.story_members(merged)["doc_id"])
    assert target_doc in docs_now
    assert rows.loc[merged, "n_sources"] == len(docs_now) >= sources_before
    assert len(story_table(at)) == n_before
    assert qp(at)["recit"] == merged

    undo = at.selectbox(key="undo_seq")
    assert len(undo.options) == 2 and "retrait" in undo.options[0] and "fusion" in undo.options[1]
    undo.set_value(1)
    run(at)
    button(at, "Annuler ce choix").click()  # type: ignore[attr-defined]
    run(at)
    assert [o.action for o in store.overrides()] == ["merge"]
    assert store.story_of(out) in set(
        store.story_members(store.story_of(str(members["event_id"].iloc[1])))["story_id"]
    )
    assert len(story_table(at)) == n_before - 1  # the user's merge remains

    # a reopened link shows the same mode and story
    current = store.story_of(out)
    fresh = AppTest.from_file(APP, default_timeout=TIMEOUT)
    fresh.query_params.update(vue="recits", recit=current)
    run(fresh)
    assert fresh.radio(key="mode").value == "stories"
    assert fresh.session_state["story"] == current
    assert len(fresh.get("html")) == len(store.story_members(current))


def test_filters_keep_stories_with_a_passing_event(store_path: Path) -> None:
    store = Store.open(store_path)
    at = stories_mode(run(AppTest.from_file(APP, default_timeout=TIMEOUT)))
    at.multiselect(key="f_topics").set_value(["diplomatie"])
    run(at)
    want = store.stories(Filters(topics=("diplomatie",)))
    assert 0 < len(story_table(at)) == len(want) < len(store.stories())
    assert story_table(at)["Sources"].to_list() == want["n_sources"].to_list()
    assert qp(at)["theme"] == "diplomatie" and qp(at)["vue"] == "recits"


def test_a_collection_without_stories_offers_to_compute_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ancienne.duckdb"
    store = sample_store(path, refresh=False)
    monkeypatch.setenv("FRISE_STORE", str(path))
    at = stories_mode(run(AppTest.from_file(APP, default_timeout=TIMEOUT)))
    assert any("aucun récit calculé" in w.value for w in at.warning)
    assert story_table(at).empty
    button(at, "Calculer les récits").click()  # type: ignore[attr-defined]
    run(at)
    assert not any("aucun récit calculé" in w.value for w in at.warning)
    assert store.stories_status().up_to_date
    assert len(story_table(at)) == len(store.stories()) > 0


def test_downloads_carry_the_story_of_each_visible_event(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("streamlit.testing.v1.app_test.MemoryMediaFileStorage", RecordingStorage)
    DOWNLOADS.clear()
    store = Store.open(store_path)
    at = run(AppTest.from_file(APP, default_timeout=TIMEOUT))
    at.multiselect(key="f_topics").set_value(["diplomatie"])
    run(at)
    want = store.events(Filters(topics=("diplomatie",)), stories=True)
    rows = read_csv(download(at, "csv_fr"))
    assert rows["event_id"].to_list() == want["event_id"].to_list()
    assert rows["story_id"].to_list() == want["story_id"].to_list()
    assert rows["story_sources"].to_list() == [str(n) if n else "" for n in want["story_sources"]]
    assert (want["story_sources"] >= 2).any()
    assert len(read_events_csv(download(at, "csv"))) == len(want)
    records = json.loads(download(at, "json"))
    assert [r["story_sources"] for r in records] == [n or None for n in want["story_sources"]]


def test_hostile_texts_stay_text_in_stories_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "hostile.duckdb"
    build_store(path, hostile=True)
    monkeypatch.setenv("FRISE_STORE", str(path))
    store = Store.open(path, "hostile")
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params.update(collection="hostile", vue="recits")
    run(at)
    button(at, "Calculer les récits").click()  # type: ignore[attr-defined]
    run(at)
    rows = store.stories()
    assert len(story_table(at)) == len(rows) > 0
    for story in rows["story_id"]:
        at.selectbox(key="story").set_value(story)
        run(at)
        blocks = [h.proto.body for h in at.get("html")]
        assert len(blocks) == len(store.story_members(story))
        assert all("<script" not in b and "<img" not in b and "<iframe" not in b for b in blocks)
