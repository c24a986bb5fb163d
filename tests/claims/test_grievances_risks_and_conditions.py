"""Grievances aired, risks named, conditions set, and a group named as it is typed.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 4, 8, tzinfo=UTC)
_2017 = datetime(2017, 11, 10, tzinfo=UTC)


# -- a name the tokenizer keeps whole ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The G-7 welcomed the Japanese plan to stimulate domestic demand.",
        "The G-7 countries welcomed the Japanese plan to stimulate domestic demand.",
    ],
)
def test_a_hyphenated_name_kept_whole_is_found(claims_of, text):
    assert ("accept", "G7") in positions(claims_of(text, published=_1987))


# -- protests and complaints ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "France protested over the seizure of the trawler by Canadian officials.",
        "France protested at the decision to close the fishing grounds.",
        "France protested the seizure of the trawler by Canadian officials.",
    ],
)
def test_a_protest_at_a_deed_turns_it_down(claims_of, text):
    assert ("reject", "FRA") in positions(claims_of(text, published=_1987))


def test_a_protest_in_the_streets_takes_no_stance(claims_of):
    claims = claims_of("Thousands of French farmers protested in Paris on Monday.")
    assert not positions(claims)


@pytest.mark.parametrize(
    "text",
    [
        "France complained about the new Canadian fishing quotas.",
        "Japan complained of unfair treatment by the European Community.",
    ],
)
def test_a_complaint_about_something_charges_it(claims_of, text):
    holders = {
        h for a, h in positions(claims_of(text, published=_1987)) if a == "accuse"
    }
    assert holders & {"FRA", "JPN"}


# -- risks named ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        (
            "Finance Minister Gerhard Stoltenberg said the dollar's fall involves the "
            "risk of a new surge of inflation."
        ),
        "Finance Minister Gerhard Stoltenberg said there is still a risk.",
        (
            "Finance Minister Gerhard Stoltenberg said Japan has more to lose in a "
            "trade war than Europe."
        ),
        "Finance Minister Gerhard Stoltenberg said Bonn can ill afford a trade war.",
    ],
)
def test_a_risk_named_warns(claims_of, text):
    assert ("warn", "DEU") in positions(claims_of(text, published=_1987))


# -- plans run down ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        (
            "Agriculture Secretary Richard Lyng said it is ludicrous for the nations of "
            "the world to plough more money into surplus grain."
        ),
        (
            "Agriculture Secretary Richard Lyng said it was regrettable to settle the "
            "quarrel with a trade bill."
        ),
    ],
)
def test_a_course_called_ludicrous_or_regrettable_is_turned_down(claims_of, text):
    assert ("reject", "USA") in positions(claims_of(text, published=_1987))


def test_a_refusal_to_comment_called_irresponsible_turns_nothing_down(claims_of):
    claims = claims_of(
        "Agriculture Secretary Richard Lyng said it would be irresponsible to comment "
        "on the talks.",
        published=_1987,
    )
    assert ("reject", "USA") not in positions(claims)


def test_a_politician_said_not_fit_to_serve_is_charged(claims_of):
    claims = claims_of(
        "Senate Majority Leader Mitch McConnell said the candidate is obviously not "
        "fit to be in the Senate.",
        published=_2017,
    )
    assert ("accuse", "USA-REP") in positions(claims)


# -- conditions and needs ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        (
            "Treasury Secretary James Baker said stronger domestic demand growth in the "
            "major industrial countries is needed."
        ),
        (
            "Treasury Secretary James Baker said a pause in the tax talks was the right "
            "thing for Congress to do."
        ),
        (
            "Treasury Secretary James Baker said Washington was entitled to expect "
            "Tokyo to open its markets."
        ),
        (
            "Treasury Secretary James Baker said a tax cut will not happen without "
            "Congress approving spending cuts."
        ),
        "Treasury Secretary James Baker said it is to be hoped that Tokyo will act.",
    ],
)
def test_needs_entitlements_and_conditions_demand(claims_of, text):
    assert ("demand", "USA") in positions(claims_of(text, published=_1987))


def test_an_only_option_of_retaliation_threatens(claims_of):
    claims = claims_of(
        "Trade Representative Clayton Yeutter said the only option left was some sort "
        "of retaliation against Argentine goods.",
        published=_1987,
    )
    assert ("threaten", "USA") in positions(claims)


def test_never_having_met_them_denies_it(claims_of):
    claims = claims_of(
        "Senate Majority Leader Mitch McConnell said he never met any of the lobbyists "
        "named in the report.",
        published=_2017,
    )
    assert ("deny", "USA-REP") in positions(claims)


# -- approval and rebuttal -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Speaker Paul Ryan said: "I think he\'s made the right decision to retire."',
        (
            "Speaker Paul Ryan said he had no reason to doubt the women who came "
            "forward."
        ),
        "Speaker Paul Ryan said the budget agreement was working.",
    ],
)
def test_a_decision_called_right_or_a_deal_working_is_accepted(claims_of, text):
    assert ("accept", "USA-REP") in positions(claims_of(text, published=_2017))


@pytest.mark.parametrize(
    "text",
    [
        'Speaker Paul Ryan said: "We made the right decision."',
        # a hope for a decision to come accepts none made
        'Speaker Paul Ryan said: "I am confident he will make the right decision."',
    ],
)
def test_ones_own_or_a_coming_decision_called_right_accepts_nothing(claims_of, text):
    assert ("accept", "USA-REP") not in positions(claims_of(text, published=_2017))


def test_no_rift_denies_one(claims_of):
    claims = claims_of(
        "Speaker Paul Ryan said there is no rift between him and the president.",
        published=_2017,
    )
    assert ("deny", "USA-REP") in positions(claims)


# -- charges, denials and assurances in set phrases ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Senator Ben Cardin said: "This has all the hallmarks of a cover-up."',
            ("accuse", "USA-DEM"),
        ),
        (
            "Senator Ben Cardin said the charges were a result of dirty politics.",
            ("accuse", "USA-DEM"),
        ),
        (
            "Senator Ben Cardin said Trump was putting the country in grave danger.",
            ("accuse", "USA-DEM"),
        ),
        (
            "Senator Ben Cardin said he was glad to see the back of the tax.",
            ("reject", "USA-DEM"),
        ),
        (
            (
                "Senator Ben Cardin said the settlement included a payment but no "
                "admission of guilt."
            ),
            ("deny", "USA-DEM"),
        ),
        (
            'Senator Ben Cardin said: "Let me assure you, the hearings will go on."',
            ("pledge", "USA-DEM"),
        ),
    ],
)
def test_set_phrases_of_charge_denial_and_assurance(claims_of, text, expected):
    assert expected in positions(claims_of(text, published=_2017))


def test_danger_not_put_on_anyone_charges_no_one(claims_of):
    claims = claims_of(
        "Senator Ben Cardin said the bill would not put anyone in danger.",
        published=_2017,
    )
    assert ("accuse", "USA-DEM") not in positions(claims)


def test_a_cost_foreseen_of_anothers_stance_is_no_pledge(claims_of):
    claims = claims_of(
        "The Tories criticised the Liberal Democrat stance, saying it would cost "
        "billions.",
        published=datetime(2005, 3, 1, tzinfo=UTC),
    )
    assert ("pledge", "GBR-CON") not in positions(claims)


# -- cue words of the news --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Amnesty International questioned whether the detentions were lawful.",
            ("accuse", "AMNESTY"),
        ),
        ('"We call upon the U.N. to act," the White House said.', ("demand", "USA")),
        ("Senator Al Franken apologized to the radio host.", ("concede", "USA-DEM")),
        ("Senator Al Franken sent his apologies.", ("concede", "USA-DEM")),
        (
            "Senator David Perdue has pushed legislation to cut legal immigration.",
            ("propose", "USA-REP"),
        ),
        (
            "The Treasury Department has taken a strong stand against the merger.",
            ("reject", "USA"),
        ),
        (
            "The State Department has filed its concerns about the merger.",
            ("warn", "USA"),
        ),
        (
            'The State Department called the restriction "counterproductive".',
            ("reject", "USA"),
        ),
        (
            'The State Department called the announcement "hugely disappointing".',
            ("reject", "USA"),
        ),
        ("The State Department attacked the announcement.", ("reject", "USA")),
    ],
)
def test_cue_words_of_the_news(claims_of, text, expected):
    assert expected in positions(claims_of(text, published=_2017))


def test_a_question_asked_of_a_fact_charges_no_one(claims_of):
    claims = claims_of(
        "Reporters questioned the senator on Tuesday about the tax bill.",
        published=_2017,
    )
    assert not positions(claims)


# -- judgements of a plan in reported words ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Labour said the bill was so poorly drafted that no one could define "
                "the offence."
            ),
            ("reject", "GBR-LAB"),
        ),
        (
            "Labour said the direct payments scheme will not work.",
            ("reject", "GBR-LAB"),
        ),
        (
            "The Tories said the plan was an alarming example of disjointed thinking.",
            ("accuse", "GBR-CON"),
        ),
        (
            (
                "Labour said the Tories would be much better advised to leave the system "
                "alone."
            ),
            ("demand", "GBR-LAB"),
        ),
        (
            (
                "Labour said there was a significant risk the new procedures were "
                "unlawful."
            ),
            ("warn", "GBR-LAB"),
        ),
    ],
)
def test_judgements_of_a_plan_in_reported_words(claims_of, text, expected):
    published = datetime(2005, 3, 1, tzinfo=UTC)
    assert expected in positions(claims_of(text, published=published))


def test_not_working_in_some_place_is_no_verdict_on_a_plan(claims_of):
    claims = claims_of(
        "Labour said the old voting machines would not work in the cold.",
        published=datetime(2005, 3, 1, tzinfo=UTC),
    )
    assert ("reject", "GBR-LAB") not in positions(claims)


# -- anger and an angry response ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Japan expressed anger and frustration over the U.S. tariffs.",
        "Japan responded angrily to the U.S. tariffs.",
        "Japan expressed disappointment at the decision.",
    ],
)
def test_anger_voiced_at_a_measure_turns_it_down(claims_of, text):
    assert ("reject", "JPN") in positions(
        claims_of(text, published=datetime(1987, 4, 8, tzinfo=UTC))
    )


def test_business_groups_named_with_a_state_do_not_speak_for_it(claims_of):
    claims = claims_of(
        "U.S. business groups have expressed disappointment over the outcomes.",
        published=_2017,
    )
    assert "USA" not in {c.holder.id for c in claims}


def test_backing_off_a_requirement_gives_way(claims_of):
    claims = claims_of(
        "Britain backed off a requirement that banks hold more capital.",
        published=datetime(1987, 4, 8, tzinfo=UTC),
    )
    found = positions(claims)
    assert ("concede", "GBR") in found
    assert ("accept", "GBR") not in found
