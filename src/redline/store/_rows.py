"""Conversions between :mod:`redline.model` records and the store's table rows.

Store-internal: rows are plain mappings keyed by column name and never leave
:mod:`redline.store`.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, TypeAlias

from redline.model import (
    Actor,
    ActorKind,
    Article,
    Claim,
    Dateline,
    Source,
    Span,
    Voice,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from datetime import datetime

    from sqlalchemy import RowMapping

    from redline.model import Status

__all__ = [
    "Row",
    "actor_from_row",
    "actor_row",
    "article_from_row",
    "article_row",
    "claim_from_row",
    "claim_id",
    "claim_row",
    "claim_rows",
    "report_row",
    "source_from_row",
    "source_rows",
]

Row: TypeAlias = dict[str, object]

_SEP = "\x1f"  # ASCII unit separator: cannot be confused with text in an id part


def claim_id(article_id: str, claim: Claim, *, occurrence: int = 0) -> str:
    """The deterministic id of ``claim`` in article ``article_id``.

    Hashes article id, extractor, action, holder id and evidence offsets. ``occurrence``
    tells apart distinct claims of one article that share all of these (for example
    one sentence read as a demand of two addressees); it is 0 for the first of them.
    """
    parts = [
        article_id,
        claim.extractor,
        claim.action,
        claim.holder.id,
        str(claim.evidence.start),
        str(claim.evidence.end),
    ]
    if occurrence:
        parts.append(str(occurrence))
    return hashlib.sha256(_SEP.join(parts).encode("utf-8")).hexdigest()


def claim_rows(article_id: str, claims: Iterable[Claim]) -> list[tuple[str, Claim]]:
    """Pair each distinct claim with its id, dropping exact repeats, in input order."""
    out: list[tuple[str, Claim]] = []
    seen_claims: set[Claim] = set()
    taken: set[str] = set()
    for claim in claims:
        if claim in seen_claims:
            continue
        seen_claims.add(claim)
        occurrence = 0
        cid = claim_id(article_id, claim)
        while cid in taken:
            occurrence += 1
            cid = claim_id(article_id, claim, occurrence=occurrence)
        taken.add(cid)
        out.append((cid, claim))
    return out


def report_row(article_id: str, article: Article, *, first_seen: datetime) -> Row:
    """The ``reports`` row saying that ``article`` was read, as article ``article_id``.

    ``article_id`` is ``article.id`` for an article's own report, and the original's id
    for a near-duplicate linked to it.
    """
    return {
        "article_id": article_id,
        "source": article.source,
        "url": article.url,
        "outlet": article.outlet,
        "published": article.published,
        "content_hash": article.content_hash,
        "first_seen": first_seen,
    }


def article_row(article: Article, *, status: Status, created_at: datetime) -> Row:
    """The ``articles`` row of ``article``."""
    dateline = article.dateline
    return {
        "id": article.id,
        "content_hash": article.content_hash,
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "authors": list(article.authors),
        "published": article.published,
        "outlet": article.outlet,
        "dateline_place": dateline.place if dateline else None,
        "dateline_text": dateline.text if dateline else None,
        "summary": list(article.summary),
        "captions": list(article.captions),
        "language": article.language,
        "text": article.text,
        "status": str(status),
        "created_at": created_at,
    }


def article_from_row(row: RowMapping) -> Article:
    """Rebuild an :class:`Article` from its ``articles`` row."""
    place, dateline_text = row["dateline_place"], row["dateline_text"]
    dateline = (
        Dateline(place=str(place), text=str(dateline_text or ""))
        if place is not None
        else None
    )
    return Article(
        id=_str(row["id"]),
        source=_str(row["source"]),
        url=_opt_str(row["url"]),
        title=_str(row["title"]),
        authors=_str_tuple(row["authors"]),
        published=row["published"],
        outlet=_opt_str(row["outlet"]),
        dateline=dateline,
        summary=_str_tuple(row["summary"]),
        captions=_str_tuple(row["captions"]),
        language=_str(row["language"]),
        text=_str(row["text"]),
        content_hash=_str(row["content_hash"]),
    )


def actor_row(actor: Actor) -> Row:
    """The ``actors`` row of ``actor``."""
    return {"id": actor.id, "name": actor.name, "kind": str(actor.kind)}


def actor_from_row(actor_id: object, name: object, kind: object) -> Actor:
    """Rebuild an :class:`Actor` from its ``actors`` columns."""
    return Actor(id=_str(actor_id), name=_str(name), kind=ActorKind(_str(kind)))


def claim_row(cid: str, article_id: str, claim: Claim) -> Row:
    """The ``claims`` row of ``claim`` (its sources go to :func:`source_rows`)."""
    voice = claim.voiced_by
    return {
        "id": cid,
        "article_id": article_id,
        "action": claim.action,
        "holder_id": claim.holder.id,
        "voiced_by_name": voice.name if voice else None,
        "voiced_by_role": voice.role if voice else None,
        "addressee_id": claim.addressee.id if claim.addressee else None,
        "issues": list(claim.issues),
        "content": claim.content,
        "conditions": list(claim.conditions),
        "historical": claim.historical,
        "when": claim.when,
        "negated": claim.negated,
        "hypothetical": claim.hypothetical,
        "plover": claim.plover,
        "cameo": claim.cameo,
        "evidence_start": claim.evidence.start,
        "evidence_end": claim.evidence.end,
        "evidence_text": claim.evidence.text,
        "extractor": claim.extractor,
        "confidence": claim.confidence,
    }


def source_rows(cid: str, claim: Claim) -> list[Row]:
    """The ``sources`` rows of ``claim``, numbered by position."""
    return [
        {
            "claim_id": cid,
            "position": position,
            "text": source.text,
            "anonymous": source.anonymous,
            "count": source.count,
            "affiliation": source.affiliation,
        }
        for position, source in enumerate(claim.sources)
    ]


def source_from_row(row: RowMapping) -> Source:
    """Rebuild a :class:`Source` from its ``sources`` row."""
    count = row["count"]
    return Source(
        text=_str(row["text"]),
        anonymous=bool(row["anonymous"]),
        count=None if count is None else int(count),
        affiliation=_opt_str(row["affiliation"]),
    )


def claim_from_row(
    row: RowMapping,
    *,
    holder: Actor,
    addressee: Actor | None,
    sources: Sequence[Source],
) -> Claim:
    """Rebuild a :class:`Claim` from its ``claims`` row, actors and sources."""
    name = row["voiced_by_name"]
    voice = (
        Voice(name=str(name), role=_opt_str(row["voiced_by_role"]))
        if name is not None
        else None
    )
    return Claim(
        action=_str(row["action"]),
        holder=holder,
        voiced_by=voice,
        addressee=addressee,
        issues=_str_tuple(row["issues"]),
        content=_str(row["content"]),
        conditions=_str_tuple(row["conditions"]),
        sources=tuple(sources),
        historical=bool(row["historical"]),
        when=_opt_str(row["when"]),
        negated=bool(row["negated"]),
        hypothetical=bool(row["hypothetical"]),
        plover=_opt_str(row["plover"]),
        cameo=_opt_str(row["cameo"]),
        evidence=Span(
            start=int(row["evidence_start"]),
            end=int(row["evidence_end"]),
            text=_str(row["evidence_text"]),
        ),
        extractor=_str(row["extractor"]),
        confidence=float(row["confidence"]),
    )


def _str(value: object) -> str:
    return value if isinstance(value, str) else str(value)


def _opt_str(value: object) -> str | None:
    return None if value is None else _str(value)


def _str_tuple(value: object) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        msg = f"expected a JSON list, found {type(value).__name__}"
        raise TypeError(msg)
    return tuple(_str(item) for item in value)
