"""The fetcher against a real HTTP server on 127.0.0.1 (see tests/fixtures/http_server).

``httpx.MockTransport`` appears only in the retry/backoff unit tests at the end.
"""

import asyncio
import gzip
import itertools
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from redline.errors import ConfigError
from redline.ingest import _netguard
from redline.ingest.fetch import Fetcher, FetchReason, FetchResult, compute_backoff
from redline.model import ArticleResult, InputKind, RawDocument, Status
from tests.fixtures.http_server import Reply

PAGE = "<html><head><title>{0}</title></head><body><p>{0} — café</p></body></html>"


def fast(**kwargs: Any) -> Fetcher:
    """A fetcher with tiny delays, allowed to reach the local server."""
    options = {
        "per_host_delay": 0.01,
        "timeout": 2.0,
        "backoff": 0.01,
        "allow_private": True,
    } | kwargs
    return Fetcher(**options)


def fetch_one(fetcher: Fetcher, url: str) -> FetchResult:
    (result,) = fetcher.fetch_all([url])
    return result


def test_fetch_page_gives_an_html_document(local_server):
    local_server.page("/a", PAGE.format("Talks"))
    result = fetch_one(fast(), local_server.url("/a"))
    assert result.ok
    assert result.reason is None
    assert result.status_code == 200
    assert result.final_url == result.url == local_server.url("/a")
    doc = result.document
    assert isinstance(doc, RawDocument)
    assert doc.kind is InputKind.HTML
    assert doc.url == local_server.url("/a")
    assert "Talks — café" in doc.text
    (request,) = local_server.requests_to("/a")
    assert request.headers["user-agent"] == "redline/0.1"


def test_fetch_decodes_the_http_charset(local_server):
    body = PAGE.format("Déjà").encode("cp1252")
    local_server.route(
        "/l", Reply(body=body, content_type="text/html; charset=windows-1252")
    )
    doc = fetch_one(fast(), local_server.url("/l")).document
    assert isinstance(doc, RawDocument)
    assert "Déjà" in doc.text


def test_fetch_follows_redirects_and_reports_the_final_url(local_server):
    local_server.route("/old", Reply(status=301, headers={"Location": "/older"}))
    local_server.route(
        "/older", Reply(status=302, headers={"Location": local_server.url("/new")})
    )
    local_server.page("/new", PAGE.format("Moved"))
    result = fetch_one(fast(), local_server.url("/old"))
    assert result.ok
    assert result.url == local_server.url("/old")
    assert result.final_url == local_server.url("/new")
    assert isinstance(result.document, RawDocument)
    assert result.document.url == local_server.url("/new")
    assert result.document.source == local_server.url("/old")


def test_fetch_gives_up_after_max_redirects(local_server):
    local_server.route("/loop", Reply(status=302, headers={"Location": "/loop"}))
    result = fetch_one(fast(max_redirects=5), local_server.url("/loop"))
    assert result.reason is FetchReason.TOO_MANY_REDIRECTS
    assert local_server.hits["/loop"] == 6


def test_fetch_404_is_not_found_without_retries(local_server):
    result = fetch_one(fast(retries=3), local_server.url("/missing"))
    assert result.reason is FetchReason.HTTP_ERROR
    assert result.status_code == 404
    assert isinstance(result.document, ArticleResult)
    assert result.document.status is Status.NOT_FOUND
    assert result.document.message.startswith("http_error:")
    assert local_server.hits["/missing"] == 1
    assert result.attempts == 1


def test_fetch_retries_a_500_then_succeeds(local_server):
    calls = iter([Reply(status=500), Reply(status=503)])
    local_server.route(
        "/flaky", lambda _req: next(calls, Reply(body=PAGE.format("Up").encode()))
    )
    result = fetch_one(fast(retries=3), local_server.url("/flaky"))
    assert result.ok
    assert result.attempts == 3
    assert local_server.hits["/flaky"] == 3


