"""Body shingle F1 and the fixed page-dump method."""

import pytest

from redline.evaluate import (
    CorpusScore,
    PageScore,
    corpus_f1,
    make_page_dump,
    page_scores,
    shingles,
)

GOLD = "The minister said on Monday that talks would resume in Geneva next week."


def test_shingles_lowercase_word_tokens_in_fours():
    assert shingles("The cat, the HAT; the bat!") == {
        ("the", "cat", "the", "hat"),
        ("cat", "the", "hat", "the"),
        ("the", "hat", "the", "bat"),
    }


def test_shingles_are_a_set_so_repeats_count_once():
    assert len(shingles("a b c d a b c d")) == 4
    assert shingles("a b c d a b c d") == shingles("a b c d a b c d a b c d")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", set()),
        ("   \n ", set()),
        ("--- !!! ...", set()),
        ("one", {("one",)}),
        ("one two three", {("one", "two", "three")}),
    ],
)
def test_shingles_short_and_empty_texts(text, expected):
    assert shingles(text) == expected


def test_shingles_unicode_words_and_underscore():
    assert shingles("Ça va, señor_x déjà vu") == {
        ("ça", "va", "señor_x", "déjà"),
        ("va", "señor_x", "déjà", "vu"),
    }


def test_shingles_rejects_size_zero():
    with pytest.raises(ValueError, match="at least 1"):
        shingles("a b", size=0)


def test_page_scores_identical_texts_score_one():
    assert page_scores(GOLD, GOLD) == PageScore(precision=1.0, recall=1.0)


def test_page_scores_ignore_case_punctuation_and_spacing():
    predicted = GOLD.upper().replace(" ", "\n\n  ").replace(".", " ...")
    assert page_scores(predicted, GOLD) == PageScore(precision=1.0, recall=1.0)


def test_page_scores_boilerplate_lowers_precision_only():
    score = page_scores("Share this story on social media " + GOLD, GOLD)
    assert score.recall == 1.0
    # gold has 10 shingles; the prediction adds 6 (all of them touch the noise)
    assert score.precision == pytest.approx(10 / 16)


def test_page_scores_missing_text_lowers_recall_only():
    half = "The minister said on Monday that talks"
    score = page_scores(half, GOLD)
    assert score.precision == 1.0
    assert score.recall == pytest.approx(4 / 10)


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ("", GOLD, PageScore(precision=0.0, recall=0.0)),
        ("  ", GOLD, PageScore(precision=0.0, recall=0.0)),
        (GOLD, "", PageScore(precision=0.0, recall=1.0)),
        ("", "", PageScore(precision=1.0, recall=1.0)),
        ("...", " ", PageScore(precision=1.0, recall=1.0)),
        ("totally different words here", GOLD, PageScore(precision=0.0, recall=0.0)),
    ],
)
def test_page_scores_empty_and_disjoint_cases(predicted, gold, expected):
    assert page_scores(predicted, gold) == expected


def test_corpus_f1_averages_precision_and_recall_before_f1():
    scores = [
        PageScore(precision=1.0, recall=0.0),
        PageScore(precision=0.0, recall=1.0),
    ]
    # Per-page F1 is 0 on both pages; the benchmark's F1 of averages is 0.5.
    assert corpus_f1(scores) == CorpusScore(precision=0.5, recall=0.5, f1=0.5, pages=2)


def test_corpus_f1_harmonic_mean():
    result = corpus_f1([PageScore(precision=0.9, recall=0.6)])
    assert result.f1 == pytest.approx(2 * 0.9 * 0.6 / 1.5)
    assert result.pages == 1


def test_corpus_f1_accepts_an_iterator():
    result = corpus_f1(PageScore(precision=1.0, recall=1.0) for _ in range(3))
    assert result == CorpusScore(precision=1.0, recall=1.0, f1=1.0, pages=3)


@pytest.mark.parametrize(
    "scores",
    [[], [PageScore(precision=0.0, recall=0.0)]],
)
def test_corpus_f1_zero_cases(scores):
    result = corpus_f1(scores)
    assert result.f1 == 0.0
    assert result.pages == len(scores)


PAGE = """<!DOCTYPE html>
<html><head><title>Talks resume</title>
<style>p { color: red }</style>
<script>var x = "<p>not text</p>";</script>
</head>
<body>
  <nav><a href="/">Home</a>   <a href="/world">World</a></nav>
  <article>
    <h1>Talks   resume</h1>
    <p>The minister said<!-- a comment --> talks would <b>resume</b>.</p>
    <noscript>Enable JavaScript</noscript><p>Second
    paragraph.</p>
    <template><p>hidden</p></template>
  </article>
  <script>track();</script>after script
</body></html>
"""


def test_make_page_dump_drops_code_and_keeps_visible_text():
    assert make_page_dump(PAGE) == (
        "Talks resume Home World Talks resume The minister said talks would "
        "resume . Second paragraph. after script"
    )


def test_make_page_dump_is_one_line_without_double_spaces():
    dump = make_page_dump(PAGE)
    assert "\n" not in dump
    assert "  " not in dump
    assert dump == dump.strip()


@pytest.mark.parametrize("page", ["", "   \n", "<!-- only a comment -->"])
def test_make_page_dump_empty_pages(page):
    assert make_page_dump(page) == ""


def test_make_page_dump_accepts_an_xml_declaration():
    page = (
        '<?xml version="1.0" encoding="utf-8"?>'
        "<html><body><p>Hi there</p></body></html>"
    )
    assert make_page_dump(page) == "Hi there"


def test_make_page_dump_keeps_non_ascii_text():
    assert make_page_dump("<p>Déjà vu — «ça»</p>") == "Déjà vu — «ça»"
