"""Frise: explore, filter, inspect and export dated events (layout only; logic lives in timeline.*).

Article text is shown only as plain text (st.text, st.dataframe, widget options) or through
view.marked_html, which escapes every piece before adding <mark> (tests/test_app_safety.py checks this).
"""

from __future__ import annotations

import functools
import os

import pandas as pd
import streamlit as st

from timeline import chart, chart_stories, urlstate, view, view_stories
from timeline import view_actions as actions
from timeline.errors import TimelineError
from timeline.filters import Filters
from timeline.schema import GRANULARITIES
from timeline.store import Store, default_path

st.set_page_config(page_title="Frise", layout="wide")  # no page_icon: an icon would be fetched off 127.0.0.1
PATH = str(default_path())
EXTS = ["txt", "md", "html", "htm", "json", "jsonl", "csv"]
TABLE_LIMIT = 2_000  # 10,000 rows were 2 MB of Arrow per rerun; the exports hold every visible event
# Beyond 3,000 drawn events the timeline shows counts per month and lane, and the page holds only the table's
# rows (charts read a light frame). Measured with 100,000 events, a one-country filter (4,400 events): a
# filter change took 1.1-1.4 s this way against 1.8-2.3 s with 6,600 clickable points.
FRAME_LIMIT = chart.DETAIL_LIMIT
PLOT_CONFIG = {"displaylogo": False, "scrollZoom": True}


@st.cache_resource(show_spinner=False)
def get_store(path: str, collection: str) -> Store:
    return Store.open(path, collection)


@st.cache_resource(show_spinner=False, max_entries=8)  # shared, not copied: the page never mutates it
def visible(path: str, collection: str, key: str, version: int, limit: int, _f: Filters) -> pd.DataFrame:
    return get_store(path, collection).events(_f, limit=limit, stories=True)


@st.cache_resource(show_spinner=False, max_entries=2)
def drawn(path: str, collection: str, key: str, version: int, n: int, lanes: str, _f: Filters,
          _df: pd.DataFrame) -> pd.DataFrame:
    if n <= FRAME_LIMIT:
        return _df
    return get_store(path, collection).events(_f, light=True, keep=("topics", lanes), order="none")


@st.cache_resource(show_spinner=False, max_entries=8)
def figures(key: str, version: int, lanes: str, _df: pd.DataFrame) -> tuple[object, chart.TimelineChart]:
    return chart.overview_figure(_df), chart.timeline_chart(_df, lanes, webgl_limit=FRAME_LIMIT)


@st.cache_resource(show_spinner=False, max_entries=8)
def table(key: str, version: int, _df: pd.DataFrame) -> pd.DataFrame:
    return view.table_frame(_df[:TABLE_LIMIT])


@st.cache_data(show_spinner=False, max_entries=64)
def load(path: str, collection: str, what: str, key: str, version: int, _f: Filters) -> object:
    store = get_store(path, collection)
    if what == "documents":
        return store.documents()
    if what == "count":
        return store.count()
    if what == "visible":
        return store.count(_f)
    if what == "stories_status":
        return store.stories_status()
    return store.facet_counts(what, _f)


@st.cache_data(show_spinner=False, max_entries=16)
def export_file(kind: str, key: str, version: int, _df: pd.DataFrame) -> bytes:
    return view.export_bytes(kind, _df)


@st.cache_resource(show_spinner=False, max_entries=8)
def story_rows(path: str, collection: str, key: str, version: int, _f: Filters) -> pd.DataFrame:
    return get_store(path, collection).stories(_f)


@st.cache_resource(show_spinner=False, max_entries=8)
def story_view(key: str, version: int, _s: pd.DataFrame) -> tuple[chart_stories.StoriesChart, pd.DataFrame]:
    return chart_stories.stories_chart(_s), view_stories.stories_table(_s[:TABLE_LIMIT])


@st.cache_data(show_spinner=False, max_entries=16)
def story_members(path: str, collection: str, story: str, version: int) -> pd.DataFrame:
    return get_store(path, collection).story_members(story)


@st.cache_data(show_spinner=False, max_entries=4)
def choices(path: str, collection: str, version: int) -> dict[int, str]:
    return actions.choice_labels(get_store(path, collection))


def pick_story(widget: str) -> None:
    ss = st.session_state
    story = view.picked(ss.get(widget), ss.get("story_ids", []), from_chart=widget == "story_chart")
    if story:
        st.session_state.update(story=story, merge_to=None)


def split(store: Store, event_id: str) -> None:
    st.session_state["story"] = actions.split_event(store, event_id) or None


def merge(store: Store, event_a: str, leads: dict[str, str]) -> None:
    target = st.session_state.get("merge_to")
    if target in leads:
        st.session_state.update(story=actions.merge_stories(store, event_a, leads[target]), merge_to=None)


