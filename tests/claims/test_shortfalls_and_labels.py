"""Finding fault by saying someone falls short, and attacks that pin a label on.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 4, 1, tzinfo=UTC)
_2005 = datetime(2005, 2, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The EC said Japan's negotiators had not been flexible enough.", "EU"),
        ("The French minister said Washington was not aggressive enough.", "FRA"),
    ],
)
def test_falling_short_faults_the_other_party(claims_of, text, holder):
    assert ("accuse", holder) in positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    "text",
    [
        # a measure, not a failing
        "The French minister said Britain was not big enough to act alone.",
        # enough, not falling short
        "The EC said Japan had provided enough detail on its plans.",
    ],
)
def test_no_fault_in_a_measure_or_in_enough(claims_of, text):
    assert not any(
        a == "accuse" for a, _ in positions(claims_of(text, published=_1987))
    )


@pytest.mark.parametrize(
    "text",
    [
        "That has been attacked by the Tories as too little, too late.",
        "Mr Howard also attacked the way the Iraq war was sold to the public.",
    ],
)
def test_an_attack_with_a_label_or_on_a_way_of_acting_is_criticism(claims_of, text):
    assert ("accuse", "GBR-CON") in positions(claims_of(text, published=_2005))


def test_an_attack_in_arms_is_no_criticism(claims_of):
    found = positions(
        claims_of("Iraqi troops attacked the town as Iranian forces withdrew.")
    )
    assert not any(a == "accuse" for a, _ in found)
