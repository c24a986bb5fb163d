"""Which tokens of a parsed text stand inside a quotation.

Shared by the claims stage (a quoted sentence goes on quoting its speaker) and the
attribution stage (speech nested in a quotation is left to the quotation).
"""

from __future__ import annotations

from redline.nlp.parse import ParsedText

__all__ = ["quotation_flags"]

_OPENING = frozenset({"\u201c", "``"})
_CLOSING = frozenset({"\u201d"})
_TOGGLE = frozenset({'"', "''"})


def quotation_flags(parsed: ParsedText) -> list[bool]:
    """For every token, whether it stands inside a quotation of its paragraph.

    Read left to right from each paragraph's start: a curly opening mark opens, a
    curly closing one closes, and a straight one (``"``, ``''``) does the other.
    A token's flag says what holds just before it, so an opening mark itself is
    outside and the word after it inside.
    """
    flags: list[bool] = []
    inside = False
    for tok in parsed.tokens:
        flags.append(inside)
        if "\n" in tok.text:
            inside = False
        elif tok.text in _OPENING:
            inside = True
        elif tok.text in _CLOSING:
            inside = False
        elif tok.text in _TOGGLE:
            inside = not inside
    return flags
