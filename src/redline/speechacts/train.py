"""Train, cross-validate and export the speech-act classifier (needs scikit-learn).

Install the ``train`` extra (``pip install redline[train]``) or the dev group. The
prediction side (:mod:`redline.speechacts.model`) never imports scikit-learn.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from redline.errors import ConfigError
from redline.speechacts.features import featurize_many
from redline.speechacts.model import LinearWeights, feature_key
from redline.speechacts.plv import ROOTS, PlvRow

if TYPE_CHECKING:
    import numpy.typing as npt
    from scipy.sparse import csr_matrix
    from spacy.language import Language

__all__ = [
    "SEED",
    "CvReport",
    "TrainConfig",
    "cross_validate",
    "export_model",
    "fit_weights",
    "row_features",
    "train",
]

#: The fixed seed of the stratified folds (and of the solver).
SEED = 20240

Features = Sequence[Mapping[str, float]]


@dataclass(frozen=True, slots=True, kw_only=True)
class TrainConfig:
    """Hyper-parameters, chosen by 5-fold CV on PLV_train only."""

    c: float = 0.1
    min_df: int = 2
    balanced: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class CvReport:
    """Seeded stratified k-fold cross-validation: per-fold and mean scores."""

    folds: int
    seed: int
    fold_macro_f1: tuple[float, ...]
    fold_accuracy: tuple[float, ...]
    mean_macro_f1: float
    mean_accuracy: float
    gold: tuple[str, ...]
    predicted: tuple[str, ...]
    seconds: float


def _sklearn() -> Any:  # noqa: ANN401 - the module object
    try:
        import sklearn.svm  # noqa: PLC0415 - optional, training only
    except ImportError as e:
        raise ConfigError(
            "training the speech-act model needs scikit-learn: "
            "pip install 'redline[train]'"
        ) from e
    return sklearn


def row_features(
    rows: Sequence[PlvRow], *, nlp: Language | None = None
) -> list[dict[str, float]]:
    """Features of every row (each sentence parsed once)."""
    return featurize_many([(r.sentence, r.source, r.target) for r in rows], nlp=nlp)


def _vocabulary(features: Features, *, min_df: int) -> dict[str, int]:
    df = Counter(name for feats in features for name in feats)
    names = sorted(name for name, n in df.items() if n >= min_df)
    return {name: i for i, name in enumerate(names)}


def _matrix(features: Features, vocab: Mapping[str, int]) -> csr_matrix:
    from scipy.sparse import csr_matrix  # noqa: PLC0415 - scipy comes with sklearn

    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for feats in features:
        cols = sorted((vocab[n], v) for n, v in feats.items() if n in vocab)
        indices.extend(c for c, _ in cols)
        data.extend(v for _, v in cols)
        indptr.append(len(indices))
    return csr_matrix(
        (
            np.asarray(data, dtype=np.float64),
            np.asarray(indices, dtype=np.int32),
            np.asarray(indptr, dtype=np.int32),
        ),
        shape=(len(features), len(vocab)),
    )


def fit_weights(
    features: Features, labels: Sequence[str], *, config: TrainConfig | None = None
) -> LinearWeights:
    """Fit a linear SVM (one-vs-rest, L2) on feature dicts and their roots."""
    sk = _sklearn()
    cfg = config or TrainConfig()
    vocab = _vocabulary(features, min_df=cfg.min_df)
    clf = sk.svm.LinearSVC(
        C=cfg.c,
        class_weight="balanced" if cfg.balanced else None,
        random_state=SEED,
        max_iter=5000,
    )
    clf.fit(_matrix(features, vocab), np.asarray(labels))
    classes = tuple(str(c) for c in clf.classes_)
    coef = np.asarray(clf.coef_, dtype=np.float32)
    intercept = np.asarray(clf.intercept_, dtype=np.float32)
    if len(classes) == 2:  # noqa: PLR2004 - binary: sklearn keeps one row
        coef = np.vstack([-coef, coef])
        intercept = np.concatenate([-intercept, intercept])
    keep = np.flatnonzero(np.any(coef != 0, axis=0))
    names = sorted(vocab, key=vocab.__getitem__)
    return LinearWeights(
        features=tuple(names[i] for i in keep),
        classes=classes,
        coef=np.ascontiguousarray(coef[:, keep]),
        intercept=intercept,
        meta={
            "estimator": "sklearn.svm.LinearSVC",
            "C": cfg.c,
            "min_df": cfg.min_df,
            "class_weight": "balanced" if cfg.balanced else None,
            "n_train": len(labels),
        },
    )


def _predict(weights: LinearWeights, features: Features) -> list[str]:
    from redline.speechacts.model import SpeechActModel  # noqa: PLC0415

    return [p.root for p in SpeechActModel(weights).predict_features(features)]


def cross_validate(
    rows: Sequence[PlvRow],
    *,
    folds: int = 5,
    seed: int = SEED,
    config: TrainConfig | None = None,
    features: Features | None = None,
    nlp: Language | None = None,
) -> CvReport:
    """Seeded stratified k-fold CV: train on k-1 folds, score the held-out fold.

    Macro-F1 is over the roots present in each held-out fold's gold or predictions
    (scikit-learn's ``f1_score(average="macro")``). Deterministic for a given seed.

    Args:
        rows: the labelled rows.
        folds: k (at least 2).
        seed: ``random_state`` of ``StratifiedKFold(shuffle=True)``.
        config: hyper-parameters (default: the shipped model's).
        features: precomputed features of ``rows`` (else they are computed here).
        nlp: the spaCy pipeline (default: the pinned one).
    """
    _sklearn()
    from sklearn.metrics import accuracy_score, f1_score  # noqa: PLC0415
    from sklearn.model_selection import StratifiedKFold  # noqa: PLC0415

    if folds < 2:  # noqa: PLR2004
        raise ConfigError(f"cross-validation needs at least 2 folds, got {folds}")
    started = time.perf_counter()
    feats = list(features) if features is not None else row_features(rows, nlp=nlp)
    labels = np.asarray([r.root for r in rows])
    predicted = np.empty(len(rows), dtype=object)
    f1s: list[float] = []
    accs: list[float] = []
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train_idx, test_idx in splitter.split(np.zeros(len(rows)), labels):
        weights = fit_weights(
            [feats[i] for i in train_idx], labels[train_idx].tolist(), config=config
        )
        pred = _predict(weights, [feats[i] for i in test_idx])
        predicted[test_idx] = pred
        f1s.append(float(f1_score(labels[test_idx], pred, average="macro")))
        accs.append(float(accuracy_score(labels[test_idx], pred)))
    return CvReport(
        folds=folds,
        seed=seed,
        fold_macro_f1=tuple(f1s),
        fold_accuracy=tuple(accs),
        mean_macro_f1=float(np.mean(f1s)),
        mean_accuracy=float(np.mean(accs)),
        gold=tuple(labels.tolist()),
        predicted=tuple(str(p) for p in predicted),
        seconds=time.perf_counter() - started,
    )


def train(
    rows: Sequence[PlvRow],
    *,
    config: TrainConfig | None = None,
    features: Features | None = None,
    nlp: Language | None = None,
) -> LinearWeights:
    """Train on every row (the shipped model is trained on all of PLV_train)."""
    feats = list(features) if features is not None else row_features(rows, nlp=nlp)
    return fit_weights(feats, [r.root for r in rows], config=config)


def export_model(
    weights: LinearWeights, path: Path, *, meta: Mapping[str, Any] | None = None
) -> Path:
    """Write weights as a compressed ``.npz`` that numpy reads without pickle.

    Returns:
        The path written.
    """
    info = {**weights.meta, **(meta or {}), "roots": list(ROOTS)}
    arrays: dict[str, npt.NDArray[Any]] = {
        "features": np.asarray(
            [feature_key(f) for f in weights.features], dtype=np.str_
        ),
        "classes": np.asarray(weights.classes, dtype=np.str_),
        "coef": np.asarray(weights.coef, dtype=np.float32),
        "intercept": np.asarray(weights.intercept, dtype=np.float32),
        "meta": np.asarray(json.dumps(info, sort_keys=True), dtype=np.str_),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        np.savez_compressed(f, **arrays)  # type: ignore[arg-type]
    return path
