"""HTML pages: trafilatura for the body, the page's own markup for the rest.

Metadata comes, in order of trust, from a JSON-LD ``NewsArticle`` (headline,
``datePublished``, authors, publisher), then ``<meta>`` tags (Open Graph, ``author``,
``article:published_time``), then trafilatura's guesses. Figure captions and a summary
list ("Summary" / "Key points" heading or a ``summary`` class) become their own fields
and are removed from the body, as are the byline, the headline and anything from the
first credit or footer marker on.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lxml import html as lxml_html  # type: ignore[import-untyped,unused-ignore]

from ._assemble import Parts, build_result, cut_footer
from ._blocks import best_block, is_sentence_like
from ._markers import PHOTO_CREDIT_RE, SUMMARY_MARKERS
from .boilerplate import extract_page_text
from .metadata import (
    clean_title,
    find_byline,
    find_dateline,
    parse_authors,
    parse_datetime,
)
from .normalize import normalize_text, split_paragraphs

if TYPE_CHECKING:
    from datetime import datetime

    from redline.model import ArticleResult, RawDocument
    from redline.settings import Settings

__all__ = ["extract_html", "parse_html"]

logger = logging.getLogger(__name__)

_ARTICLE_TYPES = frozenset(
    {
        "NewsArticle",
        "Article",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "BackgroundNewsArticle",
        "OpinionNewsArticle",
        "ReviewNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
    }
)
_SUMMARY_CLASS = re.compile(r"summary|key-?points|highlights|takeaways", re.IGNORECASE)
_SUMMARY_HEADINGS = frozenset(m.lower() for m in SUMMARY_MARKERS)
_BYLINE_START = re.compile(r"^By [A-Z]")
_FURNITURE_CLASS = re.compile(
    r"^(?:(?:byline|bylines|share|sharing|social|kicker|dates?|timestamp|related"
    r"|newsletter|promo|skip-link|credits?)(?:[-_]\w+)?|ad|ads|advert|advertisement)$",
    re.IGNORECASE,
)
_LEAD_WINDOW = 6
_MAX_LEAD_WORDS = 12


@dataclass(frozen=True, slots=True, kw_only=True)
class _LinkedData:
    """The fields of a JSON-LD article object that redline uses."""

    headline: str = ""
    published: str = ""
    authors: tuple[str, ...] = ()
    publisher: str = ""
    body: str = ""


def _parse(html: str) -> Any:  # noqa: ANN401 - lxml ships no type hints
    try:
        return lxml_html.document_fromstring(html)
    except ValueError:  # an XML declaration with an encoding, in a str
        return lxml_html.document_fromstring(html.encode("utf-8"))


def _serialise(root: Any) -> str:  # noqa: ANN401 - lxml element
    # trafilatura reads a page more reliably from source than from a foreign tree
    return str(lxml_html.tostring(root, encoding="unicode"))


def _text(element: Any) -> str:  # noqa: ANN401 - lxml element
    return " ".join(" ".join(element.itertext()).split())


def _names(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return parse_authors(value)
    if isinstance(value, dict):
        name = value.get("name")
        return (name.strip(),) if isinstance(name, str) and name.strip() else ()
    if isinstance(value, list):
        return tuple(n for item in value for n in _names(item))
    return ()


def _article_objects(data: object) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(data, list):
        for item in data:
            found.extend(_article_objects(item))
    elif isinstance(data, dict):
        kinds = data.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(k in _ARTICLE_TYPES for k in kinds if isinstance(k, str)):
            found.append(data)
        found.extend(_article_objects(data.get("@graph")))
    return found


def _linked_data(root: Any) -> _LinkedData:  # noqa: ANN401 - lxml element
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except json.JSONDecodeError:
            logger.debug("unreadable JSON-LD block")
            continue
        for item in _article_objects(data):
            publisher = item.get("publisher")
            names = _names(publisher)
            return _LinkedData(
                headline=str(item.get("headline") or "").strip(),
                published=str(item.get("datePublished") or "").strip(),
                authors=_names(item.get("author")),
                publisher=names[0] if names else "",
                body=str(item.get("articleBody") or "").strip(),
            )
    return _LinkedData()


def _meta(root: Any, *keys: str) -> str:  # noqa: ANN401 - lxml element
    for key in keys:
        for attr in ("property", "name"):
            values = root.xpath(f'//meta[@{attr}="{key}"]/@content')
            if values and str(values[0]).strip():
                return str(values[0]).strip()
    return ""


def _captions(root: Any) -> tuple[str, ...]:  # noqa: ANN401 - lxml element
    captions: list[str] = []
    for figcaption in root.xpath("//figcaption"):
        for credit in figcaption.xpath('.//*[contains(@class, "credit")]'):
            credit.drop_tree()
        caption = PHOTO_CREDIT_RE.sub("", _text(figcaption)).strip()
        if caption and caption not in captions:
            captions.append(caption)
    return tuple(captions)


def _summary(root: Any) -> tuple[tuple[str, ...], Any]:  # noqa: ANN401 - lxml
    """The summary bullets and the element that holds them (``None`` if absent)."""
    for element in root.xpath("//*[@class or @aria-label]"):
        label = f"{element.get('class', '')} {element.get('aria-label', '')}"
        if _SUMMARY_CLASS.search(label):
            items = tuple(t for li in element.xpath(".//li") if (t := _text(li)))
            if items:
                return items, element
    for heading in root.xpath("//h2|//h3|//h4"):
        if _text(heading).lower() in _SUMMARY_HEADINGS:
            lists = heading.xpath("following-sibling::*[self::ul or self::ol][1]")
            if lists:
                items = tuple(t for li in lists[0].xpath(".//li") if (t := _text(li)))
                return items, heading.getparent()
    return (), None


def _prune(root: Any, summary: Any) -> None:  # noqa: ANN401 - lxml elements
    """Remove the summary, figures and byline-like furniture before trafilatura."""
    doomed = list(root.xpath("//figure|//figcaption|//aside|//nav"))
    doomed.extend(
        element
        for element in root.xpath("//*[@class]")
        if any(_FURNITURE_CLASS.match(t) for t in element.get("class").split())
    )
    if summary is not None and summary is not root.body:
        doomed.append(summary)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _trim_lead(paragraphs: list[str]) -> list[str]:
    """Drop short non-sentences before the body, or everything before a dateline."""
    for i, paragraph in enumerate(paragraphs[:_LEAD_WINDOW]):
        if find_dateline(paragraph, anchored=True) is not None:
            return paragraphs[i:]
    while paragraphs and not is_sentence_like(paragraphs[0]):
        if len(paragraphs[0].split()) >= _MAX_LEAD_WORDS:
            break
        paragraphs = paragraphs[1:]
    return paragraphs


def _body(text: str, *, drop: set[str], title: str) -> str:
    paragraphs = [
        p
        for p in split_paragraphs(text.replace("\n", "\n\n"))
        if p not in drop and p != title and not _BYLINE_START.match(p)
    ]
    return cut_footer("\n\n".join(_trim_lead(paragraphs)), glued=False)


def parse_html(html: str, *, url: str | None = None) -> Parts:
    """Find the title, metadata, summary, captions and body of an HTML page."""
    root = _parse(html)
    linked = _linked_data(root)
    captions = _captions(root)
    summary, summary_element = _summary(root)
    authors = linked.authors or parse_authors(_meta(root, "author"))
    if not authors:
        for element in root.xpath('//*[contains(@class, "byline")]'):
            found = find_byline(_text(element))
            if found is not None:
                authors = found[0]
                break
    meta_title = _meta(root, "og:title")
    meta_published = _meta(root, "article:published_time", "datePublished", "date")
    meta_site = _meta(root, "og:site_name")
    _prune(root, summary_element)
    known = (linked.headline or meta_title) and (linked.published or meta_published)
    needs_meta = not (known and authors and (linked.publisher or meta_site))
    page = extract_page_text(_serialise(root), url=url, with_metadata=bool(needs_meta))
    site = linked.publisher or meta_site or page.sitename
    raw_title = linked.headline or meta_title or page.title
    title, suffix = clean_title(raw_title, site=site or None)
    published: datetime | None = (
        parse_datetime(linked.published)
        or parse_datetime(meta_published)
        or parse_datetime(page.date)
    )
    authors = authors or parse_authors(page.author)
    text = page.text or linked.body
    if not text:
        block = best_block(
            normalize_text(_text(root.body) if root.body is not None else "")
        )
        text = block.text if block is not None else ""
    drop = {normalize_text(x) for x in (*summary, *captions)}
    return Parts(
        body=_body(text, drop=drop, title=title),
        title=title,
        authors=authors,
        published=published,
        outlet=site or suffix,
        summary=summary,
        captions=captions,
    )


def extract_html(raw: RawDocument, *, settings: Settings) -> ArticleResult:
    """Extract the article from an HTML page."""
    return build_result(raw, parse_html(raw.text, url=raw.url), settings=settings)
