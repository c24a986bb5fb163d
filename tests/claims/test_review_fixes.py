"""Readings mended after a review of claims on unlabelled stories.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 4, 1, tzinfo=UTC)


def test_not_wanting_to_discuss_is_no_comment(claims_of):
    claims = claims_of(
        '"We will look at ways of strengthening it, but I do not want to discuss '
        'that here," the West German finance minister said.',
        published=_1987,
    )
    assert [c.holder.id for c in claims if c.action == "no_comment"] == ["DEU"]
    assert not any(c.action == "reject" for c in claims)


def test_not_doing_a_wrong_faults_no_one(claims_of):
    found = positions(
        claims_of("Baker said Brazil is not defaulting on its debt.", published=_1987)
    )
    assert ("accuse", "USA") not in found


def test_not_doing_what_is_due_still_faults(claims_of):
    found = positions(
        claims_of("Baker said Japan was not honoring the agreement.", published=_1987)
    )
    assert ("accuse", "USA") in found


def test_a_west_german_source_is_german(claims_of):
    claims = claims_of(
        '"We will not accept the plan," the West German minister said.',
        published=_1987,
    )
    (claim,) = [c for c in claims if c.action == "reject"]
    assert claim.holder.id == "DEU"
    assert [s.affiliation for s in claim.sources] == ["DEU"]


def test_the_west_alone_is_still_the_west(claims_of):
    found = positions(
        claims_of("The West demanded that Moscow withdraw its troops.", published=_1987)
    )
    assert ("demand", "WEST") in found
