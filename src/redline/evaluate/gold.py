"""Score extracted claims against gold files in the ``expected.json`` format.

Claims arrive as objects of the output contract (``redline extract --json``), so a
saved output scores exactly like a live run. Matching rules (the same for the seed
gate, the sample gate and ``redline eval gold``):

- A gold item's ``evidence`` is located in the article text (first occurrence); an
  item whose evidence is not in the text counts as missed, with that reason. Spans
  are half-open ``[start, end)``; two spans overlap when they share a character.
- A claim **matches** a required item when its holder id equals the gold ``holder``
  (``no_comment`` items have none), its action equals the gold stance (``threaten``
  for threats, ``no_comment`` for no-comments) and its evidence span overlaps the gold
  span. Historical items also need ``historical`` true and ``when`` agreeing to the
  gold's precision: gold "2024-06" needs a ``when`` starting with "2024-06" (so a
  bare "2024" does not do), gold "2021" any ``when`` in 2021.
- **Issue accuracy**: among found positions that name a gold ``issue``, the share
  where the issue is among a matching claim's ``issues``.
- **Source accuracy**: among found items whose gold ``reported_by`` gives
  ``anonymous``, the share where a matching claim has a source that agrees (same
  anonymity; same count when the gold count is not null).
- **Precision**: among claims whose action is a position action (``demand`` …
  ``concede``, :data:`redline.model.POSITION_ACTIONS`), a claim is a true positive
  when its evidence overlaps the span of *any* gold item (required or
  ``other_true_claims``) with the same holder (when the item names one); every
  other such claim is a false positive. Claims with other actions (``no_comment``,
  ``state``) do not count either way, nor do negated claims ("Canada did not offer
  counterproposals" says Canada took no stance). A claim by one of a gold item's
  ``also_holders`` ("Mexico and Canada pushed back") is as true as one by its
  ``holder``. Precision is 1.0 when there are no such claims.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from redline.errors import ConfigError
from redline.evaluate._gold_schema import ContractClaim, GoldFile, GoldItem
from redline.model import POSITION_ACTIONS

__all__ = [
    "SECTIONS",
    "ArticleScore",
    "GoldReport",
    "ItemResult",
    "aggregate",
    "format_report",
    "load_gold",
    "score_article",
]

SECTIONS: tuple[str, ...] = (
    "positions",
    "threats",
    "no_comment",
    "historical_positions",
)
_IMPLIED = {"threats": "threaten", "no_comment": "no_comment"}


def load_gold(path: Path) -> GoldFile:
    """Read and validate one gold file."""
    try:
        return GoldFile.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError, ValidationError) as e:
        raise ConfigError(f"bad gold file {path}: {e}") from e


@dataclass(frozen=True, slots=True, kw_only=True)
class _Claim:
    action: str
    holder: str
    issues: tuple[str, ...]
    start: int
    end: int
    historical: bool
    when: str
    sources: tuple[tuple[bool, int | None], ...]
    negated: bool = False


def _claim(obj: Mapping[str, object], *, index: int) -> _Claim:
    try:
        claim = ContractClaim.model_validate(obj)
    except ValidationError as e:
        msg = f"claim {index} does not follow the output contract: {e}"
        raise ConfigError(msg) from e
    return _Claim(
        action=claim.action,
        holder=claim.holder.id,
        issues=claim.issues,
        start=claim.evidence.start,
        end=claim.evidence.end,
        historical=claim.historical,
        when=claim.when or "",
        sources=tuple((s.anonymous, s.count) for s in claim.sources),
        negated=claim.negated,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class ItemResult:
    """How one required gold item fared."""

    section: str
    index: int
    evidence: str
    found: bool
    why: str = ""
    issue_ok: bool | None = None
    source_ok: bool | None = None
    has_gold_issue: bool = False
    has_gold_source: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleScore:
    """Per-item results and precision counts for one article."""

    name: str
    items: tuple[ItemResult, ...]
    true_positives: int
    false_positives: int
    false_claims: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldReport:
    """Aggregated scores over articles.

    ``issue_accuracy`` and ``position_source_accuracy`` are shares of the *found*
    positions, so they can fall when recall rises; ``issue_rate`` and
    ``position_source_rate`` are shares of *all* required positions (found with the
    right issue / source), which only rise with better output: gates pin those.
    """

    recall: dict[str, float]
    found: dict[str, int]
    required: dict[str, int]
    issue_accuracy: float
    source_accuracy: float
    position_source_accuracy: float
    issue_rate: float = 0.0
    position_source_rate: float = 0.0
    precision: float
    f1_positions: float
    articles: tuple[ArticleScore, ...] = field(default_factory=tuple)


def _span(text: str, item: GoldItem) -> tuple[int, int] | None:
    start = text.find(item.evidence)
    return None if start < 0 else (start, start + len(item.evidence))


def _overlaps(claim: _Claim, span: tuple[int, int]) -> bool:
    return claim.start < span[1] and span[0] < claim.end


def _matches(
    section: str, item: GoldItem, claim: _Claim, span: tuple[int, int]
) -> bool:
    action = _IMPLIED.get(section, item.stance)
    if claim.negated or claim.action != action or not _overlaps(claim, span):
        return False
    if (
        item.holder is not None
        and section != "no_comment"
        and claim.holder != item.holder
    ):
        return False
    if section == "historical_positions":
        return (
            claim.historical
            and bool(item.when)
            and claim.when.startswith(item.when or "")
        )
    return True


def _source_ok(item: GoldItem, claims: list[_Claim]) -> bool | None:
    gold = item.reported_by
    if gold is None or gold.anonymous is None:
        return None
    for claim in claims:
        for anonymous, count in claim.sources:
            if anonymous == gold.anonymous and (
                gold.count is None or count == gold.count
            ):
                return True
    return False


def score_article(
    gold: GoldFile,
    *,
    text: str,
    claims: Sequence[Mapping[str, object]],
    name: str = "",
) -> ArticleScore:
    """Score one article's claims (JSON contract objects) against its gold."""
    parsed = [_claim(c, index=i) for i, c in enumerate(claims)]
    results: list[ItemResult] = []
    gold_spans: list[tuple[tuple[int, int], tuple[str, ...] | None]] = []
    for section in SECTIONS:
        for index, item in enumerate(getattr(gold, section)):
            span = _span(text, item)
            if span is None:
                results.append(
                    ItemResult(
                        section=section,
                        index=index,
                        evidence=item.evidence,
                        found=False,
                        why="evidence not in text",
                    )
                )
                continue
            holders = (
                None
                if section == "no_comment" or item.holder is None
                else (item.holder, *item.also_holders)
            )
            gold_spans.append((span, holders))
            hits = [c for c in parsed if _matches(section, item, c, span)]
            why = "" if hits else _why_not(parsed, span)
            issue_ok = (
                any(item.issue in c.issues for c in hits)
                if hits and section == "positions" and item.issue
                else None
            )
            results.append(
                ItemResult(
                    section=section,
                    index=index,
                    evidence=item.evidence,
                    found=bool(hits),
                    why=why,
                    issue_ok=issue_ok,
                    source_ok=_source_ok(item, hits) if hits else None,
                    has_gold_issue=section == "positions" and bool(item.issue),
                    has_gold_source=item.reported_by is not None
                    and item.reported_by.anonymous is not None,
                )
            )
    for item in gold.other_true_claims:
        span = _span(text, item)
        if span is not None:
            gold_spans.append(
                (span, (item.holder, *item.also_holders) if item.holder else None)
            )
    tp = fp = 0
    false_claims: list[str] = []
    for claim in parsed:
        if claim.action not in POSITION_ACTIONS or claim.negated:
            continue
        if any(
            _overlaps(claim, s) and (h is None or claim.holder in h)
            for s, h in gold_spans
        ):
            tp += 1
        else:
            fp += 1
            false_claims.append(
                f"{claim.action} {claim.holder}: {text[claim.start : claim.end][:90]}"
            )
    return ArticleScore(
        name=name,
        items=tuple(results),
        true_positives=tp,
        false_positives=fp,
        false_claims=tuple(false_claims),
    )


