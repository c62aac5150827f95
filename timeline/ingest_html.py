"""Article text and metadata of a web page, through trafilatura, bounded in size, element count and depth.

Why bounded: extraction time grows with the tree (about 1.2 s per 10,000 elements with trafilatura 2.3.1)
and libxml2 silently flattens nesting past 256 levels, losing the text. So the page is parsed once with
lxml, measured, refused past the limits with a message, and only then handed to trafilatura.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import lxml.etree  # type: ignore[import-untyped]
import lxml.html  # type: ignore[import-untyped]
import trafilatura
from trafilatura.metadata import extract_metadata

from timeline.errors import IngestError
from timeline.ingest_types import Limits, human_size

_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]{0,200}>")

# Only metadata counts as the publication date here: htmldate's extensive search reads dates out of the
# text, which is inference (done later by the pipeline, with its own origin).
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True)
class HtmlArticle:
    """What a page gives: the article text and the metadata trafilatura found (empty strings if none)."""

    text: str
    title: str = ""
    date: str = ""
    url: str = ""
    site: str = ""


def _field(found: Any, name: str) -> str:
    """A metadata field of trafilatura's result (a Document object, or a dict in older call styles)."""
    value = found.get(name) if isinstance(found, dict) else getattr(found, name, None)
    return value if isinstance(value, str) else ""


def _measure(tree: Any) -> tuple[int, int]:
    """(element count, maximum nesting depth), without recursion."""
    count = 0
    deepest = 0
    stack: list[tuple[Any, int]] = [(tree, 1)]
    while stack:
        element, depth = stack.pop()
        count += 1
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return count, deepest


def extract_html(html: str, limits: Limits) -> HtmlArticle:
    """Main text (scripts, styles, menus and footers removed) and metadata of the page `html`.

    Raises IngestError (message without the file name) past the limits or when no text is found.
    """
    size = len(html.encode("utf-8", errors="ignore"))
    if size > limits.max_html_bytes:
        raise IngestError(
            f"page HTML trop volumineuse ({human_size(size)}, limite {human_size(limits.max_html_bytes)})"
        )
    html = _XML_DECLARATION.sub("", html, count=1)
    if not html.strip():
        raise IngestError("aucun texte à lire (page HTML vide)")
    try:
        tree = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise IngestError(f"page HTML illisible ({exc})") from None
    count, depth = _measure(tree)
    if count > limits.max_html_elements:
        raise IngestError(f"page HTML trop complexe ({count} éléments, limite {limits.max_html_elements})")
    if depth > limits.max_html_depth:
        raise IngestError(
            f"page HTML trop profondément imbriquée ({depth} niveaux ou plus, limite {limits.max_html_depth})"
        )
    try:
        found = trafilatura.bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            date_extraction_params=dict(_DATE_PARAMS),  # trafilatura writes into it
        )
    except Exception as exc:  # third-party parser on hostile input: report, never crash the run
        raise IngestError(f"extraction du texte HTML impossible ({type(exc).__name__})") from None
    text = _field(found, "text") if found is not None else ""
    if not text.strip():
        # Short pages (a fragment, a single paragraph) fall below trafilatura's article heuristics:
        # take the page's visible text instead (scripts and styles are still removed by trafilatura).
        text = trafilatura.html2txt(html)
    if not text.strip():
        raise IngestError("aucun texte à lire (aucun texte d'article trouvé dans la page HTML)")
    if found is None:
        try:
            found = extract_metadata(
                lxml.html.document_fromstring(html), date_config=dict(_DATE_PARAMS), extensive=False
            )
        except Exception:  # metadata of a page whose text we already have: optional
            return HtmlArticle(text=text)
    return HtmlArticle(
        text=text,
        title=_field(found, "title"),
        date=_field(found, "date"),
        url=_field(found, "url"),
        site=_field(found, "sitename") or _field(found, "hostname"),
    )
