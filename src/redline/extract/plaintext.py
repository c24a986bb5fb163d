"""Plain-text articles and JSONL records: the body is given, metadata mostly too.

A plain-text file is a title line, a blank line and the body, whose first paragraph
may open with a dateline and may be preceded by a byline (``By A and B``) or a date
line. A JSONL record's text is the body as given; its fields are hints on the raw
document. Both go through the same clean-up.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ._assemble import Parts, build_result, cut_footer
from .metadata import clean_title, find_byline, find_date
from .normalize import normalize_text, split_paragraphs

if TYPE_CHECKING:
    from datetime import datetime

    from redline.model import ArticleResult, RawDocument
    from redline.settings import Settings

__all__ = ["extract_plain_text", "extract_record", "parse_plain_text"]

logger = logging.getLogger(__name__)

_MAX_META_WORDS = 12


def _leading_metadata(
    paragraphs: list[str],
) -> tuple[tuple[str, ...], datetime | None, list[str]]:
    """Take byline and date paragraphs off the start of the body."""
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    while paragraphs and len(paragraphs[0].split()) <= _MAX_META_WORDS:
        first = paragraphs[0]
        byline = find_byline(first)
        date = find_date(first)
        if byline is not None and byline[1] == 0 and not authors:
            authors = byline[0]
        elif date is not None and date[1] == 0 and published is None:
            published = date[0]
        else:
            break
        paragraphs = paragraphs[1:]
    return authors, published, paragraphs


def parse_plain_text(text: str) -> Parts:
    """Split a plain-text article into its title and body (with byline and date)."""
    text = normalize_text(text)
    title_line, _, body = text.partition("\n\n")
    title, site = clean_title(title_line)
    authors, published, paragraphs = _leading_metadata(split_paragraphs(body))
    return Parts(
        body=cut_footer("\n\n".join(paragraphs), glued=False),
        title=title,
        authors=authors,
        published=published,
        outlet=site,
    )


def extract_plain_text(raw: RawDocument, *, settings: Settings) -> ArticleResult:
    """Extract the article from a plain-text file."""
    return build_result(raw, parse_plain_text(raw.text), settings=settings)


def extract_record(raw: RawDocument, *, settings: Settings) -> ArticleResult:
    """Extract the article from a JSONL record: its text is the body."""
    authors, published, paragraphs = _leading_metadata(
        split_paragraphs(normalize_text(raw.text))
    )
    parts = Parts(
        body=cut_footer("\n\n".join(paragraphs), glued=False),
        title=raw.title or "",
        authors=authors,
        published=published,
    )
    return build_result(raw, parts, settings=settings)
