"""Two annotations of the same articles, scored against each other as redline is."""

import json

import pytest
from typer.testing import CliRunner

from redline.cli import app
from redline.errors import ConfigError
from redline.evaluate.agreement import (
    annotation_claims,
    evaluate_agreement,
    format_agreement,
)
from redline.evaluate.gold import load_gold
from redline.evaluate.runner import find_gold_files
from redline.settings import Settings
from tests.fixtures.paths import EXAMPLES, REPO

SAMPLE = EXAMPLES / "expected" / "northwire-2026-03-11-border-truce.json"


def _write(folder, name, data):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _agree(first_dir, second_dir, **kw):
    return evaluate_agreement(
        find_gold_files([first_dir]),
        find_gold_files([second_dir]),
        settings=Settings(),
        shared=None,
        repo=REPO,
        **kw,
    )


@pytest.fixture
def sample():
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def test_an_annotation_agrees_with_itself(tmp_path, sample):
    _write(tmp_path / "a", "x.json", sample)
    _write(tmp_path / "b", "x.json", sample)
    report = _agree(tmp_path / "a", tmp_path / "b")
    for side in (report.second_on_first, report.first_on_second):
        assert side.found["positions"] == len(sample["positions"])
        assert side.recall["historical_positions"] == 1.0
        assert side.precision == 1.0
    assert report.articles == 1


def test_a_changed_stance_and_a_dropped_item_are_missed(tmp_path, sample):
    second = json.loads(json.dumps(sample))
    second["positions"][0]["stance"] = (
        "reject" if second["positions"][0]["stance"] != "reject" else "accept"
    )
    del second["positions"][1]
    _write(tmp_path / "a", "x.json", sample)
    _write(tmp_path / "b", "x.json", second)
    report = _agree(tmp_path / "a", tmp_path / "b")
    n = len(sample["positions"])
    assert report.second_on_first.found["positions"] == n - 2
    # the first annotation holds every item of the second but the changed one
    assert report.first_on_second.found["positions"] == n - 2
    assert report.first_on_second.required["positions"] == n - 1


def test_other_true_claims_count_only_when_asked(tmp_path, sample):
    second = json.loads(json.dumps(sample))
    moved = second["positions"].pop(0)
    second["other_true_claims"].append(moved)
    _write(tmp_path / "a", "x.json", sample)
    _write(tmp_path / "b", "x.json", second)
    n = len(sample["positions"])
    plain = _agree(tmp_path / "a", tmp_path / "b")
    assert plain.second_on_first.found["positions"] == n - 1
    both = _agree(tmp_path / "a", tmp_path / "b", with_other=True)
    assert both.second_on_first.found["positions"] == n
    assert "and other_true_claims" in format_agreement(both)


def test_a_second_file_for_an_unannotated_article_is_listed(tmp_path, sample):
    other = load_gold(EXAMPLES / "expected" / "china-uk-ev-tariffs.json")
    _write(tmp_path / "a", "x.json", sample)
    _write(tmp_path / "b", "x.json", sample)
    lone = _write(
        tmp_path / "b", "y.json", other.model_dump(mode="json", exclude_none=True)
    )
    report = _agree(tmp_path / "a", tmp_path / "b")
    assert report.unpaired == (str(lone),)
    assert f"no first annotation: {lone}" in format_agreement(report)
    with pytest.raises(ConfigError, match="names an article of the first"):
        _agree(tmp_path / "a", tmp_path / "b" / "y.json")


def test_annotation_claims_carry_section_actions_and_skip_missing_evidence():
    gold = load_gold(SAMPLE)
    text = (REPO / gold.doc.file).read_text(encoding="utf-8")  # type: ignore[operator]
    claims = annotation_claims(gold, text)
    assert {c["action"] for c in claims} >= {"no_comment"}
    assert sum(c["historical"] for c in claims) == len(gold.historical_positions)
    assert annotation_claims(gold, "unrelated text") == []


def test_eval_agreement_cli_prints_both_directions(tmp_path, sample):
    _write(tmp_path / "a", "x.json", sample)
    _write(tmp_path / "b", "x.json", sample)
    runner = CliRunner()
    args = ["eval", "agreement", str(tmp_path / "a"), "--second", str(tmp_path / "b")]
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["second_on_first"]["recall"]["positions"] == 1.0
    assert data["first_on_second"]["precision"] == 1.0
    text = runner.invoke(app, args)
    assert "second on first" in text.output