def test_fetch_5xx_after_all_retries_is_an_http_error(local_server):
    local_server.route("/down", Reply(status=503))
    result = fetch_one(fast(retries=2), local_server.url("/down"))
    assert result.reason is FetchReason.HTTP_ERROR
    assert result.status_code == 503
    assert isinstance(result.document, ArticleResult)
    assert result.document.status is Status.ERROR
    assert local_server.hits["/down"] == 3


def test_fetch_slow_response_times_out_without_retrying(local_server):
    local_server.route("/slow", Reply(body=b"<p>late</p>", delay=2.0))
    started = time.monotonic()
    result = fetch_one(fast(timeout=0.2, retries=2), local_server.url("/slow"))
    assert result.reason is FetchReason.TIMEOUT
    assert time.monotonic() - started < 1.5
    # one request, not retried (the server may still be reading it: settle first)
    assert local_server.settled_hits("/slow") == 1


@pytest.mark.parametrize("declared", [True, False])
def test_fetch_refuses_bodies_over_max_bytes(local_server, declared):
    body = b"<html>" + b"x" * 20_000 + b"</html>"
    local_server.route("/big", Reply(body=body, content_length=declared))
    result = fetch_one(fast(max_bytes=10_000), local_server.url("/big"))
    assert result.reason is FetchReason.TOO_LARGE
    assert isinstance(result.document, ArticleResult)
    assert result.document.status is Status.TOO_LARGE


def test_fetch_obeys_robots_txt_and_reads_it_once(local_server):
    robots = b"User-agent: *\nDisallow: /private/\n"
    local_server.route("/robots.txt", Reply(body=robots, content_type="text/plain"))
    local_server.page("/public", PAGE.format("Open"))
    local_server.page("/private/memo", PAGE.format("Secret"))
    results = {
        r.url: r
        for r in fast().fetch_all(
            [local_server.url("/public"), local_server.url("/private/memo")]
        )
    }
    assert results[local_server.url("/public")].ok
    refused = results[local_server.url("/private/memo")]
    assert refused.reason is FetchReason.ROBOTS
    assert isinstance(refused.document, ArticleResult)
    assert refused.document.message.startswith("robots:")
    assert local_server.hits["/private/memo"] == 0
    assert local_server.hits["/robots.txt"] == 1


def test_fetch_robots_txt_for_our_user_agent_only(local_server):
    robots = b"User-agent: redline\nDisallow: /\n\nUser-agent: *\nAllow: /\n"
    local_server.route("/robots.txt", Reply(body=robots, content_type="text/plain"))
    local_server.page("/a", PAGE.format("A"))
    assert fetch_one(fast(), local_server.url("/a")).reason is FetchReason.ROBOTS
    assert fetch_one(fast(user_agent="other/1.0"), local_server.url("/a")).ok


def test_fetch_unreachable_robots_txt_means_no_fetching(local_server):
    local_server.route("/robots.txt", Reply(status=503))
    local_server.page("/a", PAGE.format("A"))
    result = fetch_one(fast(retries=0), local_server.url("/a"))
    assert result.reason is FetchReason.ROBOTS
    assert isinstance(result.document, ArticleResult)
    assert "unreachable" in result.document.message
    assert local_server.hits["/a"] == 0


def test_fetch_decodes_gzip_content_encoding(local_server):
    html = PAGE.format("Zipped")
    local_server.route(
        "/gz",
        Reply(body=gzip.compress(html.encode()), headers={"Content-Encoding": "gzip"}),
    )
    doc = fetch_one(fast(), local_server.url("/gz")).document
    assert isinstance(doc, RawDocument)
    assert doc.text == html


def test_fetch_bad_gzip_is_a_decoding_result(local_server):
    local_server.route(
        "/badgz", Reply(body=b"not gzip at all", headers={"Content-Encoding": "gzip"})
    )
    assert fetch_one(fast(), local_server.url("/badgz")).reason is FetchReason.DECODING