def undo(store: Store) -> None:
    if st.session_state.get("undo_seq") is not None:
        actions.undo_choice(store, int(st.session_state.undo_seq))
        st.session_state["undo_seq"] = None


def pick_from(widget: str) -> None:
    ss = st.session_state
    ev = view.picked(ss.get(widget), ss.get("visible_ids", []), from_chart=widget == "chart")
    if ev:
        st.session_state["event"] = ev


def reset_filters() -> None:
    st.session_state.update(view.widget_values(urlstate.ViewState(collection=st.session_state.collection)))


def run_add(store: Store, items: list) -> None:  # type: ignore[type-arg]
    bar = st.progress(0.0, text="Analyse des articles…")
    report = actions.add_items(store, items, lambda f, _: bar.progress(f, text=f"Analyse : {int(f * 100)} %"))
    st.session_state["report"] = report
    st.rerun()


query = {k: st.query_params.get_all(k) for k in st.query_params}
if "f_init" not in st.session_state:
    start = urlstate.from_query(query)
    st.session_state.update(view.widget_values(start), **view_stories.widget_values(start), f_init=True)
for kept in ("lanes", "event", "story"):  # widgets of the other mode keep their value while hidden
    if kept in st.session_state:
        st.session_state[kept] = st.session_state[kept]
version = sum(os.stat(p).st_mtime_ns for p in (PATH, PATH + ".wal") if os.path.exists(p))

with st.sidebar:
    st.title("Frise")
    known = get_store(PATH, view.DEFAULT_COLLECTION).collections()
    st.selectbox("Collection", sorted({*known, st.session_state.collection}), key="collection",
                 accept_new_options=True, on_change=lambda: st.session_state.update(event=None))
    coll = st.session_state.collection
    store = get_store(PATH, coll)
    docs: pd.DataFrame = load(PATH, coll, "documents", "", version, Filters())  # type: ignore[assignment]
    titles = dict(zip(docs["doc_id"].astype(str), docs["title"].astype(str), strict=True))
    for name, column, label in view.FACET_WIDGETS:
        wkey = view.widget_key(name)
        counts = load(PATH, coll, column, "", version, Filters())  # collection-wide: labels must stay stable
        options, labels = view.facet_options(counts, st.session_state.get(wkey) or [],  # type: ignore[arg-type]
                                             titles if name == "doc_ids" else None)
        st.session_state[wkey] = view.clean_selection(st.session_state.get(wkey) or [], labels)
        st.multiselect(label, options, key=wkey, format_func=labels.__getitem__, placeholder="Tous")
    # one per row: side by side, the sidebar cuts the year off ("01/09/202")
    st.date_input("Du", key="f_start", min_value=view.MIN_DATE, max_value=view.MAX_DATE, format="DD/MM/YYYY")
    st.date_input("Au", key="f_end", min_value=view.MIN_DATE, max_value=view.MAX_DATE, format="DD/MM/YYYY")
    st.text_input("Recherche dans le texte", key="f_text", placeholder="mot, nom, expression…")
    st.multiselect("Granularité", list(GRANULARITIES), key="f_granularities", placeholder="Toutes",
                   format_func=view.GRANULARITY_LABELS.__getitem__)
    st.toggle("Inclure les propos rapportés", key="f_include_reported")
    st.caption("ET entre les filtres, OU à l'intérieur d'un filtre.")
    st.button("Effacer les filtres", on_click=reset_filters)

state = view_stories.with_session(view.state_from_session(st.session_state), st.session_state)
fkey = f"{coll}|{view.filters_key(state.filters)}"
n_visible: int = load(PATH, coll, "visible", fkey, version, state.filters)  # type: ignore[assignment]
held = FRAME_LIMIT if n_visible <= FRAME_LIMIT else TABLE_LIMIT  # beyond, only the table needs whole rows
df = visible(PATH, coll, fkey, version, held, state.filters)
n_total = load(PATH, coll, "count", "", version, Filters())
st.session_state["visible_ids"] = df["event_id"].astype(str).to_list()
if st.session_state.get("event") not in set(st.session_state["visible_ids"]):
    st.session_state["event"] = None
st.caption(f"{n_visible} événement(s) visible(s) sur {n_total} dans la collection.")

tab_frise, tab_docs, tab_add = st.tabs(["Frise", "Documents", "Ajouter des articles"], key="onglet",
                                      on_change="rerun")  # only the open tab runs: 5.8 MB less at 1M events
