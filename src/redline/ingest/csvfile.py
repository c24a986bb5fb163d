"""CSV corpora: one article per row, streamed, gzip read transparently.

The header names the columns; a :class:`~redline.ingest.fieldmap.FieldMap` says which
column holds the text, title, date, id, URL and outlet (by default ``text`` or
``body``, ``title``, ``published`` or ``date``, ``id``, ``url``, ``outlet``). Fields
may hold newlines (quoted, as :mod:`csv` reads them). Bytes that are not UTF-8 are
read as Windows-1252. A row's source is ``path#<id>``, or ``path#<row index>``
(0-based data row) when it has no id. A header without the text column is one
``bad_record`` result naming the columns present.
"""

from __future__ import annotations

import csv
import gzip
import io
import logging
from typing import TYPE_CHECKING

from redline.model import ArticleResult, InputKind, RawDocument, Status

from ._decode import CP1252_FALLBACK
from .base import failure, stream_records
from .fieldmap import FieldMap
from .jsonl import record_document

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path
    from typing import BinaryIO

    from redline.settings import Settings

__all__ = ["CsvReader", "iter_csv_rows"]

logger = logging.getLogger(__name__)


def _allow_long_fields(settings: Settings) -> None:
    """Let :mod:`csv` read fields up to the article limit (its default is 128 KiB)."""
    wanted = settings.max_article_chars + 1
    if csv.field_size_limit() < wanted:
        csv.field_size_limit(wanted)


def iter_csv_rows(
    stream: BinaryIO | gzip.GzipFile,
    *,
    source: str,
    settings: Settings,
    fields: FieldMap | None = None,
) -> Iterator[RawDocument | ArticleResult]:
    """Yield one raw document or failure per data row of a CSV byte stream."""
    _allow_long_fields(settings)
    fmap = fields if fields is not None else FieldMap()
    text = io.TextIOWrapper(
        stream, encoding="utf-8-sig", errors=CP1252_FALLBACK, newline=""
    )
    reader = csv.DictReader(text)
    index = -1
    try:
        header = reader.fieldnames
        if not header:
            yield failure(source, Status.EMPTY, "CSV file has no header row")
            return
        wanted = fmap.candidates("text")
        if not any(name in header for name in wanted):
            yield failure(
                source,
                Status.BAD_RECORD,
                f"CSV header has no text column {' or '.join(map(repr, wanted))}; "
                f"columns present: {', '.join(map(repr, header))} "
                "(choose one with --text-field)",
            )
            return
        for index, row in enumerate(reader):
            yield record_document(
                {k: v for k, v in row.items() if isinstance(k, str)},
                prefix=source,
                where=f"{source}#{index}",
                label=f"row {index}",
                kind=InputKind.JSONL,
                settings=settings,
                fields=fmap,
            )
    except csv.Error as e:
        yield failure(
            f"{source}#{index + 1}",
            Status.BAD_RECORD,
            f"row {index + 1}: unreadable CSV ({e}); the rest of the file is skipped",
        )
    finally:
        text.detach()
    if index < 0:
        yield failure(source, Status.EMPTY, "CSV file has no data rows")


class CsvReader:
    """Streams a (possibly gzipped) CSV file row by row."""

    def __init__(self, *, fields: FieldMap | None = None) -> None:
        """Read columns through ``fields`` (the defaults when ``None``)."""
        self.fields = fields

    def read(
        self, path: Path, *, settings: Settings
    ) -> Iterator[RawDocument | ArticleResult]:
        """Yield a raw document per row and a failure per bad row or file."""
        return stream_records(
            path, iter_csv_rows, settings=settings, fields=self.fields
        )
