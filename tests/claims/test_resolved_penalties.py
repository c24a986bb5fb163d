"""Penalties a party resolves on, held out on a condition, and relief on one.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 4, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        (
            "EC foreign ministers agreed to impose tariffs on Japanese electrical goods "
            "unless Tokyo opened its markets."
        ),
        (
            "The EC agreed to impose duties on American corn gluten if Washington went "
            "ahead with its tariffs."
        ),
        "Britain promised to impose sanctions if Iran attacked shipping in the Gulf.",
    ],
)
def test_a_penalty_resolved_on_a_condition_threatens(claims_of, text):
    actions = {c.action for c in claims_of(text, published=_1987)}
    assert "threaten" in actions
    assert not actions & {"accept", "pledge"}


@pytest.mark.parametrize(
    "text",
    [
        # relief on a condition is an offer
        "The EC agreed to cut its tariffs if Japan opened its markets.",
        # a penalty on one's own side, with no condition, is no threat
        "The EC agreed to impose a duty on its own exports.",
        # a refusal to resolve on a penalty holds out none
        "The EC did not agree to impose tariffs unless Japan opened its markets.",
    ],
)
def test_relief_an_unconditional_duty_or_a_refusal_threatens_no_one(claims_of, text):
    assert "threaten" not in {c.action for c in claims_of(text, published=_1987)}


def test_a_warning_of_relief_on_a_condition_is_no_conditional_penalty(claims_of):
    claims = claims_of(
        "The EC warned that it would cut its tariffs if Japan opened its markets.",
        published=_1987,
    )
    assert ("threaten", "EU") not in positions(claims)


# -- penalties made known, and a named party's threat or promise -----------------------


def test_an_announced_penalty_threatens(claims_of):
    claims = claims_of(
        "President Reagan announced tariffs on Japanese electronic goods.",
        published=_1987,
    )
    assert ("threaten", "USA") in positions(claims)


def test_announced_relief_threatens_no_one(claims_of):
    claims = claims_of(
        "President Reagan announced the lifting of the tariffs on Japanese goods.",
        published=_1987,
    )
    assert "threaten" not in {c.action for c in claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Washington's threat to reduce funds to the bank has angered Latin "
                "American governments."
            ),
            ("threaten", "USA"),
        ),
        (
            "Washington's threat of sanctions against Japan angered Tokyo.",
            ("threaten", "USA"),
        ),
        ("Japan's promise of lower tariffs pleased Washington.", ("pledge", "JPN")),
    ],
)
def test_a_named_partys_threat_or_promise_is_taken_as_a_fact(claims_of, text, expected):
    assert expected in positions(claims_of(text, published=_1987))


def test_a_threat_with_no_owner_is_nobodys(claims_of):
    claims = claims_of("The threat of sanctions angered Tokyo.", published=_1987)
    assert "threaten" not in {c.action for c in claims}


def test_a_threat_put_on_hold_by_others_is_not_theirs(claims_of):
    claims = claims_of(
        "France and Germany persuaded fellow EU members to put the threat of "
        "penalties for deficit breaches on hold.",
        published=datetime(2005, 1, 10, tzinfo=UTC),
    )
    assert "threaten" not in {c.action for c in claims}
