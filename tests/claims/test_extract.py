"""Claim extraction on short texts written for these tests (model tier)."""

from datetime import UTC, datetime

import pytest

pytestmark = pytest.mark.model


def _one(claims, action):
    found = [c for c in claims if c.action == action]
    assert found, (
        f"no {action} claim in {[(c.action, c.evidence.text) for c in claims]}"
    )
    return found[0]


def test_extract_demand_list_splits_items_with_carried_anonymous_source(claims_of):
    text = (
        "Moscow wants Kyiv to give up its claim to the coast, an end to Western "
        "sanctions, and the release of frozen Russian assets, two diplomats familiar "
        "with the talks said."
    )
    demands = [c for c in claims_of(text) if c.action == "demand"]
    assert len(demands) == 3
    assert {c.holder.id for c in demands} == {"RUS"}
    for c in demands:
        assert c.sources
        assert c.sources[0].anonymous
        assert c.sources[0].count == 2
        assert c.evidence.text == text[c.evidence.start : c.evidence.end]
    issues = {code for c in demands for code in c.issues}
    assert {"sanctions", "frozen_assets"} <= issues


def test_extract_commas_and_an_and_in_a_clause_are_not_a_list(claims_of):
    text = (
        "Republican Senator Lindsey Graham said he still wants an examination of the "
        "FBI's use of a dossier that was compiled by a former British spy, Christopher "
        "Steele, which prompted Trump allies and some Republicans to question the "
        "inquiry."
    )
    demands = [
        c
        for c in claims_of(text, published=datetime(2017, 12, 1, tzinfo=UTC))
        if c.action == "demand"
    ]
    assert [c.content[:27] for c in demands] == ["an examination of the FBI's"]


def test_extract_a_prefixed_verb_keeps_its_clause(claims_of):
    text = (
        "The Metropolitan Police said the plans for 24-hour drinking should be "
        "re-examined "
        "because of a binge drinking epidemic."
    )
    claim = _one(claims_of(text), "demand")
    assert claim.content.endswith("re-examined because of a binge drinking epidemic")


def test_extract_leader_speaks_for_state(claims_of):
    text = (
        "German Chancellor Friedrich Merz said on Monday that Germany rejected the "
        "proposal to cap defence spending."
    )
    claim = _one(claims_of(text, published=datetime(2025, 6, 2, tzinfo=UTC)), "reject")
    assert claim.holder.id == "DEU"


def test_extract_conditional_threat(claims_of):
    text = (
        "The trade minister warned that Beijing would impose tariffs on British cars "
        "if London does not withdraw the levy."
    )
    claim = _one(claims_of(text), "threaten")
    assert claim.holder.id == "CHN"
    assert claim.conditions
    assert claim.conditions[0].startswith("if London")


def test_a_condition_runs_past_the_point_in_a_number(claims_of):
    text = (
        "Zambia has agreed to phase out fuel subsidies in exchange for a new $1.4 "
        "billion loan from the IMF, Finance Minister Grace Phiri said."
    )
    claim = _one(claims_of(text), "accept")
    assert claim.conditions == ("in exchange for a new $1.4 billion loan from the IMF",)


