"""The issue patterns of the lexicon: one alternation per issue, bad patterns named."""

import pytest

from redline.claims.lexicon import _alternation, load_lexicon
from redline.errors import RegistryError


def test_an_issue_matches_where_any_of_its_patterns_does():
    pattern = _alternation("issues.toml [test]", [r"\bquotas?\b", r"\brice\b"])
    assert pattern.search("Tokyo refused to open its RICE market")
    assert pattern.search("a quota on imports")
    assert not pattern.search("a tariff on imports")


def test_an_issue_without_patterns_matches_nothing():
    assert not _alternation("issues.toml [other]", []).search("anything at all")


def test_a_bad_issue_pattern_is_named():
    with pytest.raises(RegistryError, match=r"issues\.toml \[test\]"):
        _alternation("issues.toml [test]", [r"\bquota\b", r"(unclosed"])


def test_the_bundled_issues_load_with_other_last():
    codes = [rule.code for rule in load_lexicon().issues]
    assert "market_access" in codes
    assert codes[-1] == "other"
