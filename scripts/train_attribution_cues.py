"""Train the attribution cue model on PolNeAR train and write it as JSON.

Every verb with a complement frame (``redline.attribution.spans``) is a candidate;
its label is whether it lies inside a gold cue span of the article's first annotator
file. A logistic regression (scikit-learn, a dev dependency) over the candidates'
binary features is exported to ``src/redline/attribution/data/cue_model.json`` as
bias, threshold and one weight per feature name (features seen fewer than
``--min-count`` times are left out). The threshold and the regularization (``--c``)
were chosen by five-fold cross-validation over train articles (``--cv 5``). Train
only: never point it at dev.

With ``--cv K`` nothing is written: the train articles are split into K folds
(shuffled by ``--seed``, so the folds are fixed), a model is trained on K-1 folds with
the same code and threshold, and the held-out fold's attributions are found with it.
The predictions of all folds are pooled and scored once against train's gold with
the PolNeAR scorer (``redline.evaluate.polnear``): source, cue and content overlap
and exact F1, micro-averaged over every train article.

Usage::

    python scripts/train_attribution_cues.py \\
        ../shared/eval/polnear/polnear-train.tar.gz
    python scripts/train_attribution_cues.py --cv 5 \\
        ../shared/eval/polnear/polnear-train.tar.gz
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from redline._hashing import feature_key
from redline.attribution import Attribution, find_attributions
from redline.attribution.classifier import cue_model_from_data
from redline.attribution.spans import candidate_features
from redline.evaluate.polnear import (
    ROLES,
    PolnearArticle,
    PolnearReport,
    load_polnear,
    score_articles,
)
from redline.nlp import ParsedText, load_nlp, parse_texts

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
    c: float = 0.5,
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


def folds(names: Sequence[str], k: int, *, seed: int = 0) -> list[list[int]]:
    """Split article indices into ``k`` folds, the same for the same names and seed.

    The names are sorted, shuffled with ``random.Random(seed)`` and dealt round robin,
    so fold sizes differ by at most one and do not depend on the input order.
    """
    if k < 2 or k > len(names):  # noqa: PLR2004
        msg = f"need 2 <= k <= {len(names)} folds, got {k}"
        raise ValueError(msg)
    order = sorted(range(len(names)), key=lambda i: names[i])
    random.Random(seed).shuffle(order)  # noqa: S311 - fixed folds, not secrets
    return [sorted(order[f::k]) for f in range(k)]


def cross_validate(
    articles: Sequence[PolnearArticle],
    parsed: Sequence[ParsedText],
    *,
    k: int,
    seed: int = 0,
    threshold: float,
    min_count: int,
    c: float = 0.5,
) -> PolnearReport:
    """K-fold cross-validation over articles; held-out predictions pooled, scored."""
    predictions: list[Sequence[Attribution]] = [() for _ in articles]
    for held in folds([a.name for a in articles], k, seed=seed):
        out = set(held)
        rest = [i for i in range(len(articles)) if i not in out]
        xs, ys = samples([articles[i] for i in rest], [parsed[i] for i in rest])
        model = cue_model_from_data(
            train(xs, ys, threshold=threshold, min_count=min_count, c=c)
        )
        for i in held:
            predictions[i] = find_attributions(parsed[i], model=model)
    return score_articles(articles, predictions)


def report_json(report: PolnearReport) -> dict[str, float]:
    """Overlap and exact F1 per role, rounded."""
    out: dict[str, float] = {}
    for role in ROLES:
        score = report.role(role)
        out[f"{role}_overlap_f1"] = round(score.overlap_f1, 4)
        out[f"{role}_exact_f1"] = round(score.exact_f1, 4)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("train", type=Path, help="PolNeAR train folder or tarball")
    parser.add_argument("--threshold", type=float, default=0.4)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument(
        "--c", type=float, default=0.5, help="inverse L2 regularization strength"
    )
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--cv",
        type=int,
        metavar="K",
        help="write nothing; K-fold cross-validation over train articles, "
        "held-out predictions of all folds pooled and scored once (micro F1)",
    )
    parser.add_argument("--seed", type=int, default=0, help="fold shuffle seed")
    parser.add_argument("--json", action="store_true", help="--cv scores as JSON")
    args = parser.parse_args()
    if "dev" in args.train.name.lower():
        parser.error("train only: never train or cross-validate on dev")
    articles = load_polnear(args.train)
    # plain parses, without name norms: the attribution stage reads them so
    plain = load_nlp(name_norms=False, prefixed_words=False)
    parsed = list(parse_texts((a.text for a in articles), nlp=plain))
    if args.cv is not None:
        report = cross_validate(
            articles,
            parsed,
            k=args.cv,
            seed=args.seed,
            threshold=args.threshold,
            min_count=args.min_count,
            c=args.c,
        )
        scores = report_json(report)
        if args.json:
            print(json.dumps({"folds": args.cv, "seed": args.seed, **scores}))
        else:
            print(f"{args.cv}-fold CV over {len(articles)} train articles (pooled)")
            for role in ROLES:
                print(
                    f"{role:<8} overlap F1 {scores[f'{role}_overlap_f1']:.4f}"
                    f"  exact F1 {scores[f'{role}_exact_f1']:.4f}"
                )
        return
    xs, ys = samples(articles, parsed)
    data = train(xs, ys, threshold=args.threshold, min_count=args.min_count, c=args.c)
    args.out.write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(data['weights'])} weights")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
