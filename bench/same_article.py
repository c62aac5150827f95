"""Fit the same-article model (`timeline/stories_same_article.py`) on our story gold sets, write its weights.

    python -m bench.same_article [--hold-out blind33,blind34] [--check]

Every pair of gold reports of one article whose dates can agree is a sample: the signals of
`stories._Clashes.signals`, labelled by whether the gold gives both one happening. A logistic regression (L2,
Newton steps) fits the weights. Before writing them, each gold set is grouped with a model fitted without it
(leave one set out) and the pooled pairwise precision and recall are printed beside those of the shipped
model, so a refit is judged by sets it did not see. `--hold-out` leaves sets out of the fit entirely (sets
kept to estimate the grouping on text nobody tuned it on); `--check` prints without writing.
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from tests.fixtures.groups.check_gold import GOLD, load_gold, nth_hit
from timeline import stories_link
from timeline import stories_same_article as same_article
from timeline.extract import extract_many
from timeline.ingest import IngestProblem, read_paths
from timeline.stories import _Clashes, _items, group_events
from timeline.stories_dates import dates_fit
from timeline.table import events_to_frame

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "timeline" / "data" / "same_article.json"
L2 = 1.0
CLASH_BELOW = 0.4
"""Chosen with `stories.SAME_DOC_PENALTY` over the 38 read sets (pairwise F1 of the grouping): 0.5 with a
penalty of 2 gave 0.764; 0.4 to 0.5 with 2.5 to 3 give 0.769 to 0.771, and 0.4 with 3 keeps the most recall
of them (0.770: 8 sets gain more than 0.005, 4 lose)."""


@dataclass
class GoldSet:
    name: str
    frame: pd.DataFrame
    truth: list[tuple[str, int | None]]  # gold group and frame row of each gold mention
    samples: list[tuple[list[float], float]]


def gold_paths() -> dict[str, Path]:
    """Every story gold set: the sample one and each folder of tests/fixtures/groups."""
    out = {"sample": GOLD}
    for path in sorted(GOLD.parent.glob("*/gold_*.json")):
        out[path.parent.name] = path
    return out


def load_set(name: str, path: Path) -> GoldSet:
    gold = load_gold(path)
    docs, events = {}, []
    for doc, evs in extract_many(
        d for d in read_paths([ROOT / gold["articles_dir"]]) if not isinstance(d, IngestProblem)
    ):
        docs[Path(doc.location).name] = doc
        events += evs
    frame = events_to_frame(events)
    truth: list[tuple[str, int | None]] = []
    for g in gold["events"]:
        doc = docs[g["doc"]]
        pos = nth_hit(doc.text, g["text"], g["occurrence"])
        hit = frame.index[
            (frame.doc_id == doc.doc_id) & (frame.char_start < pos + len(g["text"])) & (frame.char_end > pos)
        ]
        truth.append((g["group"], int(hit[0]) if len(hit) else None))
    return GoldSet(name, frame, truth, _samples(frame, truth))


def _samples(frame: pd.DataFrame, truth: list[tuple[str, int | None]]) -> list[tuple[list[float], float]]:
    items = _items(frame)
    by_id = {i.event_id: i for i in items}
    clashes = _Clashes(items)
    gold = []
    for group, row in truth:
        item = by_id.get(str(frame.at[row, "event_id"])) if row is not None else None
        if item is not None:
            gold.append((group, item))
    out = []
    for (ga, a), (gb, b) in itertools.combinations(gold, 2):
        if a.doc_id != b.doc_id or a.event_id == b.event_id or not dates_fit(a.span, b.span)[0]:
            continue
        signals = clashes.signals(a, b)
        out.append(([signals[f] for f in same_article.FEATURES], float(ga == gb)))
    return out


def logistic_weights(samples: list[tuple[list[float], float]], names: tuple[str, ...]) -> dict[str, float]:
    """Logistic regression with an L2 penalty, by Newton steps (the bias is penalised too: a few thousand
    samples make that immaterial): the weight of each signal of `names`."""
    x = np.array([s[0] for s in samples])
    y = np.array([s[1] for s in samples])
    w = np.zeros(x.shape[1])
    for _ in range(30):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + L2 * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + L2 * np.eye(x.shape[1])
        w -= np.linalg.solve(hess, grad)
    return dict(zip(names, (round(float(v), 4) for v in w), strict=True))


def fit(samples: list[tuple[list[float], float]]) -> same_article.Model:
    """The same-article model fitted on `samples`."""
    return same_article.Model(logistic_weights(samples, same_article.FEATURES), CLASH_BELOW)


def fit_arguments(doc: str, argv: list[str] | None) -> argparse.Namespace:
    """The options of a model fit: the gold sets held out and whether to write nothing."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hold-out", default="", help="comma-separated gold sets left out of the fit")
    parser.add_argument("--check", action="store_true", help="print the scores, write nothing")
    return parser.parse_args(argv)


