"""Readings from a review of unlabelled US politics stories.

A condition fronted in a quotation still makes a penalty a threat ('"If I don't get
the right deal, I'll end the pact," he said'), but a party that "will invite
retaliatory moves" holds out nothing. "Would consider sending" floats an option
(propose) where "would consider the ruling" undertakes; "we'll have to see" undertakes
nothing; "will not leave without a fix" asks for the fix; "cannot ignore" refuses
nothing; "no evidence of collusion" denies the charge.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 4, 14, tzinfo=UTC)
_2005 = datetime(2005, 1, 12, tzinfo=UTC)
_2017 = datetime(2017, 11, 20, tzinfo=UTC)


def test_a_fronted_condition_makes_a_penalty_a_threat(claims_of):
    text = '"If I do not get the right deal, I will terminate NAFTA," Trump said.'
    found = positions(claims_of(text, published=_2017))
    assert ("threaten", "USA") in found
    assert ("pledge", "USA") not in found


def test_a_party_inviting_retaliation_threatens_no_one(claims_of):
    text = (
        "If Japan fails to meet those expectations, it will invite retaliatory "
        "moves, a U.S. official said."
    )
    assert ("threaten", "JPN") not in positions(claims_of(text, published=_1987))


def test_considering_an_act_floats_an_option(claims_of):
    text = "Trump said he would consider sending the suspect to Guantanamo."
    found = positions(claims_of(text, published=_2017))
    assert ("propose", "USA") in found
    assert ("pledge", "USA") not in found


def test_considering_a_ruling_still_undertakes(claims_of):
    text = (
        "Home Secretary Charles Clarke said he would carefully consider the judgment "
        "and would come back to Parliament with proposals."
    )
    assert ("pledge", "GBR") in positions(claims_of(text, published=_2005))


def test_well_have_to_see_undertakes_nothing(claims_of):
    text = '"We\'ll have to see," Senator Orrin Hatch told reporters.'
    assert positions(claims_of(text, published=_2017)) == set()


def test_not_leaving_without_a_fix_asks_for_it(claims_of):
    text = '"We will not leave this town without a fix for Dreamers," Pelosi said.'
    found = positions(claims_of(text, published=_2017))
    assert ("demand", "USA-DEM") in found
    assert ("reject", "USA-DEM") not in found


def test_a_plain_refusal_still_refuses(claims_of):
    text = '"We will not accept the spending plan," Pelosi said.'
    assert ("reject", "USA-DEM") in positions(claims_of(text, published=_2017))


def test_cannot_ignore_refuses_nothing(claims_of):
    text = (
        '"We cannot ignore the many women who have come forward," Senator Kirsten '
        "Gillibrand said."
    )
    assert ("reject", "USA-DEM") not in positions(claims_of(text, published=_2017))


@pytest.mark.parametrize(
    "text",
    [
        "Trump said there is no evidence of collusion with Russia.",
        "The White House said there was no sign of any Russian interference.",
    ],
)
def test_no_evidence_of_wrongdoing_denies_it(claims_of, text):
    found = positions(claims_of(text, published=_2017))
    assert ("deny", "USA") in found
    assert ("accuse", "USA") not in found


@pytest.mark.parametrize(
    "text",
    [
        (
            "Alice Wells, the top U.S. diplomat for South Asia, rejected the idea "
            "the forum would be aimed at containing China."
        ),
        "Japan rejected the claim it dumps memory chips in Asia.",
    ],
)
def test_rejecting_an_idea_stated_without_that_denies_it(claims_of, text):
    assert any(
        action == "deny" for action, _ in positions(claims_of(text, published=_2017))
    )


def test_rejecting_an_idea_someone_had_still_rejects(claims_of):
    text = "Japan rejected the idea Washington had floated at the talks."
    assert ("reject", "JPN") in positions(claims_of(text, published=_1987))


def test_a_statement_that_deplores_is_its_issuers(claims_of):
    text = "EC ministers issued a statement which deplored Japan's trade surplus."
    assert ("accuse", "EU") in positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    "text",
    [
        "The provision was sponsored by Republican Senator Lisa Murkowski.",
        "Republican Senator Lisa Murkowski sponsored the amendment.",
    ],
)
def test_sponsoring_a_measure_proposes_it(claims_of, text):
    assert ("propose", "USA-REP") in positions(claims_of(text, published=_2017))


def test_sponsoring_a_tournament_proposes_nothing(claims_of):
    text = "Republican Senator Lisa Murkowski sponsored the fishing tournament."
    assert positions(claims_of(text, published=_2017)) == set()
