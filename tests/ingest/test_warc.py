"""WARC reading: records written here in the WARC/1.0 format, plain and gzipped."""

import gzip
from datetime import UTC, datetime
from pathlib import Path

import pytest

from redline.ingest.warc import WarcStats, read_warc
from redline.model import ArticleResult, InputKind, RawDocument, Status
from redline.settings import Settings

SETTINGS = Settings()
META_LATIN1 = (
    b'<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
)

UTF8_HTML = "text/html; charset=utf-8"
PAGE = "<html><head><title>T</title></head><body><p>Café crème</p></body></html>"


def http_response(
    body: bytes,
    *,
    status: str = "200 OK",
    content_type: str | None = "text/html",
    extra: str = "",
) -> bytes:
    head = f"HTTP/1.1 {status}\r\n"
    if content_type is not None:
        head += f"Content-Type: {content_type}\r\n"
    head += extra
    head += f"Content-Length: {len(body)}\r\n\r\n"
    return head.encode("latin-1") + body


def warc_record(
    block: bytes,
    *,
    rid: str,
    kind: str = "response",
    uri: str = "https://news.example/a",
    content_type: str = "application/http; msgtype=response",
    date: str = "2024-03-01T12:30:00Z",
) -> bytes:
    head = (
        "WARC/1.0\r\n"
        f"WARC-Type: {kind}\r\n"
        f"WARC-Record-ID: <urn:uuid:{rid}>\r\n"
        f"WARC-Date: {date}\r\n"
        f"WARC-Target-URI: {uri}\r\n"
        f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def mixed_records() -> list[bytes]:
    """Two HTML pages among records that must be skipped."""
    return [
        warc_record(b"software: test\r\n", rid="info", kind="warcinfo", uri="",
                    content_type="application/warc-fields"),
        warc_record(b"GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n", rid="req",
                    kind="request", content_type="application/http; msgtype=request"),
        warc_record(http_response(PAGE.encode(), content_type=UTF8_HTML),
                    rid="one", uri="https://news.example/a"),
        warc_record(b"via: x\r\n", rid="meta", kind="metadata",
                    content_type="application/warc-fields"),
        warc_record(http_response(b"\x89PNG....", content_type="image/png"), rid="png"),
        warc_record(http_response(b"<html>gone</html>", status="404 Not Found"),
                    rid="404"),
        warc_record(http_response(b"", status="301 Moved", extra="Location: /b\r\n"),
                    rid="301"),
        warc_record(http_response(PAGE.replace("Café", "Déjà").encode("cp1252"),
                                  content_type="text/html; charset=windows-1252"),
                    rid="two", uri="https://news.example/b",
                    date="2024-03-02T08:00:00Z"),
    ]  # fmt: skip


def write(tmp_path: Path, name: str, records: list[bytes], *, gz: bool = False) -> Path:
    path = tmp_path / name
    if gz:
        path.write_bytes(b"".join(gzip.compress(r) for r in records))
    else:
        path.write_bytes(b"".join(records))
    return path


@pytest.mark.parametrize(("name", "gz"), [("a.warc", False), ("a.warc.gz", True)])
def test_read_warc_yields_html_responses_and_counts_the_rest(tmp_path, name, gz):
    path = write(tmp_path, name, mixed_records(), gz=gz)
    stats = WarcStats()
    items = list(read_warc(path, settings=SETTINGS, stats=stats))
    assert all(isinstance(i, RawDocument) for i in items)
    first, second = items
    assert isinstance(first, RawDocument)
    assert isinstance(second, RawDocument)
    assert first.kind is InputKind.HTML
    assert first.source == f"{path}#urn:uuid:one"
    assert first.url == "https://news.example/a"
    assert first.published == datetime(2024, 3, 1, 12, 30, tzinfo=UTC)
    assert "Café crème" in first.text
    assert "Déjà crème" in second.text
    assert second.published == datetime(2024, 3, 2, 8, 0, tzinfo=UTC)
    assert stats.records == 8
    assert stats.documents == 2
    assert stats.skipped == {
        "warcinfo": 1,
        "request": 1,
        "metadata": 1,
        "not_html": 1,
        "http_error": 1,
        "redirect": 1,
    }


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        # the HTTP charset wins over a wrong meta charset
        ('<meta charset="koi8-r"><p>Café</p>'.encode(), "text/html; charset=utf-8",
         "Café"),
        # no HTTP charset: the meta charset decides
        ('<meta charset="windows-1252"><p>Café</p>'.encode("cp1252"), "text/html",
         "Café"),
        # http-equiv form, iso-8859-1 read as windows-1252 (curly quote 0x93)
        (META_LATIN1 + b"<p>\x93quoted\x94 caf\xe9</p>", "text/html",
         "\u201cquoted\u201d café"),
        # neither: a guess
        ("<html><body><p>Ελληνικά νέα σήμερα από την Αθήνα</p></body></html>"
         .encode(), "text/html", "Ελληνικά νέα"),
        # an HTTP charset the bytes do not decode with falls back to the meta charset
        ('<meta charset="windows-1252"><p>naïve</p>'.encode("cp1252"),
         "text/html; charset=utf-8", "naïve"),
        # an ascii or latin-1 label on valid UTF-8 reads as UTF-8
        ("<p>naïve</p>".encode(), "text/html; charset=us-ascii", "naïve"),
    ],
)  # fmt: skip
def test_read_warc_decodes_http_then_meta_then_guess(
    tmp_path, body, content_type, expected
):
    path = write(
        tmp_path,
        "c.warc",
        [warc_record(http_response(body, content_type=content_type), rid="c")],
    )
    (item,) = read_warc(path, settings=SETTINGS)
    assert isinstance(item, RawDocument)
    assert expected in item.text