def test_extract_no_comment_with_metonym(claims_of):
    text = "The Kremlin did not respond to a request for comment on Tuesday."
    claim = _one(claims_of(text), "no_comment")
    assert claim.holder.id == "RUS"
    assert claim.plover is None
    assert claim.cameo == "01"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kremlin declined to elaborate on the proposal.",
        "A government spokesman would not say whether the talks had failed.",
        "Kremlin officials were not immediately available for comment.",
        "The Kremlin has not yet commented on the proposal.",
        "The Kremlin said it was not prepared to comment on the talks.",
        "Putin did not answer a reporter\u2019s question about the talks.",
        "The Kremlin would not confirm that the talks had failed.",
        "The Kremlin did not specifically confirm a report that the talks had failed.",
        "Kremlin officials were unavailable for comment.",
        "The Kremlin has yet to comment on the proposal.",
        '"We do not comment on talks in progress," the Kremlin said.',
        "No spokesman for the Kremlin was immediately available for comment.",
        "Kremlin officials were unavailable for immediate comment.",
        "Kremlin officials could not be reached immediately for comment.",
        "Kremlin officials did not return telephone calls seeking comment.",
        "Asked about the talks, the Kremlin declined to make any comments.",
        "A spokesman for the Kremlin was not immediately available.",
        "The Kremlin said its policy is not to comment on talks in progress.",
        "The Kremlin declined requests for comment.",
        "Reuters could not reach Kremlin officials for comment.",
        "Reuters was unable to contact the Kremlin for comment.",
        '"We are not commenting on talks in progress," the Kremlin said.',
        "The Kremlin has not responded to numerous requests for comment.",
        "Requests for comment went unanswered by the Kremlin.",
        "A Kremlin spokesman said he was not in a position to comment.",
        "No-one at the Kremlin was immediately available to comment.",
        "The Kremlin declined any comment on the appointment.",
        "The Kremlin declined to disclose details of the offer.",
        "The Kremlin wouldn't say how much it paid.",
        'Asked about the offer, the Kremlin spokesman said "no comment."',
        "A Kremlin spokesman said it was policy not to comment on rumours.",
        "The Kremlin remained silent on the rumours.",
        "The Kremlin could not be reached on Sunday for comment.",
        "The Kremlin declined to respond to the question.",
        "The Kremlin did not elaborate.",
        "The Kremlin declined to give a reason for the delay.",
        "A Kremlin spokesman was not immediately available to discuss the talks.",
        "The Kremlin declined to name the countries involved.",
        "Kremlin officials could not be reached.",
        "A Kremlin spokesman was unable to say when the talks would resume.",
        "The Kremlin gave no details of the offer.",
    ],
)
def test_extract_no_comment_phrasings(claims_of, sentence):
    assert _one(claims_of(sentence), "no_comment")


@pytest.mark.parametrize(
    "text",
    [
        "No spokesman for the Kremlin was immediately available for comment.",
        "A Kremlin spokesman said he could not comment on the talks.",
    ],
)
def test_no_comment_of_a_spokesman_is_his_bodys(claims_of, text):
    assert _one(claims_of(text), "no_comment").holder.id == "RUS"


def test_figures_that_are_not_available_are_no_comment_of_no_one(claims_of):
    text = "The Kremlin spokesman said figures were not available on the losses."
    assert not [c for c in claims_of(text) if c.action == "no_comment"]


def test_no_comment_from_names_its_holder_after_from(claims_of):
    claim = _one(
        claims_of("There was no immediate comment from the Kremlin."), "no_comment"
    )
    assert claim.holder.id == "RUS"


def test_extract_historical_demand_with_relative_date(claims_of):
    text = (
        "In March last year, Ankara demanded that Athens withdraw its troops from "
        "the islands."
    )
    claim = _one(claims_of(text, published=datetime(2026, 3, 9, tzinfo=UTC)), "demand")
    assert claim.holder.id == "TUR"
    assert claim.historical
    assert claim.when == "2025-03"


def test_extract_negated_and_hypothetical_flags(claims_of):
    negated = _one(
        claims_of("France did not demand a new vote on the budget."), "demand"
    )
    assert negated.negated
    hypothetical = _one(
        claims_of("Japan could demand compensation for the losses."), "demand"
    )
    assert hypothetical.hypothetical
    assert not hypothetical.negated


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Japan is expected to reject the plan.", "reject"),
        ("Democrats are likely to oppose the bill.", "reject"),
        ("Japan is considering whether to reject the plan.", "reject"),
    ],
)
def test_a_stance_foreseen_is_hypothetical(claims_of, text, action):
    assert _one(claims_of(text), action).hypothetical


def test_a_stance_taken_is_not_hypothetical(claims_of):
    assert not _one(claims_of("Japan rejected the plan."), "reject").hypothetical


