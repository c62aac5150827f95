"""The page, driven through Streamlit's AppTest on a small fixture store (issue 5).

Each test sets controls the way a user would and checks the resulting data: the visible events against the
store's own filtering, the URL, the detail panel, and the bytes of the downloads.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from tests.test_app_fixtures import build_store
from timeline.export import read_csv, read_events_csv
from timeline.filters import Filters
from timeline.store import Store

APP = str(Path(__file__).resolve().parents[1] / "app.py")
TIMEOUT = 30
HAS_NLP = all(importlib.util.find_spec(m) is not None for m in ("timeline.nlp", "timeline.actors"))
needs_nlp = pytest.mark.skipif(
    not HAS_NLP, reason="pipeline NLP (timeline.nlp, timeline.actors) pas encore livré"
)

DOWNLOADS: dict[str, bytes] = {}


class RecordingStorage(MemoryMediaFileStorage):
    """Keeps a copy of every file the page serves, so tests can read what a download would give."""

    def load_and_get_id(self, path_or_data, mimetype, kind, filename=None):  # type: ignore[no-untyped-def]
        file_id = super().load_and_get_id(path_or_data, mimetype, kind, filename)
        DOWNLOADS[self.get_url(file_id)] = self.get_file(file_id).content
        return file_id


@pytest.fixture
def store_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "frise.duckdb"
    build_store(path, hostile=True)
    monkeypatch.setenv("FRISE_STORE", str(path))
    monkeypatch.setattr("streamlit.testing.v1.app_test.MemoryMediaFileStorage", RecordingStorage)
    DOWNLOADS.clear()
    yield path


def run(at: AppTest) -> AppTest:
    at.run(timeout=TIMEOUT)
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture
def app(store_path: Path) -> AppTest:
    return run(AppTest.from_file(APP, default_timeout=TIMEOUT))


def visible(at: AppTest) -> list[str]:
    return list(at.session_state["visible_ids"])


def expected(path: Path, f: Filters, collection: str = "exemple") -> list[str]:
    return Store.open(path, collection).events(f)["event_id"].astype(str).to_list()


def qp(at: AppTest) -> dict[str, list[str]]:
    """The page URL's parameters, each as a list (AppTest gives a str for a single value)."""
    return {k: [v] if isinstance(v, str) else list(v) for k, v in at.query_params.items()}


def table(at: AppTest) -> pd.DataFrame:
    return frame(at, "Phrase")


def frame(at: AppTest, column: str) -> pd.DataFrame:
    """The first table shown on the page that has `column`."""
    return next(d.value for d in at.dataframe if column in d.value.columns)


def open_tab(at: AppTest, name: str) -> AppTest:
    """Open a tab of the page (only the open tab's content runs)."""
    at.session_state["onglet"] = name
    return run(at)


def download(at: AppTest, key: str) -> bytes:
    button = at.get_by_key(f"dl_{key}")
    assert button is not None
    return DOWNLOADS[button.proto.url]


def test_opens_on_the_store(app: AppTest, store_path: Path) -> None:
    assert visible(app) == expected(store_path, Filters())
    assert len(visible(app)) == 8
    assert app.caption[0].value == "8 événement(s) visible(s) sur 8 dans la collection."
    assert len(app.get("plotly_chart")) == 2
    assert len(table(app)) == 8
    assert qp(app) == {}
    assert "ET entre les filtres, OU à l'intérieur d'un filtre." in [c.value for c in app.sidebar.caption]
    assert app.selectbox(key="collection").options == ["exemple", "hostile"]


def test_facet_options_show_counts(app: AppTest) -> None:
    countries = app.multiselect(key="f_countries")
    assert countries.options[:2] == ["Russie (6)", "Ukraine (4)"]
    docs = app.multiselect(key="f_doc_ids")
    assert "Poutine à Pyongyang (3)" in docs.options


