"""Small pure helpers for the page: French labels, highlighted text, reading chart and table selections.

The page never renders article text as Markdown or HTML. The one exception is `marked_html`, which builds
`<mark>` markup around segments that are each `html.escape`d first: the article text can then only appear as
text (no tag, attribute or entity of its own survives), and Streamlit's HTML sanitiser is a second layer.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from typing import Any

import pandas as pd

GRANULARITY_LABELS: dict[str, str] = {
    "day": "jour",
    "weekend": "week-end",
    "week": "semaine",
    "part": "partie de période",
    "month": "mois",
    "season": "saison",
    "quarter": "trimestre",
    "half": "semestre",
    "year": "année",
    "decade": "décennie",
    "century": "siècle",
    "unknown": "inconnue",
}

ORIGIN_LABELS: dict[str, str] = {
    "given": "fournie",
    "header": "lue dans l'en-tête",
    "metadata": "métadonnées",
    "inferred": "déduite du texte",
    "corpus": "déduite des autres articles",
    "none": "inconnue",
}

ANCHOR_LABELS: dict[str, str] = {
    "absolute": "date absolue",
    "dct": "relative à la date de publication",
    "previous": "relative à la date citée avant",
    "none": "sans ancrage",
}

LANE_LABELS: dict[str, str] = {
    "topics": "Thèmes",
    "countries": "Pays",
    "persons": "Personnes",
    "organisations": "Organisations",
    "source": "Sources",
}

REASON_VAGUE = "date vague : intervalle large"
REASON_INFERRED = "date de publication déduite du texte"
REASON_CORPUS = "année de publication déduite des autres articles"
REASON_REPORTED = "propos rapporté, placé à la date de publication"

Segment = tuple[str, bool]
"""A piece of text and whether it is marked."""


def to_date(value: Any) -> date | None:
    """A `date` from a date, Timestamp, ISO string or missing value."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp | datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, float) and pd.isna(value):
        return None
    s = str(value)
    return date.fromisoformat(s[:10]) if len(s) >= 10 else None


def fr_date(d: date | None) -> str:
    """17/06/2024 (empty when unknown)."""
    return d.strftime("%d/%m/%Y") if d else ""


def interval_label(start: date | None, end: date | None, granularity: str = "day") -> str:
    """The normalised interval in French: '17/06/2024' or '01/03/2024 → 31/03/2024 (mois)'."""
    if start is None:
        return "date non résolue"
    end = end or start
    gran = GRANULARITY_LABELS.get(granularity, granularity)
    if granularity == "part":  # "début mars", "fin 2023", "début des années 1990": the part of what
        days = (end - start).days
        whole = "mois" if days <= 31 else "année" if days <= 366 else "décennie" if days <= 3660 else "siècle"
        gran = "partie d'année" if whole == "année" else f"partie de {whole}"
    if start == end:
        return fr_date(start) if granularity == "day" else f"{fr_date(start)} ({gran})"
    return f"{fr_date(start)} → {fr_date(end)} ({gran})"


@lru_cache(maxsize=1)
def month_names() -> tuple[str, ...]:
    """The twelve month names, as the temporal lexicon first spells them (`data/temporal/fr.json`), read from
    its file: importing the temporal package would load dateparser, seconds the page does not need."""
    raw = json.loads(resources.files("timeline").joinpath("data", "temporal", "fr.json").read_text("utf-8"))
    first: dict[int, str] = {}
    for name, number in raw["months"].items():
        first.setdefault(int(number), name)
    return tuple(first[m] for m in range(1, 13))


def published_label(published: date | None, origin: str, precision: str = "day") -> str:
    """'18/06/2024 (fournie)', 'septembre 2023 (lue dans l'en-tête)' for a month-precise date (a header
    `date 2023-09` says no day: its first day would be an invented one), '2023 (...)' for a year or
    'inconnue'."""
    if published is None:
        return "inconnue"
    return f"{_when(published, precision)} ({ORIGIN_LABELS.get(origin, origin)})"


