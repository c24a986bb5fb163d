"""Readings from the thirty-sixth session's reviews of the dev gold's tuning half and of
unlabelled stories.

"The charity's director added" speaks for the charity the story named before, as
"the charity" alone does ("Oxfam's director" always did).

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_2005 = datetime(2005, 3, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    "speaker", ["the charity's director added", "the charity's chief executive said"]
)
def test_a_person_of_a_body_named_before_speaks_for_it(claims_of, speaker):
    text = (
        'Oxfam said the G8 had failed the poorest. "Unless world leaders act now, '
        f'the year will end in shameful failure," {speaker}.'
    )
    assert ("warn", "GBR-OXFAM") in positions(claims_of(text, published=_2005))


def test_a_person_of_a_body_no_one_named_speaks_for_none(claims_of):
    text = (
        'The talks opened on Monday. "Unless world leaders act now, the year will '
        "end in shameful failure,\" the charity's director added."
    )
    assert not positions(claims_of(text, published=_2005))
