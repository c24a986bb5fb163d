from __future__ import annotations

import subprocess
import sys

import pytest

from redline.dedup import NearDuplicateIndex, jaccard, shingles, signature
from tests.dedup.factories import COPY, ORIGINAL, UNRELATED


def test_shingles_are_lowercase_word_five_grams():
    got = shingles("The EU, warned: Russia -- against new strikes!")
    assert got == {
        "the eu warned russia against",
        "eu warned russia against new",
        "warned russia against new strikes",
    }
    assert shingles("Only three words") == {"only three words"}
    assert shingles(" \n ,;") == set()


def test_signature_is_deterministic_bytes_across_processes():
    sig = signature(ORIGINAL)
    assert isinstance(sig, bytes)
    assert len(sig) == 4 * 128
    assert signature(ORIGINAL) == sig
    assert len(signature(ORIGINAL, num_perm=64)) == 256
    code = (
        "from redline.dedup import signature; import sys; "
        "sys.stdout.write(signature(sys.stdin.read()).hex())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        input=ORIGINAL,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert bytes.fromhex(out) == sig


def test_signature_ignores_case_and_punctuation():
    assert signature("Russia DEMANDED, that Ukraine withdraw!") == signature(
        "russia demanded that ukraine withdraw"
    )


def test_jaccard_estimates_similarity():
    assert jaccard(signature(ORIGINAL), signature(ORIGINAL)) == 1.0
    assert jaccard(signature(ORIGINAL), signature(COPY)) >= 0.8
    assert jaccard(signature(ORIGINAL), signature(UNRELATED)) < 0.2
    assert jaccard(signature(""), signature("")) == 0.0
    with pytest.raises(ValueError, match="length"):
        jaccard(signature("a"), signature("a", num_perm=64))


def test_index_finds_copy_not_unrelated():
    index = NearDuplicateIndex()
    index.add("orig", ORIGINAL)
    assert index.find(COPY) == "orig"
    assert index.find(ORIGINAL) == "orig"
    assert index.find(UNRELATED) is None
    assert index.find("") is None
    assert len(index) == 1
    assert "orig" in index


def test_index_rebuilt_from_signatures_prefers_most_similar_then_first():
    stored = [("a", signature(UNRELATED)), ("b", signature(ORIGINAL))]
    index = NearDuplicateIndex(0.8)
    index.extend(stored)
    index.add_signature("c", signature(ORIGINAL))  # an exact twin added later
    index.add_signature("b", signature(UNRELATED))  # a known id is kept as it is
    assert index.find(COPY) == "b"
    assert index.matches(signature(COPY)) == ["b", "c"]
    index.remove("b")
    index.remove("missing")
    assert index.find(COPY) == "c"


def test_index_threshold_and_size_checked():
    with pytest.raises(ValueError, match="threshold"):
        NearDuplicateIndex(0.0)
    index = NearDuplicateIndex(num_perm=64)
    with pytest.raises(ValueError, match="permutations"):
        index.add_signature("x", signature("some text"))
    strict = NearDuplicateIndex(0.99)
    strict.add("orig", ORIGINAL)
    assert strict.find(COPY) is None


def test_empty_text_is_indexed_but_never_matched():
    index = NearDuplicateIndex()
    index.add("empty", "")
    assert index.find("") is None
    assert len(index) == 1
