"""Turn the parts an extractor found into an :class:`~redline.model.ArticleResult`.

Shared by every extractor: it cleans the body, strips a leading dateline, derives the
content hash and id, fills metadata from the raw document's hints, identifies the
language and decides the status (``ok``, ``no_body`` or ``lang``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from redline.model import Article, ArticleResult, Dateline, Status, content_hash

from ._markers import FOOTER_RE, PARAGRAPH_FOOTER_RE
from .language import detect_language
from .metadata import find_dateline
from .normalize import normalize_text, remove_furniture

if TYPE_CHECKING:
    from redline.model import RawDocument
    from redline.settings import Settings

__all__ = ["Parts", "build_result", "cut_footer", "strip_dateline"]

logger = logging.getLogger(__name__)

_ID_CHARS = 16


@dataclass(frozen=True, slots=True, kw_only=True)
class Parts:
    """What an extractor found; empty values mean "not found"."""

    body: str
    title: str = ""
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    outlet: str | None = None
    dateline: Dateline | None = None
    summary: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()


def cut_footer(text: str, *, glued: bool = True) -> str:
    """Cut ``text`` at the first credit or footer marker.

    With ``glued`` (flattened pages) a marker may open any sentence, even one glued
    to the previous word; otherwise only a paragraph.
    """
    match = (FOOTER_RE if glued else PARAGRAPH_FOOTER_RE).search(text)
    return text[: match.start()] if match is not None else text


def strip_dateline(body: str) -> tuple[str, Dateline | None, str | None]:
    """Remove a dateline that opens ``body``; return the body, dateline and outlet."""
    found = find_dateline(body, anchored=True)
    if found is None:
        return body, None, None
    return body[found.end :].lstrip(), found.dateline, found.outlet


def _aware(value: datetime | None) -> datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def _first(*values: str | None) -> str | None:
    for value in values:
        if value and value.strip():
            return value.strip()
    return None


def build_result(
    raw: RawDocument, parts: Parts, *, settings: Settings
) -> ArticleResult:
    """Clean the parts, add the raw document's hints and decide the status."""
    body = normalize_text(remove_furniture(normalize_text(parts.body)))
    dateline = parts.dateline
    dateline_outlet: str | None = None
    if dateline is None:
        body, dateline, dateline_outlet = strip_dateline(body)
    if dateline is None and raw.dateline:
        # a corpus that keeps the dateline in its own field ("TOKYO, March 27")
        place = raw.dateline.split(",")[0].split(" - ")[0].strip()
        if place:
            dateline = Dateline(place=place, text=raw.dateline.strip())
    text_hash = content_hash(body)
    if len(body) < settings.min_body_chars:
        return ArticleResult(
            source=raw.source,
            status=Status.NO_BODY,
            message=f"article body has {len(body)} characters, fewer than "
            f"min_body_chars={settings.min_body_chars}",
            input_hash=content_hash(raw.text),
        )
    language = detect_language(body, settings=settings)
    article = Article(
        id=raw.id or text_hash[:_ID_CHARS],
        source=raw.source,
        url=raw.url,
        title=_first(raw.title, parts.title) or "",
        authors=raw.authors or parts.authors,
        published=_aware(raw.published or parts.published),
        outlet=_first(raw.outlet, parts.outlet, dateline_outlet),
        dateline=dateline,
        summary=tuple(s for s in (normalize_text(x) for x in parts.summary) if s),
        captions=tuple(c for c in (normalize_text(x) for x in parts.captions) if c),
        language=language,
        text=body,
        content_hash=text_hash,
    )
    if language not in settings.language_set:
        return ArticleResult(
            source=raw.source,
            status=Status.LANG,
            article=article,
            message=f"language {language!r} is not among the analysed languages "
            f"({settings.languages})",
            input_hash=content_hash(raw.text),
        )
    return ArticleResult(
        source=raw.source,
        status=Status.OK,
        article=article,
        input_hash=content_hash(raw.text),
    )
