"""Wishes, pseudo-clefts and framed clauses that carry a speaker's stance.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 4, 1, tzinfo=UTC)
_2017 = datetime(2017, 4, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "wish" with an object asks for it, as "want" does
        (
            (
                '"We wish further clarification about the program," World Bank '
                "President Oren Calloway said."
            ),
            _1987,
            ("demand", "WB"),
        ),
        # a pseudo-cleft of wanting demands its focus
        (
            (
                '"What we want is a fair deal for farmers," Republican Senator Dale '
                "Hobart said."
            ),
            _2017,
            ("demand", "USA-REP"),
        ),
        # a pseudo-cleft of agreeing frames a clause with a modal
        (
            (
                '"What we do agree is that taxpayers should pay nothing for the '
                'settlements," said Mara Quinlan, a Republican representative.'
            ),
            _2017,
            ("demand", "USA-REP"),
        ),
        # a conjunct framing a clause with a modal
        (
            (
                '"I respect that position, but my message is that Arkansas must keep '
                'its access to markets," said Governor Tom Easley, a Republican.'
            ),
            _2017,
            ("demand", "USA-REP"),
        ),
    ],
)
def test_a_stance_in_a_wish_or_a_frame(claims_of, text, published, expected):
    assert expected in positions(claims_of(text, published=published))


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # good wishes and regrets ask for nothing
        (
            '"We wish the talks every success," the French foreign minister said.',
            "demand",
        ),
        ('"I wish him well," the French foreign minister said.', "demand"),
        (
            '"I wish the government had acted sooner," the French foreign minister said.',
            "demand",
        ),
        # a negated pseudo-cleft is rhetoric
        (
            (
                '"What we do not want is a situation where the law lags behind," '
                "Republican Senator Dale Hobart said."
            ),
            "reject",
        ),
        # a "why" clause after a pseudo-cleft asks nothing of anyone
        (
            (
                '"What I understand less is why the press should be joining in," '
                "Republican Senator Dale Hobart said."
            ),
            "demand",
        ),
        # someone else's wants are not the speaker's demand
        (
            (
                '"What Democrats oppose is the tax on students," Republican Senator '
                "Dale Hobart said."
            ),
            "reject",
        ),
    ],
)
def test_no_such_stance(claims_of, text, action):
    found = positions(claims_of(text, published=_2017))
    assert not any(a == action for a, _ in found)
