"""Records of `timeline.ingest`: a problem report and the size limits (re-exported by timeline.ingest)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IngestProblem:
    """An input (file, row, line, upload) that could not be read. `message` is French and names the file."""

    location: str
    message: str


def human_size(n: int) -> str:
    """'20 Mo', '2,5 ko', '900 octets': limits and sizes as a French reader expects them."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.4g} Mo".replace(".", ",")
    if n >= 1_000:
        return f"{n / 1_000:.4g} ko".replace(".", ",")
    return f"{n} octets"


@dataclass(frozen=True)
class Limits:
    """Server-side bounds on what ingestion accepts (the browser's upload widget limit is not enforced).

    Sizes are in bytes. HTML is bounded in size, element count and nesting depth because article
    extraction time grows with the tree (about 1.2 s per 10,000 elements, measured with trafilatura 2.3.1).
    """

    max_file_bytes: int = 20_000_000
    max_upload_bytes: int = 200_000_000
    max_html_bytes: int = 5_000_000
    max_html_elements: int = 30_000
    max_html_depth: int = 200
    max_bad_rows: int = 20
    """After this many malformed rows or lines, the rest of the file is abandoned (one message says so)."""

    def __post_init__(self) -> None:
        for name in (
            "max_file_bytes",
            "max_upload_bytes",
            "max_html_bytes",
            "max_html_elements",
            "max_html_depth",
        ):
            if getattr(self, name) <= 0:
                raise ValueError(f"Limits.{name} must be positive")


DEFAULT_LIMITS = Limits()
