"""Readings mended after a review of claims on unlabelled stories.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 4, 1, tzinfo=UTC)


def test_not_wanting_to_discuss_is_no_comment(claims_of):
    claims = claims_of(
        '"We will look at ways of strengthening it, but I do not want to discuss '
        'that here," the West German finance minister said.',
        published=_1987,
    )
    assert [c.holder.id for c in claims if c.action == "no_comment"] == ["DEU"]
    assert not any(c.action == "reject" for c in claims)


def test_not_doing_a_wrong_faults_no_one(claims_of):
    found = positions(
        claims_of("Baker said Brazil is not defaulting on its debt.", published=_1987)
    )
    assert ("accuse", "USA") not in found


def test_not_doing_what_is_due_still_faults(claims_of):
    found = positions(
        claims_of("Baker said Japan was not honoring the agreement.", published=_1987)
    )
    assert ("accuse", "USA") in found


def test_a_west_german_source_is_german(claims_of):
    claims = claims_of(
        '"We will not accept the plan," the West German minister said.',
        published=_1987,
    )
    (claim,) = [c for c in claims if c.action == "reject"]
    assert claim.holder.id == "DEU"
    assert [s.affiliation for s in claim.sources] == ["DEU"]


def test_the_west_alone_is_still_the_west(claims_of):
    found = positions(
        claims_of("The West demanded that Moscow withdraw its troops.", published=_1987)
    )
    assert ("demand", "WEST") in found


def test_a_hedged_would_not_forecasts(claims_of):
    found = positions(
        claims_of(
            "Reinhard Pohl, head of the monetary section at the DIW research "
            "institute in West Berlin, said the Bundesbank would probably not cut "
            "rates this month.",
            published=_1987,
        )
    )
    assert not found


def test_the_bank_s_own_would_not_refuses(claims_of):
    found = positions(
        claims_of(
            "The Bundesbank said it would not cut rates this month.", published=_1987
        )
    )
    assert ("reject", "DEU-BBK") in found


def test_that_must_be_bad_surmises(claims_of):
    found = positions(
        claims_of(
            '"That must be bad for government," the Liberal Democrats said.',
            published=datetime(2005, 2, 10, tzinfo=UTC),
        )
    )
    assert ("demand", "GBR-LD") not in found


def test_a_deal_that_must_be_verifiable_is_asked_for(claims_of):
    found = positions(
        claims_of(
            '"Any deal must be verifiable," the Liberal Democrats said.',
            published=datetime(2005, 2, 10, tzinfo=UTC),
        )
    )
    assert ("demand", "GBR-LD") in found


def test_an_agenda_is_no_pledge(claims_of):
    found = positions(
        claims_of(
            "Nakasone said he will also discuss the coming Venice summit in June.",
            published=_1987,
        )
    )
    assert ("pledge", "JPN") not in found


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("A Bank of France spokesman declined all comment on the move.", "FRA"),
        ("The Bank of Japan routinely declines comment on its operations.", "JPN-BOJ"),
        ("Bank of Tokyo officials made no comment.", "JPN"),
        ("A Bundesbank spokesman said it preferred not to comment.", "DEU-BBK"),
        ("Neither Britain nor France had any immediate comment.", "GBR"),
        (
            '"I\'m not going to comment on that," the Japanese finance minister said.',
            "JPN",
        ),
    ],
)
def test_more_ways_of_declining_to_comment(claims_of, text, holder):
    claims = claims_of(text, published=_1987)
    assert ("no_comment", holder) in {(c.action, c.holder.id) for c in claims}


@pytest.mark.parametrize(
    "text",
    [
        "No Commission spokesman was immediately available for comment.",
        "There was nobody at British Petroleum immediately available for comment.",
        "Comment from officials in Zaire was unavailable.",
    ],
)
def test_no_one_to_comment_is_no_comment(claims_of, text):
    claims = claims_of(text, published=_1987)
    assert any(c.action == "no_comment" for c in claims)


def test_a_comment_period_is_no_refusal(claims_of):
    claims = claims_of(
        "The agency put the rule out for a 30-day comment period.", published=_1987
    )
    assert not any(c.action == "no_comment" for c in claims)


_2005 = datetime(2005, 2, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "stance", "holder", "published"),
    [
        (
            (
                "The EC said it would be a disaster if the farm issues had to go to "
                "heads of government."
            ),
            "warn",
            "EU",
            _1987,
        ),
        ("Baker said the imbalances simply are not sustainable.", "warn", "USA", _1987),
        (
            "The EC said there was a real risk that the talks would collapse.",
            "warn",
            "EU",
            _1987,
        ),
        (
            "Britain said there was a constant need to ensure value for money.",
            "demand",
            "GBR",
            _1987,
        ),
        ("Britain said the rules needed updating.", "demand", "GBR", _1987),
        (
            "Mr Howard insisted he had played by the party's rules.",
            "deny",
            "GBR-CON",
            _2005,
        ),
    ],
)
def test_idioms_read_off_unlabelled_statements(
    claims_of, text, stance, holder, published
):
    assert (stance, holder) in positions(claims_of(text, published=published))


def test_no_risk_warns_of_nothing(claims_of):
    found = positions(
        claims_of("Japan said there is no risk of inflation.", published=_1987)
    )
    assert ("warn", "JPN") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Labour said the Tories are purposely mixing up two separate issues.",
        "Labour said the Tories had cynically delayed the bill.",
        (
            "Labour said Michael Howard has had the chance to fix the problem and has "
            "failed."
        ),
        (
            '"It is pressure that should never be brought to bear on a committee," '
            "Labour said."
        ),
    ],
)
def test_faulting_by_motive_failure_and_what_should_never_be(claims_of, text):
    assert ("accuse", "GBR-LAB") in positions(claims_of(text, published=_2005))


@pytest.mark.parametrize(
    "text",
    [
        "Labour said the talks had failed.",
        "Labour said it had deliberately chosen to keep taxes low.",
    ],
)
def test_no_fault_in_failed_talks_or_ones_own_choice(claims_of, text):
    assert ("accuse", "GBR-LAB") not in positions(claims_of(text, published=_2005))


def test_an_outcome_foreseen_is_no_pledge(claims_of):
    found = positions(
        claims_of(
            "Yugoslavia's finance minister said Yugoslavia would have a net outflow "
            "of two billion dollars.",
            published=_1987,
        )
    )
    assert ("pledge", "YUG") not in found


def test_talks_foreseen_by_ones_own_minister_stay_a_pledge(claims_of):
    found = positions(
        claims_of(
            "Yugoslavia's finance minister said Yugoslavia would have talks with its "
            "creditors.",
            published=_1987,
        )
    )
    assert ("pledge", "YUG") in found


def test_meeting_ones_obligations_pledges(claims_of):
    found = positions(
        claims_of(
            "Poland said it would meet its financial obligations to the United States.",
            published=_1987,
        )
    )
    assert ("pledge", "POL") in found


def test_meeting_officials_is_an_errand(claims_of):
    found = positions(
        claims_of(
            "Poland said it would meet U.S. officials next week.", published=_1987
        )
    )
    assert ("pledge", "POL") not in found
