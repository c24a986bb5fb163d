"""Readings from the thirty-sixth session's reviews of the dev gold's tuning half and of
unlabelled stories.

Who speaks: "the charity's director added" speaks for the charity the story named
before, as "the charity" alone does ("Oxfam's director" always did); "Haitian
community leaders in New York" speak for no state; "the country's Congress" in a
sentence about Brazil is not the US Congress; "the Ministry of Posts and
Telecommunications" in a Tokyo story is Japan's, as "the Trade Ministry" is; in
"Tehran had been told of U.S. concern" the one told is not the speaker, and "was told
by the United States" names who spoke; in "has said the holdings were falling and
rejected calls for limits" the refusal is the speaker's, not the holdings'.

Stances: "we want to see the Senate go first" demands, "wanted to see what the United
States would do" waits; criticism a plan "came under from Democrats" is theirs, as
criticism it "drew from" them is; "I do not think there will be a trade war"
dismisses the fear, "I don't think the friction will be solved" still warns; "is
determined to resist France's demands" refuses them, "is determined to keep its
rebate" pledges; "there is no reason to impose further restrictions" refuses them,
"no reason to doubt" does not.

Nothing taken: "these changes should yield 60 mln stg" forecasts, as "the deficit
should fall" does; "declined to address Bannon's role" comments on nothing; "asked
Gordon about efforts to ..." puts a question ("asked him for documents" and "asked him
to testify" demand); criticism a move "would have drawn" was never made; wanting "to
find out more" asks nothing; "he supported that by saying ..." backs a point, not a
plan; "no politician should make the mistake" is a maxim for anyone.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_2005 = datetime(2005, 3, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    "speaker", ["the charity's director added", "the charity's chief executive said"]
)
def test_a_person_of_a_body_named_before_speaks_for_it(claims_of, speaker):
    text = (
        'Oxfam said the G8 had failed the poorest. "Unless world leaders act now, '
        f'the year will end in shameful failure," {speaker}.'
    )
    assert ("warn", "GBR-OXFAM") in positions(claims_of(text, published=_2005))


def test_a_person_of_a_body_no_one_named_speaks_for_none(claims_of):
    text = (
        'The talks opened on Monday. "Unless world leaders act now, the year will '
        "end in shameful failure,\" the charity's director added."
    )
    assert not positions(claims_of(text, published=_2005))


_1987 = datetime(1987, 3, 5, tzinfo=UTC)
_2017 = datetime(2017, 11, 28, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        '"Taken together, these changes should yield 60 mln stg," Lawson said.',
        "Lawson said the cuts should save 400 mln stg a year.",
    ],
)
def test_should_with_a_yield_forecasts(claims_of, text):
    assert ("demand", "GBR") not in positions(claims_of(text, published=_1987))


def test_should_with_a_yield_by_someone_who_can_act_still_demands(claims_of):
    text = "Lawson said the banks should bring down their lending rates."
    assert ("demand", "GBR") in positions(claims_of(text, published=_1987))


def test_declining_to_address_a_matter_is_no_comment(claims_of):
    text = "Senator Mitch McConnell declined to address Bannon's role in the race."
    claims = claims_of(text, published=_2017)
    assert [c.action for c in claims] == ["no_comment"]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Dianne Feinstein asked Gordon about efforts to soften the platform.",
        "Senator Dianne Feinstein asked Gordon about the meeting in Cleveland.",
    ],
)
def test_asking_someone_about_a_matter_is_a_question(claims_of, text):
    assert ("demand", "USA-DEM") not in positions(claims_of(text, published=_2017))


@pytest.mark.parametrize(
    "text",
    [
        "Senator Dianne Feinstein asked Gordon for documents about the meeting.",
        "Senator Dianne Feinstein asked Gordon to testify about the meeting.",
    ],
)
def test_asking_for_something_about_a_matter_demands(claims_of, text):
    assert ("demand", "USA-DEM") in positions(claims_of(text, published=_2017))


@pytest.mark.parametrize(
    "text",
    [
        "Haitian community leaders in New York urged the administration to act.",
        "The Haitian community in New York urged the administration to act.",
    ],
)
def test_a_nations_community_abroad_does_not_speak_for_its_state(claims_of, text):
    assert ("demand", "HTI") not in positions(claims_of(text, published=_2017))


def test_a_nations_officials_still_speak_for_it(claims_of):
    text = "Haitian officials urged the administration to extend the program."
    assert ("demand", "HTI") in positions(claims_of(text, published=_2017))


def test_criticism_a_move_would_have_drawn_is_none_made(claims_of):
    text = "Such a move would have drawn criticism from Democrats."
    assert not positions(claims_of(text, published=_2017))


def test_criticism_a_move_drew_is_made(claims_of):
    text = "The move drew criticism from Democrats."
    assert ("accuse", "USA-DEM") in positions(claims_of(text, published=_2017))


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            'House Speaker Paul Ryan said: "We want to see the Senate go first."',
            "USA-REP",
        ),
        ("Japan said it wanted to see the United States cut its deficit.", "JPN"),
    ],
)
def test_wanting_to_see_another_act_demands_it(claims_of, text, holder):
    assert ("demand", holder) in positions(claims_of(text, published=_2017))


@pytest.mark.parametrize(
    "text",
    [
        "Japan said it wanted to see what the United States would do.",
        "Japan said it wanted to see if the United States would act.",
    ],
)
def test_waiting_to_see_demands_nothing(claims_of, text):
    assert ("demand", "JPN") not in positions(claims_of(text, published=_2017))


@pytest.mark.parametrize(
    "text",
    [
        "The plan came under criticism from Democrats.",
        "The plan has come under heavy criticism from Democrats.",
    ],
)
def test_criticism_a_plan_came_under_is_the_critics(claims_of, text):
    assert ("accuse", "USA-DEM") in positions(claims_of(text, published=_2017))


def test_criticism_from_no_one_named_is_no_ones(claims_of):
    text = "The plan came under criticism on Tuesday."
    assert not positions(claims_of(text, published=_2017))


@pytest.mark.parametrize(
    "text",
    [
        '"I do not think there will be a trade war," Japan\'s trade minister said.',
        "Japan's trade minister said he did not think there would be a trade war.",
    ],
)
def test_a_harm_doubted_is_denied(claims_of, text):
    found = positions(claims_of(text, published=_1987))
    assert ("deny", "JPN") in found
    assert ("warn", "JPN") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Japan's trade minister said he thinks there will be a trade war.",
        "\"I don't think the friction will be solved soon,\" Japan's trade minister said.",
    ],
)
def test_a_harm_foreseen_or_a_remedy_doubted_warns(claims_of, text):
    assert ("warn", "JPN") in positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    "text",
    [
        "Britain is determined to oppose the plan.",
        "Britain is determined to resist France's demands.",
    ],
)
def test_a_resolve_to_resist_refuses(claims_of, text):
    found = positions(claims_of(text, published=_2005))
    assert ("reject", "GBR") in found
    assert ("pledge", "GBR") not in found


def test_a_resolve_to_act_still_pledges(claims_of):
    text = "Britain is determined to keep its rebate."
    assert ("pledge", "GBR") in positions(claims_of(text, published=_2005))


def test_the_countrys_congress_after_another_state_is_not_the_us_congress(claims_of):
    text = (
        "A major reform of Brazil's bankruptcy laws has been approved by the "
        "country's Congress."
    )
    found = positions(claims_of(text, published=_2005))
    assert not any(holder == "USA-CONGRESS" for _, holder in found)


def test_the_countrys_congress_after_the_us_is_the_us_congress(claims_of):
    text = "A reform of America's tax laws has been approved by the country's Congress."
    found = positions(claims_of(text, published=_2017))
    assert ("accept", "USA-CONGRESS") in found


def test_wanting_to_find_out_more_asks_nothing(claims_of):
    text = (
        "Gordon Brown's aides say he wants to find out more about the Kenyan "
        "government's education policies."
    )
    assert ("demand", "GBR") not in positions(claims_of(text, published=_2005))


def test_wanting_to_stick_to_a_schedule_still_asks_for_it(claims_of):
    text = "The European Community wanted to stick to the schedule for the talks."
    assert ("demand", "EU") in positions(claims_of(text, published=_1987))


def test_the_one_told_is_not_the_speaker(claims_of):
    text = (
        "The State Department said Tehran had been told of U.S. concern that "
        "Iranian missiles posed a threat to shipping."
    )
    found = positions(claims_of(text, published=_1987))
    assert not any(holder == "IRN" for _, holder in found)


def test_the_one_who_told_is_the_speaker(claims_of):
    text = "Japan was told by the United States that it must open its markets."
    found = positions(claims_of(text, published=_1987))
    assert ("demand", "USA") in found
    assert not any(holder == "JPN" for _, holder in found)


def test_backing_a_point_by_saying_backs_no_plan(claims_of):
    text = (
        "Nigel Lawson said the cuts were consistent with monetary conditions. He "
        "supported that by saying the money supply was inside its band."
    )
    assert ("accept", "GBR") not in positions(claims_of(text, published=_1987))


def test_backing_a_plan_by_saying_backs_it(claims_of):
    text = "Britain supported the plan by saying it would help exports."
    assert ("accept", "GBR") in positions(claims_of(text, published=_1987))


def test_a_ministry_named_for_its_field_is_the_home_states(claims_of):
    text = (
        "The Ministry of Posts and Telecommunications has urged the two rival firms "
        "to merge."
    )
    found = positions(claims_of(text, published=_1987, dateline="TOKYO"))
    assert ("demand", "JPN") in found


def test_a_ministry_of_another_state_is_not_the_home_states(claims_of):
    text = "The Ministry of Finance of Brazil has urged the banks to cut rates."
    found = positions(claims_of(text, published=_1987, dateline="TOKYO"))
    assert ("demand", "JPN") not in found


def test_no_reason_to_act_refuses_the_act(claims_of):
    text = '"There is no reason to impose further restrictions," the Bundesbank said.'
    assert ("reject", "DEU-BBK") in positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    "text",
    [
        "The Bundesbank said there was no reason to doubt the figures.",
        "The Bundesbank said there was no reason to worry about inflation.",
    ],
)
def test_no_reason_to_doubt_or_worry_refuses_nothing(claims_of, text):
    assert ("reject", "DEU-BBK") not in positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            (
                "The West German government has said the holdings were falling and "
                "rejected calls for tighter limits."
            ),
            ("reject", "DEU"),
        ),
        (
            "Japan said the deficit was growing and urged Washington to act.",
            ("demand", "JPN"),
        ),
    ],
)
def test_a_past_verb_after_a_reported_progressive_is_the_speakers(
    claims_of, text, stance
):
    assert stance in positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    "text",
    [
        (
            'Gordon Brown said: "No politician should make the mistake of promising '
            'guarantees on every single thing."'
        ),
        "Gordon Brown said no chancellor should make promises he cannot keep.",
    ],
)
def test_a_maxim_for_no_one_in_particular_demands_nothing(claims_of, text):
    assert ("demand", "GBR") not in positions(claims_of(text, published=_2005))


def test_no_country_should_be_forced_still_takes_a_stance(claims_of):
    text = "Gordon Brown said no country should be forced to join the euro."
    assert ("demand", "GBR") in positions(claims_of(text, published=_2005))
