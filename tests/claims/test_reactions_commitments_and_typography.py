"""Stances in set phrases a third review of unlabelled stories found missing.

Curly apostrophes ("I\\u2019m worried") read as straight ones; endorsements pulled and
sides taken; pledges unkept and rights abused; refusals of the appropriate; acts
denied without the verb "deny"; obligations abided by; patience running out; plans
one "would like" to carry out; a refusal to answer questions; parties the registry
names that keep their own id (Plaid Cymru); an act only supposed in an "if" clause.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 4, 8, tzinfo=UTC)
_2005 = datetime(2005, 1, 20, tzinfo=UTC)
_2017 = datetime(2017, 11, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a curly apostrophe is an apostrophe
        (
            (
                "\u201cThe thing that I\u2019m worried about is that the tax cut will "
                "expire early,\u201d Senator Tom Cotton said."
            ),
            _2017,
            ("warn", "USA-REP"),
        ),
        (
            (
                "\u201cI\u2019m not going to comment on what the governor should do,"
                "\u201d Senator Susan Collins said."
            ),
            _2017,
            ("no_comment", "USA-REP"),
        ),
        # endorsements pulled, sides taken
        (
            "Senator Steve Daines said he was pulling his endorsement.",
            _2017,
            ("reject", "USA-REP"),
        ),
        (
            (
                "The Republican National Committee has withdrawn its support for the "
                "candidate."
            ),
            _2017,
            ("reject", "USA-REP"),
        ),
        (
            "Senator Tom Cotton sided with the president on the quota issue.",
            _2017,
            ("accept", "USA-REP"),
        ),
        (
            "Mr Blair laughed off suggestions that his seat was in danger.",
            _2005,
            ("deny", "GBR"),
        ),
        # charges in set phrases
        (
            (
                "The West German finance minister said this pledge had not yet been "
                "fulfilled."
            ),
            _1987,
            ("accuse", "DEU"),
        ),
        (
            (
                "The Liberal Democrats said their civil rights were systematically "
                "abused and they were denied due process."
            ),
            _2005,
            ("accuse", "GBR-LD"),
        ),
        (
            (
                "\u201cPoliticians will stop at nothing to win an election,\u201d "
                "Senator Tom Cotton said."
            ),
            _2017,
            ("accuse", "USA-REP"),
        ),
        (
            (
                'The Brazilian finance minister said: "This is not fair with the '
                'European banks."'
            ),
            _1987,
            ("accuse", "BRA"),
        ),
        # refusals of the inappropriate
        (
            (
                "The Japanese trade minister said it is not constructive to speed up "
                "the talks in some areas at the expense of others."
            ),
            _1987,
            ("reject", "JPN"),
        ),
        (
            (
                "U.S. Treasury Secretary James Baker said: \"We don't think it's an "
                'appropriate thing to do."'
            ),
            _1987,
            ("reject", "USA"),
        ),
        # acts denied without "deny"
        (
            "President Trump says he did not direct Flynn to talk to the ambassador.",
            _2017,
            ("deny", "USA"),
        ),
        (
            (
                "A Pentagon spokesman said there was no evidence that any detainee was "
                "tortured or abused."
            ),
            _2005,
            ("deny", "USA"),
        ),
        # commitments, plans and patience
        (
            (
                "A Foreign Office spokesman stressed the UK would abide by its "
                "international human rights obligations."
            ),
            _2005,
            ("pledge", "GBR"),
        ),
        (
            (
                "House Speaker Paul Ryan has said he would like to revamp welfare "
                "programs."
            ),
            _2017,
            ("propose", "USA-REP"),
        ),
        (
            (
                "The French foreign minister said Paris was running out of patience "
                "with Tokyo."
            ),
            _1987,
            ("warn", "FRA"),
        ),
        (
            (
                '"We never answer questions about special forces," a Ministry of '
                "Defence spokesman said."
            ),
            _2005,
            ("no_comment", "GBR"),
        ),
        # bodies or plans said to be needed by no one
        (
            "The Tories say the strategic health authorities are not needed.",
            _2005,
            ("reject", "GBR-CON"),
        ),
        # readiness to take part in talks
        (
            (
                "Reagan said he would be willing to participate personally in any "
                "negotiations with Congress."
            ),
            _1987,
            ("accept", "USA"),
        ),
        # a party the registry names keeps its own id
        (
            "Plaid Cymru MP Elfyn Llwyd accused the government of hypocrisy.",
            _2005,
            ("accuse", "GBR-PLAID"),
        ),
    ],
)
def test_the_set_phrase_takes_its_stance(claims_of, text, published, expected):
    assert expected in positions(claims_of(text, published=published))


def test_an_act_supposed_in_an_if_clause_is_no_stance(claims_of):
    claims = claims_of(
        "Japanese investors hold much of the debt. But if they withdraw this "
        "support the result can only be higher interest rates.",
        published=_1987,
    )
    assert not any(c.action == "reject" for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        # no party: the court's word, and a question of fact
        "Lawyers said the ruling was not fair to say the least.",
        "The minister said it is not appropriate to comment on the case.",
        "The minister said it was not necessary to comment on the case.",
        "The minister said more troops were not needed to hold the line.",
    ],
)
def test_guarded_phrases_stay_quiet(claims_of, text):
    assert not any(
        c.action in {"accuse", "reject"} for c in claims_of(text, published=_2005)
    )


def test_a_side_the_writer_says_one_appeared_to_take_is_no_stance(claims_of):
    claims = claims_of(
        "The criticism came after President Trump appeared to side with the marchers.",
        published=_2017,
    )
    assert ("accept", "USA") not in positions(claims)
