"""What follows if a step is not taken warns; what a condition says faults no one.

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
    ("text", "holder", "published"),
    [
        (
            "The EC said that unless funding is raised, services may have to be reduced.",
            "EU",
            _1987,
        ),
        (
            (
                "If no such steps are taken, protectionist feeling in Congress will grow, "
                "Japanese officials said."
            ),
            "JPN",
            _1987,
        ),
        (
            "Labour said that if the government fails to act, services will be cut.",
            "GBR-LAB",
            _2005,
        ),
    ],
)
def test_what_follows_without_a_step_warns(claims_of, text, holder, published):
    found = positions(claims_of(text, published=published))
    assert ("warn", holder) in found
    assert ("accuse", holder) not in found


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own refusal on a condition
        (
            '"We would not offer it unless we had a firm commitment," the U.S. official '
            "said."
        ),
        # a provision described, not a warning
        (
            "The EC said it had a deal with a clause that would raise levies if targets "
            "are not met."
        ),
        # a wish: something made easier
        "The EC said trade would be easier if all ports did not close at once.",
    ],
)
def test_no_warning_in_ones_own_terms_a_provision_or_a_wish(claims_of, text):
    found = positions(claims_of(text, published=_1987))
    assert not any(a == "warn" for a, _ in found)


def test_relief_on_a_condition_is_no_threat(claims_of):
    found = positions(
        claims_of(
            "Japan said that if the talks succeed, tariffs will fall.", published=_1987
        )
    )
    assert ("threaten", "JPN") not in found


def test_a_penalty_that_follows_still_threatens(claims_of):
    found = positions(
        claims_of(
            "The EC said sanctions will follow if Japan does not open its markets.",
            published=_1987,
        )
    )
    assert ("threaten", "EU") in found


def test_a_failure_in_a_condition_faults_no_one(claims_of):
    found = positions(
        claims_of(
            "The EC said that if the U.S. does not lift the tariffs, the talks will "
            "collapse.",
            published=_1987,
        )
    )
    assert ("accuse", "EU") not in found
    assert ("threaten", "EU") not in found


@pytest.mark.parametrize(
    "text",
    [
        (
            "The Fed said it has become abundantly clear that the banking system must be "
            "overhauled."
        ),
        "The Fed said the failure of the loan shows that new approaches must be tried.",
    ],
)
def test_an_obligation_under_what_is_plain_asks(claims_of, text):
    assert ("demand", "USA-FED") in positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    "text",
    [
        "The Fed said it was clear that the dollar had fallen.",
        "The Fed said the pension changes would mean workers had to pay in more.",
    ],
)
def test_a_plain_fact_or_a_consequence_asks_nothing(claims_of, text):
    assert ("demand", "USA-FED") not in positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    "text",
    [
        (
            "China said it hopes that the U.S. side continues to abide by the one China "
            "principle."
        ),
        "Beijing said it hopes the United States will lift the sanctions.",
    ],
)
def test_a_hope_of_another_party_s_conduct_asks_it(claims_of, text):
    found = positions(claims_of(text, published=datetime(2017, 11, 10, tzinfo=UTC)))
    assert ("demand", "CHN") in found


def test_a_hope_for_an_outcome_asks_no_one(claims_of):
    found = positions(
        claims_of(
            "China said it hopes the talks will succeed.",
            published=datetime(2017, 11, 10, tzinfo=UTC),
        )
    )
    assert ("demand", "CHN") not in found


def test_no_evidence_that_an_ally_was_responsible_denies(claims_of):
    found = positions(
        claims_of(
            "Russia says there is no evidence to show Damascus was responsible for the "
            "attack.",
            published=datetime(2017, 4, 10, tzinfo=UTC),
        )
    )
    assert ("deny", "RUS") in found