def _why_not(claims: list[_Claim], span: tuple[int, int]) -> str:
    near = [c for c in claims if _overlaps(c, span)]
    if not near:
        return "no claim overlaps the evidence"
    return "overlapping claims: " + ", ".join(
        f"{c.action}/{c.holder}{'/hist ' + c.when if c.historical else ''}"
        for c in near
    )


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def aggregate(scores: Sequence[ArticleScore]) -> GoldReport:
    """Combine article scores into recall per section, accuracies and precision."""
    items = [r for s in scores for r in s.items]
    required = {sec: sum(r.section == sec for r in items) for sec in SECTIONS}
    found = {sec: sum(r.section == sec and r.found for r in items) for sec in SECTIONS}
    recall = {sec: _ratio(found[sec], required[sec]) for sec in SECTIONS}
    issues = [r.issue_ok for r in items if r.issue_ok is not None]
    sources = [r.source_ok for r in items if r.source_ok is not None]
    position_sources = [
        r.source_ok
        for r in items
        if r.section == "positions" and r.source_ok is not None
    ]
    positions = [r for r in items if r.section == "positions"]
    issue_rate = _ratio(
        sum(bool(r.issue_ok) for r in positions),
        sum(r.has_gold_issue for r in positions),
    )
    position_source_rate = _ratio(
        sum(bool(r.source_ok) for r in positions),
        sum(r.has_gold_source for r in positions),
    )
    tp = sum(s.true_positives for s in scores)
    fp = sum(s.false_positives for s in scores)
    precision = _ratio(tp, tp + fp)
    rec = recall["positions"]
    f1 = 2 * precision * rec / (precision + rec) if precision + rec else 0.0
    return GoldReport(
        recall=recall,
        found=found,
        required=required,
        issue_accuracy=_ratio(sum(issues), len(issues)),
        source_accuracy=_ratio(sum(bool(x) for x in sources), len(sources)),
        position_source_accuracy=_ratio(
            sum(bool(x) for x in position_sources), len(position_sources)
        ),
        precision=precision,
        f1_positions=f1,
        articles=tuple(scores),
        issue_rate=issue_rate,
        position_source_rate=position_source_rate,
    )


