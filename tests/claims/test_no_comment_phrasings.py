"""More ways the news says someone would not comment.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

pytestmark = pytest.mark.model

_2017 = datetime(2017, 11, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "There was no immediate response from the White House.",
        "Calls to Senator Lindsey Graham's office went unanswered.",
        "A spokesman for Senator Lindsey Graham did not immediately respond.",
        "Senator Lindsey Graham was not immediately available.",
        "Senator Lindsey Graham dodged questions about the tax bill.",
        "Senator Lindsey Graham declined interview requests.",
        "Senator Lindsey Graham has kept mum on the nomination.",
        "Senator Lindsey Graham would not address the allegations on Tuesday.",
        "Senator Lindsey Graham declined to talk to reporters after the vote.",
    ],
)
def test_a_refusal_or_silence_is_no_comment(claims_of, text):
    assert "no_comment" in {c.action for c in claims_of(text, published=_2017)}


@pytest.mark.parametrize(
    "text",
    [
        "Senator Lindsey Graham said the bill was available to every member.",
        "Senator Lindsey Graham responded to the allegations in a long statement.",
        "Senator Lindsey Graham answered every question about the tax bill.",
    ],
)
def test_an_answer_given_is_no_refusal(claims_of, text):
    assert "no_comment" not in {c.action for c in claims_of(text, published=_2017)}


@pytest.mark.parametrize(
    "text",
    [
        "Details of the settlement were not immediately available.",
        "Senator Lindsey Graham's demeanour remained quiet during the hearing.",
    ],
)
def test_missing_details_or_a_quiet_manner_is_no_refusal(claims_of, text):
    assert "no_comment" not in {c.action for c in claims_of(text, published=_2017)}
