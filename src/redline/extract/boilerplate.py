"""Body text and base metadata of HTML pages, via trafilatura.

All trafilatura calls live here. trafilatura returns ``None`` for pages it cannot
read; this module turns that into an empty :class:`PageText`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import trafilatura

__all__ = ["PageText", "extract_page_text"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class PageText:
    """What trafilatura found on a page; empty strings where it found nothing."""

    text: str = ""
    title: str = ""
    author: str = ""
    date: str = ""
    sitename: str = ""


def _field(document: object, name: str) -> str:
    value = getattr(document, name, None)
    return value.strip() if isinstance(value, str) else ""


def extract_page_text(
    html: str | Any,  # noqa: ANN401 - an lxml tree is accepted as well
    *,
    url: str | None = None,
    with_metadata: bool = True,
) -> PageText:
    """Extract the main text (one line per block) and metadata of an HTML page.

    ``html`` is the page source or an already parsed (and pruned) lxml tree.
    ``with_metadata=False`` skips trafilatura's metadata pass (about a fifth of its
    time) when the page's own JSON-LD and meta tags already gave what is needed.
    """
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=with_metadata,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
    )
    if document is None:
        logger.debug("trafilatura found no text in %s", url or "page")
        return PageText()
    return PageText(
        text=_field(document, "text"),
        title=_field(document, "title"),
        author=_field(document, "author"),
        date=_field(document, "date"),
        sitename=_field(document, "sitename"),
    )
