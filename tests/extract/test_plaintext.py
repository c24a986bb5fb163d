from datetime import UTC, datetime

from redline.extract import extract_article
from redline.extract.plaintext import parse_plain_text
from redline.model import InputKind, RawDocument, Status
from redline.settings import Settings
from tests.fixtures.articles import PARAGRAPHS, TITLE, article_of, plain_text

SETTINGS = Settings()


def test_extract_plain_text_title_dateline_and_body():
    raw = RawDocument(source="a.txt", kind=InputKind.TEXT, text=plain_text())
    result = extract_article(raw, settings=SETTINGS)
    assert result.status is Status.OK
    article = article_of(result)
    assert article.title == TITLE
    assert article.dateline is not None
    assert article.dateline.text == "BERGEN, Feb 4 -"
    assert article.outlet is None
    assert article.published is None
    assert article.text == "\n\n".join(PARAGRAPHS)


def test_parse_plain_text_takes_byline_and_date_off_the_body():
    text = (
        f"{TITLE} | Tidewater Gazette\n\nBy Ola Berg and Kim Naess\n\n"
        "February 4, 2026 3:30 PM UTC\n\n" + "\n\n".join(PARAGRAPHS)
    )
    parts = parse_plain_text(text)
    assert parts.title == TITLE
    assert parts.outlet == "Tidewater Gazette"
    assert parts.authors == ("Ola Berg", "Kim Naess")
    assert parts.published == datetime(2026, 2, 4, 15, 30, tzinfo=UTC)
    assert parts.body.startswith("The Lakeland")


def test_extract_plain_text_cuts_credits():
    text = plain_text() + "\nReporting by Ola Berg; editing by Per Aas\n"
    raw = RawDocument(source="a.txt", kind=InputKind.TEXT, text=text)
    article = article_of(extract_article(raw, settings=SETTINGS))
    assert article is not None
    assert "Reporting by" not in article.text


def test_extract_record_uses_hints_and_record_id():
    published = datetime(2026, 3, 2, 8, 15, tzinfo=UTC)
    raw = RawDocument(
        source="c.jsonl#hl-1",
        kind=InputKind.JSONL,
        text="ANKARA, March 2 (Harbourline) - " + "\n".join(PARAGRAPHS),
        id="hl-1",
        title="Record title",
        published=published,
        outlet="",
        authors=("A B",),
    )
    result = extract_article(raw, settings=SETTINGS)
    assert result.status is Status.OK
    article = article_of(result)
    assert article.id == "hl-1"
    assert article.title == "Record title"
    assert article.published == published
    assert article.outlet == "Harbourline"
    assert article.authors == ("A B",)
    assert article.dateline is not None
    assert article.dateline.place == "ANKARA"
    assert article.text.startswith("The Lakeland")


def test_extract_record_naive_published_becomes_utc():
    raw = RawDocument(
        source="c.jsonl#1",
        kind=InputKind.JSONL,
        text=" ".join(PARAGRAPHS),
        published=datetime(2026, 3, 2, 8, 15),  # noqa: DTZ001 - naive on purpose
    )
    article = article_of(extract_article(raw, settings=SETTINGS))
    assert article is not None
    assert article.published == datetime(2026, 3, 2, 8, 15, tzinfo=UTC)
    assert article.outlet is None
