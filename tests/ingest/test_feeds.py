"""Feeds and sitemaps written here: RSS 2.0, Atom, RDF, news sitemaps, indexes."""

import gzip
from datetime import UTC, datetime

import pytest

from redline.ingest.feeds import FeedItem, FeedProblem, read_feed

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>Wire Desk</title>
    <link>https://news.example/</link>
    <item>
      <title>Ministers meet in Geneva</title>
      <link>https://news.example/2024/geneva</link>
      <pubDate>Mon, 04 Mar 2024 10:00:00 +0100</pubDate>
    </item>
    <item>
      <title>Relative link</title>
      <link>/2024/relative</link>
    </item>
    <item><title>No link at all</title></item>
    <item>
      <title>Duplicate of the first</title>
      <link>https://news.example/2024/geneva</link>
    </item>
    <item><title>Mail</title><link>mailto:desk@news.example</link></item>
  </channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Desk</title>
  <id>urn:x</id>
  <updated>2024-03-05T00:00:00Z</updated>
  <entry>
    <title>Talks resume</title>
    <link rel="alternate" href="https://news.example/talks"/>
    <id>urn:1</id>
    <published>2024-03-05T08:30:00+02:00</published>
    <updated>2024-03-05T09:00:00Z</updated>
  </entry>
  <entry>
    <title>Only updated</title>
    <link href="https://news.example/updated"/>
    <id>urn:2</id>
    <updated>2024-03-06T12:00:00Z</updated>
  </entry>
</feed>
"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="https://news.example/"><title>RDF</title></channel>
  <item rdf:about="https://news.example/rdf1">
    <title>RDF item</title><link>https://news.example/rdf1</link>
  </item>
</rdf:RDF>
"""

NEWS_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
  <url>
    <loc>https://news.example/business/article55.html</loc>
    <image:image><image:title>A photo caption</image:title></image:image>
    <news:news>
      <news:publication><news:name>Example</news:name>
        <news:language>en</news:language></news:publication>
      <news:publication_date>2024-03-01T12:00:00+01:00</news:publication_date>
      <news:title>Companies A, B in merger talks</news:title>
    </news:news>
  </url>
  <url>
    <loc>https://news.example/dateonly.html</loc>
    <news:news><news:publication_date>2024-03-02</news:publication_date>
      <news:title>Date only</news:title></news:news>
  </url>
  <url><loc>https://news.example/plain.html</loc><lastmod>2024-01-01</lastmod></url>
  <url><loc>https://news.example/bad-date.html</loc>
    <news:news><news:publication_date>yesterday</news:publication_date></news:news>
  </url>
</urlset>
"""

SITEMAP_INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://news.example/sitemap-news.xml</loc></sitemap>
  <sitemap><loc>sitemap-2.xml.gz</loc><lastmod>2024-03-01</lastmod></sitemap>
