"""Structural rules of the package, checked on its source with `ast` (the layout of EXEMPLARS.md).

Data flows one way; only the app touches Streamlit; only one module imports dateparser; nothing inside the
pipeline reads the clock; only the ingest and store modules open files.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "timeline"
MODULES = sorted(PACKAGE.rglob("*.py"))

# Stage of each module; a module may import only from its own or earlier stages (plus schema/errors).
STAGES: dict[str, int] = {
    "schema": 0,
    "errors": 0,
    "temporal": 1,
    "ingest": 1,
    "nlp": 1,
    "lexicon": 1,
    "actors": 2,
    "topics": 2,
    "stems": 2,
    "event_kinds": 2,
    "extract": 3,
    "corpus_years": 3,
    "table": 3,
    "store": 4,
    "filters": 4,
    "bulk": 5,
    "distributed": 5,
    "stories": 5,
    "view_actions": 7,
    "export": 6,
    "chart": 6,
    "urlstate": 6,
    "view": 6,
    "cli": 8,
}


def _stage(module: str) -> int | None:
    head = module.split(".")[0]
    for name, stage in STAGES.items():
        if head == name or head.startswith(name + "_"):
            return stage
    return None


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.append(node.module)
    return out


def _rel(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE).with_suffix("").parts)


@pytest.mark.parametrize("path", MODULES, ids=_rel)
def test_no_streamlit_in_the_package(path: Path) -> None:
    assert not any(m == "streamlit" or m.startswith("streamlit.") for m in _imports(path))


@pytest.mark.parametrize("path", MODULES, ids=_rel)
def test_dateparser_only_in_normalise(path: Path) -> None:
    if _rel(path) != "temporal.normalise":
        assert not any(m.split(".")[0] == "dateparser" for m in _imports(path))


@pytest.mark.parametrize("path", MODULES, ids=_rel)
def test_no_clock_reads_in_the_pipeline(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    for call in ("date.today(", "datetime.now(", "datetime.today(", "datetime.utcnow("):
        assert call not in source, f"{_rel(path)} reads the clock: pass the publication date instead"


@pytest.mark.parametrize("path", MODULES, ids=_rel)
def test_imports_flow_one_way(path: Path) -> None:
    own = _stage(_rel(path))
    if own is None:
        pytest.skip("module outside the staged pipeline")
    for m in _imports(path):
        if not m.startswith("timeline."):
            continue
        other = _stage(m.removeprefix("timeline."))
        assert other is None or other <= own, f"{_rel(path)} (stage {own}) imports {m} (stage {other})"


def test_every_module_has_a_stage() -> None:
    missing = [r for r in map(_rel, MODULES) if _stage(r) is None and r not in ("__init__", "__main__")]
    assert not missing, f"give these modules a stage in STAGES: {missing}"


def test_app_is_layout_only() -> None:
    """app.py holds widgets and calls: no regex, no row loops, no SQL."""
    source = (ROOT / "app.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    assert "import re" not in source and "SELECT " not in source.upper().replace("SELECTBOX", "")
    assert not any(isinstance(n, ast.For) and "iterrows" in ast.unparse(n.iter) for n in ast.walk(tree))
