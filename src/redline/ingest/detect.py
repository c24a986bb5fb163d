"""Which reader an input needs: from its file name first, then from its content.

* ``.html`` / ``.htm``, or content opening with ``<!doctype`` or ``<html``: HTML.
* ``.csv``: CSV (one article per row).
* ``.jsonl``, or content whose first non-blank character opens a JSON object: JSONL.
* Anything else is text. Text is **plain text** when its first line is a title (under
  :data:`MAX_TITLE_CHARS` characters) followed by a blank line, otherwise a **page
  dump** (a whole web page flattened to text).
"""

from __future__ import annotations

import re

from redline.model import InputKind

__all__ = ["MAX_TITLE_CHARS", "detect_kind", "detect_text_kind"]

MAX_TITLE_CHARS = 300
"""The longest first line still taken as the title of a plain-text article."""

_HTML_SUFFIXES = (".html", ".htm")
_JSONL_SUFFIXES = (".jsonl",)
_CSV_SUFFIXES = (".csv",)
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
    re.IGNORECASE | re.DOTALL,
)
_TITLE_THEN_BLANK = re.compile(r"\A[ \t]*(?P<title>[^\r\n]+)\r?\n[ \t]*\r?\n")


def detect_text_kind(text: str) -> InputKind:
    """Plain text when a short title line and a blank line open ``text``; else dump."""
    match = _TITLE_THEN_BLANK.match(text.lstrip("\ufeff"))
    if match is not None and len(match.group("title").strip()) < MAX_TITLE_CHARS:
        return InputKind.TEXT
    return InputKind.PAGE_DUMP


def detect_kind(name: str, head: str) -> InputKind:
    """Detect the input kind from a file ``name`` (may be empty) and its first text.

    ``head`` needs to hold only the first few kilobytes of the content.
    """
    lowered = name.lower().removesuffix(".gz")
    if lowered.endswith(_HTML_SUFFIXES):
        return InputKind.HTML
    if lowered.endswith(_JSONL_SUFFIXES):
        return InputKind.JSONL
    if lowered.endswith(_CSV_SUFFIXES):
        return InputKind.CSV
    content = head.lstrip("\ufeff")
    if _HTML_START.match(content):
        return InputKind.HTML
    if not lowered.endswith(".txt") and content.lstrip().startswith("{"):
        return InputKind.JSONL
    return detect_text_kind(content)
