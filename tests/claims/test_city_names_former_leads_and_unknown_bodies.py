"""Readings from a review of unlabelled BBC stories: who a sentence is about.

A capital before a thing named after it ("the Lisbon targets") names the thing, not
the state; a person named right after a lead about a "former" minister is no longer
the ministry's; "they" after a sentence about a body the registry lacks ("BAA are
also owners of the airports") is that body, not a state named before it, and "he"
after a sentence about "the Archbishop of Canterbury" is the archbishop.

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
