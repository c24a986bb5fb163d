"""Decode an HTML body: byte-order mark, HTTP charset, ``<meta>`` charset, then a guess.

Shared by the WARC reader and the fetcher, which both receive HTML as bytes together
with an HTTP ``Content-Type`` header. Labels follow the WHATWG encoding rules where they
differ from Python's codecs: ``iso-8859-1``, ``latin-1`` and ``us-ascii`` mean
``windows-1252``, as every browser decodes them; a body so labelled that is valid
multi-byte UTF-8 is read as UTF-8.
"""

from __future__ import annotations

import codecs
import logging
import re

import charset_normalizer

__all__ = ["decode_html", "is_html_type", "sniff_html"]

logger = logging.getLogger(__name__)

_META_WINDOW = 4096
_SNIFF_WINDOW = 512
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WESTERN = "cp1252"
_WHATWG_ALIASES = {"latin_1": _WESTERN, "ascii": _WESTERN, "iso8859_1": _WESTERN}
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def is_html_type(content_type: str | None) -> bool:
    """Whether a ``Content-Type`` value (parameters allowed) names HTML."""
    if not content_type:
        return False
    return content_type.split(";", 1)[0].strip().lower() in _HTML_TYPES


def sniff_html(body: bytes) -> bool:
    """Whether a body without a content type starts like an HTML document."""
    head = body[:_SNIFF_WINDOW].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


def _codec(label: str | None) -> str | None:
    """The Python codec name for a charset label, or ``None`` if it is unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        logger.debug("unknown charset label %r", label)
        return None
    return _WHATWG_ALIASES.get(name.replace("-", "_"), name)


def _decode_strict(body: bytes, codec: str | None) -> str | None:
    if codec is None:
        return None
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        logger.debug("body does not decode as %s", codec)
        return None


def _meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:_META_WINDOW])
    return match.group(1).decode("ascii") if match else None


def decode_html(body: bytes, *, http_charset: str | None) -> str:
    """Decode an HTML body to text.

    Tries, in order: a byte-order mark, the HTTP ``charset`` parameter, a ``<meta>``
    charset in the first 4 KiB, a guess by charset_normalizer, and finally UTF-8 with
    replacement characters. A declared charset the bytes do not decode with is skipped.

    Args:
        body: The raw (content-decoded) HTTP body.
        http_charset: The ``charset`` parameter of the ``Content-Type`` header, if any.

    Returns:
        The decoded text, never ``None``.
    """
    for bom, bom_codec in _BOMS:
        if body.startswith(bom):
            text = _decode_strict(body, bom_codec)
            if text is not None:
                return text
    for label in (http_charset, _meta_charset(body)):
        codec = _codec(label)
        if codec == _WESTERN and not body.isascii():
            # valid multi-byte UTF-8 is almost never real windows-1252 text; pages
            # labelled latin-1 or ascii that hold UTF-8 are common
            text = _decode_strict(body, "utf-8") or _decode_strict(body, codec)
        else:
            text = _decode_strict(body, codec)
        if text is not None:
            return text
    best = charset_normalizer.from_bytes(body).best()
    if best is not None:
        return str(best)
    return body.decode("utf-8", errors="replace")
