"""End to end through the CLI: samples → SQLite → claims; bad input; help."""

import json

import pytest
from typer.testing import CliRunner

from redline.cli import app

pytestmark = pytest.mark.model

runner = CliRunner()


def _jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, examples_dir):
    db = f"sqlite:///{tmp_path_factory.mktemp('db') / 'demo.db'}"
    args = [
        "ingest",
        str(examples_dir / "articles"),
        "--db",
        db,
        "--no-progress",
        "--setting",
        f"actors_file={examples_dir / 'actors.toml'}",
    ]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    second = runner.invoke(app, args)
    assert second.exit_code == 0, second.output
    return db, first, second


def test_ingest_stores_claims_and_rerun_changes_nothing(demo_db):
    db, first, second = demo_db
    assert "inserted" in first.output
    assert "unchanged" in second.output
    assert "inserted" not in second.output
    result = runner.invoke(app, ["claims", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    rows = _jsonl(result.output)
    assert len(rows) >= 20
    assert all(r["article_id"] and r["evidence"]["text"] for r in rows)
    assert {r["action"] for r in rows} >= {"demand", "reject", "threaten", "no_comment"}


def test_claims_filters_by_actor_and_issue(demo_db):
    db, _, _ = demo_db
    rows = _jsonl(
        runner.invoke(app, ["claims", "--db", db, "--json", "--actor", "RUS"]).output
    )
    assert rows
    assert all(
        "RUS" in {r["holder"]["id"], (r["addressee"] or {}).get("id")} for r in rows
    )
    rows = _jsonl(
        runner.invoke(
            app, ["claims", "--db", db, "--json", "--issue", "sanctions"]
        ).output
    )
    assert rows
    assert all("sanctions" in r["issues"] for r in rows)


def test_claims_table_lists_positions(demo_db):
    db, _, _ = demo_db
    result = runner.invoke(app, ["claims", "--db", db])
    assert result.exit_code == 0
    assert "holder" in result.output
    assert "RUS" in result.output


def test_positions_table_shows_the_demo_phenomena(demo_db):
    db, _, _ = demo_db
    result = runner.invoke(app, ["claims", "--db", db, "--positions"])
    assert result.exit_code == 0, result.output
    out = result.output
    for needle in ("threaten", "reject", "no_comment", "(hist.)", "[2]", "demand"):
        assert needle in out, needle
    rows = _jsonl(
        runner.invoke(app, ["claims", "--db", db, "--positions", "--json"]).output
    )
    assert rows
    assert "state" not in {r["action"] for r in rows}


def test_extract_json_follows_the_contract(examples_dir):
    path = examples_dir / "articles" / "northwire-2026-03-04-barents-cod.txt"
    result = runner.invoke(app, ["extract", str(path), "--json"])
    assert result.exit_code == 0, result.output
    (obj,) = _jsonl(result.output)
    assert obj["status"] == "ok"
    article = obj["article"]
    assert set(article) >= {
        "id",
        "source",
        "url",
        "title",
        "authors",
        "published",
        "outlet",
        "dateline",
        "summary",
        "captions",
        "language",
        "text",
    }
    assert obj["claims"]
    for claim in obj["claims"]:
        ev = claim["evidence"]
        assert article["text"][ev["start"] : ev["end"]] == ev["text"]
        assert set(claim) >= {
            "action",
            "holder",
            "voiced_by",
            "addressee",
            "issues",
            "content",
            "conditions",
            "sources",
            "historical",
            "when",
            "negated",
            "hypothetical",
            "plover",
            "cameo",
            "evidence",
            "extractor",
        }


def _bad_inputs(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "emptydir").mkdir()
    (tmp_path / "nobody.html").write_text(
        "<html><body><nav>Home | World</nav></body></html>"
    )
    german = (
        "Die Regierung in Berlin hat am Montag neue Gespräche mit den Nachbarländern "
        "angekündigt, um den Streit über die Fischereiquoten beizulegen. "
    ) * 6
    (tmp_path / "german.txt").write_text("Gespräche über Fischerei\n\n" + german)
    return [
        str(tmp_path / n)
        for n in (
            "missing.txt",
            "empty.txt",
            "binary.txt",
            "emptydir",
            "nobody.html",
            "german.txt",
        )
    ]


def test_bad_inputs_each_get_a_reason_and_the_run_goes_on(tmp_path, examples_dir):
    good = str(examples_dir / "articles" / "china-uk-ev-tariffs.txt")
    result = runner.invoke(app, ["extract", *_bad_inputs(tmp_path), good, "--json"])
    assert result.exit_code == 0, result.output
    for code in (
        "[not_found]",
        "[empty]",
        "[binary]",
        "[no_articles]",
        "[no_body]",
        "[lang]",
    ):
        assert code in result.output, code
    statuses = {o["status"] for o in _jsonl(result.output)}
    assert "ok" in statuses


def test_all_inputs_failing_exits_non_zero(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(
        app, ["extract", str(tmp_path / "empty.txt"), str(tmp_path / "nope")]
    )
    assert result.exit_code == 1


def test_too_large_article_is_refused_by_setting(examples_dir):
    good = str(examples_dir / "articles" / "china-uk-ev-tariffs.txt")
    result = runner.invoke(app, ["extract", good, "--setting", "max_article_chars=100"])
    assert "[too_large]" in result.output
    assert result.exit_code == 1


def test_bad_setting_is_one_clear_error():
    result = runner.invoke(app, ["extract", "x.txt", "--setting", "nonsense=1"])
    assert result.exit_code != 0
    assert "E010" in str(result.exception) or "E010" in result.output


@pytest.mark.parametrize(
    "command", [[], ["ingest"], ["extract"], ["claims"], ["eval"], ["eval", "gold"]]
)
def test_every_command_has_help(command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_eval_gold_scores_the_samples(examples_dir):
    result = runner.invoke(
        app,
        [
            "eval",
            "gold",
            str(examples_dir / "expected"),
            "--json",
            "--setting",
            f"actors_file={examples_dir / 'actors.toml'}",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output[result.output.index("{") :])
    assert data["required"]["positions"] >= 40
    assert 0.0 <= data["precision"] <= 1.0
    assert data["recall"]["no_comment"] > 0.5


def test_syndicated_copy_is_one_claim_with_two_reports(tmp_path, examples_dir):
    record = json.loads(
        (examples_dir / "articles" / "harbourline-2026-03.jsonl")
        .read_text()
        .splitlines()[0]
    )
    words = record["text"].split(" ")
    words[40] = words[40].upper()  # a syndicating outlet's small edit
    copy = {
        **record,
        "id": "copy-1",
        "outlet": "Syndicated Daily",
        "url": "https://s.example/1",
        "text": " ".join(words),
    }
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n")
    (tmp_path / "b.jsonl").write_text(json.dumps(copy) + "\n")
    db = f"sqlite:///{tmp_path / 'syn.db'}"
    base = [
        "--db",
        db,
        "--no-progress",
        "--setting",
        f"actors_file={examples_dir / 'actors.toml'}",
    ]
    assert (
        runner.invoke(app, ["ingest", str(tmp_path / "a.jsonl"), *base]).exit_code == 0
    )
    second = runner.invoke(app, ["ingest", str(tmp_path / "b.jsonl"), *base])
    assert second.exit_code == 0, second.output
    assert "linked" in second.output
    rows = _jsonl(runner.invoke(app, ["claims", "--db", db, "--json"]).output)
    assert rows
    assert {r["reports"] for r in rows} == {2}


def test_extract_json_gives_one_object_per_input_failed_ones_too(
    tmp_path, examples_dir
):
    (tmp_path / "empty.txt").write_text("")
    good = str(examples_dir / "articles" / "china-uk-ev-tariffs.txt")
    result = runner.invoke(
        app,
        [
            "extract",
            str(tmp_path / "empty.txt"),
            str(tmp_path / "nope.txt"),
            good,
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    objs = {o["source"]: o for o in _jsonl(result.output)}
    assert objs[str(tmp_path / "empty.txt")]["status"] == "empty"
    assert objs[str(tmp_path / "empty.txt")]["article"] is None
    assert objs[str(tmp_path / "nope.txt")]["status"] == "not_found"
    assert objs[good]["status"] == "ok"
    assert objs[good]["article"]["text"]
