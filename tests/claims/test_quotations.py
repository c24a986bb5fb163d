"""Quotations that run over several sentences, fronted content and pronoun antecedents.

Every sentence here is written for the test (fictional people, real bodies).
"""

from datetime import UTC, datetime

import pytest

from tests.claims.helpers import positions

pytestmark = pytest.mark.model


def test_quoted_sentence_goes_on_quoting_the_last_speaker(claims_of):
    text = (
        '"Members were promised a decent pension," Unison leader Tomas Vell said. '
        '"The government must think again."'
    )
    claims = claims_of(text)
    assert ("demand", "GBR-UNISON") in positions(claims)
    demand = next(c for c in claims if c.action == "demand")
    # the evidence stays in the quoted sentence, the source is the speaker's
    assert demand.evidence.text.startswith("The government must think again")
    assert demand.sources[0].text == "Unison leader Tomas Vell"


def test_quotation_carries_into_the_next_paragraph(claims_of):
    text = (
        '"All that is being taken away," Unison leader Tomas Vell said. "What riles '
        "me is the hypocrisy.\n\n"
        '"This is a position that Unison cannot accept and will oppose."'
    )
    rejections = [c for c in claims_of(text) if c.action == "reject"]
    assert rejections
    assert {c.holder.id for c in rejections} == {"GBR-UNISON"}
    assert all("a position" in c.evidence.text for c in rejections)


def test_narrative_sentence_ends_the_quotation(claims_of):
    text = (
        '"The offer is an insult," Unison leader Tomas Vell said. '
        "The talks resumed on Monday. "
        '"The government must think again."'
    )
    # the offer, rejected and its authors accused; no demand
    assert positions(claims_of(text)) == {
        ("reject", "GBR-UNISON"),
        ("accuse", "GBR-UNISON"),
    }


def test_sentence_without_quotation_marks_is_not_quoted(claims_of):
    text = (
        '"The offer is an insult," Unison leader Tomas Vell said. '
        "The government must think again."
    )
    # the offer, rejected and its authors accused; no demand
    assert positions(claims_of(text)) == {
        ("reject", "GBR-UNISON"),
        ("accuse", "GBR-UNISON"),
    }


def test_relative_clause_cue_takes_the_noun_it_hangs_on(claims_of):
    claims = claims_of("It is a position that Unison has rejected.")
    reject = next(c for c in claims if c.action == "reject")
    assert reject.holder.id == "GBR-UNISON"
    assert reject.content == "a position"


def test_generic_you_must_is_no_demand(claims_of):
    text = (
        "Unison leader Tomas Vell said that if you want the pension you were "
        "promised you must work five more years."
    )
    assert ("demand", "GBR-UNISON") not in positions(claims_of(text))


def test_plural_pronoun_prefers_the_subject_of_the_sentence_before(claims_of):
    text = (
        "Unison and the PCS met Labour officials at a conference in Leeds. "
        "They want the government to withdraw the regulations."
    )
    holders = {h for a, h in positions(claims_of(text)) if a == "demand"}
    assert holders
    assert "GBR-LAB" not in holders


def test_pronoun_after_an_unnamed_subject_is_not_guessed(claims_of):
    text = (
        "The ministry has clashed with London over Britain's telecoms stake. "
        "The ministry has favoured the merger of the two groups. "
        "It has also opposed any management role for foreign firms."
    )
    rejections = [c for c in claims_of(text) if c.action == "reject"]
    assert all(c.holder.id != "GBR" for c in rejections)


def test_quotation_after_a_reported_sentence_quotes_its_speaker(claims_of):
    text = (
        "U.S. Trade Representative Tom Vell told reporters the talks had failed. "
        '"We will not accept new quotas."'
    )
    claims = claims_of(text)
    assert ("reject", "USA") in positions(claims)


def test_they_after_demonym_officials_are_those_officials(claims_of):
    text = (
        "Publicly, Japanese officials remain calm. In private, they blame U.S. "
        "industry for being uncompetitive."
    )
    claims = claims_of(text)
    assert ("accuse", "JPN") in positions(claims)
    assert ("accuse", "USA") not in positions(claims)


