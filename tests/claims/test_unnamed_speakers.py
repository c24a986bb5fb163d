"""Unnamed speakers ("a Labour spokesman") and the words that point back to them.

Readings found on unlabelled corpus stories; every sentence here is written for the
test (fictional people, real bodies).
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_2005 = datetime(2005, 2, 10, tzinfo=UTC)
_2017 = datetime(2017, 12, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "he" a sentence or two after a spokesman the text placed, with no one
        # named in between, is that spokesman
        (
            (
                "A Labour Party spokesman told reporters the party had followed the "
                "rules. But that did not cover the survey calls. "
                '"We will not stop those calls," he said.'
            ),
            _2005,
            ("reject", "GBR-LAB"),
        ),
        # a bare "the spokeswoman" is the one placed before
        (
            (
                "A Green Party spokeswoman spoke to reporters on Monday. "
                "The spokeswoman said the new tax was unacceptable."
            ),
            _2005,
            ("reject", "GBR-GREEN"),
        ),
        (
            (
                "A senior Russian official briefed reporters on Monday. The talks "
                "had gone on for hours. The official said the plan was unacceptable."
            ),
            _2017,
            ("reject", "RUS"),
        ),
    ],
)
def test_a_speaker_placed_before(claims_of, text, published, expected):
    assert expected in positions(claims_of(text, published=published))


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # someone named in between is "he"
        (
            (
                "A Labour Party spokesman told reporters the party had followed the "
                "rules. Tory leader Michael Howard disagreed. "
                '"We will not stop those calls," he said.'
            ),
            "GBR-LAB",
        ),
        # "the official" is the nearest official, even one the text does not place
        (
            (
                "A senior Russian official briefed reporters on Monday. Later an "
                "official spoke to the press. The official said the plan was "
                "unacceptable."
            ),
            "RUS",
        ),
    ],
)
def test_no_speaker_placed_before(claims_of, text, holder):
    assert not any(h == holder for _, h in positions(claims_of(text, published=_2005)))


def test_whom_someone_once_served_is_not_whom_he_speaks_for(claims_of):
    claims = claims_of(
        "Sir Colin Marsh, Margaret Thatcher's former press secretary, accused the "
        "programme of corrupting politics.",
        published=_2005,
    )
    assert not any(c.holder.id == "GBR" for c in claims)


def test_what_someone_unnamed_urges_is_not_the_urged_ones_demand(claims_of):
    claims = claims_of(
        "Mr Blair was being urged to push for action on climate change at the summit.",
        published=_2005,
    )
    assert ("demand", "GBR") not in positions(claims)


def test_what_one_would_find_undertakes_nothing(claims_of):
    claims = claims_of(
        "Former Tory leader William Hague said he would now find a life in politics "
        "too boring.",
        published=_2005,
    )
    assert ("pledge", "GBR-CON") not in positions(claims)