@pytest.mark.parametrize(
    ("validator", "conditional"),
    [
        ({"ETag": '"v1"'}, ("if-none-match", '"v1"')),
        (
            {"Last-Modified": "Mon, 04 Mar 2024 10:00:00 GMT"},
            ("if-modified-since", "Mon, 04 Mar 2024 10:00:00 GMT"),
        ),
    ],
)
def test_fetch_revalidates_from_the_cache(
    local_server, tmp_path, validator, conditional
):
    html = PAGE.format("Cached")
    header, value = conditional

    def answer(request):
        if request.headers.get(header) == value:
            return Reply(status=304, headers=validator, content_type=None)
        return Reply(body=html.encode(), headers=validator)

    local_server.route("/c", answer)
    fetcher = fast(cache_dir=tmp_path / "cache")
    first = fetch_one(fetcher, local_server.url("/c"))
    second = fetch_one(fetcher, local_server.url("/c"))
    assert first.status_code == 200
    assert not first.from_cache
    assert second.status_code == 304
    assert second.from_cache
    assert second.ok
    assert isinstance(second.document, RawDocument)
    assert second.document.text == html
    assert header not in local_server.requests_to("/c")[0].headers
    assert local_server.requests_to("/c")[1].headers[header] == value


def test_fetch_without_validators_stores_nothing(local_server, tmp_path):
    local_server.page("/plain", PAGE.format("Plain"))
    fetcher = fast(cache_dir=tmp_path / "cache")
    fetch_one(fetcher, local_server.url("/plain"))
    fetch_one(fetcher, local_server.url("/plain"))
    assert "if-none-match" not in local_server.requests_to("/plain")[1].headers
    assert list((tmp_path / "cache").iterdir()) == []


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
<item><title>One</title><link>/p/1</link>
  <pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate></item>
