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


def _fake_shared(tmp_path, records):
    """A ``../shared`` holding a Reuters-21578 corpus file of ``records``."""
    import gzip

    path = tmp_path / "shared" / "corpus" / "reuters21578" / "reuters21578.jsonl.gz"
    path.parent.mkdir(parents=True)
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.writelines(json.dumps(r) + "\n" for r in records)
    return tmp_path / "shared"


def test_load_records_reads_each_wanted_record_of_a_corpus(tmp_path):
    from redline.evaluate.runner import load_record, load_records

    shared = _fake_shared(
        tmp_path,
        [
            {"id": "1", "body": "First story.", "title": "One"},
            {"id": "2", "body": "Second story.", "date": "1987-03-02T10:00:00"},
            {"id": "3", "body": "Third story."},
        ],
    )
    found = load_records([("reuters21578", "3"), ("reuters21578", "2")], shared=shared)
    assert sorted(found) == [("reuters21578", "2"), ("reuters21578", "3")]
    assert found[("reuters21578", "3")].text == "Third story."
    second = found[("reuters21578", "2")]
    assert second.source == "reuters21578#2"
    assert second.published is not None
    assert second.published.day == 2
    assert load_record("reuters21578", "1", shared=shared).title == "One"


def test_load_records_names_every_missing_record_and_unknown_datasets(tmp_path):
    from redline.evaluate.runner import load_records

    shared = _fake_shared(tmp_path, [{"id": "1", "body": "Only story."}])
    with pytest.raises(ConfigError, match=r"'7', '9'.*not found in reuters21578"):
        load_records(
            [("reuters21578", "9"), ("reuters21578", "1"), ("reuters21578", "7")],
            shared=shared,
        )
    with pytest.raises(ConfigError, match="unknown dataset 'nope'"):
        load_records([("nope", "1")], shared=shared)
