"""The shipped speech-act classifier: a linear model over sparse string features.

The weights live in ``speechacts/data/plover_model.npz`` (written by
:func:`redline.speechacts.train.export_model`): arrays ``features`` (the vocabulary,
as hashed keys: :func:`feature_key`), ``classes``, ``coef`` (classes x features),
``intercept`` and ``meta`` (JSON). They are read with numpy alone
(``allow_pickle=False``); scikit-learn is only needed to train.

The vocabulary ships hashed because its words come from the PLV training sentences,
which are research-only: the package carries weights, not their text.
"""

from __future__ import annotations

import functools
import json
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import numpy as np
import numpy.typing as npt

from redline._hashing import feature_key
from redline.errors import ClassifierError
from redline.speechacts.features import featurize_many
from redline.speechacts.plv import ROOTS

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "MODEL_FILE",
    "LinearWeights",
    "Prediction",
    "SpeechActModel",
    "default_model_path",
    "feature_key",
    "load_model",
]

MODEL_FILE = "plover_model.npz"
_ARRAYS = ("features", "classes", "coef", "intercept", "meta")


@dataclass(frozen=True, slots=True, kw_only=True)
class LinearWeights:
    """A multi-class linear model: one weight row and intercept per class."""

    features: tuple[str, ...]
    classes: tuple[str, ...]
    coef: npt.NDArray[np.float32]
    intercept: npt.NDArray[np.float32]
    meta: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class Prediction:
    """The predicted PLOVER root of one sentence and source-target pair.

    ``score`` is the model's probability of ``root`` (softmax of the class scores);
    ``margin`` is how far its score is above the runner-up's; ``scores`` holds every
    class's probability.
    """

    root: str
    score: float
    margin: float
    scores: Mapping[str, float]


class SpeechActModel:
    """Predict PLOVER roots with the shipped (or any exported) linear weights."""

    def __init__(self, weights: LinearWeights) -> None:
        """Wrap loaded weights; see :func:`load_model` to read them from a file."""
        self.weights = weights
        self._index = {feature_key(name): i for i, name in enumerate(weights.features)}

    @property
    def classes(self) -> tuple[str, ...]:
        """The roots the model predicts, in weight-row order."""
        return self.weights.classes

    def scores(
        self, features: Sequence[Mapping[str, float]]
    ) -> npt.NDArray[np.float64]:
        """Class scores (rows: inputs, columns: :attr:`classes`) of feature dicts."""
        w = self.weights
        out = np.tile(w.intercept.astype(np.float64), (len(features), 1))
        for row, feats in enumerate(features):
            for name, value in feats.items():
                col = self._index.get(feature_key(name))
                if col is not None:
                    out[row] += value * w.coef[:, col]
        return out

    def predict_features(
        self, features: Sequence[Mapping[str, float]]
    ) -> list[Prediction]:
        """Predictions for already computed feature dicts."""
        raw = self.scores(features)
        shifted = raw - raw.max(axis=1, keepdims=True)
        probs = np.exp(shifted)
        probs /= probs.sum(axis=1, keepdims=True)
        out: list[Prediction] = []
        for row_raw, row in zip(raw, probs, strict=True):
            order = np.argsort(-row_raw, kind="stable")
            best, second = int(order[0]), int(order[1]) if len(order) > 1 else -1
            margin = float(row_raw[best] - row_raw[second]) if second >= 0 else 0.0
            out.append(
                Prediction(
                    root=self.classes[best],
                    score=float(row[best]),
                    margin=margin,
                    scores=dict(zip(self.classes, map(float, row), strict=True)),
                )
            )
        return out

    def predict_many(
        self,
        items: Sequence[tuple[str, str, str]],
        *,
        nlp: Language | None = None,
    ) -> list[Prediction]:
        """Predict each ``(sentence, source, target)``, parsing the sentences once."""
        return self.predict_features(featurize_many(items, nlp=nlp))

    def predict(
        self, sentence: str, source: str, target: str, *, nlp: Language | None = None
    ) -> Prediction:
        """Predict the root of what ``source`` does to ``target`` in ``sentence``."""
        return self.predict_many([(sentence, source, target)], nlp=nlp)[0]


def default_model_path() -> Path:
    """Where the shipped weights are (inside the installed package)."""
    return Path(str(resources.files("redline.speechacts").joinpath("data", MODEL_FILE)))


@functools.cache
def _load_default() -> SpeechActModel:
    return SpeechActModel(read_weights(default_model_path()))


def load_model(path: Path | None = None) -> SpeechActModel:
    """Load weights from ``path``, or the shipped model (cached) when none is given.

    Raises:
        ClassifierError: the file is missing, not an exported model, or inconsistent.
    """
    if path is None:
        return _load_default()
    return SpeechActModel(read_weights(path))


def _read_npz(f: BinaryIO) -> dict[str, npt.NDArray[Any]]:
    """The model's arrays in an ``.npz`` (none when the file is a bare ``.npy``)."""
    data = np.load(f, allow_pickle=False)
    if not isinstance(data, np.lib.npyio.NpzFile):
        return {}
    with data:
        return {name: data[name] for name in data.files if name in _ARRAYS}


def read_weights(path: Path) -> LinearWeights:
    """Read an ``.npz`` written by :func:`redline.speechacts.train.export_model`.

    Raises:
        ClassifierError: the file is missing, unreadable or inconsistent.
    """
    try:
        with path.open("rb") as f:
            arrays = _read_npz(f)
    except FileNotFoundError as e:
        raise ClassifierError(
            f"speech-act model {path} is missing; rebuild it with `make models`"
        ) from e
    except (OSError, ValueError, zipfile.BadZipFile, EOFError) as e:
        raise ClassifierError(f"speech-act model {path} is unreadable: {e}") from e
    missing = [name for name in _ARRAYS if name not in arrays]
    if missing:
        raise ClassifierError(
            f"{path}: not a speech-act model (missing {', '.join(missing)})"
        )
    features = tuple(str(f) for f in arrays["features"])
    classes = tuple(str(c) for c in arrays["classes"])
    coef = np.asarray(arrays["coef"], dtype=np.float32)
    intercept = np.asarray(arrays["intercept"], dtype=np.float32)
    try:
        meta = json.loads(str(arrays["meta"]))
    except ValueError as e:
        raise ClassifierError(f"{path}: unreadable meta: {e}") from e
    if coef.shape != (len(classes), len(features)) or intercept.shape != (
        len(classes),
    ):
        raise ClassifierError(
            f"{path}: weight shapes {coef.shape}/{intercept.shape} do not match "
            f"{len(classes)} classes x {len(features)} features"
        )
    unknown = sorted(set(classes) - set(ROOTS))
    if unknown or len(classes) < 2:  # noqa: PLR2004
        raise ClassifierError(f"{path}: bad class list {classes}")
    return LinearWeights(
        features=features,
        classes=classes,
        coef=coef,
        intercept=intercept,
        meta=meta if isinstance(meta, dict) else {},
    )
