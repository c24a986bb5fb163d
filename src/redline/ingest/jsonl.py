"""JSON Lines corpora: one article per line, streamed, gzip read transparently.

Each record is an object with ``text`` (or ``body``) and optional ``id``, ``title``,
``published`` (or ``date``), ``url``, ``outlet`` and ``authors``. The metadata becomes
hints on the :class:`~redline.model.RawDocument`; the record's source is
``path#<id>`` (or ``path#<line number>`` when it has no id). A corpus file as a whole
is not size-limited, only each record.
"""

from __future__ import annotations

import gzip
import json
import logging
import zlib
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from dateutil import parser as date_parser

from redline.model import ArticleResult, InputKind, RawDocument, Status

from ._decode import looks_binary
from .base import failure

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from pathlib import Path

    from redline.settings import Settings

__all__ = ["JsonlReader", "iter_records", "parse_published"]

logger = logging.getLogger(__name__)

_TEXT_FIELDS = ("text", "body")
_DATE_FIELDS = ("published", "date")


def parse_published(value: object) -> datetime | None:
    """Parse an ISO-8601 or common date string; naive times are taken as UTC."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        try:
            parsed = date_parser.parse(value, fuzzy=False)
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


def _record(
    line: bytes, *, prefix: str, number: int, settings: Settings
) -> RawDocument | ArticleResult:
    where = f"{prefix}#{number}"
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        return failure(
            where, Status.BAD_RECORD, f"line {number}: not valid JSON ({e})", data=line
        )
    if not isinstance(record, dict):
        return failure(
            where, Status.BAD_RECORD, f"line {number}: not a JSON object", data=line
        )
    record_id = _string(record.get("id"))
    source = f"{prefix}#{record_id}" if record_id else where
    text = next(
        (v for f in _TEXT_FIELDS if isinstance(v := record.get(f), str) and v.strip()),
        None,
    )
    if text is None:
        return failure(
            source, Status.BAD_RECORD, f"line {number}: no text or body", data=line
        )
    if len(text) > settings.max_article_chars:
        return failure(
            source,
            Status.TOO_LARGE,
            f"line {number}: record text has {len(text)} characters, more than "
            f"max_article_chars={settings.max_article_chars}",
            data=line,
        )
    published = next(
        (p for f in _DATE_FIELDS if (p := parse_published(record.get(f))) is not None),
        None,
    )
    return RawDocument(
        source=source,
        kind=InputKind.JSONL,
        text=text,
        id=record_id,
        url=_string(record.get("url")),
        title=_string(record.get("title")),
        published=published,
        outlet=_string(record.get("outlet")),
        authors=_authors(record.get("authors")),
    )


def iter_records(
    lines: Iterable[bytes], *, source: str, settings: Settings
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
        yield _record(line, prefix=source, number=number, settings=settings)
    if seen == 0:
        yield failure(source, Status.EMPTY, "JSON Lines file has no records")


class JsonlReader:
    """Streams a (possibly gzipped) JSON Lines file record by record."""

    def read(
        self, path: Path, *, settings: Settings
    ) -> Iterator[RawDocument | ArticleResult]:
        """Yield a raw document per record and a failure per bad record."""
        source = str(path)
        try:
            if path.name.lower().endswith(".gz"):
                with gzip.open(path, "rb") as fh:
                    yield from iter_records(fh, source=source, settings=settings)
            else:
                with path.open("rb") as fh:
                    yield from iter_records(fh, source=source, settings=settings)
        except (gzip.BadGzipFile, zlib.error, EOFError) as e:
            yield failure(source, Status.BINARY, f"not a readable gzip file: {e}")
        except OSError as e:
            yield failure(source, Status.ERROR, f"cannot read file: {e}")
