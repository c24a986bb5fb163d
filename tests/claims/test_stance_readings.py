"""Stance readings added for real news: hopes, compulsion, needs and party adjectives.

Every sentence here is written for the test (fictional people, real bodies).
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import contents_of, positions

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"I hope the Senate will drop the provision," Senator Susan Collins said.',
            ("demand", "USA-REP"),
        ),
        (
            "Senator Susan Collins said she hoped the Senate would drop the provision.",
            ("demand", "USA-REP"),
        ),
        (
            (
                '"We hope that there will be an improvement," EC trade commissioner '
                "Willy De Clercq said."
            ),
            ("demand", "EU"),
        ),
        (
            '"I want to see changes in that bill," Senator Susan Collins said.',
            ("demand", "USA-REP"),
        ),
        (
            "Turkish Foreign Minister Ali Demirkol had to accept the new terms.",
            ("concede", "TUR"),
        ),
        (
            (
                "Saudi Oil Minister Faisal Harbi said there was no immediate need to "
                "change the agreement."
            ),
            ("reject", "SAU"),
        ),
        (
            "Democratic Senator Tom Vell said the government must protect them.",
            ("demand", "USA-DEM"),
        ),
        (
            (
                "Those young immigrants must be protected now, Senate Democratic whip "
                "Tom Vell said."
            ),
            ("demand", "USA-DEM"),
        ),
        (
            "Senator Susan Collins advocated keeping the top tax rate.",
            ("demand", "USA-REP"),
        ),
        (
            "The senior German banker was strongly opposed to a regional approach.",
            ("reject", "DEU-BANKS"),
        ),
        ("Japan is not opposed to short-term measures.", ("accept", "JPN")),
        (
            (
                "Talks between American Motors Corp and the United Auto Workers union "
                "broke down. The final offer was rejected by union bargainers."
            ),
            ("reject", "USA-UAW"),
        ),
        (
            "Britain rejected the plan on Monday, saying the EU must cut subsidies.",
            ("demand", "GBR"),
        ),
        (
            "Tory leader Michael Howard said his party would cut spending on quangos.",
            ("pledge", "GBR-CON"),
        ),
        # the words of an issued document are its issuer's
        (
            "Japan issued a statement saying it would not accept the terms.",
            ("reject", "JPN"),
        ),
        (
            (
                "Senator Susan Collins released a statement saying she would vote "
                "against the bill."
            ),
            ("reject", "USA-REP"),
        ),
        (
            (
                "Senator Susan Collins issued a statement expressing support for the "
                "trade deal."
            ),
            ("accept", "USA-REP"),
        ),
        # signing a text accepts it; retorts, climbdowns
        ("Nigeria and Britain signed an agreement on debt relief.", ("accept", "NGA")),
        ("Nigeria and Britain signed an agreement on debt relief.", ("accept", "GBR")),
        ("Japan gave in to American pressure.", ("concede", "JPN")),
        (
            "Senator Susan Collins fired back at the White House on Tuesday.",
            ("accuse", "USA-REP"),
        ),
        # the terms of an accord, with a name of their own for subject
        (
            (
                "The two countries signed a pact in which Japan agreed to stop "
                "selling chips below cost."
            ),
            ("accept", "JPN"),
        ),
        # a speaker's "his government", and who is "to blame"
        (
            "Japan's trade minister said his government would not accept the terms.",
            ("reject", "JPN"),
        ),
        (
            "Tokyo said Washington was to blame for the collapse of the talks.",
            ("accuse", "JPN"),
        ),
        ("Japan tabled a compromise proposal on farm tariffs.", ("propose", "JPN")),
        # a government noun speaks for its state; subjunctives the tagger missed
        (
            "The Japanese government said it would end the subsidy programme.",
            ("pledge", "JPN"),
        ),
        (
            "The Trump administration said it would end the subsidy programme.",
            ("pledge", "USA"),
        ),
        (
            (
                "Democrats have insisted that any spending deal include protections "
                "for Dreamers."
            ),
            ("demand", "USA-DEM"),
        ),
        ("Senator Susan Collins came out against the bill.", ("reject", "USA-REP")),
        (
            "Senator Susan Collins came out in favour of the bill.",
            ("accept", "USA-REP"),
        ),
        # a clause the parser hung on the occasion of the words
        (
            (
                "Japan's trade minister told Reuters in an interview that the tariffs "
                "must go."
            ),
            ("demand", "JPN"),
        ),
        (
            "Japan said in a statement on Monday that the tariffs must go.",
            ("demand", "JPN"),
        ),
        # not giving way holds out
        (
            "The United States said it would not yield to terrorist blackmail.",
            ("reject", "USA"),
        ),
        (
            "Japan would not compromise on rice, its trade minister said.",
            ("reject", "JPN"),
        ),
        # regretting one's own doing apologises
        (
            (
                '"I deeply regret that my remarks caused distress," Senator Susan '
                "Collins said."
            ),
            ("concede", "USA-REP"),
        ),
        ("Japan regretted the American decision.", ("accuse", "JPN")),
    ],
)
def test_reading(claims_of, text, expected):
    assert expected in positions(claims_of(text))


@pytest.mark.parametrize(
    "text",
    [
        '"I hope we find a way," Senator Susan Collins said.',
        "Senator Susan Collins said she hoped the talks would succeed.",
        "Social Democratic leader Hans Vogel said the government must resign.",
    ],
)
def test_no_position_of_these_holders(claims_of, text):
    holders = {h for _, h in positions(claims_of(text))}
    assert not holders & {"USA-REP", "USA-DEM"}


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin would neither confirm nor deny the report.",
        "The Kremlin declined to confirm or deny the report.",
        "Asked about the report, the Kremlin spokesman said he had nothing to add.",
        "The Kremlin consistently declines to comment on such reports.",
        "The Kremlin has made no comment on the report.",
        "The Kremlin did not say whether Putin had read the report.",
    ],
)
def test_neither_confirming_nor_denying_is_no_comment(claims_of, text):
    found = positions(claims_of(text))
    assert ("no_comment", "RUS") in found
    assert ("deny", "RUS") not in found


def test_the_one_blamed_blames_no_one(claims_of):
    assert ("accuse", "USA") not in positions(
        claims_of("Tokyo said Washington was to blame for the collapse of the talks.")
    )


@pytest.mark.parametrize(
    "text",
    [
        # the main subject was asked; it asks no one
        (
            "Asked for comment, the White House referred questions to the Justice "
            "Department."
        ),
        "Pressed for a decision, the White House referred questions to the Pentagon.",
        # how a source stays anonymous is no refusal
        (
            "A senior U.S. Treasury official said Japan's market was still closed. He "
            "declined to be named."
        ),
    ],
)
def test_no_stance_in_these_asides(claims_of, text):
    assert not {
        (a, h) for a, h in positions(claims_of(text)) if a in {"demand", "reject"}
    }


@pytest.mark.parametrize(
    "text",
    [
        # a schedule is no commitment
        "Japan said its trade minister would travel to Washington next week.",
        # objects with which a stance verb takes no stance
        "Democrats will be defending 26 seats in the election.",
        (
            "The United States spends 25 billion dollars a year to support producer "
            "prices."
        ),
        "Congress has struggled to approve a renewal of the program.",
        # running for office asks nothing of anyone, and not running concedes nothing
        "Senator Susan Collins said she would not seek re-election in November.",
        "Senator Susan Collins is seeking the Republican nomination for governor.",
        # demand in the market's sense
        "The yen's rise has cut Japan's demand for imports, the minister said.",
        "Weak domestic demand hurt Japan's economy, the minister said.",
        # a condition on a guess is no price
        "I don't know how they know, unless they talk to the Soviets, Reagan said.",
    ],
)
def test_no_position_in_these_plain_reports(claims_of, text):
    assert not positions(claims_of(text))


@pytest.mark.parametrize(
    "text",
    [
        (
            "The Bundesbank president said he would consider cutting interest rates if "
            "the Fed was ready to follow suit."
        ),
        "Japan said it would cut tariffs if Washington did the same.",
    ],
)
def test_relief_on_a_condition_threatens_no_one(claims_of, text):
    assert "threaten" not in {a for a, _ in positions(claims_of(text))}


def test_a_political_demand_is_no_market_demand(claims_of):
    found = positions(
        claims_of(
            "The tax cuts were designed to meet U.S. demands for faster West German "
            "growth."
        )
    )
    assert ("demand", "USA") in found


def test_not_opposed_is_no_rejection(claims_of):
    assert ("reject", "JPN") not in positions(
        claims_of("Japan is not opposed to short-term measures.")
    )


def test_a_participle_report_ends_the_stance_before_it(claims_of):
    claims = claims_of(
        "Britain rejected the plan on Monday, saying the EU must cut subsidies."
    )
    reject = next(c for c in claims if c.action == "reject")
    assert "saying" not in reject.content


def test_a_thing_owned_by_an_actor_takes_no_stance(claims_of):
    text = "The Soviet Union's gold reserves had softened the impact of the oil slump."
    assert positions(claims_of(text)) == set()


def test_a_statement_speaks_for_its_author(claims_of):
    claims = claims_of(
        "Unison leader Tomas Vell spoke on Monday. Unison's statement rejected the "
        "plan to raise the pension age."
    )
    assert ("reject", "GBR-UNISON") in positions(claims)


@pytest.mark.parametrize(
    "text",
    [
        (
            "U.S. Trade Secretary Tom Vell said the trade deficit should start to "
            "decline soon."
        ),
        "U.S. Trade Secretary Tom Vell said the new pacts should help to open markets.",
    ],
)
def test_should_with_an_outcome_verb_forecasts(claims_of, text):
    assert ("demand", "USA") not in positions(claims_of(text))


def test_must_with_an_outcome_verb_still_demands(claims_of):
    text = "U.S. Trade Secretary Tom Vell said Japan's surplus must fall this year."
    assert ("demand", "USA") in positions(claims_of(text))


def test_presented_proposal_belongs_to_the_presenter(claims_of):
    text = "Japan presented a plan to cut chip output by a fifth."
    assert ("propose", "JPN") in positions(claims_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan came up with a plan to cut chip output by a fifth.", True),
        ("The question came up with the plan to cut chip output, Japan said.", False),
    ],
)
def test_coming_up_with_a_proposal_puts_it_forward(claims_of, text, expected):
    assert (("propose", "JPN") in positions(claims_of(text))) is expected


def test_a_progressive_in_an_aside_on_a_name_is_that_partys_stance(claims_of):
    text = (
        "Economists said the controls would antagonise Washington, which is pushing "
        "for further economic liberalisation in Taiwan."
    )
    assert ("demand", "USA") in positions(claims_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Netherlands deeply regretted West German opposition to the reforms.",
            ("accuse", "NLD"),
        ),
        (
            (
                "South African Foreign Minister Jan Venter alleged that the ANC was "
                "planning violence."
            ),
            ("accuse", "ZAF"),
        ),
        ("Iran renounced the nuclear accord on Monday.", ("reject", "IRN")),
        (
            "Canada petitioned the WTO for a ruling on the lumber duties.",
            ("demand", "CAN"),
        ),
        ("Chile is claiming full repayment of the 1979 loan.", ("demand", "CHL")),
        (
            "Chile said it will press at the summit for a declaration on copper.",
            ("demand", "CHL"),
        ),
        (
            (
                "Peru for its part has made a counter claim for 90 mln dlrs in "
                "compensation for the seized ships."
            ),
            ("demand", "PER"),
        ),
        # a frame verb under "continue" or "keep" speaks for that verb's subject
        (
            "The EC continued to insist that Japan must boost its imports.",
            ("demand", "EU"),
        ),
        ("Britain kept insisting that the oils tax must go.", ("demand", "GBR")),
        # reservations voiced turn a plan down; a hope voiced asks for it
        (
            "West Germany expressed reservations about the cereals proposal.",
            ("reject", "DEU"),
        ),
        (
            "Japan expressed hope that the rice talks would resume soon.",
            ("demand", "JPN"),
        ),
        (
            "The Philippines has raised objections to the proposed EC oils tax.",
            ("reject", "PHL"),
        ),
        ("Britain lodged a formal objection to the quota plan.", ("reject", "GBR")),
        # a collection of proposals tabled is a proposal
        (
            "The European Commission has tabled a series of proposals on farm prices.",
            ("propose", "EU"),
        ),
        ("Britain rejected a set of proposals on farm prices.", ("reject", "GBR")),
    ],
)
def test_more_stance_verbs(claims_of, text, expected):
    published = datetime(1987, 3, 30, tzinfo=UTC)
    assert expected in positions(claims_of(text, published=published))


@pytest.mark.parametrize(
    ("text", "expected", "content"),
    [
        (
            (
                "Foreign workers will have to take a language test, under plans "
                "unveiled by the Conservatives."
            ),
            ("propose", "GBR-CON"),
            "Foreign workers will have to take a language test",
        ),
        (
            "Under Labour's plans, the levy on landfill sites would double.",
            ("propose", "GBR-LAB"),
            "the levy on landfill sites would double",
        ),
    ],
)
def test_what_happens_under_a_partys_plans_is_its_proposal(
    claims_of, text, expected, content
):
    found = contents_of(claims_of(text), *expected)
    assert found, text
    assert found[0] == content


@pytest.mark.parametrize(
    "text",
    [
        "Senator Bob Dole said it's important to offer farmers competitive prices.",
        "Senator Bob Dole said it was essential to offer Moscow a subsidy.",
    ],
)
def test_an_act_called_important_is_asked_for(claims_of, text):
    published = datetime(1987, 3, 30, tzinfo=UTC)
    found = positions(claims_of(text, published=published))
    assert ("demand", "USA-REP") in found
    assert not any(action == "propose" for action, _ in found)


def test_claiming_responsibility_demands_nothing(claims_of):
    text = "Chile claimed responsibility for the delay and claimed victory in the vote."
    assert not positions(claims_of(text, published=datetime(1987, 3, 30, tzinfo=UTC)))


def test_criticism_of_a_plan_rejects_it_and_accuses_its_authors(claims_of):
    text = "Democrats have slammed the plan as a giveaway to corporations."
    found = positions(claims_of(text))
    assert ("reject", "USA-DEM") in found
    assert ("accuse", "USA-DEM") in found


def test_criticism_of_a_person_only_accuses(claims_of):
    text = "Democrats have slammed the president as a liar."
    found = positions(claims_of(text))
    assert ("accuse", "USA-DEM") in found
    assert ("reject", "USA-DEM") not in found


def test_proposal_owned_through_a_bloc_noun(claims_of):
    text = (
        "Talks at the International Natural Rubber Organisation resumed on Monday. "
        "The consumer proposal calls for more frequent price reviews."
    )
    assert ("propose", "INRA-CONSUMERS") in positions(claims_of(text))


def test_a_longer_bloc_name_wins_over_its_last_words(claims_of):
    text = (
        "Talks at the International Coffee Organization broke down on Monday. "
        "The majority producer group has proposed resuming quotas on April 1."
    )
    assert ("propose", "ICO-MAJOR-PRODUCERS") in positions(claims_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Tariffs fell on 150 items on which Washington has asked Seoul to cut "
                "duties."
            ),
            ("demand", "USA"),
        ),
        (
            "Minister Tom Vell said Britain is committed to free trade.",
            ("pledge", "GBR"),
        ),
        (
            (
                "U.S. Under Secretary of State for Economic Affairs Tom Vell said he had "
                "urged Japan to cut its surplus."
            ),
            ("demand", "USA"),
        ),
        (
            (
                "Tom Vell, the U.S. trade envoy, said the United States needed action "
                "from Japan."
            ),
            ("demand", "USA"),
        ),
        ("GATT experts urged Washington to resist protectionism.", ("demand", "GATT")),
    ],
)
def test_reading_of_named_parties(claims_of, text, expected):
    assert expected in positions(claims_of(text))


def test_relative_clause_about_its_noun(claims_of):
    claims = claims_of("Talks on the plan, which Russia rejected last week, resumed.")
    reject = next(c for c in claims if c.action == "reject")
    assert reject.holder.id == "RUS"
    assert reject.content == "the plan"


def test_relative_clause_of_an_unnamed_subject_states_nothing(claims_of):
    text = "Carmakers which sold cars in Turkey demanded compensation."
    assert positions(claims_of(text)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Blair said the EU must act.", ("demand", "GBR")),
        (
            (
                "Tony Blair spoke in Davos. The prime minister urged Europe and the US "
                "to renew their alliance."
            ),
            ("demand", "GBR"),
        ),
        (
            (
                "The Lib Dems adopted the idea, while the Tories have pledged to boost "
                "pensions."
            ),
            ("pledge", "GBR-CON"),
        ),
        (
            (
                "The Lib Dems adopted the idea, even as the Tories pledged to boost "
                "pensions."
            ),
            ("pledge", "GBR-CON"),
        ),
    ],
)
def test_reading_of_uk_politics(claims_of, text, expected):
    assert expected in positions(claims_of(text))


def test_a_verb_conjoined_in_a_contrast_clause_is_asserted_too(claims_of):
    text = (
        "Trump has backed Moore, even as congressional Republicans denounced the "
        "candidate and called on him to pull out of the race."
    )
    found = positions(claims_of(text, published=datetime(2017, 12, 1, tzinfo=UTC)))
    assert {("accuse", "USA-REP"), ("demand", "USA-REP")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Tory leader Michael Howard was forced to deny the shadow cabinet was split.",
        (
            "The Tories backed the plans, although Tory leader Michael Howard was "
            "forced to deny the shadow cabinet was split."
        ),
    ],
)
def test_one_made_to_take_a_stance_takes_it(claims_of, text):
    assert ("deny", "GBR-CON") in positions(claims_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "EU foreign ministers issued a statement deploring Japan's trade surplus.",
            ("accuse", "EU"),
        ),
        (
            "The White House released a letter welcoming the Senate vote.",
            ("accept", "USA"),
        ),
        (
            "The Security Council adopted a resolution demanding an end to the siege.",
            ("demand", "UNSC"),
        ),
    ],
)
def test_a_document_takes_the_stance_of_whoever_issued_it(claims_of, text, expected):
    assert expected in positions(claims_of(text))


def test_a_participle_on_another_noun_is_no_ones_stance(claims_of):
    text = "EU ministers met farmers demanding higher prices."
    assert ("demand", "EU") not in positions(claims_of(text))


def test_an_as_clause_without_even_is_not_a_contrast(claims_of):
    text = "The Lib Dems adopted the idea as the Tories pledged to boost pensions."
    assert ("pledge", "GBR-CON") not in positions(claims_of(text))


def test_a_bare_title_needs_a_person_named_with_it(claims_of):
    text = "Tony Blair spoke in Davos. The chancellor said the EU must act."
    assert ("demand", "GBR") not in positions(claims_of(text))


def test_a_disparaging_name_accuses_its_owner(claims_of):
    claims = claims_of(
        "Democrats called the Republican tax plan a giveaway to the rich."
    )
    accusation = next(c for c in claims if c.action == "accuse")
    assert accusation.holder.id == "USA-DEM"
    assert accusation.addressee is not None
    assert accusation.addressee.id == "USA-REP"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unowned plan called names is rejected, even when the parser hangs the
        # label on the object ("the proposal unworkable" as an adjective of it)
        ("Labour has already branded the proposal unworkable.", ("reject", "GBR-LAB")),
        (
            "Lib Dem spokesman Peter Quillard branded the ID scheme a waste of money.",
            ("reject", "GBR-LD"),
        ),
        # a person called names is accused
        ("The Tories called the minister a liar.", ("accuse", "GBR-CON")),
    ],
)
def test_a_disparaging_name_for_a_plan_rejects_it(claims_of, text, expected):
    assert expected in positions(claims_of(text))


def test_a_kind_name_accuses_no_one(claims_of):
    assert positions(claims_of("Britain called the talks a success.")) == set()


def test_readiness_to_do_what_is_necessary_threatens(claims_of):
    text = (
        "\"We are fully prepared to do what's necessary to keep the shipping lanes "
        'open," U.S. Defense Secretary Tom Vell said.'
    )
    assert ("threaten", "USA") in positions(claims_of(text))


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            (
                "British Trade Minister Tom Vell said Britain would not hesitate to "
                "retaliate against countries that close their markets."
            ),
            ("threaten", "GBR"),
            ("reject", "GBR"),
        ),
        (
            "British Trade Minister Tom Vell said Britain would not hesitate to help.",
            ("pledge", "GBR"),
            ("reject", "GBR"),
        ),
    ],
)
def test_not_hesitating_is_no_refusal(claims_of, text, expected, not_expected):
    found = positions(claims_of(text))
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(
    "text",
    [
        '"I cannot emphasise that enough," U.S. Agriculture Secretary Tom Vell said.',
        (
            "The Thai minister said Thailand's gross domestic product will expand this "
            "year."
        ),
    ],
)
def test_no_stance_in_emphasis_or_forecast(claims_of, text):
    assert positions(claims_of(text)) == set()


def test_a_date_on_the_verb_dates_the_claim(claims_of):
    text = (
        "Lord Goldsmith warned Tony Blair on 7 March 2003 that the war could be "
        "illegal."
    )
    warning = next(c for c in claims_of(text) if c.action == "warn")
    assert warning.historical
    assert warning.when == "2003-03-07"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "President Tom Vell of the United States said trade had been unfair to "
                "the United States."
            ),
            ("accuse", "USA"),
        ),
        (
            (
                "U.S. Treasury Secretary Tom Vell said the objective now was to keep "
                "repeal of the mandate in the bill."
            ),
            ("demand", "USA"),
        ),
        # words that charge the other side with bad faith or failure
        (
            "Senator Tom Vell, a Republican, said the charges were politically motivated.",
            ("accuse", "USA-REP"),
        ),
        (
            "Senator Tom Vell, a Republican, said he was the victim of a witch hunt.",
            ("accuse", "USA-REP"),
        ),
        (
            "Senator Tom Vell, a Republican, said illegal immigration was out of control.",
            ("accuse", "USA-REP"),
        ),
        (
            "Senator Tom Vell, a Republican, said the Democrats had no idea how to pay.",
            ("accuse", "USA-REP"),
        ),
    ],
)
def test_statement_idioms(claims_of, text, expected):
    assert expected in positions(claims_of(text))


def test_a_speaker_with_no_idea_accuses_no_one(claims_of):
    text = '"I have no idea what the tax will raise," Senator Tom Vell, a Republican, said.'
    assert ("accuse", "USA-REP") not in positions(claims_of(text))


def test_withdrawing_an_objection_concedes(claims_of):
    claims = claims_of("West Germany withdrew its objections to higher beef quotas.")
    assert ("concede", "DEU") in positions(claims)


def test_withdrawing_troops_is_no_concession_by_this_rule(claims_of):
    claims = claims_of("West Germany withdrew its ambassador on Monday.")
    assert ("concede", "DEU") not in positions(claims)


def _with_home(nlp, text, place):
    from dataclasses import replace
    from datetime import UTC, datetime

    from redline.claims import extract_claims, load_lexicon
    from redline.claims.registry import default_registry
    from redline.model import Article, Dateline
    from redline.nlp import parse_texts

    article = replace(
        Article.from_text(
            text, source="t", published=datetime(1987, 3, 23, tzinfo=UTC)
        ),
        dateline=Dateline(place=place, text=f"{place}, March 23"),
    )
    parsed = next(parse_texts([text], nlp=nlp))
    return extract_claims(
        article, parsed, registry=default_registry(), lexicon=load_lexicon()
    )


def test_an_official_with_no_country_serves_the_datelines_state(nlp):
    text = "Trade Minister Ken Odaka said Washington must lift the tariffs."
    assert ("demand", "JPN") in positions(_with_home(nlp, text, "TOKYO"))
    assert positions(_with_home(nlp, text, "GENEVA")) == set()


def test_a_provincial_premier_does_not_serve_the_datelines_state(nlp):
    text = "Alberta Premier Don Getty said Ottawa must cut energy taxes."
    assert ("demand", "CAN") not in positions(_with_home(nlp, text, "OTTAWA"))


def test_what_a_statement_hangs_on_is_demanded(claims_of):
    text = (
        "Mexican Finance Minister Tomas Vell said the debt problem will not be "
        "solved unless developing countries are allowed to grow."
    )
    claims = claims_of(text)
    demand = next(c for c in claims if c.action == "demand")
    assert demand.holder.id == "MEX"
    assert demand.content.startswith("developing countries are allowed to grow")


def test_a_proposals_effect_is_no_proposal(claims_of):
    text = "Britain said the EU's proposal would mean a 35% rise in the budget."
    assert ("propose", "EU") not in positions(claims_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "UK aid for the tsunami will not take relief from Africa, Prime "
                "Minister Tony Blair has promised."
            ),
            ("pledge", "GBR"),
        ),
        (
            (
                "Japanese Trade Minister Tom Vell said Japan will request that the "
                "sanctions be lifted soon."
            ),
            ("demand", "JPN"),
        ),
        (
            "The Liberal Democrats called the new target hugely unambitious.",
            ("accuse", "GBR-LD"),
        ),
    ],
)
def test_fronted_promises_requests_and_pejorative_adjectives(claims_of, text, expected):
    assert expected in positions(claims_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "The 4th U.S. Circuit Court of Appeals said it was denying the request.",
        "The Japan Automobile Manufacturers Association said Washington must act.",
        "Venture capitalists said the industry would collapse should the tax pass.",
        '"It would not have happened without them," Democrat Tom Vell said.',
    ],
)
def test_no_state_position_in_these(claims_of, text):
    assert not {h for _, h in positions(claims_of(text))} & {"USA", "JPN", "USA-DEM"}


def test_denying_a_request_turns_it_down(claims_of):
    claims = claims_of("Britain denied Spain's request for talks on Gibraltar.")
    assert ("reject", "GBR") in positions(claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said Argentina may break off negotiations with the banks.",
            ("threaten", "ARG"),
        ),
        (
            "U.S. officials said Washington will impose tariffs on Japanese chips.",
            ("threaten", "USA"),
        ),
    ],
)
def test_a_named_penalty_threatens(claims_of, text, expected):
    found = positions(claims_of(text))
    assert expected in found
    assert ("pledge", expected[1]) not in found


def test_cutting_output_is_no_threat(claims_of):
    found = positions(claims_of("Japan said it would cut chip output."))
    assert ("threaten", "JPN") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Turkey may have to accept restrictions to limit migration.",
        "Senator Chuck Schumer said everyone should be working to avoid a shutdown.",
        (
            "Unison met ministers on Monday. The five unions want the government to "
            "withdraw the regulations."
        ),
    ],
)
def test_forecasts_exhortations_and_counted_groups_hold_no_position(claims_of, text):
    assert not {h for _, h in positions(claims_of(text))} & {
        "TUR",
        "USA-DEM",
        "GBR-UNISON",
    }


def test_a_ministry_keeps_its_own_id(claims_of):
    text = "MITI is asking Japanese chip makers to limit production."
    assert ("demand", "JPN-MITI") in positions(claims_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "White House Chief of Staff John Kelly made his call to Grassley on Thursday.",
        "U.S. officials said Trump will not personally benefit from the tax bill.",
        "President Barack Obama said no one should assume victory.",
    ],
)
def test_calls_forecasts_and_no_one_hold_no_position(claims_of, text):
    assert positions(claims_of(text)) == set()


def test_a_call_for_something_still_demands(claims_of):
    text = "Britain renewed its call for talks on Gibraltar."
    assert ("demand", "GBR") in positions(claims_of(text))


def test_a_different_first_name_is_a_different_person(claims_of):
    text = "Lib Dem Norman Baker accused ministers of turning Britain into a dump."
    assert ("accuse", "USA") not in positions(claims_of(text))


def test_not_ruling_out_decides_nothing(claims_of):
    text = "Foreign Secretary Jack Straw does not rule out a return to the talks."
    assert ("reject", "GBR") not in positions(claims_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rhona Vale is a fierce critic of the plan.", None),  # no actor named
        ("Japan is a fierce critic of the plan.", ("reject", "JPN")),
        ("Japan is a fierce critic of Canada.", ("accuse", "JPN")),
        (
            "Britain remains a staunch supporter of Turkish accession.",
            ("accept", "GBR"),
        ),
        ("Britain is against the plan.", ("reject", "GBR")),
        ("The Lib Dems are to scrap tuition fees.", ("pledge", "GBR-LD")),
    ],
)
def test_a_copula_states_a_stance_through_a_role_or_an_announced_act(
    claims_of, text, expected
):
    found = positions(claims_of(text))
    if expected is None:
        assert found == set()
    else:
        assert expected in found


@pytest.mark.parametrize(
    "text",
    [
        "The aim is to cut taxes.",
        "Japan was to cut its tariffs last year.",
        "Japan is not to cut its tariffs.",
        "Britain is against the wall.",
        "Japan is a critic.",
    ],
)
def test_a_copula_without_a_role_of_a_plan_states_nothing(claims_of, text):
    assert positions(claims_of(text)) == set()


def test_an_aside_on_a_name_states_the_named_actors_stance(claims_of):
    aside = "Mr Vell works for Labour, which denies any personal campaigning."
    assert ("deny", "GBR-LAB") in positions(claims_of(aside))
    # a restrictive clause on a common noun picks out a thing; no one's stance
    restrictive = "The plan which calls for tax cuts was dropped."
    assert positions(claims_of(restrictive)) == set()


def test_an_aside_after_a_list_of_names_is_a_claim_of_its_own(claims_of):
    # the parser hangs the clause on the first name; the comma still sets it off,
    # and the clause under another verb's cue is not part of that cue's content
    text = "The tax was blocked by Britain and Denmark, which oppose the levy."
    assert ("reject", "GBR") in positions(claims_of(text))


def test_an_owned_demand_that_spells_out_the_ask_demands_as_a_subject(claims_of):
    text = (
        "Turkey's demand for the United States to hand over the cleric would be "
        "discussed during the visit."
    )
    assert ("demand", "TUR") in positions(claims_of(text))
    # without "for someone to act" a subject says what the thing does, no more
    plain = "Turkey's proposal would mean a 35% rise in the budget."
    assert positions(claims_of(plain)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Democrats are likely to oppose the bill.",
        "Democrats in the Senate are expected to oppose that formula.",
    ],
)
def test_a_stance_the_report_expects_of_a_party_is_the_partys(claims_of, text):
    assert ("reject", "USA-DEM") in positions(claims_of(text))


def test_an_objection_owned_in_an_of_phrase_rejects(claims_of):
    text = "Ann Reed reaffirmed the strong opposition of the United States to the tax."
    (claim,) = [c for c in claims_of(text) if c.action == "reject"]
    assert (claim.holder.id, claim.content) == ("USA", "to the tax")
    # the "of" phrase of a rejection is what is rejected
    plain = "Britain voiced its rejection of the French plan."
    assert ("reject", "FRA") not in positions(claims_of(plain))


def test_an_owned_objection_to_a_plan_rejects_it(claims_of):
    text = "Bonn voiced West German opposition to the radical reforms."
    assert ("reject", "DEU") in positions(claims_of(text))
    # the bloc word inside the demonym is not the owner
    assert ("reject", "WEST") not in positions(claims_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japanese minister Hiroshi Tamaki admitted that firms sold chips.",
            ("concede", "JPN"),
        ),
        (
            "Britain acknowledged that some members still opposed the rebate.",
            ("concede", "GBR"),
        ),
        ("Britain complained that the EC had broken the rules.", ("accuse", "GBR")),
        ("Japan defended its farm policies.", ("accept", "JPN")),
        ("France would prefer Turkey to drop the claim.", ("demand", "FRA")),
        ("The rebate is not up for renegotiation, Britain said.", ("reject", "GBR")),
        ("Japan ratified the tentative agreement.", ("accept", "JPN")),
        ('"Any agreement must be verifiable," Reagan said.', ("demand", "USA")),
    ],
)
def test_admitting_complaining_and_defending(claims_of, text, expected):
    assert expected in positions(claims_of(text))


def test_should_be_with_a_thing_for_subject_forecasts(claims_of):
    text = "This year should be the fifth solid year of growth, Japan said."
    assert positions(claims_of(text)) == set()


def test_attacking_a_policy_accuses_and_attacking_a_town_does_not(claims_of):
    policy = "The Tories attacked the government's record on crime."
    assert ("accuse", "GBR-CON") in positions(claims_of(policy))
    assert positions(claims_of("Rebels attacked the town overnight.")) == set()


def test_making_clear_reports(claims_of):
    text = "Pyongyang has made clear it has little interest in negotiations."
    assert ("reject", "PRK") in positions(claims_of(text))
    assert positions(claims_of("The change made clear roads safer.")) == set()


def test_insisting_on_a_subjunctive_demands(claims_of):
    asks = "The EC would continue to insist that Japan boost imports."
    assert ("demand", "EU") in positions(claims_of(asks))
    states = "Britain insisted that the plan was fair."
    assert ("demand", "GBR") not in positions(claims_of(states))


@pytest.mark.parametrize(
    "text",
    [
        "The EC said it would continue to insist that Japan boost imports.",
        "The EC said it would continue to press Japan to open its rice market.",
    ],
)
def test_continuing_to_ask_demands_and_pledges_nothing(claims_of, text):
    found = positions(claims_of(text))
    assert ("demand", "EU") in found
    assert ("pledge", "EU") not in found


def test_continuing_to_support_still_commits(claims_of):
    text = "The White House said it would continue to support the bill."
    assert ("pledge", "USA") in positions(claims_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senate Republicans later voted down a Democratic motion.", "USA-REP"),
        ("The Tories voted against the bill.", "GBR-CON"),
        ("Democrats have been united against the bill.", "USA-DEM"),
    ],
)
def test_voting_or_uniting_against_rejects(claims_of, text, expected):
    assert ("reject", expected) in positions(claims_of(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            '"Whatever we do, we will be bashed," Japanese Trade Minister Ken Sato said.',
            ("pledge", "JPN"),
        ),
        (
            "Senate Republicans have yet to unveil a final tax bill.",
            ("propose", "USA-REP"),
        ),
        ("The Canadian army declined to give reasons for the move.", ("reject", "CAN")),
        ("Former Canadian trade officials have denied the reports.", ("deny", "CAN")),
    ],
)
def test_what_takes_no_stance_of_anyone(claims_of, text, absent):
    assert absent not in positions(claims_of(text))


def test_a_refusal_in_the_passive_still_refuses(claims_of):
    text = "Japanese Trade Minister Ken Sato said he would not be rushed into a deal."
    assert ("reject", "JPN") in positions(claims_of(text))


def test_a_conjoined_clause_keeps_a_subject_the_parser_hung_elsewhere(claims_of):
    text = (
        "Russia denies meddling in the 2016 U.S. election and Trump has denied any "
        "collusion."
    )
    published = datetime(2017, 11, 1, tzinfo=UTC)
    denials = {
        c.holder.id for c in claims_of(text, published=published) if c.action == "deny"
    }
    assert denials == {"RUS", "USA"}


@pytest.mark.parametrize(
    ("text", "expected", "content"),
    [
        (
            (
                "Ministers adopted the fishing quota despite Spanish and Portuguese "
                "opposition."
            ),
            {("reject", "ESP"), ("reject", "PRT")},
            "the fishing quota",
        ),
        (
            (
                "The levy is unlikely to be approved because of opposition from "
                "Denmark and Sweden."
            ),
            {("reject", "DNK"), ("reject", "SWE")},
            "The levy",
        ),
        (
            "The draft treaty faces stiff resistance from Poland.",
            {("reject", "POL")},
            "The draft treaty",
        ),
        (
            (
                "The Commission withdrew its port plan in the light of heavy "
                "opposition, notably from Greece."
            ),
            {("reject", "GRC")},
            "its port plan",
        ),
    ],
)
def test_opposition_met_in_a_clause_rejects_what_the_clause_is_about(
    claims_of, text, expected, content
):
    claims = claims_of(text)
    assert expected <= positions(claims)
    assert {c.content for c in claims if c.action == "reject"} == {content}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Opposition from Greece has fuelled talk of a delay.", ("reject", "GRC")),
        ("The Labour opposition called for an inquiry.", ("reject", "GBR-LAB")),
    ],
)
def test_opposition_that_is_no_rejection(claims_of, text, absent):
    assert absent not in positions(claims_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We need a real free trade agreement," Senator Tom Avery, a Democrat, said.',
            ("demand", "USA-DEM"),
        ),
        (
            "Prosecutors said they needed an independent appraisal of the apartment.",
            ("demand", "USA"),
        ),
    ],
)
def test_the_speakers_side_needing_something_asks_for_it(claims_of, text, expected):
    published = datetime(2017, 11, 2, tzinfo=UTC)
    claims = claims_of(text, published=published, outlet="The Washington Post")
    assert expected in positions(claims)


@pytest.mark.parametrize(
    "text",
    [
        '"We would need more time," Senator Tom Avery, a Democrat, said.',
        # a pronoun names nothing asked for, and a clause before the verb is no
        # clause of what is needed (a condolence's "we sure need it")
        (
            '"These are heavy days in Frankfort ... may God shed His grace on us all'
            '... we sure need it," Senator Tom Avery, a Democrat, wrote.'
        ),
    ],
)
def test_needing_something_for_oneself_asks_nothing(claims_of, text):
    published = datetime(2017, 11, 2, tzinfo=UTC)
    assert positions(claims_of(text, published=published)) == set()


def test_a_verb_the_parser_hung_on_a_root_noun_is_the_main_verb(claims_of):
    text = (
        "A report by the Commons work and pensions committee called for the agency "
        "to be wound up."
    )
    published = datetime(2005, 1, 20, tzinfo=UTC)
    claims = claims_of(text, published=published, outlet="BBC News")
    assert ("demand", "GBR-PARL") in positions(claims)


def test_a_root_nouns_phrase_ends_where_its_misparsed_verb_begins(claims_of):
    text = "The delegation called for Myanmar to allow an investigation."
    published = datetime(2017, 11, 2, tzinfo=UTC)
    assert ("demand", "MMR") not in positions(claims_of(text, published=published))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senator Roy Dale declined to quit even after Trump urged him to do so.",
            ("demand", "USA"),
        ),
        (
            "France withdrew its offer because Britain rejected the plan.",
            ("reject", "GBR"),
        ),
        (
            (
                "The deal was agreed after West Germany withdrew its objections to the "
                "quotas."
            ),
            ("concede", "DEU"),
        ),
        (
            "Prospects for the bill soared after Republican senators pledged support.",
            ("pledge", "USA-REP"),
        ),
    ],
)
def test_a_past_act_in_an_after_or_because_clause_is_asserted(
    claims_of, text, expected
):
    published = datetime(2017, 11, 2, tzinfo=UTC)
    assert expected in positions(claims_of(text, published=published))


def test_an_act_in_an_if_clause_is_not_asserted(claims_of):
    text = "If Britain rejects the plan, France will withdraw its offer."
    assert ("reject", "GBR") not in positions(claims_of(text))


def test_what_a_warning_foresees_is_the_warning_not_a_pledge(claims_of):
    text = "Delors has warned that the EC will have a budget deficit by December."
    published = datetime(1987, 3, 20, tzinfo=UTC)
    found = positions(claims_of(text, published=published))
    assert ("warn", "EU") in found
    assert ("pledge", "EU") not in found


def test_pledging_to_oppose_rejects_too(claims_of):
    text = "The Lib Dems have pledged to oppose the bill when it is debated."
    published = datetime(2005, 1, 20, tzinfo=UTC)
    found = positions(claims_of(text, published=published))
    assert {("pledge", "GBR-LD"), ("reject", "GBR-LD")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "The Liberal Democrats are to scrap student fees.",
        "The Liberal Democrats are to introduce a local income tax.",
    ],
)
def test_a_party_that_is_to_act_pledges_it(claims_of, text):
    published = datetime(2005, 1, 20, tzinfo=UTC)
    assert ("pledge", "GBR-LD") in positions(claims_of(text, published=published))


def test_what_a_challenge_is_to_do_pledges_nothing(claims_of):
    text = "The challenge for the Liberal Democrats is to provide better schools."
    published = datetime(2005, 1, 20, tzinfo=UTC)
    assert ("pledge", "GBR-LD") not in positions(claims_of(text, published=published))


def test_a_plan_a_party_is_against_in_a_relative_clause_and_its_companions(claims_of):
    text = (
        "Paris supports a move for an oils and fats tax which West Germany is "
        "against, along with Britain, Denmark and the Netherlands."
    )
    published = datetime(1987, 3, 20, tzinfo=UTC)
    found = positions(claims_of(text, published=published))
    assert {("reject", s) for s in ("DEU", "GBR", "DNK", "NLD")} <= found
    assert ("accept", "FRA") in found


def test_along_with_adds_a_holder(claims_of):
    text = "Britain, along with Denmark, rejected the oils tax."
    published = datetime(1987, 3, 20, tzinfo=UTC)
    found = positions(claims_of(text, published=published))
    assert {("reject", "GBR"), ("reject", "DNK")} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The union planned a series of protests against the EC Commission's "
                "proposals to cut milk prices, union leader Paul Vell said."
            ),
            False,
        ),
        (
            "The union fears the impact of Japan's proposals on steel prices.",
            False,
        ),
        ("Japan's proposal is to cut steel output by a fifth.", True),
    ],
)
def test_a_plan_inside_another_nouns_phrase_is_only_referred_to(
    claims_of, text, expected
):
    published = datetime(1987, 3, 20, tzinfo=UTC)
    found = {a for a, _ in positions(claims_of(text, published=published))}
    assert ("propose" in found) is expected


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            (
                "Some 30 of Japan's 47 provincial governments have called for the "
                "tax to be scrapped."
            ),
            "JPN",
        ),
        ("Canada's provincial governments rejected the pipeline plan.", "CAN"),
        ("Local authorities in Britain rejected the pension plan.", "GBR"),
    ],
)
def test_a_government_below_the_state_does_not_speak_for_it(claims_of, text, state):
    published = datetime(1987, 3, 20, tzinfo=UTC)
    assert state not in {h for _, h in positions(claims_of(text, published=published))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan and Canada reached a tentative agreement on fishing quotas.", True),
        ("Japan has reached a deal with Canada on fishing quotas.", True),
        ("Japan hopes to reach a deal with Canada on fishing quotas.", False),
        ("Japan could reach a deal with Canada next week.", False),
    ],
)
def test_reaching_a_deal_accepts_it_once_it_is_reached(claims_of, text, expected):
    published = datetime(1987, 3, 20, tzinfo=UTC)
    found = positions(claims_of(text, published=published))
    assert (("accept", "JPN") in found) is expected


def test_the_host_of_a_conference_is_not_its_delegates(claims_of):
    text = (
        "Delegates at the rubber conference, held under the auspices of the U.N. "
        "Conference on Trade and Development, rejected the producers' plan."
    )
    published = datetime(1987, 3, 20, tzinfo=UTC)
    assert "UN" not in {h for _, h in positions(claims_of(text, published=published))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan boycotted the talks.", "reject"),
        ("Japan dismissed talk of a split.", "deny"),
    ],
)
def test_talks_are_negotiations_and_talk_of_a_thing_a_charge(claims_of, text, expected):
    published = datetime(1987, 3, 20, tzinfo=UTC)
    assert {a for a, _ in positions(claims_of(text, published=published))} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "U.S. carmakers rejected the plan.",
        (
            "U.S. business lobbies argue that their members are shut out. They have "
            "also criticised Beijing's plan."
        ),
    ],
)
def test_businesses_do_not_speak_for_the_state_named_with_them(claims_of, text):
    published = datetime(2017, 11, 10, tzinfo=UTC)
    assert "USA" not in {h for _, h in positions(claims_of(text, published=published))}


def test_withholding_support_rejects(claims_of):
    published = datetime(2005, 1, 20, tzinfo=UTC)
    found = positions(
        claims_of("Britain withheld its support for the plan.", published=published)
    )
    assert found == {("reject", "GBR")}


# One utterance may take two stances, as the dev gold's annotators read it: agreeing
# to act accepts and pledges, money offered is proposed and pledged, criticism of a
# policy rejects it and accuses its authors; a passive with its agent is the agent's.
@pytest.mark.parametrize(
    ("text", "year", "holder", "expected"),
    [
        (
            "Japan agreed to stop selling cut-price chips.",
            1987,
            "JPN",
            {"accept", "pledge"},
        ),
        ("Japan agreed to the chip pact on Friday.", 1987, "JPN", {"accept"}),
        (
            "Japan has offered $960 million over 15 years to the vaccine fund.",
            2005,
            "JPN",
            {"propose", "pledge"},
        ),
        ("Japan offered a new formula for fishing quotas.", 2005, "JPN", {"propose"}),
        ("Britain criticised the plan.", 2005, "GBR", {"accuse", "reject"}),
        ("Britain took aim at the tax.", 2005, "GBR", {"accuse", "reject"}),
        (
            "Britain deplored Japan's trade practices.",
            2005,
            "GBR",
            {"accuse", "reject"},
        ),
        (
            "Britain attacked France's farm subsidies.",
            2005,
            "GBR",
            {"accuse", "reject"},
        ),
        (
            "Britain condemned France's decision to veto the plan.",
            2005,
            "GBR",
            {"accuse", "reject"},
        ),
        ("Britain criticised France for its stance.", 2005, "GBR", {"accuse"}),
        ("Britain pushed back at demands by France.", 2005, "GBR", {"reject"}),
        ("The plan was welcomed by Japan.", 2005, "JPN", {"accept"}),
        ("The plan was criticised by Japan.", 2005, "JPN", {"accuse", "reject"}),
        ("The plan must be ratified by Japan.", 2005, "JPN", set()),
    ],
)
def test_the_stances_one_utterance_takes(claims_of, text, year, holder, expected):
    found = positions(claims_of(text, published=datetime(year, 3, 20, tzinfo=UTC)))
    assert {a for a, h in found if h == holder} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moore was abandoned by Republicans who have demanded he withdraw.",
            {("demand", "USA-REP")},
        ),
        (
            # the group in a phrase, its demand in a conjunct under "said"
            (
                "Trump did not go as far as Republicans who have said they believe "
                "the women and have demanded Moore withdraw."
            ),
            {("demand", "USA-REP")},
        ),
        (
            "The plan angered Democrats who rejected it as a giveaway to the rich.",
            {("reject", "USA-DEM")},
        ),
        # a kind of people, not what a group did
        ("Democrats who oppose the plan were polled on Monday.", set()),
        ("Democrats who would reject the plan were polled on Monday.", set()),
        # a clause on one person names who is meant
        ("The Democrat who rejected the plan was polled on Monday.", set()),
    ],
)
def test_a_who_clause_on_a_group_says_what_its_members_did(claims_of, text, expected):
    assert positions(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France's demand for compensation angered Britain.", {("demand", "FRA")}),
        ("Japan's pledge to cut tariffs won applause.", {("pledge", "JPN")}),
        # terms that say nothing of what is asked take no stance
        ("Indonesia's conditions do not prove anything.", set()),
    ],
)
def test_a_named_owners_demand_as_a_subject_is_theirs(claims_of, text, expected):
    assert positions(claims_of(text)) == expected


def test_a_factual_clause_in_the_perfect_and_its_conjunct_are_asserted(claims_of):
    text = (
        "The case is watched closely because Senator Elizabeth Warren has been a "
        "critic of the bank, and opposed its purchase of the insurer last year."
    )
    assert any(
        c.action == "reject" and c.holder.id == "USA-DEM" and "purchase" in c.content
        for c in claims_of(text)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senator Elizabeth Warren said she was disappointed by the decision.",
            {("accuse", "USA-DEM")},
        ),
        ("Spain has been angered by the new tax on olive oil.", {("accuse", "ESP")}),
        (
            "Democrats were angry that Britain rejected the treaty.",
            {("accuse", "USA-DEM"), ("reject", "GBR")},
        ),
        # not negated, and at something named
        ("Senator Elizabeth Warren said she was not unhappy with the decision.", set()),
        ("Democrats were angry.", set()),
        # the people of a country are not its government
        ("Mr Kennedy said many people in Britain were angry about the war.", set()),
    ],
)
def test_displeasure_at_something_charges_it(claims_of, text, expected):
    assert positions(claims_of(text)) == expected


def test_a_group_defined_by_its_stance_includes_its_holders(claims_of):
    text = "Other countries opposing the tax include Britain, Spain and Denmark."
    assert positions(claims_of(text)) == {
        ("reject", "GBR"),
        ("reject", "ESP"),
        ("reject", "DNK"),
    }


def test_a_reason_in_the_future_is_asserted(claims_of):
    text = "The bill faces an uncertain future because Britain will oppose it."
    assert ("reject", "GBR") in positions(claims_of(text))
    # a mere possibility is not
    text = "The bill faces an uncertain future because Britain could oppose it."
    assert ("reject", "GBR") not in positions(claims_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unison will start balloting 800,000 council workers on strike action.",
            {("threaten", "GBR-UNISON")},
        ),
        (
            "Unison said it had resolved to take solidarity action next week.",
            {("threaten", "GBR-UNISON")},
        ),
        (
            (
                "IG Metall said it would react to the collapse of the talks with "
                "warning strikes."
            ),
            {("threaten", "DEU-IGMETALL")},
        ),
        # action taken or ruled out threatens nothing
        ("Unison members went on strike last week.", set()),
        ("IG Metall said it would respond with a proposal of its own.", set()),
        ("Unison will not strike this winter.", set()),
        # nor does a meeting
        ("Unison will hold a meeting on Monday.", set()),
    ],
)
def test_industrial_action_to_come_threatens(claims_of, text, expected):
    assert {p for p in positions(claims_of(text)) if p[0] == "threaten"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Washington has refused to rule out military action against Iran.",
            {("threaten", "USA")},
        ),
        # leaving talks open decides nothing; it rejects nothing either
        ("Washington has refused to rule out talks with Iran.", set()),
    ],
)
def test_refusing_to_rule_out_a_penalty_threatens(claims_of, text, expected):
    assert positions(claims_of(text)) == expected


def test_a_demand_shares_the_object_of_the_verb_conjoined_after_it(claims_of):
    text = (
        "Senator Roy Dale, a Republican, demanded and won amendments to the tax bill."
    )
    claims = claims_of(text, published=datetime(2017, 12, 1, tzinfo=UTC))
    demands = [c for c in claims if c.action == "demand"]
    assert [(c.holder.id, c.content) for c in demands] == [
        ("USA-REP", "amendments to the tax bill")
    ]


def test_a_threat_whose_infinitive_follows_a_phrase_and_a_quote(claims_of):
    text = (
        'Trump threatened in his first United Nations address to "totally destroy" '
        "the country."
    )
    claims = claims_of(text, published=datetime(2017, 11, 21, tzinfo=UTC))
    threats = [c for c in claims if c.action == "threaten"]
    assert [(c.holder.id, c.content) for c in threats] == [
        ("USA", 'to "totally destroy" the country')
    ]


@pytest.mark.parametrize(
    ("text", "found", "not_found"),
    [
        # a verbal attack in the passive is its agent's
        (
            "The plan has been attacked by the Tories as too little, too late.",
            ("accuse", "GBR-CON"),
            None,
        ),
        # displeasure in the passive stays its subject's ("angered by" names the
        # cause, not who acts)
        (
            "Gordon Brown has been angered by the French plan to cut the budget.",
            ("accuse", "GBR"),
            ("accuse", "FRA"),
        ),
    ],
)
def test_a_passive_attack_is_its_agents(claims_of, text, found, not_found):
    claims = claims_of(text, published=datetime(2005, 2, 1, tzinfo=UTC))
    assert found in positions(claims)
    if not_found is not None:
        assert not_found not in positions(claims)


@pytest.mark.parametrize(
    ("text", "rejects"),
    [
        ("Senate Republicans do not like the bipartisan healthcare proposal.", True),
        ("Senate Republicans said they did not want changes to the bill.", True),
        # a goal everyone professes, and a wish about another's act
        ("Senate Republicans said they did not want a trade war.", False),
        ("Senate Republicans did not want the House to vote first.", False),
    ],
)
def test_not_liking_a_thing_rejects_it(claims_of, text, rejects):
    claims = claims_of(text, published=datetime(2017, 11, 1, tzinfo=UTC))
    held = [c for c in claims if c.action == "reject" and c.holder.id == "USA-REP"]
    assert bool(held) is rejects
    assert not any(c.negated for c in held)


def test_pledged_support_backs_what_it_supports(claims_of):
    text = "Senator Marco Rubio pledged his support for the tax bill on Friday."
    found = positions(claims_of(text, published=datetime(2017, 12, 7, tzinfo=UTC)))
    assert {("pledge", "USA-REP"), ("accept", "USA-REP")} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser's "oprd" after a raising verb passes the subject on
        ("Japan appears ready to compromise with Washington on rice.", "concede"),
        ("West Germany appears reluctant to accept the production ceilings.", "reject"),
        # readiness to give up a measure of one's own concedes it ...
        ("Belgium appears ready to drop its oils and fats tax.", "concede"),
        ("Belgium is willing to drop its oils and fats tax.", "concede"),
        # ... unless it is traded for something: then it is an offer
        (
            "Belgium is willing to drop its oils and fats tax if Spain agrees.",
            "propose",
        ),
    ],
)
def test_readiness_after_a_raising_verb_and_to_give_up(claims_of, text, expected):
    claims = claims_of(text, published=datetime(1987, 3, 1, tzinfo=UTC))
    assert [c.action for c in claims if c.action != "state"][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany said it was prepared to compromise.", {("concede", "DEU")}),
        (
            "Most ministers backed the tax. Ireland and Luxembourg were also opposed.",
            {("reject", "IRL"), ("reject", "LUX")},
        ),
        # a bare "I agree" is talk, not the acceptance of anything
        ('"I agree," the German finance minister said.', set()),
    ],
)
def test_a_stance_verb_with_nothing_after_it(claims_of, text, expected):
    found = positions(claims_of(text, published=datetime(1987, 3, 9, tzinfo=UTC)))
    assert expected <= found
    if not expected:
        assert not {f for f in found if f[0] == "accept"}


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # the sanctions are another's: the harm they would do is a warning
        ("Japan warned that U.S. sanctions would hurt its trade.", "warn"),
        # sanctions that would follow are the speaker's own threat
        ("Japan warned that sanctions would follow.", "threaten"),
    ],
)
def test_a_penalty_that_does_harm_is_warned_of(claims_of, text, stance):
    found = positions(claims_of(text, published=datetime(1987, 3, 9, tzinfo=UTC)))
    assert (stance, "JPN") in found
    assert len(found) == 1


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a penalty brought on by a thing is feared, not held out
        ("Japan warned that the sanctions could trigger a trade war.", "warn"),
        ("Japan warned that the new duties could lead to a trade war.", "warn"),
        # a response is always the speaker's
        ("Japan warned that any interference would meet a firm response.", "threaten"),
    ],
)
def test_a_penalty_a_thing_brings_on_is_warned_of(claims_of, text, stance):
    found = positions(claims_of(text, published=datetime(1987, 3, 9, tzinfo=UTC)))
    assert found == {(stance, "JPN")}


@pytest.mark.parametrize(
    ("text", "holder", "addressee"),
    [
        (
            "The Liberal Democrats said the government had broken its promise on fees.",
            "GBR-LD",
            None,
        ),
        (
            "Labour said the Tories had reneged on their pledge to cut taxes.",
            "GBR-LAB",
            "GBR-CON",
        ),
        (
            "Nancy Pelosi said Republicans had turned their backs on working families.",
            "USA-DEM",
            "USA-REP",
        ),
    ],
)
def test_a_broken_promise_or_turned_back_accuses_the_one_who_broke_it(
    claims_of, text, holder, addressee
):
    claims = [c for c in claims_of(text) if c.action != "state"]
    assert [(c.action, c.holder.id) for c in claims] == [("accuse", holder)]
    if addressee is not None:
        assert claims[0].addressee is not None
        assert claims[0].addressee.id == addressee


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada said it was disappointed with the ruling.", {("accuse", "CAN")}),
        # the impersonal passive states no one's stance
        ("It was agreed that talks would resume.", set()),
    ],
)
def test_a_party_called_it_can_be_displeased(claims_of, text, expected):
    assert positions(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "The European Union said it was ready to impose tariffs on U.S. goods.",
            "threaten",
        ),
        ("The EU is prepared to retaliate against any U.S. tariffs.", "threaten"),
        ("The EU is willing to pay a higher price for the beef.", "propose"),
    ],
)
def test_an_intended_penalty_threatens(claims_of, text, stance):
    assert (stance, "EU") in positions(claims_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain was not ready to accept the deal.", ("reject", "GBR")),
        ("Britain did not want to accept the deal.", ("reject", "GBR")),
        (
            "Britain said it was not prepared to compromise on safety.",
            ("reject", "GBR"),
        ),
        ("Britain is not willing to drop its demand.", ("reject", "GBR")),
        ("Britain was ready to accept the deal.", ("accept", "GBR")),
    ],
)
def test_a_negated_will_refuses_the_act_under_it(claims_of, text, expected):
    assert positions(claims_of(text)) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington said it would hold Russia accountable.", ("threaten", "USA")),
        (
            "China said it would take all necessary measures to defend its interests.",
            ("threaten", "CHN"),
        ),
        (
            "South Korea said it would respond sternly to any provocation.",
            ("threaten", "KOR"),
        ),
        # steps to carry out a deal, or a reply to a letter, commit
        (
            "Japan said it would take the necessary steps to carry out the deal.",
            ("pledge", "JPN"),
        ),
        ("Russia said it would respond to the letter next week.", ("pledge", "RUS")),
    ],
)
def test_a_stern_response_held_out_threatens(claims_of, text, expected):
    assert positions(claims_of(text)) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Fire Brigades Union voted to suspend talks with employers.",
            {("reject", "GBR-FBU")},
        ),
        ("The Fire Brigades Union hopes to suspend talks.", set()),
    ],
)
def test_a_vote_that_took_place_does_what_it_voted_for(claims_of, text, expected):
    assert positions(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trump asked the Singapore prime minister for his opinion about North Korea.",
            set(),
        ),
        ("Japan asked the United States for a delay.", {("demand", "JPN")}),
    ],
)
def test_asking_for_an_opinion_demands_nothing(claims_of, text, expected):
    assert positions(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Mr Khodorkovsky, once Russia's richest man, is in prison, having been "
                "charged with fraud."
            ),
            set(),
        ),
        (
            "Britain, having been criticised by France, rejected the plan.",
            {("reject", "GBR"), ("accuse", "FRA")},
        ),
    ],
)
def test_a_passive_participle_is_undergone_by_the_clause_subject(
    claims_of, text, expected
):
    assert positions(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Smith will not run for the rest of Franken's term, which ends in 2020.",
            set(),
        ),
        ("Putin's terms include an end to NATO enlargement.", {("demand", "RUS")}),
        ("Sessions offered a tepid endorsement of the FBI.", {("accept", "USA")}),
        ("Trump offered effusive praise for Putin.", set()),
        ("Japan offered to cut tariffs.", {("propose", "JPN")}),
    ],
)
def test_a_term_of_office_and_offered_praise_are_no_stance(claims_of, text, expected):
    assert (
        positions(claims_of(text, published=datetime(2017, 12, 1, tzinfo=UTC)))
        == expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Saudi displeasure with the agreement has long been noted.",
            {("reject", "SAU")},
        ),
        (
            "Saudi Arabia's dissatisfaction with the agreement is well known.",
            {("reject", "SAU")},
        ),
        ("British opposition to the tax is well known.", {("reject", "GBR")}),
    ],
)
def test_a_refusal_noun_as_subject_is_its_owners(claims_of, text, expected):
    assert (
        positions(claims_of(text, published=datetime(1987, 3, 9, tzinfo=UTC)))
        == expected
    )


def test_telling_a_fact_that_runs_to_a_date_demands_nothing(claims_of):
    text = (
        "Japanese Foreign Minister Taro Kono told Reuters the accord has been "
        "extended by one year to the end of 1989."
    )
    assert (
        positions(claims_of(text, published=datetime(2018, 3, 9, tzinfo=UTC))) == set()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Tories are thought likely to propose higher thresholds.",
            {("propose", "GBR-CON")},
        ),
        ("Japan is expected to reject the proposal.", {("reject", "JPN")}),
        ("The plan was thought likely to be rejected.", set()),
    ],
)
def test_a_party_said_to_be_about_to_act_holds_the_stance(claims_of, text, expected):
    found = positions(claims_of(text, published=datetime(2005, 3, 9, tzinfo=UTC)))
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EC wanted to stick to the four-year schedule.", {("demand", "EU")}),
        ("The Democrats also want to shore up Obamacare.", {("demand", "USA-DEM")}),
        (
            "West Germany does not want to budge on the farm budget.",
            {("reject", "DEU")},
        ),
        # a goal all profess, a forecast, one's own staying on: no demand
        ("Trump wants to end the deadliest conflict in Europe.", set()),
        ("Brazil will want to test the resolve of other producers.", set()),
        ("Blair wanted to carry on as prime minister.", set()),
        (
            "We want to emphasize that the world is watching, Senator Tom Vell said.",
            set(),
        ),
        (
            "Riyadh said it wants to be self-sufficient in producing nuclear fuel.",
            {("demand", "SAU")},
        ),
        ("Michael Howard is likely to want to capitalise on the spat.", set()),
        ("Japan wants to be a catalyst for growth.", set()),
    ],
)
def test_wanting_to_act_asks_for_the_act(claims_of, text, expected):
    found = positions(claims_of(text, published=datetime(2017, 12, 1, tzinfo=UTC)))
    assert {f for f in found if f[0] in {"demand", "reject"}} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kremlin is pushing Kyiv to accept the terms.", {("demand", "RUS")}),
        ("Japan was forced to accept the quota.", {("concede", "JPN")}),
    ],
)
def test_pushing_someone_to_act_demands_the_act(claims_of, text, expected):
    assert positions(claims_of(text)) == expected


def test_blocking_a_bill_rejects_it_and_accuses_no_one(claims_of):
    found = positions(claims_of("Trump tweeted that Democrats were blocking the bill."))
    assert found == {("reject", "USA-DEM")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "House Democrats vowed to fight the repeal of Obamacare.",
            {("pledge", "USA-DEM"), ("reject", "USA-DEM")},
        ),
        ("Japan will challenge the ruling at the GATT.", {("reject", "JPN")}),
        ("Japan vowed to fight terrorism.", {("pledge", "JPN")}),
    ],
)
def test_fighting_or_challenging_a_plan_rejects_it(claims_of, text, expected):
    assert (
        positions(claims_of(text, published=datetime(2017, 12, 1, tzinfo=UTC)))
        == expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain is determined to keep its rebate.", {("pledge", "GBR")}),
        ("Japan was determined to protect its rice farmers.", {("pledge", "JPN")}),
        ("The court will determine whether the tax is legal.", set()),
    ],
)
def test_being_determined_to_act_pledges_it(claims_of, text, expected):
    assert positions(claims_of(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain announced a rise in aid to Africa.", {("pledge", "GBR")}),
        (
            "Britain unveiled new funding for schools.",
            {("pledge", "GBR")},
        ),
    ],
)
def test_announcing_money_given_out_pledges_it(claims_of, text, expected):
    assert (
        positions(claims_of(text, published=datetime(2005, 3, 16, tzinfo=UTC)))
        == expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Republican Party leaders responded with demands that the senator quit.",
            {("demand", "USA-REP")},
        ),
        (
            "France reacted with calls for an immediate ceasefire.",
            {("demand", "FRA")},
        ),
        ("Germany has defied calls to send more troops.", {("reject", "DEU")}),
        ("China shot down the proposal on Tuesday.", {("reject", "CHN")}),
        ("The air force shot down a drone near the border.", set()),
        (
            "Moscow has dug in its heels over the sanctions issue.",
            {("reject", "RUS")},
        ),
        ("The European Union signed off on the deal on Friday.", {("accept", "EU")}),
        ("Israel gave the green light to the ceasefire plan.", {("accept", "ISR")}),
        (
            "South Africa expressed its intention to defend the current system.",
            {("pledge", "ZAF")},
        ),
        (
            "The United Nations set a deadline for the withdrawal of the troops.",
            {("demand", "UN")},
        ),
    ],
)
def test_idioms_of_answering_defying_and_approving(claims_of, text, expected):
    published = datetime(2017, 12, 1, tzinfo=UTC)
    assert positions(claims_of(text, published=published)) == expected


def test_a_sign_off_someone_would_have_to_give_is_a_rule_not_a_stance(claims_of):
    text = "The president would have to sign off on the bill before it became law."
    published = datetime(2017, 12, 1, tzinfo=UTC)
    assert positions(claims_of(text, published=published)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Optimism had reigned earlier in the day, when the bill won the backing "
                "of Republican Senator John McCain."
            ),
            {("accept", "USA-REP")},
        ),
        ("The plan secured the support of France.", {("accept", "FRA")}),
        ("The plan failed to win the support of Germany.", set()),
        ("The proposal has won broad support.", set()),
    ],
)
def test_backing_won_from_a_party_is_its_acceptance(claims_of, text, expected):
    published = datetime(2017, 11, 10, tzinfo=UTC)
    assert positions(claims_of(text, published=published)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Donald Trump campaigned on a promise to toughen enforcement.",
            {("pledge", "USA")},
        ),
        ("Labour ran on a pledge to cut class sizes.", {("pledge", "GBR-LAB")}),
        ("The president campaigned on the economy.", set()),
    ],
)
def test_campaigning_on_a_promise_pledges_it(claims_of, text, expected):
    published = datetime(2017, 11, 10, tzinfo=UTC)
    assert positions(claims_of(text, published=published)) == expected


def test_criticism_a_party_reserves_for_a_plan_is_its_charge(claims_of):
    text = (
        "West German Chancellor Helmut Kohl reserved his harshest criticism for "
        "the proposed tax."
    )
    published = datetime(1987, 4, 1, tzinfo=UTC)
    assert positions(claims_of(text, published=published)) == {("accuse", "DEU")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Republicans have also turned up the pressure on the special counsel.",
            ("demand", "USA-REP"),
        ),
        ("Republicans have attacked the FBI's integrity.", ("accuse", "USA-REP")),
    ],
)
def test_pressure_turned_up_and_integrity_attacked(claims_of, text, expected):
    published = datetime(2017, 11, 30, tzinfo=UTC)
    assert expected in positions(claims_of(text, published=published))


def test_beijing_facing_intensifying_pressure_demands_nothing(claims_of):
    text = "Beijing faces intensifying pressure from Western governments to act."
    published = datetime(2017, 11, 30, tzinfo=UTC)
    assert ("demand", "CHN") not in positions(claims_of(text, published=published))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Republicans control both chambers of Congress but their Senate majority "
                "is so small that they need some Democratic support to advance most "
                "legislation."
            ),
            set(),
        ),
        ("Britain needs Japan to open its markets.", {("demand", "GBR")}),
    ],
)
def test_support_needed_to_pass_a_bill_asks_nothing(claims_of, text, expected):
    published = datetime(2017, 11, 30, tzinfo=UTC)
    assert positions(claims_of(text, published=published)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Democrats were united in opposition to the tax legislation.",
            {("reject", "USA-DEM")},
        ),
        ("Britain joined in calls for an inquiry.", {("demand", "GBR")}),
        (
            (
                "The bill was not changed, despite Democrats' push to resolve the issue "
                "by year's end."
            ),
            {("demand", "USA-DEM")},
        ),
        ("Britain's push into Asian markets worried exporters.", set()),
        (
            (
                "The loophole stays, despite pledges by Republicans including President "
                "Donald Trump to close it."
            ),
            {("pledge", "USA-REP")},
        ),
    ],
)
def test_stance_nouns_owned_through_in_by_and_push(claims_of, text, expected):
    published = datetime(2017, 12, 20, tzinfo=UTC)
    assert positions(claims_of(text, published=published)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Charles Kennedy attacked Gordon Brown for failing to mention the "
                "environment."
            ),
            {("accuse", "GBR-LD")},
        ),
        ("Iraqi jets attacked the town for the second day.", set()),
        (
            "Tory leader Michael Howard attacked Labour's pledges as vacuous.",
            {("accuse", "GBR-CON"), ("reject", "GBR-CON")},
        ),
        (
            "Pensioners are being promised energy savings by the Liberal Democrats.",
            {("pledge", "GBR-LD")},
        ),
    ],
)
def test_attacks_for_what_was_done_and_promises_made_to_others(
    claims_of, text, expected
):
    published = datetime(2005, 2, 10, tzinfo=UTC)
    assert positions(claims_of(text, published=published)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The West German government had come under pressure from the United "
                "States to stimulate its economy with tax cuts."
            ),
            {("demand", "USA")},
        ),
        ("There were calls from Labour for an inquiry.", {("demand", "GBR-LAB")}),
        ("There was no pressure from Washington on the drugs war.", set()),
        ("Stocks fell under pressure from rising rates.", set()),
    ],
)
def test_pressure_and_calls_from_a_party_are_its_demands(claims_of, text, expected):
    published = datetime(1987, 4, 1, tzinfo=UTC)
    assert positions(claims_of(text, published=published)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Chancellor Gordon Brown also announced a cash hand-out for older "
                "pensioners."
            ),
            {("pledge", "GBR")},
        ),
        (
            (
                'Conservative co-chairman Liam Fox likened the two men to "self-obsessed '
                'schoolboys".'
            ),
            {("accuse", "GBR-CON")},
        ),
        (
            (
                "Chancellor Gordon Brown also highlighted plans for debt relief for the "
                "poorest countries."
            ),
            {("propose", "GBR")},
        ),
        ("Israel gave the go-ahead for the plan.", {("accept", "ISR")}),
    ],
)
def test_hand_outs_likenings_and_plans_highlighted(claims_of, text, expected):
    published = datetime(2005, 2, 10, tzinfo=UTC)
    assert positions(claims_of(text, published=published)) == expected


def test_democrats_united_in_opposition_to_nothing_named_oppose_nothing(claims_of):
    text = (
        "The committee approved the legislation along party lines, with Democrats "
        "united in opposition."
    )
    published = datetime(2017, 12, 20, tzinfo=UTC)
    assert ("reject", "USA-DEM") not in positions(claims_of(text, published=published))


def test_an_exchanges_president_does_not_serve_the_datelines_state(nlp):
    text = (
        "Johannesburg Stock Exchange president Tony Norton said the market must open."
    )
    assert positions(_with_home(nlp, text, "WASHINGTON")) == set()
    # a central bank's president does
    text = "Central Bank president Carlos Ruiz said interest rates must fall."
    assert ("demand", "MEX") in positions(_with_home(nlp, text, "MEXICO CITY"))
