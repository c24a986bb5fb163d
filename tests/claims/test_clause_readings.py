"""Readings that depend on how the parser hangs a clause.

Sentences written for the test (names are registry actors, the words are invented);
each case failed before the rule it names.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import contents_of, positions

pytestmark = pytest.mark.model

WINTER_2005 = datetime(2005, 2, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs the infinitive as a purpose clause of "needed"
        "Jacques Chirac said Europe instead needed to reinforce its own unity.",
        "Jacques Chirac reacted, saying Europe needed to reinforce its own unity.",
    ],
)
def test_needed_to_in_reported_speech_is_a_demand(claims_of, text):
    found = positions(claims_of(text, published=WINTER_2005))
    assert ("demand", "FRA") in found


def test_needed_as_a_passive_is_no_demand(claims_of):
    text = "A Downing Street spokesman said the tariffs were needed to protect jobs."
    found = positions(claims_of(text, published=WINTER_2005))
    assert ("demand", "GBR") not in found


@pytest.mark.parametrize("prep", ["by", "after"])
def test_saying_under_a_preposition_reports_the_main_subject(claims_of, prep):
    text = (
        f"Jacques Chirac reacted to the warning {prep} saying Europe must reinforce "
        "its own unity."
    )
    found = positions(claims_of(text, published=WINTER_2005))
    assert ("demand", "FRA") in found


def test_a_past_tense_joined_to_an_infinitive_pairs_with_the_perfect(claims_of):
    # the parser hangs "criticised" on "support", inside the call's content
    text = (
        "Cosatu has issued a broad call to the union movement to support striking "
        "railway workers and criticised the state-owned rail company for "
        "threatening to replace the strikers."
    )
    found = positions(claims_of(text, published=WINTER_2005))
    assert {("demand", "ZAF-COSATU"), ("accuse", "ZAF-COSATU")} <= found


@pytest.mark.parametrize(
    ("text", "action", "holder"),
    [
        ("China offered no concessions at the talks.", "concede", "CHN"),
        ("China offered no hint it would change tack.", "propose", "CHN"),
        # nothing agreed is not a refusal either
        ("Japan clinched no agreements on the visit.", "accept", "JPN"),
    ],
)
def test_an_object_with_no_negates_the_act(claims_of, text, action, holder):
    claims = claims_of(text, published=WINTER_2005)
    assert all(c.negated for c in claims if (c.action, c.holder.id) == (action, holder))
    assert ("reject", holder) not in positions(claims)


@pytest.mark.parametrize(
    ("text", "item", "read"),
    [
        # a warning participle with a clause of its own warns for the subject; one
        # without stays commentary
        (
            (
                "Gordon Brown spoke to voters in Leeds, warning that the stakes are "
                "too high to stay at home."
            ),
            ("warn", "GBR"),
            True,
        ),
        (
            "Japan raised its tariffs on Monday, warning of a trade war.",
            ("warn", "JPN"),
            False,
        ),
        # a conditional penalty whose subject names no actor is the speaker's; one
        # by another named party stays theirs
        (
            (
                "The FBU said firefighters could strike if ministers scrap their "
                "final salary pension scheme."
            ),
            ("threaten", "GBR-FBU"),
            True,
        ),
        (
            "The FBU said Japan could retaliate if ministers scrap the scheme.",
            ("threaten", "GBR-FBU"),
            False,
        ),
    ],
)
def test_who_a_participle_or_a_conditional_penalty_speaks_for(
    claims_of, text, item, read
):
    assert (item in positions(claims_of(text, published=WINTER_2005))) is read


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Tory spokesman Peter Wyn said it was wrong to deny people a vote.",
            "GBR-CON",
        ),
        ("The Kremlin denied the opposition permission to march.", "RUS"),
    ],
)
def test_denying_someone_something_refuses_it_and_denies_no_charge(
    claims_of, text, holder
):
    found = positions(claims_of(text, published=WINTER_2005))
    assert ("deny", holder) not in found
    assert ("reject", holder) in found


@pytest.mark.parametrize(
    "text",
    ["Iran vowed retaliation.", "Iran vowed to impose sanctions on the shippers."],
)
def test_a_vowed_penalty_threatens(claims_of, text):
    found = positions(claims_of(text, published=WINTER_2005))
    assert ("threaten", "IRN") in found
    assert ("pledge", "IRN") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Iran promised to cut tariffs on grain.",
        "Canada agreed to impose a duty on its own lumber exports.",
        "Iran plans to cut tariffs on grain.",
    ],
)
def test_a_promised_relief_or_an_agreed_duty_is_no_threat(claims_of, text):
    assert not {a for a, _ in positions(claims_of(text, published=WINTER_2005))} & {
        "threaten"
    }


def test_what_should_have_been_done_accuses(claims_of):
    text = "Tory spokesman Peter Wyn said the government should have acted sooner."
    found = positions(claims_of(text, published=WINTER_2005))
    assert ("accuse", "GBR-CON") in found
    assert ("demand", "GBR-CON") not in found


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # hung by the parser on the verb of a "before" clause: the main subject's
        (
            (
                "The Tories warned that it could be years before the agency was fit "
                "for purpose, describing it as a failing organisation."
            ),
            "GBR-CON",
        ),
        # on the reported clause's own verb: that clause's subject's
        (
            (
                "Diplomats said the United States had been the most outspoken among "
                "critics of the levy, describing it as a breach of the EC's duties."
            ),
            "USA",
        ),
    ],
)
def test_a_closing_participle_phrase_belongs_to_its_clause(claims_of, text, holder):
    found = positions(claims_of(text, published=WINTER_2005))
    assert ("accuse", holder) in found


@pytest.mark.parametrize(
    ("text", "pledged"),
    [
        ("Lord Falconer says there will be amendments when the bill goes ahead.", True),
        ("Lord Falconer says there will be no review of the bill.", False),
        ("Lord Falconer says there will be a recession next year.", False),
    ],
)
def test_there_will_be_a_step_pledges_it(claims_of, text, pledged):
    found = positions(claims_of(text, published=WINTER_2005))
    assert (("pledge", "GBR") in found) is pledged


def test_a_closing_comment_is_not_part_of_the_clause(claims_of):
    # ", a stance that ..." sums up the clause before it: its words are neither the
    # reported demand's content (no threat from "withdraw") nor what holds the
    # demand the second group made
    text = (
        "Theresa May on Thursday said Jeremy Corbyn should step aside if the "
        "allegations against him are true, a stance that puts her at odds with "
        "Conservative MPs who have said they believe the accusers and have demanded "
        "that Corbyn withdraw from the contest."
    )
    found = positions(claims_of(text, published=datetime(2017, 11, 1, tzinfo=UTC)))
    assert {("demand", "GBR"), ("demand", "GBR-CON")} <= found
    assert ("threaten", "GBR") not in found


def test_a_participle_joined_to_an_infinitive_pairs_with_the_participle(claims_of):
    # the parser hangs "attacking" on "whip", inside what Kennedy argues
    text = (
        "The Liberal Democrats struck a different note on asylum, with Charles "
        "Kennedy arguing politicians should not whip up fears about migrants and "
        "attacking Michael Howard's plans for quotas."
    )
    found = positions(claims_of(text, published=WINTER_2005))
    assert ("reject", "GBR-LD") in found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a participle under "by" is how the sentence's subject acts
        (
            (
                "Charles Kennedy broke the consensus on tax by promising to raise "
                "the top rate of income tax."
            ),
            ("pledge", "GBR-LD"),
            None,
        ),
        # and so is a stance phrase under an adjective of a glad will
        (
            (
                "Charles Kennedy was happy to offer a pledge that he would do no "
                "deals with either of the big parties."
            ),
            ("pledge", "GBR-LD"),
            None,
        ),
        # not inside another's words: the Prime Minister's account of Howard
        (
            (
                "Tony Blair said Michael Howard was playing with fire by refusing "
                "to back the bill."
            ),
            None,
            ("reject", "GBR-CON"),
        ),
        # nor under a negated verb, where it is no one's act
        (
            'Charles Kennedy said: "We don\'t win anything just by asking for it."',
            None,
            ("demand", "GBR-LD"),
        ),
    ],
)
def test_a_participle_of_means_is_the_subjects_act(claims_of, text, expected, absent):
    found = positions(claims_of(text, published=WINTER_2005))
    if expected is not None:
        assert expected in found
    if absent is not None:
        assert absent not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Relations soured over the winter, with Ottawa accusing Washington "
                "of failing to act on acid rain."
            ),
            ("accuse", "CAN"),
        ),
        (
            (
                "Talks on wheat sales resumed in March, with Iran again seeking "
                "credit and barter terms."
            ),
            ("demand", "IRN"),
        ),
    ],
)
def test_a_with_clause_with_its_own_subject_asserts_its_act(claims_of, text, expected):
    found = positions(claims_of(text, published=datetime(1987, 4, 1, tzinfo=UTC)))
    assert expected in found


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Japan said it would have no choice but to retaliate.", "JPN"),
        (
            (
                "The EC said any unilateral U.S. move would leave the Community no "
                "option but to react under GATT rules."
            ),
            "EU",
        ),
    ],
)
def test_no_choice_but_a_penalty_threatens(claims_of, text, holder):
    found = positions(claims_of(text, published=datetime(1987, 4, 1, tzinfo=UTC)))
    assert ("threaten", holder) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a passive is what the agent's stance is about
        (
            "The grain plan was rejected by Japan on Tuesday.",
            ("reject", "JPN", None, "The grain plan", "Japan"),
        ),
        (
            "The tariff bill was backed by Britain.",
            ("accept", "GBR", None, "The tariff bill", "Britain"),
        ),
        # with more after the agent, that is the content; the subject is addressed
        (
            "Japan was urged by the United States to open its rice market.",
            ("demand", "USA", "JPN", "to open its rice market", "United States"),
        ),
        (
            "Canada was accused by the United States of dumping lumber.",
            ("accuse", "USA", "CAN", "of dumping lumber", "United States"),
        ),
    ],
)
def test_a_passive_with_an_agent_is_about_its_subject(claims_of, text, expected):
    action, holder, addressee, content, agent = expected
    found = [c for c in claims_of(text) if (c.action, c.holder.id) == (action, holder)]
    assert found, text
    claim = found[0]
    assert claim.content == content
    assert (claim.addressee.id if claim.addressee else None) == addressee
    assert agent in claim.evidence.text  # the agent is part of the evidence


@pytest.mark.parametrize(
    ("text", "expected", "content"),
    [
        (
            "Egypt adopted the reforms demanded by the IMF.",
            ("demand", "IMF"),
            "the reforms",
        ),
        (
            "Ministers discussed the grain tax opposed by Britain.",
            ("reject", "GBR"),
            "the grain tax",
        ),
        (
            "Brazil cited the charges denied by Argentina.",
            ("deny", "ARG"),
            "the charges",
        ),
    ],
)
def test_a_participle_with_an_agent_is_the_agents_stance(
    claims_of, text, expected, content
):
    found = contents_of(claims_of(text), *expected)
    assert found, text
    assert found[0] == content


def test_a_participle_stance_keeps_its_own_phrase(claims_of):
    # the condition belongs to the clause on the accord, not to those opposed
    text = (
        "Leaving would blow apart the deal, a course opposed by Russia and China, "
        "the other parties to the accord, under which Iran got relief in return "
        "for curbing its nuclear work."
    )
    found = positions(claims_of(text))
    assert ("reject", "RUS") in found
    assert ("demand", "RUS") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Senate debated the bill approved by the House last week.",
        "Senators debated the amendment offered by Senator Susan Collins.",
    ],
)
def test_a_participle_of_procedure_or_authorship_takes_no_stance(claims_of, text):
    assert not positions(claims_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "It is unclear whether Japan would accept the plan or seek a later date.",
        "It is not clear whether Japan will reject the plan.",
        "Officials wondered whether Japan would reject the plan.",
        "Analysts asked if Japan would reject the plan.",
        "Japan will decide whether to reject the plan.",
    ],
)
def test_an_open_question_takes_no_stance(claims_of, text):
    assert positions(claims_of(text)) == set()


def test_a_condition_is_no_open_question(claims_of):
    text = "Japan said it would reject the plan if the U.S. did not drop its tariffs."
    assert ("reject", "JPN") in positions(claims_of(text))


def test_a_name_after_an_opening_clause_is_the_main_verbs_subject(claims_of):
    text = (
        "While a top UN official has described the army's actions as a textbook "
        "case of “ethnic cleansing”, U.S. Secretary of State Rex Tillerson on a "
        "visit last week refused to label it as such."
    )
    found = positions(claims_of(text, published=datetime(2017, 11, 21, tzinfo=UTC)))
    assert ("reject", "USA") in found


def test_a_refusal_joined_to_a_reported_clause_is_the_speakers(claims_of):
    text = (
        "Senator Al Franken said he was ashamed of his behavior but would not resign."
    )
    found = positions(claims_of(text, published=datetime(2017, 11, 25, tzinfo=UTC)))
    assert ("reject", "USA-DEM") in found


@pytest.mark.parametrize(
    "text",
    [
        # its own subject, and a passive: no refusal of the speaker's
        (
            "Robin Cook warned that voters were the real challenge and they would not "
            "be motivated by the manifesto."
        ),
        # one of those accused by others accuses no one
        (
            "Senator Al Franken is one of several senators who have been accused of "
            "misconduct."
        ),
    ],
)
def test_no_refusal_or_charge_read_into_others_words(claims_of, text):
    found = positions(claims_of(text, published=datetime(2017, 11, 25, tzinfo=UTC)))
    assert not {a for a, _ in found} & {"reject", "accuse"}


def test_a_modal_on_a_chain_of_conjuncts_is_reported_too(claims_of):
    text = (
        "“I consider the senator a dear friend, but he has a higher obligation to "
        "his constituents, and he should step down immediately,” Schumer said."
    )
    found = positions(claims_of(text, published=datetime(2017, 12, 7, tzinfo=UTC)))
    assert ("demand", "USA-DEM") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a main verb the parser hung in an aside is the name's
        (
            (
                "Senate Republican leader Mitch McConnell, working with a slim 52-48 "
                'majority, called on Moore to drop out of the race "if these allegations '
                'are true."'
            ),
            ("demand", "USA-REP"),
        ),
        # words in an interview in which a party speaks are its own
        (
            (
                "The Times publishes an interview in which Trump says he will propose "
                "ending sanctions on Russia."
            ),
            ("propose", "USA"),
        ),
        # a stance "after she" did it is asserted
        (
            (
                "Trump rebuked British Prime Minister Theresa May after she criticized him "
                "for retweeting the videos."
            ),
            ("accuse", "GBR"),
        ),
    ],
)
def test_clauses_the_parser_or_the_story_set_apart_are_asserted(
    claims_of, text, expected
):
    claims = claims_of(text, published=datetime(2017, 11, 30, tzinfo=UTC))
    assert expected in positions(claims)
