"""Idioms of 1980s trade diplomacy read on unlabelled Reuters stories.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
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


@pytest.mark.parametrize(
    "text",
    [
        "Congress Video Group Inc said the plan was unacceptable.",
        "Bank of America NT and SA's West German branch said the plan was unacceptable.",
    ],
)
def test_a_state_or_body_in_a_company_name_is_no_holder(claims_of, text):
    claims = claims_of(text, published=_1987)
    assert not any(c.holder.id in {"USA", "USA-CONGRESS"} for c in claims)


def test_a_company_the_registry_knows_keeps_its_name(claims_of):
    claims = claims_of(
        "American Motors Corp said the union's offer was unacceptable.",
        published=_1987,
    )
    assert ("reject", "AMC") in positions(claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Canadian Prime Minister Brian Mulroney said he has not been pleased with "
                "the U.S. administration's lack of speed."
            ),
            ("reject", "CAN"),
        ),
        (
            (
                'U.S. Treasury Secretary James Baker said the German rate rise was "not in '
                'keeping with the spirit of what we agreed to".'
            ),
            ("accuse", "USA"),
        ),
        (
            (
                'French Finance Minister Paul Ravel said "I firmly desire a firm adherence '
                'by all to the accords".'
            ),
            ("demand", "FRA"),
        ),
        (
            (
                "Bank of Japan Governor Taro Ueda said it is in Japan's national interest "
                "to make greater efforts to reduce its trade surplus."
            ),
            ("demand", "JPN-BOJ"),
        ),
    ],
)
def test_more_trade_idioms(claims_of, text, expected):
    assert expected in positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # a company named after someone is not that someone
        ("Baker International has proposed a merger with Hughes Tool.", "propose"),
        # a budget that would show a deficit undertakes nothing
        (
            (
                "U.S. Treasury Secretary James Baker said his budget would show a 108 "
                "billion dlr deficit."
            ),
            "pledge",
        ),
        # what befalls a market is forecast, not refused
        (
            (
                "Japanese Finance Minister Taro Ueda said the Tokyo stock market should "
                "not be gravely affected by the fall in New York."
            ),
            "reject",
        ),
    ],
)
def test_no_such_stance_1987(claims_of, text, action):
    found = positions(claims_of(text, published=_1987))
    assert not any(a == action for a, _ in found)


def test_none_asking_asks_nothing(claims_of):
    claims = claims_of(
        "Kuwait's oil minister was quoted by a local daily as saying: \"None of the "
        'OPEC members has asked for such a meeting."',
        published=_1987,
    )
    assert all(c.negated for c in claims if c.action == "demand")
