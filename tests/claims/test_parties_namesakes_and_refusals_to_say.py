"""Readings from reviews of unlabelled BBC stories (thirty-fourth session).

"Dr Brian Gibbons" is one name: a later "Dr Gibbons" is him, not a registry person
who shares the surname. "The party" after a Liberal Democrat spokesman is the
Liberal Democrats (whose other name, "Liberal Democrat Party", makes them a
party), and "senior party figures" that "Tory sources" speak of are Tories.
"Twice declined directly to say whether", "refused to deny" and "declined to
confirm or deny" comment on nothing; a refusal the parser hangs inside what was
insisted ("insisted there could be no deals but declined to say ...") is the
speaker's. "Tory plans to cut taxes" are the Conservatives' proposal, however the
parser hangs the infinitive on the noun. What a leader says his party, named, "would"
do is the party's pledge (not what he says of a rival, nor of a colleague by name);
criticism a remark "drew" is not its author's. "An appeal for calm" and "an appeal to
the unions to call off the strike" demand; an appeal against a ruling, or a
speech's appeal to values, does not.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_2005 = datetime(2005, 1, 12, tzinfo=UTC)


def _claims(claims_of, text):
    return claims_of(text, published=_2005, outlet="BBC News")


def test_an_honorific_before_a_full_name_keeps_the_whole_name(claims_of):
    text = (
        "Dr Alan Gibbons, the new health minister for Wales, admitted big "
        "challenges. Dr Gibbons said the service needed a period of calm."
    )
    assert not any(c.holder.id == "USA-DEM" for c in _claims(claims_of, text))


def test_the_party_after_a_liberal_democrat_spokesman_is_theirs(claims_of):
    text = (
        "Labour has promised to cut waiting lists. A Liberal Democrat spokesman "
        "said the report was serious. He highlighted the party's promises to "
        "raise the basic state pension."
    )
    pension = [c for c in _claims(claims_of, text) if "pension" in c.content]
    assert [c.holder.id for c in pension] == ["GBR-LD"]


def test_party_figures_tory_sources_speak_of_are_tories(claims_of):
    text = (
        "The Lib Dems have pledged to oppose the bill. Tory sources say senior "
        "party figures argued strongly against the scheme."
    )
    scheme = [c for c in _claims(claims_of, text) if "scheme" in c.content]
    assert {c.holder.id for c in scheme} == {"GBR-CON"}


@pytest.mark.parametrize(
    "words",
    [
        "twice declined directly to say whether he had offered to quit",
        "pointedly refused to deny claims that he had made a deal",
        "declined to confirm or deny the report",
    ],
)
def test_refusing_to_say_confirm_or_deny_is_no_comment(claims_of, words):
    claims = _claims(claims_of, f"Mr Blair {words}.")
    assert ("no_comment", "GBR") in positions(claims)
    assert not [c for c in claims if c.action == "reject"]


def test_a_refusal_hung_inside_what_was_insisted_is_the_speakers(claims_of):
    text = (
        "Mr Blair spoke on Sunday. He again insisted there could be no deals but "
        "twice declined directly to say whether he had offered to quit."
    )
    assert ("no_comment", "GBR") in positions(_claims(claims_of, text))


def test_a_partys_plans_to_act_are_its_proposal(claims_of):
    text = "He pointed to Tory plans to cut the basic rate of income tax."
    assert ("propose", "GBR-CON") in positions(_claims(claims_of, text))


def test_a_leader_saying_his_party_will_act_is_the_partys_pledge(claims_of):
    text = "Mr Blair said Labour would publish a new agenda for a third term."
    assert ("pledge", "GBR-LAB") in positions(_claims(claims_of, text))


def test_a_leader_saying_a_rival_party_will_act_pledges_nothing(claims_of):
    text = "Mr Blair said the Tories would cut public services."
    found = positions(_claims(claims_of, text))
    assert ("pledge", "GBR-CON") not in found
    assert ("pledge", "GBR-LAB") not in found


def test_a_party_member_named_as_the_actor_is_no_party_pledge(claims_of):
    text = (
        "Tory leader Michael Howard said shadow home secretary David Davis would "
        "set out the position next week."
    )
    assert ("pledge", "GBR-CON") not in positions(_claims(claims_of, text))


def test_criticism_a_remark_drew_is_not_its_authors(claims_of):
    text = "Mr Blair's comments on Saturday drew criticism at home."
    assert not [c for c in _claims(claims_of, text) if c.action == "accuse"]


@pytest.mark.parametrize(
    "text",
    [
        "Mr Blair made an appeal to the unions to call off the strike.",
        "Mr Blair issued an appeal for calm on Monday.",
    ],
)
def test_an_appeal_for_a_thing_or_to_a_party_to_act_demands(claims_of, text):
    assert ("demand", "GBR") in positions(_claims(claims_of, text))


@pytest.mark.parametrize(
    "text",
    [
        "Labour lodged an appeal against the ruling.",
        (
            "Activists were fired up by Mr Brown's speech, with its appeal to core "
            "Labour values on social justice."
        ),
    ],
)
def test_an_appeal_against_a_ruling_or_to_values_demands_nothing(claims_of, text):
    assert not [c for c in _claims(claims_of, text) if c.action == "demand"]
