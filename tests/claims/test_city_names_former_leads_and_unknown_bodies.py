"""Readings from a review of unlabelled BBC stories: who a sentence is about.

A capital before a thing named after it ("the Lisbon targets") names the thing, not
the state, and so does a capital naming a body ("the Lisbon Council"); a place a
company is "based" in, or named on its description ("US seed giant Agritech"), does
not make the company the state; a person named right after a lead about a "former"
minister is no longer the ministry's; "they" after a sentence about a body the
registry lacks ("BAA are also owners of the airports") is that body, not a state
named before it, and "he" after a sentence about "the Archbishop of Canterbury" is
the archbishop.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_2005 = datetime(2005, 1, 12, tzinfo=UTC)


def test_a_capital_naming_targets_is_not_the_state(claims_of):
    text = "Chancellor Gordon Brown said the Lisbon goals must be narrowed."
    claims = claims_of(text, published=_2005, outlet="BBC News")
    assert ("demand", "GBR") in positions(claims)
    assert not any(c.addressee is not None and c.addressee.id == "PRT" for c in claims)


def test_a_capital_as_its_government_still_speaks(claims_of):
    text = "Mr Straw said London would reject the new budget plan."
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert ("reject", "GBR") in found


def test_the_name_after_a_former_ministers_lead_is_not_the_ministrys(claims_of):
    text = (
        "A former Home Office minister has called for an independent body to "
        "monitor immigration. Jane Halloway said such a body should publish its "
        "figures every year."
    )
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert ("demand", "GBR") not in found


def test_the_name_after_a_serving_ministers_lead_is_the_ministrys(claims_of):
    text = (
        "A Home Office minister has called for an independent body to monitor "
        "immigration. Jane Halloway said such a body should publish its figures "
        "every year."
    )
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert ("demand", "GBR") in found


def test_they_after_an_unknown_company_is_the_company(claims_of):
    text = (
        "Campaigners against the growth of Britain's airports went to court. BAA "
        "also owns the airports at Heathrow and Gatwick. They have said they cannot "
        "raise the money for the new runway."
    )
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert not any(holder == "GBR" for _, holder in found)


def test_they_after_a_known_party_is_the_party(claims_of):
    text = (
        "Campaigners against the growth of Britain's airports went to court. The "
        "Tories also dislike the runway. They have said they cannot accept the plans."
    )
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert ("reject", "GBR-CON") in found


def test_he_after_an_unplaced_title_is_not_an_earlier_politician(claims_of):
    text = (
        "Tony Blair said the election would be fought on the economy. Earlier the "
        "Archbishop of Canterbury wrote to the three parties about the campaign. In "
        "an open letter, he called on them not to exploit fears about crime."
    )
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert ("demand", "GBR") not in found


def test_he_after_a_known_title_is_its_holder(claims_of):
    text = (
        "Tony Blair said the election would be fought on the economy. The Prime "
        "Minister said taxes would not rise. He called on voters to back Labour."
    )
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert any(action == "demand" for action, _ in found)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("US seed giant Agritech has agreed to pay a 2m dollar fine.", "USA"),
        (
            (
                "Nokia and Canada-based chip company Maplewave recently agreed to "
                "work together on faster networks."
            ),
            "CAN",
        ),
        ("The Lisbon Council said the plan should be dropped.", "PRT"),
    ],
)
def test_a_company_or_body_named_with_a_place_is_not_the_state(claims_of, text, state):
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert not any(holder == state for _, holder in found)


def test_a_ministry_named_beside_its_description_still_speaks(claims_of):
    text = "Japanese trade ministry MITI said it would reject the plan."
    found = positions(claims_of(text, published=datetime(1987, 3, 2, tzinfo=UTC)))
    assert ("reject", "JPN-MITI") in found


def test_a_london_based_diplomat_still_speaks_for_his_state(claims_of):
    text = "A London-based British diplomat said Britain would reject the plan."
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert ("reject", "GBR") in found


def test_the_white_house_office_still_declines_for_the_state(claims_of):
    text = "The White House Office of Management and Budget declined to comment."
    claims = claims_of(text, published=datetime(2017, 11, 20, tzinfo=UTC))
    assert any((c.action, c.holder.id) == ("no_comment", "USA") for c in claims)