with tab_frise:
    if n_total == 0:
        st.info("Cette collection est vide : ajoutez des articles, ou chargez le corpus d'exemple.")
        if st.button("Charger le corpus d'exemple"):
            run_add(store, actions.sample_items())
    st.radio("Affichage", urlstate.MODES, key="mode", horizontal=True,
             format_func=view_stories.MODE_LABELS.__getitem__)
    if st.session_state.mode == "stories":
        status = load(PATH, coll, "stories_status", "", version, Filters())
        n_missing = status.missing  # type: ignore[attr-defined]
        if n_missing:
            st.warning(f"{n_missing} événement(s) ne sont dans aucun récit calculé (collection créée par une "
                       "version antérieure, ou articles importés depuis) : calculez les récits.")
            st.button("Calculer les récits", on_click=actions.compute_stories, args=(store,))
        srows = story_rows(PATH, coll, fkey, version, state.filters)
        sc, stable = story_view(fkey, version, srows)
        st.session_state["story_ids"] = srows["story_id"].to_list()[:TABLE_LIMIT]
        if st.session_state.get("story") not in set(srows["story_id"]):
            st.session_state["story"] = None
        if sc.notice:
            st.info(sc.notice)
        st.plotly_chart(sc.figure, key="story_chart", on_select=lambda: pick_story("story_chart"),
                        selection_mode="points", config=PLOT_CONFIG)
        left, right = st.columns([3, 2], gap="large")
        with left:
            n_stories = len(srows)
            st.subheader("Récits visibles")
            st.caption(f"{n_stories} récit(s). Un récit est visible dès qu'un de ses événements passe les "
                       "filtres ; cliquez sur un récit pour voir ses sources.")
            st.dataframe(stable, key="story_table", on_select=lambda: pick_story("story_table"),
                         selection_mode="single-row", hide_index=True)
        with right:
            st.subheader("Détail du récit")
            sids, slabels = view_stories.story_options(srows[:TABLE_LIMIT], st.session_state.get("story"))
            st.selectbox("Récit", sids, key="story", index=None, format_func=slabels.__getitem__,
                         placeholder="Cliquez sur la frise ou le tableau")
            sid = st.session_state.get("story")
            members = story_members(PATH, coll, sid, version) if sid else pd.DataFrame()
            srow = srows[srows["story_id"] == sid]
            if not members.empty and not srow.empty:
                n_sources, n_members = int(srow["n_sources"].iloc[0]), len(members)
                st.caption(f"{n_sources} source(s), {n_members} événement(s) ; "
                           "chaque phrase avec sa date surlignée.")
                if bool(srow["conflict"].iloc[0]):
                    st.warning("Dates en désaccord entre les sources : qui dit quoi.")
                    st.dataframe(view_stories.claims_frame(members), hide_index=True, key="claims")
                for ev in members.to_dict("records"):
                    with st.container(border=True):
                        st.html(view.marked_html(view_stories.member_pieces(ev)))
                        st.button("Retirer cet événement du récit", key=f"split_{ev['event_id']}",
                                  on_click=split, args=(store, ev["event_id"]), disabled=n_members < 2,
                                  icon=":material/call_split:", type="tertiary")
                st.dataframe(view_stories.reasons_frame(srow["reasons"].iloc[0], n_members), hide_index=True,
                             key="reasons")
                mids, mlabels = view_stories.merge_options(srows, sid, TABLE_LIMIT)
                st.selectbox("Fusionner avec un autre récit", mids, key="merge_to", index=None,
                             format_func=mlabels.__getitem__, placeholder="Choisir le récit à joindre")
                st.button("Fusionner", on_click=merge, icon=":material/merge:",
                          args=(store, str(srow["lead_event"].iloc[0]),
                                dict(zip(srows["story_id"], srows["lead_event"], strict=True))))
            undo_labels = choices(PATH, coll, version)
            if undo_labels:
                st.subheader("Vos choix sur les récits")
                st.caption("Ils sont enregistrés et tiennent après une nouvelle extraction des articles.")
                st.selectbox("Choix à annuler", list(undo_labels), key="undo_seq", index=None,
                             format_func=undo_labels.__getitem__, placeholder="Choisir un choix")
                st.button("Annuler ce choix", on_click=undo, args=(store,), icon=":material/undo:")
    else:
        whole = drawn(PATH, coll, fkey, version, n_visible, st.session_state.lanes, state.filters, df)
        overview, tl = figures(fkey, version, st.session_state.lanes, whole)
        st.plotly_chart(overview, key="overview", config=PLOT_CONFIG)
        st.selectbox("Voies de la frise", urlstate.LANES, key="lanes",
                     format_func=view.LANE_LABELS.__getitem__)
        if tl.notice:  # an explicit icon: no emoji scan (0.3 s of the first view)
            st.info(tl.notice, icon=":material/info:")
        chosen = df[df["event_id"] == st.session_state.get("event")]
        st.plotly_chart(chart.with_selected(tl, chosen), key="chart", on_select=lambda: pick_from("chart"),
                        selection_mode="points", config=PLOT_CONFIG)
        left, right = st.columns([3, 2], gap="large")
        with left:
            st.subheader("Événements visibles")
            if n_visible > TABLE_LIMIT:
                st.caption(f"Tableau limité aux {TABLE_LIMIT} premiers ; les exports contiennent tout.")
            st.dataframe(table(fkey, version, df), key="table", on_select=lambda: pick_from("table"),
                         selection_mode="single-row", hide_index=True)
            st.caption("Exporter les événements visibles :")
            with st.container(horizontal=True):
                for kind, label, fname, mime in view.EXPORTS:
                    data = (export_file(kind, fkey, version, df) if n_visible <= view.EAGER_EXPORT_LIMIT
                            else functools.partial(actions.export_visible, store, state.filters, kind))
                    st.download_button(label, data, fname, mime, key=f"dl_{kind}", on_click="ignore",
                                       icon=":material/download:")
        with right:
            st.subheader("Détail")
            ids, labels = view.event_options(df, st.session_state.get("event"))
            st.selectbox("Événement", ids, key="event", index=None, format_func=labels.__getitem__,
                         placeholder="Cliquez sur la frise ou le tableau")
            row = df[df["event_id"] == st.session_state.get("event")]
            if not row.empty:
                ev = row.iloc[0].to_dict()
                detail = view.event_detail(ev)
                st.html(view.marked_html(view.sentence_pieces(ev)))
                st.dataframe(view.detail_rows(detail), hide_index=True, key="detail", height="content")
                if view.is_web_url(detail.url):
                    st.link_button("Ouvrir l'article source", detail.url.strip())
                with st.expander("Lire l'article entier"):
                    doc = store.document(str(ev["doc_id"]))
                    if doc is not None:
                        st.html(view.marked_html(view.article_pieces(doc.text, ev)))

