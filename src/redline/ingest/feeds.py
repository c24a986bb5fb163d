"""Read the article links out of RSS, Atom and RDF feeds and (news) sitemaps.

:func:`read_feed` never raises for bad input: a malformed or unrecognised document is a
:class:`FeedResult` with a :class:`FeedProblem` reason (and whatever items could be
recovered). Feeds are parsed by feedparser; sitemaps (``<urlset>``, with the Google
News extension's ``<news:publication_date>`` and ``<news:title>``, and
``<sitemapindex>``) by lxml with entity resolution and network access turned off.
"""

from __future__ import annotations

import gzip
import io
import logging
import re
import zlib
from calendar import timegm
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Literal, Protocol
from urllib.parse import urljoin, urlsplit

# feedparser and lxml ship no type hints; the ignores stay valid under an override.
import feedparser  # type: ignore[import-untyped,unused-ignore]
from lxml import etree  # type: ignore[import-untyped,unused-ignore]

if TYPE_CHECKING:
    from collections.abc import Iterator
    from time import struct_time

__all__ = ["FeedItem", "FeedKind", "FeedProblem", "FeedResult", "read_feed"]

logger = logging.getLogger(__name__)

FeedKind = Literal["rss", "atom", "rdf", "sitemap", "sitemap_index"]
"""The form a feed document came in."""

_MAX_UNZIPPED = 50 * 1024 * 1024  # the sitemaps.org limit for one sitemap
_GZIP_MAGIC = b"\x1f\x8b"
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})
_SITEMAP_HINT = re.compile(rb"<(?:\w+:)?(?:urlset|sitemapindex)\b")
_WEB_SCHEMES = frozenset({"http", "https"})
# feedparser "bozo" exceptions that do not mean the XML is broken
_BENIGN_BOZO = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


class _Element(Protocol):
    """The part of an lxml element used here (lxml has no type hints)."""

    tag: object

    def __iter__(self) -> Iterator[_Element]: ...

    def xpath(self, path: str) -> list[str]: ...


class FeedProblem(StrEnum):
    """Why a feed document gave no (or possibly not all) items."""

    EMPTY = "empty"
    MALFORMED = "malformed"
    NOT_A_FEED = "not_a_feed"
    TOO_LARGE = "too_large"


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedItem:
    """One link listed by a feed or sitemap, with the feed's title and date as hints."""

    url: str
    title: str | None = None
    published: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedResult:
    """The links of one feed document, or the reason there are none.

    ``sitemaps`` lists the child sitemaps of a sitemap index (its ``items`` are empty).
    A ``malformed`` result may still carry the items recovered before the damage.
    """

    kind: FeedKind | None
    items: tuple[FeedItem, ...] = ()
    sitemaps: tuple[str, ...] = ()
    title: str | None = None
    reason: FeedProblem | None = None
    message: str = ""

    @property
    def ok(self) -> bool:
        """Whether the document was read without a problem."""
        return self.reason is None


def _web_url(link: str | None, base_url: str | None) -> str | None:
    """An absolute http(s) URL for ``link``, or ``None``."""
    if not link or not link.strip():
        return None
    url = urljoin(base_url, link.strip()) if base_url else link.strip()
    return url if urlsplit(url).scheme.lower() in _WEB_SCHEMES else None


def _dedupe(items: list[FeedItem]) -> tuple[FeedItem, ...]:
    seen: dict[str, FeedItem] = {}
    for item in items:
        seen.setdefault(item.url, item)
    return tuple(seen.values())


def _w3c_date(value: str | None) -> datetime | None:
    """Parse a W3C datetime (``2024-03-01``, ``2024-03-01T12:00:00Z``); naive is UTC."""
    if not value or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        logger.debug("unreadable sitemap date %r", value)
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _local(element: _Element | None) -> str:
    """The tag name without namespace ("" for comments and processing instructions)."""
    if element is None or not isinstance(element.tag, str):
        return ""
    return str(etree.QName(element.tag).localname)


def _child_text(element: _Element, *path: str) -> str | None:
    """Text of the first child at ``path`` (local names, any namespace)."""
    steps = "/".join(f"*[local-name()='{name}']" for name in path)
    found = element.xpath(f"./{steps}/text()")
    return str(found[0]).strip() if found else None


def _parse_xml(data: str | bytes, *, recover: bool) -> _Element | None:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, recover=recover
    )
    source = _XML_DECL.sub("", data, count=1) if isinstance(data, str) else data
    root: _Element | None = etree.fromstring(source, parser)
    return root


