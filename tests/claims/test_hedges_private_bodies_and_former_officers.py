"""Doubts that refuse nothing, private bodies named after a nation, former officers.

"We can't be sure" and "there cannot be development" refuse nothing; the chairman of
the "American Soybean Association" speaks for the association, not for the United
States; a "former CIA director" no longer speaks for the agency.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 4, 8, tzinfo=UTC)
_2005 = datetime(2005, 1, 20, tzinfo=UTC)
_2017 = datetime(2017, 11, 10, tzinfo=UTC)


# -- a negated "can" over a state of mind or with no party refuses nothing ----------


@pytest.mark.parametrize(
    "text",
    [
        'Mr Blair said: "But we just can\'t be sure."',
        "Mr Blair said Britain cannot be complacent about the threat.",
        (
            "There cannot be growth if we do not pay our debts, the Venezuelan finance "
            "minister said."
        ),
    ],
)
def test_a_doubt_or_an_impersonal_cannot_is_no_refusal(claims_of, text):
    assert ("reject", "GBR") not in positions(claims_of(text, published=_2005))
    assert ("reject", "VEN") not in positions(claims_of(text, published=_2005))


@pytest.mark.parametrize(
    "text",
    [
        '"We cannot be part of this deal," Mr Blair said.',
        "Mr Blair said Britain cannot accept the deal.",
    ],
)
def test_a_party_that_cannot_take_part_still_refuses(claims_of, text):
    assert ("reject", "GBR") in positions(claims_of(text, published=_2005))


# -- a private body named after a nation ----------------------------------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            (
                "American Soybean Association board chairman George Fluegel said the "
                "plan was unfair."
            ),
            "USA",
        ),
        ("Japanese Bankers Association chairman Taro Sato rejected the plan.", "JPN"),
        (
            (
                "American Farm Bureau Federation president Dean Kleckner rejected the "
                "plan."
            ),
            "USA",
        ),
    ],
)
def test_an_officer_of_a_private_body_speaks_for_no_state(claims_of, text, state):
    assert state not in {c.holder.id for c in claims_of(text, published=_1987)}


def test_a_minister_named_with_his_nation_still_speaks_for_it(claims_of):
    claims = claims_of(
        "U.S. Agriculture Secretary Richard Lyng rejected the plan.", published=_1987
    )
    assert positions(claims) == {("reject", "USA")}


def test_a_body_whose_name_is_the_association_is_itself(claims_of):
    claims = claims_of(
        "The Association of South East Asian Nations rejected the plan.",
        published=_1987,
    )
    assert positions(claims) == {("reject", "ASEAN")}


# -- a former officer of a state's body ---------------------------------------------


def test_a_former_agency_director_speaks_for_no_state(claims_of):
    claims = claims_of(
        "Former CIA director John Smithers has alleged that the firm lied.",
        published=_2017,
    )
    assert "USA" not in {c.holder.id for c in claims}


def test_a_serving_agency_director_speaks_for_the_state(claims_of):
    claims = claims_of(
        "CIA director John Smithers has alleged that the firm lied.", published=_2017
    )
    assert positions(claims) == {("accuse", "USA")}


def test_a_former_minister_keeps_his_party(claims_of):
    claims = claims_of(
        "Former Labour minister John Smithers rejected the plan.", published=_2005
    )
    assert positions(claims) == {("reject", "GBR-LAB")}


# -- firms and market people a place names ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        (
            "Hannu Halttunen, of Helsinki bank KOP, said the markka would not be "
            "devalued."
        ),
        "A Tokyo bank official said the dollar would fall further.",
        (
            "Chemical Bank Tokyo branch vice president Yukuo Takahashi said the yen "
            "would rise."
        ),
        (
            "Luigi Spaventa, one of Italy's leading economists, said the lira was "
            "overvalued."
        ),
    ],
)
def test_people_of_a_firm_or_the_markets_speak_for_no_state(claims_of, text):
    holders = {c.holder.id for c in claims_of(text, published=_1987)}
    assert not holders & {"FIN", "JPN", "ITA"}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The West German central bank said it would not cut rates.", "DEU-BBK"),
        ("A Tokyo government official said the yen would rise.", "JPN"),
    ],
)
def test_a_central_bank_or_a_government_a_place_names_still_speaks(
    claims_of, text, holder
):
    assert {c.holder.id for c in claims_of(text, published=_1987)} == {holder}


# -- a capital as a person's home town ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mr Smithers, 32, from Wembley, London, said he was interrogated.",
        (
            "Mr Rimmer, the service director at Brent Council in north-west London, "
            "said the plan was unfair."
        ),
    ],
)
def test_a_capital_a_person_comes_from_is_no_state(claims_of, text):
    assert "GBR" not in {c.holder.id for c in claims_of(text, published=_2005)}


def test_a_delegate_of_a_state_still_speaks_for_it(claims_of):
    claims = claims_of(
        "Mr Smithers of Malaysia said the pact was good.", published=_1987
    )
    assert {c.holder.id for c in claims} == {"MYS"}


def test_a_seat_of_government_beside_a_name_is_no_home_town(claims_of):
    claims = claims_of(
        "Rob Joyce, the White House cyber security coordinator, declined to say "
        "whether the plan would go ahead.",
        published=datetime(2017, 11, 10, tzinfo=UTC),
    )
    assert {c.holder.id for c in claims} == {"USA"}
