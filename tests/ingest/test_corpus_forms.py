"""The shared corpora ingest with the right flags (a slice of each, to stay fast)."""

from itertools import islice
from pathlib import Path

import pytest

from redline.extract import extract_article
from redline.extract.plaintext import readable_title
from redline.ingest import iter_inputs
from redline.ingest.fieldmap import FieldMap
from redline.model import ArticleResult, InputKind, Status
from redline.settings import Settings

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS = SHARED / "corpus"
SETTINGS = Settings()
SLICE = 300

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(
        not CORPUS.is_dir(), reason=f"shared corpora not found at {CORPUS}"
    ),
]


def _results(path, **kwargs):
    for item in islice(iter_inputs([str(path)], settings=SETTINGS, **kwargs), SLICE):
        if isinstance(item, ArticleResult):
            yield item
        else:
            yield extract_article(item, settings=SETTINGS)


def test_reuters_with_body_field():
    path = CORPUS / "reuters21578" / "reuters21578.jsonl.gz"
    results = list(_results(path, fields=FieldMap(text="body")))
    assert len(results) == SLICE
    assert all(
        r.status in {Status.OK, Status.BAD_RECORD, Status.NO_BODY, Status.LANG}
        for r in results
    )
    assert any(r.status is Status.BAD_RECORD for r in results)  # BRIEF: null body
    ok = [r.article for r in results if r.article is not None]
    assert len(ok) > SLICE // 2
    first = ok[0]
    assert first.title == "BAHIA COCOA REVIEW"  # kept as the wire sent it
    assert readable_title(first.title) == "Bahia Cocoa Review"
    assert first.published is not None
    assert first.published.tzinfo is not None
    assert first.text.count("\n\n") >= 5
    for article in ok:
        assert not article.text.rstrip().endswith(("Reuter", "REUTER"))
        readable = readable_title(article.title)
        assert readable.upper() == article.title.upper()
        assert readable != readable.upper() or len(readable) < 3


def test_bbc_default_fields():
    path = CORPUS / "bbc_news" / "bbc_fulltext.jsonl.gz"
    results = list(_results(path))
    ok = [r.article for r in results if r.article is not None]
    assert len(ok) > SLICE * 0.9
    assert ok[0].title == "Ad sales boost Time Warner profit"
    assert all("\n\n" in a.text for a in ok[:20])


def test_isot_csv_with_row_index_ids():
    path = CORPUS / "isot_true_head" / "True_head1008.csv.gz"
    fields = FieldMap(text="text", date="date")
    results = list(_results(path, kind=InputKind.CSV, fields=fields))
    assert len(results) == SLICE
    assert results[0].source == f"{path}#0"
    assert results[5].source == f"{path}#5"
    ok = [r.article for r in results if r.article is not None]
    assert len(ok) > SLICE * 0.9
    assert ok[0].title.startswith("As U.S. budget fight looms")
    assert all(a.published is not None and a.published.tzinfo is not None for a in ok)
    assert ok[0].published is not None
    assert ok[0].published.year == 2017
