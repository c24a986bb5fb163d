"""Bytes to text, with the checks that turn unreadable input into reason codes.

The order of checks: empty input, byte-order marks (UTF-8/16/32), NUL bytes and
control characters (binary), strict UTF-8, then ``charset_normalizer`` for legacy
encodings. Among the encodings it finds about equally plausible, Windows-1252 wins:
short Western texts otherwise come out as Mac or Baltic code pages.
"""

from __future__ import annotations

import codecs
import logging
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

import charset_normalizer

from redline.model import ArticleResult, InputKind, RawDocument, Status

from .base import failure
from .detect import detect_text_kind

if TYPE_CHECKING:
    from redline.settings import Settings

__all__ = [
    "CP1252_FALLBACK",
    "Decoded",
    "decode_bytes",
    "decode_lenient",
    "document_from_bytes",
    "looks_binary",
]

logger = logging.getLogger(__name__)

_SAMPLE_BYTES = 8192
_MAX_CONTROL_RATIO = 0.05
_PREFERRED_ENCODING = "cp1252"
_CHAOS_TOLERANCE = 0.15
_MAX_STRAY_SHARE = 0.05
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\x1b")
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


CP1252_FALLBACK = "redline-cp1252"
"""Codec error handler: bytes that are not UTF-8 are read as Windows-1252."""


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    text = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad)
    return text, error.end


codecs.register_error(CP1252_FALLBACK, _cp1252_fallback)


def decode_lenient(data: bytes) -> str:
    """UTF-8, with any byte that is not UTF-8 read as Windows-1252; never raises."""
    return data.decode("utf-8", errors=CP1252_FALLBACK)


def _mostly_utf8(data: bytes) -> bool:
    """Whether ``data`` is UTF-8 with a few stray bytes (e.g. one Windows-1252 quote).

    It must hold valid multi-byte UTF-8 characters, at least as many as invalid
    bytes, and the invalid bytes must be rare.
    """
    valid = data.decode("utf-8", errors="ignore")
    invalid = len(data) - len(valid.encode("utf-8"))
    multibyte = sum(1 for ch in valid if ord(ch) > 0x7F)  # noqa: PLR2004 - ASCII
    return 0 < invalid <= multibyte and invalid <= _MAX_STRAY_SHARE * len(data)


@dataclass(frozen=True, slots=True, kw_only=True)
class Decoded:
    """Decoded text and the encoding used, or the failure that stopped decoding."""

    text: str = ""
    encoding: str = ""
    failed: ArticleResult | None = None


def looks_binary(data: bytes) -> bool:
    """Whether a sample of ``data`` holds NUL bytes or many control characters."""
    sample = data[:_SAMPLE_BYTES]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 0x20 and b not in _TEXT_CONTROLS)  # noqa: PLR2004 - ASCII controls
    return controls / len(sample) > _MAX_CONTROL_RATIO


def _control_ratio(text: str) -> float:
    sample = text[:_SAMPLE_BYTES]
    if not sample:
        return 0.0
    odd = sum(
        1
        for ch in sample
        if unicodedata.category(ch) in {"Cc", "Co", "Cs"} and ch not in "\t\n\r\f"
    )
    return odd / len(sample)


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _guess_encoding(data: bytes) -> str | None:
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        if (
            match.encoding == _PREFERRED_ENCODING
            and match.chaos <= best.chaos + _CHAOS_TOLERANCE
        ):
            return _PREFERRED_ENCODING
    encoding: str = best.encoding
    return encoding


def decode_bytes(data: bytes, *, source: str) -> Decoded:
    """Decode one input's bytes to text, or return why it cannot be read as text.

    Failures: ``EMPTY`` (no bytes or only whitespace), ``BINARY`` (NUL bytes or
    control characters) and ``ENCODING`` (no plausible text encoding).
    """
    if not data.strip():
        return Decoded(failed=failure(source, Status.EMPTY, "file is empty", data=data))
    encoding = _bom_encoding(data)
    if encoding is None and looks_binary(data):
        return Decoded(
            failed=failure(
                source,
                Status.BINARY,
                "file looks binary (NUL bytes or control characters), not text",
                data=data,
            )
        )
    if encoding is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            if _mostly_utf8(data):
                logger.debug("%s: UTF-8 with stray Windows-1252 bytes", source)
                return _checked(decode_lenient(data), "utf-8+cp1252", data, source)
            encoding = _guess_encoding(data)
        else:
            encoding = "utf-8"
            return _checked(text, encoding, data, source)
    if encoding is None:
        return Decoded(
            failed=failure(
                source,
                Status.ENCODING,
                "not UTF-8 and no plausible text encoding found",
                data=data,
            )
        )
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as e:
        return Decoded(
            failed=failure(
                source, Status.ENCODING, f"cannot decode as {encoding}: {e}", data=data
            )
        )
    logger.debug("%s decoded as %s", source, encoding)
    return _checked(text, encoding, data, source)


def _checked(text: str, encoding: str, data: bytes, source: str) -> Decoded:
    if not text.strip():
        return Decoded(
            failed=failure(
                source, Status.EMPTY, "file holds only whitespace", data=data
            )
        )
    if _control_ratio(text) > _MAX_CONTROL_RATIO:
        return Decoded(
            failed=failure(
                source,
                Status.BINARY,
                f"decoded as {encoding} but full of control characters",
                data=data,
            )
        )
    return Decoded(text=text, encoding=encoding)


def document_from_bytes(
    data: bytes,
    *,
    source: str,
    kind: InputKind | None,
    settings: Settings,
) -> RawDocument | ArticleResult:
    """Decode one single-article input and check its size.

    ``kind`` ``None`` detects plain text against page dump from the decoded text.
    """
    decoded = decode_bytes(data, source=source)
    if decoded.failed is not None:
        return decoded.failed
    text = decoded.text.lstrip("\ufeff")
    if len(text) > settings.max_article_chars:
        return failure(
            source,
            Status.TOO_LARGE,
            f"article has {len(text)} characters, more than "
            f"max_article_chars={settings.max_article_chars}",
            data=data,
        )
    return RawDocument(
        source=source,
        kind=kind if kind is not None else detect_text_kind(text),
        text=text,
    )
