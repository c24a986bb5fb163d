"""The ingest stage: find inputs, read and decode them into raw documents.

:func:`iter_inputs` walks files, directories and standard input and yields a
:class:`~redline.model.RawDocument` per article, or an
:class:`~redline.model.ArticleResult` with a reason code per bad input.
"""

from __future__ import annotations

from .base import Reader
from .detect import detect_kind
from .files import iter_inputs

__all__ = ["Reader", "detect_kind", "iter_inputs"]
