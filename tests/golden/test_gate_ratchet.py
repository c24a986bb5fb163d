"""``golden_gate.py --update`` ratchets floors up only (no model: the run is faked)."""

import json

import pytest

from redline.evaluate.gold import aggregate
from tests.golden import golden_gate as gate


@pytest.fixture
def baseline(tmp_path, monkeypatch):
    path = tmp_path / "golden_baseline.json"
    monkeypatch.setattr(gate, "BASELINE", path)
    monkeypatch.setattr(gate, "digest", lambda _gold_set: "d1")
    measured = gate.measures(aggregate([]))  # every measure 1.0 on no articles

    def pin(floors, digest="d1"):
        path.write_text(json.dumps({"samples": {"digest": digest, "floors": floors}}))

    def measure(**values):
        report = aggregate([])
        monkeypatch.setattr(gate, "run", lambda _gold_set: report)
        monkeypatch.setattr(gate, "measures", lambda _report: {**measured, **values})

    def floors():
        return json.loads(path.read_text())["samples"]

    return pin, measure, floors


def test_update_raises_floors_to_the_measured_values(baseline):
    pin, measure, floors = baseline
    pin({"position_precision": 0.5})
    measure(position_precision=0.8127)
    assert gate.update(["samples"], allow_regression=False) == 0
    assert floors()["floors"]["position_precision"] == 0.812  # rounded down


def test_update_never_lowers_a_floor_without_allow_regression(baseline):
    pin, measure, floors = baseline
    pin({"position_precision": 0.9})
    measure(position_precision=0.7)
    assert gate.update(["samples"], allow_regression=False) == 1
    assert floors()["floors"]["position_precision"] == 0.9
    assert gate.update(["samples"], allow_regression=True) == 0
    assert floors()["floors"]["position_precision"] == 0.7


def test_update_refuses_a_changed_gold_digest_without_allow_regression(baseline):
    pin, measure, floors = baseline
    pin({"position_precision": 0.5}, digest="old")
    measure(position_precision=0.8)
    assert gate.update(["samples"], allow_regression=False) == 1
    assert floors() == {"digest": "old", "floors": {"position_precision": 0.5}}
    assert gate.update(["samples"], allow_regression=True) == 0
    assert floors()["digest"] == "d1"


def test_check_reports_each_measure_below_its_floor(baseline):
    pin, measure, _ = baseline
    pin({"position_precision": 0.9, "positions_recall": 0.5})
    measure(position_precision=0.7, positions_recall=0.5)
    failures = gate.check("samples", gate.run(gate.SETS["samples"]))
    assert failures == ["position_precision: 0.700 < floor 0.9"]
