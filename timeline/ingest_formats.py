"""Rows of the structured exports read by `timeline.ingest`: JSON (list, object, lines) and CSV.

Each function yields one `Row` per record, or an `IngestProblem` for a malformed part (with its line
number) and goes on with the next part when the format allows it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from timeline.ingest_records import TEXT_KEYS, norm_key
from timeline.ingest_types import IngestProblem, Limits

_CONTAINER_KEYS = ("documents", "articles", "docs", "items", "data", "records", "results", "rows")
_DELIMITERS = (",", ";", "\t", "|")
_TOO_DEEP = "JSON imbriqué trop profondément (environ 1 000 niveaux ou plus) : refusé"


@dataclass(frozen=True)
class Row:
    """One record of an export: where it is (`location`, e.g. 'a.csv:12'), how to name it in a message."""

    location: str
    label: str
    record: Mapping[Any, Any]


def json_error(exc: ValueError, one_line: bool = False) -> str:
    """A French message for a JSON parse error, with line (unless the input is one line) and column."""
    if isinstance(exc, json.JSONDecodeError):
        where = f"colonne {exc.colno}" if one_line else f"ligne {exc.lineno}, colonne {exc.colno}"
        return f"JSON invalide {where} ({exc.msg})"
    return f"JSON invalide ({exc})"


TOO_DEEP = _TOO_DEEP


def iter_json_lines(text: str, name: str, limits: Limits) -> Iterator[Row | IngestProblem]:
    """JSON lines: one object a line; a bad line is reported with its number and skipped."""
    bad = 0
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where, label = f"{name}:{n}", f"{name}, ligne {n}"
        problem: str | None = None
        try:
            obj = json.loads(line)
        except RecursionError:
            problem = _TOO_DEEP
        except ValueError as exc:
            problem = json_error(exc, one_line=True)
        else:
            if isinstance(obj, dict):
                yield Row(where, label, obj)
                continue
            problem = f"objet JSON attendu, trouvé {type(obj).__name__}"
        yield IngestProblem(where, f"{label} : {problem}")
        bad += 1
        if bad >= limits.max_bad_rows:
            yield IngestProblem(
                name, f"{name} : trop de lignes invalides ({bad}), lecture du fichier arrêtée"
            )
            return


def _looks_like_json_lines(text: str) -> bool:
    lines = [line for line in text.split("\n", 3)[:3] if line.strip()]
    if len(lines) < 2:
        return False
    try:
        return isinstance(json.loads(lines[0]), dict)
    except (ValueError, RecursionError):
        return False


def iter_json_file(text: str, name: str, limits: Limits) -> Iterator[Row | IngestProblem]:
    """A .json file: a list of objects, one object (or one holding a list under 'documents', 'articles'...),
    or JSON lines saved with the wrong extension."""
    try:
        data = json.loads(text)
    except RecursionError:
        yield IngestProblem(name, f"{name} : {_TOO_DEEP}")
        return
    except ValueError as exc:
        if _looks_like_json_lines(text):
            yield from iter_json_lines(text, name, limits)
            return
        line = exc.lineno if isinstance(exc, json.JSONDecodeError) else 0
        yield IngestProblem(f"{name}:{line}" if line else name, f"{name} : {json_error(exc)}")
        return
    if isinstance(data, dict):
        rec = {norm_key(k): v for k, v in data.items()}
        inner = next((rec[k] for k in _CONTAINER_KEYS if isinstance(rec.get(k), list)), None)
        if inner is None or any(k in rec for k in TEXT_KEYS):
            yield Row(name, name, data)
            return
        data = inner
    if not isinstance(data, list):
        yield IngestProblem(
            name, f"{name} : le JSON doit être un objet ou une liste d'objets, pas {type(data).__name__}"
        )
        return
    for i, item in enumerate(data, 1):
        where, label = f"{name}#{i}", f"{name}, objet n° {i}"
        if isinstance(item, dict):
            yield Row(where, label, item)
        elif isinstance(item, str):
            yield Row(where, label, {"text": item})  # a plain list of texts
        else:
            yield IngestProblem(where, f"{label} : objet JSON attendu, trouvé {type(item).__name__}")


def _delimiter(header_line: str) -> str:
    """The most frequent of , ; tab | in the header line (',' when none): French Excel writes ';'."""
    counts = [(header_line.count(d), -i, d) for i, d in enumerate(_DELIMITERS)]
    best = max(counts)
    return best[2] if best[0] > 0 else ","


def iter_csv(text: str, name: str, limits: Limits) -> Iterator[Row | IngestProblem]:
    """A CSV export with a header row. A row with the wrong number of fields is reported and skipped; a
    broken quote stops the file at its line (rows before it are kept)."""
    # Article texts are longer than csv's default field limit (131,072 characters); raise it (process-wide).
    csv.field_size_limit(max(csv.field_size_limit(), limits.max_file_bytes))
    first, _, rest = text.partition("\n")
    line = 1
    declared = first.strip().lower()
    if len(declared) == 5 and declared.startswith("sep=") and declared[4] in _DELIMITERS:
        # Excel's "sep=;" first line names the separator.
        delimiter, text, line = declared[4], rest, 2
    else:
        delimiter = _delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    bad = rows = 0
    offset = line - 1
    try:
        for row in reader:
            start, line = line, offset + reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if header is None:
                header = [norm_key(c) for c in row]
                if not any(k in header for k in TEXT_KEYS):
                    cols = ", ".join(c for c in header if c)[:200] or "aucune"
                    yield IngestProblem(
                        name,
                        f"{name} : pas de colonne « text » (ni content, body, texte…) ; "
                        f"colonnes trouvées : {cols}",
                    )
                    return
                continue
            where, label = f"{name}:{start}", f"{name}, ligne {start}"
            if len(row) != len(header):
                bad += 1
                shown = {",": "virgule", ";": "point-virgule", "\t": "tabulation", "|": "barre"}[delimiter]
                yield IngestProblem(
                    where,
                    f"{label} : {len(row)} champs au lieu de {len(header)} "
                    f"(séparateur : {shown}) ; ligne ignorée",
                )
                if bad >= limits.max_bad_rows:
                    yield IngestProblem(
                        name, f"{name} : trop de lignes invalides ({bad}), lecture du fichier arrêtée"
                    )
                    return
                continue
            rows += 1
            yield Row(where, label, dict(zip(header, row, strict=True)))
    except csv.Error as exc:
        yield IngestProblem(
            f"{name}:{line}", f"{name}, ligne {line} : CSV invalide ({exc}) ; lecture arrêtée"
        )
        return
    if header is None:
        yield IngestProblem(name, f"{name} : aucun texte à lire (CSV vide)")
    elif rows == 0 and bad == 0:
        yield IngestProblem(name, f"{name} : aucun texte à lire (en-tête seul, aucune ligne)")