def format_report(report: GoldReport) -> str:
    """A plain-text table of the report, with every missed item and false claim."""
    lines = [f"{'section':22} {'found':>6} {'required':>8} {'recall':>7}"]
    lines.extend(
        f"{sec:22} {report.found[sec]:6d} {report.required[sec]:8d} "
        f"{report.recall[sec]:7.3f}"
        for sec in SECTIONS
    )
    lines.append(f"issue accuracy (found positions)  {report.issue_accuracy:.3f}")
    lines.append(f"  right issue, of all positions    {report.issue_rate:.3f}")
    lines.append(f"source accuracy (anonymity/count) {report.source_accuracy:.3f}")
    lines.append(
        f"  of positions                    {report.position_source_accuracy:.3f}"
    )
    lines.append(
        f"  right source, of all positions   {report.position_source_rate:.3f}"
    )
    lines.append(f"position precision                {report.precision:.3f}")
    lines.append(f"position F1                       {report.f1_positions:.3f}")
    for art in report.articles:
        lines.extend(
            f"  MISSED {art.name} {r.section}[{r.index}] {r.evidence[:60]!r}: {r.why}"
            for r in art.items
            if not r.found
        )
        lines.extend(f"  FALSE  {art.name} {c}" for c in art.false_claims)
    return "\n".join(lines)
