"""Text files: plain-text articles and page dumps, one article per file."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ._decode import document_from_bytes
from .base import read_raw_bytes

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from redline.model import ArticleResult, InputKind, RawDocument
    from redline.settings import Settings

__all__ = ["TextReader"]

logger = logging.getLogger(__name__)


class TextReader:
    """Reads a ``.txt`` file as plain text or a page dump (detected unless forced)."""

    def __init__(self, *, kind: InputKind | None = None) -> None:
        """Force ``kind`` (``TEXT`` or ``PAGE_DUMP``), or detect it per file."""
        self.kind = kind

    def read(
        self, path: Path, *, settings: Settings
    ) -> Iterator[RawDocument | ArticleResult]:
        """Yield the file's one article, or the reason it cannot be read."""
        raw = read_raw_bytes(path, settings=settings)
        if raw.failed is not None:
            yield raw.failed
            return
        yield document_from_bytes(
            raw.data, source=str(path), kind=self.kind, settings=settings
        )
