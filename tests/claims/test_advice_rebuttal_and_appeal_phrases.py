"""Set phrases of advice, rebuttal, appeal and regret, and the legislators who write tax law.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 4, 1, tzinfo=UTC)
_2005 = datetime(2005, 1, 10, tzinfo=UTC)
_2017 = datetime(2017, 11, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The Conservatives said they would appeal against the ruling.",
            _2005,
            ("reject", "GBR-CON"),
        ),
        (
            "Britain said it was not convinced by the Commission's proposal.",
            _1987,
            ("reject", "GBR"),
        ),
        (
            'Asked whether Labour would join, Mr Blair said: "The answer is no."',
            _2005,
            ("reject", "GBR"),
        ),
        (
            "Britain said it would be wise for France to withdraw its tariffs.",
            _1987,
            ("demand", "GBR"),
        ),
        (
            (
                "Mr Howard said a far better solution would be for councils to draw up "
                "the lists."
            ),
            _2005,
            ("propose", "GBR-CON"),
        ),
        (
            "Labour said it played no part in drafting the answer.",
            _2005,
            ("deny", "GBR-LAB"),
        ),
        (
            'The Justice Department said: "We are not politically motivated."',
            _2017,
            ("deny", "USA"),
        ),
        (
            (
                "Japan's trade minister said: \"I am afraid this time we have to give "
                'more than we take from these talks."'
            ),
            _1987,
            ("concede", "JPN"),
        ),
    ],
)
def test_a_set_phrase_gives_a_statement_its_stance(
    claims_of, text, published, expected
):
    assert expected in positions(claims_of(text, published=published))


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # an answer that names someone refuses nothing
        ("Mr Blair said the answer was no-one in his cabinet.", _2005),
        # an appeal for something asks for it; it rejects no ruling
        ("The Conservatives said they would appeal to voters in the north.", _2005),
        # being convinced of something rejects nothing
        ("Britain said it was convinced by the Commission's proposal.", _1987),
    ],
)
def test_near_misses_take_no_stance_of_rejection(claims_of, text, published):
    actions = {c.action for c in claims_of(text, published=published)}
    assert "reject" not in actions


def test_tax_writers_of_a_party_speak_for_it(claims_of):
    claims = claims_of(
        "Republican tax writers initially proposed lowering that cap to $2,400.",
        published=_2017,
    )
    assert ("propose", "USA-REP") in positions(claims)


# -- a penalty held out on a condition -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        (
            "Reagan warned Iran of stronger American countermeasures if the military "
            "escalation continued."
        ),
        "The EC warned of retaliation if Washington went ahead with the tariffs.",
    ],
)
def test_a_warning_of_ones_own_penalty_on_a_condition_threatens(claims_of, text):
    claims = claims_of(text, published=_1987)
    assert "threaten" in {c.action for c in claims}


def test_a_warning_of_another_partys_penalty_stays_a_warning(claims_of):
    claims = claims_of(
        "The EC warned Japan of U.S. sanctions if it did not open its markets.",
        published=_1987,
    )
    assert ("warn", "EU") in positions(claims)
    assert "threaten" not in {c.action for c in claims}


def test_a_possible_penalty_on_a_condition_is_foreseen_not_held_out(claims_of):
    claims = claims_of(
        "U.S. Commerce Secretary Malcolm Baldrige praised South Korea's new trade "
        "policies but warned of possible protectionist retaliation if Seoul's "
        "efforts falter.",
        published=_1987,
    )
    assert ("warn", "USA") in positions(claims)
    assert "threaten" not in {c.action for c in claims}


def test_a_penalty_in_the_condition_is_feared_not_held_out(claims_of):
    claims = claims_of(
        "Britain warned that the economy would suffer if Washington imposed tariffs.",
        published=_1987,
    )
    assert ("warn", "GBR") in positions(claims)
    assert "threaten" not in {c.action for c in claims}


@pytest.mark.parametrize(
    "text",
    [
        (
            "Russia said it would close its ports to Norwegian vessels if Oslo did not "
            "lift the ban."
        ),
        (
            "A diplomat said Moscow had warned Norwegian negotiators that it would close "
            "Russia's economic zone to Norwegian vessels if Oslo does not lift the port "
            "ban."
        ),
    ],
)
def test_closing_a_zone_or_ports_to_another_party_is_a_penalty(claims_of, text):
    claims = claims_of(text, published=_2017)
    assert ("threaten", "RUS") in {(c.action, c.holder.id) for c in claims}


def test_closing_a_gap_is_no_penalty(claims_of):
    claims = claims_of(
        "Russia said it would close the gap with its rivals if prices rose.",
        published=_2017,
    )
    assert "threaten" not in {c.action for c in claims}


# -- announcing an end, a ban or a crackdown ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        (
            "Mr Clarke is expected to announce an end to the automatic right to settle "
            "for immigrants' families."
        ),
        "Britain announced a crackdown on persistent truants.",
    ],
)
def test_announcing_an_end_or_a_crackdown_proposes_it(claims_of, text):
    claims = claims_of(text, published=_2005)
    assert ("propose", "GBR") in positions(claims)


def test_announcing_the_end_of_a_war_proposes_nothing(claims_of):
    claims = claims_of("Britain announced the end of the war.", published=_2005)
    assert "propose" not in {c.action for c in claims}


# -- words that run another party down ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mr Howard said the rise in crime was partly the fault of the government.",
        "Mr Howard said the announcement was a humiliating retreat by the government.",
        "Mr Howard said the government was obstructing the inquiry.",
    ],
)
def test_blame_said_of_another_party_accuses_it(claims_of, text):
    assert ("accuse", "GBR-CON") in positions(claims_of(text, published=_2005))


def test_blame_denied_accuses_no_one(claims_of):
    claims = claims_of(
        "Mr Howard said it was not the fault of the government.", published=_2005
    )
    assert "accuse" not in {c.action for c in claims}


# -- advice to another party, and a charge countered ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Britain suggested that Japan open its markets.",
        "Britain recommended that Japan cut its tariffs.",
        "Britain suggested that Japan be allowed to join the talks.",
    ],
)
def test_advice_for_another_party_to_act_demands_it(claims_of, text):
    assert ("demand", "GBR") in positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    "text",
    [
        # a past act, a view of how things are, a modal and the speaker's own side
        "Britain suggested that Japan had opened its markets.",
        "Britain suggested that Japan's markets are less closed than they were.",
        "Britain suggested the cash could be shared out among the members.",
        "Britain suggested that Japan will open its markets soon.",
        "Britain suggested that we meet again in May.",
        "Britain suggested a new round of talks.",
    ],
)
def test_a_suggestion_that_tells_no_one_to_act_demands_nothing(claims_of, text):
    assert "demand" not in {c.action for c in claims_of(text, published=_1987)}


def test_countering_complaints_denies_them(claims_of):
    claims = claims_of(
        "Japanese officials have countered U.S. trade complaints by noting that "
        "American firms had not tried hard enough.",
        published=_1987,
    )
    assert ("deny", "JPN") in positions(claims)


# -- what a party must not do ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Trump said Mueller should not extend his investigation.", _2017, "USA"),
        (
            "Gordon Brown told the conference the Tories must not be allowed to win.",
            _2005,
            "GBR",
        ),
    ],
)
def test_asking_a_party_to_refrain_demands(claims_of, text, published, expected):
    found = {(c.action, c.holder.id) for c in claims_of(text, published=published)}
    assert ("demand", expected) in found
    assert ("reject", expected) not in found


@pytest.mark.parametrize(
    ("text", "published", "holder"),
    [
        ("Mr Howard said the plan should not go ahead.", _2005, "GBR-CON"),
        (
            "Kyiv said Russia should not be granted veto power over its aspirations.",
            _2017,
            "UKR",
        ),
        (
            "Republican Representative Tom Cole said that should not be a problem.",
            _2017,
            "USA-REP",
        ),
    ],
)
def test_a_plan_or_a_grant_that_must_not_happen_is_no_demand(
    claims_of, text, published, holder
):
    found = {(c.action, c.holder.id) for c in claims_of(text, published=published)}
    assert ("demand", holder) not in found


def test_a_vow_never_to_attack_pledges_and_threatens_no_one(claims_of):
    claims = claims_of(
        "Tony Blair has pledged to never attack Tory leader Michael Howard.",
        published=_2005,
    )
    assert ("pledge", "GBR") in positions(claims)
    assert "threaten" not in {c.action for c in claims}
