"""redline: who demands what of whom, per which source, since when, and what changed."""

from __future__ import annotations

import logging

from redline.errors import RedlineError
from redline.model import Actor, Article, ArticleResult, Claim, Source, Span, Status
from redline.settings import Settings, load_settings

__all__ = [
    "Actor",
    "Article",
    "ArticleResult",
    "Claim",
    "RedlineError",
    "Settings",
    "Source",
    "Span",
    "Status",
    "__version__",
    "load_settings",
]

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
