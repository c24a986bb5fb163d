"""The PolNeAR attribution gate: dev holds its pinned floors; ``--update`` ratchets."""

import json

import pytest

from redline.evaluate.polnear import PolnearReport, RoleScore, format_polnear_report
from tests.golden import polnear_gate as gate


def _needs_dev() -> None:
    if not gate.SETS["dev"].is_file():
        pytest.skip(f"needs ../shared (looked in {gate.SHARED}); CI provides it")


@pytest.mark.model
@pytest.mark.corpus
@pytest.mark.slow
def test_polnear_dev_holds_its_floors():
    _needs_dev()
    assert gate.load_baseline()["dev"]["digest"] == gate.digest("dev")
    report = gate.run("dev")
    failures = gate.check("dev", report)
    assert not failures, "\n".join(failures) + "\n" + format_polnear_report(report)


def test_floors_are_pinned_for_every_role():
    floors = gate.load_baseline()["dev"]["floors"]
    assert set(floors) == {
        f"{role}_{kind}_f1"
        for role in ("source", "cue", "content")
        for kind in ("overlap", "exact")
    }
    assert floors["content_overlap_f1"] >= 0.65  # the target


def _report(f1: float) -> PolnearReport:
    roles = tuple(
        RoleScore(
            role=role,
            exact_precision=f1,
            exact_recall=f1,
            exact_f1=f1,
            overlap_precision=f1,
            overlap_recall=f1,
            overlap_f1=f1,
            predicted=1.0,
            gold=1.0,
        )
        for role in ("source", "cue", "content")
    )
    return PolnearReport(articles=1, files=1, roles=roles, seconds=0.0)


@pytest.fixture
def fake(tmp_path, monkeypatch):
    path = tmp_path / "polnear_baseline.json"
    monkeypatch.setattr(gate, "BASELINE", path)
    monkeypatch.setattr(gate, "digest", lambda _name: "d1")

    def measure(f1: float) -> None:
        monkeypatch.setattr(gate, "run", lambda _name: _report(f1))

    def floors() -> dict[str, float]:
        return json.loads(path.read_text())["dev"]["floors"]

    return path, measure, floors


def test_update_ratchets_up_and_never_down_without_allow_regression(fake):
    path, measure, floors = fake
    path.write_text(json.dumps({"dev": {"digest": "d1", "floors": {}}}))
    measure(0.7129)
    assert gate.update(["dev"], allow_regression=False) == 0
    assert floors()["source_overlap_f1"] == 0.712  # rounded down
    measure(0.6)
    assert gate.update(["dev"], allow_regression=False) == 1
    assert floors()["source_overlap_f1"] == 0.712
    assert gate.update(["dev"], allow_regression=True) == 0
    assert floors()["source_overlap_f1"] == 0.6
    assert gate.check("dev", _report(0.59)) == [
        f"{k}: 0.590 < floor 0.6" for k in floors()
    ]


def test_update_refuses_changed_data_without_allow_regression(fake):
    path, measure, floors = fake
    path.write_text(json.dumps({"dev": {"digest": "old", "floors": {}}}))
    measure(0.7)
    assert gate.update(["dev"], allow_regression=False) == 1
    assert gate.update(["dev"], allow_regression=True) == 0
    assert floors()["cue_exact_f1"] == 0.7
