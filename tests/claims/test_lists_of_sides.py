"""A list of states, blocs or parties on one noun: "French and German officials".

The parser hangs the later words of such a list on the first as conjuncts, and only
the last stands before the noun. Each word names a side; the noun's people speak for
every one of them, as "France and Germany" would.

Every sentence here is written for the test: invented words about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 4, 8, tzinfo=UTC)
_2005 = datetime(2005, 1, 20, tzinfo=UTC)
_2017 = datetime(2017, 11, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "French and German officials rejected the quota plan.",
            _1987,
            {("reject", "FRA"), ("reject", "DEU")},
        ),
        (
            # a plural government noun after the last word of the list
            "The French and German governments rejected the quota plan.",
            _1987,
            {("reject", "FRA"), ("reject", "DEU")},
        ),
        (
            "Only the Dutch and British delegations gave support to the plan.",
            _1987,
            {("accept", "NLD"), ("accept", "GBR")},
        ),
        (
            # a state's name first, a demonym after it
            "U.S. and Indian negotiators reached a tentative agreement on textiles.",
            _1987,
            {("accept", "USA"), ("accept", "IND")},
        ),
        (
            "Japanese and U.S. officials rejected the quota plan.",
            _1987,
            {("reject", "JPN"), ("reject", "USA")},
        ),
        (
            "Labour and Tory MPs rejected the plan to close the base.",
            _2005,
            {("reject", "GBR-LAB"), ("reject", "GBR-CON")},
        ),
        (
            (
                "Republican and Democratic lawmakers reached a bipartisan agreement on "
                "the sanctions bill."
            ),
            _2017,
            {("accept", "USA-REP"), ("accept", "USA-DEM")},
        ),
    ],
)
def test_each_side_of_a_list_takes_the_stance(claims_of, text, published, expected):
    assert positions(claims_of(text, published=published)) == expected


def test_they_after_a_list_speaks_for_each_side(claims_of):
    claims = claims_of(
        "British and American officials said they would press Iran to accept the "
        "offer.",
        published=_1987,
    )
    assert positions(claims) == {("demand", "GBR"), ("demand", "USA")}


def test_a_bloc_in_the_list_speaks_too(claims_of):
    claims = claims_of(
        "Iranian and Western diplomats say Iraq started the war by crossing the "
        "border.",
        published=_1987,
    )
    assert {c.holder.id for c in claims} == {"IRN", "WEST"}


def test_a_list_of_nationalities_on_businesses_names_no_state(claims_of):
    # car makers speak for no state, whichever the list names
    claims = claims_of(
        "Japanese and American car makers rejected the quota plan.", published=_1987
    )
    assert positions(claims) == set()


def test_a_list_of_places_in_a_demand_is_one_demand(claims_of):
    claims = claims_of(
        "The White House asked Congress to approve $45 billion in aid for Puerto "
        "Rico, the Virgin Islands, Texas, Florida and other states.",
        published=_2017,
    )
    assert [c.action for c in claims] == ["demand"]


def test_a_list_of_demands_is_still_one_claim_each(claims_of):
    claims = claims_of(
        "Russia demands an end to NATO enlargement, a neutral Ukraine, limits on "
        "missiles and the lifting of sanctions.",
        published=_2017,
    )
    assert len([c for c in claims if c.action == "demand"]) == 4