@pytest.mark.parametrize(
    ("widget", "values", "filters", "query"),
    [
        ("f_countries", ["Ukraine"], Filters(countries=("Ukraine",)), {"pays": ["Ukraine"]}),
        (
            "f_countries",
            ["Ukraine", "Corée du Nord"],
            Filters(countries=("Ukraine", "Corée du Nord")),
            {"pays": ["Ukraine", "Corée du Nord"]},
        ),
        (
            "f_persons",
            ["Vladimir Poutine"],
            Filters(persons=("Vladimir Poutine",)),
            {"personne": ["Vladimir Poutine"]},
        ),
        ("f_organisations", ["ONU"], Filters(organisations=("ONU",)), {"organisation": ["ONU"]}),
        ("f_topics", ["conflit"], Filters(topics=("conflit",)), {"theme": ["conflit"]}),
        ("f_sources", ["La Gazette"], Filters(sources=("La Gazette",)), {"source": ["La Gazette"]}),
        ("f_doc_ids", ["doc-brics"], Filters(doc_ids=("doc-brics",)), {"document": ["doc-brics"]}),
        ("f_granularities", ["day"], Filters(granularities=("day",)), {"granularite": ["day"]}),
    ],
    ids=["country", "two-countries-or", "person", "organisation", "topic", "source", "document", "day-only"],
)
def test_multiselect_filters(
    app: AppTest,
    store_path: Path,
    widget: str,
    values: list[str],
    filters: Filters,
    query: dict[str, list[str]],
) -> None:
    ms = app.multiselect(key=widget)
    ms.set_value(values)
    run(app)
    assert visible(app) == expected(store_path, filters)
    assert 0 < len(visible(app)) < 8
    assert qp(app) == query
    assert len(table(app)) == len(visible(app))


def test_filters_combine_with_and(app: AppTest, store_path: Path) -> None:
    app.multiselect(key="f_countries").set_value(["Russie"])
    app.multiselect(key="f_persons").set_value(["Vladimir Poutine"])
    run(app)
    want = expected(store_path, Filters(countries=("Russie",), persons=("Vladimir Poutine",)))
    assert visible(app) == want and len(want) == 2
    # the person facet's counts now follow the country filter
    assert app.multiselect(key="f_persons").options[0] == "Vladimir Poutine (2)"


def test_period_text_and_reported_filters(app: AppTest, store_path: Path) -> None:
    app.date_input(key="f_start").set_value(date(2014, 1, 1))
    app.date_input(key="f_end").set_value(date(2022, 12, 31))
    run(app)
    f = Filters(start=date(2014, 1, 1), end=date(2022, 12, 31))
    assert visible(app) == expected(store_path, f) and len(visible(app)) == 4
    assert qp(app)["du"] == ["2014-01-01"] and qp(app)["au"] == ["2022-12-31"]

    app.text_input(key="f_text").input("crimee")  # accents and case folded
    run(app)
    assert len(visible(app)) == 1 and qp(app)["q"] == ["crimee"]

    app.text_input(key="f_text").input("")
    app.date_input(key="f_start").set_value(None)
    app.date_input(key="f_end").set_value(None)
    app.toggle(key="f_include_reported").set_value(False)
    run(app)
    assert visible(app) == expected(store_path, Filters(include_reported=False)) and len(visible(app)) == 7
    assert qp(app)["rapportes"] == ["non"]

    app.sidebar.button[0].click()  # "Effacer les filtres"
    run(app)
    assert len(visible(app)) == 8 and qp(app) == {}


def test_url_opens_the_same_view(store_path: Path) -> None:
    ukraine = expected(store_path, Filters(countries=("Ukraine",), persons=("Volodymyr Zelensky",)))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params.update(
        {"pays": "Ukraine", "personne": "Volodymyr Zelensky", "evenement": ukraine[0], "voies": "countries"}
    )
    run(at)
    assert visible(at) == ukraine
    assert at.multiselect(key="f_countries").value == ["Ukraine"]
    assert at.selectbox(key="lanes").value == "countries"
    assert at.session_state["event"] == ukraine[0]
    sentence = at.get("html")[0].proto.body
    assert sentence == (
        '<div class="frise-texte">Volodymyr Zelensky a appelé <mark>hier</mark> l&#x27;ONU à agir.</div>'
    )
    detail = frame(at, "Champ")
    fields = dict(zip(detail["Champ"], detail["Valeur"], strict=True))
    assert fields["Intervalle"] == "02/03/2022"
    assert fields["Ancrage"] == "relative à la date de publication"
    assert fields["Personnes"] == "Volodymyr Zelensky"
    assert fields["Publication"] == "03/03/2022 (fournie)"
    assert fields["Source"] == "La Gazette"
    # the article, with the sentence marked and the date expression marked more
    article = at.get("html")[1].proto.body
    assert "<mark><b>hier</b></mark>" in article and "la Russie a envahi" in article
    assert qp(at)["evenement"] == [ukraine[0]]


