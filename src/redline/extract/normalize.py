r"""Text clean-up shared by every extractor: whitespace, link artefacts, glued text.

:func:`normalize_text` is idempotent (a property test checks it): it runs its steps
until the text stops changing. Paragraphs come out separated by exactly ``"\n\n"``.

:func:`unglue_sentences` and :func:`split_glued_heading` repair flattened pages, where
the text of adjacent elements was joined without a space ("talks.The minister",
"SUBHEADINGThe minister").
"""

from __future__ import annotations

import logging
import re
import unicodedata

from ._markers import (
    FURNITURE_LINE_RE,
    INLINE_PROMO_RE,
    LINK_ARTEFACT_RE,
    STANDALONE_FURNITURE,
)

__all__ = [
    "normalize_text",
    "remove_furniture",
    "split_glued_heading",
    "split_paragraphs",
    "unglue_sentences",
]

logger = logging.getLogger(__name__)

_MAX_PASSES = 20
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[^\S\n]+")
_LINE_EDGES = re.compile(r" *\n *")
_BLANKS = re.compile(r"\n{2,}")
_SOFT_BREAK = re.compile(r"(?<!\n)\n(?!\n)")
_SPACE_BEFORE_PUNCT = re.compile(r" +(?=[,.;:!?](?:\s|$))")

# A sentence end glued to the next sentence: lower-case letter, digit, quote or
# bracket, then . ! or ?, an optional closing quote, then a capital or opening quote.
# "U.S. President" stays whole: the full stops there follow capitals.
_GLUED_END = re.compile(
    r"(?<=[a-z0-9%)\]\"'\u201d\u2019])(?P<punct>[.!?])(?P<quote>[\"\u201d\u2019]?)(?=[A-Z\"\u201c\u2018])"
)
# An all-capitals heading glued to the first word of the next sentence.
_GLUED_HEADING = re.compile(
    r"^(?P<head>[A-Z][A-Z0-9&/-]*(?: [A-Z0-9][A-Z0-9&/-]*)*)(?=[A-Z][a-z]|[\"\u201c])"
)
_MIN_HEADING_WORD = 5


def _one_pass(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = LINK_ARTEFACT_RE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _SPACE_BEFORE_PUNCT.sub("", text)
    text = _LINE_EDGES.sub("\n", text)
    text = _SOFT_BREAK.sub(" ", text)
    text = _BLANKS.sub("\n\n", text)
    return text.strip()


def normalize_text(text: str) -> str:
    r"""Clean whitespace and link artefacts; paragraphs separated by ``"\n\n"``.

    Single line breaks inside a paragraph become spaces; runs of spaces, tabs and
    invisible characters collapse; ", opens new tab"-style link suffixes go.
    """
    for _ in range(_MAX_PASSES):
        cleaned = _one_pass(text)
        if cleaned == text:
            return cleaned
        text = cleaned
    return text


def remove_furniture(text: str) -> str:
    """Drop inline promotions and paragraphs that are only page furniture."""
    text = INLINE_PROMO_RE.sub("", text)
    paragraphs = [
        p
        for p in split_paragraphs(text)
        if p.lower() not in STANDALONE_FURNITURE and not FURNITURE_LINE_RE.match(p)
    ]
    return "\n\n".join(paragraphs)


def split_paragraphs(text: str) -> list[str]:
    """The non-empty, stripped paragraphs (blank-line separated) of ``text``."""
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def unglue_sentences(text: str) -> str:
    r"""Put a paragraph break between sentences glued without a space.

    ``"negotiations.U.S. President"`` becomes ``"negotiations.\n\nU.S. President"``.
    A straight quote after the full stop closes the sentence when the sentence so far
    holds an odd number of quotes, and otherwise opens the next one.
    """
    out: list[str] = []
    last = 0
    for match in _GLUED_END.finditer(text):
        cut = match.end()
        if match.group("quote") == '"':
            quote_at = match.start("quote")
            if text.count('"', last, quote_at) % 2 == 0:
                cut = quote_at
        out.append(text[last:cut])
        out.append("\n\n")
        last = cut
    out.append(text[last:])
    return "".join(out)


def split_glued_heading(paragraph: str) -> tuple[str | None, str]:
    """Split an all-capitals heading glued to the paragraph's first word.

    ``"TALKS STALLAs the envoy..."`` gives ``("TALKS STALL", "As the envoy...")``.
    A heading needs two words or one of at least five letters, so acronyms with a
    plural ("CEOs") and words like "The" are left alone.
    """
    match = _GLUED_HEADING.match(paragraph)
    if match is None:
        return None, paragraph
    head = match.group("head")
    if " " not in head and len(head) < _MIN_HEADING_WORD:
        return None, paragraph
    return head, paragraph[match.end() :]
