"""The only module that reads input: files, folders, uploads, pasted text and JSON-lines streams.

Every reader yields `Document`s and, for what it cannot read, `IngestProblem`s (French messages that name
the file) and goes on: one bad file, row or line never stops the others. Formats, by extension:
.txt/.md (optional first line `date YYYY[-MM[-DD]]`), .html/.htm (trafilatura), .json/.jsonl/.csv
(a `text` field plus optional id, title, date, url, source; aliases accepted).
Helpers: ingest_decode (bytes to text), ingest_records (Document building), ingest_formats (JSON/CSV
rows), ingest_html (web pages), ingest_types (IngestProblem, Limits).
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from timeline.errors import IngestError
from timeline.ingest_decode import decode_bytes, normalise_text
from timeline.ingest_formats import TOO_DEEP, Row, iter_csv, iter_json_file, iter_json_lines, json_error
from timeline.ingest_html import extract_html
from timeline.ingest_records import (
    build_document,
    document_from_record,
    parse_date_value,
    split_front_matter,
)
from timeline.ingest_types import DEFAULT_LIMITS, IngestProblem, Limits, human_size
from timeline.schema import Document

__all__ = [
    "FORMATS",
    "IngestProblem",
    "Limits",
    "PASTED",
    "read_jsonl_stream",
    "read_pasted",
    "read_paths",
    "read_upload",
    "read_uploads",
]

Item = Document | IngestProblem

FORMATS: dict[str, str] = {
    ".txt": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
}
"""Extension -> reader. Anything else is refused with a message."""

PASTED = "texte collé"
"""Location (and default source) of pasted text."""

_KNOWN = ", ".join(sorted(FORMATS))


def _too_big(name: str, size: int, limit: int, what: str = "fichier trop volumineux") -> IngestProblem:
    return IngestProblem(name, f"{name} : {what} ({human_size(size)}, limite {human_size(limit)})")


def _from_rows(rows: Iterable[Row | IngestProblem], default_source: str) -> Iterator[Item]:
    for row in rows:
        if isinstance(row, IngestProblem):
            yield row
            continue
        try:
            built = document_from_record(row.record, location=row.location, default_source=default_source)
        except IngestError as exc:
            yield IngestProblem(row.location, f"{row.label} : {exc}")
            continue
        yield built.document
        for warning in built.warnings:
            yield IngestProblem(row.location, f"{row.label} : {warning}")


def _read_bytes(name: str, data: bytes, limits: Limits) -> Iterator[Item]:
    """Dispatch by extension. `name` is the path or upload name: location and message prefix."""
    base = os.path.basename(name) or name
    suffix = os.path.splitext(base)[1].lower()
    kind = FORMATS.get(suffix)
    if kind is None:
        what = f"extension « {suffix} » inconnue" if suffix else "fichier sans extension"
        yield IngestProblem(name, f"{name} : {what} ; formats lus : {_KNOWN}")
        return
    if len(data) > limits.max_file_bytes:
        yield _too_big(name, len(data), limits.max_file_bytes)
        return
    if kind == "html" and len(data) > limits.max_html_bytes:
        yield _too_big(name, len(data), limits.max_html_bytes, "page HTML trop volumineuse")
        return
    try:
        text = normalise_text(decode_bytes(data))
        if not text.strip():
            raise IngestError("aucun texte à lire (fichier vide, blanc ou fait d'octets nuls)")
        if kind == "text":
            yield from _read_text(name, base, text)
        elif kind == "html":
            yield from _read_html(name, base, text, limits)
        elif kind == "json":
            yield from _from_rows(iter_json_file(text, name, limits), base)
        elif kind == "jsonl":
            yield from _from_rows(iter_json_lines(text, name, limits), base)
        else:
            yield from _from_rows(iter_csv(text, name, limits), base)
    except IngestError as exc:
        yield IngestProblem(name, f"{name} : {exc}")


def _read_text(name: str, base: str, text: str) -> Iterator[Item]:
    """A .txt/.md file: a front-matter block (title, date...) gives metadata, else a header line dates it."""
    fields, start = split_front_matter(text)
    if not fields:
        yield build_document(text, location=name, default_source=base)
        return
    record = {**fields, "text": text[start:]}
    yield from _from_rows([Row(name, name, record)], base)


def _read_html(name: str, base: str, text: str, limits: Limits) -> Iterator[Item]:
    page = extract_html(text, limits)
    published = parse_date_value(page.date, "metadata")
    yield build_document(
        page.text,
        location=name,
        default_source=base,
        title=page.title,
        url=page.url,
        source=page.site,
        published=published,
    )
    if published is None:
        yield IngestProblem(name, f"{name} : date « {page.date[:40]} » de la page non reconnue : ignorée")


def _walk(folder: Path) -> Iterator[Path | IngestProblem]:
    """Files under `folder`, depth first in name order (deterministic). Hidden entries and symbolic links
    to folders (possible loops) are skipped."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield IngestProblem(str(folder), f"{folder} : dossier illisible ({exc.strerror or exc})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path)
        elif not entry.is_symlink() or not path.is_dir():
            yield path


