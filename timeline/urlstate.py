"""The page's view <-> URL query parameters, so a copied link reopens the same view.

Pure functions over plain dicts shaped like `st.query_params` (a key holds a string, or a list of strings
for a repeated key); no streamlit import. Defaults are left out of the URL; unknown keys and unreadable
values are ignored (a hand-edited or old link opens the closest view instead of failing).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from timeline.filters import Filters

QueryDict = dict[str, str | list[str]]

LANES: tuple[str, ...] = ("topics", "countries", "persons", "organisations", "source")
"""Facets the timeline can be split into lanes by (the first one is the default)."""

LIST_KEYS: dict[str, str] = {
    "persons": "personne",
    "countries": "pays",
    "organisations": "organisation",
    "topics": "theme",
    "sources": "source",
    "doc_ids": "document",
    "granularities": "granularite",
}
"""Filters field -> URL key (French: the URL is part of what a user reads)."""

KEY_START = "du"
KEY_END = "au"
KEY_TEXT = "q"
KEY_REPORTED = "rapportes"
KEY_EVENT = "evenement"
KEY_LANES = "voies"
KEY_COLLECTION = "collection"
KEY_MODE = "vue"
KEY_STORY = "recit"
MODES: tuple[str, ...] = ("events", "stories")
"""What the timeline shows: single events (default) or stories (events grouped across articles, issue 8)."""
MODE_VALUES: dict[str, str] = {"events": "evenements", "stories": "recits"}
"""Mode -> URL value (French)."""
MAX_VALUE_LEN = 500
"""Longer values are cut: a URL is no place for a whole article."""


@dataclass(frozen=True)
class ViewState:
    """Everything a link restores: the filters, the selected event, the lanes, the collection, and the mode
    (events or stories) with the selected story."""

    filters: Filters = field(default_factory=Filters)
    event_id: str | None = None
    lanes: str = LANES[0]
    collection: str | None = None
    mode: str = MODES[0]
    story_id: str | None = None


def to_query(state: ViewState) -> QueryDict:
    """The URL parameters of `state` (defaults omitted, lists as repeated keys)."""
    f = state.filters
    out: QueryDict = {}
    if state.collection:
        out[KEY_COLLECTION] = state.collection
    for name, key in LIST_KEYS.items():
        values = [v for v in getattr(f, name) if v]
        if values:
            out[key] = list(values)
    if f.start is not None:
        out[KEY_START] = f.start.isoformat()
    if f.end is not None:
        out[KEY_END] = f.end.isoformat()
    if f.text:
        out[KEY_TEXT] = f.text
    if not f.include_reported:
        out[KEY_REPORTED] = "non"
    if state.lanes != LANES[0] and state.lanes in LANES:
        out[KEY_LANES] = state.lanes
    if state.event_id:
        out[KEY_EVENT] = state.event_id
    if state.mode != MODES[0] and state.mode in MODES:
        out[KEY_MODE] = MODE_VALUES[state.mode]
    if state.story_id:
        out[KEY_STORY] = state.story_id
    return out


def _values(query: Mapping[str, str | list[str]], key: str) -> list[str]:
    raw = query.get(key)
    if raw is None:
        return []
    items = [raw] if isinstance(raw, str) else list(raw)
    return [v[:MAX_VALUE_LEN] for v in items if isinstance(v, str) and v]


def _last(query: Mapping[str, str | list[str]], key: str) -> str:
    values = _values(query, key)
    return values[-1] if values else ""


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


def from_query(query: Mapping[str, str | list[str]]) -> ViewState:
    """The view a URL describes (inverse of `to_query`; bad values are dropped)."""
    lists = {name: tuple(dict.fromkeys(_values(query, key))) for name, key in LIST_KEYS.items()}
    start, end = _date(_last(query, KEY_START)), _date(_last(query, KEY_END))
    if start and end and start > end:
        start, end = end, start
    filters = Filters(
        **lists,
        start=start,
        end=end,
        text=_last(query, KEY_TEXT),
        include_reported=_last(query, KEY_REPORTED) != "non",
    )
    lanes = _last(query, KEY_LANES)
    modes = {v: k for k, v in MODE_VALUES.items()}
    return ViewState(
        filters=filters,
        event_id=_last(query, KEY_EVENT) or None,
        lanes=lanes if lanes in LANES else LANES[0],
        collection=_last(query, KEY_COLLECTION) or None,
        mode=modes.get(_last(query, KEY_MODE), MODES[0]),
        story_id=_last(query, KEY_STORY) or None,
    )


def same_query(a: Mapping[str, str | list[str]], b: Mapping[str, str | list[str]]) -> bool:
    """True when two query dicts describe the same parameters (a one-item list equals its string)."""

    def norm(q: Mapping[str, str | list[str]]) -> dict[str, list[str]]:
        return {k: ([v] if isinstance(v, str) else list(v)) for k, v in q.items() if v not in ("", [])}

    return norm(a) == norm(b)
