"""Readings from reviews of unlabelled stories (thirty-fourth session).

"Took the unusual step of accusing X" is the subject's accusation: the participle
under "the step of" says what the one who took the step did. A state named on a
war a veteran served in ("a Vietnam war veteran") does not make the veteran the
state's. What members "of" a named party did, in a clause after "after", happened:
"after senior members of the Conservative party urged her to go" is their demand. A "splinter group of producers" is a body of its own, not the
producers' bloc. A company described beside its name ("Orangeco, the largest U.S.
supplier") or named in the angle brackets the wire puts round companies ("France's
<Societe Generale>") is no state. "Decided against imposing", "soured on" turn a
thing down; "sticking by" a person backs him (not an intransitive "stand by"). Raising pressure on a party to act demands it
(pressure a party faces does not); a lawsuit "alleging" something is its filer's
charge; "the state of Washington" is a state of the union, not its government, and a petition someone "rejected" does not speak for them.
"Administration opposition to the sale", in a Washington story, is the home
government's refusal, and criticism a bill "drew from Democrats" is theirs. Firms of an industry
("U.S. refiners", "Japanese automakers") and a union named for its members ("the
United Steelworkers of America") are not their state. Saying a state "had stolen" technology accuses it. "Is supportive of", "was critical of", "remains hostile to" take
their stance (not negated, not "critical to", not in a clause that describes
someone). A resolution a committee "approved" still speaks for it; pressure
"exerted" on no one asks nothing; "insisted upon" demands as "insisted on" does.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_2017 = datetime(2017, 11, 21, tzinfo=UTC)


def test_the_step_of_accusing_is_the_takers_accusation(claims_of):
    text = "China took the unusual step of criticising the Japanese plan."
    assert ("accuse", "CHN") in positions(claims_of(text, published=_2017))


def test_the_step_of_demanding_is_the_takers_demand(claims_of):
    text = (
        "The United States has taken the rare step of demanding the release of "
        "the two reporters."
    )
    assert ("demand", "USA") in positions(claims_of(text, published=_2017))


def test_steps_to_act_take_no_stance(claims_of):
    text = "China has taken steps to criticise the plan in private."
    assert ("accuse", "CHN") not in positions(claims_of(text, published=_2017))


def test_a_war_veteran_is_not_the_state_of_the_war(claims_of):
    text = "A Vietnam war veteran said the new plan was deeply unfair to farmers."
    claims = claims_of(text, published=_2017)
    assert not any(c.holder.id == "VNM" for c in claims)


_1987 = datetime(1987, 4, 7, tzinfo=UTC)


def test_an_act_after_which_a_partys_members_urged_is_theirs(claims_of):
    text = (
        "Talk of an early election grew after senior members of Prime Minister "
        "Thatcher's Conservative party urged her to call a vote in June."
    )
    assert ("demand", "GBR-CON") in positions(claims_of(text, published=_1987))


def test_an_act_after_which_unnamed_people_urged_is_not_asserted(claims_of):
    text = "Shares fell after dozens of people rejected the new pension plan."
    assert not [c for c in claims_of(text, published=_1987) if c.action == "reject"]


_ICO = "Talks of the International Coffee Organization broke down in London. "


def test_producers_at_coffee_talks_are_the_producer_bloc(claims_of):
    text = _ICO + "The producers rejected the consumer proposal, delegates said."
    found = positions(claims_of(text, published=_1987))
    assert ("reject", "ICO-PRODUCERS") in found


def test_a_splinter_group_of_producers_is_not_the_producer_bloc(claims_of):
    text = (
        _ICO + "A splinter group of producers, which has taken the risky step of "
        "opposing Brazil, rejected the consumer proposal, delegates said."
    )
    claims = claims_of(text, published=_1987)
    assert not any(c.holder.id == "ICO-PRODUCERS" for c in claims)


def test_a_company_described_beside_its_name_is_not_the_state(claims_of):
    text = (
        "Orangeco, the largest U.S. supplier of oranges to Japan, has rejected "
        "the plan to end the quotas."
    )
    claims = claims_of(text, published=_1987)
    assert not any(c.holder.id == "USA" for c in claims)


def test_a_state_described_as_the_largest_producer_is_still_the_state(claims_of):
    text = "Brazil, the world's largest coffee producer, rejected the plan."
    assert ("reject", "BRA") in positions(claims_of(text, published=_1987))


def test_a_company_in_angle_brackets_is_not_the_state_before_it(claims_of):
    text = (
        "France's <Societe Generale des Moteurs> agreed to forgive 150 mln dlrs "
        "of the debt, a company official said."
    )
    claims = claims_of(text, published=_1987)
    assert not any(c.holder.id == "FRA" for c in claims)


_2017_DEC = datetime(2017, 12, 4, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The White House decided against new tariffs, officials said.",
            ("reject", "USA"),
        ),
        ("Republicans have soured on the health plan.", ("reject", "USA-REP")),
        (
            "President Trump is sticking by Roy Moore despite the allegations.",
            ("accept", "USA"),
        ),
    ],
)
def test_phrasal_verbs_take_their_stance(claims_of, text, expected):
    assert expected in positions(claims_of(text, published=_2017_DEC))


def test_not_standing_by_without_an_object_accepts_nothing(claims_of):
    text = (
        '"We will not stand by and watch our farmers suffer," Trade '
        "Representative Clayton Yeutter said."
    )
    claims = claims_of(text, published=_1987)
    assert not [c for c in claims if c.action == "accept"]


def test_raising_pressure_on_a_party_to_act_demands_it(claims_of):
    text = "The United States raised pressure on China to rein in North Korea."
    claims = claims_of(text, published=_2017_DEC)
    demands = [c for c in claims if c.action == "demand" and c.holder.id == "USA"]
    assert [c.addressee.id if c.addressee else None for c in demands] == ["CHN"]


def test_pressure_a_party_faces_is_not_its_demand(claims_of):
    text = (
        "Beijing faces intensifying pressure from Western governments to remove "
        "the curbs."
    )
    claims = claims_of(text, published=_2017_DEC)
    assert ("demand", "CHN") not in positions(claims)


def test_a_lawsuit_alleging_is_the_filers_charge(claims_of):
    text = (
        "The Democrats filed a lawsuit alleging that the new rules were "
        "unconstitutional."
    )
    assert ("accuse", "USA-DEM") in positions(claims_of(text, published=_2017_DEC))


def test_the_state_of_washington_is_not_the_united_states(claims_of):
    text = (
        "The state of Washington filed a lawsuit alleging that the ban was "
        "unconstitutional."
    )
    claims = claims_of(text, published=_2017_DEC)
    assert not any(c.holder.id == "USA" for c in claims)


_1987_MAR = datetime(1987, 3, 16, tzinfo=UTC)


def test_administration_as_a_modifier_is_the_home_government(claims_of):
    text = (
        "Administration opposition to the sale stemmed from trade tensions, "
        "officials said."
    )
    claims = claims_of(text, published=_1987_MAR, dateline="WASHINGTON")
    assert ("reject", "USA") in positions(claims)


def test_a_petition_someone_rejected_does_not_speak_for_them(claims_of):
    text = (
        "The administration rejected a petition seeking relief from Japanese "
        "import curbs."
    )
    claims = claims_of(text, published=_1987_MAR, dateline="WASHINGTON")
    assert ("demand", "USA") not in positions(claims)
    assert ("reject", "USA") in positions(claims)


def test_criticism_drawn_from_a_party_is_its_charge(claims_of):
    text = "The tax bill drew sharp criticism from Democrats on Tuesday."
    assert ("accuse", "USA-DEM") in positions(claims_of(text, published=_2017_DEC))


@pytest.mark.parametrize(
    "text",
    [
        "U.S. refiners said they are worried that imports would cost them dearly.",
        "Japanese automakers said they would cut exports to Europe.",
        (
            "The United Steelworkers of America said it had made a firm commitment "
            "to conclude the negotiations by May."
        ),
    ],
)
def test_an_industry_or_union_named_with_a_state_is_not_the_state(claims_of, text):
    claims = claims_of(text, published=_1987)
    assert not any(c.holder.id in {"USA", "JPN"} for c in claims)


def test_saying_a_state_stole_accuses_it(claims_of):
    text = "The White House said China had stolen American technology."
    claims = claims_of(text, published=_2017_DEC)
    accused = [c for c in claims if c.action == "accuse" and c.holder.id == "USA"]
    assert [c.addressee.id if c.addressee else None for c in accused] == ["CHN"]


def test_a_stolen_thing_accuses_no_one(claims_of):
    text = "The ministry said the stolen documents had been returned."
    assert not [c for c in claims_of(text, published=_2017_DEC) if c.action == "accuse"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain is supportive of the commission's price proposals.", "accept"),
        ("Senator Bob Dole was highly critical of the Japanese plan.", "accuse"),
        ("Britain remains hostile to the oils tax.", "reject"),
    ],
)
def test_adjectives_of_stance_after_be(claims_of, text, expected):
    actions = {c.action for c in claims_of(text, published=_1987)}
    assert expected in actions


@pytest.mark.parametrize(
    "text",
    [
        "Britain is not hostile to the oils tax.",
        "The issue is critical to the success of the talks.",
        (
            "Republican senators who have been critical of the plan said some "
            "taxpayers would pay more."
        ),
    ],
)
def test_adjectives_that_take_no_stance(claims_of, text):
    actions = {c.action for c in claims_of(text, published=_1987)}
    assert not actions & {"accept", "accuse", "reject"}


def test_a_resolution_a_committee_approved_speaks_for_it(claims_of):
    text = (
        "The Senate Finance Committee approved resolutions urging the "
        "administration to oppose the new Canadian duty."
    )
    claims = claims_of(text, published=_1987_MAR, dateline="WASHINGTON")
    assert [c for c in claims if c.action == "demand"]


def test_exerting_pressure_on_no_one_asks_nothing(claims_of):
    text = "They turn to China to exert pressure, North Korean officials said."
    assert not [c for c in claims_of(text, published=_2017_DEC) if c.action == "demand"]


def test_insisted_upon_demands(claims_of):
    text = "Japan insisted upon a cut in European tariffs."
    assert ("demand", "JPN") in positions(claims_of(text, published=_1987))
