"""Read HTML responses out of WARC files (plain or gzip) with FastWARC.

Each ``response`` record whose HTTP status is 2xx and whose content type is HTML
becomes a :class:`~redline.model.RawDocument` of kind ``html``; every other record
(``warcinfo``, ``request``, ``metadata``, ``revisit``, non-HTML or error responses) is
skipped and counted in :class:`WarcStats`. Damage ends the file: a truncated record, a
cut-off header or invalid gzip yields one :class:`~redline.model.ArticleResult` with
status ``bad_record`` after every record read before it.
"""

from __future__ import annotations

import io
import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC
from typing import TYPE_CHECKING, BinaryIO

from fastwarc.stream_io import BrotliReader, ChunkedReader, GzipReader
from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from redline.ingest._charset import decode_html, is_html_type, sniff_html
from redline.ingest.base import BYTES_PER_CHAR, failure
from redline.model import ArticleResult, InputKind, RawDocument, Status, content_hash

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from fastwarc.stream_io import WarcReader

    from redline.settings import Settings

__all__ = ["WarcStats", "read_warc"]

logger = logging.getLogger(__name__)

_HTTP_OK_MIN, _HTTP_OK_MAX = 200, 299
_HTTP_REDIRECT_MIN, _HTTP_ERROR_MIN = 300, 400


@dataclass(slots=True, kw_only=True)
class WarcStats:
    """Counts for one WARC file, filled in while :func:`read_warc` is iterated.

    ``skipped`` maps a reason (the record type, or ``not_html``, ``redirect``,
    ``http_error``, ``no_http``, ``empty``) to the number of records skipped for it.
    """

    records: int = 0
    documents: int = 0
    skipped: Counter[str] = field(default_factory=Counter)


class _DamagedError(Exception):
    """Internal: the archive cannot be read past this point."""


def _bad(path: Path, message: str) -> ArticleResult:
    return failure(str(path), Status.BAD_RECORD, message)


def _decode_payload(raw: bytes, *, transfer: str, content: str, limit: int) -> bytes:
    """Undo HTTP transfer and content encodings that the archive kept.

    At most ``limit + 1`` decoded bytes are produced, so a compression bomb stays
    small; the caller treats more than ``limit`` as too large.
    """
    body = raw
    if "chunked" in transfer:
        body = ChunkedReader(io.BytesIO(body)).read()
    reader: WarcReader | None = None
    if content in {"gzip", "x-gzip"}:
        reader = GzipReader(io.BytesIO(body))
    elif content == "deflate":
        reader = GzipReader(io.BytesIO(body), zlib=True)
    elif content == "br":
        reader = BrotliReader(io.BytesIO(body))
    return body if reader is None else reader.read(limit + 1)


def _skip_reason(record: WarcRecord) -> str | None:
    """Why a record carries no HTML article, or ``None`` if it may."""
    if record.record_type != WarcRecordType.response:
        return str(record.record_type)
    http = record.http_headers if record.is_http else None
    status = http.status_code if http is not None else None
    if http is None or status is None:
        return "no_http"
    if _HTTP_REDIRECT_MIN <= status < _HTTP_ERROR_MIN:
        return "redirect"
    if status >= _HTTP_ERROR_MIN:
        return "http_error"
    if not _HTTP_OK_MIN <= status <= _HTTP_OK_MAX:
        return "http_status"
    if record.content_length == 0:
        return "empty"
    if record.http_content_type is not None and not is_html_type(
        record.http_content_type
    ):
        return "not_html"
    return None


def _check_header(record: WarcRecord) -> None:
    if record.record_id is None or record.headers.get("Content-Length") is None:
        raise _DamagedError("a record header is cut off or invalid")


def _consume(record: WarcRecord) -> None:
    """Read past a skipped record, checking that all of it is there."""
    expected = record.content_length
    got = record.reader.consume()
    if got < expected:
        raise _DamagedError(
            f"record {record.record_id} is truncated ({got} of {expected} bytes)"
        )


