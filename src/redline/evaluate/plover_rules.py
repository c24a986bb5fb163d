"""Score redline's rule-based claims as a PLOVER coder on PLV files.

The claims stage codes each claim's PLOVER root from its action
(``claims/data/codes.toml``). Run over a PLV sentence, the claim whose holder phrase
covers the gold source (else the sentence's first coded claim) gives the rules' root;
a sentence with no coded claim counts as a miss (predicted ``NONE``). This is the
baseline the classifier in :mod:`redline.speechacts` is measured against: the rules
only know the verbal roots (REQUEST, REJECT, THREATEN, ACCUSE, AGREE, YIELD).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from redline.claims import extract_claims, load_lexicon
from redline.claims.registry import default_registry
from redline.evaluate.plover import PloverReport, score_roots
from redline.model import Article, Claim
from redline.nlp import parse_texts
from redline.speechacts.plv import ROOTS, read_plv

__all__ = ["NO_ROOT", "evaluate_rules_on_plv", "rule_root"]

NO_ROOT = "NONE"
# codes.toml names PLOVER 1.0 roots; PLV folds CONCEDE into YIELD.
_PLV_NAMES = {"CONCEDE": "YIELD"}
_UNDATED = datetime(2000, 1, 1, tzinfo=UTC)  # PLV sentences carry no date


def _article(text: str) -> Article:
    return Article.from_text(text, source="plv", published=_UNDATED)


def rule_root(sentence: str, source: str, claims: Sequence[Claim]) -> str:
    """The PLOVER root the rules give the source's act in ``sentence``."""
    coded = [c for c in claims if c.plover]
    if not coded:
        return NO_ROOT
    at = sentence.lower().find(source.lower()) if source else -1
    covering = [c for c in coded if at >= 0 and c.evidence.start <= at < c.evidence.end]
    root = (covering or coded)[0].plover or NO_ROOT
    return _PLV_NAMES.get(root, root)


def evaluate_rules_on_plv(path: Path) -> PloverReport:
    """Accuracy and macro-F1 (over the 15 roots) of the rule coder on a PLV file.

    Raises:
        AnnotationFormatError: the file is not a readable PLV file.
    """
    rows = read_plv(path)
    registry, lexicon = default_registry(), load_lexicon()
    predicted: list[str] = []
    for row, parsed in zip(rows, parse_texts([r.sentence for r in rows]), strict=True):
        claims = extract_claims(
            _article(row.sentence), parsed, registry=registry, lexicon=lexicon
        )
        predicted.append(rule_root(row.sentence, row.source, claims))
    report = score_roots([r.root for r in rows], predicted)
    # macro-F1 over the 15 roots only: "no root" is a miss, not a class
    roots = [r for r in report.per_class if r in ROOTS]
    macro = sum(report.per_class[r][2] for r in roots) / len(roots)
    return PloverReport(
        n=report.n,
        accuracy=report.accuracy,
        macro_f1=macro,
        per_class=report.per_class,
        confusion=report.confusion,
    )
