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
