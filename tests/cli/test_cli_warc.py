"""WARC crawls through the CLI: detected by name, forced with --type warc."""

import gzip
import json

import pytest
from typer.testing import CliRunner

from redline.cli import app
from tests.ingest.test_warc import http_response, warc_record

pytestmark = pytest.mark.model

runner = CliRunner()


def _crawl(tmp_path, examples_dir, name):
    page = (
        examples_dir / "articles" / "meridian-post-2026-03-09-turkey-steel.html"
    ).read_bytes()
    records = [
        warc_record(http_response(page), rid="1", uri="https://meridian.example/steel"),
        warc_record(http_response(b"{}", content_type="application/json"), rid="2"),
    ]
    data = b"".join(records)
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return path


@pytest.mark.parametrize(
    ("name", "forced"), [("crawl.warc.gz", []), ("crawl.bin", ["--type", "warc"])]
)
def test_extract_reads_a_warc_crawl(tmp_path, examples_dir, name, forced):
    path = _crawl(tmp_path, examples_dir, name)
    result = runner.invoke(app, ["extract", str(path), "--json", *forced])
    assert result.exit_code == 0, result.output
    objs = [json.loads(x) for x in result.output.splitlines() if x.startswith("{")]
    assert len(objs) == 1
    assert objs[0]["article"]["url"] == "https://meridian.example/steel"
    assert any(c["holder"]["id"] == "TUR" for c in objs[0]["claims"])


def test_truncated_warc_is_a_reason_and_the_run_goes_on(tmp_path, examples_dir):
    good = _crawl(tmp_path, examples_dir, "good.warc")
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(gzip.compress(good.read_bytes())[:-40])
    result = runner.invoke(app, ["extract", str(bad), str(good), "--json"])
    assert result.exit_code == 0, result.output
    assert "[bad_record]" in result.output
