"""Fetch web pages and feeds politely, safely and with bounded resources.

:class:`Fetcher` runs async httpx on a worker thread and hands back a synchronous
iterator of :class:`FetchResult` values as they complete. For every URL it: refuses
hosts that resolve to private, loopback or link-local addresses (each redirect hop is
checked again); obeys robots.txt; spaces requests to one host by ``per_host_delay``;
limits requests in flight with a semaphore; retries 5xx answers and connection errors
with exponential backoff (never 4xx); enforces ``timeout`` per attempt and
``max_bytes`` while streaming; follows at most ``max_redirects`` redirects; and, with
a ``cache_dir``, revalidates earlier bodies with ``If-None-Match`` /
``If-Modified-Since`` so a ``304`` serves the stored body.

Expected per-URL outcomes are results with a :class:`FetchReason`, never exceptions.
Proxy environment variables are ignored: the address check needs direct connections.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

import httpx

from redline.errors import ConfigError
from redline.ingest._bridge import iterate_in_thread
from redline.ingest._fetch_types import (
    Failure,
    FetchReason,
    FetchResult,
    Job,
    failed_result,
    http_failure,
    to_result,
)
from redline.ingest._http_cache import HttpCache
from redline.ingest._session import Session
from redline.ingest.feeds import FeedItem, read_feed

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Generator, Iterable
    from pathlib import Path

__all__ = ["FetchReason", "FetchResult", "Fetcher", "compute_backoff"]

logger = logging.getLogger(__name__)

_MAX_CHILD_SITEMAPS = 50

_Emit: TypeAlias = "Callable[[FetchResult], Awaitable[None]]"


def compute_backoff(attempt: int, *, backoff: float) -> float:
    """Seconds to wait after failed attempt number ``attempt`` (1-based).

    ``backoff * 2 ** (attempt - 1)``: with ``backoff=0.5`` the waits are 0.5, 1, 2 s.
    """
    return float(backoff * 2 ** (attempt - 1))


@dataclass(frozen=True, slots=True, kw_only=True)
class _Options:
    concurrency: int
    per_host_delay: float
    timeout: float
    retries: int
    backoff: float
    max_bytes: int
    max_redirects: int
    allow_private: bool
    user_agent: str


class Fetcher:
    """Fetches URLs and feeds; one instance may run many batches, one at a time."""

    def __init__(
        self,
        *,
        concurrency: int = 4,
        per_host_delay: float = 1.0,
        timeout: float = 10.0,
        retries: int = 3,
        backoff: float = 0.5,
        max_bytes: int = 5_000_000,
        max_redirects: int = 5,
        cache_dir: Path | None = None,
        allow_private: bool = False,
        user_agent: str = "redline/0.1",
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        """Configure a fetcher.

        Args:
            concurrency: Requests in flight at once.
            per_host_delay: Seconds between the starts of two requests to one host.
            timeout: Seconds one attempt (connect, headers and body) may take.
            retries: Further attempts after a 5xx answer or a connection error.
            backoff: First retry wait in seconds; it doubles with each retry.
            max_bytes: Largest (decoded) body read; larger ones are ``too_large``.
            max_redirects: Redirects followed before giving up.
            cache_dir: Directory for bodies and validators (conditional requests).
            allow_private: Allow private, loopback and link-local addresses.
            user_agent: Sent with every request and matched against robots.txt.
            transport: An httpx transport to use instead of the network (tests).

        Raises:
            ConfigError: An option is out of range.
        """
        if concurrency < 1 or retries < 0 or max_redirects < 0 or max_bytes < 1:
            raise ConfigError(
                "concurrency and max_bytes must be positive; "
                "retries and max_redirects must not be negative"
            )
        if timeout <= 0 or per_host_delay < 0 or backoff < 0:
            raise ConfigError("timeout must be positive; delays must not be negative")
        self._options = _Options(
            concurrency=concurrency,
            per_host_delay=per_host_delay,
            timeout=timeout,
            retries=retries,
            backoff=backoff,
            max_bytes=max_bytes,
            max_redirects=max_redirects,
            allow_private=allow_private,
            user_agent=user_agent,
        )
        self._cache = HttpCache(cache_dir) if cache_dir is not None else None
        self._transport = transport

    def fetch_all(self, urls: Iterable[str]) -> Generator[FetchResult, None, None]:
        """Fetch every URL; yield one result per URL, in completion order.

        ``urls`` is read lazily (on the fetch thread), so it may be a long generator.
        Close the returned generator to stop early; requests in flight are cancelled.
        """
        jobs = (Job(url=url) for url in urls)
        return self._run(lambda session, emit: _fetch_jobs(session, jobs, emit))

    def fetch_feed(
        self, url: str, *, max_items: int | None = None
    ) -> Generator[FetchResult, None, None]:
        """Fetch a feed or sitemap (index), then the pages it lists.

        The feed's title and date for each item become the ``title`` and ``published``
        hints of its :class:`~redline.model.RawDocument`. A feed that cannot be
        fetched or read yields one result for the feed URL; a sitemap index is
        followed one level deep.
        """
        return self._run(
            lambda session, emit: _crawl_feed(session, url, emit, max_items=max_items)
        )

    def _run(
        self,
        work: Callable[[Session, _Emit], Awaitable[None]],
    ) -> Generator[FetchResult, None, None]:
        options = self._options

        async def produce(emit: _Emit) -> None:
            async with httpx.AsyncClient(
                headers={"User-Agent": options.user_agent},
                timeout=options.timeout,
                follow_redirects=False,
                trust_env=False,
                transport=self._transport,
            ) as client:
                session = Session(
                    client,
                    cache=self._cache,
                    concurrency=options.concurrency,
                    per_host_delay=options.per_host_delay,
                    timeout=options.timeout,
                    retries=options.retries,
                    backoff_for=lambda n: compute_backoff(n, backoff=options.backoff),
                    max_bytes=options.max_bytes,
                    max_redirects=options.max_redirects,
                    allow_private=options.allow_private,
                    user_agent=options.user_agent,
                )
                await work(session, emit)

        return iterate_in_thread(produce, maxsize=2 * options.concurrency)


async def _fetch_jobs(
    session: Session,
    jobs: Iterable[Job],
    emit: _Emit,
) -> None:
    """Fetch jobs with at most ``concurrency`` in flight, emitting each result."""
    slots = asyncio.Semaphore(session.concurrency)

    async def one(job: Job) -> None:
        try:
            await emit(to_result(job, await session.get(job.url, robots=True)))
        finally:
            slots.release()

    async with asyncio.TaskGroup() as group:
        for job in jobs:
            await slots.acquire()
            group.create_task(one(job))


async def _read_feed_url(
    session: Session, url: str
) -> tuple[tuple[FeedItem, ...], tuple[str, ...]] | FetchResult:
    """The items and child sitemaps of the feed at ``url``, or why there are none."""
    job = Job(url=url)
    outcome = await session.get(url, robots=True)
    if isinstance(outcome, Failure):
        return failed_result(job, outcome)
    failure = http_failure(outcome)
    if failure is not None:
        return failed_result(job, failure)
    feed = read_feed(outcome.body, base_url=outcome.final_url)
    if not feed.ok:
        logger.warning("feed %s: %s", url, feed.message)
    if not feed.items and not feed.sitemaps:
        failure = Failure(
            reason=FetchReason.BAD_FEED,
            message=f"{feed.reason or 'empty'}: {feed.message or 'no items'}",
            final_url=outcome.final_url,
            status_code=outcome.status_code,
            attempts=outcome.attempts,
        )
        return failed_result(job, failure)
    return feed.items, feed.sitemaps


async def _crawl_feed(
    session: Session,
    url: str,
    emit: _Emit,
    *,
    max_items: int | None,
) -> None:
    read = await _read_feed_url(session, url)
    if isinstance(read, FetchResult):
        await emit(read)
        return
    items, children = read
    collected = list(items)
    for child in children[:_MAX_CHILD_SITEMAPS]:
        sub = await _read_feed_url(session, child)
        if isinstance(sub, FetchResult):
            await emit(sub)
        else:
            collected.extend(sub[0])
    first: dict[str, FeedItem] = {}
    for item in collected:
        first.setdefault(item.url, item)
    unique = list(first.values())
    if max_items is not None:
        unique = unique[:max_items]
    logger.info("feed %s lists %d pages", url, len(unique))
    jobs = (Job(url=i.url, title=i.title, published=i.published) for i in unique)
    await _fetch_jobs(session, jobs, emit)
