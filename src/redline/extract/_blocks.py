"""The fallback for page dumps without cues: the best block of sentence-like text.

The text is cut into sentences; each scores its word count when it looks like prose
(enough words, final punctuation, mostly lower-case words) and minus its word count
otherwise (navigation, link lists, labels). The contiguous run of sentences with the
highest total is the body (a maximum-sum subarray). The field notes measured this at
0.875 shingle F1 on flattened pages against 0.683 for the raw text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from ._markers import SENTENCE_STARTERS

__all__ = ["Block", "best_block", "is_sentence_like", "trim_tail"]

logger = logging.getLogger(__name__)

_SENTENCE_SPLIT = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"\u201d\u2019)]))\s+(?=[\"\u201c\u2018(]?[A-Z0-9])"
)
_FINAL = frozenset('.!?"\u201d\u2019:)')
_MIN_WORDS = 5
_MIN_LOWER_RATIO = 0.4
_MAX_WORD_CHARS = 40
_MIN_NAV_RUN = 4
_PENALTY = 3.0
_MIN_TAIL_WORDS = 15


@dataclass(frozen=True, slots=True, kw_only=True)
class Block:
    """The chosen text and where it starts and ends in the input."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class _Unit:
    text: str
    start: int
    end: int
    paragraph: int


def is_sentence_like(sentence: str) -> bool:
    """Whether ``sentence`` reads like prose rather than page furniture."""
    words = sentence.split()
    if len(words) < _MIN_WORDS or sentence.rstrip()[-1:] not in _FINAL:
        return False
    if any(len(w) > _MAX_WORD_CHARS for w in words):
        return False
    lower = sum(1 for w in words if w[:1].islower() or w[:1].isdigit())
    return lower / len(words) >= _MIN_LOWER_RATIO


def _units(text: str) -> list[_Unit]:
    units: list[_Unit] = []
    for paragraph, line in enumerate(re.finditer(r"[^\n]+", text)):
        offset = line.start()
        pos = 0
        for cut in [*_SENTENCE_SPLIT.finditer(line.group(0)), None]:
            end = cut.start() if cut is not None else len(line.group(0))
            piece = line.group(0)[pos:end]
            if piece.strip():
                units.append(
                    _Unit(
                        text=piece.strip(),
                        start=offset + pos,
                        end=offset + end,
                        paragraph=paragraph,
                    )
                )
            if cut is not None:
                pos = cut.end()
    return units


def _trim_navigation(unit: _Unit) -> _Unit:
    """Cut capitalised navigation words flattened onto the front of a sentence.

    Inside an opening run of capitalised words, the sentence starts at the last
    word that only ever opens sentences ("The", "In", ...).
    """
    words = list(re.finditer(r"\S+", unit.text))
    run = 0
    while run < len(words) and words[run].group(0)[:1].isupper():
        run += 1
    if run < _MIN_NAV_RUN:
        return unit
    starts = [i for i in range(run) if words[i].group(0) in SENTENCE_STARTERS]
    if not starts or starts[-1] == 0:
        return unit
    cut = words[starts[-1]].start()
    return _Unit(
        text=unit.text[cut:],
        start=unit.start + cut,
        end=unit.end,
        paragraph=unit.paragraph,
    )


def best_block(text: str) -> Block | None:
    r"""The highest-scoring contiguous run of sentences in ``text``.

    Sentences from one line stay in one paragraph; lines become paragraphs joined by
    ``"\n\n"``. ``None`` when no sentence looks like prose.
    """
    units = _units(text)
    best_sum, best = 0.0, (0, -1)
    run_sum, run_start = 0.0, 0
    for i, unit in enumerate(units):
        words = len(unit.text.split())
        score = words if is_sentence_like(unit.text) else -_PENALTY * words
        if run_sum <= 0:
            run_sum, run_start = score, i
        else:
            run_sum += score
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, i)
    first, last = best
    if last < first:
        return None
    chosen = units[first : last + 1]
    chosen[0] = _trim_navigation(chosen[0])
    pieces: list[str] = []
    for prev, unit in zip([None, *chosen], chosen, strict=False):
        if prev is not None:
            pieces.append(" " if prev.paragraph == unit.paragraph else "\n\n")
        pieces.append(unit.text)
    logger.debug("best block: sentences %d-%d of %d", first, last, len(units))
    return Block(text="".join(pieces), start=chosen[0].start, end=chosen[-1].end)


def trim_tail(text: str) -> str:
    """Cut trailing page furniture after the last run of sentence-like text.

    The text is cut after the prefix with the highest score, but only when what
    follows is clearly furniture (at least :data:`_MIN_TAIL_WORDS` words' worth of
    negative score), so a short closing quote stays.
    """
    units = _units(text)
    total, best_sum, best_end = 0.0, 0.0, len(text)
    for unit in units:
        words = len(unit.text.split())
        total += words if is_sentence_like(unit.text) else -_PENALTY * words
        if total >= best_sum:
            best_sum, best_end = total, unit.end
    if best_sum - total < _MIN_TAIL_WORDS:
        return text
    logger.debug("trimmed %d characters of trailing furniture", len(text) - best_end)
    return text[:best_end]
