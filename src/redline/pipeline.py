"""The per-article path: input → article → parse → claims, with per-input isolation.

:func:`analyse_inputs` is what the CLI (and later the batch engine) runs. One bad input
never stops a run: it becomes an :class:`~redline.model.ArticleResult` with a reason.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import chain, islice
from pathlib import Path

from redline.claims import extract_claims, load_lexicon
from redline.claims.registry import Registry, default_registry
from redline.extract import (
    SiteBoilerplate,
    extract_article,
    extract_page_dump,
    find_site_boilerplate,
)
from redline.ingest import iter_inputs
from redline.ingest.fetch import Fetcher
from redline.ingest.fieldmap import FieldMap
from redline.model import ArticleResult, Claim, InputKind, RawDocument, Status
from redline.nlp import parse_texts
from redline.settings import Settings

__all__ = [
    "Analysis",
    "analyse_inputs",
    "analyse_results",
    "is_url",
    "load_registry",
    "make_fetcher",
]

logger = logging.getLogger(__name__)

_WINDOW = 64


@dataclass(frozen=True, slots=True, kw_only=True)
class Analysis:
    """One input's outcome and the claims found in it (none unless status is ok)."""

    result: ArticleResult
    claims: tuple[Claim, ...] = ()


def load_registry(settings: Settings) -> Registry:
    """The bundled registry, merged with ``settings.actors_file`` when set."""
    if settings.actors_file:
        return Registry.load(extra=(Path(settings.actors_file),))
    return default_registry()


def _extract_one(
    raw: RawDocument, settings: Settings, boilerplate: SiteBoilerplate | None = None
) -> ArticleResult:
    try:
        if boilerplate is not None and raw.kind is InputKind.PAGE_DUMP:
            return extract_page_dump(raw, settings=settings, boilerplate=boilerplate)
        return extract_article(raw, settings=settings)
    except Exception as e:
        logger.exception("extraction failed for %s", raw.source)
        return ArticleResult(
            source=raw.source, status=Status.ERROR, message=f"extraction failed: {e}"
        )


def analyse_results(
    results: Iterable[ArticleResult],
    *,
    settings: Settings,
    registry: Registry | None = None,
) -> Iterator[Analysis]:
    """Parse and extract claims for every ok result, in batches of ``batch_size``."""
    reg = registry if registry is not None else load_registry(settings)
    lexicon = load_lexicon()
    it = iter(results)
    while batch := list(islice(it, settings.batch_size)):
        ok = [r for r in batch if r.ok and r.article is not None]
        parsed = dict(
            zip(
                (id(r) for r in ok),
                parse_texts(
                    (r.article.text for r in ok if r.article),
                    batch_size=settings.batch_size,
                ),
                strict=True,
            )
        )
        for r in batch:
            if r.article is None or id(r) not in parsed:
                yield Analysis(result=r)
                continue
            try:
                claims = extract_claims(
                    r.article,
                    parsed[id(r)],
                    registry=reg,
                    lexicon=lexicon,
                    undated_day=settings.undated_day,
                )
            except Exception as e:
                logger.exception("claim extraction failed for %s", r.source)
                yield Analysis(
                    result=replace(
                        r, status=Status.ERROR, message=f"claim extraction failed: {e}"
                    )
                )
                continue
            yield Analysis(result=r, claims=claims)


def is_url(text: str) -> bool:
    """Whether a command-line input is a URL rather than a path."""
    return text.startswith(("http://", "https://"))


def make_fetcher(settings: Settings) -> Fetcher:
    """A :class:`~redline.ingest.fetch.Fetcher` configured from settings."""
    return Fetcher(
        concurrency=settings.fetch_concurrency,
        per_host_delay=settings.fetch_delay_ms / 1000,
        timeout=settings.fetch_timeout_ms / 1000,
        retries=settings.fetch_retries,
        max_bytes=settings.max_article_chars * 4,
        cache_dir=Path(settings.fetch_cache_dir) if settings.fetch_cache_dir else None,
        allow_private=bool(settings.fetch_allow_private),
        user_agent=settings.user_agent,
    )


def _fetched(
    urls: Sequence[str], feeds: Sequence[str], settings: Settings
) -> Iterator[RawDocument | ArticleResult]:
    if not urls and not feeds:
        return
    fetcher = make_fetcher(settings)
    if urls:
        for fetched in fetcher.fetch_all(urls):
            yield fetched.document
    for feed in feeds:
        for fetched in fetcher.fetch_feed(feed):
            yield fetched.document


def _results(
    paths: Sequence[str],
    *,
    settings: Settings,
    kind: InputKind | None,
    fields: FieldMap | None = None,
    feeds: Sequence[str] = (),
) -> Iterator[ArticleResult]:
    urls = [p for p in paths if is_url(p)]
    files = [p for p in paths if not is_url(p)]
    items = chain(
        iter_inputs(files, settings=settings, kind=kind, fields=fields)
        if files
        else (),
        _fetched(urls, feeds, settings),
    )
    # Page dumps of one site share navigation and footer lines: within a window of
    # inputs, segments repeated across dumps of a site are dropped from their bodies.
    while window := list(islice(items, _WINDOW)):
        dumps = [
            i.text
            for i in window
            if isinstance(i, RawDocument) and i.kind is InputKind.PAGE_DUMP
        ]
        boilerplate = find_site_boilerplate(dumps) if len(dumps) > 1 else None
        for item in window:
            if isinstance(item, ArticleResult):
                yield item
            else:
                yield _extract_one(item, settings, boilerplate)


def analyse_inputs(
    paths: Sequence[str],
    *,
    settings: Settings,
    kind: InputKind | None = None,
    registry: Registry | None = None,
    fields: FieldMap | None = None,
    feeds: Sequence[str] = (),
) -> Iterator[Analysis]:
    """Read, extract and analyse every input under ``paths``.

    ``paths`` may mix files, folders, ``-`` and ``http(s)://`` URLs (fetched politely:
    robots.txt, per-host delay, retries, cache; see the ``fetch_*`` settings).
    ``feeds`` are RSS/Atom feeds or news sitemaps (URLs) whose items are fetched;
    ``fields`` maps JSONL/CSV record fields (``--text-field`` and friends).
    """
    yield from analyse_results(
        _results(paths, settings=settings, kind=kind, fields=fields, feeds=feeds),
        settings=settings,
        registry=registry,
    )
