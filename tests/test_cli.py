"""The command line: accurate help, and `timexes`/`extract` keep the scorers' contracts (issue 2)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli import _parser, main
from timeline.schema import COLUMNS

ROOT = Path(__file__).resolve().parent.parent
DOC = (
    "Vladimir Poutine est arrivé ce mardi à Pyongyang. "
    "Les deux pays sont alliés depuis la guerre de Corée (1950-1953)."
)


def _run(args: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ([], ["timexes", "extract", "app", "collections"]),
        (["timexes"], ["--jsonl", "--dct", "char_start", "granularity"]),
        (
            ["extract"],
            ["--jsonl", "-o", "--store", "--collection", "--jobs", "--engine", "--scheduler", ".parquet"],
        ),
        (["app"], ["--store", "--port", "8501"]),
        (["collections"], ["--store", "--delete"]),
    ],
    ids=["top", "timexes", "extract", "app", "collections"],
)
def test_help_lists_every_option(
    command: list[str], expected: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([*command, "--help"])
    assert exit_.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    for word in expected:
        assert word in out


def test_every_subcommand_is_documented_in_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sub = next(a for a in _parser()._actions if a.dest == "command")
    for name in sub.choices:  # type: ignore[union-attr]
        assert f"timeline {name}" in readme


def test_timexes_jsonl_contract() -> None:
    docs = [
        {"id": "a", "text": DOC, "dct": "2024-06-18"},
        {"id": "b", "text": "Rien à signaler.", "dct": "2024"},
    ]
    proc = _run(["timexes", "--jsonl", "-"], "".join(json.dumps(d) + "\n" for d in docs))
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert {r["id"] for r in rows} == {"a"}
    by_text = {r["text"]: r for r in rows}
    for r in rows:
        assert DOC[r["char_start"] : r["char_end"]] == r["text"]
        assert set(r) >= {
            "id",
            "text",
            "char_start",
            "char_end",
            "date_start",
            "date_end",
            "granularity",
            "value",
        }
    assert (by_text["ce mardi"]["date_start"], by_text["ce mardi"]["date_end"]) == (
        "2024-06-18",
        "2024-06-18",
    )
    war = next(r for r in rows if "1950" in r["text"])
    assert (war["date_start"], war["date_end"], war["granularity"]) == ("1950-01-01", "1953-12-31", "year")


def test_timexes_reads_files_with_header(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("date 2024-06-18\nIl est arrivé hier à Moscou.\n", encoding="utf-8")
    proc = _run(["timexes", str(tmp_path)])
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [(r["text"], r["date_start"]) for r in rows] == [("hier", "2024-06-17")]


def test_timexes_bad_line_is_reported_and_others_go_on() -> None:
    stdin = (
        "{not json\n" + json.dumps({"id": "ok", "text": "Le 3 mai 2021, rien.", "dct": "2024-01-01"}) + "\n"
    )
    proc = _run(["timexes", "--jsonl", "-"], stdin)
    assert proc.returncode == 0
    assert "entrée standard, ligne 1" in proc.stderr
    assert [json.loads(line)["date_start"] for line in proc.stdout.splitlines()] == ["2021-05-03"]


def test_extract_jsonl_contract() -> None:
    proc = _run(["extract", "--jsonl", "-"], json.dumps({"id": "a", "text": DOC, "dct": "2024-06-18"}) + "\n")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert rows and all(tuple(r) == COLUMNS for r in rows)
    assert {r["doc_id"] for r in rows} == {"a"}
    assert "Vladimir Poutine" in {p for r in rows for p in r["persons"]}
    assert any(r["date_text"] == "ce mardi" and r["date_start"] == "2024-06-18" for r in rows)


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_extract_writes_files(tmp_path: Path, suffix: str) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("date 2024-06-18\n" + DOC + "\n", encoding="utf-8")
    (tmp_path / "in" / "b.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out = tmp_path / f"events{suffix}"
    proc = _run(["extract", str(tmp_path / "in"), "-o", str(out)])
    assert proc.returncode == 0, proc.stderr
    assert "b.bin" in proc.stderr
    assert out.stat().st_size > 0


def test_unknown_output_format_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DOC, encoding="utf-8")
    proc = _run(["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "x.xlsx")])
    assert proc.returncode == 1
    assert "x.xlsx" in proc.stderr and "Traceback" not in proc.stderr


def test_bench_names_its_sections_and_refuses_an_unknown_one(capsys: pytest.CaptureFixture[str]) -> None:
    from bench.__main__ import RESULTS, SECTIONS
    from bench.__main__ import main as bench_main

    before = RESULTS.read_bytes() if RESULTS.exists() else None
    with pytest.raises(SystemExit) as help_exit:
        bench_main(["--help"])
    assert help_exit.value.code == 0
    shown = capsys.readouterr().out
    assert all(name in shown for name in SECTIONS), shown
    with pytest.raises(SystemExit) as bad_exit:
        bench_main(["nope"])
    assert bad_exit.value.code == 2
    assert "unknown section nope" in capsys.readouterr().err
    assert (RESULTS.read_bytes() if RESULTS.exists() else None) == before  # nothing ran, nothing written
