"""An act said to do good is put forward; what is said to be important is asked for.

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
    "text",
    [
        (
            "Labour MP Robin Cook said holding both elections on one day might help "
            "motivate voters."
        ),
        (
            "Labour MP Robin Cook said scrapping the levy would be a sensible way to help "
            "families."
        ),
        "Labour MP Robin Cook said giving councils more say could be the answer.",
    ],
)
def test_an_act_said_to_do_good_is_proposed(claims_of, text):
    assert ("propose", "GBR-LAB") in positions(claims_of(text, published=_2005))


@pytest.mark.parametrize(
    "text",
    [
        # the past: what an act did
        "Labour MP Robin Cook said holding the talks helped ease the tension.",
        # no good in it
        (
            "Labour MP Robin Cook said scrapping the levy would be the wrong way to help "
            "families."
        ),
        "Labour MP Robin Cook said cutting the tax would not help.",
        # harm, which warns
        "Labour MP Robin Cook said scrapping the levy would lead to chaos.",
    ],
)
def test_no_proposal_in_the_past_in_ill_or_in_harm(claims_of, text):
    found = positions(claims_of(text, published=_2005))
    assert ("propose", "GBR-LAB") not in found


@pytest.mark.parametrize(
    "text",
    [
        (
            "Trade Representative Clayton Yeutter said it was important that Japan "
            "should open its rice market."
        ),
        (
            "Trade Representative Clayton Yeutter said it was important agreement on "
            "farm trade was reached soon."
        ),
    ],
)
def test_what_is_said_to_be_important_is_demanded(claims_of, text):
    assert ("demand", "USA") in positions(claims_of(text, published=_1987))


def test_important_for_a_reason_asks_nothing(claims_of):
    found = positions(
        claims_of(
            "Trade Representative Clayton Yeutter said it was important because "
            "the talks were at a delicate stage.",
            published=_1987,
        )
    )
    assert ("demand", "USA") not in found


def test_an_act_whose_worth_is_doubted_is_not_proposed(claims_of):
    found = positions(
        claims_of(
            "Labour MP Robin Cook doubted that reopening the talks would be "
            "worthwhile.",
            published=_2005,
        )
    )
    assert ("propose", "GBR-LAB") not in found