with tab_docs:
    if tab_docs.open:
        st.dataframe(view.documents_frame(docs), hide_index=True, key="documents")
        with st.form("correction"):
            dl = view.document_labels(docs)
            st.selectbox("Document à corriger", list(dl), key="fix_doc", format_func=dl.__getitem__)
            st.date_input("Date de publication corrigée", key="fix_date", value=None, format="DD/MM/YYYY",
                          min_value=view.MIN_DATE, max_value=view.MAX_DATE)
            fix = st.form_submit_button("Corriger et recalculer les dates relatives")
        if fix and st.session_state.get("fix_doc") and st.session_state.get("fix_date"):
            try:
                ss = st.session_state
                n_fixed = actions.correct_publication_date(store, ss.fix_doc, ss.fix_date)
                st.session_state["fixed"] = n_fixed
                st.rerun()
            except TimelineError as exc:
                st.error("La correction a échoué.")
                st.text(str(exc))
        if st.session_state.get("fixed") is not None:
            n_fixed = st.session_state.pop("fixed")
            st.success(f"Date corrigée : {n_fixed} événement(s) recalculé(s).")

with tab_add:
    if tab_add.open:
        files = st.file_uploader("Fichiers (txt, md, html, json, jsonl, csv)", EXTS,
                                 accept_multiple_files=True, key="up_files")
        folder = st.file_uploader("Ou un dossier entier", EXTS, accept_multiple_files="directory",
                                  key="up_dir")
        if st.button("Analyser et ajouter les fichiers", disabled=not (files or folder)):
            chosen = [*(files or []), *(folder or [])]
            run_add(store, actions.read_uploaded([(f.name, f.getvalue()) for f in chosen]))
        st.text_area("Ou collez un texte", key="paste_text", height=160)
        p1, p2 = st.columns(2)
        p1.text_input("Date de publication (facultative : AAAA-MM-JJ)", key="paste_date")
        p2.text_input("Titre (facultatif)", key="paste_title")
        if st.button("Analyser et ajouter le texte", disabled=not st.session_state.get("paste_text")):
            run_add(store, actions.read_pasted_text(st.session_state.paste_text, st.session_state.paste_date,
                                                    st.session_state.paste_title))
        report = st.session_state.get("report")
        if report is not None:
            n_added, n_skipped, n_events = report.added, report.skipped, report.events
            if n_added or n_skipped:
                st.success(f"{n_added} document(s) ajouté(s), {n_skipped} déjà là, {n_events} événement(s).")
            if report.problems:
                st.warning("Certains fichiers n'ont pas pu être lus :")
                st.dataframe(pd.DataFrame(report.problem_rows()), hide_index=True, key="problems")

new_query = urlstate.to_query(view_stories.with_session(view.state_from_session(st.session_state),
                                                        st.session_state))
if not urlstate.same_query(new_query, query):
    st.query_params.from_dict(new_query)