def pair_counts(
    gs: GoldSet, model: same_article.Model | None = None, link: stories_link.Model | None = None
) -> tuple[int, int, int]:
    """Pairwise true positives, false positives and false negatives of the grouping of one set (with the
    shipped models where none is given)."""
    ids, _ = group_events(gs.frame, model=model, link=link)
    predicted = [str(ids[row]) if row is not None and ids[row] else None for _, row in gs.truth]
    return pairwise(predicted, [g for g, _ in gs.truth])


def pairwise(predicted: Sequence[str | None], truth: Sequence[str]) -> tuple[int, int, int]:
    """True positives, false positives and false negatives of the pairs `predicted` puts together (None:
    alone) against those of `truth`."""
    tp = fp = fn = 0
    for (pa, ga), (pb, gb) in itertools.combinations(zip(predicted, truth, strict=True), 2):
        together = pa is not None and pa == pb
        tp += together and ga == gb
        fp += together and ga != gb
        fn += not together and ga == gb
    return tp, fp, fn


def _pooled(counts: list[tuple[int, int, int]]) -> dict[str, Any]:
    tp, fp, fn = (sum(c[k] for c in counts) for k in range(3))
    p, r = tp / ((tp + fp) or 1), tp / ((tp + fn) or 1)
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / ((p + r) or 1), 3)}


def main(argv: list[str] | None = None) -> int:
    args = fit_arguments(__doc__ or "", argv)
    held = {s for s in args.hold_out.split(",") if s}
    sets = [load_set(name, path) for name, path in gold_paths().items() if name not in held]
    print(f"{len(sets)} gold sets, {sum(len(s.samples) for s in sets)} same-article pairs", flush=True)
    shipped = same_article.load()
    folds = []
    for gs in sets:
        model = fit([x for other in sets if other is not gs for x in other.samples])
        folds.append(pair_counts(gs, model))
    scores = {
        "leave_one_set_out": _pooled(folds),
        "shipped_model": _pooled([pair_counts(gs, shipped) for gs in sets]),
    }
    final = fit([x for gs in sets for x in gs.samples])
    report_fit(
        OUT,
        scores,
        dict(final.weights),
        args.check,
        clash_below=final.clash_below,
        trained_on=[gs.name for gs in sets],
        pairs=sum(len(gs.samples) for gs in sets),
    )
    return 0


def report_fit(
    path: Path, scores: dict[str, Any], weights: dict[str, float], check: bool, **fields: Any
) -> None:
    """Print a fit's scores and weights; unless `check`, write them (with `fields`) to the model's file."""
    print(json.dumps(scores, indent=1))
    print(json.dumps(weights, indent=1))
    if not check:
        write_fit(path, weights=weights, leave_one_set_out=scores["leave_one_set_out"], **fields)


def write_fit(path: Path, **fields: Any) -> None:
    """Update a model's data file with a new fit (its `about` and any other key kept; a field given as None
    is removed)."""
    raw = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    raw.update(fields)
    for key in [k for k, v in fields.items() if v is None]:
        del raw[key]  # a score of the last fit's kind that this fit has not: no stale value stays
    path.write_text(json.dumps(raw, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"written to {path}")


if __name__ == "__main__":
    raise SystemExit(main())
