"""Exports: Excel-safe CSV, JSON, TimelineJS JSON (issues 5 and 7)."""

from __future__ import annotations

import io
import json
from datetime import date

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.export import (
    STORY_COLUMNS,
    csv_columns,
    neutralise,
    read_csv,
    read_events_csv,
    timelinejs_dict,
    to_csv_bytes,
    to_json_bytes,
    unneutralise,
)
from timeline.schema import COLUMNS, LIST_SEPARATOR, Event, event_id
from timeline.table import events_to_frame

HEADER = (*COLUMNS, *STORY_COLUMNS)


def make_event(**kw: object) -> Event:
    base: dict[str, object] = dict(
        event_id=event_id("d1", 10, 20, 0),
        doc_id="d1",
        title="Sommet à Paris",
        source="Le Quotidien",
        url="https://exemple.fr/a",
        published=date(2024, 6, 18),
        published_precision="day",
        published_origin="given",
        date_start=date(2024, 6, 17),
        date_end=date(2024, 6, 17),
        granularity="day",
        value="2024-06-17",
        anchor="dct",
        vague=False,
        date_text="hier",
        char_start=10,
        char_end=14,
        sentence="Le président a parlé hier.",
        sentence_start=0,
        persons=("Emmanuel Macron",),
        countries=("France", "Allemagne"),
        organisations=(),
        topics=("politique",),
        kind="dated",
        confidence=0.9,
    )
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


GOLDEN_CSV = (
    "\ufeff"
    + ",".join(f'"{c}"' for c in HEADER)
    + "\r\n"
    + '"'
    + event_id("d1", 10, 20, 0)
    + '","d1","Sommet à Paris","Le Quotidien","https://exemple.fr/a","2024-06-18","day","given",'
    '"2024-06-17","2024-06-17","day","2024-06-17","dct","false","hier","10","14",'
    '"Le président a parlé hier.","0","Emmanuel Macron","France | Allemagne","","politique","dated","0.9",'
    '"",""\r\n'
)


def test_csv_golden_bytes() -> None:
    data = to_csv_bytes(events_to_frame([make_event()]))
    assert data == GOLDEN_CSV.encode("utf-8")
    assert data.startswith(b"\xef\xbb\xbf")


def test_csv_semicolon_for_french_excel() -> None:
    data = to_csv_bytes(events_to_frame([make_event(sentence="a;b, c")]), sep=";")
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == ";".join(f'"{c}"' for c in HEADER)
    assert '"a;b, c"' in text
    back = read_csv(data)
    assert list(back.columns) == list(HEADER)
    assert back.loc[0, "sentence"] == "a;b, c"


def test_csv_rejects_unknown_separator() -> None:
    with pytest.raises(ValueError, match="séparateur"):
        to_csv_bytes(events_to_frame([make_event()]), sep="\t")


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+33 1 23", "'+33 1 23"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("\n=1", "'\n=1"),
        ("\x00=1", "'\x00=1"),
        ("'déjà", "''déjà"),
        ("Paris = capitale", "Paris = capitale"),
        ("", ""),
    ],
    ids=["equals", "plus", "minus", "at", "tab", "cr", "lf", "nul", "quote", "inner-equals", "empty"],
)
def test_neutralise_table(cell: str, written: str) -> None:
    assert neutralise(cell) == written
    assert unneutralise(written) == cell


def test_csv_neutralises_text_but_not_numbers_or_dates() -> None:
    ev = make_event(
        sentence="=1+1", title="-titre", persons=("@bob",), char_start=-1, char_end=-1, confidence=-0.5
    )
    data = to_csv_bytes(events_to_frame([ev]))
    raw = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert raw.loc[0, "sentence"] == "'=1+1"
    assert raw.loc[0, "title"] == "'-titre"
    assert raw.loc[0, "persons"] == "'@bob"
    assert raw.loc[0, "char_start"] == "-1"
    assert raw.loc[0, "confidence"] == "-0.5"
    assert raw.loc[0, "date_start"] == "2024-06-17"


