"""Pinned floors for quality gates: check measures against them, ratchet them up.

A baseline file is JSON: ``{set name: {"digest": …, "floors": {measure: value}, …}}``.
Floors are pinned at the measured value rounded down to three decimals and only go
up; lowering one, or re-pinning after the data changed (a different digest), needs
``allow_regression``. The golden gates in ``tests/golden`` use these functions, and so
can a user gating redline on their own annotations.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

__all__ = ["below_floors", "load_baseline", "pin", "ratchet"]


def load_baseline(path: Path) -> dict[str, dict[str, Any]]:
    """The baseline file's sets (empty when the file does not exist yet)."""
    if not path.exists():
        return {}
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def below_floors(floors: Mapping[str, Any], measured: Mapping[str, float]) -> list[str]:
    """One line per floor the measures fall below (empty when the gate passes)."""
    return [
        f"{key}: {measured[key]:.3f} < floor {value}"
        for key, value in floors.items()
        if measured[key] + 1e-9 < float(value)
    ]


def pin(value: float) -> float:
    """The floor for a measured value: rounded down to three decimals."""
    return math.floor(value * 1000) / 1000


def ratchet(
    path: Path,
    names: list[str],
    *,
    measure: Callable[[str], Mapping[str, float]],
    digest: Callable[[str], str],
    allow_regression: bool,
    extra: Callable[[str], Mapping[str, Any]] | None = None,
) -> int:
    """Re-pin the floors of ``names`` at what ``measure`` gives; 1 if one was refused.

    ``extra`` adds fields to a set's entry (for example the folds and seed of a
    cross-validation).
    """
    baseline = load_baseline(path)
    status = 0
    for name in names:
        measured = measure(name)
        entry = baseline.setdefault(name, {"floors": {}})
        old: Mapping[str, Any] = entry.get("floors", {})
        new_digest = digest(name)
        if entry.get("digest") not in (None, new_digest) and not allow_regression:
            print(f"{name}: data changed (digest); re-pin with --allow-regression")  # noqa: T201
            status = 1
            continue
        floors = {}
        for key, value in measured.items():
            before = float(old.get(key, 0.0))
            pinned = pin(value)
            if pinned < before and not allow_regression:
                print(f"{name}: {key} {pinned} below floor {before}; keeping the floor")  # noqa: T201
                pinned = before
                status = 1
            floors[key] = pinned
        baseline[name] = {
            "digest": new_digest,
            **(extra(name) if extra else {}),
            "floors": floors,
        }
        print(f"{name}: pinned {floors}")  # noqa: T201
    path.write_text(
        json.dumps(baseline, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    return status
