"""The :class:`Reader` protocol and the helpers every reader shares.

A reader turns one file into a stream of :class:`~redline.model.RawDocument` values
(one per article) and :class:`~redline.model.ArticleResult` failures (one per bad input
or record). Readers never raise for bad input: a bad file is a result with a reason
code, and the run goes on.
"""

from __future__ import annotations

import gzip
import logging
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol, cast

from redline.model import ArticleResult, Status, content_hash

if TYPE_CHECKING:
    from collections.abc import Iterator

    from redline.ingest.fieldmap import FieldMap
    from redline.model import RawDocument
    from redline.settings import Settings

__all__ = [
    "ARTICLE_SUFFIXES",
    "BYTES_PER_CHAR",
    "RawBytes",
    "Reader",
    "failure",
    "logical_name",
    "read_raw_bytes",
]

logger = logging.getLogger(__name__)

ARTICLE_SUFFIXES: frozenset[str] = frozenset(
    {".txt", ".html", ".htm", ".jsonl", ".csv", ".warc"}
)
"""Suffixes of article files found when walking a directory (each also with ``.gz``)."""

BYTES_PER_CHAR = 4
"""The most bytes one UTF-8 character takes: the cheap bound for size checks."""


class Reader(Protocol):
    """Reads one file into raw documents and per-input failures."""

    def read(
        self, path: Path, *, settings: Settings
    ) -> Iterator[RawDocument | ArticleResult]:
        """Yield a raw document per article in ``path`` and a result per bad input."""
        ...


def failure(
    source: str, status: Status, message: str, *, data: str | bytes | None = None
) -> ArticleResult:
    """Build a failed result; ``data`` (the raw input) gives its ``input_hash``."""
    logger.info("%s: %s (%s)", source, message, status.value)
    return ArticleResult(
        source=source,
        status=status,
        message=message,
        input_hash=content_hash(data) if data is not None else None,
    )


def logical_name(path: Path) -> str:
    """The file name without a trailing ``.gz`` (what the content is), lower-cased."""
    name = path.name.lower()
    return name.removesuffix(".gz")


@dataclass(frozen=True, slots=True, kw_only=True)
class RawBytes:
    """The bytes of one file, or the failure that stopped reading it."""

    data: bytes = b""
    failed: ArticleResult | None = None


def read_raw_bytes(path: Path, *, settings: Settings) -> RawBytes:
    """Read a whole (possibly gzipped) single-article file, bounded by the size limit.

    A file whose bytes cannot hold fewer than ``max_article_chars`` characters is
    refused as too large before it is read in full.
    """
    source = str(path)
    limit = settings.max_article_chars * BYTES_PER_CHAR
    try:
        if path.name.lower().endswith(".gz"):
            with gzip.open(path, "rb") as fh:
                data = fh.read(limit + 1)
        else:
            if path.stat().st_size > limit:
                return RawBytes(failed=_too_large(source, settings))
            data = path.read_bytes()
    except (gzip.BadGzipFile, zlib.error, EOFError) as e:
        return RawBytes(
            failed=failure(source, Status.BINARY, f"not a readable gzip file: {e}")
        )
    except OSError as e:
        return RawBytes(failed=failure(source, Status.ERROR, f"cannot read file: {e}"))
    if len(data) > limit:
        return RawBytes(failed=_too_large(source, settings))
    return RawBytes(data=data)


def _too_large(source: str, settings: Settings) -> ArticleResult:
    return failure(
        source,
        Status.TOO_LARGE,
        f"article is larger than max_article_chars={settings.max_article_chars}",
    )


class RowParser(Protocol):
    """Turns an open byte stream of a corpus file into documents and failures."""

    def __call__(
        self,
        stream: BinaryIO,
        /,
        *,
        source: str,
        settings: Settings,
        fields: FieldMap | None,
    ) -> Iterator[RawDocument | ArticleResult]:
        """Yield one item per record of ``stream``."""
        ...


def stream_records(
    path: Path,
    parse: RowParser,
    *,
    settings: Settings,
    fields: FieldMap | None,
) -> Iterator[RawDocument | ArticleResult]:
    """Open a (possibly gzipped) corpus file and stream it through ``parse``.

    An unreadable file or broken gzip stream becomes one failure after the records
    read before it.
    """
    source = str(path)
    try:
        gz = path.name.lower().endswith(".gz")
        with cast("BinaryIO", gzip.open(path, "rb") if gz else path.open("rb")) as fh:
            yield from parse(fh, source=source, settings=settings, fields=fields)
    except (gzip.BadGzipFile, zlib.error, EOFError) as e:
        yield failure(source, Status.BINARY, f"not a readable gzip file: {e}")
    except OSError as e:
        yield failure(source, Status.ERROR, f"cannot read file: {e}")
