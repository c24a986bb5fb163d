import gzip
import io
import json
import random
from pathlib import Path

import pytest

from redline.ingest import iter_inputs
from redline.model import ArticleResult, InputKind, RawDocument, Status
from redline.settings import Settings
from tests.fixtures.articles import html_page, page_dump, plain_text

SETTINGS = Settings()


def _one(paths, **kwargs):
    items = list(iter_inputs([str(p) for p in paths], settings=SETTINGS, **kwargs))
    assert len(items) == 1, items
    return items[0]


def _failed(item, status):
    assert isinstance(item, ArticleResult), item
    assert item.status is status, item
    assert item.message
    assert "\n" not in item.message
    return item


def test_iter_inputs_missing_path_is_not_found(tmp_path):
    _failed(_one([tmp_path / "nope.txt"]), Status.NOT_FOUND)


def test_iter_inputs_directory_without_articles_is_no_articles(tmp_path):
    (tmp_path / "notes.md").write_text("# nothing here", encoding="utf-8")
    _failed(_one([tmp_path]), Status.NO_ARTICLES)


@pytest.mark.parametrize("content", [b"", b"   \n\t\n  ", b"\xef\xbb\xbf\n"])
def test_iter_inputs_empty_file_is_empty(tmp_path, content):
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    item = _failed(_one([path]), Status.EMPTY)
    assert item.input_hash is not None


@pytest.mark.parametrize(
    "content",
    [
        b"PK\x03\x04\x00\x00binary zip header\x00\x00" * 20,
        bytes([1, 2, 3, 4, 5, 6, 7, 8, 65, 66]) * 100,
    ],
)
@pytest.mark.parametrize("name", ["a.txt", "page.html", "records.jsonl"])
def test_iter_inputs_binary_file_is_binary(tmp_path, content, name):
    path = tmp_path / name
    path.write_bytes(content)
    _failed(_one([path]), Status.BINARY)


def test_iter_inputs_undecodable_file_is_encoding(tmp_path):
    rng = random.Random(7)  # noqa: S311 - test data, not secrets
    path = tmp_path / "a.txt"
    path.write_bytes(bytes(rng.randrange(128, 256) for _ in range(3000)))
    _failed(_one([path]), Status.ENCODING)


def test_iter_inputs_cp1252_file_is_read(tmp_path):
    text = (
        "Caf\u00e9 owners in Z\u00fcrich \u201cwelcome\u201d the plan\n\n"
        "The caf\u00e9 association said the r\u00e9gime was fair \u2014 "
        "d\u00e9j\u00e0 vu.\n"
    )
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("cp1252"))
    item = _one([path])
    assert isinstance(item, RawDocument)
    assert item.text == text
    assert item.kind is InputKind.TEXT


def test_iter_inputs_too_large_article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("word " * 100, encoding="utf-8")
    items = list(iter_inputs([str(path)], settings=Settings(max_article_chars=100)))
    _failed(items[0], Status.TOO_LARGE)


def test_iter_inputs_directory_is_walked_recursively(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(plain_text(), encoding="utf-8")
    (tmp_path / "sub" / "b.html").write_text(html_page(), encoding="utf-8")
    with gzip.open(tmp_path / "sub" / "c.txt.gz", "wt", encoding="utf-8") as fh:
        fh.write(page_dump())
    (tmp_path / "sub" / "skip.json").write_text("{}", encoding="utf-8")
    items = list(iter_inputs([str(tmp_path)], settings=SETTINGS))
    kinds = {Path(i.source).name: i.kind for i in items if isinstance(i, RawDocument)}
    assert kinds == {
        "a.txt": InputKind.TEXT,
        "b.html": InputKind.HTML,
        "c.txt.gz": InputKind.PAGE_DUMP,
    }


def test_iter_inputs_bad_input_does_not_stop_the_run(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(plain_text(), encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    items = list(
        iter_inputs(
            [str(tmp_path / "missing"), str(empty), str(good)], settings=SETTINGS
        )
    )
    assert [type(i).__name__ for i in items] == [
        "ArticleResult",
        "ArticleResult",
        "RawDocument",
    ]


def test_iter_inputs_kind_forces_the_reader(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(plain_text(), encoding="utf-8")
    item = _one([path], kind=InputKind.PAGE_DUMP)
    assert isinstance(item, RawDocument)
    assert item.kind is InputKind.PAGE_DUMP


def test_iter_inputs_html_content_in_txt_file_is_html(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(html_page(), encoding="utf-8")
    item = _one([path])
    assert isinstance(item, RawDocument)
    assert item.kind is InputKind.HTML


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (plain_text(), InputKind.TEXT),
        (page_dump(), InputKind.PAGE_DUMP),
        (html_page(), InputKind.HTML),
    ],
)
def test_iter_inputs_stdin_is_detected(content, kind):
    stream = io.BytesIO(content.encode("utf-8"))
    item = next(iter_inputs(["-"], settings=SETTINGS, stdin=stream))
    assert isinstance(item, RawDocument)
    assert item.kind is kind
    assert item.source == "-"
    assert item.text == content


def test_iter_inputs_stdin_jsonl_is_streamed():
    lines = [json.dumps({"id": f"r{i}", "text": "Body text."}) for i in range(3)]
    stream = io.BytesIO(("\n".join(lines) + "\n").encode("utf-8"))
    items = list(iter_inputs(["-"], settings=SETTINGS, stdin=stream))
    assert [i.source for i in items] == ["-#r0", "-#r1", "-#r2"]
