"""Breaches foretold, people who speak for no one, and words that only qualify.

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


# -- a breach of rules foretold -------------------------------------------------------


def test_a_party_that_would_breach_an_accord_is_accused(claims_of):
    claims = claims_of(
        "Ghana said the European Community would breach two international "
        "agreements if it went ahead with its plans.",
        published=_1987,
    )
    (claim,) = [c for c in claims if c.action == "accuse"]
    assert claim.holder.id == "GHA"
    assert claim.addressee is not None
    assert claim.addressee.id == "EU"


def test_a_plan_that_would_violate_the_rules_is_turned_down(claims_of):
    found = positions(
        claims_of(
            "Ghana said the proposed oils tax would violate the GATT.",
            published=_1987,
        )
    )
    assert ("reject", "GHA") in found


@pytest.mark.parametrize(
    "text",
    [
        # only a risk: a warning at most
        "Ghana said the European Community could breach two agreements.",
        # cleared
        "Ghana said the European Community would not breach any agreement.",
        # a relative clause on something else
        (
            "Ghana said it was studying whether dumping had occurred in Togo, which "
            "would violate the accord."
        ),
    ],
)
def test_no_breach_is_charged(claims_of, text):
    assert ("accuse", "GHA") not in positions(claims_of(text, published=_1987))


# -- labels with "as" ------------------------------------------------------------------


def test_a_bare_adjective_after_as_is_a_label(claims_of):
    found = positions(
        claims_of(
            "The European Commission described the Japanese plan as unfair.",
            published=_1987,
        )
    )
    assert {("accuse", "EU"), ("reject", "EU")} <= found


def test_an_approving_adjective_after_as_disparages_nothing(claims_of):
    found = positions(
        claims_of(
            "The European Commission described the Japanese plan as fair.",
            published=_1987,
        )
    )
    assert ("accuse", "EU") not in found


# -- penalty words that only say what kind of thing a noun is ------------------------


def test_military_spending_is_no_penalty(claims_of):
    found = positions(
        claims_of(
            "Senator John McCain warned that Democrats would block military spending.",
            published=_2017,
        )
    )
    assert ("warn", "USA-REP") in found
    assert ("threaten", "USA-REP") not in found


def test_tax_cut_gains_are_no_penalty(claims_of):
    found = positions(
        claims_of(
            "Senator Susan Collins warned that repealing the fine would drive up "
            "premiums, canceling out tax-cut gains.",
            published=_2017,
        )
    )
    assert ("threaten", "USA-REP") not in found


@pytest.mark.parametrize(
    "text",
    [
        "China warned it would take military action.",
        "China warned the United States would face tariff increases.",
    ],
)
def test_a_penalty_word_on_an_act_still_threatens(claims_of, text):
    assert ("threaten", "CHN") in positions(claims_of(text, published=_2017))


def test_a_plan_that_could_bring_retaliation_is_feared_not_held_out(claims_of):
    claims = claims_of(
        "A senior British official said that protectionist bills being considered "
        "by Congress could trigger retaliation by the European Community and "
        "threaten the global trading system.",
        published=_1987,
    )
    found = positions(claims)
    assert ("threaten", "USA-CONGRESS") not in found
    assert ("warn", "GBR") in found


def test_a_body_that_could_retaliate_still_threatens(claims_of):
    found = positions(
        claims_of(
            "A British official said the European Community could retaliate.",
            published=_1987,
        )
    )
    assert ("threaten", "EU") in found


# -- people who speak for no one ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "actor"),
    [
        ("Tokyo traders said they expected the yen to rise.", _1987, "JPN"),
        ("A London oil analyst said output would fall.", _1987, "GBR"),
        ("A Labour donor said he would refuse to give more funds.", _2005, "GBR-LAB"),
        ("Labour voters said they would refuse to back the plan.", _2005, "GBR-LAB"),
    ],
)
def test_bystanders_do_not_speak_for_the_actor(claims_of, text, published, actor):
    claims = claims_of(text, published=published)
    assert actor not in {c.holder.id for c in claims}


def test_a_bystander_can_still_report_the_actor(claims_of):
    claims = claims_of("Japan rejected the plan, a Tokyo trader said.", published=_1987)
    assert ("reject", "JPN") in positions(claims)


def test_a_party_s_own_people_still_speak_for_it(claims_of):
    found = positions(
        claims_of(
            "Labour MPs said they would refuse to back the plan.", published=_2005
        )
    )
    assert ("reject", "GBR-LAB") in found


# -- words and phrases ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "stance"),
    [
        # going ahead with a step undertakes it; "go" alone is an errand
        (
            "Japan said it would go ahead with the tariff cuts.",
            _1987,
            ("pledge", "JPN"),
        ),
        # a need of action stated, not negated
        (
            "The Conservatives said firm action was needed.",
            _2005,
            ("demand", "GBR-CON"),
        ),
        # good news on another party's step
        (
            "Baker said it was heartening that the Japanese had confronted the problem.",
            _1987,
            ("accept", "USA"),
        ),
        # friction foretold
        (
            "Japan said there will be trade friction if the bill passes.",
            _1987,
            ("warn", "JPN"),
        ),
        # alarm at a state of affairs
        (
            "The IMF said it was alarmed at the deepening crisis.",
            _1987,
            ("warn", "IMF"),
        ),
        # another party's effort found wanting
        (
            "The European Commission said Japan's car export restraint is not enough.",
            _1987,
            ("reject", "EU"),
        ),
        # a finding that something must be done
        (
            "The IMF said its study concludes there needs to be more action.",
            _1987,
            ("demand", "IMF"),
        ),
        # denying a charge of bashing another nation
        (
            'Kilroy-Silk said he was not "German-bashing".',
            _2005,
            ("deny", "GBR-UKIP"),
        ),
    ],
)
def test_phrases_read_as_stances(claims_of, text, published, stance):
    assert stance in positions(claims_of(text, published=published))


@pytest.mark.parametrize(
    ("text", "published", "stance"),
    [
        ("Japan said it would go to Washington.", _1987, ("pledge", "JPN")),
        ("The Conservatives said no action was needed.", _2005, ("demand", "GBR-CON")),
        ("Japan offered few new details of the plan.", _1987, ("propose", "JPN")),
        # the speaker's own restraint
        (
            "Japan said Japan's car export restraint is not enough.",
            _1987,
            ("reject", "JPN"),
        ),
    ],
)
def test_phrases_that_take_no_stance(claims_of, text, published, stance):
    assert stance not in positions(claims_of(text, published=published))


# -- requests and plans found sound ----------------------------------------------------


def test_a_request_of_another_party_demands(claims_of):
    claims = claims_of(
        "Baker renewed his request that Congress provide the funds.", published=_1987
    )
    (claim,) = [c for c in claims if c.action == "demand"]
    assert claim.holder.id == "USA"
    assert claim.addressee is not None
    assert claim.addressee.id == "USA-CONGRESS"


@pytest.mark.parametrize(
    "text",
    [
        "Yeutter said the new accord is more fair.",
        "Yeutter said the Japanese offer was reasonable.",
        "Yeutter said the package is a positive step.",
    ],
)
def test_merit_found_in_a_plan_accepts_it(claims_of, text):
    assert ("accept", "USA") in positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own plan is put forward, not accepted
        "Yeutter said our plan is fair.",
        "Yeutter said the offer was not reasonable.",
        "Yeutter said the offer would be reasonable if Japan cut tariffs.",
        "Yeutter said the tariff was a significant retaliatory step.",
    ],
)
def test_no_merit_is_found(claims_of, text):
    assert ("accept", "USA") not in positions(claims_of(text, published=_1987))


# -- idioms from the review, and refusing to refuse on a condition --------------------


@pytest.mark.parametrize(
    ("text", "published", "stance"),
    [
        (
            (
                "Canadian External Affairs Minister Joe Clark said that the United "
                "States has tended to take Canada for granted."
            ),
            _1987,
            ("accuse", "CAN"),
        ),
        (
            "Michael Howard said voters had been taken for granted by Mr Blair.",
            _2005,
            ("accuse", "GBR-CON"),
        ),
        (
            "\"I'm sorry but that's just not going to happen,\" Reagan said.",
            _1987,
            ("reject", "USA"),
        ),
    ],
)
def test_idioms_read_as_stances(claims_of, text, published, stance):
    assert stance in positions(claims_of(text, published=published))


def test_taking_nothing_for_granted_accuses_no_one(claims_of):
    found = positions(
        claims_of(
            "Tony Blair said he was taking nothing for granted ahead of the vote.",
            published=_2005,
        )
    )
    assert ("accuse", "GBR") not in found


def test_not_voting_against_on_a_condition_threatens_nothing(claims_of):
    claims = claims_of(
        "Moscow said that if it came to a ballot, Russia would not vote against the "
        "resolution.",
        published=_2017,
    )
    assert not any(c.action == "threaten" for c in claims)


def test_voting_against_on_a_condition_still_threatens(claims_of):
    claims = claims_of(
        "Moscow said that if it came to a ballot, Russia would vote against the "
        "resolution.",
        published=_2017,
    )
    assert ("threaten", "RUS") in positions(claims)


# -- a body named beside a noun ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "holder"),
    [
        (
            "Britain's largest union, Unison, urged the government to raise pay.",
            _2005,
            "GBR-UNISON",
        ),
        (
            (
                "Britain's main opposition party, the Conservatives, urged the "
                "government to cut taxes."
            ),
            _2005,
            "GBR-CON",
        ),
        (
            (
                "Norway's North Sea neighbour Britain has refused to cooperate with "
                "OPEC output cuts."
            ),
            _1987,
            "GBR",
        ),
    ],
)
def test_the_body_named_beside_a_noun_holds(claims_of, text, published, holder):
    claims = claims_of(text, published=published)
    assert holder in {c.holder.id for c in claims}


def test_a_person_s_description_names_no_body(claims_of):
    claims = claims_of(
        "Nancy Pelosi, the top U.S. House of Representatives Democrat, said the move "
        "would hurt consumers.",
        published=_2017,
    )
    assert {c.holder.id for c in claims} == {"USA-DEM"}


def test_a_list_beside_a_noun_names_no_one_body(claims_of):
    claims = claims_of(
        "Many members of Congress, Democrats as well as some Republicans, have "
        "rejected the cuts.",
        published=_2017,
    )
    assert ("reject", "USA-CONGRESS") in positions(claims)


# -- plans that hold a penalty out ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Washington announced plans to slap 300 mln dlrs in tariffs on Japanese goods.",
        "Reagan announced a plan to invoke the sanctions.",
    ],
)
def test_a_plan_to_impose_a_penalty_threatens(claims_of, text):
    assert ("threaten", "USA") in positions(claims_of(text, published=_1987))


def test_a_plan_to_lift_a_penalty_proposes(claims_of):
    found = positions(
        claims_of(
            "Washington announced plans to cut tariffs on Japanese goods.",
            published=_1987,
        )
    )
    assert ("propose", "USA") in found
    assert ("threaten", "USA") not in found


# -- people of the markets placed by a participle or a preposition ---------------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ('"We will have to wait and see," said one London-based broker.', "GBR"),
        (
            (
                "Traders and bankers in Singapore said the tax posed a serious threat to "
                "the exchange."
            ),
            "SGP",
        ),
        ("Analysts in Singapore said the government would have to raise taxes.", "SGP"),
    ],
)
def test_people_of_the_markets_placed_in_a_state_speak_for_no_state(
    claims_of, text, state
):
    assert all(c.holder.id != state for c in claims_of(text, published=_2005))


def test_officials_placed_in_a_state_speak_for_it(claims_of):
    claims = claims_of(
        "Officials in Singapore said the tax posed a serious threat to the exchange.",
        published=_2005,
    )
    assert any(c.holder.id == "SGP" for c in claims)
