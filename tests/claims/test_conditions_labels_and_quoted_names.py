"""Readings from reviews of unlabelled stories (thirty-fifth session).

A condition is demanded of someone only when it is not the speaker's own step and
not part of a charge: "accused him of paying bribes in exchange for help" says what
the accused did, and "could not call for his resignation unless she has heard the
evidence" names what the speaker must do first ("would not sign unless Norway lifts
the ban", "unless it gets guarantees" still demand). A charge called "political
attacks" or "politically motivated" is denied, also where the parser hangs the "as"
on the charge. "Made the claim about" asserts; "made a claim for compensation"
demands. "Confirmed his country's backing for" accepts as "reaffirmed" does, and
"confirmed its intention to" pledges. An attack "over" a matter on a person, a
party or a firm is one in words (not an attack on targets, nor one "over the
weekend"). A pronoun outside quotation marks does not go back to someone only a
quotation named.

Every sentence here is written for the test: invented words, put in the mouths of
fictional people or of public figures, about real bodies.
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model

_1987 = datetime(1987, 3, 5, tzinfo=UTC)
_2005 = datetime(2005, 3, 1, tzinfo=UTC)
_2017 = datetime(2017, 11, 28, tzinfo=UTC)


def test_a_charge_of_a_deal_in_exchange_for_help_demands_nothing(claims_of):
    text = (
        "The Justice Department accused Ho of paying bribes in exchange for help "
        "with contracts."
    )
    found = positions(claims_of(text, published=_2017))
    assert ("accuse", "USA") in found
    assert ("demand", "USA") not in found


def test_the_speakers_own_condition_demands_nothing(claims_of):
    text = (
        "Representative Linda Sanchez, a Democrat, said the process was fair, adding "
        "that she could not call for his resignation unless she has heard all the "
        "evidence."
    )
    assert ("demand", "USA-DEM") not in positions(claims_of(text, published=_2017))


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Russia said it would not sign unless Norway lifts the ban.", "RUS"),
        ("Russia said it would not sign the treaty unless it gets guarantees.", "RUS"),
        (
            (
                "Representative Linda Sanchez, a Democrat, said the process was fair, "
                "adding that the party could not back him unless he resigns."
            ),
            "USA-DEM",
        ),
    ],
)
def test_a_condition_on_another_or_on_what_one_gets_is_demanded(
    claims_of, text, holder
):
    assert ("demand", holder) in positions(claims_of(text, published=_2017))


@pytest.mark.parametrize(
    "text",
    [
        "Moore denounced the allegations as political attacks.",
        "Moore dismissed the accusations as politically motivated.",
    ],
)
def test_a_charge_called_an_attack_is_denied(claims_of, text):
    found = positions(claims_of(text, published=_2017))
    assert ("deny", "USA-REP") in found
    assert ("accuse", "USA-REP") not in found


def test_a_bill_denounced_as_an_attack_is_still_faulted(claims_of):
    text = "Democrats denounced the bill as an attack on the poor."
    assert ("accuse", "USA-DEM") in positions(claims_of(text, published=_2017))


def test_making_a_claim_about_something_demands_nothing(claims_of):
    text = "Peter Hain made the claim about Tory tactics in the debate."
    assert ("demand", "GBR") not in positions(claims_of(text, published=_2005))


def test_making_a_claim_for_compensation_demands_it(claims_of):
    text = "Iran has made a claim for compensation."
    assert ("demand", "IRN") in positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            (
                "A senior Ivory Coast Agriculture Ministry official confirmed his "
                "country's backing for a new international cocoa pact."
            ),
            ("accept", "CIV"),
        ),
        ("Japan confirmed its intention to cut tariffs.", ("pledge", "JPN")),
    ],
)
def test_confirmed_backing_or_intention_takes_the_stance(claims_of, text, stance):
    assert stance in positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            (
                "Republican lawmakers have attacked the firm, Fusion GPS, over the "
                "dossier."
            ),
            ("accuse", "USA-REP"),
        ),
        (
            "Senate Republicans attacked Democrats over the dossier.",
            ("accuse", "USA-REP"),
        ),
    ],
)
def test_an_attack_over_a_matter_faults_its_object(claims_of, text, stance):
    assert stance in positions(claims_of(text, published=_2017))


def test_an_attack_on_targets_is_no_charge(claims_of):
    text = "Iraq attacked Iranian targets over the dispute."
    assert ("accuse", "IRQ") not in positions(claims_of(text, published=_1987))


def test_an_attack_over_a_weekend_names_no_matter(claims_of):
    text = "Senate Republicans attacked Democrats over the weekend."
    assert ("accuse", "USA-REP") not in positions(claims_of(text, published=_2017))


def test_a_pronoun_does_not_go_back_to_a_name_only_quoted(claims_of):
    text = (
        'Mr Bannatyne said: "Disunity in the Cabinet is bad for the country. "Gordon '
        'Brown is a great chancellor who has delivered a stable economy." The '
        "businessman, whose latest venture is a casino, also voiced concern about the "
        "violence in Iraq. And he branded the government response to the floods as "
        '"piecemeal and poor".'
    )
    found = positions(claims_of(text, published=_2005))
    assert not {s for s in found if s[1] in {"GBR", "GBR-LAB"}}


def test_saying_a_named_person_lied_accuses(claims_of):
    text = (
        "Mueller's office said Papadopoulos lied to FBI agents about the timing of "
        "his contacts."
    )
    assert ("accuse", "USA") in positions(claims_of(text, published=_2017))


@pytest.mark.parametrize(
    "text",
    [
        "Mueller's office said Papadopoulos did not lie to FBI agents.",
        "Mueller's office said Papadopoulos may have lied to FBI agents.",
        "Flynn's lawyer said he lied to FBI agents.",
    ],
)
def test_no_charge_of_a_lie_denied_guessed_or_of_a_pronoun(claims_of, text):
    assert ("accuse", "USA") not in positions(claims_of(text, published=_2017))


def test_a_harm_someone_in_a_relative_clause_told_of_is_no_warning(claims_of):
    text = (
        "Mueller's office said Papadopoulos met a professor in London who claimed to "
        "have information that would hurt Clinton."
    )
    assert ("warn", "USA") not in positions(claims_of(text, published=_2017))


def test_a_harm_the_speaker_foresees_still_warns(claims_of):
    text = "Labour said the tax would hurt pensioners."
    assert ("warn", "GBR-LAB") in positions(claims_of(text, published=_2005))


def test_a_refusal_until_another_acts_demands_the_act(claims_of):
    text = "Russia said it would not resume talks until Ukraine withdraws its troops."
    assert ("demand", "RUS") in positions(claims_of(text, published=_2017))


@pytest.mark.parametrize(
    "text",
    [
        "Russia said it would not resume talks until next year.",
        "Russia said it would wait until the elections are over.",
        "Russia said it would not resume talks until we have consulted our allies.",
    ],
)
def test_until_a_time_or_ones_own_step_demands_nothing(claims_of, text):
    assert ("demand", "RUS") not in positions(claims_of(text, published=_2017))


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Labour said the move was ill-timed.", ("reject", "GBR-LAB")),
        ("Labour argued that the deadline was problematic.", ("reject", "GBR-LAB")),
        (
            "The Liberal Democrats said the reform was long overdue.",
            ("accept", "GBR-LD"),
        ),
    ],
)
def test_a_verdict_on_a_move_or_deadline_takes_a_stance(claims_of, text, stance):
    assert stance in positions(claims_of(text, published=_2005))


def test_a_verdict_on_a_change_in_the_weather_is_none(claims_of):
    text = "Labour said the change in the weather was problematic."
    assert not positions(claims_of(text, published=_2005))


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Kim, for his part, has called Trump “mentally deranged.”", ("demand", "PRK")),
        (
            (
                "On the EU, Tony Blair insisted closer co-operation did not mean losing "
                "control of British borders."
            ),
            ("demand", "GBR"),
        ),
    ],
)
def test_a_preposition_before_the_verb_makes_no_call_for(claims_of, text, stance):
    assert stance not in positions(claims_of(text, published=_2017))


def test_a_preposition_after_the_verb_still_calls_for(claims_of):
    text = "North Korea, for its part, called for talks."
    assert ("demand", "PRK") in positions(claims_of(text, published=_2017))


def test_should_know_better_rebukes(claims_of):
    text = (
        "“It's a shameful piece of legislation, and the Republicans should know "
        "better,” House Democratic leader Nancy Pelosi told lawmakers."
    )
    found = positions(claims_of(text, published=_2017))
    assert ("accuse", "USA-DEM") in found
    assert ("demand", "USA-DEM") not in found


def test_pressing_someone_on_why_asks_a_question(claims_of):
    text = (
        "U.S. senators on Tuesday pressed Facebook Inc's chief lawyer on why the "
        "company did not catch the ads."
    )
    assert ("demand", "USA-SENATE") not in positions(claims_of(text, published=_2017))


def test_pressing_someone_to_act_demands_it(claims_of):
    text = "U.S. senators pressed Facebook to remove the ads."
    assert ("demand", "USA-SENATE") in positions(claims_of(text, published=_2017))


@pytest.mark.parametrize(
    "text",
    [
        "The accords were reaffirmed by the Group of Seven finance ministers last month.",
        "The Group of Seven reaffirmed the Louvre accord.",
    ],
)
def test_an_accord_reaffirmed_is_backed(claims_of, text):
    assert ("accept", "G7") in positions(claims_of(text, published=_1987))


def test_she_after_an_unknown_womans_name_is_not_the_man_she_named(claims_of):
    text = (
        "At an October 2016 news conference, yoga instructor Karena Virginia said "
        "Trump approached her outside the U.S. Open tennis tournament in 1998. She "
        "alleged that Trump commented on her legs."
    )
    assert ("accuse", "USA") not in positions(claims_of(text, published=_2017))


def test_he_after_a_capitalised_thing_still_finds_the_speaker(claims_of):
    text = (
        "Tory spokesman Dominic Grieve criticised the government's plans. Convention "
        "should be nurtured and celebrated, but the government distrusted and "
        "disliked it instead. He warned that unless ministers backed down, the "
        "government would have great difficulty in getting the Bill through "
        "Parliament."
    )
    assert ("warn", "GBR-CON") in positions(claims_of(text, published=_2005))


def test_no_commitment_made_is_no_pledge(claims_of):
    text = "Japan made no commitment to cut tariffs."
    found = claims_of(text, published=_1987)
    assert ("pledge", "JPN") not in {
        (c.action, c.holder.id) for c in found if not c.negated
    }


def test_a_commitment_made_pledges(claims_of):
    text = "Japan made a commitment to cut tariffs."
    assert ("pledge", "JPN") in positions(claims_of(text, published=_1987))


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            (
                "Some U.S. commentators said the U.S. president should not lower his "
                "head before foreign monarchs."
            ),
            "USA",
        ),
        (
            (
                "Leading U.S. academics and columnists said the president should veto "
                "the bill."
            ),
            "USA",
        ),
    ],
)
def test_commentators_and_academics_speak_for_no_state(claims_of, text, holder):
    assert not {
        s for s in positions(claims_of(text, published=_2017)) if s[1] == holder
    }


def test_a_national_outlets_story_about_another_state_is_at_home_there(claims_of):
    text = (
        "President George W Bush has sent his budget to the US Congress. The White "
        "House said the US deficit would fall. The Senate and the House of "
        "Representatives must now approve it. Most controversially, the government "
        "is seeking to cut the Medicaid budget."
    )
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert ("propose", "USA") in found
    assert ("propose", "GBR") not in found


def test_a_national_outlets_own_story_stays_at_home(claims_of):
    text = (
        "Tony Blair has set out his plans. Labour and the Conservatives clashed over "
        "tax. The government is seeking to cut the budget deficit."
    )
    found = positions(claims_of(text, published=_2005, outlet="BBC News"))
    assert ("propose", "GBR") in found


def test_refusing_to_drop_an_opposition_concedes_nothing(claims_of):
    text = (
        "A plan to rid the EC of surplus butter is in doubt as Spain and Portugal "
        "refuse to drop their opposition to the scheme, diplomats said."
    )
    found = positions(claims_of(text, published=_1987))
    assert not {s for s in found if s[0] == "concede"}


def test_dropping_an_opposition_concedes(claims_of):
    text = "Spain dropped its opposition to the scheme."
    assert ("concede", "ESP") in positions(claims_of(text, published=_1987))


def test_legislation_held_out_in_a_warning_threatens(claims_of):
    text = (
        "The European Union has called on the food industry to reduce the number of "
        "adverts aimed at young children, warning that legislation would be "
        "introduced."
    )
    assert ("threaten", "EU") in positions(claims_of(text, published=_2005))


def test_legislation_delayed_is_no_threat(claims_of):
    text = "The EU warned that the legislation would be delayed."
    assert ("threaten", "EU") not in positions(claims_of(text, published=_2005))


def test_blame_laid_on_conditions_charges_no_one(claims_of):
    text = (
        "Republicans have blamed the size of the deficit on slow economic conditions "
        "after the 11 September attacks."
    )
    assert ("accuse", "USA-REP") not in positions(claims_of(text, published=_2005))


@pytest.mark.parametrize(
    "text",
    [
        "Republicans have blamed the size of the deficit on the Democrats.",
        "Republicans have blamed the deficit on Democratic policies.",
    ],
)
def test_blame_laid_on_a_party_accuses_it(claims_of, text):
    assert ("accuse", "USA-REP") in positions(claims_of(text, published=_2005))


@pytest.mark.parametrize(
    "text",
    [
        "A Labour supporter said the plan was a disaster.",
        "Labour supporters said the plan was a disaster.",
    ],
)
def test_a_partys_supporters_do_not_speak_for_it(claims_of, text):
    found = positions(claims_of(text, published=_2005))
    assert not {s for s in found if s[1] == "GBR-LAB"}
