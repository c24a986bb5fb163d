"""The sample articles in examples/ extract to their gold ``article`` sections."""

import json
from pathlib import Path

import pytest

from redline.extract import extract_article
from redline.ingest import iter_inputs
from redline.model import RawDocument, Status
from redline.settings import Settings
from tests.fixtures.articles import EXAMPLES, article_of

SETTINGS = Settings()
EVIDENCE_SECTIONS = (
    "positions",
    "threats",
    "no_comment",
    "historical_positions",
    "other_true_claims",
)


def _cases():
    articles = EXAMPLES / "articles"
    if not articles.is_dir():
        return []
    cases = []
    for raw in iter_inputs([str(articles)], settings=SETTINGS):
        if not isinstance(raw, RawDocument):
            continue
        path, _, record = raw.source.partition("#")
        stem = Path(path).stem + (f"--{record}" if record else "")
        gold = EXAMPLES / "expected" / f"{stem}.json"
        if gold.is_file():
            cases.append(pytest.param(raw, gold, id=stem))
    return cases


CASES = _cases()


@pytest.mark.skipif(not CASES, reason="no sample articles with gold in examples/")
@pytest.mark.parametrize(("raw", "gold_path"), CASES)
def test_example_article_matches_gold(raw, gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    expected = gold["article"]
    result = extract_article(raw, settings=SETTINGS)
    assert result.status is Status.OK, result.message
    article = article_of(result)
    assert article.title == expected["title"]
    assert list(article.authors) == expected["authors"]
    published = article.published.isoformat() if article.published else None
    assert published == expected["published"]
    assert article.outlet == expected["outlet"]
    dateline = expected["dateline"]
    if dateline is None:
        assert article.dateline is None
    else:
        assert article.dateline is not None
        assert article.dateline.place == dateline["place"]
        assert article.dateline.text == dateline["text"]
    assert list(article.summary) == expected["summary"]
    for needle in expected["captions_contain"]:
        assert any(needle in caption for caption in article.captions)
    assert article.text.startswith(expected["body_starts_with"])
    assert article.text.endswith(expected["body_ends_with"])
    for junk in expected.get("body_must_not_contain") or ():
        assert junk not in article.text
    evidence = [e["evidence"] for s in EVIDENCE_SECTIONS for e in gold.get(s, [])]
    assert [e for e in evidence if e not in article.text] == []
