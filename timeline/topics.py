"""Topics of a sentence from an editable taxonomy (`data/topics.json`) of weighted lemma cues.

Each topic has a French label and cues: a lemma ("sanction"), a short lemma sequence ("mandat de
arrêt") or words as written ("cour pénale internationale"), with a weight. A sentence's score for a
topic is the sum of the weights of the distinct cues it contains (compared without accents or case);
every topic reaching the threshold is kept, best first, at most `max_topics`. A sentence with none gets
the fallback topic ("autre").
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from timeline.errors import LexiconError
from timeline.lexicon import key_string, key_words


@dataclass(frozen=True)
class Taxonomy:
    labels: tuple[str, ...]
    cues: dict[tuple[str, ...], tuple[tuple[str, float], ...]]
    """Cue key words -> (topic label, weight) pairs."""
    max_len: int
    threshold: float
    max_topics: int
    fallback: str


def build_taxonomy(data: dict[str, Any]) -> Taxonomy:
    """Validate and index a taxonomy mapping (raises LexiconError with a French message)."""
    try:
        topics = data["topics"]
        threshold = float(data.get("threshold", 1.0))
        max_topics = int(data.get("max_topics", 3))
        fallback = str(data.get("fallback", "autre"))
    except (KeyError, TypeError, ValueError) as exc:
        raise LexiconError(f"taxonomie des thèmes invalide (topics.json) : {exc}") from exc
    labels: list[str] = []
    cues: dict[tuple[str, ...], list[tuple[str, float]]] = {}
    for t in topics:
        label = t.get("label")
        if not label or label in labels or label == fallback:
            raise LexiconError(f"thème sans libellé ou en double dans topics.json : {label!r}")
        labels.append(label)
        for cue, weight in t.get("cues", {}).items():
            words = key_words(cue)
            if not words or not isinstance(weight, int | float):
                raise LexiconError(f"indice invalide {cue!r} pour le thème {label!r} (topics.json)")
            cues.setdefault(words, []).append((label, float(weight)))
    return Taxonomy(
        labels=tuple(labels),
        cues={k: tuple(v) for k, v in cues.items()},
        max_len=max((len(k) for k in cues), default=1),
        threshold=threshold,
        max_topics=max_topics,
        fallback=fallback,
    )


@cache
def load_taxonomy() -> Taxonomy:
    """The taxonomy of `timeline/data/topics.json`, loaded once."""
    try:
        raw = resources.files("timeline").joinpath("data", "topics.json").read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, ValueError) as exc:
        raise LexiconError(f"fichier des thèmes illisible : timeline/data/topics.json ({exc})") from exc
    return build_taxonomy(data)


def score_topics(lemmas: Iterable[str], taxonomy: Taxonomy | None = None, text: str = "") -> dict[str, float]:
    """Score of every topic with at least one cue among `lemmas` (or among the words of `text`)."""
    tax = taxonomy or load_taxonomy()
    found: set[tuple[str, ...]] = set()
    for words in (key_string(" ".join(lemmas)).split(), key_string(text).split()):
        for i in range(len(words)):
            for n in range(1, tax.max_len + 1):
                gram = tuple(words[i : i + n])
                if len(gram) == n and gram in tax.cues:
                    found.add(gram)
    scores: dict[str, float] = {}
    for gram in found:
        for label, weight in tax.cues[gram]:
            scores[label] = scores.get(label, 0.0) + weight
    return scores


def assign_topics(lemmas: Iterable[str], taxonomy: Taxonomy | None = None, text: str = "") -> tuple[str, ...]:
    """Topics of a sentence given its lemmas (and its text), best first; (fallback,) when none fits."""
    tax = taxonomy or load_taxonomy()
    scores = score_topics(lemmas, tax, text)
    kept = sorted((s, label) for label, s in scores.items() if s >= tax.threshold)
    kept.sort(key=lambda x: (-x[0], tax.labels.index(x[1])))
    return tuple(label for _, label in kept[: tax.max_topics]) or (tax.fallback,)
