"""HTML pages, one article per file; extraction happens in :mod:`redline.extract`."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from redline.model import InputKind

from ._decode import document_from_bytes
from .base import read_raw_bytes

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from redline.model import ArticleResult, RawDocument
    from redline.settings import Settings

__all__ = ["HtmlReader"]

logger = logging.getLogger(__name__)


class HtmlReader:
    """Reads an HTML page into one raw document of kind ``HTML``."""

    def read(
        self, path: Path, *, settings: Settings
    ) -> Iterator[RawDocument | ArticleResult]:
        """Yield the page, or the reason it cannot be read."""
        raw = read_raw_bytes(path, settings=settings)
        if raw.failed is not None:
            yield raw.failed
            return
        yield document_from_bytes(
            raw.data, source=str(path), kind=InputKind.HTML, settings=settings
        )
