"""Idioms of 1980s trade diplomacy read on unlabelled Reuters stories.

Every sentence here is written for the test (fictional people, real bodies).
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 4, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Brazil is not happy with the structure of the bank advisory committee, "
                "Brazilian Finance Minister Dario Lenz said."
            ),
            ("reject", "BRA"),
        ),
        (
            (
                "The government was not in favour of a new tax, French Budget Minister Paul "
                "Ravel said."
            ),
            ("reject", "FRA"),
        ),
        (
            (
                '"It would not be sensible to provoke another dispute with the United '
                'States," British farm minister Alan Hurst said.'
            ),
            ("reject", "GBR"),
        ),
        (
            (
                "The Greek government said it considers the protocol inactive through "
                "the fault of Turkey."
            ),
            ("accuse", "GRC"),
        ),
        (
            (
                "Turkey's prime minister said Greek drilling contravened the 1976 Berne "
                "Agreement."
            ),
            ("accuse", "TUR"),
        ),
    ],
)
def test_a_trade_idiom_takes_a_stance(claims_of, text, expected):
    assert expected in positions(claims_of(text, published=_1987))


def test_a_party_name_in_an_office_name_is_no_party(claims_of):
    # "the Federal Labour Office" is a West German agency, not Britain's Labour
    claims = claims_of(
        "Unemployment fell in March, the Federal Labour Office said. Labour Office "
        "President Karl Wendt said the fall was a disgrace.",
        published=_1987,
    )
    assert not any(c.holder.id == "GBR-LAB" for c in claims)
