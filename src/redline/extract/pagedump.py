"""Flattened page dumps: a whole web page copied as text, navigation and all.

The structure of a news page survives flattening, so the extractor follows it:

1. the first line is the page title ("Title | Outlet"); where the title recurs in
   the text (the page's headline) the article starts. A dump without a title line
   takes the longest opening run of words that recurs later as its title;
2. after the headline: the byline ("By A and B"), the date, a photo gallery ("Item 1
   of 6" + caption + "AGENCY/Photographer" credit) and a summary ("Summary" + bullet
   sentences glued together);
3. the dateline ("PLACE, Month Day (Outlet) -") opens the body;
4. the body ends at the first credit or footer marker ("Reporting by", "Read Next",
   …; see :mod:`redline.extract._markers`).

Without a dateline, the best contiguous block of sentence-like text is the body
(:mod:`redline.extract._blocks`). Sentences glued together by flattening are split
into paragraphs, and glued all-capitals subheadings are dropped.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from ._assemble import Parts, build_result, cut_footer
from ._blocks import best_block, trim_tail
from ._markers import (
    GALLERY_INDEX_RE,
    GALLERY_MARKER_RE,
    INLINE_PROMO_RE,
    PHOTO_CREDIT_RE,
    SUMMARY_RE,
)
from .metadata import clean_title, find_byline, find_date, find_dateline
from .normalize import (
    normalize_text,
    split_glued_heading,
    split_paragraphs,
    unglue_sentences,
)
from .sitelines import SiteBoilerplate, site_key

if TYPE_CHECKING:
    from redline.model import ArticleResult, RawDocument
    from redline.settings import Settings

__all__ = ["extract_page_dump", "parse_page_dump"]

logger = logging.getLogger(__name__)

_MAX_TITLE_CHARS = 300
_MIN_TITLE_WORDS = 3
_BYLINE_WINDOW = 400
_DATE_WINDOW = 600
_DATELINE_WINDOW = 8000
# A bullet boundary in a glued summary: a lower-case letter (or closing punctuation)
# directly followed by a capitalised word.
_GLUED_BULLET = re.compile(r"(?<=[a-z0-9%)\]\"'\u201d\u2019.!?])(?=[A-Z][a-z])")
_MIN_BULLET_WORDS = 3
_MAX_CAPTION_CHARS = 1000


def _repeated_lead(text: str) -> tuple[str, int]:
    """The longest run of opening words that recurs later, and where it recurs."""
    words = list(re.finditer(r"\S+", text[: _MAX_TITLE_CHARS * 2]))
    best = ("", -1)
    for count in range(_MIN_TITLE_WORDS, len(words) + 1):
        lead = text[: words[count - 1].end()]
        again = text.find(lead, len(lead))
        if again < 0:
            break
        best = (lead, again)
    return best


def _title_and_start(text: str) -> tuple[str, str | None, str, int]:
    """The title, the site name, the text after the title line and the article start."""
    first, newline, rest = text.partition("\n")
    title_line = first.strip()
    if not newline or not title_line or len(title_line) >= _MAX_TITLE_CHARS:
        lead, again = _repeated_lead(text)
        if not lead:
            return "", None, text, 0
        title, site = clean_title(lead)
        return title, site, text, again + len(lead)
    title, site = clean_title(title_line)
    for candidate in (title, title_line):
        found = rest.find(candidate)
        if found >= 0:
            return title, site, rest, found + len(candidate)
    return title, site, rest, 0


def _captions(header: str) -> tuple[tuple[str, ...], int]:
    """Gallery captions in the header, and where the gallery ends."""
    captions: list[str] = []
    end = 0
    for marker in GALLERY_MARKER_RE.finditer(header):
        stop = GALLERY_INDEX_RE.search(header, marker.end())
        until = stop.start() if stop is not None else marker.end() + _MAX_CAPTION_CHARS
        caption = header[marker.end() : until].strip()
        caption = PHOTO_CREDIT_RE.sub("", caption).strip()
        if caption and caption not in captions:
            captions.append(caption)
        end = max(end, stop.end() if stop is not None else marker.end())
    if end:
        # the counter repeats the caption; skip it up to its photographer credit
        repeat = PHOTO_CREDIT_RE.pattern.rstrip("$")
        credit = re.compile(repeat).search(header, end)
        if credit is not None:
            end = credit.end()
    return tuple(captions), end


def _summary(header: str, start: int) -> tuple[str, ...]:
    marker = SUMMARY_RE.search(header, start)
    if marker is None:
        return ()
    text = INLINE_PROMO_RE.sub("", header[marker.end() :]).strip()
    bullets: list[str] = []
    for line in text.splitlines():
        pos = 0
        for cut in _GLUED_BULLET.finditer(line):
            piece = line[pos : cut.start()].strip()
            if len(piece.split()) >= _MIN_BULLET_WORDS:
                bullets.append(piece)
                pos = cut.start()
        last = line[pos:].strip()
        if last:
            bullets.append(last)
    return tuple(bullets)


def clean_dump_body(text: str) -> str:
    r"""Clean a dump's body: promotions out, sentences unglued, headings dropped."""
    text = cut_footer(text)
    text = INLINE_PROMO_RE.sub("", text)
    text = normalize_text(unglue_sentences(text))
    paragraphs: list[str] = []
    for paragraph in split_paragraphs(text):
        heading, rest = split_glued_heading(paragraph)
        if heading is not None:
            logger.debug("dropped glued heading %r", heading)
        if rest.strip():
            paragraphs.append(rest.strip())
    return "\n\n".join(paragraphs)


def parse_page_dump(text: str, *, boilerplate: SiteBoilerplate | None = None) -> Parts:
    """Find the title, metadata, summary, captions and body of a page dump.

    With ``boilerplate``, the segments repeated across the site's dumps are removed
    from the body text only (after the dateline, or before the best-block fallback
    looks for the body), so the title, byline, date, gallery, summary and dateline
    cues are found in the untouched text.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    key = site_key(text)

    def unrepeat(part: str) -> str:
        return boilerplate.strip(part, site=key) if boilerplate is not None else part

    title, site, rest, start = _title_and_start(text)
    byline = find_byline(rest[start : start + _BYLINE_WINDOW])
    authors = byline[0] if byline else ()
    date = find_date(rest[start : start + _DATE_WINDOW])
    dateline = find_dateline(rest, start=start, window=_DATELINE_WINDOW)
    if dateline is not None:
        header = rest[start : dateline.start]
        body = cut_footer(rest[dateline.end :])
        body = trim_tail(unglue_sentences(unrepeat(body)))
    else:
        tail = unrepeat(rest[start:])
        block = best_block(unglue_sentences(INLINE_PROMO_RE.sub("", tail)))
        header = ""
        body = block.text if block is not None else ""
    captions, gallery_end = _captions(header)
    summary = _summary(header, gallery_end)
    return Parts(
        body=clean_dump_body(body),
        title=title,
        authors=authors,
        published=date[0] if date else None,
        outlet=site or (dateline.outlet if dateline else None),
        dateline=dateline.dateline if dateline else None,
        summary=summary,
        captions=captions,
    )


def extract_page_dump(
    raw: RawDocument,
    *,
    settings: Settings,
    boilerplate: SiteBoilerplate | None = None,
) -> ArticleResult:
    """Extract the article from a flattened page dump.

    ``boilerplate`` (from :func:`redline.extract.find_site_boilerplate` over the
    dumps of one batch) removes the segments the dump's site repeats on every page.
    """
    parts = parse_page_dump(raw.text, boilerplate=boilerplate)
    return build_result(raw, parts, settings=settings)
