r"""Read brat standoff attribution files (the PolNeAR ``.ann`` format).

One annotation a line, tab-separated, parsed by the line's ID prefix after splitting
the file on ``\\n`` only:

- ``T<n>\\t<Type> <start> <end>[;<start> <end>…]\\t<covered text>``: a span with one or
  more fragments. Offsets are code-point offsets into the article text, end exclusive.
  The covered text may run onto following lines (it contains a newline); such lines are
  accepted as long as the covered text is shorter than the offsets say it should be.
- ``E<n>\\t<Anchor>:T<a> <Role>:T<x> …``: one attribution; roles ``Source``, ``Cue``,
  ``Content`` and ``Content2`` (a second content span), any of them absent.
- ``#<n>\\t…``: an annotator note, ignored.

Anything else, an unknown span reference, or an offset outside the text raises
:class:`~redline.errors.AnnotationFormatError` naming the file and the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from redline.errors import AnnotationFormatError

__all__ = [
    "ANCHOR_TYPES",
    "BratAttribution",
    "BratFile",
    "BratSpan",
    "parse_brat",
    "read_brat",
]

ANCHOR_TYPES = frozenset({"Attribution", "Attribution-no-source"})
_ROLES = frozenset({"Source", "Cue", "Content", "Content2"})
_ID = re.compile(r"^(?:[TE]\d+|#\d*)\t")
_OFFSETS = re.compile(r"^\d+ \d+(?:;\d+ \d+)*$")


@dataclass(frozen=True, slots=True, kw_only=True)
class BratSpan:
    """A text-bound annotation: its type and its fragments ``(start, end)``."""

    id: str
    label: str
    fragments: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class BratAttribution:
    """One attribution event: anchor type and its role spans (any may be absent)."""

    id: str
    anchor: str
    source: BratSpan | None
    cue: BratSpan | None
    content: tuple[BratSpan, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class BratFile:
    """One annotator's file: every span and every attribution, in file order."""

    name: str
    spans: tuple[BratSpan, ...]
    attributions: tuple[BratAttribution, ...]


def _fail(name: str, line_no: int, why: str) -> AnnotationFormatError:
    return AnnotationFormatError(f"{name}, line {line_no}: {why}")


def _span(name: str, line_no: int, line: str, text_len: int | None) -> BratSpan:
    parts = line.split("\t", 2)
    if len(parts) < 2:  # noqa: PLR2004 - id and type/offsets are required
        raise _fail(name, line_no, "span line needs an id and 'Type start end'")
    label, _, offsets = parts[1].partition(" ")
    if not label or not _OFFSETS.match(offsets):
        raise _fail(name, line_no, f"bad type/offsets {parts[1]!r}")
    fragments: list[tuple[int, int]] = []
    for frag in offsets.split(";"):
        start_s, end_s = frag.split(" ")
        start, end = int(start_s), int(end_s)
        if start > end or (text_len is not None and end > text_len):
            raise _fail(name, line_no, f"offsets {start} {end} outside the text")
        fragments.append((start, end))
    return BratSpan(id=parts[0], label=label, fragments=tuple(fragments))


def _expected_len(span: BratSpan) -> int:
    return sum(e - s for s, e in span.fragments) + len(span.fragments) - 1


def _event(
    name: str, line_no: int, line: str, spans: dict[str, BratSpan]
) -> BratAttribution:
    event_id, _, args = line.partition("\t")
    items = args.split()
    if not items:
        raise _fail(name, line_no, "event line has no arguments")
    anchor: str | None = None
    roles: dict[str, list[BratSpan]] = {}
    for n, item in enumerate(items):
        role, sep, ref = item.partition(":")
        if not sep or ref not in spans:
            raise _fail(name, line_no, f"bad or unknown argument {item!r}")
        if n == 0:
            if role not in ANCHOR_TYPES:
                raise _fail(name, line_no, f"unknown anchor type {role!r}")
            anchor = role
        elif role in _ROLES:
            roles.setdefault(role, []).append(spans[ref])
        else:
            raise _fail(name, line_no, f"unknown role {role!r}")
    assert anchor is not None  # noqa: S101 - items is not empty
    return BratAttribution(
        id=event_id,
        anchor=anchor,
        source=roles.get("Source", [None])[0],
        cue=roles.get("Cue", [None])[0],
        content=tuple(roles.get("Content", []) + roles.get("Content2", [])),
    )


def parse_brat(content: str, *, name: str, text_len: int | None = None) -> BratFile:
    """Parse the text of one ``.ann`` file.

    Args:
        content: The file's text, decoded as UTF-8.
        name: The file name used in error messages.
        text_len: The article's length in code points; offsets past it are errors.

    Raises:
        AnnotationFormatError: a malformed line (named by file and 1-based number).
    """
    spans: dict[str, BratSpan] = {}
    event_lines: list[tuple[int, str]] = []
    pending: tuple[BratSpan, int] | None = None  # span whose covered text runs on
    for line_no, line in enumerate(content.split("\n"), start=1):
        if not line.strip() and pending is None:
            continue
        if not _ID.match(line):
            if pending is None:
                raise _fail(name, line_no, f"not an annotation line: {line[:40]!r}")
            span, seen = pending
            seen += 1 + len(line)
            pending = (span, seen) if seen < _expected_len(span) else None
            continue
        pending = None
        if line.startswith("T"):
            span = _span(name, line_no, line, text_len)
            if span.id in spans:
                raise _fail(name, line_no, f"duplicate id {span.id}")
            spans[span.id] = span
            covered = line.split("\t", 2)[2] if line.count("\t") >= 2 else ""  # noqa: PLR2004
            if len(covered) < _expected_len(span):
                pending = (span, len(covered))
        elif line.startswith("E"):
            event_lines.append((line_no, line))  # resolved once every span is known
    events = tuple(_event(name, n, line, spans) for n, line in event_lines)
    return BratFile(name=name, spans=tuple(spans.values()), attributions=events)


def read_brat(path: Path, *, text_len: int | None = None) -> BratFile:
    r"""Read one ``.ann`` file (UTF-8, split on ``\\n`` only).

    Raises:
        AnnotationFormatError: the file cannot be read or has a malformed line.
    """
    try:
        content = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise AnnotationFormatError(f"{path.name}: cannot read: {e}") from e
    return parse_brat(content, name=path.name, text_len=text_len)
