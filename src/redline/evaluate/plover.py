"""Score the speech-act classifier on PLV files (sentence, actor pair, gold root).

Two ways to measure:

- :func:`evaluate_plover` scores the shipped model (or a given one) on a file as
  given. Scoring it on PLV_train, the file it was trained on, is training-set scoring:
  it shows the model fits its data, not how it does on new text.
- :func:`cross_validate_plover` runs seeded stratified k-fold cross-validation on a
  file (train on k-1 folds, score the held-out fold); the mean over folds is the
  honest figure. It needs scikit-learn (the ``train`` extra).

Macro-F1 averages the per-root F1 over the roots that occur in the gold labels or the
predictions (scikit-learn's ``f1_score(average="macro")``); on PLV_train all 15 do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from redline.errors import EvaluationError
from redline.speechacts.model import SpeechActModel, load_model
from redline.speechacts.plv import ROOTS, read_plv

__all__ = [
    "PloverCvReport",
    "PloverReport",
    "confused_pairs",
    "cross_validate_plover",
    "evaluate_plover",
    "format_plover_cv_report",
    "format_plover_report",
    "score_roots",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class PloverReport:
    """Accuracy, macro-F1, per-root scores and the confusion matrix of one scoring.

    ``per_class`` maps a root to (precision, recall, F1, support); ``confusion`` maps a
    gold root to the counts of what was predicted for it.
    """

    n: int
    accuracy: float
    macro_f1: float
    per_class: Mapping[str, tuple[float, float, float, int]]
    confusion: Mapping[str, Mapping[str, int]]


@dataclass(frozen=True, slots=True, kw_only=True)
class PloverCvReport:
    """Seeded stratified k-fold CV: per-fold figures, their means, pooled scores.

    ``pooled`` scores every row's out-of-fold prediction at once (per-root F1 and the
    confusion matrix); the headline figures are the fold means.
    """

    folds: int
    seed: int
    fold_macro_f1: tuple[float, ...]
    fold_accuracy: tuple[float, ...]
    mean_macro_f1: float
    mean_accuracy: float
    pooled: PloverReport
    seconds: float


def score_roots(gold: Sequence[str], predicted: Sequence[str]) -> PloverReport:
    """Score predicted roots against gold roots.

    Raises:
        EvaluationError: the sequences differ in length or are empty.
    """
    if len(gold) != len(predicted):
        raise EvaluationError(f"{len(gold)} gold labels but {len(predicted)} predicted")
    if not gold:
        raise EvaluationError("nothing to score: no rows")
    pairs = Counter(zip(gold, predicted, strict=True))
    labels = [r for r in ROOTS if r in set(gold) | set(predicted)]
    labels += sorted(set(gold) | set(predicted) - set(labels))
    per_class: dict[str, tuple[float, float, float, int]] = {}
    for label in labels:
        tp = pairs[label, label]
        n_pred = sum(v for (_, p), v in pairs.items() if p == label)
        support = sum(v for (g, _), v in pairs.items() if g == label)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
        per_class[label] = (precision, recall, f1, support)
    correct = sum(v for (g, p), v in pairs.items() if g == p)
    return PloverReport(
        n=len(gold),
        accuracy=correct / len(gold),
        macro_f1=sum(s[2] for s in per_class.values()) / len(per_class),
        per_class=per_class,
        confusion={
            g: {p: pairs[g, p] for p in labels if pairs[g, p]}
            for g in labels
            if any(pairs[g, p] for p in labels)
        },
    )


def evaluate_plover(path: Path, *, model: SpeechActModel | None = None) -> PloverReport:
    """Score a model (default: the shipped one) on every row of a PLV file.

    Raises:
        AnnotationFormatError: the file is not a readable PLV file.
        ClassifierError: the shipped model is missing or unreadable.
    """
    rows = read_plv(path)
    clf = model if model is not None else load_model()
    predictions = clf.predict_many([(r.sentence, r.source, r.target) for r in rows])
    return score_roots([r.root for r in rows], [p.root for p in predictions])


def cross_validate_plover(
    path: Path, *, folds: int = 5, seed: int | None = None
) -> PloverCvReport:
    """Seeded stratified k-fold cross-validation of the training recipe on a file.

    Raises:
        ConfigError: scikit-learn is not installed, or fewer than 2 folds.
        AnnotationFormatError: the file is not a readable PLV file.
    """
    from redline.speechacts.train import SEED, cross_validate  # noqa: PLC0415

    rows = read_plv(path)
    cv = cross_validate(rows, folds=folds, seed=SEED if seed is None else seed)
    return PloverCvReport(
        folds=cv.folds,
        seed=cv.seed,
        fold_macro_f1=cv.fold_macro_f1,
        fold_accuracy=cv.fold_accuracy,
        mean_macro_f1=cv.mean_macro_f1,
        mean_accuracy=cv.mean_accuracy,
        pooled=score_roots(cv.gold, cv.predicted),
        seconds=cv.seconds,
    )


def confused_pairs(report: PloverReport, *, top: int = 5) -> list[tuple[str, str, int]]:
    """The most frequent (gold, predicted) confusions, most frequent first."""
    pairs = [
        (g, p, n)
        for g, row in report.confusion.items()
        for p, n in row.items()
        if g != p
    ]
    return sorted(pairs, key=lambda x: (-x[2], x[0], x[1]))[:top]


def format_plover_report(report: PloverReport) -> str:
    """A plain-text table: headline figures, per-root scores, top confusions."""
    lines = [
        (
            f"rows {report.n}  accuracy {report.accuracy:.3f}  "
            f"macro-F1 {report.macro_f1:.3f}"
        ),
        f"{'root':<10} {'prec':>6} {'recall':>6} {'F1':>6} {'n':>5}",
    ]
    lines += [
        f"{root:<10} {p:>6.3f} {r:>6.3f} {f:>6.3f} {n:>5}"
        for root, (p, r, f, n) in report.per_class.items()
    ]
    confusions = confused_pairs(report)
    if confusions:
        lines.append(
            "most confused (gold -> predicted): "
            + ", ".join(f"{g}->{p} {n}" for g, p, n in confusions)
        )
    return "\n".join(lines)


def format_plover_cv_report(report: PloverCvReport) -> str:
    """Fold figures and means, then the pooled out-of-fold table."""
    folds = " ".join(f"{f:.3f}" for f in report.fold_macro_f1)
    accs = " ".join(f"{a:.3f}" for a in report.fold_accuracy)
    return "\n".join(
        [
            (
                f"{report.folds}-fold stratified CV (seed {report.seed}), "
                f"{report.seconds:.1f}s"
            ),
            (
                f"mean macro-F1 {report.mean_macro_f1:.3f}  "
                f"mean accuracy {report.mean_accuracy:.3f}"
            ),
            f"fold macro-F1 {folds}",
            f"fold accuracy {accs}",
            "pooled out-of-fold predictions:",
            format_plover_report(report.pooled),
        ]
    )
