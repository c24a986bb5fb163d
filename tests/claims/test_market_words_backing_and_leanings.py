"""Readings from a review of unlabelled stories: market words, backing, leanings.

A commodity's "demand" ("its aluminium demand") and a central bank "offering
liquidity" take no stance; "was still not committed to the bill" is a pledge denied,
not made; a participle of backing on a noun ("its application, supported by the
United States") is its by-agent's stance, unless the agent is a thing ("issues
supported by Japan's budget"); "Conservatives" in a story datelined Washington are
America's conservatives, not Britain's party; "claiming" a thing of another party
("the Lib Dems claim the councillors benefited from ...") accuses it.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 5, 12, tzinfo=UTC)
_2005 = datetime(2005, 2, 3, tzinfo=UTC)
_2017 = datetime(2017, 12, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        (
            "Japan relies on imports for nearly 80 pct of its copper demand, which "
            "comes to some 1.1 mln tonnes a year."
        ),
        "West Germany's grain demand, which has grown for years, is now flat.",
    ],
)
def test_a_commoditys_demand_asks_nothing(claims_of, text):
    assert positions(claims_of(text, published=_1987)) == set()


def test_the_union_pay_demand_is_still_a_stance(claims_of):
    found = positions(
        claims_of("Britain rejected the union's pay demand.", published=_1987)
    )
    assert ("reject", "GBR") in found


def test_a_central_bank_offering_liquidity_proposes_nothing(claims_of):
    text = (
        "The Bundesbank lowered money market rates by offering banks liquidity at a "
        "fixed rate of 3.55 pct."
    )
    assert ("propose", "DEU-BBK") not in positions(claims_of(text, published=_1987))


def test_not_committed_to_a_bill_is_a_pledge_denied(claims_of):
    claims = claims_of(
        "Republican Senator Susan Collins told reporters she was still not committed "
        "to the bill.",
        published=_2017,
    )
    pledges = [c for c in claims if (c.action, c.holder.id) == ("pledge", "USA-REP")]
    assert pledges
    assert all(c.negated for c in pledges)


def test_committed_to_a_bill_still_pledges(claims_of):
    claims = claims_of(
        "Republican Senator Susan Collins told reporters she was committed to the bill.",
        published=_2017,
    )
    assert any(
        (c.action, c.holder.id, c.negated) == ("pledge", "USA-REP", False)
        for c in claims
    )


@pytest.mark.parametrize(
    ("text", "backers"),
    [
        (
            (
                "Beijing's application, supported by the United States and the "
                "European Community, was approved on Tuesday."
            ),
            {"USA", "EU"},
        ),
        (
            (
                "The output pact, which is backed by Kuwait and the United Arab "
                "Emirates, holds for now."
            ),
            {"KWT", "ARE"},
        ),
    ],
)
def test_a_backing_participle_is_the_agents_acceptance(claims_of, text, backers):
    found = positions(claims_of(text, published=_1987))
    assert {("accept", b) for b in backers} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Shares supported by Japan's bigger defence budget rose on Tuesday.",
        "The output pact, which is backed by Japan's budget, holds for now.",
        "The trade bill approved by the Senate cuts tariffs on steel.",
    ],
)
def test_backing_by_a_thing_or_a_procedure_is_no_acceptance(claims_of, text):
    assert not any(
        action == "accept" for action, _ in positions(claims_of(text, published=_1987))
    )


def test_conservatives_in_a_washington_story_are_no_british_party(claims_of):
    text = "Conservatives in Congress want to add the money to the spending bill."
    claims = claims_of(text, published=_2017, dateline="WASHINGTON")
    assert not any(c.holder.id == "GBR-CON" for c in claims)


def test_conservatives_in_a_london_story_are_the_party(claims_of):
    text = "The Conservatives want to scrap the council tax."
    claims = claims_of(text, published=_2005, dateline="LONDON")
    assert ("propose", "GBR-CON") in positions(claims)


@pytest.mark.parametrize(
    "text",
    [
        "World Bank President Conable said the new talks could partly solve the stalemate.",
        "Conable said the accord would help ease tension in the region.",
    ],
)
def test_a_harm_remedied_is_no_warning(claims_of, text):
    assert ("warn", "WB") not in positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    "text",
    [
        (
            'Conable said: "A default would not only end any hope of a deal, it would '
            'also cause serious problems for the banks."'
        ),
        "Conable said the move would hurt Brazil's efforts to end the crisis.",
    ],
)
def test_harm_beside_a_remedy_still_warns(claims_of, text):
    assert ("warn", "WB") in positions(claims_of(text, published=_1987))


def test_what_it_would_take_in_cents_is_no_demand(claims_of):
    text = (
        "Agriculture Secretary Lyng said it would require another six cents a bushel "
        "to lift plantings."
    )
    assert ("demand", "USA") not in positions(claims_of(text, published=_1987))


def test_how_long_a_goal_should_take_refuses_nothing(claims_of):
    text = 'Chancellor Lawson said the goal "should not take too long to reach."'
    assert ("reject", "GBR") not in positions(claims_of(text, published=_1987))


def test_a_party_that_should_take_steps_is_still_asked(claims_of):
    text = "Chancellor Lawson said Japan should take steps to open its markets."
    assert ("demand", "GBR") in positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            (
                "The Lib Dems claim the Labour councillors benefited from the misuse "
                "of postal votes."
            ),
            "GBR-LD",
        ),
        (
            "Japan claims the United States is shielding its steel industry.",
            "JPN",
        ),
    ],
)
def test_claiming_a_thing_of_another_party_accuses_it(claims_of, text, holder):
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert ("accuse", holder) in found


def test_claiming_a_thing_of_ones_own_plans_accuses_no_one(claims_of):
    text = "Labour claimed its plans would create jobs."
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert ("accuse", "GBR-LAB") not in found
