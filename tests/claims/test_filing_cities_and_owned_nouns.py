"""Readings from the thirty-eighth session's reviews of unlabelled stories.

Who speaks: a story filed from a city that is no capital ("ROTTERDAM", "SAO PAULO")
and whose text names no state often enough is about the city's state, so "the
government" there is that state's; a group "meeting" or "leaving" someone does not
speak for whom it meets ("the five unions meeting Mr Prescott"), while "officials
representing Japan" still speak for Japan.

Who speaks, too: more UN agencies, development banks and commodity bodies (the FAO,
the ILO, the Inter-American Development Bank, the International Tin Council) and
British and American lobbies and watchdogs (the CBI, the Institute for Fiscal
Studies, the National Audit Office, the Congressional Budget Office) are actors.

An association named "of" a state ("the Muslim Council of Britain") speaks for
itself, not for Britain, while "the Council of Europe" and "the Government of Japan"
are still who they are, and "the Zimbabwe Congress of Trade Unions" is a union; "71 percent of Alabama Republicans say" is a poll's share,
no actor. A body named only as the place a meeting was held at ("speaking after a meeting at
the Bank for International Settlements, they welcomed ...") is not whom "they" are.

Threats: a member state's minister who says "the community would retaliate" if a
bill passes holds out the bloc's penalty as his own state's threat, even where the
story has named the Community before. Legal action held out on a condition ("could
take legal action if the airlines refused", "new legal moves were possible if they
refused") threatens; "could breach legal rights" still only warns.

No proposal: what someone "suggested" is or would be ("suggested the posters were
part of a wider trend", "suggested that Mr Brown would meet his golden rule") is a
claim or a forecast; "suggested Parliament could decide in 2011" still proposes.

No stance: what a step "should" bring about ("This should result in new lending",
"This should do the trick") is a forecast; what a party "would need to agree" is a requirement, not its consent (and
"needed to accept the terms" concedes them, as "had to accept" does); a condition
anyone may meet ("you don't get to the top unless you have a streak of
determination") demands nothing of anyone.

An opposition leader's "the government will raise taxes" is his account of what the
government will do, not the government's pledge; the opposition is a party other than
the prime minister's on the day. "Mr Straw said the government will not accept the
deal" still refuses for Britain, and a governing party's spokesman still pledges for
it.

A stance held in an aside on a name ("Japan, which remains opposed to the plan, said
...") is the named party's.

Stances read: a stance noun owned by a "by" phrase or a name inside another's stance
is its owner's too ("rejected a demand by the IMF for a devaluation", "rejected an
IMF demand to lift subsidies": Egypt rejects, the IMF demands). A condition in a
clause joined after the stance, with a subject of its own, is that clause's ("Ethiopia
accepted the proposal, but Asmara said it would not sign unless ...": Eritrea's
demand, not Ethiopia's). "The Lib Dems plan to oppose the Bill", with "plan" taken
for a noun, rejects the Bill rather than proposing anything. "Spoke at the event,
expressing support for NAFTA" accepts it: words voiced as the subject acted (not
"raising the spectre of a trade war", the writer's comment).

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from redline.claims.registry import default_registry
from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 6, 18, tzinfo=UTC)
_2004 = datetime(2004, 11, 10, tzinfo=UTC)

_FILED = (
    "State Secretary Jan Verhoef said the government was against the proposed "
    "tax on oils and fats."
)


@pytest.mark.parametrize(
    ("place", "state"),
    [("ROTTERDAM", "NLD"), ("SAO PAULO", "BRA"), ("OSAKA", "JPN"), ("Zurich", "CHE")],
)
def test_a_filing_city_gives_the_home_state(claims_of, place, state):
    found = positions(claims_of(_FILED, published=_1987, dateline=place))
    assert ("reject", state) in found


def test_a_filing_city_gives_way_to_the_state_the_text_is_about(claims_of):
    text = (
        "Brazil will not pay its bank debts this year. Brazil said its reserves "
        "were low. Brazil has asked its creditors for time. " + _FILED
    )
    found = positions(claims_of(text, published=_1987, dateline="ROTTERDAM"))
    assert ("reject", "BRA") in found
    assert ("reject", "NLD") not in found


def test_a_city_is_no_actor_in_the_text(claims_of):
    text = "Rotterdam rejected the proposed tax on oils and fats."
    assert not positions(claims_of(text, published=_1987))


def test_place_state_reads_capitals_and_listed_cities():
    registry = default_registry()
    assert registry.place_state("ROTTERDAM") == "NLD"
    assert registry.place_state("Amsterdam") == "NLD"
    assert registry.place_state("Rio de Janeiro") == "BRA"
    assert registry.place_state("Atlantis") is None


@pytest.mark.parametrize(
    "text",
    [
        (
            "The five unions meeting Mr Prescott want the government to withdraw "
            "the regulations."
        ),
        "Union leaders leaving the talks with Mr Prescott demanded a new offer.",
    ],
)
def test_a_group_meeting_someone_does_not_speak_for_him(claims_of, text):
    found = positions(claims_of(text, published=_2004, outlet="BBC News"))
    assert not {h for _, h in found} & {"GBR"}


def test_officials_representing_a_state_speak_for_it(claims_of):
    text = "Officials representing Japan demanded that the United States lift tariffs."
    assert ("demand", "JPN") in positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            (
                "Egypt rejected a demand by the International Monetary Fund for a "
                "currency devaluation."
            ),
            "IMF",
        ),
        (
            "Egypt turned down a proposal by the World Bank to cut food subsidies.",
            "WB",
        ),
    ],
)
def test_a_stance_noun_owned_by_a_by_phrase_is_its_owners(claims_of, text, owner):
    found = positions(claims_of(text, published=_1987))
    assert ("reject", "EGY") in found
    assert {a for a, h in found if h == owner} & {"demand", "propose"}


def test_a_by_phrase_of_a_deed_owns_no_stance(claims_of):
    text = "Egypt rejected a report by the International Monetary Fund on its debt."
    found = positions(claims_of(text, published=_1987))
    assert not {h for _, h in found} & {"IMF"}


@pytest.mark.parametrize(
    ("text", "owner", "action"),
    [
        (
            "Sudan rejected an IMF demand to lift state subsidies on bread.",
            "IMF",
            "demand",
        ),
        ("Brazil welcomed the OPEC proposal to cut output.", "OPEC", "propose"),
    ],
)
def test_a_stance_noun_named_for_its_owner_is_its_owners(
    claims_of, text, owner, action
):
    assert (action, owner) in positions(claims_of(text, published=_1987))


def test_a_condition_in_a_later_clause_is_that_clauses(claims_of):
    text = (
        "Ethiopia accepted a United Nations proposal for a 30-day ceasefire, but "
        "Asmara said it would not sign unless Ethiopian troops pulled back first."
    )
    claims = claims_of(text, published=datetime(2026, 3, 11, tzinfo=UTC))
    found = positions(claims)
    assert {("accept", "ETH"), ("demand", "ERI"), ("propose", "UN")} <= found
    assert not found & {("demand", "ETH"), ("demand", "UN")}


def test_a_condition_in_the_same_clause_still_demands(claims_of):
    text = "Brazil said it would not sign the accord unless tariffs were cut."
    found = positions(claims_of(text, published=_1987))
    assert ("demand", "BRA") in found


@pytest.mark.parametrize(
    ("text", "holder", "action"),
    [
        (
            (
                "Farmers' livelihoods are at risk from falling commodity prices, "
                "the UN's Food & Agriculture Organisation has warned."
            ),
            "FAO",
            "warn",
        ),
        (
            "The CBI urged the government to cut business rates.",
            "GBR-CBI",
            "demand",
        ),
        (
            "The National Audit Office criticised the department for wasting money.",
            "GBR-NAO",
            "accuse",
        ),
        (
            "The International Tin Council rejected the creditors' proposal.",
            "ITC",
            "reject",
        ),
    ],
)
def test_more_bodies_speak_for_themselves(claims_of, text, holder, action):
    found = positions(claims_of(text, published=_2004, outlet="BBC News"))
    assert (action, holder) in found


def test_a_plan_to_oppose_rejects(claims_of):
    text = "The Lib Dems plan to oppose the Bill in the Lords on Thursday."
    found = positions(claims_of(text, published=_2004, outlet="BBC News"))
    assert ("reject", "GBR-LD") in found
    assert ("propose", "GBR-LD") not in found


def test_support_voiced_in_a_participle_is_the_subjects(claims_of):
    text = "Senator Pat Roberts spoke at the event, expressing support for NAFTA."
    found = positions(claims_of(text, published=datetime(2017, 12, 10, tzinfo=UTC)))
    assert ("accept", "USA-REP") in found


def test_a_participle_of_comment_takes_no_stance(claims_of):
    text = "Japan cut its rates again, raising concern over a trade war."
    found = positions(claims_of(text, published=_1987))
    assert ("warn", "JPN") not in found


def test_a_venue_is_no_antecedent(claims_of):
    text = (
        "Speaking after a meeting at the Bank for International Settlements (BIS), "
        "they also welcomed interest rate cuts in France."
    )
    found = positions(claims_of(text, published=_1987, dateline="BASLE"))
    assert not {h for _, h in found} & {"BIS"}


def test_a_body_named_before_is_still_it(claims_of):
    text = (
        "The Bank for International Settlements published its annual report. "
        "It also welcomed interest rate cuts in France."
    )
    found = positions(claims_of(text, published=_1987, dateline="BASLE"))
    assert ("accept", "BIS") in found


@pytest.mark.parametrize("before", ["", "The European Community protested. "])
def test_a_members_minister_holds_out_the_blocs_penalty(claims_of, before):
    text = before + (
        "Belgian Trade Minister Herman De Croo said if the bill passed, the "
        "community would retaliate by imposing taxes on U.S. exports."
    )
    found = positions(claims_of(text, published=_1987, dateline="BRUSSELS"))
    assert ("threaten", "BEL") in found


def test_another_partys_penalty_foreseen_stays_a_warning(claims_of):
    text = "Peter Hain warned that the Tories would cut public services."
    found = positions(claims_of(text, published=_2004, outlet="BBC News"))
    assert ("warn", "GBR") in found
    assert ("threaten", "GBR") not in found


@pytest.mark.parametrize(
    "text",
    [
        (
            "The EC Commission warned that it could take legal action if the "
            "airlines refused to comply."
        ),
        (
            "The EC Commission wrote to the airlines, warning that new legal moves "
            "were possible if they refused to comply."
        ),
    ],
)
def test_legal_action_held_out_on_a_condition_threatens(claims_of, text):
    found = positions(claims_of(text, published=_1987, dateline="BRUSSELS"))
    assert ("threaten", "EU") in found


def test_a_legal_harm_foreseen_only_warns(claims_of):
    text = "The EC Commission warned that the plan could breach legal rights."
    found = positions(claims_of(text, published=_1987, dateline="BRUSSELS"))
    assert ("warn", "EU") in found
    assert ("threaten", "EU") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Muslim Council of Britain warned that the plan would divide the country.",
        "The Federation of Master Builders of Britain warned that costs would rise.",
    ],
)
def test_an_association_named_of_a_state_is_not_the_state(claims_of, text):
    found = positions(claims_of(text, published=_2004, outlet="BBC News"))
    assert not {h for _, h in found} & {"GBR"}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The Council of Europe warned that costs would rise.", "COE"),
        ("The Government of Japan warned that costs would rise.", "JPN"),
    ],
)
def test_a_known_body_of_a_place_is_still_itself(claims_of, text, holder):
    found = positions(claims_of(text, published=_2004, outlet="BBC News"))
    assert ("warn", holder) in found


def test_a_polls_share_is_no_actor(claims_of):
    text = "71 percent of Alabama Republicans say the allegations are false."
    found = positions(claims_of(text, published=datetime(2017, 12, 10, tzinfo=UTC)))
    assert not found


def test_a_needed_agreement_is_no_consent(claims_of):
    text = "The House and Senate would need to agree on a single piece of legislation."
    found = positions(claims_of(text, published=datetime(2017, 12, 10, tzinfo=UTC)))
    assert not {a for a, _ in found} & {"accept"}


def test_a_needed_acceptance_concedes(claims_of):
    found = positions(claims_of("Japan needed to accept the terms.", published=_1987))
    assert ("concede", "JPN") in found


def test_a_condition_anyone_may_meet_demands_nothing(claims_of):
    text = (
        "You don't get to the premiership unless you have a streak of "
        "determination, Mr Howard said."
    )
    found = positions(claims_of(text, published=_2004, outlet="BBC News"))
    assert ("demand", "GBR-CON") not in found


def test_a_partys_account_of_the_government_is_no_pledge(claims_of):
    text = "Mr Howard said the government will raise taxes."
    found = positions(claims_of(text, published=_2004, outlet="BBC News"))
    assert ("pledge", "GBR") not in found


def test_a_ministers_word_for_the_government_still_binds_it(claims_of):
    text = "Mr Straw said the government will not accept the deal."
    found = positions(claims_of(text, published=_2004, outlet="BBC News"))
    assert ("reject", "GBR") in found


def test_a_governing_partys_spokesman_pledges_for_the_government(claims_of):
    text = "Labour spokesman John Smithers said the government will take steps."
    found = positions(claims_of(text, published=_2004, outlet="BBC News"))
    assert ("pledge", "GBR") in found


def test_a_council_of_no_state_keeps_its_reading(claims_of):
    text = (
        "The EC says the Council of Ministers will adopt the draft but said it would "
        "review all aspects of the directive."
    )
    found = positions(claims_of(text, published=_1987, dateline="BRUSSELS"))
    assert ("pledge", "EU") in found


def test_a_stance_in_an_aside_on_a_name_is_its(claims_of):
    text = "Japan, which remains opposed to the plan, said it would abstain."
    assert ("reject", "JPN") in positions(claims_of(text, published=_1987))


def test_a_predicate_in_an_aside_on_a_thing_holds_no_stance(claims_of):
    text = "The plan, which is unacceptable to Japan, was dropped."
    assert ("reject", "JPN") not in positions(claims_of(text, published=_1987))


def test_a_congress_of_trade_unions_is_no_state(claims_of):
    text = (
        "The Zimbabwe Congress of Trade Unions said the freeze would worsen the "
        "plight of the lowest paid."
    )
    found = positions(claims_of(text, published=_1987, dateline="HARARE"))
    assert not {h for _, h in found} & {"ZWE"}


@pytest.mark.parametrize(
    "text",
    [
        "Tory spokesman Mr Lewis suggested the posters were part of a wider trend.",
        "Labour had suggested that Mr Brown would meet his golden economic rule.",
    ],
)
def test_a_suggested_reading_is_no_proposal(claims_of, text):
    found = positions(claims_of(text, published=_2004, outlet="BBC News"))
    assert not {a for a, _ in found} & {"propose"}


def test_a_suggested_course_still_proposes(claims_of):
    text = "Mr Blunkett suggested Parliament could decide in 2011."
    found = positions(claims_of(text, published=_2004, outlet="BBC News"))
    assert ("propose", "GBR") in found


@pytest.mark.parametrize(
    "text",
    [
        '"This should result in substantial new lending," Baker said.',
        '"This should do the trick," the CBI said.',
    ],
)
def test_what_a_step_should_bring_about_is_a_forecast(claims_of, text):
    assert not positions(claims_of(text, published=_1987))


def test_a_thing_that_should_be_done_is_still_asked_for(claims_of):
    text = '"The tax should be scrapped," Baker said.'
    assert ("demand", "USA") in positions(claims_of(text, published=_1987))
