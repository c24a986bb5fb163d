"""Bodies named the 1987 way, embassies, and plans received warmly.

"The Community" after the European Community is named is the EC; a state's embassy
speaks for it; "the International Trade and Industry Ministry" is MITI however the
words are ordered; "responded positively to" a proposal takes it up.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 4, 8, tzinfo=UTC)


def test_the_community_refers_back_to_the_european_community(claims_of):
    claims = claims_of(
        "The European Community said it was studying the U.S. move. The Community "
        "has rejected the U.S. demand for cuts in farm subsidies.",
        published=_1987,
    )
    assert ("reject", "EU") in positions(claims)


@pytest.mark.parametrize(
    "text",
    [
        # lower case, or with words of its own: no body
        "The European Community met. The business community rejected the plan.",
        "The European Community met. The Andean Community rejected the plan.",
    ],
)
def test_another_community_is_not_the_ec(claims_of, text):
    assert ("reject", "EU") not in positions(claims_of(text, published=_1987))


def test_a_states_embassy_speaks_for_it(claims_of):
    claims = claims_of(
        "The Japanese Embassy said it was deeply disappointed by the tariffs.",
        published=_1987,
    )
    assert {c.holder.id for c in claims} == {"JPN"}


def test_the_trade_ministry_in_either_word_order_is_miti(claims_of):
    claims = claims_of(
        "Shinji Fukukawa, Vice Minister of the International Trade and Industry "
        "Ministry, said the tariffs were unfair.",
        published=_1987,
    )
    assert {c.holder.id for c in claims} == {"JPN-MITI"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan reacted favourably to the debt plan.", ("accept", "JPN")),
        ("France responded positively to the Nigerian proposal.", ("accept", "FRA")),
        ("France responded coolly to the Nigerian proposal.", ("reject", "FRA")),
    ],
)
def test_a_reception_takes_a_plan_up_or_turns_it_down(claims_of, text, expected):
    assert positions(claims_of(text, published=_1987)) == {expected}


def test_words_asked_for_are_not_yet_said(claims_of):
    # the banks ask Nigeria to make its scheme clear: Nigeria has said nothing
    claims = claims_of(
        "Nigeria's creditors met in London. Japanese banks want Nigeria to make "
        "clear its debt repayment scheme.",
        published=_1987,
    )
    assert "NGA" not in {c.holder.id for c in claims}


def test_an_embassy_that_speaks_after_its_quote_is_read_without_end(claims_of):
    # "the embassy" is both a government noun and the quote's own speaker: reading
    # "the government" of a quotation must not send it back to itself for ever
    claims = claims_of(
        'The Dutch embassy in Washington issued a comment on the video. "Facts do '
        'matter. We reject the claim," the embassy said.',
        published=_1987,
    )
    assert all(c.holder.id != "USA" for c in claims)


def test_amnesty_by_its_short_name(claims_of):
    claims = claims_of(
        "Amnesty director Kate Allen said the detainees must be freed.",
        published=datetime(2005, 1, 20, tzinfo=UTC),
    )
    assert positions(claims) == {("demand", "AMNESTY")}