</sitemapindex>
"""


def test_read_feed_rss_items_resolved_deduplicated_with_dates():
    result = read_feed(RSS, base_url="https://news.example/feed.xml")
    assert result.ok
    assert result.kind == "rss"
    assert result.title == "Wire Desk"
    assert result.items == (
        FeedItem(
            url="https://news.example/2024/geneva",
            title="Ministers meet in Geneva",
            published=datetime(2024, 3, 4, 9, 0, tzinfo=UTC),
        ),
        FeedItem(url="https://news.example/2024/relative", title="Relative link"),
    )


def test_read_feed_atom_uses_published_then_updated():
    result = read_feed(ATOM.encode(), base_url=None)
    assert result.ok
    assert result.kind == "atom"
    talks, updated = result.items
    assert talks.url == "https://news.example/talks"
    assert talks.published == datetime(2024, 3, 5, 6, 30, tzinfo=UTC)
    assert updated.published == datetime(2024, 3, 6, 12, 0, tzinfo=UTC)


def test_read_feed_rdf():
    result = read_feed(RDF, base_url=None)
    assert result.kind == "rdf"
    assert [i.url for i in result.items] == ["https://news.example/rdf1"]


def test_read_feed_news_sitemap_titles_and_dates():
    result = read_feed(NEWS_SITEMAP.encode(), base_url="https://news.example/sm.xml")
    assert result.ok
    assert result.kind == "sitemap"
    first, date_only, plain, bad_date = result.items
    assert first == FeedItem(
        url="https://news.example/business/article55.html",
        title="Companies A, B in merger talks",
        published=datetime(2024, 3, 1, 11, 0, tzinfo=UTC),
    )
    assert date_only.published == datetime(2024, 3, 2, tzinfo=UTC)
    assert plain == FeedItem(url="https://news.example/plain.html")
    assert bad_date.published is None


def test_read_feed_sitemap_index_lists_child_sitemaps():
    result = read_feed(SITEMAP_INDEX, base_url="https://news.example/robots-sitemap")
    assert result.ok
    assert result.kind == "sitemap_index"
    assert result.items == ()
    assert result.sitemaps == (
        "https://news.example/sitemap-news.xml",
        "https://news.example/sitemap-2.xml.gz",
    )


def test_read_feed_gzipped_sitemap():
    result = read_feed(gzip.compress(NEWS_SITEMAP.encode()), base_url=None)
    assert result.kind == "sitemap"
    assert len(result.items) == 4


def test_read_feed_text_with_a_foreign_encoding_declaration():
    text = RSS.replace('encoding="utf-8"', 'encoding="iso-8859-1"').replace(
        "Geneva", "Genève"
    )
    result = read_feed(text, base_url=None)
    assert result.ok
    assert result.items[0].title == "Ministers meet in Genève"


def test_read_feed_bytes_in_a_legacy_encoding():
    text = RSS.replace('encoding="utf-8"', 'encoding="iso-8859-1"')
    data = text.replace("Geneva", "Genève").encode("latin-1")
    assert read_feed(data, base_url=None).items[0].title == "Ministers meet in Genève"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", FeedProblem.EMPTY),
        ("   \n", FeedProblem.EMPTY),
        ("<html><body><p>Just a page</p></body></html>", FeedProblem.NOT_A_FEED),
        ("plain words, no markup", FeedProblem.NOT_A_FEED),
        (b"\x1f\x8b\x08\x00broken", FeedProblem.MALFORMED),
        (NEWS_SITEMAP[:300], FeedProblem.MALFORMED),
    ],
)
def test_read_feed_bad_documents_are_results_not_exceptions(text, reason):
    result = read_feed(text, base_url=None)
    assert result.reason is reason
    assert not result.ok
    assert result.message


def test_read_feed_malformed_rss_keeps_recovered_items():
    broken = RSS.replace("</channel>\n</rss>", "<item><title>cut")
    result = read_feed(broken, base_url=None)
    assert result.reason is FeedProblem.MALFORMED
    assert "not well-formed" in result.message
    assert result.items[0].url == "https://news.example/2024/geneva"


def test_read_feed_malformed_sitemap_keeps_recovered_items():
    cut = NEWS_SITEMAP[: NEWS_SITEMAP.index("<url><loc>https://news.example/plain")]
    result = read_feed(cut + "<url><loc>https://news", base_url=None)
    assert result.reason is FeedProblem.MALFORMED
    assert [i.url for i in result.items][:2] == [
        "https://news.example/business/article55.html",
        "https://news.example/dateonly.html",
    ]


def test_read_feed_does_not_expand_entities():
    xxe = """<?xml version="1.0"?>
<!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://news.example/&x;</loc></url>
</urlset>"""
    result = read_feed(xxe, base_url=None)
    assert all("root:" not in item.url for item in result.items)


def test_read_feed_treats_a_path_like_string_as_text(tmp_path):
    secret = tmp_path / "feed.xml"
    secret.write_text(RSS)
    result = read_feed(str(secret), base_url=None)
    assert result.reason is FeedProblem.NOT_A_FEED
