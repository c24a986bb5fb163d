"""Hand-built articles, results and claims for store tests (no extractor involved)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from redline.model import (
    Actor,
    ActorKind,
    Article,
    ArticleResult,
    Claim,
    Dateline,
    Source,
    Span,
    Status,
    Voice,
    content_hash,
)

RUS = Actor(id="RUS", name="Russia", kind=ActorKind.STATE)
UKR = Actor(id="UKR", name="Ukraine", kind=ActorKind.STATE)
EU = Actor(id="EU", name="European Union", kind=ActorKind.IGO)

TEXT = (
    "MOSCOW (Reuters) - Russia demanded that Ukraine withdraw its troops, "
    "officials said. The European Union warned Russia against new strikes."
)


def make_article(
    text: str = TEXT,
    *,
    published: datetime | None = datetime(2024, 5, 1, 12, 30, tzinfo=UTC),
    outlet: str | None = "Reuters",
) -> Article:
    digest = content_hash(text)
    return Article(
        id=digest[:16],
        source=f"sample/{digest[:8]}.html",
        url="https://example.org/news/1",
        title="Russia demands withdrawal",
        authors=("A. Writer", "B. Reporter"),
        published=published,
        outlet=outlet,
        dateline=Dateline(place="MOSCOW", text="MOSCOW (Reuters) -"),
        summary=("Russia demands a withdrawal.",),
        captions=("Troops near the border.",),
        language="en",
        text=text,
        content_hash=digest,
    )


def make_result(article: Article, *, status: Status = Status.OK) -> ArticleResult:
    return ArticleResult(
        source=article.source,
        status=status,
        article=article,
        input_hash=content_hash("raw:" + article.text),
    )


def failed_result(
    source: str = "bad/page.html", *, status: Status = Status.EMPTY
) -> ArticleResult:
    return ArticleResult(
        source=source,
        status=status,
        message="no text left after boilerplate removal",
        input_hash=content_hash("raw:" + source),
    )


def span(text: str, fragment: str) -> Span:
    start = text.index(fragment)
    return Span(start=start, end=start + len(fragment), text=fragment)


def demand_claim(text: str = TEXT) -> Claim:
    return Claim(
        action="demand",
        holder=RUS,
        voiced_by=Voice(name="Sergei Lavrov", role="foreign minister"),
        addressee=UKR,
        issues=("troop_withdrawal", "sanctions"),
        content="Ukraine withdraw its troops",
        conditions=("before talks",),
        sources=(
            Source(text="officials", anonymous=True, count=2, affiliation="Kremlin"),
            Source(text="Reuters", anonymous=False),
        ),
        historical=False,
        when="2024-05",
        negated=False,
        hypothetical=False,
        plover="DEMAND",
        cameo="100",
        evidence=span(text, "Russia demanded that Ukraine withdraw its troops"),
        extractor="quotes.v1",
        confidence=0.875,
    )


def warn_claim(text: str = TEXT) -> Claim:
    return Claim(
        action="warn",
        holder=EU,
        voiced_by=None,
        addressee=RUS,
        issues=("strikes",),
        content="against new strikes",
        conditions=(),
        sources=(),
        historical=True,
        when=None,
        negated=True,
        hypothetical=True,
        plover=None,
        cameo=None,
        evidence=span(text, "The European Union warned Russia against new strikes."),
        extractor="quotes.v1",
    )


def state_claim(text: str = TEXT) -> Claim:
    """A claim with no addressee and no issues."""
    return Claim(
        action="state",
        holder=UKR,
        voiced_by=Voice(name="a spokesman"),
        addressee=None,
        issues=(),
        content="officials said",
        conditions=(),
        sources=(Source(text="officials", anonymous=True),),
        historical=False,
        when=None,
        negated=False,
        hypothetical=False,
        plover=None,
        cameo=None,
        evidence=span(text, "officials said"),
        extractor="quotes.v1",
        confidence=0.5,
    )


PLUS_THREE = timezone(timedelta(hours=3))