<item><title>Two</title><link>/p/2</link></item>
<item><title>Three</title><link>{base}/p/3</link></item>
<item><title>One again</title><link>/p/1</link></item>
</channel></rss>"""


def test_fetch_feed_fetches_every_listed_page_with_hints(local_server):
    local_server.route(
        "/feed.xml",
        Reply(
            body=RSS.format(base=local_server.url("")).encode(),
            content_type="application/rss+xml",
        ),
    )
    for n in (1, 2, 3):
        local_server.page(f"/p/{n}", PAGE.format(f"Page {n}"))
    results = sorted(
        fast().fetch_feed(local_server.url("/feed.xml")), key=lambda r: r.url
    )
    assert [r.url for r in results] == [local_server.url(f"/p/{n}") for n in (1, 2, 3)]
    assert all(r.ok for r in results)
    docs = [r.document for r in results if isinstance(r.document, RawDocument)]
    assert len(docs) == 3
    assert [d.title for d in docs] == ["One", "Two", "Three"]
    assert docs[0].published == datetime(2024, 3, 4, 10, 0, tzinfo=UTC)
    assert all(local_server.hits[f"/p/{n}"] == 1 for n in (1, 2, 3))


def test_fetch_feed_follows_a_sitemap_index(local_server):
    index = (
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<sitemap><loc>/news.xml</loc></sitemap></sitemapindex>"
    )
    news = (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        "<url><loc>/s/1</loc><news:news><news:title>Story</news:title>"
        "<news:publication_date>2024-03-01</news:publication_date></news:news></url>"
        "</urlset>"
    )
    local_server.route(
        "/index.xml", Reply(body=index.encode(), content_type="application/xml")
    )
    local_server.route(
        "/news.xml", Reply(body=news.encode(), content_type="application/xml")
    )
    local_server.page("/s/1", PAGE.format("Story"))
    (result,) = fast().fetch_feed(local_server.url("/index.xml"))
    assert result.ok
    assert isinstance(result.document, RawDocument)
    assert result.document.title == "Story"
    assert result.document.published == datetime(2024, 3, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        (Reply(status=404), FetchReason.HTTP_ERROR),
        (Reply(body=b"<html><p>not a feed</p></html>"), FetchReason.BAD_FEED),
    ],
)
def test_fetch_feed_that_fails_is_one_result(local_server, route, reason):
    local_server.route("/feed.xml", route)
    (result,) = fast().fetch_feed(local_server.url("/feed.xml"))
    assert result.reason is reason
    assert result.url == local_server.url("/feed.xml")


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_fetch_refuses_private_addresses_by_default(local_server, host):
    local_server.page("/a", PAGE.format("Local"))
    url = local_server.url("/a").replace("127.0.0.1", host)
    result = fetch_one(Fetcher(per_host_delay=0.01), url)
    assert result.reason is FetchReason.PRIVATE_ADDRESS
    assert isinstance(result.document, ArticleResult)
    assert result.document.message.startswith("private_address:")
    assert local_server.hits["/a"] == 0
    assert local_server.hits["/robots.txt"] == 0


def test_fetch_checks_every_redirect_hop(local_server, monkeypatch):
    # let loopback through (the test server) but still refuse link-local
    monkeypatch.setattr(
        _netguard,
        "is_forbidden_address",
        lambda a: a.startswith(("169.254.", "10.")),
    )
    metadata = "http://169.254.169.254/latest/meta-data/"
    local_server.route("/hop", Reply(status=302, headers={"Location": metadata}))
    result = fetch_one(
        Fetcher(per_host_delay=0.01, timeout=1.0), local_server.url("/hop")
    )
    assert result.reason is FetchReason.PRIVATE_ADDRESS
    assert result.final_url == metadata


def test_fetch_other_outcomes_are_results(local_server):
    local_server.route("/img", Reply(body=b"\x89PNG\r\n", content_type="image/png"))
    local_server.route("/txt", Reply(body=b"Plain words.", content_type="text/plain"))
    local_server.route("/empty", Reply(body=b""))
    closed = httpx.URL(local_server.url("/")).copy_with(port=1).join("/x")
    urls = [
        local_server.url("/img"),
        local_server.url("/txt"),
        local_server.url("/empty"),
        "ftp://example.org/file",
        "not a url",
        str(closed),
    ]
    results = {r.url: r for r in fast(retries=1).fetch_all(urls)}
    assert results[urls[0]].reason is FetchReason.UNSUPPORTED
    text = results[urls[1]].document
    assert isinstance(text, RawDocument)
    assert text.kind is InputKind.TEXT
    assert results[urls[2]].reason is FetchReason.EMPTY
    assert results[urls[3]].reason is FetchReason.BAD_URL
    assert results[urls[4]].reason is FetchReason.BAD_URL
    # the robots.txt fetch already fails (after its retry); the page says why
    assert results[urls[5]].reason is FetchReason.NETWORK
    failed = results[urls[5]].document
    assert isinstance(failed, ArticleResult)
    assert "robots.txt unreachable" in failed.message


def test_fetch_limits_requests_in_flight(local_server):
    for n in range(6):
        local_server.route(f"/w/{n}", Reply(body=b"<p>x</p>", delay=0.1))
    urls = [local_server.url(f"/w/{n}") for n in range(6)]
    results = list(fast(concurrency=2, per_host_delay=0.0).fetch_all(urls))
    assert len(results) == 6
    assert all(r.ok for r in results)
    assert local_server.max_in_flight == 2


def test_fetch_spaces_requests_to_one_host(local_server):
    for n in range(3):
        local_server.page(f"/d/{n}", "<p>x</p>")
    urls = [local_server.url(f"/d/{n}") for n in range(3)]
    list(fast(concurrency=3, per_host_delay=0.1).fetch_all(urls))
    starts = sorted(
        r.started for r in local_server.requests if r.path.startswith("/d/")
    )
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert min(gaps) >= 0.08


def test_fetch_all_can_be_abandoned_early(local_server):
    for n in range(20):
        local_server.page(f"/e/{n}", "<p>x</p>")
    results = fast(concurrency=2).fetch_all(
        local_server.url(f"/e/{n}") for n in range(20)
    )
    first = next(results)
    results.close()
    assert first.ok
    assert local_server.hits.total() < 20
    assert not [t for t in threading.enumerate() if t.name == "redline-fetch"]


def test_fetcher_rejects_bad_options():
    with pytest.raises(ConfigError):
        Fetcher(concurrency=0)
    with pytest.raises(ConfigError):
        Fetcher(timeout=0)


@pytest.mark.parametrize(
    ("address", "forbidden"),
    [
        ("127.0.0.1", True),
        ("10.1.2.3", True),
        ("172.16.0.1", True),
        ("192.168.1.1", True),
        ("169.254.169.254", True),
        ("100.64.0.1", True),
        ("0.0.0.0", True),  # noqa: S104 - an address under test, not a bind
        ("::1", True),
        ("fe80::1%eth0", True),
        ("fd00::1", True),
        ("::ffff:10.0.0.1", True),
        ("224.0.0.1", True),
        ("93.184.216.34", False),
        ("2606:4700:4700::1111", False),
    ],
)
def test_is_forbidden_address(address, forbidden):
    assert _netguard.is_forbidden_address(address) is forbidden


# --- retry and backoff arithmetic: httpx.MockTransport, no server -------------------


def test_compute_backoff_doubles():
    assert [compute_backoff(n, backoff=0.5) for n in (1, 2, 3, 4)] == [
        0.5,
        1.0,
        2.0,
        4.0,
    ]
    assert compute_backoff(1, backoff=0.0) == 0.0


def mock_fetcher(
    handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any
) -> Fetcher:
    def route(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return handler(request)

    options = {"per_host_delay": 0.0, "allow_private": True, "backoff": 0.5} | kwargs
    return Fetcher(transport=httpx.MockTransport(route), **options)


@pytest.fixture
def sleeps(monkeypatch):
    """Record asyncio.sleep calls made by the session instead of waiting."""
    real_sleep = asyncio.sleep
    recorded: list[float] = []

    async def fake_sleep(delay, result=None):
        if delay > 0:
            recorded.append(delay)
        return await real_sleep(0, result)

    monkeypatch.setattr(asyncio, "sleep", fake_sleep)
    return recorded


def test_retry_waits_grow_exponentially_on_5xx(sleeps):
    calls: list[str] = []

    def handler(request):
        calls.append(str(request.url))
        return httpx.Response(503)

    result = fetch_one(mock_fetcher(handler, retries=3), "http://news.test/a")
    assert result.reason is FetchReason.HTTP_ERROR
    assert result.attempts == 4
    assert len(calls) == 4
    assert sleeps == [0.5, 1.0, 2.0]


@pytest.mark.parametrize("status", [400, 403, 404, 410, 429])
def test_no_retry_on_4xx(sleeps, status):
    calls: list[str] = []

    def handler(request):
        calls.append(str(request.url))
        return httpx.Response(status)

    result = fetch_one(mock_fetcher(handler, retries=3), "http://news.test/a")
    assert result.status_code == status
    assert len(calls) == 1
    assert sleeps == []


def test_retry_on_connection_errors_then_success(sleeps):
    outcomes = iter([httpx.ConnectError("refused"), httpx.ReadError("reset")])

    def handler(_request):
        error = next(outcomes, None)
        if error is not None:
            raise error
        return httpx.Response(200, html="<p>ok</p>")

    result = fetch_one(
        mock_fetcher(handler, retries=3, backoff=0.25), "http://news.test/a"
    )
    assert result.ok
    assert result.attempts == 3
    assert sleeps == [0.25, 0.5]


def test_read_timeouts_are_not_retried(sleeps):
    def handler(_request):
        raise httpx.ReadTimeout("slow")

    result = fetch_one(mock_fetcher(handler, retries=3), "http://news.test/a")
    assert result.reason is FetchReason.TIMEOUT
    assert result.attempts == 1
    assert sleeps == []
