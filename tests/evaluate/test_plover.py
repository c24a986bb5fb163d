"""PLOVER scoring: hand-checked metrics, the shipped model on a small file, the CLI."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from redline.cli import app
from redline.errors import AnnotationFormatError, EvaluationError
from redline.evaluate.plover import (
    confused_pairs,
    cross_validate_plover,
    evaluate_plover,
    format_plover_cv_report,
    format_plover_report,
    score_roots,
)

# Our own sentences; the PLV data is never copied here.
ROWS = [
    (
        "Students staged a protest outside the embassy of Freedonia.",
        "Students",
        "the embassy of Freedonia",
        "PROTEST",
    ),
    (
        "Workers went on strike against the mining company.",
        "Workers",
        "the mining company",
        "PROTEST",
    ),
    (
        "Police in Freedonia arrested two opposition leaders.",
        "Police in Freedonia",
        "two opposition leaders",
        "COERCE",
    ),
    (
        "Ruritania accused Freedonia of meddling in its election.",
        "Ruritania",
        "Freedonia",
        "ACCUSE",
    ),
    (
        "Freedonia rejected the proposal from Ruritania.",
        "Freedonia",
        "Ruritania",
        "REJECT",
    ),
    (
        "The president praised Freedonia for its help.",
        "The president",
        "Freedonia",
        "SUPPORT",
    ),
]


def write_plv(path: Path, rows=ROWS) -> Path:
    lines = ["\tsentence_id\tsentence\tsource\ttarget\tgold_root"]
    lines += [f"\t{i}\t{s}\t{a}\t{b}\t{r}" for i, (s, a, b, r) in enumerate(rows)]
    path.write_text("\r\n".join(lines), encoding="utf-8", newline="")
    return path


def test_score_roots_by_hand():
    gold = ["AID", "AID", "AID", "YIELD", "YIELD", "ACCUSE"]
    pred = ["AID", "AID", "YIELD", "YIELD", "AID", "ACCUSE"]
    report = score_roots(gold, pred)
    assert report.n == 6
    assert report.accuracy == pytest.approx(4 / 6)
    assert report.per_class["AID"] == pytest.approx((2 / 3, 2 / 3, 2 / 3, 3))
    assert report.per_class["YIELD"] == pytest.approx((0.5, 0.5, 0.5, 2))
    assert report.per_class["ACCUSE"] == (1.0, 1.0, 1.0, 1)
    assert report.macro_f1 == pytest.approx((2 / 3 + 0.5 + 1.0) / 3)
    assert report.confusion == {
        "AID": {"AID": 2, "YIELD": 1},
        "YIELD": {"AID": 1, "YIELD": 1},
        "ACCUSE": {"ACCUSE": 1},
    }
    assert confused_pairs(report) == [("AID", "YIELD", 1), ("YIELD", "AID", 1)]


def test_score_roots_matches_sklearn_macro_f1():
    metrics = pytest.importorskip("sklearn.metrics")
    gold = ["AID", "YIELD", "ACCUSE", "AID", "REJECT", "REJECT", "COERCE"]
    pred = ["AID", "AID", "ACCUSE", "SANCTION", "REJECT", "ACCUSE", "COERCE"]
    report = score_roots(gold, pred)
    assert report.macro_f1 == pytest.approx(
        metrics.f1_score(gold, pred, average="macro")
    )
    assert report.per_class["SANCTION"] == (0.0, 0.0, 0.0, 0)  # predicted, never gold


def test_score_roots_refuses_mismatched_or_empty_input():
    with pytest.raises(EvaluationError, match="2 gold labels but 1"):
        score_roots(["AID", "AID"], ["AID"])
    with pytest.raises(EvaluationError, match="no rows"):
        score_roots([], [])


def test_format_report_lists_every_root_and_the_confusions():
    text = format_plover_report(score_roots(["AID", "YIELD"], ["AID", "AID"]))
    assert "rows 2  accuracy 0.500" in text
    assert "YIELD->AID 1" in text
    assert text.count("\n") == 4


def test_a_bad_file_is_e601(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("sentence\tsource\n", encoding="utf-8")
    with pytest.raises(AnnotationFormatError):
        evaluate_plover(path)


@pytest.mark.model
def test_evaluate_plover_scores_the_shipped_model_on_a_file(tmp_path):
    report = evaluate_plover(write_plv(tmp_path / "mine.tsv"))
    assert report.n == len(ROWS)
    assert report.accuracy == 1.0
    assert set(report.per_class) == {"PROTEST", "COERCE", "ACCUSE", "REJECT", "SUPPORT"}


@pytest.mark.model
def test_cross_validate_plover_on_a_small_file(tmp_path):
    pytest.importorskip("sklearn")
    rows = [
        *ROWS,
        (
            "Demonstrators protested against the new law in Freedonia.",
            "Demonstrators",
            "the new law",
            "PROTEST",
        ),
        (
            "Ruritanian police detained a Freedonian reporter.",
            "Ruritanian police",
            "a Freedonian reporter",
            "COERCE",
        ),
        (
            "Ruritania blamed Freedonia for the border incident.",
            "Ruritania",
            "Freedonia",
            "ACCUSE",
        ),
        (
            "Ruritania refused to sign the treaty with Freedonia.",
            "Ruritania",
            "Freedonia",
            "REJECT",
        ),
        (
            "The senator endorsed the Freedonian candidate.",
            "The senator",
            "the Freedonian candidate",
            "SUPPORT",
        ),
    ]
    report = cross_validate_plover(
        write_plv(tmp_path / "mine.tsv", rows), folds=2, seed=3
    )
    assert report.folds == 2
    assert report.seed == 3
    assert len(report.fold_macro_f1) == 2
    assert report.pooled.n == len(rows)
    assert "2-fold stratified CV (seed 3)" in format_plover_cv_report(report)


@pytest.mark.model
class TestCli:
    def test_table(self, tmp_path):
        result = CliRunner().invoke(
            app, ["eval", "plover", str(write_plv(tmp_path / "mine.tsv"))]
        )
        assert result.exit_code == 0, result.output
        assert "rows 6  accuracy 1.000  macro-F1 1.000" in result.output

    def test_json_has_the_confusion_matrix(self, tmp_path):
        result = CliRunner().invoke(
            app, ["eval", "plover", str(write_plv(tmp_path / "mine.tsv")), "--json"]
        )
        assert result.exit_code == 0, result.output
        data = json.loads(result.output)
        assert data["mode"] == "model"
        assert data["n"] == 6
        assert data["confusion"]["PROTEST"] == {"PROTEST": 2}
        assert data["per_class"]["COERCE"] == {
            "precision": 1.0,
            "recall": 1.0,
            "f1": 1.0,
            "support": 1,
        }

    def test_cv_json(self, tmp_path):
        pytest.importorskip("sklearn")
        path = write_plv(tmp_path / "mine.tsv", ROWS * 2)
        result = CliRunner().invoke(
            app, ["eval", "plover", str(path), "--cv", "2", "--seed", "5", "--json"]
        )
        assert result.exit_code == 0, result.output
        data = json.loads(result.output)
        assert (data["mode"], data["folds"], data["seed"]) == ("cv", 2, 5)
        assert data["pooled"]["n"] == 12

    def test_scoring_the_training_file_says_so(self, tmp_path):
        result = CliRunner().invoke(
            app, ["eval", "plover", str(write_plv(tmp_path / "PLV_train.tsv"))]
        )
        assert result.exit_code == 0, result.output
        assert "training-set scoring" in result.stderr
        other = CliRunner().invoke(
            app, ["eval", "plover", str(write_plv(tmp_path / "mine.tsv"))]
        )
        assert "training-set scoring" not in other.stderr

    def test_cv_needs_two_folds(self, tmp_path):
        result = CliRunner().invoke(
            app, ["eval", "plover", str(write_plv(tmp_path / "mine.tsv")), "--cv", "1"]
        )
        assert result.exit_code == 2

    def test_bad_file_exits_2_with_the_code(self, tmp_path):
        path = tmp_path / "bad.tsv"
        path.write_text(
            "sentence\tsource\ttarget\tgold_root\nA did B.\tA\tB\tFIGHT\n",
            encoding="utf-8",
        )
        proc = subprocess.run(
            [sys.executable, "-m", "redline", "eval", "plover", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 2
        assert "E601" in proc.stderr
        assert ":2: unknown PLOVER root 'FIGHT'" in proc.stderr


@pytest.mark.model
def test_rule_coder_on_plv_rows(tmp_path):
    from redline.evaluate.plover_rules import NO_ROOT, evaluate_rules_on_plv

    rows = [  # the rules need actors they know: real states, our own sentences
        ("Chile accused Peru of meddling in its election.", "Chile", "Peru", "ACCUSE"),
        ("Peru rejected the proposal from Chile.", "Peru", "Chile", "REJECT"),
        ("Police in Chile arrested two opposition leaders.", "Police", "two", "COERCE"),
    ]
    report = evaluate_rules_on_plv(write_plv(tmp_path / "mine.tsv", rows))
    # the rules code the verbal acts they know and miss the material ones
    assert report.confusion["ACCUSE"] == {"ACCUSE": 1}
    assert report.confusion["REJECT"] == {"REJECT": 1}
    assert report.confusion["COERCE"] == {NO_ROOT: 1}
    # macro-F1 is over the roots only: "no root" is a miss, not a class
    roots = [r for r in report.per_class if r != NO_ROOT]
    assert report.macro_f1 == pytest.approx(
        sum(report.per_class[r][2] for r in roots) / len(roots)
    )


@pytest.mark.model
def test_cli_rules_json(tmp_path):
    result = CliRunner().invoke(
        app,
        ["eval", "plover", str(write_plv(tmp_path / "mine.tsv")), "--rules", "--json"],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["mode"] == "rules"
    assert data["n"] == 6
