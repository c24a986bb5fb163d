import gzip
import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from redline.ingest import iter_inputs
from redline.ingest.jsonl import parse_published
from redline.model import ArticleResult, InputKind, RawDocument, Status
from redline.settings import Settings

SETTINGS = Settings()


def _write(path, records):
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_jsonl_records_become_documents_with_hints(tmp_path):
    path = tmp_path / "c.jsonl"
    _write(
        path,
        [
            {
                "id": "a1",
                "title": "T",
                "text": "Body.",
                "published": "2026-03-02T08:15:00Z",
                "url": "https://x.example/a1",
                "outlet": "Example Wire",
                "authors": ["A B", "C D"],
            },
            {"body": "Other body.", "date": "March 5, 2026"},
        ],
    )
    first, second = iter_inputs([str(path)], settings=SETTINGS)
    assert isinstance(first, RawDocument)
    assert first.source == f"{path}#a1"
    assert first.kind is InputKind.JSONL
    assert first.id == "a1"
    assert first.published == datetime(2026, 3, 2, 8, 15, tzinfo=UTC)
    assert first.outlet == "Example Wire"
    assert first.authors == ("A B", "C D")
    assert isinstance(second, RawDocument)
    assert second.source == f"{path}#2"
    assert second.text == "Other body."
    assert second.published == datetime(2026, 3, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    ("line", "needle"),
    [
        ("{not json", "line 2"),
        ('{"id": "x", "title": "no text"}', "no text"),
        ('{"id": "x", "text": "   "}', "no text"),
        ("[1, 2]", "not a JSON object"),
    ],
)
def test_jsonl_bad_record_is_reported_and_run_goes_on(tmp_path, line, needle):
    path = tmp_path / "c.jsonl"
    _write(path, [{"id": "ok1", "text": "A."}, line, {"id": "ok2", "text": "B."}])
    items = list(iter_inputs([str(path)], settings=SETTINGS))
    assert [type(i).__name__ for i in items] == [
        "RawDocument",
        "ArticleResult",
        "RawDocument",
    ]
    bad = items[1]
    assert isinstance(bad, ArticleResult)
    assert bad.status is Status.BAD_RECORD
    assert needle in bad.message
    assert bad.input_hash is not None


def test_jsonl_large_record_is_too_large_but_file_is_not_limited(tmp_path):
    path = tmp_path / "c.jsonl"
    _write(
        path,
        [{"id": f"r{i}", "text": "x" * 80} for i in range(5)]
        + [{"id": "big", "text": "x" * 200}],
    )
    items = list(iter_inputs([str(path)], settings=Settings(max_article_chars=100)))
    assert sum(isinstance(i, RawDocument) for i in items) == 5
    assert isinstance(items[-1], ArticleResult)
    assert items[-1].status is Status.TOO_LARGE
    assert items[-1].source.endswith("#big")


def test_jsonl_gzip_is_read_transparently(tmp_path):
    path = tmp_path / "c.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g", "text": "Body."}) + "\n")
    (item,) = iter_inputs([str(path)], settings=SETTINGS)
    assert isinstance(item, RawDocument)
    assert item.id == "g"


def test_jsonl_empty_file_is_empty(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    (item,) = iter_inputs([str(path)], settings=SETTINGS)
    assert isinstance(item, ArticleResult)
    assert item.status is Status.EMPTY


def test_jsonl_binary_file_is_binary(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b"\x00\x01\x02" * 50)
    (item,) = iter_inputs([str(path)], settings=SETTINGS)
    assert isinstance(item, ArticleResult)
    assert item.status is Status.BINARY


def test_jsonl_corrupt_gzip_is_reported(tmp_path):
    path = tmp_path / "c.jsonl.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage")
    items = list(iter_inputs([str(path)], settings=SETTINGS))
    assert isinstance(items[-1], ArticleResult)
    assert items[-1].status is Status.BINARY


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-03-02T08:15:00Z", datetime(2026, 3, 2, 8, 15, tzinfo=UTC)),
        ("2026-03-02 08:15", datetime(2026, 3, 2, 8, 15, tzinfo=UTC)),
        (
            "2026-03-02T08:15:00+02:00",
            datetime(2026, 3, 2, 8, 15, tzinfo=timezone(timedelta(hours=2))),
        ),
        ("Mon, 2 Mar 2026 08:15:00 GMT", datetime(2026, 3, 2, 8, 15, tzinfo=UTC)),
        ("March 2, 2026", datetime(2026, 3, 2, tzinfo=UTC)),
        ("not a date", None),
        (None, None),
        (20260302, None),
    ],
)
def test_parse_published_gives_aware_datetimes(value, expected):
    assert parse_published(value) == expected
