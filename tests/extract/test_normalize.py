import pytest
from hypothesis import given
from hypothesis import strategies as st

from redline.extract.normalize import (
    normalize_text,
    remove_furniture,
    split_glued_heading,
    unglue_sentences,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  a  b\t c  ", "a b c"),
        ("one\r\ntwo\n\n\n\nthree", "one two\n\nthree"),
        ("a draft agreement, opens new tab with NATO", "a draft agreement with NATO"),
        ('"direct threat", opens new tab.', '"direct threat".'),
        ("Our code (new window) here", "Our code here"),
        ("zero\u200bwidth soft\u00adhyphen", "zerowidth softhyphen"),
        ("word , next", "word, next"),
    ],
)
def test_normalize_text_cleans(text, expected):
    assert normalize_text(text) == expected


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_normalize_text_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


@given(
    st.lists(
        st.sampled_from(
            [" ", "\n", "\r\n", "\t", ",", " opens new tab", "(new window)", "a", "."]
        ),
        max_size=40,
    ).map("".join)
)
def test_normalize_text_is_idempotent_on_artefacts(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the negotiations.U.S. President Trump said",
            "the negotiations.\n\nU.S. President Trump said",
        ),
        ("Mr. Smith met Dr. Jones.", "Mr. Smith met Dr. Jones."),
        (
            'in Ukraine."Peace is near," he said.',
            'in Ukraine.\n\n"Peace is near," he said.',
        ),
        ('even more "painful".The Kremlin', 'even more "painful".\n\nThe Kremlin'),
        ('he said "no."The minister', 'he said "no."\n\nThe minister'),
        ("rose 2.5% in 2024.Prices fell", "rose 2.5% in 2024.\n\nPrices fell"),
        ("the U.S.-led alliance", "the U.S.-led alliance"),
    ],
)
def test_unglue_sentences_splits_only_glued_sentences(text, expected):
    assert unglue_sentences(text) == expected


@pytest.mark.parametrize(
    ("paragraph", "heading", "rest"),
    [
        ("TALKS STALLAs the envoy left", "TALKS STALL", "As the envoy left"),
        ('HARBOUR FEES"We won\'t pay"', "HARBOUR FEES", '"We won\'t pay"'),
        ("ENLARGEMENTThe alliance", "ENLARGEMENT", "The alliance"),
        ("NATO has said", None, "NATO has said"),
        ("CEOs said", None, "CEOs said"),
        ("The minister", None, "The minister"),
        ("U.S. officials", None, "U.S. officials"),
    ],
)
def test_split_glued_heading(paragraph, heading, rest):
    assert split_glued_heading(paragraph) == (heading, rest)


def test_remove_furniture_drops_promos_and_link_paragraphs():
    text = "First. Sign up  here.\n\nAdvertisement\n\nRead more: Other story\n\nLast."
    assert remove_furniture(text) == "First.\n\nLast."
