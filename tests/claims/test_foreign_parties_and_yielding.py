"""Readings from the thirty-ninth session's reviews of unlabelled stories.

Who speaks: a party word in a title that another state's name or demonym qualifies
("Greek Conservative opposition leader Constantine Mitsotakis") is that state's
party, which the registry does not hold, not Britain's Conservatives; nor is a bare
"Conservative opposition leader" in a story filed from Athens. "Conservative leader
Michael Howard" and "British Conservative leader Michael Howard" still speak for the
British party.

Who speaks, too: a bearing on a party in an apposition ("Amitai Etzioni, a key
influence on New Labour thinking", "Peter Marsh, a longtime critic of the
Conservatives") is no office in it; "Peter Marsh, a Conservative MP" still speaks for
the Conservatives.

A plural of people named through "including" a member speaks for the member's side:
"Six U.S. senators, including Gillibrand, have said Trump should resign" is the
Democrats' demand, not the Senate's; "Trump's critics, including Democratic
lawmakers, have chided the administration" is the Democrats' charge. "Other Western
nations, including France," are still the West.

Stances read: no intention of yielding ("does not plan to resign", "does not intend
to step down", "is not planning to drop out") refuses the call to go; "does not
intend to use the powers" is still an undertaking not to act.

Denials: insisting on a clause whose negation sits on its object or its time ("has
insisted he has done no deals with the Tories", "insisted he had never met the donor")
denies, as "insisted he had not done any deals" does.

Concessions, too: calling off a plan or a strike of one's own ("called off its plan to
close the hospital", "Unison called off its strike") gives it up, as dropping it does;
"there is no question of Britain giving up our veto" still refuses. A change of
course concedes ("changed its mind and appointed a mediator", "made a U-turn on
tuition fees"); "he had not changed his mind" does not.

No demand: wanting to avoid what no one wants ("Brazil wanted to avoid a confrontation
with its creditors", "wants to avoid a default") asks nothing of anyone.

No comment: "I am not going to speculate", "we won't get into that" and "that is a
hypothetical" decline to answer (not a refusal of anything).

Demands: what a rule or a good ought to be ("U.S. grain should be competitive on world
markets", "advance refusals should be legally binding") is asked for; "this year
should be the fifth solid year of growth" is still a forecast.

"Would like to see the United States cut its deficit" asks a party as "wants to see"
does; "I would like to see the teacher being able to remove disruptive children" is
still the minister's own plan.

Who speaks: an "as X claim" phrase on a clause reports the clause ("As the
Conservatives claim, Mr Brown plans to raise taxes" is the Tories' charge, not Mr
Brown's proposal; "As the Conservatives said, Mr Brown must resign" is their demand,
and its content leaves their words out). "Congress hit obstacles as two senators
insisted on changes" is a time, not their report of the clause.

No refusal: what is beyond one's power over others ("we can't stop him from being
seated", "the Senate cannot force the president to sign it") refuses nothing;
"the Senate cannot accept the House bill" still does.

Concessions: contrition concedes ("I take full responsibility", "was embarrassed and
ashamed by his behavior", "I feel disgusted with myself", which accuses no one);
"disgusted with the Republicans" still faults them.

Denials: "his words had been misrepresented", "his comments were distorted" deny the
reading of them, as "taken out of context" does.

Accusations: "portrayed Mr Blair as a liar" labels him, as "described ... as" does.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import contents_of, positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 3, 28, tzinfo=UTC)
_2004 = datetime(2004, 11, 10, tzinfo=UTC)
_2005 = datetime(2005, 2, 20, tzinfo=UTC)
_2017 = datetime(2017, 11, 20, tzinfo=UTC)

_MUST_RESIGN = (
    "opposition leader Constantine Mitsotakis said the government must resign."
)


def test_a_party_word_after_another_states_demonym_is_not_britains(claims_of):
    found = positions(claims_of("Greek Conservative " + _MUST_RESIGN, published=_1987))
    assert not {h for _, h in found} & {"GBR-CON", "GBR"}


def test_a_leaning_word_in_a_story_filed_abroad_is_not_britains_party(claims_of):
    found = positions(
        claims_of("Conservative " + _MUST_RESIGN, published=_1987, dateline="ATHENS")
    )
    assert "GBR-CON" not in {h for _, h in found}


@pytest.mark.parametrize(
    "title", ["Conservative leader", "British Conservative leader"]
)
def test_the_british_party_in_a_title_still_speaks(claims_of, title):
    text = f"{title} Michael Howard said the government must resign."
    assert ("demand", "GBR-CON") in positions(claims_of(text, published=_2004))


@pytest.mark.parametrize(
    "text",
    [
        "Senator Al Franken does not intend to resign, his office said.",
        "Senator Al Franken said he does not plan to resign.",
        "Senator Al Franken said he is not planning to step down.",
        "Senator Al Franken said he doesn't plan to quit.",
    ],
)
def test_no_intention_of_yielding_refuses(claims_of, text):
    found = positions(claims_of(text, published=_2017))
    assert ("reject", "USA-DEM") in found
    assert ("pledge", "USA-DEM") not in found


def test_no_intention_to_act_is_still_an_undertaking(claims_of):
    text = (
        "Home Secretary Charles Clarke said he does not intend to use the house "
        "arrest powers now."
    )
    assert ("pledge", "GBR") in positions(claims_of(text, published=_2005))


@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Gordon Brown has insisted he has done no deals with the Tories.",
        "Chancellor Gordon Brown insisted he had never met the donor.",
        "Chancellor Gordon Brown insisted he had done nothing of the kind.",
    ],
)
def test_insisting_on_a_negated_object_or_time_denies(claims_of, text):
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert ("deny", "GBR") in found


@pytest.mark.parametrize("verb", ["portrayed", "depicted", "painted"])
def test_portraying_someone_as_a_liar_accuses(claims_of, verb):
    text = f"Tory leader Michael Howard {verb} Mr Blair as a liar."
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert ("accuse", "GBR-CON") in found


_1987_04 = datetime(1987, 4, 2, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "published", "holder"),
    [
        (
            (
                "Secretary of State George Shultz said U.S. grain should be "
                "competitive on world markets."
            ),
            _1987_04,
            "USA",
        ),
        (
            "Chancellor Gordon Brown said advance refusals should be legally binding.",
            _2005,
            "GBR",
        ),
    ],
)
def test_what_a_rule_or_a_good_should_be_is_asked_for(
    claims_of, text, published, holder
):
    found = positions(claims_of(text, published=published, outlet="BBC News"))
    assert ("demand", holder) in found


def test_what_a_year_should_be_is_still_a_forecast(claims_of):
    text = "Chancellor Gordon Brown said this year should be the fifth solid year."
    assert not positions(claims_of(text, published=_2005, outlet="BBC News"))


@pytest.mark.parametrize(
    "text",
    [
        "Japan would like to see the United States cut its budget deficit.",
        (
            "Federal Reserve Board chairman Paul Volcker is dissatisfied with the "
            "talks and would like to see smaller banks take a more active role."
        ),
    ],
)
def test_would_like_to_see_a_party_act_asks_it(claims_of, text):
    found = positions(claims_of(text, published=_1987_04))
    assert {a for a, _ in found} == {"demand"}


def test_would_like_to_see_a_thing_of_ones_own_plan_is_no_demand(claims_of):
    text = (
        'Education Secretary Ruth Kelly said: "I would like to see the teacher being '
        'able to remove disruptive children from the classroom."'
    )
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert ("demand", "GBR") not in found


def test_an_as_they_claim_phrase_reports_the_clause(claims_of):
    text = "As the Conservatives claim, Mr Brown plans to raise taxes."
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert ("propose", "GBR") not in found
    assert "GBR-CON" in {h for _, h in found}


def test_an_as_they_said_demand_is_theirs_without_their_words(claims_of):
    claims = claims_of(
        "As the Conservatives said, Mr Brown must resign.",
        published=_2005,
        outlet="BBC News",
    )
    (content,) = contents_of(claims, "demand", "GBR-CON")
    assert content.startswith("Mr Brown must resign")


@pytest.mark.parametrize(
    "clause",
    [
        "we can't stop him from being seated",
        "the Senate cannot force the president to sign it",
    ],
)
def test_what_is_beyond_ones_power_refuses_nothing(claims_of, clause):
    text = f"Senate Majority Leader Mitch McConnell said {clause}."
    assert not positions(claims_of(text, published=_2017))


def test_cannot_accept_still_refuses(claims_of):
    text = (
        "Senate Majority Leader Mitch McConnell said the Senate cannot accept the bill."
    )
    assert ("reject", "USA-REP") in positions(claims_of(text, published=_2017))


@pytest.mark.parametrize(
    "words",
    [
        '"I take full responsibility."',
        "he was embarrassed and ashamed by his behavior.",
        '"I feel disgusted with myself."',
    ],
)
def test_contrition_concedes(claims_of, words):
    text = f"Senator Al Franken said{':' if words.startswith(chr(34)) else ''} {words}"
    found = positions(claims_of(text, published=_2017))
    assert found == {("concede", "USA-DEM")}


def test_disgust_with_another_still_faults_it(claims_of):
    text = "Senator Al Franken said he was disgusted with the Republicans."
    assert ("accuse", "USA-DEM") in positions(claims_of(text, published=_2017))


def test_an_as_clause_of_time_reports_nothing(claims_of):
    text = (
        "Congress hit potential obstacles on Thursday as two more Republican "
        "senators insisted on changes."
    )
    found = positions(claims_of(text, published=_2017))
    assert ("accuse", "USA-REP") not in found


@pytest.mark.parametrize(
    ("apposition", "party"),
    [
        ("a key influence on New Labour thinking", "GBR-LAB"),
        ("a longtime critic of the Conservatives", "GBR-CON"),
    ],
)
def test_a_bearing_on_a_party_is_no_office_in_it(claims_of, apposition, party):
    text = f"Peter Marsh, {apposition}, said the government must resign."
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert party not in {h for _, h in found}


def test_a_party_member_in_an_apposition_still_speaks_for_it(claims_of):
    text = "Peter Marsh, a Conservative MP, said the government must resign."
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert ("demand", "GBR-CON") in found


@pytest.mark.parametrize(
    "words",
    [
        "I am not going to speculate.",
        "We won't get into that.",
        "That is a hypothetical at this point.",
    ],
)
def test_declining_to_answer_is_no_comment(claims_of, words):
    text = f'Tory leader Michael Howard said: "{words}"'
    claims = claims_of(text, published=_2005, outlet="BBC News")
    assert "no_comment" in {c.action for c in claims}
    assert "reject" not in {c.action for c in claims}


@pytest.mark.parametrize(
    "clause", ["his words had been misrepresented", "his comments were distorted"]
)
def test_words_misrepresented_deny_the_reading(claims_of, clause):
    text = f"Tory leader Michael Howard said {clause}."
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert ("deny", "GBR-CON") in found


_2017_12 = datetime(2017, 12, 11, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Six U.S. senators, including Gillibrand, have said Trump should resign.",
            ("demand", "USA-DEM"),
        ),
        (
            (
                "Trump's critics, including Democratic lawmakers, have chided the "
                "administration for its halting response."
            ),
            ("accuse", "USA-DEM"),
        ),
        (
            (
                "Other Western nations, including France, have accused Russia of "
                "meddling in their elections."
            ),
            ("accuse", "WEST"),
        ),
    ],
)
def test_people_named_through_including_speak_for_the_members_side(
    claims_of, text, expected
):
    assert expected in positions(claims_of(text, published=_2017_12))


@pytest.mark.parametrize(
    "text",
    [
        "Brazil wanted to avoid a confrontation with its creditors.",
        "Brazil wants to avoid a default.",
    ],
)
def test_wanting_to_avoid_what_no_one_wants_asks_nothing(claims_of, text):
    assert not positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The government called off its plan to close the hospital.", "GBR"),
        ("Unison called off its strike.", "GBR-UNISON"),
    ],
)
def test_calling_off_ones_own_plan_or_strike_concedes(claims_of, text, holder):
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert ("concede", holder) in found


def test_no_question_of_giving_up_a_veto_still_refuses(claims_of):
    text = (
        "There is no question of Britain giving up our veto on our border controls, "
        "the prime minister said."
    )
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert ("reject", "GBR") in found
    assert ("concede", "GBR") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The government changed its mind and appointed a mediator.",
        "The government made a U-turn on tuition fees.",
    ],
)
def test_a_change_of_course_concedes(claims_of, text):
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert ("concede", "GBR") in found


def test_not_changing_ones_mind_concedes_nothing(claims_of):
    text = "Tory leader Michael Howard said he had not changed his mind."
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert ("concede", "GBR-CON") not in found
