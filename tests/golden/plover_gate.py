"""PLOVER speech-act gate: seeded stratified 5-fold CV on PLV_train holds its floors.

The measured figures are the means over folds of macro-F1 and accuracy over the 15
PLOVER roots (train on 4 folds, score the held-out fold; seed fixed). Needs
../shared/eval/plv/PLV_train.tsv, the spaCy model and scikit-learn. Run as a script to
print the report, or with ``--update`` to ratchet floors up to the measured values
(never down without ``--allow-regression``). Training is CPU-only and takes seconds.
The issue's target is a CV mean macro-F1 of at least 0.70 (goal 0.85);
``test_plover_floor_is_at_least_the_issue_target`` keeps a re-pin from going below it.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

from redline.evaluate import floors
from redline.evaluate.plover import (
    PloverCvReport,
    cross_validate_plover,
    format_plover_cv_report,
)
from redline.speechacts.train import SEED

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
BASELINE = Path(__file__).with_name("plover_baseline.json")
ISSUE_TARGET = 0.70


@dataclass(frozen=True)
class CvSet:
    name: str
    path: Path
    folds: int
    seed: int


SETS = {
    "plv_train_cv5": CvSet(
        "plv_train_cv5", SHARED / "eval" / "plv" / "PLV_train.tsv", folds=5, seed=SEED
    ),
}


def measures(report: PloverCvReport) -> dict[str, float]:
    """The numbers floors are pinned on."""
    return {
        "cv_mean_macro_f1": report.mean_macro_f1,
        "cv_mean_accuracy": report.mean_accuracy,
    }


def digest(cv_set: CvSet) -> str:
    """Hash of the labelled file the floors belong to."""
    h = hashlib.sha256()
    h.update(cv_set.path.name.encode())
    h.update(cv_set.path.read_bytes())
    return h.hexdigest()


def run(cv_set: CvSet) -> PloverCvReport:
    return cross_validate_plover(cv_set.path, folds=cv_set.folds, seed=cv_set.seed)


def load_baseline() -> dict[str, dict[str, object]]:
    return floors.load_baseline(BASELINE)


def check(name: str, report: PloverCvReport) -> list[str]:
    """Floors the report falls below (empty when the gate passes)."""
    return floors.below_floors(load_baseline()[name]["floors"], measures(report))  # type: ignore[arg-type]


def update(names: list[str], *, allow_regression: bool) -> int:
    return floors.ratchet(
        BASELINE,
        names,
        measure=lambda name: measures(run(SETS[name])),
        digest=lambda name: digest(SETS[name]),
        allow_regression=allow_regression,
        extra=lambda name: {"folds": SETS[name].folds, "seed": SETS[name].seed},
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sets", nargs="*", default=list(SETS))
    parser.add_argument("--update", action="store_true")
    parser.add_argument("--allow-regression", action="store_true")
    args = parser.parse_args()
    if args.update:
        return update(args.sets, allow_regression=args.allow_regression)
    status = 0
    for name in args.sets:
        report = run(SETS[name])
        print(f"== {name}\n{format_plover_cv_report(report)}")
        failures = check(name, report)
        for line in failures:
            print(f"FAIL {name} {line}")
        status |= bool(failures)
    return status


if __name__ == "__main__":
    sys.exit(main())
