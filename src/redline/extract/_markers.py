"""Word lists and patterns for page furniture common to many news sites.

These are data, not rules: the extractors in :mod:`redline.extract.pagedump` and
:mod:`redline.extract.html` decide where they apply. Every entry is a generic phrase
used across outlets (wire services, broadsheets, broadcasters), never text copied from
one page.
"""

from __future__ import annotations

import re

__all__ = [
    "FOOTER_MARKERS",
    "FOOTER_RE",
    "FURNITURE_LINE_RE",
    "GALLERY_INDEX_RE",
    "GALLERY_MARKER_RE",
    "INLINE_PROMO_RE",
    "LINK_ARTEFACT_RE",
    "MONTHS",
    "PARAGRAPH_FOOTER_RE",
    "PHOTO_CREDIT_RE",
    "SENTENCE_STARTERS",
    "SITE_SEPARATORS",
    "STANDALONE_FURNITURE",
    "SUMMARY_MARKERS",
    "SUMMARY_RE",
]

MONTHS: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
"""English month names; their first three letters are the abbreviations."""

FOOTER_MARKERS: tuple[str, ...] = (
    "Reporting by",
    "Additional reporting by",
    "Writing by",
    "Editing by",
    "Compiled by",
    "Our Standards",
    "Read Next",
    "Suggested Topics",
    "Related Topics",
    "Related stories",
    "Related articles",
    "More on this story",
    "Topics:",
    "Share this article",
)
"""Phrases that open the credits, related links or footer after an article's body.

A marker ends the body where it starts a sentence (at the start of the text, after
sentence punctuation, or glued to the previous word in a flattened page).
"""

FOOTER_RE = re.compile(
    r"(?:(?<=^)|(?<=[.!?\"\u201d\u2019)\]])|(?<=[a-z0-9]))\s*(?="
    + "|".join(re.escape(m) for m in FOOTER_MARKERS)
    + r")",
    re.MULTILINE,
)
"""Where a footer marker starts a sentence; the body ends at the first match."""

PARAGRAPH_FOOTER_RE = re.compile(
    r"^(?=" + "|".join(re.escape(m) for m in FOOTER_MARKERS) + r")", re.MULTILINE
)
"""Where a footer marker opens a paragraph (for text that kept its paragraphs)."""

INLINE_PROMO_RE = re.compile(
    r"\s*(?:Sign up\s+here\.?|Subscribe to our newsletter\.?"
    r"|Advertisement(?=[A-Z\n]|$))",
    re.MULTILINE,
)
"""Promotions flattened into the text of a page, removed wherever they occur."""

LINK_ARTEFACT_RE = re.compile(
    r"\s*(?:,\s*opens new (?:tab|window)|\((?:opens (?:in )?)?new (?:tab|window)\))",
    re.IGNORECASE,
)
"""Accessibility suffixes of links (", opens new tab", "(new window)")."""

GALLERY_MARKER_RE = re.compile(
    r"(?:Item|Photo|Image|Picture|Slide)\s+(?P<n>\d{1,3})\s+of\s+(?P<m>\d{1,3})\b"
)
"""A gallery position such as "Item 1 of 6"; the caption follows it."""

GALLERY_INDEX_RE = re.compile(r"\[\d{1,3}\s*/\s*\d{1,3}\]")
"""A gallery counter such as "[1/6]" that repeats the caption after it."""

PHOTO_CREDIT_RE = re.compile(
    r"\s*(?P<credit>[A-Z][A-Za-z&.-]*(?: [A-Z][A-Za-z&.-]*){0,3}"
    r"/[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})\s*$"
)
"""A photographer credit ending a caption: "AGENCY/First Last"."""

SUMMARY_MARKERS: tuple[str, ...] = ("Summary", "Key points", "In brief", "Highlights")
"""Headings of the bullet-point summary some outlets put above the body."""

SUMMARY_RE = re.compile(r"(?<![A-Z])(?:" + "|".join(SUMMARY_MARKERS) + r")(?=[A-Z\s])")
"""A summary heading, glued to the first bullet in a flattened page."""

SITE_SEPARATORS: tuple[str, ...] = (" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " · ")
"""Separators between a page title and the site name appended to it."""

FURNITURE_LINE_RE = re.compile(r"^(?:Read more|READ MORE|Read More|Related|See also):")
"""A paragraph that is a link to another story ("Read more: ..."), dropped whole."""

SENTENCE_STARTERS: frozenset[str] = frozenset(
    {
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "For",
        "After",
        "Before",
        "As",
        "But",
        "When",
        "While",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "Its",
        "His",
        "Her",
        "Their",
        "Our",
        "If",
        "Although",
        "Since",
        "Some",
        "Many",
        "Two",
        "Three",
        "One",
        "Last",
        "Earlier",
        "Later",
    }
)
"""Capitalised words that open sentences but never names or menu items; they mark
where a sentence starts inside a run of capitalised navigation words."""

STANDALONE_FURNITURE: frozenset[str] = frozenset(
    {"advertisement", "share", "share this article", "skip advertisement", "listen"}
)
"""Whole paragraphs that are page furniture, compared lower-cased."""
