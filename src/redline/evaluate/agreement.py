"""How far two annotations of the same articles agree, under the gold matching rules.

One annotation's items become claims (holder, stance, evidence span; historical items
with their ``when``; threats as ``threaten``; no-comments as ``no_comment``) and are
scored against the other annotation with :func:`redline.evaluate.gold.score_article`,
the very rules that score redline. A second careful annotator's recall and precision
on the first one's gold say how far any reader of the same text can be expected to
agree with that gold: a ceiling to read redline's own figures against.

Both directions are scored (the second annotation on the first, and the first on the
second); ``with_other`` makes each annotation's ``other_true_claims`` part of what it
asserts, as well as its required items.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from redline.errors import ConfigError
from redline.evaluate._gold_schema import GoldFile, GoldItem
from redline.evaluate.gold import (
    SECTIONS,
    ArticleScore,
    GoldReport,
    aggregate,
    score_article,
)
from redline.evaluate.runner import GoldCase, article_key, gold_articles
from redline.settings import Settings

__all__ = [
    "AgreementReport",
    "annotation_claims",
    "evaluate_agreement",
    "format_agreement",
]

# The section an item sits in fixes its action where the item has no stance.
_AS_CLAIMS: tuple[tuple[str, str | None], ...] = (
    ("positions", None),
    ("historical_positions", None),
    ("threats", "threaten"),
    ("no_comment", "no_comment"),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class AgreementReport:
    """The second annotation scored on the first, and the first on the second."""

    articles: int
    second_on_first: GoldReport
    first_on_second: GoldReport
    with_other: bool
    unpaired: tuple[str, ...] = ()


def annotation_claims(
    gold: GoldFile, text: str, *, with_other: bool = False
) -> list[dict[str, object]]:
    """An annotation's items as claims of the output contract.

    Items whose evidence is not in ``text`` assert nothing (the scorer reports them
    as missed when the annotation is the gold).
    """
    sections = [*_AS_CLAIMS, *([("other_true_claims", None)] if with_other else [])]
    claims: list[dict[str, object]] = []
    for section, implied in sections:
        for item in getattr(gold, section):
            claim = _claim(item, text, action=implied or item.stance or "state")
            if claim is not None:
                claims.append(claim)
    return claims


def _claim(item: GoldItem, text: str, *, action: str) -> dict[str, object] | None:
    start = text.find(item.evidence)
    if start < 0:
        return None
    return {
        "action": action,
        "holder": {"id": item.holder or ""},
        "evidence": {"start": start, "end": start + len(item.evidence)},
        "historical": bool(item.when) and item.historical is not False,
        "when": item.when,
        "issues": [item.issue] if item.issue else [],
        "sources": (
            [
                {
                    "anonymous": item.reported_by.anonymous,
                    "count": item.reported_by.count,
                }
            ]
            if item.reported_by is not None and item.reported_by.anonymous is not None
            else []
        ),
    }


def evaluate_agreement(
    first: Sequence[GoldCase],
    second: Sequence[GoldCase],
    *,
    settings: Settings,
    shared: Path | None,
    repo: Path,
    with_other: bool = False,
) -> AgreementReport:
    """Score two annotations of the same articles against each other.

    Files are paired by the article their ``doc`` names; a second-annotation file
    with no first one is listed in ``unpaired`` (first-annotation files with no
    second one are simply not compared). Raises :class:`ConfigError` when no file
    pairs up.
    """
    by_key = {article_key(c, shared=shared, repo=repo): c for c in first}
    pairs = []
    unpaired = []
    for case in second:
        match = by_key.get(article_key(case, shared=shared, repo=repo))
        if match is None:
            unpaired.append(str(case.path))
        else:
            pairs.append((match, case))
    if not pairs:
        msg = "no annotation of the second set names an article of the first"
        raise ConfigError(msg)
    results = gold_articles(
        [a for a, _ in pairs], settings=settings, shared=shared, repo=repo
    )
    texts = [r.article.text if r.article is not None else "" for r in results]
    scores: dict[str, list[ArticleScore]] = {
        "second_on_first": [],
        "first_on_second": [],
    }
    for (one, two), text in zip(pairs, texts, strict=True):
        for name, gold, other in (
            ("second_on_first", one, two),
            ("first_on_second", two, one),
        ):
            claims = annotation_claims(other.gold, text, with_other=with_other)
            scores[name].append(
                score_article(gold.gold, text=text, claims=claims, name=gold.path.stem)
            )
    return AgreementReport(
        articles=len(pairs),
        second_on_first=aggregate(scores["second_on_first"]),
        first_on_second=aggregate(scores["first_on_second"]),
        with_other=with_other,
        unpaired=tuple(unpaired),
    )


def format_agreement(report: AgreementReport) -> str:
    """A plain-text table: recall per section and position precision, both ways."""
    asserted = "required items" + (
        " and other_true_claims" if report.with_other else ""
    )
    one, two = report.second_on_first, report.first_on_second
    lines = [
        f"{report.articles} articles annotated twice; an annotation asserts its "
        + asserted,
        f"{'section':22} {'second on first':>16} {'first on second':>16}",
        *(f"{sec:22} {_cell(one, sec):>16} {_cell(two, sec):>16}" for sec in SECTIONS),
    ]
    lines.append(
        f"{'position precision':22} {one.precision:16.3f} {two.precision:16.3f}"
    )
    lines.append(
        f"{'position F1':22} {one.f1_positions:16.3f} {two.f1_positions:16.3f}"
    )
    lines.extend(f"  no first annotation: {path}" for path in report.unpaired)
    return "\n".join(lines)


def _cell(report: GoldReport, section: str) -> str:
    return (
        f"{report.recall[section]:.3f} "
        f"({report.found[section]}/{report.required[section]})"
    )