def _read_sitemap(
    root: _Element, *, base_url: str | None, problem: FeedProblem | None, message: str
) -> FeedResult:
    kind: FeedKind = "sitemap_index" if _local(root) == "sitemapindex" else "sitemap"
    entries = [el for el in root if _local(el) in {"url", "sitemap"}]
    if kind == "sitemap_index":
        locs = (_web_url(_child_text(el, "loc"), base_url) for el in entries)
        children = tuple(dict.fromkeys(loc for loc in locs if loc))
        return FeedResult(kind=kind, sitemaps=children, reason=problem, message=message)
    items: list[FeedItem] = []
    for el in entries:
        url = _web_url(_child_text(el, "loc"), base_url)
        if url is not None:
            items.append(
                FeedItem(
                    url=url,
                    title=_child_text(el, "news", "title") or None,
                    published=_w3c_date(_child_text(el, "news", "publication_date")),
                )
            )
    return FeedResult(kind=kind, items=_dedupe(items), reason=problem, message=message)


def _struct_time(value: struct_time | None) -> datetime | None:
    if value is None:
        return None
    return datetime.fromtimestamp(timegm(value), tz=UTC)


def _feed_kind(version: str) -> FeedKind | None:
    if version.startswith("atom"):
        return "atom"
    if version in {"rss090", "rss10"}:
        return "rdf"
    return "rss" if version.startswith("rss") else None


def _read_with_feedparser(data: str | bytes, *, base_url: str | None) -> FeedResult:
    # text is handed over as UTF-8 and says so, whatever its XML declaration says
    headers = {"content-type": "application/xml"}
    if isinstance(data, str):
        headers["content-type"] += "; charset=utf-8"
        data = _XML_DECL.sub("", data, count=1).encode("utf-8")
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    kind = _feed_kind(str(parsed.get("version", "")))
    items: list[FeedItem] = []
    for entry in parsed.get("entries", []):
        url = _web_url(entry.get("link"), base_url)
        if url is None:
            continue
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        items.append(
            FeedItem(
                url=url,
                title=(entry.get("title") or "").strip() or None,
                published=_struct_time(published),
            )
        )
    error = parsed.get("bozo_exception")
    title = (parsed.get("feed", {}).get("title") or "").strip() or None
    if kind is None and not items:
        message = f"not an RSS, Atom or sitemap document ({error or 'no feed root'})"
        return FeedResult(kind=None, reason=FeedProblem.NOT_A_FEED, message=message)
    if parsed.get("bozo") and not isinstance(error, _BENIGN_BOZO):
        return FeedResult(
            kind=kind,
            items=_dedupe(items),
            title=title,
            reason=FeedProblem.MALFORMED,
            message=f"feed is not well-formed XML ({error}); {len(items)} items read",
        )
    return FeedResult(kind=kind, items=_dedupe(items), title=title)


def _unzip(data: bytes) -> bytes | FeedResult:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            raw = fh.read(_MAX_UNZIPPED + 1)
    except (OSError, EOFError, zlib.error) as e:
        return FeedResult(
            kind=None, reason=FeedProblem.MALFORMED, message=f"bad gzip: {e}"
        )
    if len(raw) > _MAX_UNZIPPED:
        message = f"unzipped feed is over {_MAX_UNZIPPED} bytes"
        return FeedResult(kind=None, reason=FeedProblem.TOO_LARGE, message=message)
    return raw


def _try_sitemap(data: str | bytes, *, base_url: str | None) -> FeedResult | None:
    """Read a sitemap, or return ``None`` if the root element is not a sitemap's."""
    try:
        root = _parse_xml(data, recover=False)
    except etree.XMLSyntaxError as e:
        message = f"sitemap is not well-formed XML ({e})"
        logger.warning("%s", message)
        try:
            root = _parse_xml(data, recover=True)
        except etree.XMLSyntaxError:
            root = None
        if root is None or _local(root) not in _SITEMAP_ROOTS:
            return FeedResult(kind=None, reason=FeedProblem.MALFORMED, message=message)
        return _read_sitemap(
            root, base_url=base_url, problem=FeedProblem.MALFORMED, message=message
        )
    if root is None or _local(root) not in _SITEMAP_ROOTS:
        return None
    return _read_sitemap(root, base_url=base_url, problem=None, message="")


def read_feed(text: str | bytes, *, base_url: str | None) -> FeedResult:
    """Read the links of an RSS/Atom/RDF feed, a (news) sitemap or a sitemap index.

    Args:
        text: The document; bytes may be gzipped (``sitemap.xml.gz``) and carry their
            encoding in the XML declaration.
        base_url: Where the document came from; relative links are resolved against
            it. Links that are not http(s) are dropped.

    Returns:
        The items (url, title, published as an aware datetime), de-duplicated in
        document order, or a result with a :class:`FeedProblem` reason.
    """
    data = text
    if isinstance(data, bytes) and data.startswith(_GZIP_MAGIC):
        unzipped = _unzip(data)
        if isinstance(unzipped, FeedResult):
            return unzipped
        data = unzipped
    if not data.strip():
        return FeedResult(kind=None, reason=FeedProblem.EMPTY, message="empty document")
    head = data[:4096].encode("utf-8") if isinstance(data, str) else data[:4096]
    if _SITEMAP_HINT.search(head):
        sitemap = _try_sitemap(data, base_url=base_url)
        if sitemap is not None:
            return sitemap
    return _read_with_feedparser(data, base_url=base_url)
