import pytest

from redline.extract import extract_article
from redline.model import InputKind, RawDocument, Status
from redline.settings import Settings
from tests.fixtures.articles import article_of, html_page, page_dump, plain_text

SETTINGS = Settings()


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (InputKind.PAGE_DUMP, page_dump()),
        (InputKind.TEXT, plain_text()),
        (InputKind.HTML, html_page()),
        (InputKind.JSONL, plain_text()),
    ],
)
def test_extract_article_every_kind_gives_ok_with_provenance(kind, text):
    result = extract_article(
        RawDocument(source="src", kind=kind, text=text), settings=SETTINGS
    )
    assert result.status is Status.OK
    assert result.ok
    article = article_of(result)
    assert article.source == "src"
    assert len(article.id) == 16
    assert article.text.strip() == article.text
    assert "\n\n\n" not in article.text
    assert result.input_hash is not None


def test_extract_article_same_body_same_id():
    first = extract_article(
        RawDocument(source="a", kind=InputKind.TEXT, text=plain_text()),
        settings=SETTINGS,
    )
    second = extract_article(
        RawDocument(source="b", kind=InputKind.TEXT, text=plain_text() + "\n\n"),
        settings=SETTINGS,
    )
    assert article_of(first).id == article_of(second).id


def test_extract_article_min_body_chars_is_a_setting():
    raw = RawDocument(source="a", kind=InputKind.TEXT, text=plain_text())
    result = extract_article(raw, settings=Settings(min_body_chars=100_000))
    assert result.status is Status.NO_BODY
