"""Readings found on unlabelled corpus stories: sentences with a stance and no claim.

Every sentence here is written for the test (fictional people, real bodies).
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_2017 = datetime(2017, 12, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive's bare "be" is a subjunctive too
        (
            (
                "Democrats are insisting that any added border funding be matched by "
                "money for housing."
            ),
            ("demand", "USA-DEM"),
        ),
        # a named person attacked is criticised
        (
            (
                "Republican lawmakers have attacked Dana Morrow, the prosecutor leading "
                "the inquiry."
            ),
            ("accuse", "USA-REP"),
        ),
        # a surname the article gave someone is theirs, not the registry's
        (
            (
                "Republican Senator Dan Johnson spoke on Tuesday. Johnson said the plan "
                "was unacceptable."
            ),
            ("reject", "USA-REP"),
        ),
        # attacked "as" a disparaging label, also a hyphenated one
        (
            (
                "The committee weighed amendments to a bill that Democrats have blasted "
                "as a give-away to corporations."
            ),
            ("accuse", "USA-DEM"),
        ),
        # a plan called a giveaway is condemned
        (
            (
                "Democrats say the proposed cuts are a giveaway to businesses and the "
                "rich."
            ),
            ("reject", "USA-DEM"),
        ),
        # a Korean leader named by his family name
        (
            (
                "North Korean leader Kim Jong Un spoke on Sunday. Kim has blasted "
                "Trump as deranged."
            ),
            ("accuse", "PRK"),
        ),
        # a stance verb under "start", "keep" or "begin"
        (
            "Members of Congress started pressing for a rollback.",
            ("demand", "USA-CONGRESS"),
        ),
        ("Democrats kept demanding a vote.", ("demand", "USA-DEM")),
        # "has no place in" turns something down
        (
            (
                "Senator Walt Harlan, a Republican, said harassment in any form has no "
                "place in the Senate."
            ),
            ("reject", "USA-REP"),
        ),
        # hailing a decision welcomes it
        (
            (
                "Senator Walt Harlan, a Republican, hailed the decision to lift the "
                "sanctions."
            ),
            ("accept", "USA-REP"),
        ),
        # what a party's poster says, the party says
        (
            "Labour unveiled a poster accusing the Tories of planning deep cuts.",
            ("accuse", "GBR-LAB"),
        ),
        # promises called vague are turned down
        (
            "The Tories said the promises of changes to the bill were vague.",
            ("reject", "GBR-CON"),
        ),
        # a party's figures are its members
        (
            "Numerous other Republican figures have called on Moore to withdraw.",
            ("demand", "USA-REP"),
        ),
        # coming out in support of something accepts it
        (
            "Democrats have come out in support of the package.",
            ("accept", "USA-DEM"),
        ),
        # a body slammed or blasted is faulted
        ("Trump slammed China over trade.", ("accuse", "USA")),
        # a stance urged in the passive is the speaker's
        (
            "Senator Tom Vell, a Democrat, said the move should be opposed.",
            ("reject", "USA-DEM"),
        ),
        (
            "Senator Tom Vell, a Democrat, said the deal should be welcomed.",
            ("accept", "USA-DEM"),
        ),
        # a number the tagger took for a name is no name
        ("Thirteen Republicans opposed the bill.", ("reject", "USA-REP")),
        # a party's colleagues are its members
        (
            "Many Republican colleagues rejected the plan on Tuesday.",
            ("reject", "USA-REP"),
        ),
        # a "who" clause on the predicate tells what the subject did
        (
            (
                "Senator Walt Harlan, a Republican, spoke on Monday. Harlan is a staunch "
                "conservative who has opposed the Iran nuclear deal."
            ),
            ("reject", "USA-REP"),
        ),
    ],
)
def test_reading(claims_of, text, expected):
    found = positions(claims_of(text, published=_2017))
    assert expected in found
    assert ("propose", expected[1]) not in found or expected[0] == "propose"


_2005 = datetime(2005, 2, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call spelled out by a clause marked with "for"
        (
            "Mr Blair repeated calls for the mayor to apologise for his remarks.",
            ("demand", "GBR"),
        ),
        # a failing of character is a charge
        (
            "The Tories said the government was being naive.",
            ("accuse", "GBR-CON"),
        ),
        (
            "The Liberal Democrats said the government had been spineless.",
            ("accuse", "GBR-LD"),
        ),
        # a participle the parser hung on the one written to is the writer's
        (
            (
                "Tory leader Michael Howard has written to Tony Blair demanding an "
                "explanation."
            ),
            ("demand", "GBR-CON"),
        ),
        # a cabinet title joined by "and"
        (
            (
                "Violent video games should carry larger warnings, the trade and "
                "industry secretary has said."
            ),
            ("demand", "GBR"),
        ),
        # pledges called worthless are turned down
        (
            "The Conservatives say the government's pledges are worthless.",
            ("reject", "GBR-CON"),
        ),
        # offering "movement" gives ground
        (
            'The Prime Minister had offered some "movement" to address his concerns.',
            ("concede", "GBR"),
        ),
        # agreeing a verdict grants it
        (
            "Ministers agreed that the law was discriminatory.",
            ("concede", "GBR"),
        ),
        ("Ministers agreed that talks should resume.", ("accept", "GBR")),
        # a rising cost laid at another party's door with "under"
        (
            "The Liberal Democrats insist voters face higher taxes under Labour.",
            ("accuse", "GBR-LD"),
        ),
        # a hyphenated title after a party's name
        (
            "The Tory co-chairman attacked Labour's new pledges as vacuous.",
            ("accuse", "GBR-CON"),
        ),
        # a plan said to lack something is condemned
        ("The Tories said the plan lacks credibility.", ("reject", "GBR-CON")),
        # a policy called a barrier or an obstacle is condemned
        (
            "The Liberal Democrats said the tariff was an obstacle to trade.",
            ("reject", "GBR-LD"),
        ),
        # bureaucracy laid at someone's door faults them
        (
            "The Tories said Gordon Brown had created a system of bureaucracy.",
            ("accuse", "GBR-CON"),
        ),
        # a stance noun that "came from" someone is theirs
        (
            "Calls for an inquiry came from the Tories and the Liberal Democrats.",
            ("demand", "GBR-CON"),
        ),
        ("Opposition to the plan came from Britain.", ("reject", "GBR")),
        # a clause framed by "the fact", "a principle", "my message" is the content
        (
            (
                "Labour said it was a basic principle that people should only be "
                "punished after a fair trial."
            ),
            ("demand", "GBR-LAB"),
        ),
        (
            (
                "Labour said it doesn't change the fact that there should be a full "
                "investigation."
            ),
            ("demand", "GBR-LAB"),
        ),
    ],
)
def test_reading_2005(claims_of, text, expected):
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert expected in found


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Democrats insisted that the funding was matched by money for housing.",
            "USA-DEM",
        ),
        ("Republican lawmakers have attacked the town.", "USA-REP"),
        (
            (
                "Republican Senator Dan Johnson spoke on Tuesday. Johnson said the plan "
                "was unacceptable."
            ),
            "GBR",
        ),
        (
            (
                "Senator Walt Harlan, a Republican, spoke on Monday. Harlan is a staunch "
                "conservative who may oppose the Iran nuclear deal."
            ),
            "USA-REP",
        ),
    ],
)
def test_no_stance_of_this_holder(claims_of, text, holder):
    found = positions(claims_of(text, published=_2017))
    assert not any(h == holder for _, h in found)


def test_the_registry_person_keeps_the_surname_when_named_in_full(claims_of):
    text = (
        "Foreign Secretary Boris Johnson spoke on Tuesday. Johnson said the plan was "
        "unacceptable."
    )
    assert ("reject", "GBR") in positions(claims_of(text, published=_2017))


def test_someone_the_quoted_speaker_reports_does_not_take_over_the_quotation(
    claims_of,
):
    text = (
        "Ms Follett, whose husband was held in South Africa, will vote against the "
        'bill. Mr Blair told the BBC: "We are advised by the police. "What they say '
        'is you must give us powers. "And we will use them only in the most limited '
        'circumstances."'
    )
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert ("pledge", "GBR") in found
    assert ("pledge", "ZAF") not in found


def test_bare_senators_in_a_washington_story_are_the_senate(nlp):
    from dataclasses import replace

    from redline.claims import extract_claims, load_lexicon
    from redline.claims.registry import default_registry
    from redline.model import Article, Dateline
    from redline.nlp import parse_texts

    text = "Some senators want legislation to curb the president's authority."
    article = replace(
        Article.from_text(text, source="test", published=_2017),
        dateline=Dateline(place="WASHINGTON", text="WASHINGTON -"),
    )
    parsed = next(parse_texts([text], nlp=nlp))
    claims = extract_claims(
        article, parsed, registry=default_registry(), lexicon=load_lexicon()
    )
    assert ("demand", "USA-SENATE") in positions(claims)


def test_a_one_word_alias_is_no_first_name(claims_of):
    text = "Kim Rosen, the U.S. trade official, said the plan was unacceptable."
    found = positions(claims_of(text, published=_2017))
    assert ("reject", "USA") in found
    assert not any(holder == "PRK" for _, holder in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brazil has rejected suggestions that it should let the IMF play a role.",
            "reject",
        ),
        ("Brazil has rejected suggestions that it was seeking IMF help.", "deny"),
    ],
)
def test_a_suggestion_of_what_to_do_is_a_proposal(claims_of, text, expected):
    published = datetime(1987, 4, 2, tzinfo=UTC)
    found = positions(claims_of(text, published=published))
    assert (expected, "BRA") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan's main demand will be the lifting of the tariffs.",
            {("demand", "JPN")},
        ),
        ("The EC proposal would be a disaster for farmers.", set()),
    ],
)
def test_a_demand_that_will_be_something_says_what_is_asked(claims_of, text, expected):
    published = datetime(1987, 4, 2, tzinfo=UTC)
    assert positions(claims_of(text, published=published)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Democrats say the Pentagon does need more money.", "concede"),
        ("Democrats say the Pentagon needs more money.", "state"),
        ("Democrats say they do know the Pentagon needs money.", "state"),
    ],
)
def test_an_emphatic_do_grants_a_point(claims_of, text, expected):
    claims = claims_of(text, published=_2017)
    assert [c.action for c in claims if c.holder.id == "USA-DEM"] == [expected]


_1987 = datetime(1987, 4, 2, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverse effect foreseen warns
        (
            (
                "The EC said the adoption of such measures would have a detrimental "
                "effect on the talks."
            ),
            ("warn", "EU"),
        ),
        # an aside on a group noun tells what the group did
        (
            (
                "Talks stalled with the creditor banks, who were insisting on a higher "
                "spread."
            ),
            ("demand", "BANKS"),
        ),
    ],
)
def test_reading_1987(claims_of, text, expected):
    assert expected in positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    ("text", "published", "outlet", "action"),
    [
        # plans on a bare topic name no plan
        (
            (
                "Education Secretary Ruth Kelly is expected to announce her plans on the "
                "issue in the next fortnight."
            ),
            _2005,
            "BBC News",
            "propose",
        ),
        # an emphatic "do" of the speaker itself rebuts rather than grants
        (
            "Labour says it did try to contact the local Conservative chairman.",
            _2005,
            "BBC News",
            "concede",
        ),
        # accompanying someone is an errand
        (
            "South Korean President Moon Jae-in said he would accompany Trump.",
            _2017,
            None,
            "pledge",
        ),
        # an attack on a body may be one in arms
        ("Israel attacked Hamas.", _2017, None, "accuse"),
    ],
)
def test_no_such_stance(claims_of, text, published, outlet, action):
    found = positions(claims_of(text, published=published, outlet=outlet))
    assert not any(a == action for a, _ in found)
