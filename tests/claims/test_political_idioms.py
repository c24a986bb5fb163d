"""Idioms of British political talk read on unlabelled BBC stories.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_2005 = datetime(2005, 2, 10, tzinfo=UTC)


def _read(claims_of, text):
    return claims_of(text, published=_2005, outlet="BBC News")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                'Labour MP Gareth Pryce told ITV: "The time has come for him to make a '
                'public apology."'
            ),
            ("demand", "GBR-LAB"),
        ),
        (
            (
                'Lib Dem spokesman Owen Marsh said there was "a strong case for a '
                'judge-led inquiry".'
            ),
            ("demand", "GBR-LD"),
        ),
        (
            (
                '"Britain is heading in the wrong direction," the Conservative leader '
                "Michael Howard said."
            ),
            ("accuse", "GBR-CON"),
        ),
        (
            (
                'Tory leader Michael Howard said: "We have had three policies in three '
                'months and two U-turns."'
            ),
            ("accuse", "GBR-CON"),
        ),
        (
            "The home secretary said Mr Howard was wrong to say the law was biased.",
            ("accuse", "GBR"),
        ),
        (
            'Tory leader Michael Howard said: "I was wrong about the poll tax."',
            ("concede", "GBR-CON"),
        ),
        (
            'Mr Howard later added there was not "one iota" of truth in the report.',
            ("deny", "GBR-CON"),
        ),
        (
            (
                "A Conservative spokeswoman said the poster was a big misjudgement by "
                "Labour's campaign team."
            ),
            ("accuse", "GBR-CON"),
        ),
        (
            (
                'Labour MP Owen Hale said: "I really think we have made a terrible '
                'mistake here."'
            ),
            ("concede", "GBR-LAB"),
        ),
        (
            (
                "Mr Kennedy told Radio 4's Today programme there was no possibility of "
                "forming a coalition with Labour."
            ),
            ("reject", "GBR-LD"),
        ),
        (
            (
                'A Conservative spokesman said: "Labour will do all they can to distract '
                'attention from the issues."'
            ),
            ("accuse", "GBR-CON"),
        ),
        (
            "UKIP leader Roger Knapman said the party leadership had gone AWOL.",
            ("accuse", "GBR-UKIP"),
        ),
        (
            (
                '"This government has run out of solutions to the problems Britain '
                'faces," Mr Howard told MPs.'
            ),
            ("accuse", "GBR-CON"),
        ),
        (
            (
                'The Green Party said the Budget was a "missed opportunity" for the '
                "environment."
            ),
            ("reject", "GBR-GREEN"),
        ),
        (
            (
                'Mr Kennedy said: "How can it be right that the poorest pay more in tax '
                'than the richest?"'
            ),
            ("accuse", "GBR-LD"),
        ),
        (
            (
                'Tory leader Michael Howard said: "There is a black hole in his spending '
                'plans."'
            ),
            ("accuse", "GBR-CON"),
        ),
        ('Mr Blair said: "It is urgent that we act on poverty."', ("demand", "GBR")),
        (
            (
                "Lib Dem leader Charles Kennedy said the Tories had learned nothing from "
                "their defeats."
            ),
            ("accuse", "GBR-LD"),
        ),
        # a label the parser reads as a small clause
        ("Mr Howard branded the decision unacceptable.", ("reject", "GBR-CON")),
        # doubts held about a plan
        (
            (
                "Lib Dem leader Charles Kennedy said he had serious reservations about "
                "the plans."
            ),
            ("reject", "GBR-LD"),
        ),
    ],
)
def test_an_idiom_takes_a_stance(claims_of, text, expected):
    assert expected in positions(_read(claims_of, text))


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Tony Blair said there would be no U-turn on tuition fees.", "accuse"),
        ('Tony Blair said: "We were wrong to wait so long."', "accuse"),
    ],
)
def test_no_such_stance(claims_of, text, action):
    assert not any(a == action for a, _ in positions(_read(claims_of, text)))


def test_no_reservations_reject_nothing(claims_of):
    claims = _read(
        claims_of, "Lib Dem leader Charles Kennedy said he had no reservations."
    )
    assert all(c.negated for c in claims if c.action == "reject")


def test_not_being_drawn_is_no_comment(claims_of):
    claims = _read(claims_of, "Downing Street would not be drawn on the claim.")
    assert [(c.action, c.holder.id) for c in claims] == [("no_comment", "GBR")]


_2017 = datetime(2017, 12, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a senator's hold blocks a bill and faults no one
        (
            "Democratic Senator Ron Wyden placed a hold on the bill.",
            ("reject", "USA-DEM"),
        ),
        (
            (
                '"I am a \u2018no\u2019 to this bill in its current form," Republican '
                "Representative Dale Hobart said."
            ),
            ("reject", "USA-REP"),
        ),
        (
            (
                "White House spokeswoman Sarah Sanders said the president believes the "
                "judge will do the right thing and step aside."
            ),
            ("demand", "USA"),
        ),
        (
            "Republican Senator Jeff Flake said he was horrified by the comments.",
            ("accuse", "USA-REP"),
        ),
    ],
)
def test_an_idiom_of_congress_takes_a_stance(claims_of, text, expected):
    assert expected in positions(claims_of(text, published=_2017))


def test_a_hold_faults_no_one(claims_of):
    found = positions(
        claims_of(
            "Democratic Senator Ron Wyden placed a hold on the bill.", published=_2017
        )
    )
    assert ("accuse", "USA-DEM") not in found


def test_doing_the_right_thing_oneself_asks_nothing(claims_of):
    found = positions(
        claims_of(
            'Republican Representative Dale Hobart said: "We will do the right thing."',
            published=_2017,
        )
    )
    assert not any(action == "demand" for action, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Tory leader dismissed such criticisms as rubbish.",
        "The Tory leader rejected criticism of his tax plans.",
    ],
)
def test_criticism_turned_away_is_denied(claims_of, text):
    assert ("deny", "GBR-CON") in positions(_read(claims_of, text))


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # a name given is no call for anything
        (
            (
                'Shadow chancellor Oliver Letwin called Labour "a brilliant machine for '
                'talking about things".'
            ),
            "demand",
        ),
        # a date in the calendar is no undertaking
        (
            (
                "Chancellor Gordon Brown will deliver his Budget to the Commons on 16 "
                "March, the Treasury has announced."
            ),
            "pledge",
        ),
        ("Labour said it will hold its autumn conference in Manchester.", "pledge"),
        # how words are to be taken asks nothing
        ('Mr Blair\'s spokesman said: "It should be seen in that context."', "demand"),
    ],
)
def test_no_stance_in_these(claims_of, text, action):
    assert not any(a == action for a, _ in positions(_read(claims_of, text)))


def test_a_negated_future_proposes_nothing(claims_of):
    claims = _read(
        claims_of,
        'Tory leader Michael Howard said: "We are not going to suggest people '
        'support one particular party."',
    )
    assert all(c.negated for c in claims if c.action == "propose")


def test_defending_oneself_accepts_nothing(claims_of):
    claims = claims_of("Taiwan must defend itself.", published=_2005)
    assert ("accept", "TWN") not in positions(claims)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            (
                'Lib Dem leader Charles Kennedy said their ambition was "getting in the '
                'way of good government".'
            ),
            _2005,
            ("accuse", "GBR-LD"),
        ),
        (
            (
                "Lib Dem spokesman Owen Marsh said: \"The chancellor's record is very "
                'mixed."'
            ),
            _2005,
            ("accuse", "GBR-LD"),
        ),
        (
            (
                "Oxfam said: \"Warm words cannot disguise the reality of the government's "
                'policies."'
            ),
            _2005,
            ("accuse", "GBR-OXFAM"),
        ),
        (
            "Labour said the Tory plan was to win power via the back door.",
            _2005,
            ("accuse", "GBR-LAB"),
        ),
        (
            (
                "Japanese trade officials said the sanctions were against the free trade "
                "system."
            ),
            _2017,
            ("accuse", "JPN"),
        ),
        (
            "The ACP states said the EC would be in breach of an undertaking.",
            _2017,
            ("accuse", "ACP"),
        ),
        (
            (
                'Democratic Senator Ann Colby said: "It was a sexist smear attempting to '
                'silence my voice."'
            ),
            _2017,
            ("accuse", "USA-DEM"),
        ),
        (
            'Republican Senator Dale Hobart said: "You are ducking the question."',
            _2017,
            ("accuse", "USA-REP"),
        ),
        (
            "Democratic Senator Ann Colby said the president was erratic.",
            _2017,
            ("accuse", "USA-DEM"),
        ),
    ],
)
def test_a_charge_in_an_idiom(claims_of, text, published, expected):
    assert expected in positions(claims_of(text, published=published))


@pytest.mark.parametrize(
    "text",
    [
        "Mr Blair said nothing was going to get in the way of a unified Labour Party.",
        "The White House said the allegations were a political smear.",
    ],
)
def test_no_charge_in_these(claims_of, text):
    found = positions(claims_of(text, published=_2005))
    assert not any(action == "accuse" for action, _ in found)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            (
                'Lib Dem spokesman Owen Marsh said: "I would be uneasy about supporting '
                'a very bad bill."'
            ),
            _2005,
            ("reject", "GBR-LD"),
        ),
        (
            (
                "Asked about a new grain deal, U.S. Agriculture Secretary Dale Whitcomb "
                'said, "No, I don\'t think so."'
            ),
            datetime(1987, 4, 1, tzinfo=UTC),
            ("reject", "USA"),
        ),
        (
            (
                "London mayor Ken Livingstone said his remarks may have been offensive "
                "but were not racist."
            ),
            _2005,
            ("deny", "GBR-LONDON-MAYOR"),
        ),
        (
            (
                "The EC Commission said it was prepared to alter some aspects of its "
                "proposal."
            ),
            datetime(1987, 4, 1, tzinfo=UTC),
            ("concede", "EU"),
        ),
    ],
)
def test_a_stance_in_a_reply(claims_of, text, published, expected):
    assert expected in positions(claims_of(text, published=published))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                'Tory leader Michael Howard said: "Once again this government has shown '
                'crass insensitivity."'
            ),
            ("accuse", "GBR-CON"),
        ),
        (
            (
                'Tory leader Michael Howard said: "This is the politics of the playground '
                'and Britain deserves better."'
            ),
            ("accuse", "GBR-CON"),
        ),
        (
            (
                'Chancellor Gordon Brown said: "It would not be responsible to promise '
                'tax cuts now."'
            ),
            ("reject", "GBR"),
        ),
        (
            (
                "UKIP said the assembly member had a moral obligation, if not a legal one, "
                "to stand down."
            ),
            ("demand", "GBR-UKIP"),
        ),
        (
            (
                "A Labour spokesman said: \"We are absolutely clear that we haven't broken "
                'any rules."'
            ),
            ("deny", "GBR-LAB"),
        ),
    ],
)
def test_more_idioms(claims_of, text, expected):
    assert expected in positions(_read(claims_of, text))


def test_fair_to_say_asserts(claims_of):
    found = positions(
        _read(claims_of, "Mr Blair said it was not fair to say the talks had failed.")
    )
    assert ("reject", "GBR") not in found


@pytest.mark.parametrize(
    "text",
    [
        'Tory MP Edward Leigh said the department was "dragging its heels".',
        'Tory MP Edward Leigh said Defra had been "dreadfully slow" in paying its bills.',
        'Labour election coordinator Alan Milburn said the Tories were in "turmoil".',
        "Lib Dem Alan Beith said Whitehall was acting against the spirit of the law.",
        "Labour's Peter Hain said Mr Howard's stance was putting the country at risk.",
        "Labour's Margaret Beckett said it showed really poor judgement on his part.",
        "Labour's Alan Milburn said: \"Michael Howard's only strategy is opportunism.\"",
    ],
)
def test_a_charge_in_a_word_or_idiom(claims_of, text):
    assert any(a == "accuse" for a, _ in positions(_read(claims_of, text)))


def test_refusing_to_put_something_at_risk_charges_no_one(claims_of):
    found = positions(
        _read(claims_of, "Mr Blair said he would not put security at risk.")
    )
    assert not any(a == "accuse" for a, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                'Scottish Tory leader David McLetchie said it was "almost beyond belief '
                'that this has been allowed to happen".'
            ),
            ("accuse", "GBR-CON"),
        ),
        (
            "Tory co-chairman Liam Fox said Labour had broken promises by raising taxes.",
            ("accuse", "GBR-CON"),
        ),
        ('Tory leader Michael Howard replied: "It\'s untrue."', ("deny", "GBR-CON")),
        (
            (
                "London mayor Ken Livingstone said he could not sincerely say sorry for "
                "his comments."
            ),
            ("reject", "GBR-LONDON-MAYOR"),
        ),
    ],
)
def test_idioms_of_a_row(claims_of, text, expected):
    assert expected in positions(_read(claims_of, text))


def test_neither_would_say_is_no_comment(claims_of):
    claims = _read(
        claims_of,
        "Neither Mr Howard nor Mr Letwin would say exactly how they would use the cash.",
    )
    assert ("no_comment", "GBR-CON") in {(c.action, c.holder.id) for c in claims}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            (
                "Lib Dem spokesman Owen Marsh said he accepted the balance but questioned "
                "why the Home Office had made no contingency plans."
            ),
            _2005,
            ("accuse", "GBR-LD"),
        ),
        (
            (
                "Farm Commissioner Frans Andriessen said he had little room for "
                "concessions."
            ),
            datetime(1987, 4, 1, tzinfo=UTC),
            ("reject", "EU"),
        ),
        (
            (
                "The INRA chairman said it was tentatively agreed that governments would "
                "ratify the pact."
            ),
            datetime(1987, 4, 1, tzinfo=UTC),
            ("accept", "INRA"),
        ),
        (
            (
                "President Donald Trump again raised the possibility of a shutdown - "
                "blaming Democrats for that outcome."
            ),
            _2017,
            ("accuse", "USA"),
        ),
    ],
)
def test_questions_blame_and_agreement(claims_of, text, published, expected):
    assert expected in positions(claims_of(text, published=published))


def test_questioning_figures_charges_no_one(claims_of):
    found = positions(
        _read(claims_of, "Tory leader Michael Howard questioned the figures.")
    )
    assert not any(a == "accuse" for a, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Mr Blair said he would not put national security at risk.",
        "Labour said it would not undermine the NHS.",
    ],
)
def test_forswearing_harm_pledges(claims_of, text):
    found = positions(_read(claims_of, text))
    assert any(a == "pledge" for a, _ in found)
    assert not any(a == "reject" for a, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        (
            'Tory leader Michael Howard said the law would act as a "recruiting sergeant" '
            "for terrorists."
        ),
        (
            "Lib Dem Vince Cable said the chancellor faced economic problems looming on "
            "the horizon."
        ),
        'Home Secretary Charles Clarke said: "We believe the threat is real."',
    ],
)
def test_idioms_of_warning(claims_of, text):
    assert any(a == "warn" for a, _ in positions(_read(claims_of, text)))


@pytest.mark.parametrize(
    "text",
    [
        (
            'Lib Dem spokesman Phil Willis said: "Far too little has been done to help '
            'adult learners."'
        ),
        (
            'Chancellor Gordon Brown said Mr Fallon was "impugning the integrity" of the '
            "statistics office."
        ),
        (
            'Tory leader Michael Howard said ministers had been "playing catch-up" with '
            "public donations."
        ),
    ],
)
def test_charges_of_neglect_and_slander(claims_of, text):
    assert any(a == "accuse" for a, _ in positions(_read(claims_of, text)))


def test_wrong_to_suggest_is_no_rejection(claims_of):
    found = positions(
        _read(
            claims_of,
            "A Downing Street spokesman said it was wrong to suggest the row had "
            "damaged the government.",
        )
    )
    assert ("reject", "GBR") not in found


@pytest.mark.parametrize(
    "text",
    [
        (
            'Lib Dem leader Charles Kennedy said: "The government is clearly split at the '
            'top."'
        ),
        "Lib Dem leader Charles Kennedy said the Dome had been a white elephant.",
        (
            'Lib Dem leader Charles Kennedy said voters had a "fundamental lack of trust" '
            "in Tony Blair."
        ),
        "Lib Dem leader Charles Kennedy said Mr Blair had lost the trust of the people.",
        (
            'The Commons standards committee said his conduct had fallen "well below the '
            'standards expected".'
        ),
    ],
)
def test_charges_of_division_waste_and_lost_trust(claims_of, text):
    assert any(a == "accuse" for a, _ in positions(_read(claims_of, text)))
