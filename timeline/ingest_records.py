"""From a text and its metadata to a `Document`: header line, dates, title, field aliases, ids.

Shared by every input format of `timeline.ingest`. Pure functions: no file access.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from timeline.errors import IngestError
from timeline.ingest_decode import normalise_text, verbatim_safe
from timeline.schema import Document, Origin, stable_id
from timeline.temporal.types import PubDate

MIN_YEAR = 1800
MAX_YEAR = 2100
"""A metadata date outside these years is a typo or a placeholder (0001-01-01, 9999-12-31): ignored."""

TITLE_LENGTH = 90

# Column / key aliases of the exports users bring (scrapers, newsroom tools, our own JSONL).
# Keys are compared lowercased, with spaces and hyphens as underscores.
TEXT_KEYS = (
    "text",
    "content",
    "body",
    "texte",
    "contenu",
    "article",
    "article_text",
    "full_text",
    "maintext",
)
TITLE_KEYS = ("title", "titre", "headline")
URL_KEYS = ("url", "link", "lien", "href", "permalink")
SOURCE_KEYS = (
    "source",
    "sitename",
    "site_name",
    "site",
    "publisher",
    "media",
    "média",
    "journal",
    "source_name",
)
ID_KEYS = ("id", "doc_id", "article_id", "document_id", "uid", "guid")
GIVEN_DATE_KEYS = ("dct",)
"""The document creation time stated by the caller (the `timexes` contract): origin 'given'."""
DATE_KEYS = (
    "date",
    "published",
    "published_at",
    "publication_date",
    "date_publication",
    "date_de_publication",
    "date_published",
    "datepublished",
    "published_date",
    "pubdate",
    "pub_date",
    "datetime",
    "created_at",
)

_DATE_SOURCES: tuple[tuple[tuple[str, ...], Origin], ...] = (
    (GIVEN_DATE_KEYS, "given"),
    (DATE_KEYS, "metadata"),
)

_HEADER = re.compile(r"\A[\s\ufeff]*date[ \t]*:?[ \t]*(\d{4}(?:-\d{2}){0,2})(?=\s|\Z)\s*")
_ISO_DATETIME = re.compile(
    r"(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?"
)
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+\d{1,2}[:h]\d{2}(?::\d{2})?)?")
_MY = re.compile(r"(\d{1,2})[/.-](\d{4})")
_YMD_SLASH = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
_YMD_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_SENTENCE_END = re.compile(r"[.!?…](?=\s)")
_MD_HEADING = re.compile(r"#{1,6}[ \t]+")
_FRONT_OPEN = re.compile(r"[\s\ufeff]*---[ \t]*\n")
_FRONT_LINE = re.compile(r"([A-Za-z_][\w -]{0,40}):[ \t]*(.*)")
_FRONT_MAX_LINES = 60


def norm_key(key: object) -> str:
    """'Published At' -> 'published_at': how record keys and CSV headers are compared."""
    return re.sub(r"[\s-]+", "_", str(key).strip().lower())


def pick(record: Mapping[str, Any], keys: tuple[str, ...]) -> tuple[str, Any] | None:
    """The first of `keys` present in `record` (already normalised) with a non-empty value, with its key."""
    for key in keys:
        value = record.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        return key, value
    return None


def parse_date_value(value: object, origin: Origin) -> PubDate | None:
    """A metadata or argument date to a PubDate; None when a value is present but is not a plausible date.

    Accepts YYYY-MM-DD, YYYY-MM, YYYY, ISO datetimes (the date as written, time zone ignored),
    DD/MM/YYYY (French order, also with '.' or '-'), MM/YYYY, YYYY/MM/DD, YYYYMMDD and a year number.
    An empty value gives an unknown date.
    """
    if value is None:
        return PubDate(None)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s:
        return PubDate(None)
    if len(s) > 40:
        return None
    pub = PubDate.parse(s, origin)
    if pub.value is None:
        pub = _parse_other(s, origin)
    if pub.value is None or not MIN_YEAR <= pub.value.year <= MAX_YEAR:
        return None
    return pub


def _parse_other(s: str, origin: Origin) -> PubDate:
    try:
        if m := _ISO_DATETIME.fullmatch(s):
            return PubDate(date.fromisoformat(m.group(1)), "day", origin)
        if m := _DMY.fullmatch(s):
            return PubDate(date(int(m.group(3)), int(m.group(2)), int(m.group(1))), "day", origin)
        if m := _YMD_SLASH.fullmatch(s):
            return PubDate(date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day", origin)
        if m := _YMD_COMPACT.fullmatch(s):
            return PubDate(date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day", origin)
        if m := _MY.fullmatch(s):
            return PubDate(date(int(m.group(2)), int(m.group(1)), 1), "month", origin)
    except ValueError:
        pass
    return PubDate(None)


def split_header(text: str) -> tuple[PubDate, int]:
    """The `date YYYY[-MM[-DD]]` header at the start of `text` (origin 'header') and where the body starts.

    The header may be preceded by whitespace or a BOM and followed by a line break or by the body on the
    same line (as in the seed articles). No header, or an impossible date, gives (unknown, 0).
    """
    m = _HEADER.match(text)
    if m is None:
        return PubDate(None), 0
    pub = PubDate.parse(m.group(1), "header")
    if pub.value is None or not MIN_YEAR <= pub.value.year <= MAX_YEAR:
        return PubDate(None), 0
    return pub, m.end()


def shorten(text: str, limit: int = TITLE_LENGTH) -> str:
    """One line of at most `limit` characters: the whole line, its first sentence, or a cut at a word."""
    s = " ".join(text.split())
    if len(s) <= limit:
        return s
    for m in _SENTENCE_END.finditer(s, 0, limit):
        if m.end() >= 25:
            return s[: m.end()]
    cut = s.rfind(" ", 0, limit)
    if cut < limit // 2:
        cut = limit - 1
    return s[:cut].rstrip(" ,;:-–—") + "…"


def make_title(body: str) -> str:
    """A title for a text that has none: its first non-empty line (without a Markdown '#'), shortened."""
    for line in body.split("\n"):
        line = _MD_HEADING.sub("", line.strip(), count=1)
        if line:
            return shorten(line)
    return ""


def split_front_matter(text: str) -> tuple[dict[str, str], int]:
    """A leading block of `key: value` lines between two `---` lines (Markdown notes, static-site exports).

    Returns the fields (keys normalised, quotes removed) and where the body starts; ({}, 0) when the text
    does not open with such a block. Only flat `key: value` lines are understood (no YAML library).
    """
    m = _FRONT_OPEN.match(text)
    if m is None:
        return {}, 0
    fields: dict[str, str] = {}
    pos = m.end()
    for _ in range(_FRONT_MAX_LINES):
        end = text.find("\n", pos)
        line = text[pos:] if end < 0 else text[pos:end]
        nxt = len(text) if end < 0 else end + 1
        stripped = line.strip()
        if stripped in ("---", "..."):
            return fields, nxt
        if stripped and not stripped.startswith(("#", "- ")):
            kv = _FRONT_LINE.fullmatch(stripped)
            if kv is None:
                return {}, 0
            value = kv.group(2).strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            fields.setdefault(norm_key(kv.group(1)), value)
        if end < 0:
            break
        pos = nxt
    return {}, 0


def site_of(url: str) -> str:
    """'https://www.lemonde.fr/a/b' -> 'lemonde.fr' ('' when `url` has no host)."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def _as_text(value: Any, field_name: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise IngestError(f"le champ « {field_name} » n'est pas du texte ({type(value).__name__})")


