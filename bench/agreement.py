"""How far two careful annotators of one gold set agree, beside how far the grouping agrees with each.

    python -m bench.agreement

Some story gold sets have a second annotation (`second_<set>.json` beside `gold_<set>.json`), written by
someone who read only the articles and the annotation brief, not the first gold file. Over the date
expressions both annotated (their spans overlap), this prints the pairwise precision and recall of the second
annotation's groups against the first's, how many intervals agree, and the grouping's pairwise scores against
each: the first annotator's agreement with the second is what the grouping can be asked to reach.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.same_article import ROOT, load_set, pairwise
from tests.fixtures.groups.check_gold import GOLD, load_gold, nth_hit
from timeline.ingest import IngestProblem, read_paths
from timeline.stories import group_events

Span = tuple[str, int, int]
"""An annotated date expression: its article's file name and its offsets in the article's text."""

Counts = tuple[int, int, int]


def second_annotations() -> dict[str, tuple[Path, Path]]:
    """The sets with a second annotation: their first and second gold files."""
    out = {}
    for second in sorted(GOLD.parent.glob("*/second_*.json")):
        first = second.with_name(second.name.replace("second_", "gold_", 1))
        if first.exists():
            out[second.parent.name] = (first, second)
    return out


def annotated(path: Path, texts: dict[str, str]) -> list[tuple[Span, str, tuple[str, str]]]:
    """Each event of a gold file: its span, its group and its interval."""
    out = []
    for g in load_gold(path)["events"]:
        pos = nth_hit(texts[g["doc"]], g["text"], g["occurrence"])
        out.append(((g["doc"], pos, pos + len(g["text"])), g["group"], (g["begin"], g["end"])))
    return out


def aligned(
    first: list[tuple[Span, str, tuple[str, str]]], second: list[tuple[Span, str, tuple[str, str]]]
) -> list[tuple[int, int]]:
    """Index pairs of the events both files annotated: the first unused event of the second file whose span
    overlaps."""
    used: set[int] = set()
    out = []
    for i, ((doc, a, b), _, _) in enumerate(first):
        for j, ((doc2, c, d), _, _) in enumerate(second):
            if j not in used and doc2 == doc and a < d and c < b:
                used.add(j)
                out.append((i, j))
                break
    return out


def compare(name: str, first: Path, second: Path) -> dict[str, Any]:
    """The agreement of the two annotations of one set and the grouping's scores against each."""
    gs = load_set(name, first)
    docs = _docs(load_gold(first)["articles_dir"])
    texts = {name: text for name, (_, text) in docs.items()}
    a, b = annotated(first, texts), annotated(second, texts)
    both = aligned(a, b)
    ids, _ = group_events(gs.frame)
    frame = gs.frame.assign(story_id=ids)

    def story(span: Span) -> str | None:
        doc, lo, hi = span
        hit = frame[(frame.doc_id == docs[doc][0]) & (frame.char_start < hi) & (frame.char_end > lo)]
        return (str(hit.iloc[0].story_id) or None) if len(hit) else None

    tool = [story(a[i][0]) for i, _ in both]
    first_groups = [a[i][1] for i, _ in both]
    second_groups = [b[j][1] for _, j in both]
    return {
        "events": [len(a), len(b), len(both)],
        "same_interval": sum(a[i][2] == b[j][2] for i, j in both),
        "second_vs_first": pairwise(second_groups, first_groups),
        "grouping_vs_first": pairwise(tool, first_groups),
        "grouping_vs_second": pairwise(tool, second_groups),
    }


def _docs(articles_dir: str) -> dict[str, tuple[str, str]]:
    """The articles of a gold set by file name: their document id and text."""
    return {
        Path(d.location).name: (d.doc_id, d.text)
        for d in read_paths([ROOT / articles_dir])
        if not isinstance(d, IngestProblem)
    }


def _scores(c: Counts) -> str:
    tp, fp, fn = c
    return f"P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f} ({tp} / {fp} / {fn})"


def main() -> int:
    total: dict[str, list[int]] = {}
    for name, (first, second) in second_annotations().items():
        got = compare(name, first, second)
        n_first, n_second, n_both = got["events"]
        print(
            f"{name}: {n_first} and {n_second} events, {n_both} in both, {got['same_interval']} same interval"
        )
        for key in ("second_vs_first", "grouping_vs_first", "grouping_vs_second"):
            print(f"  {key:19} {_scores(got[key])}")
            total.setdefault(key, [0, 0, 0])
            total[key] = [x + y for x, y in zip(total[key], got[key], strict=True)]
        total.setdefault("intervals", [0, 0])
        total["intervals"] = [total["intervals"][0] + got["same_interval"], total["intervals"][1] + n_both]
    print("pooled")
    for key in ("second_vs_first", "grouping_vs_first", "grouping_vs_second"):
        if key in total:
            print(f"  {key:19} {_scores((total[key][0], total[key][1], total[key][2]))}")
    if "intervals" in total:
        print(f"  same interval       {total['intervals'][0]} of {total['intervals'][1]}")
    print(json.dumps(total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
