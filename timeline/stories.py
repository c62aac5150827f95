"""Group the reports of one real-world event across articles into stories (issue 8).

Reads an events frame (schema columns); writes a story id per event and one `Story` record per group.
Two dated events join when their intervals are compatible (overlap, or day-precise and at most
`NEAR_DAYS` apart, which is then reported as a conflict), and their sentences say the same thing: shared
content words (prefix stems: cheap, deterministic and good enough to compare two sentences on one event) and
shared actors. Every join keeps its reason, so a reader can check why reports were merged.
User choices (split an event out, merge two stories) are applied last; they name events by their stable
`event_id`, so they survive a re-extraction.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

import pandas as pd

from timeline.schema import stable_id

NEAR_DAYS = 2
"""Day-precise reports this close can be one event told with another day: joined, flagged as a conflict."""
W_TEXT, W_ACTORS, W_DATE = 1.0, 0.2, 0.2
"""Weights of the pair score: shared content words (Dice), shared people and organisations (Jaccard), and how
precise the agreeing dates are."""
MIN_SCORE = 0.3
"""Least pair score to join two reports."""
STEM = 6
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_FINE = {"day", "weekend", "week", "part"}
INPUT_COLUMNS: tuple[str, ...] = (
    "event_id", "doc_id", "kind", "date_start", "date_end", "vague", "granularity", "value", "sentence",
    "sentence_start", "char_start", "date_text", "persons", "countries", "organisations", "topics",
    "published", "source", "title",
)
"""The event columns `group_events` reads (a caller may pass a frame with only these)."""


@functools.cache  # loaded on first use: importing spaCy costs seconds, and the page imports this module
def _stop_words() -> frozenset[str]:
    from spacy.lang.fr.stop_words import STOP_WORDS  # spaCy's French stop list: data, no model needed

    return frozenset(_fold(w) for w in STOP_WORDS)


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s.lower()).encode("ascii", "ignore").decode()


def content_stems(sentence: str, skip: Sequence[tuple[int, int]] = ()) -> frozenset[str]:
    """Stems of the content words of a sentence (stop words, numbers and the `skip` spans left out)."""
    for a, b in sorted(skip, reverse=True):
        if 0 <= a < b <= len(sentence):
            sentence = sentence[:a] + " " + sentence[b:]
    out = set()
    stop = _stop_words()
    for m in _WORD.finditer(sentence):
        w = _fold(m.group())
        if w not in stop:
            out.add(w[:STEM])
    return frozenset(out)


@dataclass(frozen=True)
class Claim:
    """What one source says of the story's date."""

    event_id: str
    doc_id: str
    source: str
    title: str
    date_text: str
    date_start: date
    date_end: date
    granularity: str


@dataclass(frozen=True)
class Story:
    """A group of events telling one real-world event."""

    story_id: str
    event_ids: tuple[str, ...]
    doc_ids: tuple[str, ...]
    n_sources: int
    date_start: date
    date_end: date
    granularity: str
    conflict: bool
    claims: tuple[Claim, ...]
    reasons: tuple[str, ...] = field(default=())


Override = tuple[Literal["split", "merge"], str, str]
"""A user's choice: ("split", event_id, "") takes an event out of its story; ("merge", event_a, event_b) joins
the stories of two events."""


class _Union:
    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {i: i for i in items}

    def find(self, i: str) -> str:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass(frozen=True)
class _Item:
    event_id: str
    doc_id: str
    start: date
    end: date
    granularity: str
    stems: frozenset[str]
    actors: frozenset[str]
    row: dict[str, Any]


