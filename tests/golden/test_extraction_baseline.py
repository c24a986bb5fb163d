"""The extraction gate's baseline file and its up-only ratchet (no corpus needed)."""

import pytest

from tests.golden.extraction_gate import (
    BASELINE_FILE,
    Baseline,
    Floors,
    RegressionError,
    main,
    pin,
    ratchet,
    read_baseline,
    write_baseline,
)

BASE = Baseline(
    corpus="corpus/html_pages",
    pages=38,
    digest="d" * 64,
    floors=Floors(html_f1=0.9, page_dump_f1=0.85),
    goals=Floors(html_f1=0.97, page_dump_f1=0.95),
)


def test_baseline_file_validates():
    baseline = read_baseline(BASELINE_FILE)
    assert baseline.pages == 38
    assert len(baseline.digest) == 64
    assert 0 < baseline.floors.page_dump_f1 <= baseline.goals.page_dump_f1 <= 1


def test_baseline_rejects_unknown_keys(tmp_path):
    path = tmp_path / "b.json"
    path.write_text(BASE.model_dump_json()[:-1] + ', "extra": 1}')
    with pytest.raises(ValueError, match="extra"):
        read_baseline(path)


def test_baseline_round_trips(tmp_path):
    path = tmp_path / "b.json"
    write_baseline(BASE, path)
    assert read_baseline(path) == BASE
    assert path.read_text().endswith("}\n")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0.97339, 0.973),
        (0.9, 0.9),
        (0.8999, 0.899),
        (0.973, 0.973),
        (0.0, 0.0),
        (1.0, 1.0),
    ],
)
def test_pin_rounds_down_to_three_decimals(value, expected):
    assert pin(value) == expected


def test_ratchet_raises_floors():
    new, notes = ratchet(
        BASE, Floors(html_f1=0.9734, page_dump_f1=0.88), digest=BASE.digest, pages=38
    )
    assert new.floors == Floors(html_f1=0.973, page_dump_f1=0.88)
    assert new.goals == BASE.goals
    assert notes == ["html_f1: 0.900 -> 0.973", "page_dump_f1: 0.850 -> 0.880"]


def test_ratchet_refuses_to_lower_a_floor():
    with pytest.raises(RegressionError, match=r"page_dump_f1.*allow-regression"):
        ratchet(
            BASE, Floors(html_f1=0.95, page_dump_f1=0.84), digest=BASE.digest, pages=38
        )


def test_ratchet_lowers_only_when_allowed():
    new, notes = ratchet(
        BASE,
        Floors(html_f1=0.95, page_dump_f1=0.8),
        digest=BASE.digest,
        pages=38,
        allow_regression=True,
    )
    assert new.floors == Floors(html_f1=0.95, page_dump_f1=0.8)
    assert "page_dump_f1: 0.850 -> 0.800" in notes


def test_ratchet_repins_the_digest():
    new, notes = ratchet(BASE, BASE.floors, digest="e" * 64, pages=39)
    assert (new.digest, new.pages, new.floors) == ("e" * 64, 39, BASE.floors)
    assert notes == ["corpus digest re-pinned (39 pages)"]


def test_cli_without_a_corpus_exits_2(tmp_path, capsys):
    assert main(["--pages", str(tmp_path)]) == 2
    assert "no corpus" in capsys.readouterr().err