def test_it_will_not_be_is_no_refusal(claims_of):
    text = (
        "Labour chief Alan Milburn spoke on Monday. It will not be a battle bus "
        "style campaign, he said."
    )
    assert not [a for a, _ in positions(claims_of(text)) if a == "reject"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Ethiopian Foreign Minister Dawit Mengesha said Eritrea must withdraw.", 1),
        ("Nancy Pelosi and Chuck Schumer said the government must back the bill.", 2),
        ("The Democrats said the government must withdraw the bill.", None),
        # one office, one body: one source
        ("The chairman of the Bar Council said the bill must be withdrawn.", 1),
        ("Unison met ministers. The union said the tax must be withdrawn.", 1),
        # a title the parser joined to the name at its "and": one person
        (
            (
                "Philippines Trade and Industry Secretary Jose Concepcion told world "
                "trade ministers that the European Community must drop its levy on "
                "vegetable oils."
            ),
            1,
        ),
        # two people the parser did not join: counted by the names in the phrase
        (
            "Ryan and Senate Republican leader Tom Vell said the governor must quit.",
            2,
        ),
    ],
)
def test_named_sources_are_counted_when_the_phrase_says(claims_of, text, count):
    demand = next(c for c in claims_of(text) if c.action == "demand")
    assert demand.sources[0].anonymous is False
    assert demand.sources[0].count == count


def test_he_after_an_unnamed_spokesman_is_that_spokesman(claims_of):
    text = (
        "An Iranian Foreign Ministry spokesman said the reports were baseless.\n\n"
        '"Washington must withdraw its fleet from the Gulf," he was quoted as saying.'
    )
    found = positions(claims_of(text))
    assert ("demand", "IRN") in found


@pytest.mark.parametrize(
    ("text", "accuses"),
    [
        (
            (
                '"America is pursuing its expansionist aims in the Gulf," Iranian Foreign '
                "Minister Ali Rahimi said."
            ),
            True,
        ),
        (
            (
                '"It would be wrong to wait for an attack," British Prime Minister Tony '
                "Blair said."
            ),
            False,
        ),
        (
            (
                "EU envoy Anna Roe said the U.S. deficit was not the result of unfair "
                "practices abroad."
            ),
            False,
        ),
        (
            (
                "U.S. Agriculture Secretary Ann Roe said the Soviets had failed to "
                "live up to the grain agreement."
            ),
            True,
        ),
        (
            (
                "U.S. Agriculture Secretary Ann Roe said Washington had not failed to "
                "live up to the grain agreement."
            ),
            False,
        ),
    ],
)
def test_reported_words_that_run_another_party_down_accuse(claims_of, text, accuses):
    actions = {a for a, _ in positions(claims_of(text))}
    assert ("accuse" in actions) is accuses


def test_an_announced_change_is_proposed(claims_of):
    text = (
        "The British government announced that the pension age would rise from 60 "
        "to 65."
    )
    assert ("propose", "GBR") in positions(claims_of(text))


def test_a_quoted_passive_future_is_the_speakers_undertaking(claims_of):
    text = (
        "Britain's Cabinet Office said it was reviewing the scheme. "
        '"Unions will of course be consulted about any changes."'
    )
    assert ("pledge", "GBR") in positions(claims_of(text))


def test_impersonal_necessity_goes_on_with_the_party_before(claims_of):
    text = (
        "West German banks had objected to the decision of the committee. "
        "It was imperative that alternative options be considered."
    )
    demands = [c for c in claims_of(text) if c.action == "demand"]
    assert [c.holder.id for c in demands] == ["DEU-BANKS"]
    assert demands[0].content.startswith("alternative options")


def test_impersonal_necessity_alone_demands_nothing(claims_of):
    text = (
        "The talks resumed. It was imperative that alternative options be considered."
    )
    assert not [c for c in claims_of(text) if c.action == "demand"]


def test_a_rank_adjective_keeps_the_generic_noun_the_same_party(claims_of):
    text = (
        "Unison met ministers on Monday. The main union said the government must "
        "think again."
    )
    assert ("demand", "GBR-UNISON") in positions(claims_of(text))