def _items(df: pd.DataFrame) -> list[_Item]:
    items = []
    for rec in df.to_dict("records"):
        r = {str(k): v for k, v in rec.items()}
        if r["kind"] != "dated" or pd.isna(r["date_start"]) or pd.isna(r["date_end"]) or r["vague"]:
            continue
        s0 = int(r["char_start"]) - int(r["sentence_start"])
        skip = [(s0, s0 + len(r["date_text"]))] if r["date_text"] else []
        items.append(
            _Item(
                event_id=r["event_id"],
                doc_id=r["doc_id"],
                start=pd.Timestamp(r["date_start"]).date(),
                end=pd.Timestamp(r["date_end"]).date(),
                granularity=str(r["granularity"]),
                stems=content_stems(r["sentence"], skip),
                actors=frozenset(tuple(r["persons"]) + tuple(r["organisations"])),
                row=r,
            )
        )
    return items


def _dates_fit(a: tuple[date, date, str], b: tuple[date, date, str]) -> tuple[bool, bool]:
    """(compatible, conflicting): overlapping intervals fit; close day-precise ones fit with a conflict."""
    if a[0] <= b[1] and b[0] <= a[1]:
        return True, False
    if a[2] in _FINE and b[2] in _FINE:
        gap = min(abs((a[0] - b[1]).days), abs((b[0] - a[1]).days))
        if gap <= NEAR_DAYS:
            return True, True
    return False, False


def _specificity(a: _Item, b: _Item) -> float:
    """How much agreeing dates say: two matching days say much, two matching years little."""
    width = max((a.end - a.start).days, (b.end - b.start).days) + 1
    return 1.0 if width <= 3 else 0.7 if width <= 31 else 0.4 if width <= 100 else 0.1


def pair_score(a: _Item, b: _Item) -> tuple[float, str]:
    """How surely two reports of different articles tell the same event (0 when they cannot), and why."""
    fits, conflict = _dates_fit((a.start, a.end, a.granularity), (b.start, b.end, b.granularity))
    if not fits or a.doc_id == b.doc_id or not a.stems or not b.stems:
        return 0.0, ""
    common = a.stems & b.stems
    if not common:
        return 0.0, ""
    text = 2 * len(common) / (len(a.stems) + len(b.stems))
    shared = a.actors & b.actors
    actors = len(shared) / len(a.actors | b.actors) if a.actors | b.actors else 0.0
    score = W_TEXT * text + W_ACTORS * actors + W_DATE * _specificity(a, b)
    if score < MIN_SCORE:
        return 0.0, ""
    why = f"dates compatibles ({_span(a)} / {_span(b)}{', en désaccord' if conflict else ''})"
    if shared:
        why += "; acteurs communs : " + ", ".join(sorted(shared))
    why += "; mots communs : " + ", ".join(sorted(common)[:6])
    return score, why


def _span(i: _Item) -> str:
    return i.start.isoformat() if i.start == i.end else f"{i.start.isoformat()}..{i.end.isoformat()}"


def _merged(a: tuple[date, date, str], b: tuple[date, date, str]) -> tuple[date, date, str] | None:
    """The interval a story keeps after a merge (intersection, or hull of near days); None if they clash."""
    fits, conflict = _dates_fit(a, b)
    if not fits:
        return None
    if conflict:
        return min(a[0], b[0]), max(a[1], b[1]), "day"
    return max(a[0], b[0]), min(a[1], b[1]), a[2] if (a[1] - a[0]) <= (b[1] - b[0]) else b[2]