def test_bare_cr_does_not_split_rows() -> None:
    evs = [make_event(sentence="ligne\rcoupée"), make_event(event_id="e2", sentence="deux\r\ntrois\n")]
    back = read_csv(to_csv_bytes(events_to_frame(evs)))
    assert len(back) == 2
    assert list(back["sentence"]) == ["ligne\rcoupée", "deux\r\ntrois\n"]


HOSTILE = st.sampled_from(
    [
        "NA",
        "null",
        "NULL",
        "N/A",
        "nan",
        "None",
        "",
        '"',
        '""',
        ",",
        ";",
        "\r",
        "\n",
        "\x00",
        "=",
        "'",
        "-",
        " | ",
    ]
)
TEXT = st.one_of(
    HOSTILE,
    st.text(alphabet=st.characters(codec="utf-8"), max_size=30),
    st.lists(HOSTILE, max_size=5).map("".join),
)
NAME = st.text(st.characters(codec="utf-8", exclude_characters="|"), min_size=1, max_size=12).filter(
    lambda s: LIST_SEPARATOR not in s
)


@st.composite
def events(draw: st.DrawFn) -> Event:
    start = draw(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 1, 1)))
    return make_event(
        event_id=draw(st.text(alphabet="0123456789abcdef", min_size=16, max_size=16)),
        title=draw(TEXT),
        source=draw(TEXT),
        url=draw(TEXT),
        published=draw(st.dates(min_value=date(1000, 1, 1))),
        date_start=start,
        date_end=start,
        value=draw(TEXT),
        date_text=draw(TEXT),
        sentence=draw(TEXT),
        char_start=draw(st.integers(-1, 10**9)),
        vague=draw(st.booleans()),
        persons=tuple(draw(st.lists(NAME, max_size=3))),
        countries=tuple(draw(st.lists(NAME, max_size=3))),
        organisations=tuple(draw(st.lists(NAME, max_size=3))),
        topics=tuple(draw(st.lists(NAME, max_size=3))),
        confidence=draw(st.floats(0, 1)),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    evs=st.lists(events(), min_size=1, max_size=4, unique_by=lambda e: e.event_id),
    sep=st.sampled_from([",", ";"]),
)
def test_csv_round_trip_is_exact(evs: list[Event], sep: str) -> None:
    """Export, read back (dtype=str, keep_default_na=False), undo the neutralisation: the input exactly."""
    data = to_csv_bytes(events_to_frame(evs), sep=sep)
    raw = pd.read_csv(io.BytesIO(data), sep=sep, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert len(raw) == len(evs)
    for i, ev in enumerate(evs):
        assert unneutralise(raw.loc[i, "sentence"]) == ev.sentence
        assert unneutralise(raw.loc[i, "title"]) == ev.title
        assert unneutralise(raw.loc[i, "date_text"]) == ev.date_text
        assert unneutralise(raw.loc[i, "persons"]) == LIST_SEPARATOR.join(ev.persons)
    assert read_events_csv(data) == evs


def test_json_export() -> None:
    ev = make_event(sentence='guillemets " et \\ et </script>')
    data = json.loads(to_json_bytes(events_to_frame([ev])))
    assert list(data[0]) == list(HEADER)
    assert data[0]["story_id"] is None and data[0]["story_sources"] is None
    assert data[0]["sentence"] == ev.sentence
    assert data[0]["countries"] == ["France", "Allemagne"]
    assert data[0]["date_start"] == "2024-06-17"
    assert data[0]["vague"] is False


def test_timelinejs_escapes_every_text_and_keeps_precision() -> None:
    evil = '<img src=x onerror=alert(1)> & "q"'
    evs = [
        make_event(
            sentence=evil, title="<b>t</b>", source="<i>s</i>", topics=("<script>",), date_text="<u>hier</u>"
        ),
        make_event(
            event_id="e2", date_start=date(2024, 3, 1), date_end=date(2024, 3, 31), granularity="month"
        ),
        make_event(
            event_id="e3", date_start=date(1990, 1, 1), date_end=date(1999, 12, 31), granularity="decade"
        ),
    ]
    doc = timelinejs_dict(events_to_frame(evs))
    dumped = json.dumps(doc)
    assert "<img" not in dumped and "<b>" not in dumped and "<script>" not in dumped and "<u>" not in dumped
    first = doc["events"][0]
    assert first["text"]["text"].startswith("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;")
    assert first["group"] == "&lt;script&gt;"
    assert first["start_date"] == {
        "year": "2024",
        "month": "6",
        "day": "17",
        "display_date": "&lt;u&gt;hier&lt;/u&gt;",
    }
    assert "end_date" not in first
    assert doc["events"][1]["start_date"]["month"] == "3" and "day" not in doc["events"][1]["start_date"]
    assert doc["events"][1]["end_date"] == {"year": "2024", "month": "3"}
    assert doc["events"][2]["end_date"] == {"year": "1999"}


def test_empty_frame_exports_header_only() -> None:
    data = to_csv_bytes(events_to_frame([]))
    assert data.decode("utf-8-sig") == ",".join(f'"{c}"' for c in HEADER) + "\r\n"
    assert json.loads(to_json_bytes(events_to_frame([]))) == []


def test_unknown_publication_date_is_an_empty_cell() -> None:
    ev = make_event(published=None, published_precision="unknown", published_origin="none")
    frame = pd.DataFrame([{c: getattr(ev, c) for c in COLUMNS}])
    data = to_csv_bytes(frame)
    assert read_csv(data).loc[0, "published"] == ""
    assert read_events_csv(data) == [ev]
    assert json.loads(to_json_bytes(frame))[0]["published"] is None


def _with_stories(evs: list[Event], stories: list[tuple[str, int]]) -> pd.DataFrame:
    frame = events_to_frame(evs)
    frame["story_id"] = [s for s, _ in stories]
    frame["story_sources"] = [n for _, n in stories]
    frame["story_conflict"] = [False] * len(evs)
    return frame


def test_story_columns_follow_the_schema_columns_and_read_back() -> None:
    evs = [make_event(), make_event(event_id="e2"), make_event(event_id="e3")]
    frame = _with_stories(evs, [("=cmd|x", 3), ("abc", 1), ("", 0)])
    assert tuple(csv_columns()) == HEADER
    for sep in (",", ";"):
        data = to_csv_bytes(frame, sep)
        lines = data.decode("utf-8-sig").split("\r\n")
        assert lines[0].split(sep)[-2:] == ['"story_id"', '"story_sources"']
        assert lines[1].endswith(f'"\'=cmd|x"{sep}"3"')  # neutralised like the other text cells
        assert lines[3].endswith(f'""{sep}""')  # no story: empty cells, not 0
        back = read_csv(data)
        assert back["story_id"].to_list() == ["=cmd|x", "abc", ""]
        assert back["story_sources"].to_list() == ["3", "1", ""]
        assert read_events_csv(data) == evs  # the extra columns are ignored
    records = json.loads(to_json_bytes(frame))
    assert [(r["story_id"], r["story_sources"]) for r in records] == [("=cmd|x", 3), ("abc", 1), (None, None)]
    assert list(records[0])[-2:] == ["story_id", "story_sources"]


def test_timelinejs_names_the_sources_of_a_story() -> None:
    frame = _with_stories([make_event(), make_event(event_id="e2")], [("s1", 4), ("s2", 1)])
    texts = [e["text"]["text"] for e in timelinejs_dict(frame)["events"]]
    assert "4 sources" in texts[0] and "sources" not in texts[1]
