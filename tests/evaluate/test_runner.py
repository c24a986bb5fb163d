"""Scoring saved ``redline extract --json`` output against gold files."""

import json

import pytest

from redline.errors import ConfigError
from redline.evaluate.runner import find_gold_files, score_outputs

TEXT = "Norway wants a larger cod quota, two officials said."
EVIDENCE = "Norway wants a larger cod quota"


def _claim(holder="NOR"):
    return {
        "action": "demand",
        "holder": {"id": holder, "name": holder, "kind": "state"},
        "issues": ["fishing_rights"],
        "sources": [{"text": "two officials", "anonymous": True, "count": 2}],
        "historical": False,
        "when": None,
        "evidence": {"start": 0, "end": len(EVIDENCE), "text": EVIDENCE},
    }


def _output(source, *, claims=(), status="ok", text=TEXT):
    article = None if text is None else {"source": source, "text": text}
    return {
        "article": article,
        "source": source,
        "status": status,
        "claims": list(claims),
    }


@pytest.fixture
def layout(tmp_path):
    """A repo with one text article, one JSONL of two records, and their gold."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(TEXT)
    (tmp_path / "articles" / "b.jsonl").write_text("{}\n")
    gold_dir = tmp_path / "expected"
    gold_dir.mkdir()
    position = {"holder": "NOR", "stance": "demand", "evidence": "a larger cod quota"}
    for name, doc in [
        ("a", {"file": "articles/a.txt"}),
        ("b1", {"file": "articles/b.jsonl", "record": "r1"}),
        ("b2", {"file": "articles/b.jsonl", "record": "r2"}),
    ]:
        (gold_dir / f"{name}.json").write_text(
            json.dumps({"doc": doc, "positions": [position]})
        )
    return tmp_path, find_gold_files([gold_dir])


def _found(report):
    return {a.name: a.items[0].found for a in report.articles}


def test_score_outputs_matches_outputs_to_gold_by_source(layout):
    repo, cases = layout
    outputs = [
        _output("articles/a.txt", claims=[_claim()]),
        _output("articles/b.jsonl#r1", claims=[_claim("RUS")]),
        _output(str(repo / "articles" / "b.jsonl") + "#r2", claims=[_claim()]),
        _output("articles/unrelated.txt", claims=[_claim()]),
    ]
    report = score_outputs(cases, outputs, shared=None, repo=repo, cwd=repo)
    assert _found(report) == {"a": True, "b1": False, "b2": True}
    assert report.precision == 2 / 3  # the unrelated article's claim is not counted


def test_score_outputs_resolves_sources_against_the_cli_working_directory(layout):
    repo, cases = layout
    outputs = [_output("a.txt", claims=[_claim()])]
    report = score_outputs(
        cases, outputs, shared=None, repo=repo, cwd=repo / "articles"
    )
    assert _found(report)["a"] is True


def test_score_outputs_misses_everything_of_an_article_without_output(layout):
    repo, cases = layout
    outputs = [_output("articles/b.jsonl#r1", status="empty", text=None)]
    report = score_outputs(cases, outputs, shared=None, repo=repo, cwd=repo)
    why = {a.name: a.items[0].why for a in report.articles}
    assert why["a"] == "no extractor output for this article"
    assert why["b1"] == "no article in the output (status empty)"
    assert report.recall["positions"] == 0.0


def test_score_outputs_rejects_claims_that_are_not_objects(layout):
    repo, cases = layout
    outputs = [_output("articles/a.txt", claims=["demand"])]
    with pytest.raises(ConfigError, match="no object"):
        score_outputs(cases, outputs, shared=None, repo=repo, cwd=repo)


def test_an_undated_collection_reads_roles_on_its_own_day():
    from redline.evaluate.runner import record_settings
    from redline.settings import Settings, load_settings

    base = Settings()
    assert record_settings("bbc_news", base).undated_day is not None
    assert record_settings("bbc_news", base).undated_roles_on.startswith("2005")
    assert record_settings("reuters21578", base) is base  # its records are dated
    assert record_settings(None, base) is base
    mine = load_settings(overrides={"undated_roles_on": "2004-06-01"})
    assert record_settings("bbc_news", mine).undated_roles_on == "2004-06-01"
    with pytest.raises(ConfigError, match="undated_roles_on"):
        load_settings(overrides={"undated_roles_on": "2005-13-01"})
