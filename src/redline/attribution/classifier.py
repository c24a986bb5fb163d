"""The cue model: a logistic regression over candidate cue features, as JSON data.

Trained on PolNeAR train by ``scripts/train_attribution_cues.py`` (scikit-learn is
needed only there); shipped as ``data/cue_model.json`` with the bias, the decision
threshold and one weight per feature, keyed by the feature name's hash
(:func:`redline._hashing.feature_key`: the names are PolNeAR words), read here with
the standard library.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources

from redline._hashing import feature_key
from redline.errors import ClassifierError

__all__ = ["CueModel", "cue_model_from_data", "load_cue_model"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CueModel:
    """Weights of the cue model and the probability at which a candidate is a cue."""

    bias: float
    threshold: float
    weights: Mapping[str, float]

    def probability(self, features: Iterable[str]) -> float:
        """The probability that a candidate with these (binary) features is a cue."""
        z = self.bias + sum(self.weights.get(feature_key(f), 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z))


def cue_model_from_data(data: Mapping[str, object]) -> CueModel:
    """The model from its JSON form (``bias``, ``threshold``, ``weights``).

    Weight keys may be feature names or their hashes (hashing is idempotent on
    hashes), so a freshly trained model can be used without writing it out.

    Raises:
        KeyError, TypeError, ValueError, AttributeError: the data is malformed.
    """
    weights = data["weights"]
    return CueModel(
        bias=float(data["bias"]),  # type: ignore[arg-type]
        threshold=float(data["threshold"]),  # type: ignore[arg-type]
        weights={feature_key(str(k)): float(v) for k, v in weights.items()},  # type: ignore[attr-defined]
    )


@functools.cache
def load_cue_model() -> CueModel:
    """Load the bundled cue model once per process.

    Raises:
        ClassifierError: the model file is missing or malformed.
    """
    ref = resources.files("redline.attribution.data").joinpath("cue_model.json")
    try:
        return cue_model_from_data(json.loads(ref.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise ClassifierError(f"cannot read the attribution cue model: {e}") from e
