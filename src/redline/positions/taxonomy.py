"""The issue taxonomy that claims are filed under (data in claims/data/issues.toml)."""

from __future__ import annotations

from redline.claims.lexicon import load_lexicon

__all__ = ["issue_labels"]


def issue_labels() -> dict[str, str]:
    """Issue code → human label, in taxonomy order."""
    return {rule.code: rule.label for rule in load_lexicon().issues}