def _one_line(value: str) -> str:
    return " ".join(normalise_text(value).split())


@dataclass(frozen=True)
class Built:
    """A document and the warnings met while building it (an ignored date, for instance)."""

    document: Document
    warnings: tuple[str, ...] = ()


def build_document(
    text: str,
    *,
    location: str,
    default_source: str,
    title: str = "",
    url: str = "",
    source: str = "",
    doc_id: str = "",
    published: PubDate | None = None,
    verbatim: bool = False,
) -> Document:
    """The one place a Document is made. Raises IngestError when no text is left.

    Normal mode cleans the text (controls, NFC, CRLF), removes a header line and strips it. Verbatim mode
    (the JSON-lines stream) keeps the caller's text so that offsets stay valid: the header only dates it.
    A date given by the caller or metadata wins over a header; the header wins over nothing.
    """
    if verbatim:
        text = verbatim_safe(text)
        header, start = split_header(text)
        body = text[start:]
    else:
        text = normalise_text(text)
        header, start = split_header(text)
        text = text[start:].strip()
        body = text
    if not body.strip():
        raise IngestError("aucun texte à lire (fichier ou champ vide)")
    pub = published if published is not None and published.value is not None else header
    url = _one_line(url)
    return Document(
        doc_id=_one_line(doc_id) or stable_id(text),
        title=_one_line(title) or make_title(body),
        text=text,
        published=pub.value,
        published_precision=pub.precision,
        published_origin=pub.origin,
        source=_one_line(source) or site_of(url) or default_source,
        url=url,
        location=location,
    )


def document_from_record(
    record: Mapping[Any, Any], *, location: str, default_source: str, verbatim: bool = False
) -> Built:
    """A JSON object or CSV row to a Document (aliases accepted, see TEXT_KEYS and friends).

    Raises IngestError (message without the location) when there is no text field or it is empty.
    An unreadable date is not fatal: the document is kept undated (or dated by its header) with a warning.
    """
    rec = {norm_key(k): v for k, v in record.items()}
    found = pick(rec, TEXT_KEYS)
    if found is None:
        if any(k in rec for k in TEXT_KEYS):
            raise IngestError("aucun texte à lire (champ « text » vide)")
        shown = ", ".join(sorted(rec)[:12]) or "aucun"
        raise IngestError(f"pas de champ « text » (ni content, body, texte…) ; champs trouvés : {shown}")
    text = _as_text(found[1], found[0])
    fields: dict[str, str] = {}
    meta_keys: dict[str, tuple[str, ...]] = {
        "title": TITLE_KEYS,
        "url": URL_KEYS,
        "source": SOURCE_KEYS,
        "id": ID_KEYS,
    }
    for name, aliases in meta_keys.items():
        hit = pick(rec, aliases)
        fields[name] = _as_text(hit[1], hit[0]) if hit is not None else ""
    warnings: list[str] = []
    published: PubDate | None = None
    for keys, origin in _DATE_SOURCES:
        hit = pick(rec, keys)
        if hit is None:
            continue
        published = parse_date_value(hit[1], origin)
        if published is not None:
            break
        warnings.append(f"date « {str(hit[1])[:40]} » (champ {hit[0]}) non reconnue : ignorée")
    doc = build_document(
        text,
        location=location,
        default_source=default_source,
        title=fields["title"],
        url=fields["url"],
        source=fields["source"],
        doc_id=fields["id"],
        published=published,
        verbatim=verbatim,
    )
    return Built(doc, tuple(warnings))
