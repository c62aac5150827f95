"""Whether two reports of different articles tell the same happening: a small logistic model.

Two dated reports whose dates agree join a story when their link is strong enough (`stories.pair_score`).
How much each signal counts (the words they share near their dates, how precise the agreeing dates are,
whether both open their articles, whether one is a quotation or dates the telling) was first set by hand;
a probability from these signals, whose weights are data (`timeline/data/link_model.json`) fitted on our gold
sets by `python -m bench.link_model`, tells the pairs of one happening from the others better on sets it was
not fitted on. The link of a pair is that probability less the model's `shift`, so links sum as evidence
while stories grow. No library we use ships a model of cross-document event coreference for French news; a
dot product needs none.
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
    "anchored_similarity",
    "own_words",
    "date_precision",
    "adjacent_days",
    "same_kind",
    "openings_of_one_day",
    "recalls",
    "another_same_day",
    "quoted",
    "dates_a_report",
    "shared_actor",
    "log_width",
    "both_days",
    "an_opening",
)
"""The signals of a pair of reports of two articles (see `stories._link_signals`)."""


@dataclass(frozen=True)
class Model:
    weights: Mapping[str, float]
    shift: float
    """A pair links with its probability less this: below it, the pair adds nothing to a story."""


@lru_cache(maxsize=1)
def load() -> Model:
    """The model of `timeline/data/link_model.json`, loaded once."""
    raw = json.loads(resources.files("timeline").joinpath("data", "link_model.json").read_text("utf-8"))
    weights = {str(k): float(v) for k, v in raw["weights"].items()}
    if set(weights) != set(FEATURES):
        raise ValueError(f"link_model.json: weights for {sorted(weights)}, expected {sorted(FEATURES)}")
    return Model(weights, float(raw["shift"]))


def probability(signals: Mapping[str, float], model: Model | None = None) -> float:
    """The probability that the two reports of `signals` tell one happening."""
    m = model or load()
    z = sum(m.weights[name] * signals[name] for name in FEATURES)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
