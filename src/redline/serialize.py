"""JSON shapes of the output contract (``redline extract --json``, ``claims``)."""

from __future__ import annotations

from typing import Any

from redline.extract.plaintext import readable_title
from redline.model import Actor, Article, ArticleResult, Claim

__all__ = ["article_to_json", "claim_to_json", "result_to_json"]


def _actor(actor: Actor | None) -> dict[str, str] | None:
    if actor is None:
        return None
    return {"id": actor.id, "name": actor.name, "kind": str(actor.kind)}


def article_to_json(article: Article) -> dict[str, Any]:
    """The ``article`` object of the contract."""
    return {
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "readable_title": readable_title(article.title),
        "authors": list(article.authors),
        "published": article.published.isoformat() if article.published else None,
        "outlet": article.outlet,
        "dateline": (
            {"place": article.dateline.place, "text": article.dateline.text}
            if article.dateline
            else None
        ),
        "summary": list(article.summary),
        "captions": list(article.captions),
        "language": article.language,
        "text": article.text,
    }


def claim_to_json(claim: Claim) -> dict[str, Any]:
    """One claim object of the contract."""
    return {
        "action": claim.action,
        "holder": _actor(claim.holder),
        "voiced_by": (
            {"name": claim.voiced_by.name, "role": claim.voiced_by.role}
            if claim.voiced_by
            else None
        ),
        "addressee": _actor(claim.addressee),
        "issues": list(claim.issues),
        "content": claim.content,
        "conditions": list(claim.conditions),
        "sources": [
            {
                "text": s.text,
                "anonymous": s.anonymous,
                "count": s.count,
                "affiliation": s.affiliation,
            }
            for s in claim.sources
        ],
        "historical": claim.historical,
        "when": claim.when,
        "negated": claim.negated,
        "hypothetical": claim.hypothetical,
        "plover": claim.plover,
        "cameo": claim.cameo,
        "evidence": {
            "start": claim.evidence.start,
            "end": claim.evidence.end,
            "text": claim.evidence.text,
        },
        "extractor": claim.extractor,
    }


def result_to_json(result: ArticleResult, claims: tuple[Claim, ...]) -> dict[str, Any]:
    """One JSON Lines object of ``redline extract --json``."""
    return {
        "article": article_to_json(result.article) if result.article else None,
        "source": result.source,
        "status": str(result.status),
        "message": result.message,
        "claims": [claim_to_json(c) for c in claims],
    }
