"""Article metadata from text: datelines, bylines, dates and page titles.

* Datelines open wire stories: ``PLACE, Month Day (Outlet) -``, ``PLACE, Month Day -``
  or ``PLACE (Outlet) -``; :func:`find_dateline` returns the place, the dateline text
  and the outlet named in it.
* Bylines: ``By First Last``, ``By A and B``, ``By A, B and C``.
* Dates: ``Month D, YYYY`` with an optional time and zone (also glued, as flattened
  pages give ``May 28, 20252:00 PM UTC``), or ISO-8601. Naive times are UTC.
* Titles: a site name appended after ``|``, ``-`` or similar is split off.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from dateutil import parser as date_parser

from redline.model import Dateline

from ._markers import MONTHS, SENTENCE_STARTERS, SITE_SEPARATORS

__all__ = [
    "DatelineMatch",
    "clean_title",
    "find_byline",
    "find_date",
    "find_dateline",
    "parse_authors",
    "parse_datetime",
]

logger = logging.getLogger(__name__)

_MONTH = (
    r"(?:"
    + "|".join(rf"{m[:3]}(?:{m[3:]}|\.)?" if len(m) > 3 else m for m in MONTHS)  # noqa: PLR2004
    + r")"
)
_PLACE = r"[A-Z][A-Z.'/-]*[A-Z.](?: [A-Z][A-Z.'/-]*)*"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE})"
    rf"(?:, (?P<region>[A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
    rf"(?:, (?P<month>{_MONTH}) (?P<day>\d{{1,2}}))?"
    r"(?: \((?P<outlet>[A-Z][^()\n]{0,40})\))?"
    r" ?(?P<dash>[-\u2013\u2014]{1,2}) ?"
)
_DATE = re.compile(
    rf"(?P<month>{_MONTH}) (?P<day>\d{{1,2}}),? (?P<year>(?:19|20)\d\d)"
    r"(?:\s*(?:at\s+)?(?P<time>\d{1,2}:\d\d)\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?)?"
    r"\s*(?P<zone>UTC|GMT|Z|[+-]\d\d:?\d\d)?"
)
_ISO_DATE = re.compile(r"\b\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?[^\s\"<]*)?")
_BYLINE = re.compile(r"(?:^|(?<=[\s\]a-z.]))By (?P<names>[A-Z][^\n]{1,200})")
_NAME = re.compile(
    r"[A-Z][\w.'\u2019-]*"
    r"(?: (?:[A-Z][\w.'\u2019-]*|van|von|de|der|da|del|al|bin|ibn|le|la))*"
)
_NAME_SPLIT = re.compile(r",? and |, | & ")
_MAX_SITE_WORDS = 5
_MAX_SITE_CHARS = 40
_MAX_AUTHORS = 6


@dataclass(frozen=True, slots=True, kw_only=True)
class DatelineMatch:
    """A dateline found in a text, with its span and the outlet it names."""

    dateline: Dateline
    outlet: str | None
    start: int
    end: int


def find_dateline(
    text: str, *, start: int = 0, window: int | None = None, anchored: bool = False
) -> DatelineMatch | None:
    """Find the first dateline at or after ``start``.

    Args:
        text: the text to search.
        start: where to start looking.
        window: look only this many characters past ``start``.
        anchored: the dateline must open the text at ``start`` (after whitespace).
    """
    end = len(text) if window is None else min(len(text), start + window)
    pos = start
    while pos < end:
        match = _DATELINE.search(text, pos, end)
        if match is None:
            return None
        if anchored and text[start : match.start()].strip():
            return None
        has_date = match.group("month") is not None
        has_outlet = match.group("outlet") is not None
        if (has_date or has_outlet) and not text[match.end() :].startswith(" -"):
            place = match.group("place").strip()
            shown = text[match.start() : match.end()].rstrip()
            outlet = match.group("outlet")
            return DatelineMatch(
                dateline=Dateline(place=place, text=shown),
                outlet=outlet.strip() if outlet else None,
                start=match.start(),
                end=match.end(),
            )
        if anchored:
            return None
        pos = match.start() + 1
    return None


def parse_authors(names: str) -> tuple[str, ...]:
    """Split ``"A, B and C"`` into names, dropping empty parts."""
    parts = (p.strip(" ,.;") for p in _NAME_SPLIT.split(names))
    return tuple(p for p in parts if p)[:_MAX_AUTHORS]


def find_byline(text: str) -> tuple[tuple[str, ...], int, int] | None:
    """Find ``By A and B`` and return the authors and the byline's span.

    The names end at the first word that is not capitalised (or at a date glued to
    the last name, as in flattened pages).
    """
    match = _BYLINE.search(text)
    if match is None:
        return None
    names = match.group("names")
    date = _DATE.search(names)
    if date is not None:
        names = names[: date.start()]
    pieces: list[str] = []
    rest = names
    while rest:
        name = _NAME.match(rest)
        if name is None:
            break
        words = name.group(0).split()
        stop = next((i for i, w in enumerate(words) if w in SENTENCE_STARTERS), None)
        if stop is not None:
            if stop:
                pieces.append(" ".join(words[:stop]))
            break
        pieces.append(name.group(0))
        rest = rest[name.end() :]
        joiner = _NAME_SPLIT.match(rest)
        if joiner is None:
            break
        rest = rest[joiner.end() :]
    authors = tuple(p.strip() for p in pieces if p.strip())[:_MAX_AUTHORS]
    if not authors:
        return None
    end = match.start("names") + len(names.rstrip())
    return authors, match.start(), end


def _zone(value: str | None) -> timezone:
    if not value or value in {"UTC", "GMT", "Z"}:
        return UTC
    sign = -1 if value.startswith("-") else 1
    digits = value[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def find_date(text: str) -> tuple[datetime, int, int] | None:
    """The first ``Month D, YYYY[ h:mm AM UTC]`` date in ``text``, with its span."""
    match = _DATE.search(text)
    if match is None:
        return None
    month = match.group("month")[:3].title()
    hour, minute = 0, 0
    if match.group("time"):
        hour, minute = (int(x) for x in match.group("time").split(":"))
        ampm = (match.group("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:  # noqa: PLR2004 - clock hours
            hour += 12
        elif ampm == "am" and hour == 12:  # noqa: PLR2004
            hour = 0
    try:
        parsed = datetime.strptime(
            f"{match.group('year')} {month} {match.group('day')}", "%Y %b %d"
        ).replace(hour=hour, minute=minute, tzinfo=_zone(match.group("zone")))
    except ValueError:
        logger.debug("not a date: %r", match.group(0))
        return None
    return parsed, match.start(), match.end()


def parse_datetime(value: str | None) -> datetime | None:
    """Parse an ISO-8601 or common date string; naive results are taken as UTC."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        iso = _ISO_DATE.search(value)
        try:
            parsed = date_parser.parse(iso.group(0) if iso else value)
        except (ValueError, OverflowError):
            found = find_date(value)
            return found[0] if found else None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def clean_title(title: str, *, site: str | None = None) -> tuple[str, str | None]:
    """Split a site name off a page title: ``"Talks stall | Outlet"``.

    The suffix counts as a site name when it equals ``site`` or is short (at most
    five words) and the title before it is longer. Returns the title and the site.
    """
    title = " ".join(title.split())
    for sep in SITE_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if not found:
            continue
        tail = tail.strip()
        if site and tail.lower() == site.lower():
            return head.strip(), tail
        if (
            len(tail.split()) <= _MAX_SITE_WORDS
            and len(tail) <= _MAX_SITE_CHARS
            and len(head) > len(tail)
            and tail[:1].isupper()
        ):
            return head.strip(), tail
    return title, None
