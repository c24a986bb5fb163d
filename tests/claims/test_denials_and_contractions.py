"""Denials read right: charges "of" wrongdoing, insisting on what is no charge, "n't".

"Dismissed any suggestions of collusion" denies a charge ("suggestions of a merger"
are a proposal turned down); insisting that one "does not feel bitter" or that
"there cannot be development if ..." denies nothing; the lexicon's "n't" patterns
match contractions ("isn't buying it").

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 4, 8, tzinfo=UTC)
_2017 = datetime(2017, 11, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Trump has dismissed any suggestions of collusion.", "deny"),
        ("President Trump has dismissed any suggestions of a merger.", "reject"),
    ],
)
def test_suggestions_of_wrongdoing_are_a_charge(claims_of, text, expected):
    assert positions(claims_of(text, published=_2017)) == {(expected, "USA")}


@pytest.mark.parametrize(
    "text",
    [
        (
            "The Venezuelan finance minister insisted that there cannot be development "
            "if Venezuela does not pay its debts."
        ),
        (
            "The Venezuelan finance minister insists he does not feel bitter about the "
            "talks."
        ),
    ],
)
def test_insisting_on_a_condition_or_a_feeling_denies_nothing(claims_of, text):
    assert ("deny", "VEN") not in positions(claims_of(text, published=_1987))


def test_insisting_on_a_plain_negation_still_denies(claims_of):
    claims = claims_of(
        "The Venezuelan finance minister insisted the payments would not stop.",
        published=_1987,
    )
    assert ("deny", "VEN") in positions(claims)


def test_a_contraction_matches_the_lexicons_not(claims_of):
    claims = claims_of(
        "White House spokesman Marlin Fitzwater said: \"The president isn't buying "
        'it."',
        published=_1987,
    )
    assert ("reject", "USA") in positions(claims)


def test_the_it_of_it_was_announced_is_no_one(claims_of):
    claims = claims_of(
        "The PCS union called a strike. It was announced that 37 offices would close.",
        published=datetime(2005, 1, 20, tzinfo=UTC),
    )
    assert "GBR-PCS" not in {c.holder.id for c in claims if "offices" in c.content}


def test_the_it_that_said_is_the_body_named_before(claims_of):
    claims = claims_of(
        "The PCS union called a strike. It said that 37 offices would close.",
        published=datetime(2005, 1, 20, tzinfo=UTC),
    )
    assert "GBR-PCS" in {c.holder.id for c in claims if "offices" in c.content}


def test_insisting_a_thing_was_not_intended_still_denies(claims_of):
    claims = claims_of(
        "These were 'not intended to cause any offence', Mr Blair insisted.",
        published=datetime(2005, 1, 20, tzinfo=UTC),
    )
    assert ("deny", "GBR") in positions(claims)