def test_read_warc_undoes_chunked_and_gzip_encodings(tmp_path):
    body = PAGE.encode()
    zipped = gzip.compress(body)
    chunked = b"%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n" % (
        10,
        body[:10],
        len(body) - 10,
        body[10:],
    )
    records = [
        warc_record(
            http_response(zipped, extra="Content-Encoding: gzip\r\n"), rid="gz"
        ),
        warc_record(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n" + chunked,
            rid="chunked",
        ),
    ]
    items = list(read_warc(write(tmp_path, "e.warc", records), settings=SETTINGS))
    assert [i.text for i in items if isinstance(i, RawDocument)] == [PAGE, PAGE]


def test_read_warc_bad_content_encoding_is_one_bad_record(tmp_path):
    records = [
        warc_record(
            http_response(b"not gzip", extra="Content-Encoding: gzip\r\n"), rid="x"
        ),
        warc_record(http_response(PAGE.encode()), rid="ok"),
    ]
    bad, good = read_warc(write(tmp_path, "b.warc", records), settings=SETTINGS)
    assert isinstance(bad, ArticleResult)
    assert bad.status is Status.BAD_RECORD
    assert bad.source.endswith("#urn:uuid:x")
    assert isinstance(good, RawDocument)


@pytest.mark.parametrize(
    ("name", "gz", "cut"), [("t.warc", False, 60), ("t.warc.gz", True, 30)]
)
def test_read_warc_truncated_file_yields_records_then_bad_record(
    tmp_path, name, gz, cut
):
    path = write(tmp_path, name, mixed_records(), gz=gz)
    path.write_bytes(path.read_bytes()[:-cut])
    items = list(read_warc(path, settings=SETTINGS))
    *docs, last = items
    assert [d.url for d in docs if isinstance(d, RawDocument)] == [
        "https://news.example/a"
    ]
    assert isinstance(last, ArticleResult)
    assert last.status is Status.BAD_RECORD
    assert last.source == str(path)
    assert "truncated" in last.message


def test_read_warc_header_cut_off_at_the_end(tmp_path):
    records = [warc_record(http_response(PAGE.encode()), rid="ok")]
    path = write(tmp_path, "h.warc", records)
    path.write_bytes(path.read_bytes() + b"WARC/1.0\r\nWARC-Type: resp")
    doc, bad = read_warc(path, settings=SETTINGS)
    assert isinstance(doc, RawDocument)
    assert isinstance(bad, ArticleResult)
    assert bad.status is Status.BAD_RECORD
    assert "cut off" in bad.message


def test_read_warc_not_gzip_named_warc_gz_is_one_bad_record(tmp_path):
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(b"this is not a WARC file and not gzip either\n" * 20)
    (item,) = read_warc(path, settings=SETTINGS)
    assert isinstance(item, ArticleResult)
    assert item.status is Status.BAD_RECORD
    assert "not a WARC file" in item.message


def test_read_warc_corrupt_gzip_member_after_good_ones(tmp_path):
    good = gzip.compress(warc_record(http_response(PAGE.encode()), rid="ok"))
    path = tmp_path / "c.warc.gz"
    path.write_bytes(good + b"\x1f\x8b\x08\x00" + b"garbage" * 10)
    doc, bad = read_warc(path, settings=SETTINGS)
    assert isinstance(doc, RawDocument)
    assert isinstance(bad, ArticleResult)
    assert bad.status is Status.BAD_RECORD


def test_read_warc_plain_warc_named_warc_gz_is_read(tmp_path):
    path = write(tmp_path, "plain.warc.gz", mixed_records(), gz=False)
    items = list(read_warc(path, settings=SETTINGS))
    assert len(items) == 2
    assert all(isinstance(i, RawDocument) for i in items)


def test_read_warc_too_large_record_is_a_result(tmp_path):
    big = ("<html><body>" + "x" * 500 + "</body></html>").encode()
    records = [warc_record(http_response(big), rid="big"), *mixed_records()[2:3]]
    settings = Settings(max_article_chars=300)
    big_result, small = read_warc(write(tmp_path, "l.warc", records), settings=settings)
    assert isinstance(big_result, ArticleResult)
    assert big_result.status is Status.TOO_LARGE
    assert isinstance(small, RawDocument)


def test_read_warc_sniffs_html_without_a_content_type(tmp_path):
    records = [
        warc_record(
            http_response(b"<!DOCTYPE html><html>hi</html>", content_type=None), rid="h"
        ),
        warc_record(http_response(b"just bytes", content_type=None), rid="b"),
    ]
    doc, other = read_warc(write(tmp_path, "n.warc", records), settings=SETTINGS)
    assert isinstance(doc, RawDocument)
    assert isinstance(other, ArticleResult)
    assert other.status is Status.UNSUPPORTED


def test_read_warc_missing_file_is_not_found(tmp_path):
    (item,) = read_warc(tmp_path / "nope.warc", settings=SETTINGS)
    assert isinstance(item, ArticleResult)
    assert item.status is Status.NOT_FOUND


def test_read_warc_compressed_body_is_limited_after_decoding(tmp_path):
    bomb = gzip.compress(b"<html>" + b"x" * 100_000 + b"</html>")
    records = [
        warc_record(
            http_response(bomb, extra="Content-Encoding: gzip\r\n"), rid="bomb"
        ),
        warc_record(http_response(PAGE.encode()), rid="ok"),
    ]
    settings = Settings(max_article_chars=1_000)
    assert len(bomb) < 1_000
    bomb_result, page = read_warc(write(tmp_path, "z.warc", records), settings=settings)
    assert isinstance(bomb_result, ArticleResult)
    assert bomb_result.status is Status.TOO_LARGE
    assert isinstance(page, RawDocument)
