"""Claims golden gate: score redline on gold sets and hold the pinned floors.

Sets: ``seed`` (../shared/seed), ``samples`` (examples/expected, with the samples'
actors file) and ``dev_heldout`` / ``dev_tuning`` (tests/golden/dev, needs
../shared/corpus). Run as a script to print the reports, or with ``--update`` to
ratchet floors up to the measured values (never down without ``--allow-regression``).
``--via-cli`` scores what ``python -m redline extract PATHS --json`` prints instead of
running the pipeline in-process (``seed`` and ``samples`` only: the dev sets name
records of whole corpora); both ways must give the same report.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from redline.evaluate import floors
from redline.evaluate.gold import GoldReport, format_report
from redline.evaluate.runner import (
    article_path,
    evaluate_gold,
    find_gold_files,
    score_outputs,
)
from redline.settings import load_settings

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
BASELINE = Path(__file__).with_name("golden_baseline.json")


@dataclass(frozen=True)
class GoldSet:
    name: str
    paths: tuple[Path, ...]
    needs_shared: bool
    split: str | None = None
    actors: Path | None = None


SETS = {
    "seed": GoldSet("seed", (SHARED / "seed" / "expected.json",), needs_shared=True),
    "samples": GoldSet(
        "samples",
        (REPO / "examples" / "expected",),
        needs_shared=False,
        actors=REPO / "examples" / "actors.toml",
    ),
    "dev_tuning": GoldSet(
        "dev_tuning", (REPO / "tests/golden/dev",), needs_shared=True, split="tuning"
    ),
    "dev_heldout": GoldSet(
        "dev_heldout", (REPO / "tests/golden/dev",), needs_shared=True, split="heldout"
    ),
}


def measures(report: GoldReport) -> dict[str, float]:
    """The numbers floors are pinned on."""
    out = {f"{sec}_recall": value for sec, value in report.recall.items()}
    out["positions_issue_rate"] = report.issue_rate
    out["positions_source_rate"] = report.position_source_rate
    out["position_precision"] = report.precision
    out["position_f1"] = report.f1_positions
    return out


def digest(gold_set: GoldSet) -> str:
    """Hash of the gold files (and, for the seed, the page) the floors belong to."""
    h = hashlib.sha256()
    files = [
        p
        for root in gold_set.paths
        for p in ([root] if root.is_file() else sorted(root.rglob("*.json")))
    ]
    if gold_set.name == "seed":
        files += sorted((SHARED / "seed").glob("*.txt"))
    for p in files:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def run(gold_set: GoldSet) -> GoldReport:
    overrides = {"actors_file": str(gold_set.actors)} if gold_set.actors else {}
    cases = find_gold_files(list(gold_set.paths), split=gold_set.split)
    return evaluate_gold(
        cases,
        settings=load_settings(overrides=overrides),
        shared=SHARED if SHARED.is_dir() else None,
        repo=REPO,
    )


def extract_json(paths: list[Path], *, actors: Path | None = None) -> list[dict]:
    """Run the CLI as a user would and parse its JSON Lines."""
    cmd = [sys.executable, "-m", "redline", "extract", *map(str, paths), "--json"]
    if actors is not None:
        cmd += ["--setting", f"actors_file={actors}"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=REPO)
    if proc.returncode != 0:
        raise RuntimeError(
            f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr[-4000:]}"
        )
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def run_cli(gold_set: GoldSet) -> GoldReport:
    """Like :func:`run`, through the ``redline extract --json`` output contract."""
    shared = SHARED if SHARED.is_dir() else None
    cases = find_gold_files(list(gold_set.paths), split=gold_set.split)
    inputs = sorted({article_path(c, shared=shared, repo=REPO) for c in cases})
    outputs = extract_json(inputs, actors=gold_set.actors)
    return score_outputs(cases, outputs, shared=shared, repo=REPO, cwd=REPO)


def load_baseline() -> dict[str, dict[str, object]]:
    return floors.load_baseline(BASELINE)


def check(name: str, report: GoldReport) -> list[str]:
    """Floors the report falls below (empty when the gate passes)."""
    return floors.below_floors(load_baseline()[name]["floors"], measures(report))  # type: ignore[arg-type]


def update(names: list[str], *, allow_regression: bool) -> int:
    return floors.ratchet(
        BASELINE,
        names,
        measure=lambda name: measures(run(SETS[name])),
        digest=lambda name: digest(SETS[name]),
        allow_regression=allow_regression,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sets", nargs="*", default=list(SETS))
    parser.add_argument("--update", action="store_true")
    parser.add_argument("--allow-regression", action="store_true")
    parser.add_argument("--via-cli", action="store_true")
    args = parser.parse_args()
    if args.update:
        return update(args.sets, allow_regression=args.allow_regression)
    status = 0
    for name in args.sets:
        report = run_cli(SETS[name]) if args.via_cli else run(SETS[name])
        print(f"== {name}\n{format_report(report)}")
        failures = check(name, report)
        for line in failures:
            print(f"FAIL {name} {line}")
        status |= bool(failures)
    return status


if __name__ == "__main__":
    sys.exit(main())
