"""Site boilerplate: text repeated across several page dumps of the same site.

A flattened page dump glues navigation, the article and the footer into a few long
lines. Cut at line breaks and at glue points (a lower-case letter, digit or closing
punctuation directly followed by a capitalised word: "Log inMenuWorld"), the page
falls into *segments*. Navigation, share buttons and footer links come out as the
same segments on every page of a site, while article sentences differ; so a segment
found in at least two different dumps of one site is boilerplate and can be removed
before the article is looked for.

The site of a dump is the name after the last separator of its title line
("Headline | Northwire" is ``"northwire"``). Segments that hold a cue the extractors
rely on (a footer, summary or gallery marker, see :mod:`redline.extract._markers`),
long segments (more than :data:`MAX_SEGMENT_CHARS` characters) and very short
single words (parts of camel-case names such as "McDonald's") are never boilerplate.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from ._markers import (
    FOOTER_MARKERS,
    GALLERY_INDEX_RE,
    GALLERY_MARKER_RE,
    SITE_SEPARATORS,
    SUMMARY_MARKERS,
)

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

__all__ = [
    "MAX_SEGMENT_CHARS",
    "SiteBoilerplate",
    "find_site_boilerplate",
    "segments",
    "site_key",
]

logger = logging.getLogger(__name__)

MAX_SEGMENT_CHARS = 120
"""Longer segments are prose (or at least too specific) and never boilerplate."""

_MAX_SITE_CHARS = 60
_MIN_WORD_SEGMENT_CHARS = 4
# A glue point: a lower-case letter, digit or closing punctuation directly followed
# by a capitalised word. A full stop counts only after a lower-case letter or digit,
# so "U.S. President" is not cut. The same boundary as the summary bullets in
# :mod:`redline.extract.pagedump` and the glued sentence ends in
# :mod:`redline.extract.normalize`.
_GLUE = re.compile(
    r"(?:(?<=[a-z0-9%)\]\"'\u201d\u2019])|(?<=[a-z0-9][.!?]))(?=[A-Z][a-z])"
)
_MARKERS: tuple[str, ...] = (*FOOTER_MARKERS, *SUMMARY_MARKERS)


def site_key(text: str) -> str:
    """The site a dump comes from: the lower-cased name after its title's separator.

    A first line ``"Headline | Northwire"`` gives ``"northwire"``; ``""`` when the
    first line has no separator (" | ", " - ", and the others in
    :data:`~redline.extract._markers.SITE_SEPARATORS`) or the name is implausibly long.
    """
    first = text.lstrip().partition("\n")[0].strip()
    cut, width = -1, 0
    for separator in SITE_SEPARATORS:
        at = first.rfind(separator)
        if at > cut:
            cut, width = at, len(separator)
    if cut < 0:
        return ""
    site = first[cut + width :].strip().lower()
    return site if len(site) <= _MAX_SITE_CHARS else ""


def _pieces(line: str) -> Iterator[tuple[int, int]]:
    """The spans of ``line`` between its glue points."""
    pos = 0
    for cut in _GLUE.finditer(line):
        if cut.start() > pos:
            yield pos, cut.start()
            pos = cut.start()
    yield pos, len(line)


def segments(text: str) -> list[str]:
    """The dump's lines cut at glue points, stripped; empty pieces left out.

    ``"Log inMenuWorld news.The end"`` gives
    ``["Log in", "Menu", "World news.", "The end"]``.
    """
    out: list[str] = []
    for line in text.splitlines():
        for start, end in _pieces(line):
            piece = line[start:end].strip()
            if piece:
                out.append(piece)
    return out


def _candidate(segment: str) -> bool:
    """Whether ``segment`` may be boilerplate at all."""
    if len(segment) > MAX_SEGMENT_CHARS:
        return False
    if " " not in segment and len(segment) < _MIN_WORD_SEGMENT_CHARS:
        return False
    if any(marker in segment for marker in _MARKERS):
        return False
    return GALLERY_MARKER_RE.search(segment) is None and not GALLERY_INDEX_RE.search(
        segment
    )


def _empty_sites() -> Mapping[str, frozenset[str]]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class SiteBoilerplate:
    """The repeated segments of each site, keyed by :func:`site_key`."""

    sites: Mapping[str, frozenset[str]] = field(default_factory=_empty_sites)

    @classmethod
    def find(cls, dumps: Sequence[str], *, min_dumps: int = 2) -> SiteBoilerplate:
        """Collect the segments found in at least ``min_dumps`` dumps of one site.

        Dumps without a site name are ignored; dumps of one site with the same title
        line (the same page fetched twice) count once, so a page never makes its own
        article boilerplate.
        """
        if min_dumps < 2:  # noqa: PLR2004 - one dump would make everything boilerplate
            msg = f"min_dumps must be at least 2, not {min_dumps}"
            raise ValueError(msg)
        pages: dict[str, dict[str, set[str]]] = defaultdict(dict)
        for dump in dumps:
            text = dump.replace("\r\n", "\n").replace("\r", "\n").strip()
            site = site_key(text)
            if not site:
                continue
            title = text.partition("\n")[0].strip()
            pages[site].setdefault(title, set()).update(
                s for s in segments(text) if _candidate(s)
            )
        sites: dict[str, frozenset[str]] = {}
        for site, by_title in pages.items():
            counts = Counter(s for found in by_title.values() for s in found)
            repeated = frozenset(s for s, n in counts.items() if n >= min_dumps)
            if repeated:
                sites[site] = repeated
                logger.debug("%s: %d repeated segments", site, len(repeated))
        return cls(MappingProxyType(sites))

    def segments_of(self, site: str) -> frozenset[str]:
        """The repeated segments of ``site`` (empty when none are known)."""
        return self.sites.get(site, frozenset())

    def strip(self, text: str, *, site: str | None = None) -> str:
        """Remove the site's repeated segments from ``text``.

        The site is :func:`site_key` of ``text`` unless given (pass it when ``text``
        is only part of a dump). What is left keeps its order; kept segments that were
        glued stay glued, and a line break takes the place of each removed run, so
        the pieces either side of it do not run together. Lines left empty go.
        """
        repeated = self.segments_of(site_key(text) if site is None else site)
        if not repeated:
            return text
        lines: list[str] = []
        for line in text.splitlines():
            runs: list[str] = []
            run: list[str] = []
            for start, end in _pieces(line):
                piece = line[start:end]
                if piece.strip() in repeated:
                    if run:
                        runs.append("".join(run).strip())
                        run = []
                else:
                    run.append(piece)
            if run:
                runs.append("".join(run).strip())
            kept = [r for r in runs if r]
            if kept:
                lines.append("\n".join(kept))
            elif not line.strip():
                lines.append("")
        return "\n".join(lines)


def find_site_boilerplate(
    texts: Sequence[str], *, min_dumps: int = 2
) -> SiteBoilerplate:
    """The segments repeated across the page dumps of each site."""
    return SiteBoilerplate.find(texts, min_dumps=min_dumps)