def test_bad_url_values_open_the_default_view(store_path: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params.update({"du": "2024-13-45", "voies": "<script>", "evenement": "inconnu"})
    run(at)
    assert len(visible(at)) == 8 and at.session_state["event"] is None


def test_event_picker_and_lanes(app: AppTest) -> None:
    picker = app.selectbox(key="event")
    target = visible(app)[3]
    picker.set_value(target)
    run(app)
    assert qp(app)["evenement"] == [target]
    assert "<mark>" in app.get("html")[0].proto.body
    app.selectbox(key="lanes").set_value("persons")
    run(app)
    spec = json.loads(app.get("plotly_chart")[1].proto.spec)
    lanes = {y for trace in spec["data"] for y in trace.get("y", [])}
    assert {"Vladimir Poutine", "Kim Jong-il", "Volodymyr Zelensky", "(aucun)"} == lanes
    assert qp(app)["voies"] == ["persons"]


def test_exports_are_exactly_the_visible_events(app: AppTest, store_path: Path) -> None:
    app.multiselect(key="f_countries").set_value(["Russie"])
    run(app)
    ids = visible(app)
    assert ids == expected(store_path, Filters(countries=("Russie",)))
    csv_bytes = download(app, "csv")
    assert csv_bytes.startswith(b"\xef\xbb\xbf")
    assert [e.event_id for e in read_events_csv(csv_bytes)] == ids
    fr = download(app, "csv_fr")
    assert fr.decode("utf-8-sig").startswith('"event_id";"doc_id"')
    assert read_csv(fr)["event_id"].to_list() == ids
    assert [r["event_id"] for r in json.loads(download(app, "json"))] == ids
    tl = json.loads(download(app, "timelinejs"))
    assert [e["unique_id"] for e in tl["events"]] == ids


def test_collection_switch_and_hostile_text_stays_text(app: AppTest) -> None:
    app.selectbox(key="collection").set_value("hostile")
    run(app)
    assert len(visible(app)) == 14
    app.selectbox(key="event").set_value(visible(app)[0])
    run(app)
    for h in app.get("html"):
        body = h.proto.body
        assert "<script" not in body and "<img" not in body and "<iframe" not in body and "<a " not in body
    # Markdown-rendering elements never carry article text
    rendered = (
        [m.value for m in app.markdown] + [c.value for c in app.caption] + [w.value for w in app.warning]
    )
    assert not any("pwned" in r or "evil.example" in r for r in rendered)
    assert qp(app)["collection"] == ["hostile"]


def test_documents_panel_shows_dates_with_origin(app: AppTest) -> None:
    # closed tabs do not run: no documents table nor upload field until their tab is opened
    assert not any("Identifiant" in d.value.columns for d in app.dataframe) and not app.get("file_uploader")
    open_tab(app, "Documents")
    docs = frame(app, "Identifiant")
    pub = dict(zip(docs["Titre"], docs["Publication"], strict=True))
    assert pub["Poutine à Pyongyang"] == "20/07/2000 (fournie)"
    assert pub["Sommet des BRICS sans Poutine"] == "17/08/2023 (déduite du texte)"


def test_upload_refuses_unreadable_files_with_a_message(app: AppTest) -> None:
    open_tab(app, "Ajouter des articles")
    up = app.file_uploader(key="up_files")
    up.set_value(
        [
            ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "text/plain"),
            ("vide.txt", b"   \n", "text/plain"),
        ]
    )
    run(app)
    next(b for b in app.button if b.label == "Analyser et ajouter les fichiers").click()
    run(app)
    problems = frame(app, "Fichier")
    assert set(problems["Fichier"]) == {"image.txt", "vide.txt"}
    assert all(name in msg for name, msg in zip(problems["Fichier"], problems["Message"], strict=True))
    assert app.warning[0].value == "Certains fichiers n'ont pas pu être lus :"
    assert len(visible(app)) == 8