def test_the_government_in_a_quotation_is_the_speakers_state(claims_of):
    text = (
        "The Cabinet Office said it was reviewing the scheme. "
        '"To keep it affordable, the government announced that the pension age '
        'would rise from 60 to 65."'
    )
    assert ("propose", "GBR") in positions(claims_of(text))


def test_a_quotation_named_at_its_end_quotes_that_speaker(claims_of):
    text = (
        '"We will not accept any preconditions. We are ready to talk on Monday," '
        "Eritrean Foreign Minister Tesfaldet Haile said."
    )
    claims = claims_of(text)
    reject = next(c for c in claims if c.action == "reject")
    assert reject.holder.id == "ERI"
    assert reject.sources[0].text == "Eritrean Foreign Minister Tesfaldet Haile"


def test_the_ministry_refers_back_to_the_ministry_named_before(claims_of):
    text = (
        "Japan's Ministry of International Trade and Industry said output fell. "
        "Last month, the ministry asked chip makers to cut output by 10 pct."
    )
    assert ("demand", "JPN-MITI") in positions(claims_of(text))


@pytest.mark.parametrize(
    ("quotation", "holder"),
    [
        # no reporting verb: "attacked" tells who speaks in the quotation after it
        ('"The Home Office must think again."', "GBR-CON"),
        # unless the quotation names its own speaker at its end
        ('"The Home Office must think again," said Charles Kennedy.', "GBR-LD"),
    ],
)
def test_quotation_after_a_stance_verb_quotes_its_subject(claims_of, quotation, holder):
    text = f"Michael Howard attacked the asylum plans on Monday.\n\n{quotation}"
    demands = [c for c in claims_of(text) if c.action == "demand"]
    assert [c.holder.id for c in demands] == [holder]


@pytest.mark.model
def test_a_speaker_the_parser_hung_on_an_opening_phrase_still_speaks(claims_of):
    text = (
        "In an interview with Reuters, Iran's oil minister said OPEC must cut output."
    )
    claims = claims_of(text, published=datetime(1987, 3, 9, tzinfo=UTC))
    assert {(c.action, c.holder.id) for c in claims} == {("demand", "IRN")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Russia will not withdraw its troops, according to a statement from the "
                "Kremlin."
            ),
            ("reject", "RUS", "Russia will not withdraw its troops"),
        ),
        (
            "Japan will impose tariffs on U.S. goods, according to officials.",
            ("threaten", "JPN", "Japan will impose tariffs on U.S. goods"),
        ),
    ],
)
def test_a_modal_clause_is_what_according_to_reports(claims_of, text, expected):
    claims = claims_of(text, published=datetime(2025, 3, 9, tzinfo=UTC))
    assert [(c.action, c.holder.id, c.content) for c in claims] == [expected]


# -- a quotation that ends in a question or an exclamation ------------------------------

_1987 = datetime(1987, 3, 4, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                '"We will never accept these tariffs!" British trade minister Tom '
                "Arkwell said."
            ),
            ("reject", "GBR"),
        ),
        (
            (
                '"France must cut its tariffs. Why should we wait?" British trade '
                "minister Tom Arkwell said."
            ),
            ("demand", "GBR"),
        ),
    ],
)
def test_an_attribution_after_a_closing_question_or_exclamation_mark_names_the_speaker(
    claims_of, text, expected
):
    # the parser ends the sentence at '?"' or '!"', leaving "... said." on its own
    assert expected in positions(claims_of(text, published=_1987))


def test_content_drops_a_closing_mark_it_did_not_open(claims_of):
    claims = claims_of(
        '"We will never accept these tariffs!" British trade minister Tom Arkwell '
        "said.",
        published=_1987,
    )
    reject = next(c for c in claims if c.action == "reject")
    assert reject.content == "these tariffs"


def test_a_bare_attribution_after_a_quotation_closed_with_a_full_stop(claims_of):
    claims = claims_of(
        '"France must cut its tariffs." British trade minister Tom Arkwell said.',
        published=_1987,
    )
    assert ("demand", "GBR") in positions(claims)


def test_a_bare_attribution_with_no_quotation_before_it_names_no_speaker(claims_of):
    claims = claims_of(
        "France must cut its tariffs. British trade minister Tom Arkwell said.",
        published=_1987,
    )
    assert ("demand", "GBR") not in positions(claims)
