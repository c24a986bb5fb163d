"""Attributions after the words they report, however the parser hangs them.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 4, 1, tzinfo=UTC)


def test_a_tail_the_parser_joins_on_reports_the_clause_before_it(claims_of):
    # the parser makes "told" a conjunct of "is"; the clause is what was told
    claims = claims_of(
        "Japan's policy of self-sufficiency in rice is an example of extreme "
        "protectionism, visiting U.S. Agriculture Secretary Dale Whitcomb told a "
        "press conference.",
        published=_1987,
    )
    assert ("accuse", "USA") in positions(claims)
    (claim,) = [c for c in claims if c.action == "accuse"]
    assert claim.content.endswith("protectionism")


def test_a_conjunct_after_and_is_no_tail(claims_of):
    claims = claims_of(
        "Japan's rice policy is an example of extreme protectionism, and U.S. "
        "officials told a press conference about the talks.",
        published=_1987,
    )
    assert ("accuse", "USA") not in positions(claims)


@pytest.mark.parametrize(
    "text",
    [
        "Washington reacted coolly to the Soviet offer.",
        (
            "The Reagan administration surprised analysts by reacting cooly to a plan by "
            "Australia's prime minister."
        ),
    ],
)
def test_a_cool_reception_turns_a_plan_down(claims_of, text):
    found = positions(claims_of(text, published=_1987))
    assert any(action == "reject" for action, _ in found)
