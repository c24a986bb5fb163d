"""robots.txt rules, fetched once per origin and kept for the run.

Follows RFC 9309: a ``robots.txt`` answered with 2xx is obeyed; 4xx (none there)
allows everything; a 5xx answer or no answer at all means the site is unreachable and
nothing is fetched from the site (reported with the reason the robots.txt fetch
failed, e.g. ``network``, since the pages would fail the same way). Concurrent
lookups for one origin share a single fetch.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

__all__ = ["RobotsAnswer", "RobotsRefusal", "RobotsRules"]

logger = logging.getLogger(__name__)

_HTTP_CLIENT_ERROR, _HTTP_SERVER_ERROR = 400, 500


@dataclass(frozen=True, slots=True, kw_only=True)
class RobotsAnswer:
    """What fetching ``/robots.txt`` gave: a status and body, or why there is none."""

    status_code: int | None
    body: bytes = b""
    failure_reason: str = "robots"
    failure_message: str = "no answer"


@dataclass(frozen=True, slots=True, kw_only=True)
class RobotsRefusal:
    """Why a URL is not fetched: ``robots``, or the failure that kept robots.txt."""

    reason: str
    message: str


@dataclass(frozen=True, slots=True, kw_only=True)
class _Rules:
    parser: RobotFileParser | None
    allow_all: bool
    refusal: RobotsRefusal


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _rules(answer: RobotsAnswer, robots_url: str) -> _Rules:
    status = answer.status_code
    if status is None:
        message = f"robots.txt unreachable: {answer.failure_message}"
        refusal = RobotsRefusal(reason=answer.failure_reason, message=message)
        return _Rules(parser=None, allow_all=False, refusal=refusal)
    if status >= _HTTP_SERVER_ERROR:
        message = f"robots.txt unreachable (HTTP {status})"
        refusal = RobotsRefusal(reason="robots", message=message)
        return _Rules(parser=None, allow_all=False, refusal=refusal)
    disallowed = RobotsRefusal(reason="robots", message="disallowed by robots.txt")
    if status >= _HTTP_CLIENT_ERROR:
        return _Rules(parser=None, allow_all=True, refusal=disallowed)
    parser = RobotFileParser(robots_url)
    parser.parse(answer.body.decode("utf-8", errors="replace").splitlines())
    return _Rules(parser=parser, allow_all=False, refusal=disallowed)


class RobotsRules:
    """Answers whether a URL may be fetched, fetching each origin's robots.txt once."""

    def __init__(
        self,
        *,
        user_agent: str,
        fetch: Callable[[str], Awaitable[RobotsAnswer]],
    ) -> None:
        """Fetch with ``fetch`` (robots.txt URL -> answer); match ``user_agent``."""
        self._user_agent = user_agent
        self._fetch = fetch
        self._by_origin: dict[str, asyncio.Task[_Rules]] = {}

    async def _load(self, robots_url: str) -> _Rules:
        answer = await self._fetch(robots_url)
        rules = _rules(answer, robots_url)
        logger.debug("%s: %s", robots_url, rules.refusal.message)
        return rules

    async def refusal(self, url: str) -> RobotsRefusal | None:
        """Why ``url`` may not be fetched, or ``None`` if it may."""
        origin = _origin(url)
        task = self._by_origin.get(origin)
        if task is None:
            task = asyncio.create_task(self._load(f"{origin}/robots.txt"))
            self._by_origin[origin] = task
        rules = await asyncio.shield(task)
        if rules.allow_all:
            return None
        if rules.parser is None or not rules.parser.can_fetch(self._user_agent, url):
            return rules.refusal
        return None
