"""JSON Lines corpora: one article per line, streamed, gzip read transparently.

Each record is an object with ``text`` (or ``body``) and optional ``id``, ``title``,
``published`` (or ``date``), ``url``, ``outlet`` and ``authors``; a
:class:`~redline.ingest.fieldmap.FieldMap` names other fields. The metadata becomes
hints on the :class:`~redline.model.RawDocument`; the record's source is
``path#<id>`` (or ``path#<line number>`` when it has no id). A corpus file as a whole
is not size-limited, only each record.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from dateutil import parser as date_parser

from redline.model import ArticleResult, InputKind, RawDocument, Status

from ._decode import decode_lenient, looks_binary
from .base import failure, stream_records
from .fieldmap import FieldMap

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping
    from pathlib import Path

    from redline.settings import Settings

__all__ = ["JsonlReader", "iter_records", "parse_published", "record_document"]

logger = logging.getLogger(__name__)

_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d-%b-%Y %H:%M:%S.%f")


def parse_published(value: object) -> datetime | None:
    """Parse a date: ISO-8601, "December 31, 2017", Reuters' raw form or common ones.

    The result is always timezone-aware: naive times are taken as UTC.
    """
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        for fmt in _DATE_FORMATS:
            try:
                parsed = datetime.strptime(text, fmt)  # noqa: DTZ007 - made UTC below
                break
            except ValueError:
                continue
    if parsed is None:
        try:
            parsed = date_parser.parse(text, fuzzy=False)
        except (ValueError, OverflowError):
            logger.debug("unparsed date %r", value)
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def _string(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _authors(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(a.strip() for a in value.split(",") if a.strip())
    if isinstance(value, list):
        return tuple(a.strip() for a in value if isinstance(a, str) and a.strip())
    return ()


def _text_value(record: Mapping[str, object], fields: FieldMap) -> str | None:
    for name in fields.candidates("text"):
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value
    return None


def record_document(
    record: Mapping[str, object],
    *,
    prefix: str,
    where: str,
    label: str,
    kind: InputKind,
    settings: Settings,
    fields: FieldMap | None = None,
    data: str | bytes | None = None,
) -> RawDocument | ArticleResult:
    """Turn one parsed record (JSON object or CSV row) into a raw document.

    ``where`` is its source when it has no id; ``label`` (``"line 3"``, ``"row 0"``)
    opens failure messages.
    """
    fmap = fields if fields is not None else FieldMap()
    record_id = _string(fmap.first(record, "id"))
    source = f"{prefix}#{record_id}" if record_id else where
    text = _text_value(record, fmap)
    if text is None:
        wanted = " or ".join(fmap.candidates("text"))
        return failure(source, Status.BAD_RECORD, f"{label}: no {wanted}", data=data)
    if len(text) > settings.max_article_chars:
        return failure(
            source,
            Status.TOO_LARGE,
            f"{label}: record text has {len(text)} characters, more than "
            f"max_article_chars={settings.max_article_chars}",
            data=data,
        )
    published = next(
        (
            p
            for f in fmap.candidates("date")
            if (p := parse_published(record.get(f))) is not None
        ),
        None,
    )
    return RawDocument(
        source=source,
        kind=kind,
        text=text,
        id=record_id,
        url=_string(fmap.first(record, "url")),
        title=_string(fmap.first(record, "title")),
        published=published,
        outlet=_string(fmap.first(record, "outlet")),
        authors=_authors(record.get("authors")),
        dateline=_string(fmap.first(record, "dateline")),
    )


def _record(
    line: bytes,
    *,
    prefix: str,
    number: int,
    settings: Settings,
    fields: FieldMap | None,
) -> RawDocument | ArticleResult:
    where = f"{prefix}#{number}"
    try:
        record = json.loads(decode_lenient(line))
    except json.JSONDecodeError as e:
        return failure(
            where, Status.BAD_RECORD, f"line {number}: not valid JSON ({e})", data=line
        )
    if not isinstance(record, dict):
        return failure(
            where, Status.BAD_RECORD, f"line {number}: not a JSON object", data=line
        )
    return record_document(
        record,
        prefix=prefix,
        where=where,
        label=f"line {number}",
        kind=InputKind.JSONL,
        settings=settings,
        fields=fields,
        data=line,
    )


def iter_records(
    lines: Iterable[bytes],
    *,
    source: str,
    settings: Settings,
    fields: FieldMap | None = None,
) -> Iterator[RawDocument | ArticleResult]:
    """Yield one raw document or failure per non-blank line of a JSONL stream."""
    seen = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if seen == 0 and looks_binary(line):
            yield failure(source, Status.BINARY, "file looks binary, not JSON Lines")
            return
        seen += 1
        yield _record(
            line, prefix=source, number=number, settings=settings, fields=fields
        )
    if seen == 0:
        yield failure(source, Status.EMPTY, "JSON Lines file has no records")


class JsonlReader:
    """Streams a (possibly gzipped) JSON Lines file record by record."""

    def __init__(self, *, fields: FieldMap | None = None) -> None:
        """Read record fields through ``fields`` (the defaults when ``None``)."""
        self.fields = fields

    def read(
        self, path: Path, *, settings: Settings
    ) -> Iterator[RawDocument | ArticleResult]:
        """Yield a raw document per record and a failure per bad record."""
        return stream_records(path, iter_records, settings=settings, fields=self.fields)
