"""The kind of happening a date expression dates (a visit, a signature, a vote...), from a lexicon as data.

Two reports of one day that name different kinds of happening tell different events even when they share
their actors and place ("signé le 19 juin" and "s'est posé le 19 juin" in Pyongyang); two that name one kind
in other words ("le feu", "les flammes") are closer than their words alone say. No maintained French
library tags event triggers offline, so the nearest word of `data/event_types.json` stands for it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from timeline.stems import fold, stem_of, stem_spans


@dataclass(frozen=True)
class EventKinds:
    """Kinds of happening a date can date (`data/event_types.json`): the words that name each kind
    (`of_written` as written, `of_word` folded for sentences written without accents; not stems, which would
    let "lancé un camion" name a launch), how far from the date such a word may stand, and the pairs of kinds
    that can tell one happening."""

    of_word: dict[str, str]
    reach: int
    compatible: frozenset[frozenset[str]]
    of_written: dict[str, str] = field(default_factory=dict)
    instant: frozenset[str] = frozenset()
    not_kinds: re.Pattern[str] = re.compile(r"(?!)")
    another_same_day: re.Pattern[str] = re.compile(r"(?!)")
    recalling_nouns: frozenset[str] = frozenset()
    retelling_verbs: tuple[str, ...] = ()
    time_elsewhere: tuple[str, ...] = ()
    another_words: tuple[str, ...] = ()
    also_words: tuple[str, ...] = ()
    later_day_parts: dict[str, int] = field(default_factory=dict)

    def clash(self, a: str | None, b: str | None) -> bool:
        """Both reports name a kind of happening, and no one happening is of both kinds."""
        return bool(a and b and a != b and frozenset((a, b)) not in self.compatible)


def _phrase(text: str) -> str:
    """A pattern for a phrase of the lexicon in a lower-cased sentence, either apostrophe."""
    return re.escape(text.lower()).replace("'", "['’]")


def _forms(word: str) -> tuple[str, ...]:
    """A listed word and its plural ("visite", "visites"): the lexicon lists the other forms it needs."""
    return (word,) if word.endswith(("s", "x", "z")) else (word, word + "s")


@lru_cache(maxsize=1)
def event_kinds() -> EventKinds:
    """The kinds of `timeline/data/event_types.json`, loaded once."""
    raw = json.loads(resources.files("timeline").joinpath("data", "event_types.json").read_text("utf-8"))
    listed = [(kind, w) for kind, words in raw["kinds"].items() for w in words]
    return EventKinds(
        of_word={f: kind for kind, w in listed for f in _forms(fold(w))},
        of_written={f: kind for kind, w in listed for f in _forms(w.lower())},
        reach=int(raw["reach"]),
        compatible=frozenset(frozenset(group) for group in raw["compatible"]),
        instant=frozenset(raw["instant"]),
        not_kinds=re.compile("|".join(_phrase(p) for p in raw["not_kinds"]) or "(?!)"),
        another_same_day=re.compile("|".join(_phrase(p) for p in raw["another_same_day"]) or "(?!)"),
        recalling_nouns=frozenset(f for w in raw["recalling_nouns"] for f in _forms(fold(w))),
        retelling_verbs=tuple(raw["retelling_verbs"]),
        time_elsewhere=tuple(raw["time_elsewhere"]),
        another_words=tuple(raw["another_words"]),
        also_words=tuple(raw["also_words"]),
        later_day_parts={str(k): int(v) for k, v in raw["later_day_parts"].items()},
    )


def _kind(before: list[str], after: list[str], of_word: dict[str, str]) -> str | None:
    """The kind named by the word nearest the date expression (`before` runs backwards from it)."""
    for rank in range(min(event_kinds().reach, max(len(before), len(after)))):
        for side in (before, after):
            if rank < len(side) and side[rank] in of_word:
                return of_word[side[rank]]
    return None


_PUNCT = re.compile(r"[,;:()«»—–\[\]]")
# "le dimanche 4 novembre, jour du lancement": an apposition naming the happening of the day told
_DAY_OF_AFTER = re.compile(
    r"\s*,\s*(?:le\s+)?(?:jour|soir|nuit)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*", re.I
)
_OF_DATE = re.compile(r"([^\W\d_]+)\s+(?:de|du|des|d['’])\s*$")


def completed_noun(sentence: str, start: int) -> str | None:
    """The word the date expression at `start` completes, lower-cased ("l'explosion du 4 août": explosion)."""
    noun = _OF_DATE.search(sentence, max(0, start - 40), start)
    return noun.group(1).lower() if noun is not None else None


def _reading(sentence: str) -> tuple[dict[str, str], Callable[[str], str]]:
    """The word-to-kind map and the key a sentence's words are looked up by: a sentence written with accents
    is read as written ("un signe de vie" is no "signé"); one without any is read without them."""
    if fold(sentence) != sentence.lower():
        return event_kinds().of_written, str.lower
    return event_kinds().of_word, fold


def date_kind(
    sentence: str,
    own: tuple[int, int],
    clause: tuple[int, int] | None = None,
    words: list[tuple[int, int, str]] | None = None,
) -> str | None:
    """The kind of happening the date at `own` (offsets in `sentence`) dates: named first in its own
    stretch between punctuation marks ("l'annexion de la Crimée en mars 2014, puis la guerre" dates the
    annexion), else anywhere in its `clause` ("Le 15 avril, les flammes..."), unless it completes the noun of
    a happening ("La cérémonie de vendredi s'est tenue [...], pandémie oblige" dates the ceremony, of no
    kind). `words`: its `stem_spans`."""
    if fold(completed_noun(sentence, own[0]) or "") in event_kinds().recalling_nouns:
        return None  # "en hommage aux victimes du 1er octobre": the date is the victims', not the tribute's
    lo, hi = clause or (0, len(sentence))
    words = stem_spans(sentence) if words is None else words
    seg_lo = max((m.end() for m in _PUNCT.finditer(sentence, lo, own[0])), default=lo)
    seg_hi = next((m.start() for m in _PUNCT.finditer(sentence, own[1], hi)), hi)
    masked = [m.span() for m in event_kinds().not_kinds.finditer(sentence.lower())]
    of_word, key = _reading(sentence)
    folded = [(a, b, "" if any(x <= a < y for x, y in masked) else key(sentence[a:b])) for a, b, _ in words]
    before = [w[2] for w in reversed(folded) if lo <= w[0] and w[1] <= own[0]]
    after = [w[2] for w in folded if w[0] >= own[1] and w[0] < hi]
    named = _DAY_OF_AFTER.match(sentence, own[1])
    if named is not None:
        # "signés depuis le dimanche 4 novembre, jour du lancement": the apposition says what the day was
        said = _kind([], [w[2] for w in folded if w[0] >= named.end()][:3], of_word)
        if said is not None:
            return said
    near_before = [w[2] for w in reversed(folded) if seg_lo <= w[0] and w[1] <= own[0]]
    near_after = [w[2] for w in folded if w[0] >= own[1] and w[1] <= seg_hi]
    near = _kind(near_before, near_after, of_word)
    if near is not None or completed_noun(sentence, own[0]) in _happening_nouns():
        return near  # "la cérémonie de vendredi": the date names the ceremony, not a word further on
    return _kind(before, after, of_word)


def kind_named_at(sentence: str, own: tuple[int, int], kind: str | None) -> bool:
    """Whether a word naming `kind` stands right next to the date at `own` (one of the two words either
    side: "s'est posé le 19 juin", "ont signé le 19 juin à Pyongyang"), read as `date_kind` reads it: as
    written, or without accents in a sentence written without any."""
    if kind is None:
        return False
    words = stem_spans(sentence)
    of_word, key = _reading(sentence)
    before = [sentence[a:b] for a, b, _ in words if b <= own[0]][-2:]
    after = [sentence[a:b] for a, b, _ in words if a >= own[1]][:2]
    return any(of_word.get(key(w)) == kind for w in before + after)


@lru_cache(maxsize=1)
def _happening_nouns() -> frozenset[str]:
    """The nouns of happenings, set in advance or not (the temporal lexicon's)."""
    from timeline.temporal.lexicon import load  # here: the temporal package imports dateparser (seconds)

    lx = load()
    return lx.planned_happenings | lx.unplanned_happenings


@lru_cache(maxsize=1)
def _reporting_stems() -> frozenset[str]:
    from timeline.temporal.lexicon import load  # here: the temporal package imports dateparser (seconds)

    return frozenset(stem_of(verb) for verb in load().reporting_verbs)


_LAST_WORD = re.compile(r"([^\W\d_]+)[\s,]*$")


def dates_a_report(sentence: str, start: int) -> bool:
    """The date at `start` follows a reporting verb ("KCNA a annoncé ce mercredi que le satellite..."): it
    dates the telling, not the happening, so a day apart from the happening is no disagreement."""
    word = _LAST_WORD.search(sentence, max(0, start - 40), start)
    return word is not None and stem_of(word.group(1)) in _reporting_stems()
