"""URLs and feeds through the CLI, against a real HTTP server on 127.0.0.1."""

import json

import pytest
from typer.testing import CliRunner

from redline.cli import app

pytestmark = pytest.mark.model

runner = CliRunner()
FAST = ["--setting", "fetch_allow_private=1", "--setting", "fetch_delay_ms=0"]


def _page(examples_dir) -> str:
    return (
        examples_dir / "articles" / "meridian-post-2026-03-09-turkey-steel.html"
    ).read_text()


def test_extract_fetches_a_url_and_finds_claims(local_server, examples_dir):
    local_server.page("/robots.txt", "", content_type="text/plain")
    local_server.page("/steel.html", _page(examples_dir))
    result = runner.invoke(
        app, ["extract", local_server.url("/steel.html"), "--json", *FAST]
    )
    assert result.exit_code == 0, result.output
    (obj,) = [json.loads(x) for x in result.output.splitlines() if x.startswith("{")]
    assert obj["status"] == "ok"
    assert obj["article"]["url"] == local_server.url("/steel.html")
    assert any(c["holder"]["id"] == "TUR" for c in obj["claims"])


def test_private_addresses_are_refused_by_default(local_server, examples_dir):
    local_server.page("/steel.html", _page(examples_dir))
    result = runner.invoke(app, ["extract", local_server.url("/steel.html"), "--json"])
    assert result.exit_code == 1
    assert "private_address" in result.output
    assert local_server.hits["/steel.html"] == 0


def test_ingest_reads_a_feed_and_fetches_its_items(
    local_server, examples_dir, tmp_path
):
    local_server.page("/robots.txt", "", content_type="text/plain")
    local_server.page("/steel.html", _page(examples_dir))
    items = "".join(
        f"<item><title>Item {n}</title><link>{local_server.url('/steel.html')}</link></item>"
        for n in range(1)
    )
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
    local_server.page("/feed.xml", feed, content_type="application/rss+xml")
    db = f"sqlite:///{tmp_path / 'f.db'}"
    result = runner.invoke(
        app,
        [
            "ingest",
            "--feed",
            local_server.url("/feed.xml"),
            "--db",
            db,
            "--no-progress",
            *FAST,
        ],
    )
    assert result.exit_code == 0, result.output
    assert "inserted" in result.output


def test_ingest_reads_a_url_list_file(local_server, examples_dir, tmp_path):
    local_server.page("/robots.txt", "", content_type="text/plain")
    local_server.page("/steel.html", _page(examples_dir))
    urls = tmp_path / "urls.txt"
    urls.write_text(
        f"# one page and one missing\n{local_server.url('/steel.html')}\n\n"
        f"{local_server.url('/gone.html')}\n"
    )
    db = f"sqlite:///{tmp_path / 'u.db'}"
    result = runner.invoke(
        app, ["ingest", "--urls", str(urls), "--db", db, "--no-progress", *FAST]
    )
    assert result.exit_code == 0, result.output
    assert "[not_found]" in result.output
    assert "inserted" in result.output
