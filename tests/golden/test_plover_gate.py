"""The PLOVER gate: CV on PLV_train holds its floors; ``--update`` ratchets up only."""

import json
import time

import pytest

from redline.evaluate.plover import PloverCvReport, score_roots
from tests.golden import plover_gate as gate


def fake_report(macro_f1: float, accuracy: float) -> PloverCvReport:
    return PloverCvReport(
        folds=5,
        seed=1,
        fold_macro_f1=(macro_f1,) * 5,
        fold_accuracy=(accuracy,) * 5,
        mean_macro_f1=macro_f1,
        mean_accuracy=accuracy,
        pooled=score_roots(["AID"], ["AID"]),
        seconds=0.0,
    )


@pytest.fixture
def baseline(tmp_path, monkeypatch):
    path = tmp_path / "plover_baseline.json"
    monkeypatch.setattr(gate, "BASELINE", path)
    monkeypatch.setattr(gate, "digest", lambda _set: "d1")

    def pin(floors, digest="d1"):
        path.write_text(
            json.dumps({"plv_train_cv5": {"digest": digest, "floors": floors}})
        )

    def measure(macro_f1, accuracy=0.9):
        monkeypatch.setattr(gate, "run", lambda _set: fake_report(macro_f1, accuracy))

    def floors():
        return json.loads(path.read_text())["plv_train_cv5"]

    return pin, measure, floors


def test_update_raises_floors_to_the_measured_values(baseline):
    pin, measure, floors = baseline
    pin({"cv_mean_macro_f1": 0.5, "cv_mean_accuracy": 0.5})
    measure(0.8127, 0.84)
    assert gate.update(["plv_train_cv5"], allow_regression=False) == 0
    assert floors()["floors"] == {"cv_mean_macro_f1": 0.812, "cv_mean_accuracy": 0.84}


def test_update_never_lowers_a_floor_without_allow_regression(baseline):
    pin, measure, floors = baseline
    pin({"cv_mean_macro_f1": 0.9})
    measure(0.7)
    assert gate.update(["plv_train_cv5"], allow_regression=False) == 1
    assert floors()["floors"]["cv_mean_macro_f1"] == 0.9
    assert gate.update(["plv_train_cv5"], allow_regression=True) == 0
    assert floors()["floors"]["cv_mean_macro_f1"] == 0.7


def test_update_refuses_changed_data_without_allow_regression(baseline):
    pin, measure, floors = baseline
    pin({"cv_mean_macro_f1": 0.5}, digest="old")
    measure(0.8)
    assert gate.update(["plv_train_cv5"], allow_regression=False) == 1
    assert floors() == {"digest": "old", "floors": {"cv_mean_macro_f1": 0.5}}


def test_check_reports_each_measure_below_its_floor(baseline):
    pin, _, _ = baseline
    pin({"cv_mean_macro_f1": 0.8, "cv_mean_accuracy": 0.8})
    assert gate.check("plv_train_cv5", fake_report(0.75, 0.85)) == [
        "cv_mean_macro_f1: 0.750 < floor 0.8"
    ]
    assert gate.check("plv_train_cv5", fake_report(0.8, 0.8)) == []


def test_plover_floor_is_at_least_the_issue_target():
    entry = gate.load_baseline()["plv_train_cv5"]
    assert entry["floors"]["cv_mean_macro_f1"] >= gate.ISSUE_TARGET
    assert (entry["folds"], entry["seed"]) == (5, gate.SETS["plv_train_cv5"].seed)


@pytest.mark.corpus
@pytest.mark.model
@pytest.mark.slow
def test_plv_train_cross_validation_holds_its_floors():
    pytest.importorskip("sklearn")
    cv_set = gate.SETS["plv_train_cv5"]
    if not cv_set.path.is_file():
        pytest.skip(f"needs {cv_set.path}; CI provides it")
    assert gate.digest(cv_set) == gate.load_baseline()["plv_train_cv5"]["digest"]
    started = time.perf_counter()
    report = gate.run(cv_set)
    assert time.perf_counter() - started < 180
    assert gate.check("plv_train_cv5", report) == []
    assert len(report.fold_macro_f1) == 5
