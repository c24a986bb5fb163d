"""Extraction gate on the 38 html_pages: redline vs trafilatura, and page dumps.

(a) redline's HTML path must score a corpus shingle F1 at least as high as a bare
``trafilatura.extract(html, url=url)`` run on the same pages in the same run, and at
least its floor; (b) redline's page-dump path on :func:`make_page_dump` of each page
must reach its floor. Floors and the corpus digest live in ``extraction_baseline.json``;
re-pin them with ``tests/golden/extraction_gate.py --update``. Run with ``-s`` to see
the side-by-side table.
"""

import sys

import pytest

from tests.golden.extraction_gate import (
    EXPECTED_PAGES,
    PAGES_DIR,
    better_pages,
    corpus_digest,
    find_extract_article,
    format_side_by_side,
    load_pages,
    read_baseline,
    run_raw_dump,
    run_redline_dump,
    run_redline_html,
    run_trafilatura,
)

pytestmark = [pytest.mark.corpus, pytest.mark.slow]


def _show(text):
    sys.stdout.write(text + "\n")


@pytest.fixture(scope="module")
def pages():
    if not (PAGES_DIR / "ground-truth.json").is_file():
        pytest.skip(f"needs ../shared/corpus/html_pages (looked in {PAGES_DIR})")
    return load_pages(PAGES_DIR)


@pytest.fixture(scope="module")
def baseline():
    return read_baseline()


@pytest.fixture(scope="module")
def extract():
    fn = find_extract_article()
    if fn is None:
        pytest.skip("redline.extract.extract_article is not available yet")
    return fn


@pytest.fixture(scope="module")
def trafilatura_run(pages):
    return run_trafilatura(pages)


@pytest.fixture(scope="module")
def html_run(pages, extract):
    return run_redline_html(pages, extract)


@pytest.fixture(scope="module")
def dump_run(pages, extract):
    return run_redline_dump(pages, extract)


def test_gate_corpus_matches_the_baseline_digest(pages, baseline):
    assert len(pages) == EXPECTED_PAGES == baseline.pages
    assert corpus_digest(pages) == baseline.digest, (
        "the html_pages corpus changed; check it, then re-pin with "
        "`.venv/bin/python tests/golden/extraction_gate.py --update`"
    )


def test_gate_harness_scores_trafilatura_sensibly(pages, trafilatura_run):
    # Guards the wiring (gold, URLs, metric): trafilatura reads these pages well
    # and the raw page dump scores far lower on precision.
    raw = run_raw_dump(pages)
    _show(format_side_by_side(trafilatura_run, raw, pages))
    assert trafilatura_run.corpus.pages == EXPECTED_PAGES
    assert trafilatura_run.corpus.f1 > 0.9
    assert raw.corpus.recall > 0.95
    assert raw.corpus.precision < trafilatura_run.corpus.precision


def test_gate_redline_html_at_least_trafilatura(pages, html_run, trafilatura_run):
    _show(format_side_by_side(html_run, trafilatura_run, pages))
    ours, theirs = html_run.corpus, trafilatura_run.corpus
    worse = [i[:8] for i in better_pages(trafilatura_run, html_run)]
    assert ours.f1 >= theirs.f1, (
        f"redline html F1 {ours.f1:.4f} < trafilatura {theirs.f1:.4f}; "
        f"trafilatura better on {worse}"
    )


def test_gate_redline_html_never_raises(html_run):
    assert not html_run.errors, "\n".join(
        f"{k}:\n{v}" for k, v in sorted(html_run.errors.items())
    )


def test_gate_redline_html_floor(html_run, baseline):
    assert html_run.corpus.f1 >= baseline.floors.html_f1


def test_gate_page_dump_floor(pages, dump_run, baseline):
    _show(format_side_by_side(dump_run, run_raw_dump(pages), pages))
    assert not dump_run.errors, sorted(dump_run.errors)
    assert dump_run.corpus.f1 >= baseline.floors.page_dump_f1, (
        f"page-dump F1 {dump_run.corpus.f1:.4f} < floor "
        f"{baseline.floors.page_dump_f1:.3f} (goal {baseline.goals.page_dump_f1})"
    )
