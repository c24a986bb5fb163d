"""Readings from the thirty-seventh session's reviews of the dev gold's tuning half and
of unlabelled stories.

Stances kept: a party that "will not drop its demand", "refused to abandon its
conditions" or "is unlikely to back away from its demand" still demands; one that
"would not withdraw its objection" still rejects, and one that "will not give up its
threat" still threatens. Dropping the demand gives way, as before.

Stances read: readiness "to be flexible" concedes and reluctance to give way refuses;
"encouraged Japan to open its markets" demands; what "the Commission's proposals would
slash" is its owner's proposal, not what a plan "would mean"; what a government says
its own reforms "should" do proposes them; a government's measure told in the passive
("the duty would be lowered"), a target it "would meet" and a benefit that "would
rise" are its pledges, and "would be one of his priorities" pledges too; harms
foreseen in so many words warn ("play into the hands of", "set a poor example");
support a plan "has" is its givers', pleas demand, vetoes and defiance refuse, as does
"would stop short of supporting"; "thanked the committee for its finding" accepts it.

Who speaks: a dateline that names no state ("MIAMI") leaves the home state to the
text, so a central bank governor with no country serves it, but a firm's or a body's
president ("union president Bob White") never does; "the American said" is one
person, not the United States; every party of a list whose names carry appositions
takes the stance.

Nothing taken: a harm only taken up ("will highlight the problem"), a wish about the
past ("ideally they should have started"), "defied the pundits", "told reporters not
to expect"; "refused to weigh in" and "declined to give his view" are no comment.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 3, 20, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Japan will not drop its demand that the quotas be cut, officials said.",
        "Japan refused to abandon its demand for lower quotas, officials said.",
        (
            "Japan is unlikely to back away from its basic demand that quotas be "
            "set by objective criteria, officials said."
        ),
        "Japan said it would not give up its conditions for a new pact.",
    ],
)
def test_a_demand_not_given_up_is_held(claims_of, text):
    found = positions(claims_of(text, published=_1987))
    assert ("demand", "JPN") in found
    assert not found & {("reject", "JPN"), ("concede", "JPN")}


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Japan is unwilling to drop its objection to the plan.", "reject"),
        ("Japan will not withdraw its threat of sanctions against Korea.", "threaten"),
    ],
)
def test_other_stances_not_given_up_are_held(claims_of, text, held):
    found = positions(claims_of(text, published=_1987))
    assert (held, "JPN") in found
    assert ("concede", "JPN") not in found


def test_a_demand_dropped_gives_way(claims_of):
    found = positions(
        claims_of("Japan dropped its demand for lower quotas.", published=_1987)
    )
    assert found == {("concede", "JPN")}


def test_a_penalty_not_given_up_is_no_kept_demand(claims_of):
    found = positions(
        claims_of("Japan is unlikely to back away from the tax.", published=_1987)
    )
    assert ("demand", "JPN") not in found


def test_a_readiness_to_be_flexible_concedes(claims_of):
    text = "Brazil was ready to be flexible on quotas, delegates said."
    assert ("concede", "BRA") in positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    "text",
    [
        "Brazil is not prepared to be flexible on quotas, delegates said.",
        "Brazil is unwilling to show flexibility on quotas, delegates said.",
    ],
)
def test_no_readiness_to_be_flexible_refuses(claims_of, text):
    found = positions(claims_of(text, published=_1987))
    assert ("reject", "BRA") in found
    assert ("concede", "BRA") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Brazil is unwilling to compromise, delegates said.",
        "Brazil is reluctant to offer concessions on quotas, delegates said.",
    ],
)
def test_reluctance_to_give_way_refuses(claims_of, text):
    found = positions(claims_of(text, published=_1987))
    assert ("reject", "BRA") in found
    assert ("concede", "BRA") not in found


def test_every_party_of_a_list_with_appositions_takes_the_stance(claims_of):
    text = (
        "Neither Brazil, the largest producer, nor the U.S., the largest consumer, "
        "are ready to be flexible, delegates said."
    )
    found = positions(claims_of(text, published=_1987))
    assert {("reject", "BRA"), ("reject", "USA")} <= found


def test_encouraging_a_party_to_act_asks_it_to(claims_of):
    claims = claims_of(
        "The United States encouraged Japan to open its markets.", published=_1987
    )
    assert [
        (c.action, c.holder.id, c.addressee and c.addressee.id) for c in claims
    ] == [("demand", "USA", "JPN")]


@pytest.mark.parametrize(
    "text",
    [
        "The government encouraged investment in the north.",
        "Such measures would encourage other countries to retaliate, he said.",
    ],
)
def test_encouraging_a_thing_asks_no_one(claims_of, text):
    assert not positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The European Commission's proposals would slash farm prices.", "EU"),
        ("The proposals from the European Commission would slash farm prices.", "EU"),
        ("The Tory plans would abolish regional assemblies.", "GBR-CON"),
    ],
)
def test_what_a_plan_would_do_are_its_owners_terms(claims_of, text, holder):
    found = positions(claims_of(text, published=datetime(2005, 3, 1, tzinfo=UTC)))
    assert ("propose", holder) in found


@pytest.mark.parametrize(
    "text",
    [
        "The European Commission's proposal would mean a 35 pct rise in the budget.",
        "The European Commission's proposal would hurt farmers.",
        "The European Commission's plan would win support from a large majority.",
        "The Republican plan was a scam.",
    ],
)
def test_what_a_plan_brings_about_is_no_proposal(claims_of, text):
    found = positions(claims_of(text, published=datetime(2005, 3, 1, tzinfo=UTC)))
    assert not {a for a, _ in found} & {"propose"}


def test_a_dateline_that_names_no_state_leaves_the_text_to_say(claims_of):
    text = (
        "Brazil wants to resume interest payments on its debt, central bank governor "
        "Francisco Gros said. Brazil's creditors met Brazil's negotiators on Monday. "
        "Gros said he will also formally ask the banks for a 90-day rollover. He did "
        "not elaborate."
    )
    claims = claims_of(text, published=_1987, dateline="MIAMI")
    assert ("demand", "BRA") in positions(claims)
    assert [c.holder.id for c in claims if c.action == "no_comment"] == ["BRA"]


def test_a_firms_president_does_not_speak_for_the_home_state(claims_of):
    text = (
        "Roger Hemminghaus, President of Diamond Shamrock Refining and Marketing Co, "
        "said he opposed the tax."
    )
    claims = claims_of(text, published=_1987, dateline="WASHINGTON")
    assert not [c for c in claims if c.holder.id == "USA"]


def test_a_harm_only_taken_up_is_no_warning(claims_of):
    text = (
        "The ministerial meeting of the OECD in May will highlight the agriculture "
        "problem, Yeutter said."
    )
    claims = claims_of(text, published=_1987, dateline="WASHINGTON")
    assert ("warn", "USA") not in positions(claims)
    more = claims_of(
        "The tariffs will cause a crisis, Yeutter said.",
        published=_1987,
        dateline="WASHINGTON",
    )
    assert ("warn", "USA") in positions(more)


def test_a_wish_about_the_past_faults_no_one(claims_of):
    text = (
        'The Belgian minister told journalists, "We have used this meeting to reach '
        "the point at which real negotiations can start. Ideally they should have "
        'started now but our procedures took much longer than planned."'
    )
    assert ("accuse", "BEL") not in positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    "text",
    [
        "Tony Blair said he wasn't interested in a deal with the unions.",
        "The Conservatives said they would appeal against a High Court decision.",
    ],
)
def test_refusals_in_reported_words(claims_of, text):
    found = positions(claims_of(text, published=datetime(2005, 3, 1, tzinfo=UTC)))
    assert {a for a, _ in found} == {"reject"}


@pytest.mark.parametrize(
    "text",
    [
        "Tony Blair said climate change would be one of his top priorities.",
        "Tony Blair has said tackling world poverty would be one his G8 priorities.",
    ],
)
def test_what_will_come_first_for_a_party_is_its_pledge(claims_of, text):
    found = positions(claims_of(text, published=datetime(2005, 3, 1, tzinfo=UTC)))
    assert found == {("pledge", "GBR")}


def test_what_a_government_says_its_policy_should_do_proposes(claims_of):
    claims = claims_of(
        "Education Secretary Ruth Kelly said reforms should build on GCSEs.",
        published=datetime(2005, 3, 1, tzinfo=UTC),
    )
    assert positions(claims) == {("propose", "GBR")}
    other = claims_of(
        "Michael Howard said reforms should build on GCSEs.",
        published=datetime(2005, 3, 1, tzinfo=UTC),
    )
    assert positions(other) == {("demand", "GBR-CON")}


@pytest.mark.parametrize(
    "text",
    [
        "Gordon Brown said the excise duty on some fabrics would be lowered.",
        'Gordon Brown said immigration rules would be "toughened up".',
    ],
)
def test_a_governments_measure_told_in_the_passive_pledges(claims_of, text):
    found = positions(claims_of(text, published=datetime(2005, 3, 1, tzinfo=UTC)))
    assert found == {("pledge", "GBR")}


@pytest.mark.parametrize(
    "text",
    [
        "Michael Howard said the excise duty on fabrics would be lowered.",
        "Gordon Brown said the excise duty would be lowered if Labour won.",
        "Gordon Brown warned that the excise duty would be lowered.",
    ],
)
def test_a_measure_told_by_others_or_on_a_condition_pledges_nothing(claims_of, text):
    found = positions(claims_of(text, published=datetime(2005, 3, 1, tzinfo=UTC)))
    assert "pledge" not in {a for a, _ in found}


def test_support_a_plan_has_is_its_givers(claims_of):
    found = positions(
        claims_of(
            "The plan has the support of France, the Netherlands and Italy.",
            published=_1987,
        )
    )
    assert found == {("accept", "FRA"), ("accept", "NLD"), ("accept", "ITA")}


def test_a_plea_is_its_owners_demand(claims_of):
    found = positions(
        claims_of("Britain rejected OPEC's plea for lower output.", published=_1987)
    )
    assert ("demand", "OPEC") in found


def test_defying_turns_down(claims_of):
    found = positions(
        claims_of("Zaire defied its creditors last year.", published=_1987)
    )
    assert found == {("reject", "COD")}


def test_refusing_to_weigh_in_is_no_comment(claims_of):
    claims = claims_of(
        "Japan's trade minister refused to weigh in on the dispute.", published=_1987
    )
    assert [(c.action, c.holder.id) for c in claims] == [("no_comment", "JPN")]


def test_a_veto_is_its_owners_refusal(claims_of):
    found = positions(
        claims_of(
            "The committee overrode France's veto of the farm deal.", published=_1987
        )
    )
    assert ("reject", "FRA") in found


def test_stopping_short_of_backing_turns_down(claims_of):
    text = (
        "Treasury Secretary James Baker said the United States would stop short of "
        "supporting the proposals."
    )
    assert positions(claims_of(text, published=_1987)) == {("reject", "USA")}


def test_the_most_important_thing_to_do_is_asked_for(claims_of):
    text = (
        "Prime Minister Yasuhiro Nakasone said the most important thing now is to get "
        "parliamentary approval of the budget."
    )
    assert positions(claims_of(text, published=_1987)) == {("demand", "JPN")}


def test_one_person_of_a_nation_does_not_speak_for_it(claims_of):
    text = 'After the match the American said: "I think it is highly insulting."'
    assert not claims_of(text, published=_1987)
    sides = claims_of("The Americans said they would reject the plan.", published=_1987)
    assert positions(sides) == {("reject", "USA")}


@pytest.mark.parametrize(
    "text",
    [
        (
            '"The U.S. action will have a significant impact on the growing anti-U.S. '
            "feeling here,\" Japan's trade minister said."
        ),
        (
            "EC commissioner Willy de Clercq told reporters the dispute set a poor "
            "example for other members of GATT."
        ),
        (
            'Senator Bob Dole said a refusal could "play into the hands of those who want '
            'mandatory controls".'
        ),
        (
            '"If these measures are taken, the atmosphere in Japan would become not so '
            "good as before,\" Japan's trade minister said."
        ),
    ],
)
def test_harms_foreseen_in_so_many_words_warn(claims_of, text):
    found = positions(claims_of(text, published=_1987))
    assert {a for a, _ in found} == {"warn"}


def test_thanking_a_body_for_its_finding_accepts_it(claims_of):
    text = (
        "Republican Representative Devin Nunes thanked the House Ethics Committee for "
        "its finding."
    )
    found = positions(claims_of(text, published=datetime(2017, 12, 7, tzinfo=UTC)))
    assert found == {("accept", "USA-REP")}


def test_a_healthy_development_is_welcomed(claims_of):
    text = "\"That's a very healthy development,\" Japan's trade minister said."
    assert positions(claims_of(text, published=_1987)) == {("accept", "JPN")}


@pytest.mark.parametrize(
    "text",
    [
        "Gordon Brown insisted economic targets would be met.",
        "Gordon Brown told MPs child benefit would rise to a maximum of £63.",
    ],
)
def test_a_governments_target_or_measure_it_tells_of_pledges(claims_of, text):
    found = positions(claims_of(text, published=datetime(2005, 3, 1, tzinfo=UTC)))
    assert found == {("pledge", "GBR")}


def test_a_measure_told_by_the_opposition_stays_its_statement(claims_of):
    claims = claims_of(
        "Michael Howard said taxes would be raised under Labour.",
        published=datetime(2005, 3, 1, tzinfo=UTC),
    )
    assert [(c.action, c.holder.id) for c in claims] == [("state", "GBR-CON")]


def test_anothers_quotas_that_must_go_are_demanded(claims_of):
    text = (
        "Japan has been given plenty of time to reform its farm support and the "
        "quotas must be scrapped, U.S. Agriculture Secretary Richard Lyng said."
    )
    assert ("demand", "USA") in positions(claims_of(text, published=_1987))


def test_declining_to_give_ones_view_is_no_comment(claims_of):
    claims = claims_of(
        "Tony Blair declined to give his view on the row.",
        published=datetime(2005, 3, 1, tzinfo=UTC),
    )
    assert [(c.action, c.holder.id) for c in claims] == [("no_comment", "GBR")]


@pytest.mark.parametrize(
    "text",
    [
        "Gordon Brown told MPs he had defied the pundits by hitting his growth target.",
        "Gordon Brown told reporters not to expect any dramatic developments.",
    ],
)
def test_proving_pundits_wrong_or_a_forecast_is_no_stance(claims_of, text):
    assert not positions(claims_of(text, published=datetime(2005, 3, 1, tzinfo=UTC)))


@pytest.mark.parametrize(
    "text",
    [
        "IADB president Antonio Ortiz Mena said the bank needed more resources.",
        "Union president Bob White said the union would strike on Thursday.",
    ],
)
def test_a_bodys_president_does_not_speak_for_the_text_state(claims_of, text):
    lead = (
        "The United States wants more funds for the bank. U.S. officials said "
        "Washington would decide soon, and the United States would pay. "
    )
    claims = claims_of(lead + text, published=_1987, dateline="MIAMI")
    assert not [
        c
        for c in claims
        if c.evidence.start >= len(lead) and c.holder.id in {"USA", "CAN"}
    ]