def _read_file(path: Path, limits: Limits) -> Iterator[Item]:
    name = str(path)
    if path.suffix.lower() not in FORMATS:
        yield from _read_bytes(name, b"", limits)  # the unknown-extension message, without reading
        return
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            yield IngestProblem(name, f"{name} : pas un fichier ordinaire")
            return
        if info.st_size > limits.max_file_bytes:
            yield _too_big(name, info.st_size, limits.max_file_bytes)
            return
        with path.open("rb") as fh:
            data = fh.read(limits.max_file_bytes + 1)
    except OSError as exc:
        yield IngestProblem(name, f"{name} : lecture impossible ({exc.strerror or exc})")
        return
    yield from _read_bytes(name, data, limits)


def read_paths(paths: Iterable[str | Path], limits: Limits | None = None) -> Iterator[Item]:
    """Documents of files and folders (recursively, in name order); problems for what cannot be read."""
    limits = limits or DEFAULT_LIMITS
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = False
            for item in _walk(path):
                if isinstance(item, IngestProblem):
                    yield item
                else:
                    found = True
                    yield from _read_file(item, limits)
            if not found:
                yield IngestProblem(str(path), f"{path} : dossier sans fichier à lire ({_KNOWN})")
        elif path.exists():
            yield from _read_file(path, limits)
        else:
            yield IngestProblem(str(path), f"{path} : fichier ou dossier introuvable")


def _upload_name(name: str) -> str:
    """The base name of an uploaded file, cleaned: browsers send names, not trusted paths."""
    base = normalise_text(name).replace("\\", "/").rsplit("/", 1)[-1].strip()
    return " ".join(base.split())[:200] or "fichier sans nom"


def read_upload(name: str, data: bytes, limits: Limits | None = None) -> list[Item]:
    """Documents of one uploaded file (same formats as files, by the extension of `name`)."""
    limits = limits or DEFAULT_LIMITS
    name = _upload_name(name)
    if len(data) > limits.max_upload_bytes:
        return [_too_big(name, len(data), limits.max_upload_bytes, "envoi trop volumineux")]
    return list(_read_bytes(name, data, limits))


def read_uploads(files: Iterable[tuple[str, bytes]], limits: Limits | None = None) -> list[Item]:
    """Documents of one upload of several files: each file within `max_file_bytes`, the whole upload within
    `max_upload_bytes` (files past the total are refused, each with a message)."""
    limits = limits or DEFAULT_LIMITS
    out: list[Item] = []
    total = 0
    for name, data in files:
        total += len(data)
        if total > limits.max_upload_bytes:
            clean = _upload_name(name)
            out.append(
                IngestProblem(
                    clean,
                    f"{clean} : envoi trop volumineux (total {human_size(total)}, "
                    f"limite {human_size(limits.max_upload_bytes)}) ; fichier non lu",
                )
            )
            continue
        out.extend(read_upload(name, data, limits))
    return out


def read_pasted(
    text: str, published: str | None = None, title: str | None = None, limits: Limits | None = None
) -> Document | IngestProblem:
    """A Document from pasted text. `published` (YYYY-MM-DD, YYYY-MM, YYYY, DD/MM/YYYY) has origin 'given';
    without it a header line dates the text. Never raises: bad input gives an IngestProblem."""
    limits = limits or DEFAULT_LIMITS
    if len(text) > limits.max_file_bytes:
        return _too_big(PASTED, len(text), limits.max_file_bytes, "texte trop long")
    pub = parse_date_value(published, "given")
    if pub is None:
        shown = normalise_text(str(published))[:40]
        return IngestProblem(
            PASTED,
            f"{PASTED} : date « {shown} » non reconnue (attendu AAAA-MM-JJ, AAAA-MM, AAAA ou JJ/MM/AAAA)",
        )
    try:
        return build_document(text, location=PASTED, default_source=PASTED, title=title or "", published=pub)
    except IngestError as exc:
        return IngestProblem(PASTED, f"{PASTED} : {exc}")


def read_jsonl_stream(
    lines: Iterable[str], location: str = "<stdin>", limits: Limits | None = None
) -> Iterator[Item]:
    """Documents from JSON lines: {"id", "text", "dct"} (the `timexes` contract) or {"text", "date"...}.

    The text is kept verbatim (offsets reported downstream index the caller's text): a header line
    dates the document but stays in the text. 'id' is kept as doc_id; 'dct' has origin 'given', 'date'
    and its aliases 'metadata'. A bad line gives a problem with its number and the stream goes on.
    """
    limits = limits or DEFAULT_LIMITS
    for n, line in enumerate(lines, 1):
        if n == 1:
            line = line.removeprefix("\ufeff")  # a BOM read as text by a UTF-8 stdin
        if not line.strip():
            continue
        where, label = f"{location}:{n}", f"{location}, ligne {n}"
        if len(line) > limits.max_file_bytes:
            yield _too_big(where, len(line), limits.max_file_bytes, "ligne trop longue")
            continue
        try:
            obj = json.loads(line)
        except RecursionError:
            yield IngestProblem(where, f"{label} : {TOO_DEEP}")
            continue
        except ValueError as exc:
            yield IngestProblem(where, f"{label} : {json_error(exc, one_line=True)}")
            continue
        if not isinstance(obj, dict):
            yield IngestProblem(where, f"{label} : objet JSON attendu, trouvé {type(obj).__name__}")
            continue
        try:
            built = document_from_record(obj, location=where, default_source="", verbatim=True)
        except IngestError as exc:
            yield IngestProblem(where, f"{label} : {exc}")
            continue
        yield built.document
        for warning in built.warnings:
            yield IngestProblem(where, f"{label} : {warning}")
