"""Speakers the tagger misses, set phrases of stance, and words that take none.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 4, 1, tzinfo=UTC)
_2005 = datetime(2005, 1, 10, tzinfo=UTC)
_2017 = datetime(2017, 11, 10, tzinfo=UTC)

_LEAD = (
    "The Governor of the Central Bank of West African States (UMOA) today urged "
    "that the bank take part in all talks with the International Monetary Fund. "
)


# -- a name the tagger does not mark -------------------------------------------------


def test_an_untagged_name_after_a_titled_lead_speaks_for_its_body(claims_of):
    claims = claims_of(
        _LEAD + "Ousmane Fall told reporters after a meeting of finance ministers "
        "that the bank's role would bring greater coherence. He applauded last "
        "week's cocoa agreement.",
        published=_1987,
    )
    second = [c for c in claims if c.evidence.text.startswith("Ousmane Fall")]
    assert [c.holder.id for c in second] == ["UMOA"]
    assert ("accept", "UMOA") in positions(claims)


def test_a_body_with_an_article_is_no_untagged_person(claims_of):
    claims = claims_of(
        "Japan's Foreign Ministry said it would back the plan. The Post and "
        "Telecommunications Ministry has said it wants only one competitor and has "
        "backed the efforts.",
        published=_1987,
    )
    assert ("accept", "JPN") in {
        (c.action, c.holder.id)
        for c in claims
        if c.evidence.text.startswith(("The Post", "it wants", "has backed"))
    }
