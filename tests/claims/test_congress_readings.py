"""Readings of 2017 Washington stories found on unlabelled Reuters text.

Every sentence here is written for the test (fictional people, real bodies).
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_2017 = datetime(2017, 12, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # plans to retire propose no policy
        ("Some Republican lawmakers have announced plans to retire.", "propose"),
        # a greeting accepts nothing
        ("Trump welcomed the delegation to the White House.", "accept"),
        # a statement offered is no offer of terms
        (
            (
                "The secretary of state said the United States remained committed to "
                "Europe, offering a public statement of support for its allies."
            ),
            "propose",
        ),
        # what the law allows is no one's refusal
        (
            (
                "Democratic leader Chuck Schumer said that under Alabama law, Dale Brandt "
                "could not be sworn in until the end of December."
            ),
            "reject",
        ),
        # a thought about the future undertakes nothing
        ('"Well, we\'ll see," Trump told reporters.', "pledge"),
        # a telephone call asks for nothing
        ("Trump thanked Putin for a call from Putin on Sunday.", "demand"),
    ],
)
def test_no_such_stance(claims_of, text, action):
    found = positions(claims_of(text, published=_2017))
    assert not any(a == action for a, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Republicans unveiled plans to cut taxes.", ("propose", "USA-REP")),
        ("Putin's call for talks was rejected.", ("demand", "RUS")),
        ("Japan said it cannot accept the plan.", ("reject", "JPN")),
    ],
)
def test_still_a_stance(claims_of, text, expected):
    assert expected in positions(claims_of(text, published=_2017))
