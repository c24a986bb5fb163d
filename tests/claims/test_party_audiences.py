"""A government member addressing his party's audience speaks for the party.

Sentences written for the test; the speakers are registry people (their party roles
are registry facts), the words are invented.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

SPRING_2005 = datetime(2005, 3, 14, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        # the party named in the audience phrase
        (
            "Tony Blair pledged to cut hospital waiting lists. The prime minister "
            "told a Labour Party gathering that the plans would be costed."
        ),
        # "his party's conference": the registry says which party is his
        (
            "Gordon Brown pledged to cut hospital waiting lists. He told his "
            "party's spring conference that the plans would be costed."
        ),
        # supporters are his party's by themselves
        (
            "Gordon Brown pledged to cut hospital waiting lists, telling "
            "supporters that the plans would be costed."
        ),
    ],
)
def test_a_speech_to_the_party_makes_his_claims_the_partys(claims_of, text):
    found = positions(claims_of(text, published=SPRING_2005))
    assert ("pledge", "GBR-LAB") in found
    assert ("pledge", "GBR") not in found


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # an instruction to the party, not a speech to it
        (
            (
                "Tony Blair pledged to cut hospital waiting lists. He told his party "
                "to back the plans."
            ),
            "GBR",
        ),
        # MPs in the Commons are no party audience
        (
            (
                "Tony Blair pledged to cut hospital waiting lists. He told MPs that "
                "the plans would be costed."
            ),
            "GBR",
        ),
        # the text makes the party the government's
        (
            (
                "Yasuhiro Nakasone pledged to cut the sales tax. He told supporters of "
                "his ruling Liberal Democratic Party that the plan would be costed."
            ),
            "JPN",
        ),
    ],
)
def test_other_audiences_leave_the_government_speaking(claims_of, text, holder):
    found = positions(
        claims_of(text, published=datetime(1987, 3, 14, tzinfo=UTC))
        if holder == "JPN"
        else claims_of(text, published=SPRING_2005)
    )
    assert ("pledge", holder) in found


@pytest.mark.parametrize(
    ("text", "stance", "holder"),
    [
        # his own party named in what he says: campaigning
        (
            (
                "Tony Blair pledged that childcare would be a centrepiece of Labour's "
                "next manifesto."
            ),
            "pledge",
            "GBR-LAB",
        ),
        # a warning about a rival party of his state: campaigning
        (
            (
                "Gordon Brown warned that the Tories were planning deep cuts in "
                "schools and hospitals."
            ),
            "warn",
            "GBR-LAB",
        ),
        # turning down a rival party's proposal is governing
        (
            "Tony Blair rejected the Conservative proposal for a quota on migrants.",
            "reject",
            "GBR",
        ),
        # "the Labour government" is the government
        (
            (
                "Tony Blair pledged that the Labour government would cut hospital "
                "waiting lists."
            ),
            "pledge",
            "GBR",
        ),
        # a party in the clause about the speaker, not in his words
        (
            (
                "Tony Blair, who brought the mayor back into the Labour Party, pledged "
                "to cut hospital waiting lists."
            ),
            "pledge",
            "GBR",
        ),
    ],
)
def test_words_about_party_politics_are_the_partys(claims_of, text, stance, holder):
    found = positions(claims_of(text, published=SPRING_2005))
    assert (stance, holder) in found
    other = "GBR" if holder == "GBR-LAB" else "GBR-LAB"
    assert (stance, other) not in found


def test_a_president_on_a_party_stays_with_the_state(claims_of):
    text = (
        "Donald Trump warned that the Democratic plan would raise taxes for families."
    )
    found = positions(claims_of(text, published=datetime(2017, 11, 20, tzinfo=UTC)))
    assert ("warn", "USA") in found
