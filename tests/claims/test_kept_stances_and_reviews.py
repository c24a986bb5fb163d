"""Readings from the thirty-seventh session's reviews of the dev gold's tuning half and
of unlabelled stories.

Stances kept: a party that "will not drop its demand", "refused to abandon its
conditions" or "is unlikely to back away from its demand" still demands; one that
"would not withdraw its objection" still rejects, and one that "will not give up its
threat" still threatens. Dropping the demand gives way, as before.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 3, 20, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Japan will not drop its demand that the quotas be cut, officials said.",
        "Japan refused to abandon its demand for lower quotas, officials said.",
        (
            "Japan is unlikely to back away from its basic demand that quotas be "
            "set by objective criteria, officials said."
        ),
        "Japan said it would not give up its conditions for a new pact.",
    ],
)
def test_a_demand_not_given_up_is_held(claims_of, text):
    found = positions(claims_of(text, published=_1987))
    assert ("demand", "JPN") in found
    assert not found & {("reject", "JPN"), ("concede", "JPN")}


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Japan is unwilling to drop its objection to the plan.", "reject"),
        ("Japan will not withdraw its threat of sanctions against Korea.", "threaten"),
    ],
)
def test_other_stances_not_given_up_are_held(claims_of, text, held):
    found = positions(claims_of(text, published=_1987))
    assert (held, "JPN") in found
    assert ("concede", "JPN") not in found


def test_a_demand_dropped_gives_way(claims_of):
    found = positions(
        claims_of("Japan dropped its demand for lower quotas.", published=_1987)
    )
    assert found == {("concede", "JPN")}


def test_a_penalty_not_given_up_is_no_kept_demand(claims_of):
    found = positions(
        claims_of("Japan is unlikely to back away from the tax.", published=_1987)
    )
    assert ("demand", "JPN") not in found