def test_extract_pronoun_source_is_named(claims_of):
    text = (
        "German Chancellor Friedrich Merz met farmers on Monday. "
        "He said Germany would not accept the new quota."
    )
    claim = _one(claims_of(text, published=datetime(2025, 6, 2, tzinfo=UTC)), "reject")
    assert claim.sources[0].text == "Friedrich Merz"
    assert claim.sources[0].affiliation == "DEU"


def test_an_opening_according_to_phrase_is_the_source(claims_of):
    text = "According to two Western diplomats, Japan will reject the new quota."
    source = _one(claims_of(text), "reject").sources[0]
    assert (source.anonymous, source.count) == (True, 2)


def test_an_opening_according_to_yields_to_a_speaker_of_its_own(claims_of):
    text = (
        "According to an advance text, Japan's trade minister said Tokyo would "
        "reject the new quota."
    )
    source = _one(claims_of(text), "reject").sources[0]
    assert not source.anonymous


def test_an_outlet_is_one_named_source(claims_of):
    text = "According to the Times, Japan will reject the new quota."
    source = _one(claims_of(text), "reject").sources[0]
    assert (source.anonymous, source.count) == (False, 1)


def test_extract_a_stance_nouns_owner_is_its_named_source(claims_of):
    text = "Putin renewed his denial of the allegations on Monday."
    claim = _one(claims_of(text, published=datetime(2017, 11, 13, tzinfo=UTC)), "deny")
    assert claim.sources[0].text == "Vladimir Putin"
    assert not claim.sources[0].anonymous
    assert claim.sources[0].count == 1


def test_extract_unnamed_officials_acting_are_the_anonymous_source(claims_of):
    text = "Pakistani officials have pushed back on the U.S. accusations."
    claim = _one(claims_of(text), "deny")
    assert [(s.anonymous, s.affiliation) for s in claim.sources] == [(True, "PAK")]


def test_extract_intent_is_not_a_demand(claims_of):
    claims = claims_of("The president said he wants to end the war quickly.")
    assert not [c for c in claims if c.action == "demand"]


def test_extract_evidence_stays_in_one_sentence(claims_of):
    text = (
        "Norway rejected the quota. Officials in Oslo said Norway wants a larger share "
        "of the cod catch, according to two people familiar with the talks."
    )
    claims = claims_of(text)
    assert claims
    for c in claims:
        assert "." not in c.evidence.text.rstrip(".")


def test_words_said_before_but_did_not_elaborate_still_stand(claims_of):
    claims = claims_of(
        "The Kremlin said it would reject the offer but did not elaborate."
    )
    assert [c.action for c in claims] == ["reject"]


def test_a_stance_beside_a_refusal_to_elaborate_stands(claims_of):
    claims = claims_of(
        "Russia rejected the American proposal but declined to elaborate."
    )
    assert ("reject", "RUS") in {(c.action, c.holder.id) for c in claims}
    assert _one(claims, "no_comment").holder.id == "RUS"


def test_a_stance_inside_a_refusal_to_say_is_not_taken(claims_of):
    claims = claims_of("The Kremlin declined to say whether Russia would reject it.")
    assert [c.action for c in claims] == ["no_comment"]


def test_a_party_one_would_not_name_is_no_refusal_to_comment(claims_of):
    claims = claims_of(
        "Russia criticised the efforts of some Western governments, whom it declined "
        "to name, for blocking the talks."
    )
    assert "accuse" in {c.action for c in claims}
    assert not [c for c in claims if c.action == "no_comment"]


def test_someone_who_declined_to_comment_still_declined(claims_of):
    claims = claims_of(
        "A Kremlin spokesman, who declined to comment, left the building early."
    )
    assert _one(claims, "no_comment")


def test_a_thing_in_the_first_clause_lends_no_refusal_its_subject(claims_of):
    claims = claims_of(
        'Labour has attacked the loans. Tory co-chairman Liam Fox answered. "We repay '
        'loans when they are due but do not comment on individual financial matters," '
        "he said."
    )
    assert _one(claims, "no_comment").holder.id != "GBR-LAB"
