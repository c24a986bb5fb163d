"""Rebuild the shipped speech-act model from PLV_train (needs scikit-learn).

Runs the seeded stratified 5-fold cross-validation first (the figure to report), then
trains on every row and writes src/redline/speechacts/data/plover_model.npz.

    python scripts/train_speechacts.py [PLV_train.tsv] [--out PATH] [--no-cv]
"""

import argparse
import sys
import time
from pathlib import Path

from redline.evaluate.plover import PloverCvReport, format_plover_cv_report, score_roots
from redline.speechacts.model import default_model_path
from redline.speechacts.plv import read_plv
from redline.speechacts.train import (
    SEED,
    cross_validate,
    export_model,
    row_features,
    train,
)

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "eval" / "plv" / "PLV_train.tsv"
DEFAULT_OUT = REPO / "src" / "redline" / "speechacts" / "data" / "plover_model.npz"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--no-cv", action="store_true", help="skip cross-validation")
    args = parser.parse_args()
    started = time.perf_counter()
    rows = read_plv(args.data)
    features = row_features(rows)
    print(f"{len(rows)} rows parsed in {time.perf_counter() - started:.1f}s")
    meta: dict[str, object] = {"trained_on": args.data.name}
    if not args.no_cv:
        cv = cross_validate(rows, folds=5, seed=SEED, features=features)
        report = PloverCvReport(
            folds=cv.folds,
            seed=cv.seed,
            fold_macro_f1=cv.fold_macro_f1,
            fold_accuracy=cv.fold_accuracy,
            mean_macro_f1=cv.mean_macro_f1,
            mean_accuracy=cv.mean_accuracy,
            pooled=score_roots(cv.gold, cv.predicted),
            seconds=cv.seconds,
        )
        print(format_plover_cv_report(report))
        meta |= {
            "cv_folds": cv.folds,
            "cv_seed": cv.seed,
            "cv_mean_macro_f1": round(cv.mean_macro_f1, 4),
            "cv_mean_accuracy": round(cv.mean_accuracy, 4),
        }
    weights = train(rows, features=features)
    path = export_model(weights, args.out, meta=meta)
    size = path.stat().st_size
    print(
        f"wrote {path} ({size / 1e6:.2f} MB, {len(weights.features)} features x "
        f"{len(weights.classes)} classes) in {time.perf_counter() - started:.1f}s total"
    )
    if path.resolve() == default_model_path().resolve():
        print("(the shipped model)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
