"""The claims golden gate: every gold set holds its pinned floors."""

import pytest

from redline.evaluate.gold import format_report
from tests.golden import golden_gate as gate

pytestmark = [pytest.mark.model]


def _run(name: str):
    gold_set = gate.SETS[name]
    if gold_set.needs_shared and not gate.SHARED.is_dir():
        pytest.skip(f"needs ../shared (looked in {gate.SHARED}); CI provides it")
    report = gate.run(gold_set)
    return report, gate.check(name, report)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("seed", marks=pytest.mark.corpus),
        "samples",
        pytest.param("dev_tuning", marks=[pytest.mark.corpus, pytest.mark.slow]),
        pytest.param("dev_heldout", marks=[pytest.mark.corpus, pytest.mark.slow]),
    ],
)
def test_gold_set_holds_its_floors(name):
    report, failures = _run(name)
    assert not failures, "\n".join(failures) + "\n" + format_report(report)


def test_seed_digest_matches_the_pinned_floors():
    if not gate.SHARED.is_dir():
        pytest.skip(f"needs ../shared (looked in {gate.SHARED}); CI provides it")
    assert gate.load_baseline()["seed"]["digest"] == gate.digest(gate.SETS["seed"])


def test_seed_floors_are_at_least_the_issue_minimums():
    floors = gate.load_baseline()["seed"]["floors"]
    assert floors["positions_recall"] == 1.0
    assert floors["threats_recall"] == 1.0
    assert floors["no_comment_recall"] == 1.0
    assert floors["historical_positions_recall"] == 1.0
    assert floors["positions_issue_accuracy"] >= 7 / 9 - 1e-3
    assert floors["positions_source_accuracy"] == 1.0
    assert floors["position_precision"] >= 0.70
