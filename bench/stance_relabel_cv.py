"""Could a linear model trained on the dev gold give plain statements their stance?

Usage: .venv/bin/python bench/stance_relabel_cv.py [--folds 5]

Every plain statement (action ``state``, not negated) redline finds in the tuning
half of the dev gold is labelled with the stance of a gold item of the same holder
whose evidence it overlaps (``positions``, ``threats`` as ``threaten``,
``historical_positions``, ``other_true_claims``), or ``none``. A logistic regression
over sparse features of the statement (its words, the verbs and modals of its
sentence, the first words of its content, the holder's kind) is cross-validated with
folds grouped by article. For each confidence threshold it prints how many statements
the model would relabel, how many of those get the gold stance, how many get another
stance, and how many have no gold stance at all (each of those would be a false
positive). Needs scikit-learn (the ``train`` extra). Prints counts only.
"""

from __future__ import annotations

import argparse
import itertools
import re
from collections import Counter

import numpy as np
from _devgold import dev_results
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import LogisticRegression

from redline.claims import extract_claims, load_lexicon
from redline.claims.registry import default_registry
from redline.model import Claim
from redline.nlp import ParsedText, parse_texts
from redline.settings import Settings

MODALS = frozenset({"will", "would", "should", "must", "could", "may", "might", "can"})
SKIP = frozenset({"PUNCT", "SPACE"})


def features(pt: ParsedText, claim: Claim) -> list[str]:
    """Sparse string features of one statement and its sentence."""
    toks = [t for t in pt.tokens if claim.evidence.start <= t.idx < claim.evidence.end]
    if not toks:
        return ["empty"]
    lo, hi = pt.sents[toks[0].sent]
    sent = pt.tokens[lo:hi]

    def word(t: object) -> str:
        pos, lemma = getattr(t, "pos", ""), getattr(t, "lemma", "")
        return "<P>" if pos == "PROPN" else str(lemma).lower()

    ev = [word(t) for t in toks if t.pos not in SKIP]
    out = [f"hk={claim.holder.kind}", *(f"e={w}" for w in ev)]
    out += [f"e2={a}_{b}" for a, b in itertools.pairwise(ev)]
    out += [f"v={t.lemma.lower()}" for t in toks if t.pos == "VERB"]
    out += [f"md={t.lemma.lower()}" for t in sent if t.lemma.lower() in MODALS]
    content = re.findall(r"[a-z']+", claim.content)[:4]
    out += [f"c{i}={w}" for i, w in enumerate(content)]
    if claim.conditions:
        out.append("cond")
    if any(t.text in {'"', "\u201c", "\u201d"} for t in sent):
        out.append("quote")
    return out


def gather() -> tuple[list[list[str]], list[str], list[int]]:
    """Features, gold label and article number of every tuning-half statement."""
    settings, registry, lexicon = Settings(), default_registry(), load_lexicon()
    cases, results = dev_results("tuning", settings)
    articles = [r.article for r in results]
    xs: list[list[str]] = []
    ys: list[str] = []
    groups: list[int] = []
    texts = [a.text if a is not None else "" for a in articles]
    for n, (case, article, pt) in enumerate(
        zip(cases, articles, parse_texts(texts), strict=True)
    ):
        if article is None:
            continue
        items = []
        for section in ("positions", "threats", "historical_positions"):
            for item in getattr(case.gold, section):
                stance = "threaten" if section == "threats" else item.stance
                items.append((item, stance))
        items += [(item, item.stance) for item in case.gold.other_true_claims]
        spans = []
        for item, stance in items:
            start = article.text.find(item.evidence)
            if start >= 0:
                holders = {item.holder, *item.also_holders}
                spans.append((start, start + len(item.evidence), holders, stance))
        for claim in extract_claims(article, pt, registry=registry, lexicon=lexicon):
            if claim.action != "state" or claim.negated:
                continue
            stances = [
                st
                for s, e, holders, st in spans
                if claim.holder.id in holders
                and s < claim.evidence.end
                and claim.evidence.start < e
            ]
            xs.append(features(pt, claim))
            ys.append(str(stances[0]) if stances else "none")
            groups.append(n)
    return xs, ys, groups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    xs, labels, groups = gather()
    y = np.array(labels)
    print(f"{len(y)} statements; labels: {Counter(labels).most_common()}")
    x = FeatureHasher(n_features=2**18, input_type="string").transform(xs)
    arts = np.array(groups)
    order = np.unique(arts)
    np.random.default_rng(0).shuffle(order)
    pred = np.empty(len(y), dtype=object)
    conf = np.zeros(len(y))
    for weight in (None, "balanced"):
        for fold in np.array_split(order, args.folds):
            test = np.isin(arts, fold)
            model = LogisticRegression(C=1.0, max_iter=3000, class_weight=weight)
            model.fit(x[~test], y[~test])
            proba = model.predict_proba(x[test])
            pred[test] = model.classes_[proba.argmax(1)]
            conf[test] = proba.max(1)
        for threshold in (0.3, 0.4, 0.5, 0.6):
            chosen = (pred != "none") & (conf >= threshold)
            right = int(((pred == y) & chosen).sum())
            other = int(((pred != y) & chosen & (y != "none")).sum())
            false = int((chosen & (y == "none")).sum())
            print(
                f"class_weight={weight} threshold={threshold}: relabelled "
                f"{int(chosen.sum())}, gold stance {right}, another stance {other}, "
                f"no stance in the gold {false}"
            )


if __name__ == "__main__":
    main()
