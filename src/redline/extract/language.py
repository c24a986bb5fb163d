"""Language identification with py3langid.

Short texts are unreliable to classify, so under :data:`MIN_CHARS` characters the
first configured language is assumed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import py3langid

if TYPE_CHECKING:
    from redline.settings import Settings

__all__ = ["MIN_CHARS", "SAMPLE_CHARS", "default_language", "detect_language"]

logger = logging.getLogger(__name__)

MIN_CHARS = 120
"""Texts shorter than this get the configured default language."""

SAMPLE_CHARS = 1500
"""Only this much of a long text is classified."""

_FALLBACK = "en"


def default_language(settings: Settings) -> str:
    """The first language listed in ``settings.languages`` (``en`` if none)."""
    for code in settings.languages.split(","):
        if code.strip():
            return code.strip()
    return _FALLBACK


def detect_language(text: str, *, settings: Settings) -> str:
    """The ISO 639-1 code of ``text``'s language."""
    if len(text.strip()) < MIN_CHARS:
        return default_language(settings)
    code, score = py3langid.classify(text[:SAMPLE_CHARS])
    logger.debug("language %s (score %.2f)", code, score)
    return str(code)
