"""Plain-text articles and JSONL records: the body is given, metadata mostly too.

A plain-text file is a title line, a blank line and the body, whose first paragraph
may open with a dateline and may be preceded by a byline (``By A and B``) or a date
line. A JSONL record's text is the body as given; its fields are hints on the raw
document. Both go through the same clean-up.
"""

from __future__ import annotations

import logging
import re
from statistics import median
from typing import TYPE_CHECKING

from ._assemble import Parts, build_result, cut_footer
from .metadata import clean_title, find_byline, find_date
from .normalize import normalize_text, split_paragraphs

if TYPE_CHECKING:
    from datetime import datetime

    from redline.model import ArticleResult, RawDocument
    from redline.settings import Settings

__all__ = [
    "extract_plain_text",
    "extract_record",
    "parse_plain_text",
    "readable_title",
    "unwrap_wire_text",
]

logger = logging.getLogger(__name__)

_MAX_META_WORDS = 12
_WRAP_WIDTH = 80
_MIN_WRAPPED_LINES = 3
_WRAPPED_SHARE = 0.8
_SHORT_LINE_SHARE = 0.6
_SIGN_OFF = re.compile(r"(?:^|\s)(?:Reuter|REUTER)\s*\Z")
_SENTENCE_END = re.compile(r"[.!?:;\"')\]]\Z")
_ACRONYMS = frozenset(
    {
        "EC", "EEC", "GATT", "OPEC", "IMF", "US", "USA", "UK", "USSR", "UN", "NATO",
        "OECD", "GNP", "GDP", "CPI", "PPI", "LDC", "NYSE", "SEC", "FTC", "ICO",
        "ICCO", "EMS", "ECU", "CEO", "FDIC", "IBM", "AT&T", "ADR", "EPA", "API",
        "BP", "KLM", "CBT", "CME", "COMEX", "LME", "LIBOR", "NASDAQ", "OTC", "PLC",
    }
)  # fmt: skip
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'&.]*")


def _is_hard_wrapped(text: str) -> bool:
    """Most lines are short and paragraphs span several lines (a wire story)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < _MIN_WRAPPED_LINES:
        return False
    short = sum(1 for line in lines if len(line.rstrip()) < _WRAP_WIDTH)
    if short < _WRAPPED_SHARE * len(lines):
        return False
    blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()]
    return len(lines) > 2 * len(blocks)


def unwrap_wire_text(text: str) -> str:
    r"""Join a hard-wrapped wire story's lines into ``"\n\n"``-separated paragraphs.

    A paragraph starts after a blank line, at a line opening with whitespace, or
    after a short line that ends a sentence. A closing ``Reuter``/``REUTER`` sign-off
    is dropped. Text that is not hard-wrapped is returned unchanged.
    """
    if not _is_hard_wrapped(text):
        return text
    lines = text.splitlines()
    width = median(len(line.rstrip()) for line in lines if line.strip())
    paragraphs: list[list[str]] = [[]]
    previous = ""
    for line in lines:
        stripped = line.strip()
        if not stripped:
            paragraphs.append([])
            previous = ""
            continue
        after_short = (
            previous != ""
            and len(previous) < _SHORT_LINE_SHARE * width
            and _SENTENCE_END.search(previous) is not None
        )
        if line[:1].isspace() or after_short:
            paragraphs.append([])
        paragraphs[-1].append(stripped)
        previous = stripped
    joined = [" ".join(p) for p in paragraphs if p]
    while joined and (cut := _SIGN_OFF.sub("", joined[-1]).rstrip()) != joined[-1]:
        if cut:
            joined[-1] = cut
            break
        joined.pop()
    return "\n\n".join(joined)


def _title_word(match: re.Match[str]) -> str:
    word = match.group(0)
    if "." in word.rstrip(".") or word.rstrip(".") in _ACRONYMS:
        return word
    if word[0].isdigit():
        return word.lower()
    return word[:1] + word[1:].lower()


def readable_title(title: str) -> str:
    """An ALL-CAPS wire title in title case, known acronyms and ``U.S.`` kept.

    ``"U.S. URGES JAPAN TO OPEN MARKETS"`` becomes
    ``"U.S. Urges Japan To Open Markets"``; tickers in ``<...>`` stay as given.
    Titles with lower-case letters are returned unchanged.
    """
    letters = [ch for ch in title if ch.isalpha()]
    if len(letters) < 2 or title != title.upper():  # noqa: PLR2004 - one letter
        return title
    out: list[str] = []
    for token in re.split(r"(\s+)", title):
        if token.startswith("<") or not token.strip():
            out.append(token)
            continue
        out.append(_WORD.sub(_title_word, token))
    return "".join(out)


def _leading_metadata(
    paragraphs: list[str],
) -> tuple[tuple[str, ...], datetime | None, list[str]]:
    """Take byline and date paragraphs off the start of the body."""
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    while paragraphs and len(paragraphs[0].split()) <= _MAX_META_WORDS:
        first = paragraphs[0]
        byline = find_byline(first)
        date = find_date(first)
        if byline is not None and byline[1] == 0 and not authors:
            authors = byline[0]
        elif date is not None and date[1] == 0 and published is None:
            published = date[0]
        else:
            break
        paragraphs = paragraphs[1:]
    return authors, published, paragraphs


def parse_plain_text(text: str) -> Parts:
    """Split a plain-text article into its title and body (with byline and date)."""
    text = normalize_text(text)
    title_line, _, body = text.partition("\n\n")
    title, site = clean_title(title_line)
    authors, published, paragraphs = _leading_metadata(split_paragraphs(body))
    return Parts(
        body=cut_footer("\n\n".join(paragraphs), glued=False),
        title=title,
        authors=authors,
        published=published,
        outlet=site,
    )


def extract_plain_text(raw: RawDocument, *, settings: Settings) -> ArticleResult:
    """Extract the article from a plain-text file."""
    return build_result(raw, parse_plain_text(raw.text), settings=settings)


def extract_record(raw: RawDocument, *, settings: Settings) -> ArticleResult:
    """Extract the article from a JSONL record or CSV row: its text is the body.

    A hard-wrapped wire story (Reuters-21578) is unwrapped into paragraphs and its
    sign-off dropped. An ALL-CAPS title is kept as given; its readable form is
    :func:`readable_title` (``readable_title`` in the JSON output).
    """
    authors, published, paragraphs = _leading_metadata(
        split_paragraphs(normalize_text(unwrap_wire_text(raw.text)))
    )
    title = raw.title or ""
    parts = Parts(
        body=cut_footer("\n\n".join(paragraphs), glued=False),
        title=title,
        authors=authors,
        published=published,
    )
    return build_result(raw, parts, settings=settings)
