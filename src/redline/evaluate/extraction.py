r"""Body-text scores for article extraction, and the fixed page-dump method.

The score is the shingle F1 of the Zyte/ScrapingHub article-extraction benchmark:

* text is lower-cased and split into ``\w+`` tokens;
* each text becomes the *set* of its 4-token shingles (a text of 1-3 tokens is one
  shorter shingle, so short texts still count);
* per page, precision is the share of predicted shingles found in the gold body and
  recall the share of gold shingles found in the prediction;
* over a corpus, precision and recall are each averaged over the pages, and F1 is the
  harmonic mean of those two averages (not the mean of per-page F1s).

Empty cases: an empty prediction against a non-empty gold body scores precision 0 and
recall 0; a non-empty prediction against an empty gold body scores precision 0 and
recall 1 (nothing was missed); both empty scores 1 and 1.

:func:`make_page_dump` turns an HTML page into the flat, one-line text of a "page dump"
(what a browser's select-all-and-copy or a crawler's text field gives), so the page-dump
path can be measured on the same pages as the HTML path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

# lxml ships no type hints; the ignore stays valid if a mypy override is added later.
from lxml import etree, html  # type: ignore[import-untyped,unused-ignore]

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "SHINGLE_SIZE",
    "CorpusScore",
    "PageScore",
    "corpus_f1",
    "make_page_dump",
    "page_scores",
    "shingles",
]

SHINGLE_SIZE = 4
"""Tokens per shingle, as in the benchmark."""

_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_DROPPED_TAGS = ("script", "style", "noscript", "template")


@dataclass(frozen=True, slots=True, kw_only=True)
class PageScore:
    """Precision and recall of one extracted body against its gold body."""

    precision: float
    recall: float


@dataclass(frozen=True, slots=True, kw_only=True)
class CorpusScore:
    """Page-averaged precision and recall, their F1, and the number of pages."""

    precision: float
    recall: float
    f1: float
    pages: int


def shingles(text: str, *, size: int = SHINGLE_SIZE) -> set[tuple[str, ...]]:
    r"""Return the set of ``size``-token shingles of lower-cased ``\w+`` tokens.

    A text with fewer than ``size`` tokens (but at least one) gives one shingle of all
    its tokens; an empty text gives the empty set.
    """
    if size < 1:
        raise ValueError("shingle size must be at least 1")
    tokens = _TOKEN.findall(text.lower())
    if not tokens:
        return set()
    if len(tokens) < size:
        return {tuple(tokens)}
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def page_scores(predicted: str, gold: str) -> PageScore:
    """Score one page: shingle precision and recall of ``predicted`` vs ``gold``."""
    pred = shingles(predicted)
    true = shingles(gold)
    if not pred and not true:
        return PageScore(precision=1.0, recall=1.0)
    if not pred:
        return PageScore(precision=0.0, recall=0.0)
    if not true:
        return PageScore(precision=0.0, recall=1.0)
    hits = len(pred & true)
    return PageScore(precision=hits / len(pred), recall=hits / len(true))


def corpus_f1(scores: Iterable[PageScore]) -> CorpusScore:
    """Average precision and recall over pages and return them with their F1.

    No pages give all zeros with ``pages=0``.
    """
    items = list(scores)
    if not items:
        return CorpusScore(precision=0.0, recall=0.0, f1=0.0, pages=0)
    precision = sum(s.precision for s in items) / len(items)
    recall = sum(s.recall for s in items) / len(items)
    total = precision + recall
    f1 = 2 * precision * recall / total if total else 0.0
    return CorpusScore(precision=precision, recall=recall, f1=f1, pages=len(items))


def make_page_dump(page: str) -> str:
    """Flatten an HTML page into one line of text: the issue's fixed page-dump method.

    The page is parsed with lxml; ``script``, ``style``, ``noscript`` and ``template``
    elements are dropped (their tails kept); the remaining text nodes (``itertext``,
    comments and processing instructions excluded) are joined with single spaces and
    all whitespace runs collapse to one space. An empty or unparsable page gives ``""``.
    """
    if not page.strip():
        return ""
    try:
        root = html.document_fromstring(page)
    except ValueError:  # an XML declaration with an encoding in a str, say
        try:
            root = html.document_fromstring(page.encode("utf-8"))
        except (etree.ParserError, ValueError):
            return ""
    except etree.ParserError:
        return ""
    etree.strip_elements(root, *_DROPPED_TAGS, with_tail=False)
    text = " ".join(root.itertext())
    return _SPACE.sub(" ", text).strip()