def group_events(df: pd.DataFrame, overrides: Sequence[Override] = ()) -> tuple[pd.Series, list[Story]]:
    """A story id for every row of `df` (empty for events that cannot be dated) and the stories.

    Pairs of reports from different articles are scored, then merged best first, and a merge happens only
    when the two stories' dates still agree (so one wide date cannot chain unrelated events together).
    Candidates are compared only within a sliding window of overlapping intervals (events sorted by start),
    so the work stays near-linear for a long corpus.
    """
    items = _items(df)
    by_id = {i.event_id: i for i in items}
    uf = _Union(by_id)
    span = {i.event_id: (i.start, i.end, i.granularity) for i in items}
    pairs: list[tuple[float, str, str, str]] = []
    ordered = sorted(items, key=lambda i: (i.start, i.end))
    for k, a in enumerate(ordered):
        for b in ordered[k + 1 :]:
            if b.start > a.end and (b.start - a.end).days > NEAR_DAYS:
                break
            score, why = pair_score(a, b)
            if score > 0:
                pairs.append((score, a.event_id, b.event_id, why))
    reasons: dict[str, list[str]] = defaultdict(list)
    for _score, a_id, b_id, why in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        ra, rb = uf.find(a_id), uf.find(b_id)
        if ra == rb:
            continue
        merged = _merged(span[ra], span[rb])
        if merged is None:
            continue
        uf.union(ra, rb)
        span[uf.find(ra)] = merged
        reasons[a_id].append(why)
    _apply_overrides(uf, by_id, overrides)
    members: dict[str, list[_Item]] = defaultdict(list)
    for i in items:
        members[uf.find(i.event_id)].append(i)
    stories = [_story(group, reasons, overrides) for group in members.values()]
    story_of = {e: s.story_id for s in stories for e in s.event_ids}
    ids = pd.Series(
        [story_of.get(e, "") for e in df["event_id"]], index=df.index, dtype="str", name="story_id"
    )
    return ids, sorted(stories, key=lambda s: (s.date_start, s.story_id))


def _apply_overrides(uf: _Union, by_id: dict[str, _Item], overrides: Sequence[Override]) -> None:
    for action, a, b in overrides:
        if a not in by_id:
            continue
        if action == "split":
            root = uf.find(a)
            rest = [e for e in by_id if e != a and uf.find(e) == root]
            uf.parent[a] = a
            if rest:
                new_root = min(rest)
                for e in rest:
                    uf.parent[e] = new_root
        elif action == "merge" and b in by_id:
            uf.union(a, b)


def _story(group: list[_Item], reasons: dict[str, list[str]], overrides: Sequence[Override]) -> Story:
    group = sorted(group, key=lambda i: (i.row["published"] is None, i.doc_id, i.event_id))
    start = max(i.start for i in group)
    end = min(i.end for i in group)
    conflict = start > end
    if conflict:
        # Sources disagree: show the finest interval most of them give.
        votes: dict[tuple[date, date], int] = defaultdict(int)
        for i in group:
            votes[(i.start, i.end)] += 1
        (start, end) = max(votes, key=lambda k: (votes[k], -(k[1] - k[0]).days, -k[0].toordinal()))
        best = next(i for i in group if (i.start, i.end) == (start, end))
    else:
        inside = [i for i in group if start <= i.start and i.end <= end]
        best = min(inside, key=lambda i: (i.end - i.start).days) if inside else group[0]
        start, end = (best.start, best.end) if inside else (start, end)
    ids = tuple(sorted(i.event_id for i in group))
    doc_ids = tuple(dict.fromkeys(i.doc_id for i in group))
    why = [w for i in group for w in reasons.get(i.event_id, [])]
    why += [f"choix de l'utilisateur : {a} {x} {y}".strip() for a, x, y in overrides if x in ids or y in ids]
    return Story(
        story_id=stable_id("story", ids[0]),
        event_ids=ids,
        doc_ids=doc_ids,
        n_sources=len(doc_ids),
        date_start=start,
        date_end=end,
        granularity=best.granularity,
        conflict=conflict,
        claims=tuple(
            Claim(
                i.event_id,
                i.doc_id,
                str(i.row["source"]),
                str(i.row["title"]),
                str(i.row["date_text"]),
                i.start,
                i.end,
                i.granularity,
            )
            for i in group
        ),
        reasons=tuple(why),
    )


def pairwise_scores(predicted: dict[str, str], gold: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall of a grouping against gold groups (over the items both name)."""
    keys = sorted(set(predicted) & set(gold))
    tp = fp = fn = 0
    for x in range(len(keys)):
        for y in range(x + 1, len(keys)):
            same_p = predicted[keys[x]] == predicted[keys[y]]
            same_g = gold[keys[x]] == gold[keys[y]]
            tp += same_p and same_g
            fp += same_p and not same_g
            fn += same_g and not same_p
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)
