"""Threats held out in other words, and people named the short way.

"Would revoke the licences of Japanese banks if ..." and "must open its market or
face retaliation" threaten; "Tory Dominic Grieve" is a Conservative, as "Tory MP
Dominic Grieve" is; warning someone to act demands it; "otherwise" and a harm warns.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 4, 8, tzinfo=UTC)
_2005 = datetime(2005, 1, 20, tzinfo=UTC)


def test_revoking_licences_on_a_condition_threatens(claims_of):
    claims = claims_of(
        "The British trade minister said Britain would revoke the licences of "
        "Japanese banks if Tokyo did not open its market.",
        published=_1987,
    )
    assert ("threaten", "GBR") in positions(claims)


def test_or_face_a_penalty_is_the_threat_behind_a_demand(claims_of):
    claims = claims_of(
        "British Trade Minister Michael Howard said Japan must open its market or "
        "face retaliation.",
        published=_1987,
    )
    assert positions(claims) == {("demand", "GBR"), ("threaten", "GBR")}


def test_or_face_without_a_penalty_is_no_threat(claims_of):
    claims = claims_of(
        "British Trade Minister Michael Howard said Japan must open its market or "
        "face the music at the summit.",
        published=_1987,
    )
    assert ("threaten", "GBR") not in positions(claims)


def test_a_party_word_before_a_name_is_the_members_party(claims_of):
    claims = claims_of("Tory Dominic Grieve criticised the plan.", published=_2005)
    assert ("accuse", "GBR-CON") in positions(claims)


def test_a_nation_before_a_name_makes_no_spokesman(claims_of):
    claims = claims_of("British John Smithers criticised the plan.", published=_2005)
    assert positions(claims) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Senator Tom Cotton warned the rival camps to stop spreading the poison.",
        "Senator Tom Cotton warned the White House not to hire the adviser.",
    ],
)
def test_warning_someone_to_act_demands_it(claims_of, text):
    claims = claims_of(text, published=datetime(2017, 11, 10, tzinfo=UTC))
    assert ("demand", "USA-REP") in positions(claims)


def test_warning_someone_to_expect_something_demands_nothing(claims_of):
    claims = claims_of(
        "Senator Tom Cotton warned the troops to expect further attacks.",
        published=datetime(2017, 11, 10, tzinfo=UTC),
    )
    assert ("demand", "USA-REP") not in positions(claims)


def test_otherwise_and_a_harm_warns(claims_of):
    claims = claims_of(
        '"Otherwise, our response will be very negative," the Japanese trade '
        "minister said.",
        published=_1987,
    )
    assert ("warn", "JPN") in positions(claims)


def test_otherwise_and_ones_own_penalty_still_threatens(claims_of):
    claims = claims_of(
        '"Otherwise, Japan will retaliate," the Japanese trade minister said.',
        published=_1987,
    )
    assert ("threaten", "JPN") in positions(claims)
