"""The extract stage: raw documents in, clean articles with metadata out.

:func:`extract_article` dispatches on the raw document's kind to the page-dump,
plain-text, HTML or JSONL-record extractor and returns an
:class:`~redline.model.ArticleResult`: status ``ok`` with the article, ``lang`` with
the article when its language is not analysed, or ``no_body`` when too little text
is left.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from redline.model import ArticleResult, InputKind, Status

from .html import extract_html
from .language import detect_language
from .normalize import normalize_text
from .pagedump import extract_page_dump
from .plaintext import extract_plain_text, extract_record
from .sitelines import SiteBoilerplate, find_site_boilerplate

if TYPE_CHECKING:
    from collections.abc import Callable

    from redline.model import RawDocument
    from redline.settings import Settings

__all__ = [
    "SiteBoilerplate",
    "detect_language",
    "extract_article",
    "extract_page_dump",
    "find_site_boilerplate",
    "normalize_text",
]

logger = logging.getLogger(__name__)

_EXTRACTORS: dict[InputKind, Callable[..., ArticleResult]] = {
    InputKind.PAGE_DUMP: extract_page_dump,
    InputKind.TEXT: extract_plain_text,
    InputKind.HTML: extract_html,
    InputKind.JSONL: extract_record,
    InputKind.CSV: extract_record,
}


def extract_article(raw: RawDocument, *, settings: Settings) -> ArticleResult:
    """Extract the clean article (body and metadata) from one raw document."""
    extractor = _EXTRACTORS.get(raw.kind)
    if extractor is None:
        return ArticleResult(
            source=raw.source,
            status=Status.UNSUPPORTED,
            message=f"no extractor for input kind {raw.kind!r}",
        )
    result = extractor(raw, settings=settings)
    logger.debug("%s: %s", raw.source, result.status.value)
    return result
