"""HTML pages, one article per file; extraction happens in :mod:`redline.extract`."""

from __future__ import annotations

from redline.model import InputKind

from .text import TextReader

__all__ = ["HtmlReader"]


class HtmlReader(TextReader):
    """Reads an HTML page into one raw document of kind ``HTML``."""

    def __init__(self) -> None:
        """Always read as HTML."""
        super().__init__(kind=InputKind.HTML)
