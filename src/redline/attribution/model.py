"""Attribution records: who (source) said (cue) what (content), as character spans."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Attribution", "CharSpan"]


@dataclass(frozen=True, slots=True, kw_only=True, order=True)
class CharSpan:
    """A half-open character range ``[start, end)`` into the parsed text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution:
    """One attribution.

    Attributes:
        cue: The words that signal the attribution ("said", "according to").
        source: Who it is attributed to (a pronoun included), or None when unnamed.
        content: The fragments of the one content span, in text order (usually one;
            two when the cue and source interrupt the content).
    """

    cue: CharSpan
    source: CharSpan | None
    content: tuple[CharSpan, ...]
