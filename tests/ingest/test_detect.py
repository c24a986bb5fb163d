import pytest

from redline.ingest import detect_kind
from redline.ingest.detect import detect_text_kind
from redline.model import InputKind


@pytest.mark.parametrize(
    ("name", "head", "kind"),
    [
        ("a.html", "anything", InputKind.HTML),
        ("a.HTM.gz", "anything", InputKind.HTML),
        ("a.jsonl", "anything", InputKind.JSONL),
        ("a.jsonl.gz", "", InputKind.JSONL),
        ("a.txt", "<!DOCTYPE html><html><body>x</body></html>", InputKind.HTML),
        ("", "  <html lang='en'><body>x</body></html>", InputKind.HTML),
        ("", '{"id": 1, "text": "x"}\n', InputKind.JSONL),
        ("a.txt", "Title\n\nBody paragraph.", InputKind.TEXT),
        ("a.txt", "Title | Site\nSkip to contentNav", InputKind.PAGE_DUMP),
        ("", "Title\n\nBody paragraph.", InputKind.TEXT),
    ],
)
def test_detect_kind_by_name_and_content(name, head, kind):
    assert detect_kind(name, head) is kind


def test_detect_text_kind_long_first_line_is_dump():
    assert detect_text_kind("x" * 400 + "\n\nBody") is InputKind.PAGE_DUMP


def test_detect_text_kind_title_then_blank_is_text():
    assert detect_text_kind("\ufeffA short title\r\n\r\nBody.") is InputKind.TEXT