def _when(published: date | None, precision: str) -> str:
    """A publication date in French, as precise as it is: '18/06/2024', 'septembre 2023' or '2023'."""
    if published is None:
        return ""
    if precision == "month":
        return f"{month_names()[published.month - 1]} {published.year}"
    return str(published.year) if precision == "year" else fr_date(published)


def row_published_label(row: Mapping[str, Any]) -> str:
    """`published_label` of an event or document row."""
    published = to_date(row.get("published"))
    return published_label(published, str(row.get("published_origin")), str(row.get("published_precision")))


def uncertainty_reasons(vague: bool, origin: str, anchor: str, kind: str) -> list[str]:
    """Why an event's placement is uncertain (empty when it is not).

    An inferred publication date only matters for dates resolved against it (anchor dct or previous) and for
    reported statements, which are placed at it.
    """
    reasons: list[str] = []
    if vague:
        reasons.append(REASON_VAGUE)
    if origin in ("inferred", "corpus") and (anchor in ("dct", "previous") or kind == "reported"):
        reasons.append(REASON_INFERRED if origin == "inferred" else REASON_CORPUS)
    if kind == "reported":
        reasons.append(REASON_REPORTED)
    return reasons


def segments(text: str, start: int, end: int) -> list[Segment]:
    """`text` cut into (before, marked, after); offsets clamped, an empty or invalid span marks nothing."""
    n = len(text)
    s, e = max(0, min(start, n)), max(0, min(end, n))
    if start < 0 or e <= s:
        return [(text, False)] if text else []
    out: list[Segment] = [(text[:s], False), (text[s:e], True), (text[e:], False)]
    return [p for p in out if p[0]]


