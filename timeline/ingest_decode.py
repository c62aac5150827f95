"""Bytes to clean text for `timeline.ingest`: BOM, strict UTF-8, then cp1252; binary refused; text normalised.

Why not charset detection: on short French text detectors guess cp1250 or EBCDIC, which turns "é" into
garbage without any error. French files that are not UTF-8 are in practice cp1252 (or latin-1, whose
letters are the same bytes), so the 8-bit choice is fixed. Decoding is always strict: no escaped
surrogates, no silent replacement character.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from timeline.errors import IngestError

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image PNG"),
    (b"%PDF-", "document PDF"),
    (b"\xff\xd8\xff", "image JPEG"),
    (b"GIF87a", "image GIF"),
    (b"GIF89a", "image GIF"),
    (b"PK\x03\x04", "archive ZIP (ou document Word/Excel/OpenDocument)"),
    (b"\x1f\x8b", "archive gzip"),
    (b"BZh", "archive bzip2"),
    (b"\xfd7zXZ\x00", "archive xz"),
    (b"7z\xbc\xaf\x27\x1c", "archive 7z"),
    (b"Rar!\x1a\x07", "archive RAR"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "document Office ancien (.doc/.xls)"),
    (b"\x7fELF", "programme exécutable"),
    (b"MZ\x90\x00", "programme exécutable Windows"),
    (b"SQLite format 3\x00", "base SQLite"),
    (b"PAR1", "fichier Parquet"),
    (b"OggS", "fichier audio/vidéo Ogg"),
    (b"ID3", "fichier audio MP3"),
    (b"\x00\x00\x00\x18ftyp", "fichier vidéo MP4"),
    (b"\x00\x00\x00\x20ftyp", "fichier vidéo MP4"),
    (b"RIFF", "fichier RIFF (WAV/AVI/WebP)"),
)

# C0 controls other than tab, LF, FF, CR; plus DEL. French text in any encoding has none of them.
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0C, 0x0D)) + b"\x7f"
# Bytes that cp1252 leaves undefined: in latin-1 they are C1 controls, which cleaning drops anyway.
_CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"

_MAX_CONTROL_RATIO = 0.02
"""More control bytes than this (share of the file) means binary data, not text."""
_MAX_HIGH_RATIO = 0.30
"""In the 8-bit fallback, more bytes >= 0x80 than this is not French text (accents are a few percent)."""

# Characters dropped from text: C0 and C1 controls except tab and LF, DEL, stray BOMs and lone surrogates.
_DROP = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ud800-\udfff]")
_NEWLINES = re.compile("\r\n?|[\f\v\u2028\u2029]")


def describe_binary(data: bytes) -> str | None:
    """Why `data` is binary (a French phrase such as 'image PNG'), or None when it may be text."""
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            return what
    if _utf16_without_bom(data):
        return None
    sample = data[:65536]
    if not sample:
        return None
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > max(8, _MAX_CONTROL_RATIO * len(sample)):
        return "caractères de contrôle"
    return None


def _control_share(text: str) -> float:
    """Share of control characters (other than tab and line breaks) in the first 64k characters of `text`."""
    sample = text[:65536]
    if len(sample) < 50:
        return 0.0
    return sum(1 for c in sample if (c < " " and c not in "\t\n\r\f") or "\x7f" <= c <= "\x9f") / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when NUL bytes sit on one parity only (ASCII text in UTF-16), else None."""
    sample = data[:65536]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    n = len(even)
    nul_even, nul_odd = even.count(0), odd.count(0)
    if nul_odd > 0.3 * n and nul_even < 0.02 * n:
        return "utf-16-le"
    if nul_even > 0.3 * n and nul_odd < 0.02 * n:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> str:
    """Decode file bytes: BOM, then strict UTF-8, then cp1252 (latin-1 bytes read the same way).

    Raises IngestError (message without the file name, the caller adds it) for binary data or a file
    whose BOM announces an encoding its bytes do not follow. The result is not cleaned yet.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise IngestError(
                    f"le fichier commence par une marque {encoding.upper()} mais n'est pas dans cet encodage "
                    f"(octet invalide à la position {exc.start})"
                ) from None
            if _control_share(text) > _MAX_CONTROL_RATIO:
                raise IngestError(
                    "fichier binaire refusé (caractères de contrôle) : seuls les textes sont lus"
                )
            return text
    if not data.replace(b"\x00", b"").strip():
        return ""
    binary = describe_binary(data)
    if binary is not None:
        raise IngestError(f"fichier binaire refusé ({binary}) : seuls les textes sont lus")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            raise IngestError("fichier binaire refusé (ni UTF-8, ni UTF-16, ni texte 8 bits)") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    high = sum(1 for b in data[:65536] if b >= 0x80)
    if high > _MAX_HIGH_RATIO * min(len(data), 65536):
        raise IngestError("fichier binaire refusé (octets non textuels) : seuls les textes sont lus")
    return data.translate(None, _CP1252_UNDEFINED).decode("cp1252")


def normalise_text(text: str) -> str:
    """Clean decoded text: CRLF, CR, form feed (page breaks of PDF-to-text output) and Unicode line
    separators to LF; other control characters dropped (tab kept); NFC.

    Never raises: lone surrogates (possible in pasted or JSON-escaped text) are dropped too.
    """
    text = _NEWLINES.sub("\n", text)
    text = _DROP.sub("", text)
    return unicodedata.normalize("NFC", text)


def verbatim_safe(text: str) -> str:
    """Same length as `text`, but lone surrogates become U+FFFD so the text can be encoded and hashed.

    Used where offsets must stay those of the caller's text (the JSON-lines stream of the CLI).
    """
    return re.sub("[\ud800-\udfff]", "\ufffd", text)
