"""What "suggest" points to, and rebuttals of a notion about oneself.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 4, 8, tzinfo=UTC)
_2005 = datetime(2005, 2, 3, tzinfo=UTC)
_2017 = datetime(2017, 11, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a thing that suggests a reading
        (
            (
                "Public comments by Fed officials suggest the central bank is keeping "
                "credit conditions unchanged."
            ),
            _1987,
        ),
        # a guess at what happened
        (
            (
                "The Liberal Democrats have suggested the security services could have "
                "been involved."
            ),
            _2005,
        ),
        # a claim of what goes on
        (
            (
                "Republican Senator Tom Vell has suggested that the Democrats are working "
                "with the media."
            ),
            _2017,
        ),
    ],
)
def test_suggesting_a_reading_of_things_proposes_nothing(claims_of, text, published):
    assert "propose" not in {c.action for c in claims_of(text, published=published)}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            (
                "The European Commission has suggested the cash could be shared out among "
                "net contributors."
            ),
            _2005,
            ("propose", "EU"),
        ),
        ("Britain suggested a compromise on the budget.", _2005, ("propose", "GBR")),
    ],
)
def test_suggesting_a_course_proposes_it(claims_of, text, published, expected):
    assert expected in positions(claims_of(text, published=published))


@pytest.mark.parametrize(
    "text",
    [
        (
            "The White House pushed back against the notion that Trump would downplay "
            "human rights."
        ),
        (
            "The Justice Department pushed back any suggestion that the decision to sue "
            "was politically motivated."
        ),
    ],
)
def test_pushing_back_a_notion_about_oneself_denies_it(claims_of, text):
    assert ("deny", "USA") in positions(claims_of(text, published=_2017))


def test_pushing_back_on_demands_rejects_them(claims_of):
    claims = claims_of(
        "Democrats pushed back on the demands for a border wall.", published=_2017
    )
    assert ("reject", "USA-DEM") in positions(claims)


def test_defending_ones_own_decision_holds_it_against_critics(claims_of):
    claims = claims_of(
        "Home Secretary Charles Clarke has defended his decision not to release "
        "foreign terror suspects.",
        published=_2005,
    )
    assert ("reject", "GBR") in positions(claims)
    assert ("accept", "GBR") not in positions(claims)


def test_defending_a_law_supports_it(claims_of):
    claims = claims_of("Tony Blair has defended the Licensing Act.", published=_2005)
    assert ("accept", "GBR") in positions(claims)
