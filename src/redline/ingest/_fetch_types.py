"""Records of the fetcher: reason codes, per-URL results and the internal outcomes.

:class:`FetchReason` and :class:`FetchResult` are public through
:mod:`redline.ingest.fetch`. :func:`to_result` turns the outcome of one GET (a
:class:`Response` or a :class:`Failure`) into a result holding a
:class:`~redline.model.RawDocument` or an :class:`~redline.model.ArticleResult`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from redline.ingest._charset import decode_html, is_html_type, sniff_html
from redline.model import ArticleResult, InputKind, RawDocument, Status

if TYPE_CHECKING:
    from datetime import datetime

__all__ = [
    "Failure",
    "FetchReason",
    "FetchResult",
    "Job",
    "Response",
    "charset_of",
    "failed_result",
    "http_failure",
    "to_result",
]

_CHARSET = re.compile(r"""charset\s*=\s*["']?([^"';\s]+)""", re.IGNORECASE)
_GONE = frozenset({404, 410})
_OK_MIN, _OK_MAX = 200, 299
_NOT_MODIFIED = 304


class FetchReason(StrEnum):
    """Why a URL gave no document."""

    BAD_URL = "bad_url"
    DNS = "dns"
    PRIVATE_ADDRESS = "private_address"
    ROBOTS = "robots"
    TIMEOUT = "timeout"
    NETWORK = "network"
    DECODING = "decoding"
    HTTP_ERROR = "http_error"
    TOO_MANY_REDIRECTS = "too_many_redirects"
    TOO_LARGE = "too_large"
    EMPTY = "empty"
    UNSUPPORTED = "unsupported"
    BAD_FEED = "bad_feed"


_STATUS_FOR: dict[FetchReason, Status] = {
    FetchReason.TOO_LARGE: Status.TOO_LARGE,
    FetchReason.EMPTY: Status.EMPTY,
    FetchReason.UNSUPPORTED: Status.UNSUPPORTED,
    FetchReason.BAD_FEED: Status.NO_ARTICLES,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchResult:
    """What fetching one URL gave.

    ``document`` is a :class:`RawDocument` (HTML or plain text) when ``reason`` is
    ``None``, else an :class:`ArticleResult` whose ``message`` starts with the reason
    code. ``status_code`` is the last HTTP status (``None`` if none came back);
    ``from_cache`` is true when a ``304`` served the stored body.
    """

    url: str
    final_url: str
    status_code: int | None
    document: RawDocument | ArticleResult
    reason: FetchReason | None = None
    from_cache: bool = False
    attempts: int = 0

    @property
    def ok(self) -> bool:
        """Whether a document came back."""
        return self.reason is None and isinstance(self.document, RawDocument)


@dataclass(frozen=True, slots=True, kw_only=True)
class Job:
    """A URL to fetch, with hints (from a feed) for its document."""

    url: str
    title: str | None = None
    published: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Failure:
    """A GET that ended without an HTTP answer worth reading."""

    reason: FetchReason
    message: str
    final_url: str
    status_code: int | None = None
    attempts: int = 0
    retryable: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Response:
    """The final HTTP answer to a GET (after redirects); ``location`` for a redirect."""

    final_url: str
    status_code: int
    body: bytes = b""
    content_type: str | None = None
    location: str | None = None
    from_cache: bool = False
    attempts: int = 0

    @property
    def ok(self) -> bool:
        """Whether the answer carries a body to use (2xx, or 304 from the cache)."""
        return _OK_MIN <= self.status_code <= _OK_MAX or self.from_cache


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a ``Content-Type`` value."""
    match = _CHARSET.search(content_type or "")
    return match.group(1) if match else None


def failed_result(job: Job, failure: Failure) -> FetchResult:
    """A result for a URL that gave no document."""
    status = _STATUS_FOR.get(failure.reason, Status.ERROR)
    if failure.reason is FetchReason.HTTP_ERROR and failure.status_code in _GONE:
        status = Status.NOT_FOUND
    return FetchResult(
        url=job.url,
        final_url=failure.final_url,
        status_code=failure.status_code,
        document=ArticleResult(
            source=job.url,
            status=status,
            message=f"{failure.reason.value}: {failure.message}",
        ),
        reason=failure.reason,
        attempts=failure.attempts,
    )


def http_failure(response: Response) -> Failure | None:
    """The failure an unusable HTTP answer stands for, or ``None`` for a usable one.

    Unusable: 4xx, 5xx, or a redirect without ``Location``.
    """
    if response.ok:
        return None
    return Failure(
        reason=FetchReason.HTTP_ERROR,
        message=f"HTTP {response.status_code}",
        final_url=response.final_url,
        status_code=response.status_code,
        attempts=response.attempts,
    )


def _unusable(response: Response, reason: FetchReason, message: str) -> Failure:
    return Failure(
        reason=reason,
        message=message,
        final_url=response.final_url,
        status_code=response.status_code,
        attempts=response.attempts,
    )


def to_result(job: Job, outcome: Response | Failure) -> FetchResult:
    """Turn the outcome of one GET into a page result: HTML or text, or a reason."""
    if isinstance(outcome, Failure):
        return failed_result(job, outcome)
    failure = http_failure(outcome)
    if failure is not None:
        return failed_result(job, failure)
    body = outcome.body
    mime = (outcome.content_type or "").split(";", 1)[0].strip().lower()
    if not body.strip():
        return failed_result(job, _unusable(outcome, FetchReason.EMPTY, "empty body"))
    if is_html_type(mime) or (not mime and sniff_html(body)):
        kind = InputKind.HTML
    elif mime == "text/plain":
        kind = InputKind.TEXT
    else:
        message = f"content type {mime or 'missing'} is not HTML or text"
        return failed_result(job, _unusable(outcome, FetchReason.UNSUPPORTED, message))
    text = decode_html(body, http_charset=charset_of(outcome.content_type))
    document = RawDocument(
        source=job.url,
        kind=kind,
        text=text,
        url=outcome.final_url,
        title=job.title,
        published=job.published,
    )
    return FetchResult(
        url=job.url,
        final_url=outcome.final_url,
        status_code=outcome.status_code,
        document=document,
        from_cache=outcome.from_cache,
        attempts=outcome.attempts,
    )