def test_folder_upload_reads_each_file(app: AppTest) -> None:
    open_tab(app, "Ajouter des articles")
    folder = app.file_uploader(key="up_dir")
    assert folder.accept_directory
    folder.set_value(
        [("dossier/a.txt", b"\x00\x00\x00", "text/plain"), ("dossier/b.md", b"", "text/markdown")]
    )
    run(app)
    next(b for b in app.button if b.label == "Analyser et ajouter les fichiers").click()
    run(app)
    problems = frame(app, "Fichier")
    assert sorted(problems["Fichier"]) == ["a.txt", "b.md"]


def test_empty_collection_offers_the_sample(store_path: Path) -> None:
    app = AppTest.from_file(APP, default_timeout=TIMEOUT)
    app.query_params["collection"] = "nouvelle"
    run(app)
    assert visible(app) == []
    assert app.info[0].value.startswith("Cette collection est vide")
    assert any(b.label == "Charger le corpus d'exemple" for b in app.button)
    assert qp(app)["collection"] == ["nouvelle"]


def test_paste_with_a_bad_date_says_so(app: AppTest) -> None:
    open_tab(app, "Ajouter des articles")
    app.text_area(key="paste_text").input("Le 3 mai 2021, un sommet s'est tenu à Paris.")
    app.text_input(key="paste_date").input("32/13/2021")
    run(app)
    next(b for b in app.button if b.label == "Analyser et ajouter le texte").click()
    run(app)
    problems = frame(app, "Fichier")
    assert "32/13/2021" in problems["Message"][0]
    assert len(visible(app)) == 8


@needs_nlp
def test_upload_and_paste_add_events(app: AppTest, store_path: Path) -> None:
    open_tab(app, "Ajouter des articles")
    text = "date 2024-06-18\nLe 17 juin 2024, Emmanuel Macron a reçu Olaf Scholz à Paris.\n".encode()
    app.file_uploader(key="up_files").set_value([("sommet.txt", text, "text/plain")])
    run(app)
    next(b for b in app.button if b.label == "Analyser et ajouter les fichiers").click()
    run(app)
    assert app.session_state["report"].added == 1
    assert len(visible(app)) > 8
    n_before = len(visible(app))
    app.text_area(key="paste_text").input("Hier, le Parlement européen a voté une résolution sur l'Ukraine.")
    app.text_input(key="paste_date").input("2024-04-11")
    run(app)
    next(b for b in app.button if b.label == "Analyser et ajouter le texte").click()
    run(app)
    assert app.session_state["report"].added == 1
    added = Store.open(store_path).events(Filters(text="Parlement europeen"))
    assert len(visible(app)) > n_before
    assert date(2024, 4, 10) in {pd.Timestamp(d).date() for d in added["date_start"]}


@needs_nlp
def test_date_correction_reresolves_relative_dates(app: AppTest, store_path: Path) -> None:
    open_tab(app, "Documents")
    app.selectbox(key="fix_doc").set_value("doc-ukraine")
    app.date_input(key="fix_date").set_value(date(2022, 3, 10))
    app.button[-1]  # the form's submit button is addressed by label below
    next(b for b in app.button if b.label == "Corriger et recalculer les dates relatives").click()
    run(app)
    doc = Store.open(store_path).document("doc-ukraine")
    assert doc is not None and doc.published == date(2022, 3, 10) and doc.published_origin == "given"
    events = Store.open(store_path).events(Filters(doc_ids=("doc-ukraine",)))
    hier = events[events["date_text"].str.lower() == "hier"]
    assert not hier.empty and pd.Timestamp(hier["date_start"].iloc[0]).date() == date(2022, 3, 9)


