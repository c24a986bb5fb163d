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
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path

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
    return json.loads(BASELINE.read_text(encoding="utf-8"))


def check(name: str, report: PloverCvReport) -> list[str]:
    """Floors the report falls below (empty when the gate passes)."""
    floors = load_baseline()[name]["floors"]
    got = measures(report)
    return [
        f"{k}: {got[k]:.3f} < floor {v}"
        for k, v in floors.items()  # type: ignore[union-attr]
        if got[k] + 1e-9 < float(v)
    ]


def _floor(value: float) -> float:
    return math.floor(value * 1000) / 1000


def update(names: list[str], *, allow_regression: bool) -> int:
    baseline = load_baseline() if BASELINE.exists() else {}
    status = 0
    for name in names:
        cv_set = SETS[name]
        report = run(cv_set)
        entry = baseline.setdefault(name, {"floors": {}})
        old = entry.get("floors", {})
        new_digest = digest(cv_set)
        if entry.get("digest") not in (None, new_digest) and not allow_regression:
            print(f"{name}: data changed (digest); re-pin with --allow-regression")
            status = 1
            continue
        floors = {}
        for key, value in measures(report).items():
            before = float(old.get(key, 0.0))  # type: ignore[union-attr]
            pinned = _floor(value)
            if pinned < before and not allow_regression:
                print(f"{name}: {key} {pinned} below floor {before}; keeping the floor")
                pinned = before
                status = 1
            floors[key] = pinned
        baseline[name] = {
            "digest": new_digest,
            "folds": cv_set.folds,
            "seed": cv_set.seed,
            "floors": floors,
        }
        print(f"{name}: pinned {floors}")
    BASELINE.write_text(
        json.dumps(baseline, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    return status


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
