"""One fetch run: a GET with address checks, robots.txt, pacing, retries and caching.

A :class:`Session` lives inside one event loop and one httpx client. Its :meth:`get`
follows redirects itself (httpx's own following is off) so that every hop's host is
checked against private addresses and robots.txt before a byte is sent to it.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

import httpx

from redline.ingest._fetch_types import Failure, FetchReason, Response
from redline.ingest._netguard import check_host
from redline.ingest._robots import RobotsAnswer, RobotsRules

if TYPE_CHECKING:
    from collections.abc import Callable

    from redline.ingest._http_cache import CacheEntry, HttpCache

__all__ = ["Session"]

logger = logging.getLogger(__name__)

_WEB_SCHEMES = frozenset({"http", "https"})
_DEFAULT_PORTS = {"http": 80, "https": 443}
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_NOT_MODIFIED = 304
_OK_MIN, _OK_MAX = 200, 299
_SERVER_ERROR = 500
_UNREACHABLE = frozenset({FetchReason.NETWORK, FetchReason.TIMEOUT, FetchReason.DNS})
_ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309 asks crawlers to read at least 500 KiB


@dataclass(frozen=True, slots=True)
class _Exchange:
    """One HTTP answer: status, headers and (for a 2xx) the body."""

    status_code: int
    headers: httpx.Headers
    body: bytes = b""


class Session:
    """Performs GETs for one run of a :class:`~redline.ingest.fetch.Fetcher`."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        cache: HttpCache | None,
        concurrency: int,
        per_host_delay: float,
        timeout: float,
        retries: int,
        backoff_for: Callable[[int], float],
        max_bytes: int,
        max_redirects: int,
        allow_private: bool,
        user_agent: str,
    ) -> None:
        """Bind the run's client, cache and options."""
        self.concurrency = concurrency
        self._client = client
        self._cache = cache
        self._per_host_delay = per_host_delay
        self._timeout = timeout
        self._retries = retries
        self._backoff_for = backoff_for
        self._max_bytes = max_bytes
        self._max_redirects = max_redirects
        self._allow_private = allow_private
        self._robots = RobotsRules(user_agent=user_agent, fetch=self._fetch_robots)
        self._next_start: dict[str, float] = {}

    async def get(
        self,
        url: str,
        *,
        robots: bool = True,
        limit: int | None = None,
        use_cache: bool = True,
    ) -> Response | Failure:
        """GET ``url``, following redirects; every hop is checked before it is sent."""
        current = url
        for _hop in range(self._max_redirects + 1):
            refused = await self._check(current, robots=robots)
            if refused is not None:
                return refused
            outcome = await self._send(
                current, limit=limit or self._max_bytes, use_cache=use_cache
            )
            if isinstance(outcome, Failure) or outcome.location is None:
                return outcome
            logger.debug("%s redirects to %s", current, outcome.location)
            current = outcome.location
        return Failure(
            reason=FetchReason.TOO_MANY_REDIRECTS,
            message=f"more than {self._max_redirects} redirects",
            final_url=current,
        )

    async def _check(self, url: str, *, robots: bool) -> Failure | None:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        try:
            port = parts.port or _DEFAULT_PORTS.get(scheme, 0)
        except ValueError:
            port = 0
        if scheme not in _WEB_SCHEMES or not parts.hostname or not port:
            return Failure(
                reason=FetchReason.BAD_URL, message="not an http(s) URL", final_url=url
            )
        if not self._allow_private:
            refusal = await check_host(parts.hostname, port)
            if refusal is not None:
                return Failure(
                    reason=FetchReason(refusal.reason),
                    message=refusal.message,
                    final_url=url,
                )
        if robots:
            kept_out = await self._robots.refusal(url)
            if kept_out is not None:
                return Failure(
                    reason=FetchReason(kept_out.reason),
                    message=kept_out.message,
                    final_url=url,
                )
        return None

    async def _fetch_robots(self, robots_url: str) -> RobotsAnswer:
        """Fetch robots.txt; a site that cannot be reached passes on the reason."""
        outcome = await self.get(
            robots_url, robots=False, limit=_ROBOTS_MAX_BYTES, use_cache=False
        )
        if isinstance(outcome, Failure) and outcome.reason in _UNREACHABLE:
            return RobotsAnswer(
                status_code=None,
                failure_reason=outcome.reason.value,
                failure_message=outcome.message,
            )
        if isinstance(outcome, Failure):
            # too large, too many redirects, undecodable: "unavailable" (RFC 9309)
            logger.info("%s unavailable: %s", robots_url, outcome.message)
            return RobotsAnswer(status_code=404)
        return RobotsAnswer(status_code=outcome.status_code, body=outcome.body)

    async def _pace(self, host: str) -> None:
        """Wait until ``per_host_delay`` has passed since the last start to ``host``."""
        now = asyncio.get_running_loop().time()
        start = max(now, self._next_start.get(host, now))
        self._next_start[host] = start + self._per_host_delay
        if start > now:
            await asyncio.sleep(start - now)

    async def _send(
        self, url: str, *, limit: int, use_cache: bool
    ) -> Response | Failure:
        """One hop: the GET with retries, then the cache for validators and 304s."""
        entry = self._cache.lookup(url) if use_cache and self._cache else None
        headers = entry.conditional_headers() if entry is not None else {}
        host = urlsplit(url).netloc.lower()
        attempt = 0
        while True:
            attempt += 1
            await self._pace(host)
            outcome = await self._attempt(url, headers=headers, limit=limit)
            retry = (
                outcome.retryable
                if isinstance(outcome, Failure)
                else outcome.status_code >= _SERVER_ERROR
            )
            if not retry or attempt > self._retries:
                break
            delay = self._backoff_for(attempt)
            logger.info("%s: attempt %d failed; retrying in %.2fs", url, attempt, delay)
            await asyncio.sleep(delay)
        if isinstance(outcome, Failure):
            return replace(outcome, attempts=attempt)
        return self._finish(url, outcome, entry, attempt, use_cache=use_cache)

    def _finish(
        self,
        url: str,
        response: _Exchange,
        entry: CacheEntry | None,
        attempts: int,
        *,
        use_cache: bool,
    ) -> Response | Failure:
        status = response.status_code
        location = response.headers.get("Location")
        if status in _REDIRECTS and location:
            return Response(
                final_url=url,
                status_code=status,
                location=urljoin(url, location),
                attempts=attempts,
            )
        content_type = response.headers.get("Content-Type")
        if status == _NOT_MODIFIED and entry is not None and self._cache is not None:
            body = self._cache.read_body(entry)
            if body is not None:
                logger.debug("%s not modified; serving the cached body", url)
                return Response(
                    final_url=url,
                    status_code=status,
                    body=body,
                    content_type=entry.content_type,
                    from_cache=True,
                    attempts=attempts,
                )
        body = response.body
        if use_cache and self._cache is not None and _OK_MIN <= status <= _OK_MAX:
            self._cache.store(
                url,
                body=body,
                etag=response.headers.get("ETag"),
                last_modified=response.headers.get("Last-Modified"),
                content_type=content_type,
            )
        return Response(
            final_url=url,
            status_code=status,
            body=body,
            content_type=content_type,
            attempts=attempts,
        )

    async def _attempt(
        self, url: str, *, headers: dict[str, str], limit: int
    ) -> _Exchange | Failure:
        """One request; the body is read (up to ``limit`` bytes) only for a 2xx."""
        try:
            async with asyncio.timeout(self._timeout):
                async with self._client.stream("GET", url, headers=headers) as response:
                    return await _read_body(response, url=url, limit=limit)
        except (TimeoutError, httpx.TimeoutException) as e:
            return Failure(
                reason=FetchReason.TIMEOUT,
                message=f"no complete answer within {self._timeout}s",
                final_url=url,
                retryable=isinstance(e, httpx.ConnectTimeout),
            )
        except httpx.DecodingError as e:
            return Failure(reason=FetchReason.DECODING, message=str(e), final_url=url)
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as e:
            return Failure(reason=FetchReason.BAD_URL, message=str(e), final_url=url)
        except httpx.TransportError as e:
            return Failure(
                reason=FetchReason.NETWORK,
                message=f"{type(e).__name__}: {e}",
                final_url=url,
                retryable=True,
            )


async def _read_body(
    response: httpx.Response, *, url: str, limit: int
) -> _Exchange | Failure:
    """Read a 2xx body unless it grows past ``limit`` bytes; skip other bodies."""
    if not _OK_MIN <= response.status_code <= _OK_MAX:
        return _Exchange(response.status_code, response.headers)
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        return _too_large(
            url, response.status_code, f"Content-Length {declared}", limit
        )
    body = bytearray()
    async for chunk in response.aiter_bytes():
        body += chunk
        if len(body) > limit:
            return _too_large(url, response.status_code, "body", limit)
    return _Exchange(response.status_code, response.headers, bytes(body))


def _too_large(url: str, status: int, what: str, limit: int) -> Failure:
    return Failure(
        reason=FetchReason.TOO_LARGE,
        message=f"{what} is over max_bytes={limit}",
        final_url=url,
        status_code=status,
    )
