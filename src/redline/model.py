"""Records that cross stages: raw inputs, articles, claims and per-input results.

Every record is a frozen, keyword-only dataclass. Offsets are character offsets into
``Article.text``. Expected per-input outcomes are :class:`ArticleResult` values with a
:class:`Status` reason code, never ``None`` and never exceptions.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

__all__ = [
    "ACTIONS",
    "POSITION_ACTIONS",
    "Actor",
    "ActorKind",
    "Article",
    "ArticleResult",
    "Claim",
    "Dateline",
    "InputKind",
    "RawDocument",
    "Source",
    "Span",
    "Status",
    "Voice",
    "content_hash",
]


def content_hash(data: str | bytes) -> str:
    """Return the SHA-256 hex digest of ``data`` (text is hashed as UTF-8)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


class Status(StrEnum):
    """Outcome of reading one input: ``ok`` or the reason it yielded no article."""

    OK = "ok"
    NOT_FOUND = "not_found"
    NO_ARTICLES = "no_articles"
    EMPTY = "empty"
    BINARY = "binary"
    ENCODING = "encoding"
    TOO_LARGE = "too_large"
    NO_BODY = "no_body"
    LANG = "lang"
    BAD_RECORD = "bad_record"
    UNSUPPORTED = "unsupported"
    ERROR = "error"


class InputKind(StrEnum):
    """The form an input arrives in; detected, or forced with ``--type``."""

    PAGE_DUMP = "dump"
    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"
    WARC = "warc"
    CSV = "csv"


@dataclass(frozen=True, slots=True, kw_only=True)
class RawDocument:
    """One input article before extraction: decoded text plus hints from its container.

    ``source`` names where it came from (a path, or ``path#record-id`` for a corpus
    record). Hints (title, published, …) come from containers such as JSONL records.
    """

    source: str
    kind: InputKind
    text: str
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: datetime | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    dateline: str | None = None  # a wire dateline kept apart ("TOKYO, March 27")


@dataclass(frozen=True, slots=True, kw_only=True)
class Dateline:
    """The dateline that opens a wire story, e.g. place ``MOSCOW``."""

    place: str
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """A clean article: body text plus metadata; ``id`` is derived from its content."""

    id: str
    source: str
    url: str | None
    title: str
    authors: tuple[str, ...]
    published: datetime | None
    outlet: str | None
    dateline: Dateline | None
    summary: tuple[str, ...]
    captions: tuple[str, ...]
    language: str
    text: str
    content_hash: str

    @classmethod
    def from_text(
        cls, text: str, *, source: str, published: datetime | None = None
    ) -> Article:
        """A bare article of ``text`` with no metadata (for sentences and tests)."""
        digest = content_hash(text)
        return cls(
            id=digest[:16],
            source=source,
            url=None,
            title="",
            authors=(),
            published=published,
            outlet=None,
            dateline=None,
            summary=(),
            captions=(),
            language="en",
            text=text,
            content_hash=digest,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleResult:
    """What reading one input gave: an article with status ``ok``, or a reason code."""

    source: str
    status: Status
    article: Article | None = None
    message: str = ""
    input_hash: str | None = None

    @property
    def ok(self) -> bool:
        """Whether an article was produced."""
        return self.status is Status.OK and self.article is not None


class ActorKind(StrEnum):
    """What sort of party an actor is."""

    STATE = "state"
    IGO = "igo"
    BLOC = "bloc"
    DOMESTIC = "domestic"
    PERSON = "person"
    GROUP = "group"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    """A party to a claim, with a stable id (ISO alpha-3, IGO code or slug)."""

    id: str
    name: str
    kind: ActorKind


@dataclass(frozen=True, slots=True, kw_only=True)
class Voice:
    """The person or body that voiced a claim for its holder (e.g. a leader)."""

    name: str
    role: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """Who reported a claim: a named party or an anonymous group.

    ``count`` is how many sources the phrase stands for when it says so: "three
    diplomats" is 3, "a senior official" 1, "Pelosi and Schumer" 2, "Haile" 1;
    ``None`` when it does not say ("officials", "Democrats", "they").
    """

    text: str
    anonymous: bool
    count: int | None = None
    affiliation: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A character span of the article text; ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


ACTIONS: tuple[str, ...] = (
    "demand",
    "propose",
    "accept",
    "reject",
    "threaten",
    "warn",
    "accuse",
    "pledge",
    "deny",
    "concede",
    "no_comment",
    "state",
)
POSITION_ACTIONS: frozenset[str] = frozenset(ACTIONS[:10])


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One attributed claim: who takes what stance on what, of whom, per whom."""

    action: str
    holder: Actor
    voiced_by: Voice | None
    addressee: Actor | None
    issues: tuple[str, ...]
    content: str
    conditions: tuple[str, ...]
    sources: tuple[Source, ...]
    historical: bool
    when: str | None
    negated: bool
    hypothetical: bool
    plover: str | None
    cameo: str | None
    evidence: Span
    extractor: str
    confidence: float = field(default=1.0)
