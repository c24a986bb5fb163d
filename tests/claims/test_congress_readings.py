"""Readings of 2017 Washington stories found on unlabelled Reuters text.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_2017 = datetime(2017, 12, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # plans to retire propose no policy
        ("Some Republican lawmakers have announced plans to retire.", "propose"),
        # a greeting accepts nothing
        ("Trump welcomed the delegation to the White House.", "accept"),
        # a statement offered is no offer of terms
        (
            (
                "The secretary of state said the United States remained committed to "
                "Europe, offering a public statement of support for its allies."
            ),
            "propose",
        ),
        # what the law allows is no one's refusal
        (
            (
                "Democratic leader Chuck Schumer said that under Alabama law, Dale Brandt "
                "could not be sworn in until the end of December."
            ),
            "reject",
        ),
        # a thought about the future undertakes nothing
        ('"Well, we\'ll see," Trump told reporters.', "pledge"),
        # a telephone call asks for nothing
        ("Trump thanked Putin for a call from Putin on Sunday.", "demand"),
    ],
)
def test_no_such_stance(claims_of, text, action):
    found = positions(claims_of(text, published=_2017))
    assert not any(a == action for a, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Republicans unveiled plans to cut taxes.", ("propose", "USA-REP")),
        ("Putin's call for talks was rejected.", ("demand", "RUS")),
        ("Japan said it cannot accept the plan.", ("reject", "JPN")),
    ],
)
def test_still_a_stance(claims_of, text, expected):
    assert expected in positions(claims_of(text, published=_2017))


def test_a_party_word_before_a_name_places_it_and_a_former_post_does_not(claims_of):
    claims = claims_of(
        "In New Jersey, Democrat Dale Marsh, a former investment banker and "
        "ambassador to Germany, defeated Republican Kay Lund. Marsh had promised "
        "to be a check on Trump.",
        published=_2017,
    )
    assert ("pledge", "USA-DEM") in positions(claims)
    assert not any(c.holder.id == "DEU" for c in claims)


def test_a_party_word_inside_another_partys_name_places_no_one(claims_of):
    claims = claims_of(
        "Social Democrat Karl Brandt said the plan was unacceptable.", published=_2017
    )
    assert not any(c.holder.id == "USA-DEM" for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                '"I think that has to be eliminated," House Republican leader Dale '
                "Hobart said."
            ),
            ("demand", "USA-REP"),
        ),
        (
            (
                '"Retaliatory measures, naturally, will follow," a Russian foreign '
                "ministry spokeswoman said."
            ),
            ("threaten", "RUS"),
        ),
        (
            (
                "Assad and his family have no role in the future of Syria, the U.S. "
                "secretary of state said."
            ),
            ("reject", "USA"),
        ),
        (
            (
                '"I think they have taken advantage of the situation," the U.S. '
                "secretary of state said of Iran."
            ),
            ("accuse", "USA"),
        ),
        (
            (
                "Democratic leader Nancy Pelosi said the tax breaks line the pockets of "
                "the wealthy."
            ),
            ("accuse", "USA-DEM"),
        ),
        (
            (
                "Democrat Ann Colby said five committees had found no evidence to "
                "substantiate the allegations."
            ),
            ("deny", "USA-DEM"),
        ),
        (
            (
                "Democratic leader Nancy Pelosi said the allegations were serious and "
                "require an immediate Ethics investigation."
            ),
            ("demand", "USA-DEM"),
        ),
        ('Trump said the Democrat is a "total puppet" of Schumer.', ("accuse", "USA")),
    ],
)
def test_a_stance_in_washington_talk(claims_of, text, expected):
    assert expected in positions(claims_of(text, published=_2017))


def test_taking_advantage_oneself_charges_no_one(claims_of):
    found = positions(
        claims_of(
            '"We will take advantage of the opportunity," the secretary of state said.',
            published=_2017,
        )
    )
    assert not any(action == "accuse" for action, _ in found)
