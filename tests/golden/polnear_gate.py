"""PolNeAR attribution gate: score attribution spans on PolNeAR dev, hold the floors.

Reads ``../shared/eval/polnear/polnear-dev.tar.gz`` in place. Floors (overlap and
exact F1 of source, cue and content) live in ``polnear_baseline.json``. Run as a
script to print the report, or with ``--update`` to ratchet the floors up to the
measured values (never down without ``--allow-regression``). The cue lists are tuned
on train only (``scripts/train_attribution_cues.py``); dev is only measured.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from redline.evaluate import floors
from redline.evaluate.polnear import (
    ROLES,
    PolnearReport,
    evaluate_polnear,
    format_polnear_report,
)

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
BASELINE = Path(__file__).with_name("polnear_baseline.json")
SETS = {"dev": SHARED / "eval" / "polnear" / "polnear-dev.tar.gz"}


def measures(report: PolnearReport) -> dict[str, float]:
    """The numbers floors are pinned on."""
    out: dict[str, float] = {}
    for role in ROLES:
        score = report.role(role)
        out[f"{role}_overlap_f1"] = score.overlap_f1
        out[f"{role}_exact_f1"] = score.exact_f1
    return out


def digest(name: str) -> str:
    """Hash of the split's archive the floors belong to."""
    return hashlib.sha256(SETS[name].read_bytes()).hexdigest()


def run(name: str) -> PolnearReport:
    return evaluate_polnear(SETS[name])


def load_baseline() -> dict[str, dict[str, object]]:
    return floors.load_baseline(BASELINE)


def check(name: str, report: PolnearReport) -> list[str]:
    """Floors the report falls below (empty when the gate passes)."""
    return floors.below_floors(load_baseline()[name]["floors"], measures(report))  # type: ignore[arg-type]


def update(names: list[str], *, allow_regression: bool) -> int:
    return floors.ratchet(
        BASELINE,
        names,
        measure=lambda name: measures(run(name)),
        digest=lambda name: digest(name),  # noqa: PLW0108 - tests patch digest
        allow_regression=allow_regression,
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
        report = run(name)
        print(f"== {name}\n{format_polnear_report(report)}")
        failures = check(name, report)
        for line in failures:
            print(f"FAIL {name} {line}")
        status |= bool(failures)
    return status


if __name__ == "__main__":
    sys.exit(main())
