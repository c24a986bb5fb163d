"""Pinned floors: checks, rounding and the ratchet that only goes up."""

import json

from redline.evaluate import floors


def test_pin_rounds_down_to_three_decimals():
    assert floors.pin(0.81279) == 0.812
    assert floors.pin(1.0) == 1.0


def test_below_floors_lists_each_measure_under_its_floor():
    got = floors.below_floors({"a": 0.5, "b": 0.9}, {"a": 0.6, "b": 0.8})
    assert got == ["b: 0.800 < floor 0.9"]
    assert floors.below_floors({"a": 0.5}, {"a": 0.5}) == []


def test_load_baseline_of_a_missing_file_is_empty(tmp_path):
    assert floors.load_baseline(tmp_path / "none.json") == {}


def test_ratchet_raises_refuses_to_lower_and_keeps_extras(tmp_path, capsys):
    path = tmp_path / "b.json"
    values = {"m": 0.8127}

    def run(**kw):
        return floors.ratchet(
            path,
            ["set"],
            measure=lambda _name: values,
            digest=lambda _name: "d1",
            extra=lambda _name: {"seed": 7},
            **kw,
        )

    assert run(allow_regression=False) == 0
    assert json.loads(path.read_text())["set"] == {
        "digest": "d1",
        "seed": 7,
        "floors": {"m": 0.812},
    }
    values["m"] = 0.5
    assert run(allow_regression=False) == 1
    assert json.loads(path.read_text())["set"]["floors"] == {"m": 0.812}
    assert "below floor" in capsys.readouterr().out
    assert run(allow_regression=True) == 0
    assert json.loads(path.read_text())["set"]["floors"] == {"m": 0.5}


def test_ratchet_refuses_changed_data_without_allow_regression(tmp_path):
    path = tmp_path / "b.json"
    path.write_text(json.dumps({"set": {"digest": "old", "floors": {"m": 0.1}}}))

    def run(allow):
        return floors.ratchet(
            path,
            ["set"],
            measure=lambda _name: {"m": 0.9},
            digest=lambda _name: "new",
            allow_regression=allow,
        )

    assert run(allow=False) == 1
    assert json.loads(path.read_text())["set"]["digest"] == "old"
    assert run(allow=True) == 0
    assert json.loads(path.read_text())["set"] == {
        "digest": "new",
        "floors": {"m": 0.9},
    }
