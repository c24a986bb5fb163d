"""Who speaks in "prompted X to say he ...", and options others name for a holder.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 4, 1, tzinfo=UTC)
_2005 = datetime(2005, 2, 10, tzinfo=UTC)
_2017 = datetime(2017, 12, 14, tzinfo=UTC)


def test_he_in_what_someone_was_made_to_say_is_that_someone(claims_of):
    found = positions(
        claims_of(
            "The row between Tony Blair and Gordon Brown has prompted a Labour "
            "MP to say he will refuse to back the budget.",
            published=_2005,
        )
    )
    assert ("reject", "GBR-LAB") in found
    assert ("reject", "GBR") not in found


def test_he_in_what_someone_is_called_upon_to_say_is_the_one_called_upon(claims_of):
    found = positions(
        claims_of(
            '"I call upon President Reagan to signal at once that he will veto any '
            'tax on share sales," Kemp said.',
            published=_1987,
        )
    )
    # Kemp calls on Reagan; the veto asked for is not Kemp's own refusal
    assert ("demand", "USA-REP") in found
    assert ("reject", "USA-REP") not in found


def test_an_option_another_names_for_the_holder_is_no_stance(claims_of):
    found = positions(
        claims_of(
            "Moore could ask for a recount, Alabama Secretary of State John Merrill "
            "said.",
            published=_2017,
        )
    )
    assert not any(a == "demand" for a, _ in found)


@pytest.mark.parametrize(
    ("text", "stance", "holder"),
    [
        # the holder's own word on what it could do
        ("Moore said he could ask for a recount.", "demand", "USA-REP"),
        # its own officials, speaking for it
        (
            (
                "North Korea could retaliate against the sanctions, North Korean "
                "officials said."
            ),
            "threaten",
            "PRK",
        ),
    ],
)
def test_an_option_the_holder_names_itself_stays(claims_of, text, stance, holder):
    assert (stance, holder) in positions(claims_of(text, published=_2017))


def test_a_promise_told_as_news_was_made(claims_of):
    found = positions(
        claims_of(
            "The revolt shrank on news that Lord Falconer had promised the "
            "archbishop to strengthen safeguards in the bill.",
            published=_2005,
        )
    )
    assert ("pledge", "GBR") in found


def test_reports_that_a_party_would_reject_a_plan_are_no_denial(claims_of):
    found = positions(
        claims_of("Markets rose on reports that Japan would reject the plan.")
    )
    assert ("deny", "JPN") not in found


def test_allegations_that_a_party_denies_stay_its_denial(claims_of):
    found = positions(
        claims_of(
            "The inquiry covers possible collusion by campaign aides, allegations "
            "that Moscow denies.",
            published=_2017,
        )
    )
    assert ("deny", "RUS") in found


def test_singling_out_for_a_failing_faults(claims_of):
    found = positions(
        claims_of(
            "The Tories singled out the chancellor for failing to control spending.",
            published=_2005,
        )
    )
    assert ("accuse", "GBR-CON") in found
