from datetime import UTC, datetime, timedelta, timezone

import pytest

from redline.extract import extract_article
from redline.extract.html import parse_html
from redline.model import InputKind, RawDocument, Status
from redline.settings import Settings
from tests.fixtures.articles import (
    CAPTION,
    OUTLET,
    PARAGRAPHS,
    SUMMARY,
    TITLE,
    article_of,
    html_page,
)

SETTINGS = Settings()


def _html(text, source="page.html"):
    return RawDocument(source=source, kind=InputKind.HTML, text=text, url=None)


def test_parse_html_reads_json_ld_and_markup():
    parts = parse_html(html_page())
    assert parts.title == TITLE
    assert parts.outlet == OUTLET
    assert parts.authors == ("Ola Berg",)
    assert parts.published == datetime(
        2026, 2, 4, 15, 30, tzinfo=timezone(timedelta(hours=1))
    )
    assert parts.summary == SUMMARY
    assert parts.captions == (CAPTION,)


def test_parse_html_without_json_ld_uses_meta_tags():
    parts = parse_html(html_page(json_ld=False))
    assert parts.title == TITLE
    assert parts.outlet == OUTLET
    assert parts.published == datetime(2026, 2, 4, 14, 30, tzinfo=UTC)
    assert parts.authors == ("Ola Berg",)


def test_extract_html_body_is_clean():
    result = extract_article(_html(html_page()), settings=SETTINGS)
    assert result.status is Status.OK
    article = article_of(result)
    assert article is not None
    assert article.dateline is not None
    assert article.dateline.place == "BERGEN"
    assert article.text == "\n\n".join(PARAGRAPHS)
    for junk in (*SUMMARY, CAPTION, "Reporting by", "All rights reserved", "Home"):
        assert junk not in article.text


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><p>Too short.</p></body></html>",
        "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>",
    ],
)
def test_extract_html_without_body_is_no_body(page):
    result = extract_article(_html(page), settings=SETTINGS)
    assert result.status is Status.NO_BODY


def test_extract_html_with_xml_declaration_is_read():
    page = '<?xml version="1.0" encoding="utf-8"?>\n' + html_page()
    result = extract_article(_html(page), settings=SETTINGS)
    assert result.status is Status.OK
