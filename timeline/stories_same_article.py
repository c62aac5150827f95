"""Whether two reports of one article tell the same happening: a small logistic model.

An article telling two things of one day (the crash and the minister's visit) votes against merging their
stories (`stories._Clashes`). Words alone misjudge a lead and its retelling ("Le père X a été
assassiné hier matin" / "Il était environ 9 h 45, mardi, quand les assaillants sont entrés"), and such a
wrong vote keeps a whole story apart. Where the text is, what the reports share and how they are dated
weigh in: a probability from a few signals, whose weights are data (`timeline/data/same_article.json`),
fitted on our gold sets by `python -m bench.same_article` (which also reports the fit's scores). No library
we use ships a model of within-article event coreference for French news; a dot product needs none.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

FEATURES: tuple[str, ...] = (
    "bias",
    "similarity",
    "log_distance",
    "reports_between",
    "first_opens",
    "second_quoted",
    "recalls",
    "day_then_full_date",
    "another_same_day",
    "adjacent_days",
    "kinds_clash",
    "first_votes",
    "both_vote",
    "second_clock_time",
)
"""The signals of a pair of reports, the earlier one first (see `stories._pair_signals`)."""


@dataclass(frozen=True)
class Model:
    weights: Mapping[str, float]
    clash_below: float
    """A clash counts fully at probability 0 and not at all from this probability up (linear between)."""


@lru_cache(maxsize=1)
def load() -> Model:
    """The model of `timeline/data/same_article.json`, loaded once."""
    raw = json.loads(resources.files("timeline").joinpath("data", "same_article.json").read_text("utf-8"))
    weights = {str(k): float(v) for k, v in raw["weights"].items()}
    if set(weights) != set(FEATURES):
        raise ValueError(f"same_article.json: weights for {sorted(weights)}, expected {sorted(FEATURES)}")
    return Model(weights, float(raw["clash_below"]))


def probability(signals: Mapping[str, float], model: Model | None = None) -> float:
    """The probability that the two reports of `signals` tell one happening."""
    m = model or load()
    z = sum(m.weights[name] * signals[name] for name in FEATURES)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def clash_weight(p: float, model: Model | None = None) -> float:
    """How much a same-article clash counts when the model gives probability `p` of one happening."""
    m = model or load()
    return max(0.0, 1.0 - p / m.clash_below)
