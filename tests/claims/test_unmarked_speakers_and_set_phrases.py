"""Speakers the tagger misses, set phrases of stance, and words that take none.

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

_LEAD = (
    "The Governor of the Central Bank of West African States (UMOA) today urged "
    "that the bank take part in all talks with the International Monetary Fund. "
)


# -- a name the tagger does not mark -------------------------------------------------


def test_an_untagged_name_after_a_titled_lead_speaks_for_its_body(claims_of):
    claims = claims_of(
        _LEAD + "Ousmane Fall told reporters after a meeting of finance ministers "
        "that the bank's role would bring greater coherence. He applauded last "
        "week's cocoa agreement.",
        published=_1987,
    )
    second = [c for c in claims if c.evidence.text.startswith("Ousmane Fall")]
    assert [c.holder.id for c in second] == ["UMOA"]
    assert ("accept", "UMOA") in positions(claims)


def test_a_body_with_an_article_is_no_untagged_person(claims_of):
    claims = claims_of(
        "Japan's Foreign Ministry said it would back the plan. The Post and "
        "Telecommunications Ministry has said it wants only one competitor and has "
        "backed the efforts.",
        published=_1987,
    )
    assert ("accept", "JPN") in {
        (c.action, c.holder.id)
        for c in claims
        if c.evidence.text.startswith(("The Post", "it wants", "has backed"))
    }


# -- set phrases that take a stance ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Chuck Schumer said he sees no legitimate basis for firing the counsel.",
            _2017,
            ("reject", "USA-DEM"),
        ),
        (
            (
                "Rand Paul said: \"For a fiscal conservative, I don't see where the "
                'rationale is."'
            ),
            _2017,
            ("reject", "USA-REP"),
        ),
        (
            'Nancy Pelosi said: "I\'m not willing to put time limits on them."',
            _2017,
            ("reject", "USA-DEM"),
        ),
        (
            'Michael Howard said: "It\'s a bad idea."',
            _2005,
            ("reject", "GBR-CON"),
        ),
        (
            "James Baker said borrowing to pay off debts cannot be a solution.",
            _1987,
            ("reject", "USA"),
        ),
        (
            (
                "Chuck Schumer said it is abhorrent that the president would choose to "
                "fan the flames."
            ),
            _2017,
            ("accuse", "USA-DEM"),
        ),
        (
            "Chuck Schumer said the governor was unfit to serve in the Senate.",
            _2017,
            ("accuse", "USA-DEM"),
        ),
        (
            (
                "Chuck Schumer said the tax bill was just a way to curry favor with "
                "special interests."
            ),
            _2017,
            ("accuse", "USA-DEM"),
        ),
        (
            (
                "Nancy Pelosi said the election results should be a warning to "
                "Republicans."
            ),
            _2017,
            ("warn", "USA-DEM"),
        ),
        (
            (
                "James Baker said the U.S. was looking to West Germany and Japan to "
                "bolster their economic growth."
            ),
            _1987,
            ("demand", "USA"),
        ),
        (
            "James Baker said what is needed is the political will to use these tools.",
            _1987,
            ("demand", "USA"),
        ),
        (
            'John Reid said: "Now we need to see those waiting lists cut again."',
            _2005,
            ("demand", "GBR"),
        ),
        (
            (
                "Clayton Yeutter said it is necessary that an agreement should be "
                "reached at the Paris Club."
            ),
            _1987,
            ("demand", "USA"),
        ),
        (
            (
                "Hisham Nazer said he was satisfied with the cooperation of non-OPEC "
                "producers."
            ),
            _1987,
            ("accept", "SAU"),
        ),
        (
            (
                "Ruth Kelly said it was wholly wrong to suggest that children would be "
                "left without care."
            ),
            _2005,
            ("deny", "GBR"),
        ),
        (
            "Kevin Brady said he declined to take a position on capping contributions.",
            _2017,
            ("no_comment", "USA-REP"),
        ),
        (
            (
                "A White House official said it would be improper to give details while "
                "the talks continue."
            ),
            _2017,
            ("no_comment", "USA"),
        ),
        (
            "President Reagan refuses to say he is advocating higher taxes.",
            _1987,
            ("no_comment", "USA"),
        ),
    ],
)
def test_a_set_phrase_takes_its_stance(claims_of, text, published, expected):
    assert expected in positions(claims_of(text, published=published))


def test_looking_to_do_something_demands_nothing(claims_of):
    claims = claims_of(
        "James Baker said the Treasury was looking to buy bonds to boost returns.",
        published=_1987,
    )
    assert ("demand", "USA") not in positions(claims)


def test_refusing_to_say_in_a_condition_is_no_silence(claims_of):
    claims = claims_of(
        "Michael Howard said he would table a motion if the minister refuses to say "
        "what he plans.",
        published=_2005,
    )
    assert "no_comment" not in {c.action for c in claims}


# -- words that take no stance -----------------------------------------------------


def test_a_tax_at_home_is_no_threat(claims_of):
    found = positions(
        claims_of(
            "Charles Kennedy outlined his party's plan to impose a 50% income tax "
            "rate on the rich.",
            published=_2005,
        )
    )
    assert ("threaten", "GBR-LD") not in found
    assert ("propose", "GBR-LD") in found


def test_a_tax_on_foreign_goods_still_threatens(claims_of):
    found = positions(
        claims_of(
            "Charles Kennedy outlined his party's plan to impose a tax on Japanese "
            "imports.",
            published=_2005,
        )
    )
    assert ("threaten", "GBR-LD") in found


def test_a_war_feared_in_a_relative_clause_is_a_warning(claims_of):
    found = positions(
        claims_of(
            "Nigel Lawson warned of the negative effects that a trade war could have "
            "on the world economy.",
            published=_1987,
        )
    )
    assert ("warn", "GBR") in found
    assert ("threaten", "GBR") not in found


def test_a_complaint_put_aside_charges_no_one(claims_of):
    found = positions(
        claims_of(
            "Washington was suspending a complaint that Japan was unfairly curbing "
            "imports, U.S. officials said.",
            published=_1987,
        )
    )
    assert ("accuse", "USA") not in found


def test_a_complaint_filed_still_charges(claims_of):
    found = positions(
        claims_of(
            "Washington filed a complaint that Japan was unfairly curbing imports, "
            "U.S. officials said.",
            published=_1987,
        )
    )
    assert ("accuse", "USA") in found


# -- a company is not its country -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "China's Baoshan Iron and Steel Co. said it would oppose the plan.",
        "Japan's Toyota Motor Corp said it would oppose the plan.",
        "Japan's largest airline said it would oppose the plan.",
        (
            "Nissan Motor Manufacturing (UK) Ltd said it wanted the British government "
            "to cut tariffs."
        ),
    ],
)
def test_a_company_does_not_speak_for_its_country(claims_of, text):
    holders = {c.holder.id for c in claims_of(text, published=_1987)}
    assert not holders & {"CHN", "JPN", "GBR"}


def test_a_government_named_the_same_way_still_does(claims_of):
    found = positions(
        claims_of(
            "Japan's foreign ministry said it would oppose the plan.", published=_1987
        )
    )
    assert ("reject", "JPN") in found


# -- a guess is not a stance ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Some dealers said Japan appears ready to compromise with the U.S.", "JPN"),
        (
            (
                "The Soviet Union will probably demand to join, a top European "
                "Community official said."
            ),
            "SUN",
        ),
    ],
)
def test_another_party_guessing_a_stance_gives_it_none(claims_of, text, holder):
    assert holder not in {c.holder.id for c in claims_of(text, published=_1987)}


def test_a_party_guessing_its_own_stance_keeps_it_as_hypothetical(claims_of):
    claims = claims_of(
        "Japan will probably reject the proposal, Japanese officials said.",
        published=_1987,
    )
    (claim,) = [c for c in claims if (c.action, c.holder.id) == ("reject", "JPN")]
    assert claim.hypothetical


# -- wrongs done and apologies -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            (
                "Clayton Yeutter said Japan was still dumping microchips in third "
                "countries."
            ),
            _1987,
            ("accuse", "USA"),
        ),
        (
            "Clayton Yeutter said Japan broke agreements on semiconductors.",
            _1987,
            ("accuse", "USA"),
        ),
        (
            (
                'Jack Straw said: "I am very sorry that they were subject to such an '
                'ordeal."'
            ),
            _2005,
            ("concede", "GBR"),
        ),
    ],
)
def test_a_wrong_done_or_regretted_takes_a_stance(claims_of, text, published, expected):
    assert expected in positions(claims_of(text, published=published))


@pytest.mark.parametrize(
    "text",
    [
        "Clayton Yeutter said Japan could start dumping chips.",
        (
            "Clayton Yeutter said no decision would be taken until it is known "
            "whether Japanese chips were dumped in the United States."
        ),
    ],
)
def test_a_wrong_foreseen_or_asked_about_charges_no_one(claims_of, text):
    assert ("accuse", "USA") not in positions(claims_of(text, published=_1987))


# -- answers to a charge, and who "he" can be --------------------------------------


def test_insisting_one_keeps_a_pact_denies_breaking_it(claims_of):
    found = positions(
        claims_of(
            "Japan has insisted that it was living up to its microchip pact with the "
            "United States.",
            published=_1987,
        )
    )
    assert ("deny", "JPN") in found


def test_insisting_another_keeps_a_pact_denies_nothing(claims_of):
    found = positions(
        claims_of(
            "Japan has insisted that the United States was living up to the pact.",
            published=_1987,
        )
    )
    assert ("deny", "JPN") not in found


def test_he_is_never_a_state_named_as_a_subject(claims_of):
    claims = claims_of(
        "Sir Roy Denman, the European Community's representative in Washington, "
        "said the EC would not accept the plan. He also said that Washington "
        "employed what he termed unfair trade practices.",
        published=_1987,
    )
    labelled = [c for c in claims if c.content.startswith("unfair trade")]
    assert labelled
    assert {c.holder.id for c in labelled} == {"EU"}


def test_criticising_what_one_calls_a_solution_turns_it_down(claims_of):
    found = positions(
        claims_of(
            "James Baker criticized what he called large-scale solutions such as debt "
            "forgiveness.",
            published=_1987,
        )
    )
    assert ("reject", "USA") in found


def test_stressing_the_need_for_something_demands_it(claims_of):
    found = positions(
        claims_of(
            "British officials stress the need for commodity pacts to be a two way "
            "partnership in trade.",
            published=_1987,
        )
    )
    assert ("demand", "GBR") in found


# -- a paper no one is named as owning -----------------------------------------------


def test_an_unowned_plan_is_the_speakers(claims_of):
    found = positions(
        claims_of(
            "The plan will also urge the government to double development aid, LDP "
            "officials said.",
            published=_1987,
        )
    )
    assert ("propose", "JPN-LDP") in found


def test_an_owned_plan_stays_its_owners(claims_of):
    claims = claims_of(
        "The EC plan will urge members to cut farm prices, U.S. officials said.",
        published=_1987,
    )
    assert "USA" not in {c.holder.id for c in claims if c.action != "state"}


# -- places that only name a round or a pact -------------------------------------------


def test_a_round_named_for_a_place_is_not_that_state(claims_of):
    claims = claims_of(
        "Willy De Clercq said such measures would have a negative effect on the "
        "Uruguay Round.",
        published=_1987,
    )
    assert claims
    involved = {c.holder.id for c in claims} | {
        c.addressee.id for c in claims if c.addressee is not None
    }
    assert "URY" not in involved


def test_a_body_named_on_its_agreement_is_still_the_body(claims_of):
    claims = claims_of(
        "The IMF agreement expires this month. A fund spokesman said the talks "
        "would resume next week.",
        published=_1987,
    )
    assert "IMF" in {c.holder.id for c in claims}


def test_a_harm_that_would_not_fail_to_follow_is_a_warning(claims_of):
    found = positions(
        claims_of(
            "Willy De Clercq said such measures would not fail to have a negative "
            "effect on the negotiations.",
            published=_1987,
        )
    )
    assert ("warn", "EU") in found


def test_a_penalty_in_a_condition_before_the_content_threatens_no_one(claims_of):
    found = positions(
        claims_of(
            "Hajime Tamura said if he fails in talks tomorrow to forestall sanctions, "
            "he will seek further talks with Clayton Yeutter.",
            published=_1987,
        )
    )
    assert "threaten" not in {action for action, _ in found}


def test_a_penalty_after_a_condition_still_threatens(claims_of):
    found = positions(
        claims_of(
            "Clayton Yeutter said if Japan does not open its markets, the U.S. will "
            "impose tariffs.",
            published=_1987,
        )
    )
    assert ("threaten", "USA") in found


def test_not_being_able_to_think_of_better_praise_refuses_nothing(claims_of):
    found = positions(
        claims_of(
            "Charles Kennedy said: \"I couldn't think of a stronger endorsement of a "
            'leader."',
            published=_2005,
        )
    )
    assert ("reject", "GBR-LD") not in found


# -- a party spokesman whatever his office ---------------------------------------------


def test_a_party_spokesman_speaks_for_the_party(claims_of):
    found = positions(
        claims_of(
            "Labour campaign spokesman Fraser Kemp said the Tories were trying to con "
            "voters.",
            published=datetime(2005, 4, 10, tzinfo=UTC),
        )
    )
    assert ("accuse", "GBR-LAB") in found
    assert ("accuse", "GBR") not in found


def test_a_ministry_spokesman_still_speaks_for_the_state(claims_of):
    found = positions(
        claims_of(
            "Home Office spokesman Fraser Kemp said the Tories were trying to con "
            "voters.",
            published=datetime(2005, 4, 10, tzinfo=UTC),
        )
    )
    assert ("accuse", "GBR-LAB") not in found


def test_an_intent_not_to_act_is_an_undertaking(claims_of):
    found = positions(
        claims_of(
            "Charles Clarke said he does not intend to use the house arrest powers "
            "now.",
            published=_2005,
        )
    )
    assert ("pledge", "GBR") in found
