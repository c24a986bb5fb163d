"""Train the attribution cue model on PolNeAR train and write it as JSON.

Every verb with a complement frame (``redline.attribution.spans``) is a candidate;
its label is whether it lies inside a gold cue span of the article's first annotator
file. A logistic regression (scikit-learn, a dev dependency) over the candidates'
binary features is exported to ``src/redline/attribution/data/cue_model.json`` as
bias, threshold and one weight per feature name (features seen fewer than
``--min-count`` times are left out). The threshold was chosen by two-fold
cross-validation over train articles. Train only: never point it at dev.

Usage::

    python scripts/train_attribution_cues.py \\
        ../shared/eval/polnear/polnear-train.tar.gz
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from redline._hashing import feature_key
from redline.attribution.spans import candidate_features
from redline.evaluate.polnear import PolnearArticle, load_polnear
from redline.nlp import ParsedText, parse_texts

OUT = (
    Path(__file__).resolve().parents[1] / "src/redline/attribution/data/cue_model.json"
)


def samples(
    articles: Sequence[PolnearArticle], parsed: Sequence[ParsedText]
) -> tuple[list[list[str]], list[bool]]:
    """Features and labels of every candidate cue in the articles."""
    xs: list[list[str]] = []
    ys: list[bool] = []
    for article, doc in zip(articles, parsed, strict=True):
        cues = [
            frag
            for a in article.files[0].attributions
            if a.cue is not None
            for frag in a.cue.fragments
        ]
        for verb, _frame, features in candidate_features(doc):
            tok = doc.tokens[verb]
            xs.append(features)
            ys.append(any(s < tok.end and tok.idx < e for s, e in cues))
    return xs, ys


def train(
    xs: list[list[str]],
    ys: list[bool],
    *,
    threshold: float,
    min_count: int,
    c: float = 1.0,
) -> dict[str, object]:
    """Fit the model; return the JSON-ready model."""
    seen = Counter(f for x in xs for f in set(x))
    rows = [{f: 1 for f in x if seen[f] >= min_count} for x in xs]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=c, max_iter=3000)
    model.fit(matrix, ys)
    names = vectorizer.get_feature_names_out()
    weights = {
        feature_key(str(name)): round(float(w), 4)
        for name, w in zip(names, model.coef_[0], strict=True)
        if abs(w) >= 1e-4  # noqa: PLR2004
    }
    return {
        "about": "PolNeAR train cue model; scripts/train_attribution_cues.py",
        "bias": round(float(model.intercept_[0]), 6),
        "threshold": threshold,
        "weights": dict(sorted(weights.items())),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("train", type=Path, help="PolNeAR train folder or tarball")
    parser.add_argument("--threshold", type=float, default=0.4)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    articles = load_polnear(args.train)
    parsed = list(parse_texts(a.text for a in articles))
    xs, ys = samples(articles, parsed)
    data = train(xs, ys, threshold=args.threshold, min_count=args.min_count)
    args.out.write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(data['weights'])} weights")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
