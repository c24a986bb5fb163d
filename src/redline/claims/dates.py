"""Dates of claims: explicit or relative date expressions → ``when`` and ``historical``.

``when`` has the precision the text gives: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.
A claim is historical when its date lies before the article's own day, month or year
(at the date's own precision), or when the expression itself points back ("last
week", "earlier this year", "two months ago", "yesterday", "on Monday" in a
Wednesday article) even inside the article's month or year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

__all__ = ["DateRef", "find_date", "is_historical"]

_MONTHS = {
    m: n
    for n, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_RE = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "month_day_year",
        re.compile(_MONTH_RE + r" (?P<day>\d{1,2}),? (?P<year>(?:19|20)\d\d)\b"),
    ),
    (  # British order: "on 7 March 2003"
        "month_day_year",
        re.compile(
            r"\b(?P<day>\d{1,2}) " + _MONTH_RE + r",? (?P<year>(?:19|20)\d\d)\b"
        ),
    ),
    ("month_year", re.compile(_MONTH_RE + r",? (?P<year>(?:19|20)\d\d)\b")),
    ("month_rel", re.compile(_MONTH_RE + r" (?:of )?(?P<rel>last|this|next) year\b")),
    ("month_day", re.compile(_MONTH_RE + r" (?P<day>\d{1,2})\b(?!,? (?:19|20)\d\d)")),
    (
        "month_day",
        re.compile(r"\b(?P<day>\d{1,2}) " + _MONTH_RE + r"\b(?!,? (?:19|20)\d\d)"),
    ),
    (
        "month_alone",
        re.compile(
            # "In October, ..." opens a sentence as often as "in October" ends one
            r"\b(?P<prep>(?i:in|last|since|early|late|mid-|until|from|during)) "
            + _MONTH_RE
            + r"(?![ ,]+(?:\d|last|this|next))"
        ),
    ),
    ("last_span", re.compile(r"\blast (?P<unit>week|month)\b", re.IGNORECASE)),
    (
        "earlier_this",
        re.compile(r"\bearlier this (?P<unit>year|month|week)\b", re.IGNORECASE),
    ),
    (
        "units_ago",
        re.compile(
            r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) "
            r"(?P<unit>weeks?|months?) ago\b",
            re.IGNORECASE,
        ),
    ),
    (  # "last summer": the year of the latest such season over by the article's day
        "last_season",
        re.compile(
            r"\blast (?P<season>spring|summer|autumn|fall|winter)\b", re.IGNORECASE
        ),
    ),
    ("rel_year", re.compile(r"\b(?P<rel>last|this|next) year\b", re.IGNORECASE)),
    (
        "years_ago",
        re.compile(
            r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) "
            r"years? ago\b",
            re.IGNORECASE,
        ),
    ),
    ("year", re.compile(r"(?<![\d,.$£€-])\b(?P<year>(?:19|20)\d\d)\b(?![\d%]|[.,]\d)")),
    # the news cycle's own days: "yesterday", "on Monday" (the latest Monday up to the
    # article's day), least specific of all so that any date the text gives wins
    ("yesterday", re.compile(r"\byesterday\b", re.IGNORECASE)),
    (
        "weekday",
        re.compile(
            # not a deadline: "wants a deal by Friday" sets a day to come
            r"(?<!\bby )(?<!\buntil )(?<!\bbefore )"
            r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
)
_WEEKDAYS = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
_SMALL = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


# the month each season ends in (winter ends in February of the year it reaches)
_SEASON_ENDS = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}
_POINTS_BACK = frozenset({"last_span", "earlier_this", "units_ago"})
# "early November" lies behind an article dated after the month's first ten days
_EARLY_DAYS = 10
_NEWS_DAYS = frozenset({"yesterday", "weekday"})
# words that put a weekday in the days to come
_FUTURE = re.compile(
    r"\b(?:will|shall|next|due|scheduled|expected|planned (?:to|for)|plans? to"
    r"|is to|are to)\b"
    r"|['\u2019]ll\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class DateRef:
    """A date found in text: the ``when`` string and its character span.

    ``past`` is true when the words themselves point back from the article's date
    ("last week", "earlier this year").
    """

    when: str
    start: int
    end: int
    past: bool = False


def _month(token: str) -> int:
    return _MONTHS[token.rstrip(".").lower()]


def find_date(
    text: str, *, published: datetime | None, not_after: bool = False
) -> DateRef | None:
    """Return the most specific date in ``text``, resolved against ``published``.

    Relative expressions ("last year") need ``published``; without it they are skipped.
    With ``not_after``, dates after ``published`` are passed over: a stance is not
    taken later than the article that reports it ("will cut tariffs next year" is
    not dated next year).
    """
    found: list[tuple[int, DateRef]] = []
    ahead = _FUTURE.search(text) is not None
    for rank, (kind, pattern) in enumerate(_PATTERNS):
        if kind == "weekday" and ahead:
            continue  # "ministers will meet on Monday": a day to come
        for m in pattern.finditer(text):
            when = _resolve(kind, m, published)
            if when is not None and not (
                not_after and published is not None and _after(when, published)
            ):
                ref = DateRef(
                    when=when,
                    start=m.start(),
                    end=m.end(),
                    past=kind in _POINTS_BACK
                    or kind == "years_ago"
                    or (kind in _NEWS_DAYS and _days_back(kind, m, published) > 0)
                    or (not ahead and _early_this_month(kind, m, published)),
                )
                found.append((rank, ref))
    if not found:
        return None
    # Prefer the most specific pattern; among equals, the first in the text.
    found.sort(key=lambda x: (x[0], x[1].start))
    return found[0][1]


def _early_this_month(kind: str, m: re.Match[str], published: datetime | None) -> bool:
    """Whether "in early November" is weeks behind an article of late November."""
    return (
        kind == "month_alone"
        and published is not None
        and m.group("prep").lower() == "early"
        and _month(m.group("month")) == published.month
        and published.day > _EARLY_DAYS
    )


def _resolve(kind: str, m: re.Match[str], published: datetime | None) -> str | None:
    groups = m.groupdict()
    if kind == "month_day_year":
        return (
            f"{groups['year']}-{_month(groups['month']):02d}-{int(groups['day']):02d}"
        )
    if kind == "month_year":
        return f"{groups['year']}-{_month(groups['month']):02d}"
    if kind == "year":
        return str(groups["year"])
    if published is None:
        return None
    if kind in {"month_day", "month_alone"}:
        # A month without a year: its latest occurrence up to the article's month
        # ("agreed in December" in a March article is last December).
        month = _month(groups["month"])
        year = published.year if month <= published.month else published.year - 1
        if (groups.get("prep") or "").lower() == "last" and month == published.month:
            year -= 1
        if kind == "month_day":
            return f"{year}-{month:02d}-{int(groups['day']):02d}"
        return f"{year}-{month:02d}"
    if kind == "last_season":
        end = _SEASON_ENDS[groups["season"].lower()]
        return str(published.year if published.month > end else published.year - 1)
    if kind in _POINTS_BACK:
        return _relative_past(kind, m, published)
    if kind in _NEWS_DAYS:
        day = published - timedelta(days=_days_back(kind, m, published))
        return f"{day.year}-{day.month:02d}-{day.day:02d}"
    if kind == "years_ago":
        n = groups["n"].lower()
        years = _SMALL.get(n) or int(n)
        return str(published.year - years)
    offset = {"last": -1, "this": 0, "next": 1}[groups["rel"].lower()]
    year = published.year + offset
    if kind == "month_rel":
        return f"{year}-{_month(groups['month']):02d}"
    return str(year)


def is_historical(when: str, *, published: datetime | None) -> bool:
    """Whether ``when`` lies before the article's own day, month or year.

    ``when`` is compared at its own precision: "2024" is historical in a 2025
    article, "2025-05" only from June 2025 on, "2025-05-26" from the next day on.
    """
    if published is None:
        return True
    parts = [int(p) for p in when.split("-")]
    today = (published.year, published.month, published.day)
    return tuple(parts) < today[: len(parts)]


def _after(when: str, published: datetime) -> bool:
    """Whether ``when`` lies after the article's day, month or year."""
    parts = tuple(int(p) for p in when.split("-"))
    today = (published.year, published.month, published.day)
    return parts > today[: len(parts)]


def _days_back(kind: str, m: re.Match[str], published: datetime | None) -> int:
    """How many days before ``published`` "yesterday" or a weekday lies (0: today)."""
    if published is None:
        return 0
    if kind == "yesterday":
        return 1
    return (published.weekday() - _WEEKDAYS.index(m.group("wd").lower())) % 7


def _month_before(year: int, month: int, n: int) -> str:
    index = year * 12 + (month - 1) - n
    return f"{index // 12}-{index % 12 + 1:02d}"


def _relative_past(kind: str, m: re.Match[str], published: datetime) -> str:
    """``when`` of "last week", "earlier this year", "two months ago"."""
    unit = m.group("unit").lower().rstrip("s")
    if kind == "earlier_this":
        if unit == "year":
            return str(published.year)
        return f"{published.year}-{published.month:02d}"
    n = 1
    if kind == "units_ago":
        word = m.group("n").lower()
        n = _SMALL.get(word) or int(word)
    if unit == "week":
        day = published - timedelta(weeks=n)
        return f"{day.year}-{day.month:02d}"
    return _month_before(published.year, published.month, n)
