import pytest

from redline.extract import detect_language, extract_article
from redline.model import InputKind, RawDocument, Status
from redline.settings import Settings
from tests.fixtures.articles import FRENCH, GERMAN, PARAGRAPHS, article_of


@pytest.mark.parametrize(
    ("text", "code"),
    [(GERMAN, "de"), (FRENCH, "fr"), (" ".join(PARAGRAPHS), "en")],
)
def test_detect_language_paragraphs(text, code):
    assert detect_language(text, settings=Settings()) == code


def test_detect_language_short_text_defaults_to_configured():
    assert detect_language("Ja.", settings=Settings(languages="de,en")) == "de"


@pytest.mark.parametrize("text", [GERMAN, FRENCH])
def test_extract_article_other_language_is_lang_with_article(text):
    raw = RawDocument(source="x.txt", kind=InputKind.TEXT, text=f"Titel\n\n{text}")
    result = extract_article(raw, settings=Settings(min_body_chars=50))
    assert result.status is Status.LANG
    assert result.article is not None
    assert article_of(result).text == text
    assert "not among" in result.message


def test_extract_article_configured_language_is_ok():
    raw = RawDocument(source="x.txt", kind=InputKind.TEXT, text=f"Titel\n\n{GERMAN}")
    result = extract_article(
        raw, settings=Settings(languages="en,de", min_body_chars=50)
    )
    assert result.status is Status.OK
    assert article_of(result).language == "de"