@needs_nlp
@pytest.mark.slow
def test_sample_button_fills_an_empty_collection(store_path: Path) -> None:
    """A fresh install opens on an empty collection; one click analyses the shipped sample corpus."""
    app = AppTest.from_file(APP, default_timeout=120)
    app.query_params["collection"] = "vide"
    app.run(timeout=120)
    next(b for b in app.button if b.label == "Charger le corpus d'exemple").click()
    app.run(timeout=300)
    assert not app.exception
    report = app.session_state["report"]
    assert report.added >= 20 and report.events > 100 and not report.problems
    assert len(visible(app)) == report.events


def test_opening_the_page_imports_no_nlp_library() -> None:
    """The page's own imports leave spaCy and dateparser unloaded (they cost seconds of the first view)."""
    import ast
    import subprocess
    import sys

    tree = ast.parse(Path(APP).read_text(encoding="utf-8"))
    modules = sorted(
        {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        | {f"{n.module}.{a.name}" if n.module == "timeline" else str(n.module)
           for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level == 0 for a in n.names}
    )
    assert "timeline.view_actions" in modules and "timeline.store" in modules
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n    importlib.import_module(m)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'dateparser', 'thinc'}))"
    )
    root = Path(APP).parent
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.strip() == "[]"


def test_selected_event_is_marked_on_the_timeline(app: AppTest, store_path: Path) -> None:
    def marked(at: AppTest) -> list[dict[str, object]]:
        spec = json.loads(at.get("plotly_chart")[1].proto.spec)
        return [t for t in spec["data"] if t.get("name") == "Événement choisi" and "customdata" in t]

    assert marked(app) == []
    target = visible(app)[2]
    app.selectbox(key="event").set_value(target)
    run(app)
    (mark,) = marked(app)
    row = Store.open(store_path).events(Filters())
    topics = row.loc[row["event_id"] == target, "topics"].iloc[0]
    assert {cd[0] for cd in mark["customdata"]} == {target}  # type: ignore[union-attr]
    assert sorted(mark["y"]) == sorted(topics)  # type: ignore[arg-type]
    app.selectbox(key="lanes").set_value("countries")
    run(app)
    (mark,) = marked(app)
    countries = row.loc[row["event_id"] == target, "countries"].iloc[0]
    assert sorted(mark["y"]) == sorted(countries) or (not len(countries) and mark["y"] == ["(aucun)"])
    app.selectbox(key="event").set_value(None)
    run(app)
    assert marked(app) == []


def test_beyond_the_detail_limit_the_timeline_shows_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import timedelta

    from tests.conftest import make_event
    from timeline.chart import DETAIL_LIMIT
    from timeline.schema import Document

    path = tmp_path / "grand.duckdb"
    n = DETAIL_LIMIT + 500
    docs = []
    for d in range(n // 50):
        doc = Document(f"d{d}", f"Article {d}", "Texte.", date(2024, 6, 18), "day", "given", "grand")
        evs = [make_event(k, doc_id=doc.doc_id, event_id=f"e{d}-{k}", topics=("diplomatie",),
                          date_start=date(2020, 1, 1) + timedelta(days=d * 50 + k),
                          date_end=date(2020, 1, 1) + timedelta(days=d * 50 + k)) for k in range(50)]
        docs.append((doc, evs))
    Store.open(path, "grand").add(docs)
    monkeypatch.setenv("FRISE_STORE", str(path))
    at = run(AppTest.from_file(APP, default_timeout=TIMEOUT))
    at.session_state["collection"] = "grand"
    run(at)
    assert any("vue agrégée" in i.value for i in at.info)
    spec = json.loads(at.get("plotly_chart")[1].proto.spec)
    assert [t["type"] for t in spec["data"]] == ["heatmap"]
    assert sum(v for row in spec["data"][0]["z"] for v in row if v) == n  # every event counted
    assert len(visible(at)) == 2_000  # the page holds the table's rows only
    # A period filter down to 1,000 events draws each of them again.
    at.date_input(key="f_end").set_value(date(2020, 1, 1) + timedelta(days=999))
    run(at)
    spec = json.loads(at.get("plotly_chart")[1].proto.spec)
    assert "heatmap" not in {t["type"] for t in spec["data"]}
    assert len(visible(at)) == 1_000