def nested_segments(text: str, outer: tuple[int, int], inner: tuple[int, int]) -> list[tuple[str, int]]:
    """`text` cut by two nested spans (the sentence, then the date expression): level 0, 1 or 2 per piece."""
    cuts = sorted({0, len(text), *(max(0, min(x, len(text))) for x in (*outer, *inner))})
    out: list[tuple[str, int]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a == b:
            continue
        level = int(outer[0] <= a and b <= outer[1]) + int(inner[0] <= a and b <= inner[1] and inner[0] >= 0)
        out.append((text[a:b], level))
    return out


def marked_html(pieces: Sequence[tuple[str, int]] | Sequence[Segment]) -> str:
    """Safe HTML of text pieces: every piece escaped, marked ones wrapped in <mark> (level 2 bold too)."""
    parts: list[str] = []
    for text, level in pieces:
        esc = html.escape(text, quote=True).replace("\n", "<br>")
        lvl = int(level)
        if lvl >= 2:
            parts.append(f"<mark><b>{esc}</b></mark>")
        elif lvl == 1:
            parts.append(f"<mark>{esc}</mark>")
        else:
            parts.append(esc)
    return '<div class="frise-texte">' + "".join(parts) + "</div>"


def sentence_pieces(row: Mapping[str, Any]) -> list[Segment]:
    """The event's sentence with its date expression marked (offsets are document offsets)."""
    sentence = str(row.get("sentence") or "")
    base = int(row.get("sentence_start") or 0)
    return segments(sentence, int(row.get("char_start", -1)) - base, int(row.get("char_end", -1)) - base)


def article_pieces(text: str, row: Mapping[str, Any]) -> list[tuple[str, int]]:
    """The whole article with the event's sentence marked (1) and its date expression marked more (2)."""
    s0 = int(row.get("sentence_start") or 0)
    s1 = s0 + len(str(row.get("sentence") or ""))
    return nested_segments(text, (s0, s1), (int(row.get("char_start", -1)), int(row.get("char_end", -1))))


def facet_label(value: str, count: int) -> str:
    """'France (12)': a multiselect option label (plain text)."""
    return f"{value} ({count})"


def event_from_chart_selection(selection: Any) -> str | None:
    """The event id of the first selected chart point (customdata[0]), if any."""
    try:
        points = selection["selection"]["points"]
    except (KeyError, TypeError):
        points = getattr(getattr(selection, "selection", None), "points", None)
    for point in points or ():
        data = point.get("customdata") if isinstance(point, Mapping) else None
        if isinstance(data, Sequence) and not isinstance(data, str) and data and isinstance(data[0], str):
            return data[0]
    return None


def event_from_table_selection(selection: Any, event_ids: Sequence[str]) -> str | None:
    """The event id of the first selected table row, if any."""
    try:
        rows = selection["selection"]["rows"]
    except (KeyError, TypeError):
        rows = getattr(getattr(selection, "selection", None), "rows", None)
    for r in rows or ():
        if isinstance(r, int) and 0 <= r < len(event_ids):
            return event_ids[r]
    return None


def picked(selection: Any, ids: Sequence[str], from_chart: bool) -> str | None:
    """The id a chart point (its customdata[0]) or a table row (its position in `ids`) selects, if any."""
    pick = event_from_chart_selection(selection) if from_chart else None
    return pick or event_from_table_selection(selection, ids)


TABLE_COLUMNS: dict[str, str] = {
    "date_start": "Début",
    "date_end": "Fin",
    "granularity": "Granularité",
    "date_text": "Expression",
    "sentence": "Phrase",
    "persons": "Personnes",
    "countries": "Pays",
    "organisations": "Organisations",
    "topics": "Thèmes",
    "source": "Source",
    "title": "Titre",
}


def table_frame(df: pd.DataFrame) -> pd.DataFrame:
    """The visible events as a display table (French headers, lists joined, dates as dates)."""
    out = pd.DataFrame(index=df.index)
    for col, label in TABLE_COLUMNS.items():
        series = df[col]
        if col in ("persons", "countries", "organisations", "topics"):
            out[label] = [", ".join(v) for v in series]
        elif col in ("date_start", "date_end"):
            out[label] = [to_date(v) for v in series]
        elif col == "granularity":
            out[label] = [GRANULARITY_LABELS.get(str(v), str(v)) for v in series]
        else:
            out[label] = series.astype(str)
    return out.reset_index(drop=True)


@dataclass(frozen=True)
class EventDetail:
    """What the detail panel shows of one event, as plain strings."""

    date_text: str
    interval: str
    granularity: str
    anchor: str
    persons: str
    countries: str
    organisations: str
    topics: str
    title: str
    source: str
    url: str
    published: str
    reasons: str


def event_detail(row: Mapping[str, Any]) -> EventDetail:
    """The detail panel's fields for one event row."""
    start, end = to_date(row.get("date_start")), to_date(row.get("date_end"))
    gran = str(row.get("granularity") or "unknown")
    reasons = uncertainty_reasons(
        bool(row.get("vague")), str(row.get("published_origin")), str(row.get("anchor")), str(row.get("kind"))
    )
    return EventDetail(
        date_text=str(row.get("date_text") or ""),
        interval=interval_label(start, end, gran),
        granularity=GRANULARITY_LABELS.get(gran, gran),
        anchor=ANCHOR_LABELS.get(str(row.get("anchor")), str(row.get("anchor"))),
        persons=", ".join(row.get("persons") or ()) or "—",
        countries=", ".join(row.get("countries") or ()) or "—",
        organisations=", ".join(row.get("organisations") or ()) or "—",
        topics=", ".join(row.get("topics") or ()) or "—",
        title=str(row.get("title") or ""),
        source=str(row.get("source") or ""),
        url=str(row.get("url") or ""),
        published=row_published_label(row),
        reasons="; ".join(reasons),
    )


def is_web_url(url: str) -> bool:
    """True for http(s) addresses with a host (javascript:, data: and the like are never made links)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return (
        parts.scheme in ("http", "https") and bool(parts.netloc) and not any(c.isspace() for c in url.strip())
    )


# --- page state: widget keys <-> ViewState ------------------------------------------------------------

DEFAULT_COLLECTION = "exemple"
FACET_WIDGETS: tuple[tuple[str, str, str], ...] = (
    ("persons", "persons", "Personnes"),
    ("countries", "countries", "Pays"),
    ("organisations", "organisations", "Organisations"),
    ("topics", "topics", "Thèmes"),
    ("sources", "source", "Sources"),
    ("doc_ids", "doc_id", "Documents"),
)
"""(Filters field, store column, French label) of each multiselect facet."""


def widget_key(name: str) -> str:
    """Session-state key of the widget for a Filters field."""
    return f"f_{name}"


def widget_values(state: Any, default_collection: str = DEFAULT_COLLECTION) -> dict[str, Any]:
    """Session-state values that make the widgets show `state` (a urlstate.ViewState)."""
    f = state.filters
    values: dict[str, Any] = {widget_key(name): list(getattr(f, name)) for name, _, _ in FACET_WIDGETS}
    values.update(
        {
            widget_key("granularities"): list(f.granularities),
            widget_key("start"): f.start,
            widget_key("end"): f.end,
            widget_key("text"): f.text,
            widget_key("include_reported"): f.include_reported,
            "lanes": state.lanes,
            "collection": state.collection or default_collection,
            "event": state.event_id,
        }
    )
    return values


def state_from_session(session: Mapping[str, Any], default_collection: str = DEFAULT_COLLECTION) -> Any:
    """The ViewState the widgets currently show (inverse of `widget_values`)."""
    from timeline.filters import Filters
    from timeline.urlstate import LANES, ViewState

    def get(name: str, default: Any) -> Any:
        v = session.get(widget_key(name), default)
        return default if v is None and default is not None else v

    start, end = get("start", None), get("end", None)
    filters = Filters(
        **{name: tuple(get(name, ()) or ()) for name, _, _ in FACET_WIDGETS},
        granularities=tuple(get("granularities", ()) or ()),
        start=to_date(start),
        end=to_date(end),
        text=str(get("text", "") or ""),
        include_reported=bool(get("include_reported", True)),
    )
    collection = str(session.get("collection") or default_collection)
    lanes = str(session.get("lanes") or LANES[0])
    return ViewState(
        filters=filters,
        event_id=session.get("event") or None,
        lanes=lanes if lanes in LANES else LANES[0],
        collection=None if collection == default_collection else collection,
    )


def filters_key(filters: Any) -> str:
    """A canonical text of a Filters value (a cache key that does not depend on pickling)."""
    from timeline.urlstate import ViewState, to_query

    return repr(sorted(to_query(ViewState(filters=filters)).items()))


def facet_options(
    counts: Sequence[tuple[str, int]], selected: Sequence[str], names: Mapping[str, str] | None = None
) -> tuple[list[str], dict[str, str]]:
    """Multiselect options (values, selected ones kept even at zero) and their 'name (count)' labels.

    Streamlit keeps a multiselect's state as the *labels*, so labels must be stable across reruns (pass
    collection-wide counts, not counts that follow the other filters) and unique (`names` shows a document id
    under its title; a repeated title gets the start of its id).
    """
    names = names or {}
    options = [v for v, _ in counts]
    n_of = dict(counts)
    for v in selected:
        if v not in n_of:
            options.append(v)
            n_of[v] = 0
    labels: dict[str, str] = {}
    used: set[str] = set()
    for v in options:
        label = facet_label(names.get(v) or v, n_of[v])
        if label in used:
            label = facet_label(f"{names.get(v) or v} · {v[:8]}", n_of[v])
        used.add(label)
        labels[v] = label
    return options, labels


def clean_selection(values: Sequence[str], labels: Mapping[str, str]) -> list[str]:
    """Selected values with stale labels mapped back to their value.

    When the data change (articles added), a selected option's label changes ("Russie (6)" becomes
    "Russie (7)") and Streamlit hands back the old label as if it were a value: map it back.
    """
    by_label = {lb: v for v, lb in labels.items()}
    out: list[str] = []
    for v in values:
        if v in labels:
            out.append(v)
        elif v in by_label:
            out.append(by_label[v])
        else:
            base = re.sub(r" \(\d+\)$", "", v)
            out.append(base if base in labels else v)
    return list(dict.fromkeys(out))


def event_options(
    df: pd.DataFrame, selected: str | None, limit: int = 2000
) -> tuple[list[str], dict[str, str]]:
    """Event-picker options (ids, the selected one kept) and 'date · short sentence' labels (plain text)."""
    head = df.head(limit)
    ids = head["event_id"].astype(str).to_list()
    labels = {
        i: f"{fr_date(to_date(s))} · {_short(str(t) or str(title))}"
        for i, s, t, title in zip(ids, head["date_start"], head["sentence"], head["title"], strict=True)
    }
    if selected and selected not in labels:
        match = df[df["event_id"] == selected]
        if not match.empty:
            row = match.iloc[0]
            ids.append(selected)
            labels[selected] = f"{fr_date(to_date(row['date_start']))} · {_short(str(row['sentence']))}"
    return ids, unique_labels(labels)


def unique_labels(labels: Mapping[str, str]) -> dict[str, str]:
    """The same labels, a repeated one followed by ' · 2', ' · 3'...

    Streamlit keeps a selectbox's or multiselect's state as the displayed label: two options with one label
    would be one option.
    """
    seen: dict[str, int] = {}
    out: dict[str, str] = {}
    for key, label in labels.items():
        n = seen.get(label, 0) + 1
        seen[label] = n
        out[key] = label if n == 1 else f"{label} · {n}"
    return out


def document_labels(docs: pd.DataFrame) -> dict[str, str]:
    """doc_id -> 'title (publication date)', unique (the document picker's labels); a month-precise date reads
    'septembre 2023' (see `published_label`)."""
    raw = {
        str(i): f"{t or '(sans titre)'} ({_when(to_date(p), str(k)) or 'date inconnue'})"
        for i, t, p, k in zip(
            docs["doc_id"], docs["title"], docs["published"], docs["published_precision"], strict=True
        )
    }
    return unique_labels(raw)


def _short(text: str, limit: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def detail_rows(d: EventDetail) -> pd.DataFrame:
    """The detail panel as a two-column table (rendered as plain text cells)."""
    rows = [
        ("Expression datée", d.date_text or "(propos rapporté, sans date propre)"),
        ("Intervalle", d.interval),
        ("Granularité", d.granularity),
        ("Ancrage", d.anchor),
        ("Incertitude", d.reasons or "—"),
        ("Personnes", d.persons),
        ("Pays", d.countries),
        ("Organisations", d.organisations),
        ("Thèmes", d.topics),
        ("Titre", d.title),
        ("Source", d.source),
        ("Adresse", d.url),
        ("Publication", d.published),
    ]
    return pd.DataFrame(rows, columns=["Champ", "Valeur"])


def documents_frame(docs: pd.DataFrame) -> pd.DataFrame:
    """The documents panel: title, source, publication date with its origin, number of events."""
    return pd.DataFrame(
        {
            "Titre": docs["title"].astype(str),
            "Source": docs["source"].astype(str),
            "Publication": [
                published_label(to_date(p), str(o), str(k))
                for p, o, k in zip(
                    docs["published"], docs["published_origin"], docs["published_precision"], strict=True
                )
            ],
            "Événements": docs["n_events"].astype(int),
            "Identifiant": docs["doc_id"].astype(str),
        }
    )


EAGER_EXPORT_LIMIT = 500
"""Up to this many visible events the export files are built with the page; beyond, on click (building the
four files of 5,000 events took 1.2 s of every rerun)."""

EXPORTS: tuple[tuple[str, str, str, str], ...] = (
    ("csv", "CSV (virgule)", "frise.csv", "text/csv"),
    ("csv_fr", "CSV (point-virgule, Excel français)", "frise-excel-fr.csv", "text/csv"),
    ("json", "JSON", "frise.json", "application/json"),
    ("timelinejs", "TimelineJS", "frise-timelinejs.json", "application/json"),
)
"""(kind, button label, file name, MIME type) of each download."""


def export_bytes(kind: str, df: pd.DataFrame) -> bytes:
    """The file of one export kind for the visible events."""
    from timeline import export

    if kind == "csv":
        return export.to_csv_bytes(df, ",")
    if kind == "csv_fr":
        return export.to_csv_bytes(df, ";")
    if kind == "json":
        return export.to_json_bytes(df)
    if kind == "timelinejs":
        return export.to_timelinejs_bytes(df)
    raise ValueError(f"export inconnu : {kind}")


MIN_DATE = date(1000, 1, 1)
MAX_DATE = date(2999, 12, 31)
"""Bounds of the page's date pickers (Streamlit's default is ten years around today)."""