def _read_document(
    path: Path, record: WarcRecord, *, settings: Settings
) -> RawDocument | ArticleResult:
    """Turn one HTML response record into a document or a per-record result."""
    record_id = (record.record_id or "").strip("<>")
    source = f"{path}#{record_id}"
    expected = record.content_length
    if expected > settings.max_article_chars * BYTES_PER_CHAR:
        _consume(record)
        return ArticleResult(
            source=source,
            status=Status.TOO_LARGE,
            message=f"HTML body of {expected} bytes",
        )
    raw = record.reader.read()
    if len(raw) < expected:
        raise _DamagedError(
            f"record {record.record_id} is truncated ({len(raw)} of {expected} bytes)"
        )
    http = record.http_headers
    limit = settings.max_article_chars * BYTES_PER_CHAR
    try:
        body = _decode_payload(
            raw,
            transfer=(http.get("Transfer-Encoding") or "").lower(),
            content=(http.get("Content-Encoding") or "").strip().lower(),
            limit=limit,
        )
    except OSError as e:
        return ArticleResult(
            source=source,
            status=Status.BAD_RECORD,
            message=f"cannot decode HTTP body: {e}",
            input_hash=content_hash(raw),
        )
    if len(body) > limit:
        return ArticleResult(
            source=source,
            status=Status.TOO_LARGE,
            message=f"decoded HTML body is over {limit} bytes",
            input_hash=content_hash(raw),
        )
    if record.http_content_type is None and not sniff_html(body):
        return ArticleResult(
            source=source,
            status=Status.UNSUPPORTED,
            message="response without a content type that does not look like HTML",
            input_hash=content_hash(body),
        )
    text = decode_html(body, http_charset=record.http_charset)
    if len(text) > settings.max_article_chars:
        return ArticleResult(
            source=source,
            status=Status.TOO_LARGE,
            message=f"HTML of {len(text)} characters",
            input_hash=content_hash(body),
        )
    published = record.record_date
    if published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    return RawDocument(
        source=source,
        kind=InputKind.HTML,
        text=text,
        id=record_id or None,
        url=record.headers.get("WARC-Target-URI"),
        published=published,
    )


def _records(
    path: Path, stream: BinaryIO, stats: WarcStats, *, settings: Settings
) -> Iterator[RawDocument | ArticleResult]:
    for record in ArchiveIterator(stream, parse_http=True, auto_decode="none"):
        stats.records += 1
        _check_header(record)
        reason = _skip_reason(record)
        if reason is not None:
            _consume(record)
            stats.skipped[reason] += 1
            continue
        item = _read_document(path, record, settings=settings)
        if isinstance(item, RawDocument):
            stats.documents += 1
        yield item


def read_warc(
    path: Path, *, settings: Settings, stats: WarcStats | None = None
) -> Iterator[RawDocument | ArticleResult]:
    """Yield the HTML responses of a WARC or WARC.gz file as raw HTML documents.

    Args:
        path: The ``.warc`` or ``.warc.gz`` file; compression is detected from the
            bytes, so a plain WARC named ``.warc.gz`` is read too.
        settings: Supplies ``max_article_chars`` (larger pages get ``too_large``).
        stats: Optional counters, filled in as records are read.

    Yields:
        A :class:`RawDocument` (kind ``html``, ``source`` ``"{path}#{record-id}"``,
        ``url`` the target URI, ``published`` the aware WARC-Date) per HTML response,
        an :class:`ArticleResult` for a record that is too large or undecodable, and
        last, if the file is damaged, one result with status ``bad_record``.

    A missing file yields one result with status ``not_found``; like every reader,
    this never raises for bad input.
    """
    counts = WarcStats() if stats is None else stats
    try:
        stream = path.open("rb")
    except FileNotFoundError:
        yield failure(str(path), Status.NOT_FOUND, "no such WARC file")
        return
    except OSError as e:
        yield failure(str(path), Status.ERROR, f"cannot open WARC file: {e}")
        return
    with stream:
        records = _records(path, stream, counts, settings=settings)
        while True:
            try:
                item = next(records, None)
            except _DamagedError as e:
                good = counts.records - 1
                yield _bad(path, f"damaged WARC after {good} records: {e}")
                break
            except OSError as e:
                yield _bad(
                    path,
                    f"damaged WARC after {counts.records} records "
                    f"(truncated, invalid gzip or not a WARC file): {e}",
                )
                break
            if item is None:
                break
            yield item
    logger.info(
        "%s: %d records, %d documents, skipped %s",
        path,
        counts.records,
        counts.documents,
        dict(counts.skipped),
    )
