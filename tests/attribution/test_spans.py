"""Attribution rules on sentences written for the tests (needs the spaCy model)."""

import math

import pytest

from redline.attribution import classifier, find_attributions
from redline.attribution.classifier import CueModel, load_cue_model
from redline.attribution.features import inside_quotation
from redline.attribution.lexicon import load_cue_lexicon
from redline.errors import ClassifierError
from redline.nlp import parse_texts

pytestmark = [pytest.mark.model]


@pytest.fixture(scope="module")
def spans_of(nlp):
    def run(text: str) -> list[tuple[str, str | None, list[str]]]:
        parsed = next(parse_texts([text], nlp=nlp))
        return [
            (
                text[a.cue.start : a.cue.end],
                text[a.source.start : a.source.end] if a.source else None,
                [text[c.start : c.end] for c in a.content],
            )
            for a in find_attributions(parsed)
        ]

    return run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said the deal was off.",
            ("said", "Officials", ["the deal was off"]),
        ),
        (
            "Smith told reporters that the vote would be delayed.",
            ("told", "Smith", ["that the vote would be delayed"]),
        ),
        (
            '"The deal is off," the spokeswoman said.',
            ("said", "the spokeswoman", ['"The deal is off,"']),
        ),
        (
            '"We will win. We always win," she said.',
            ("said", "she", ['"We will win. We always win,"']),
        ),
        (
            "The deal, he said, is off.",
            ("said", "he", ["The deal", "is off"]),
        ),
        (
            "According to the report, the economy grew by three percent.",
            ("According to", "the report", ["the economy grew by three percent"]),
        ),
        (
            "The senator's claim that taxes would fall was false.",
            ("claim", "The senator", ["that taxes would fall"]),
        ),
        (
            "He laughed and said the plan would fail.",
            ("said", "He", ["the plan would fail"]),
        ),
        (
            "The governor criticized the new budget plan.",
            ("criticized", "The governor", ["the new budget plan"]),
        ),
    ],
)
def test_rule_finds_cue_source_and_content(spans_of, text, expected):
    assert spans_of(text) == [expected]


def test_a_text_without_attribution_gives_none(spans_of):
    assert spans_of("The weather was nice and the dog slept.") == []


def test_pronoun_sources_are_kept(spans_of):
    assert spans_of("They argued that the plan will fail.") == [
        ("argued", "They", ["that the plan will fail"])
    ]


def test_the_cue_model_decides_between_listed_verbs(nlp):
    """The model, not the lists, decides: a listed verb it weighs down is no cue."""
    from redline._hashing import feature_key

    lexicon = load_cue_lexicon()
    assert "want" in lexicon.frames["infinitive"]
    parsed = next(parse_texts(["She wants to leave."], nlp=nlp))
    no_want = CueModel(
        bias=50.0, threshold=0.5, weights={feature_key("l=want"): -100.0}
    )
    assert find_attributions(parsed, model=no_want) == ()
    assert (
        len(
            find_attributions(
                parsed, model=CueModel(bias=50.0, threshold=0.5, weights={})
            )
        )
        == 1
    )


def test_a_model_that_accepts_nothing_finds_only_the_model_free_rules(nlp):
    text = "Officials said the deal was off, according to the report."
    parsed = next(parse_texts([text], nlp=nlp))
    never = CueModel(bias=-50.0, threshold=0.5, weights={})
    found = find_attributions(parsed, model=never)
    assert [text[a.cue.start : a.cue.end] for a in found] == ["according to"]
    assert [text[a.cue.start : a.cue.end] for a in find_attributions(parsed)] == [
        "said",
        "according to",
    ]


def test_a_malformed_cue_model_is_e402(monkeypatch, tmp_path):
    bad = tmp_path / "cue_model.json"
    bad.write_text('{"bias": 0}')
    monkeypatch.setattr(classifier.resources, "files", lambda _pkg: tmp_path)
    classifier.load_cue_model.cache_clear()
    try:
        with pytest.raises(ClassifierError, match="E402"):
            classifier.load_cue_model()
    finally:
        classifier.load_cue_model.cache_clear()


def test_the_shipped_cue_model_is_plain_json_with_a_threshold():
    model = load_cue_model()
    assert 0.0 < model.threshold < 1.0
    assert len(model.weights) > 1000
    assert all(math.isfinite(w) for w in model.weights.values())


def test_the_shipped_cue_model_carries_hashed_keys_not_words():
    from redline._hashing import feature_key

    model = load_cue_model()
    assert all(k.startswith("h:") for k in model.weights)
    # a feature is found through its hash
    key, weight = next(iter(model.weights.items()))
    toy = CueModel(bias=0.0, threshold=0.5, weights={feature_key("lemma=say"): 2.0})
    assert toy.probability(["lemma=say"]) == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert key.startswith("h:")
    assert math.isfinite(weight)


def test_a_naming_verb_attributes_its_predicate(spans_of):
    found = spans_of('The senator called him "a total stiff" on Tuesday.')
    assert [(cue, source) for cue, source, _ in found] == [("called", "The senator")]
    assert any("a total stiff" in c for c in found[0][2])


def test_as_x_reported_attributes_the_main_clause(spans_of):
    found = spans_of("As the Gazette reported, the deal collapsed on Friday.")
    assert [(cue, source) for cue, source, _ in found] == [("reported", "the Gazette")]
    assert found[0][2] == ["the deal collapsed on Friday"]


def test_a_name_and_a_colon_opening_a_line_attribute_the_line(spans_of):
    found = spans_of(
        "Jones: The budget plan is a disaster.\n\nThe mayor spoke on Monday."
    )
    assert found == [(":", "Jones", ["The budget plan is a disaster"])]


def test_a_title_before_a_colon_is_not_a_source(spans_of):
    assert spans_of("The Latest: Storm floods the coastal towns.\n\nRain fell.") == []


def test_in_a_poll_attributes_its_clause_to_the_poll(spans_of):
    found = spans_of("In a new Gallup poll, most voters backed the measure.")
    assert ("In", "a new Gallup poll", ["most voters backed the measure"]) in found


def test_per_is_a_source_only_before_a_name_or_a_determined_noun(spans_of):
    found = spans_of("The town has two doctors per capita, per the county report.")
    assert [(cue, source) for cue, source, _ in found] == [("per", "the county report")]


def test_a_quotation_right_after_the_verb_is_its_content(spans_of):
    found = spans_of('Mills paused and said, "We are not leaving this town."')
    assert found == [("said", "Mills", ['"We are not leaving this town."'])]


def test_a_dateline_is_cut_from_the_source(spans_of):
    found = spans_of("LONDON (Reuters) - Mills said the talks had failed.")
    assert found == [("said", "Mills", ["the talks had failed"])]


ACCEPT_ALL = CueModel(bias=50.0, threshold=0.5, weights={})


@pytest.fixture(scope="module")
def parse_one(nlp):
    def run(text: str):
        return next(parse_texts([text], nlp=nlp))

    return run


def _sources(text, found):
    return {
        text[a.cue.start : a.cue.end]: (
            text[a.source.start : a.source.end] if a.source else None
        )
        for a in found
    }


def test_raising_verbs_take_no_source(parse_one):
    text = "The plan seemed to work for the town."
    found = find_attributions(parse_one(text), model=ACCEPT_ALL)
    assert _sources(text, found)["seemed"] is None


def test_a_passive_participle_is_not_said_by_the_main_subject(parse_one):
    text = "Asked about the budget, the mayor said the town would cope."
    sources = _sources(text, find_attributions(parse_one(text), model=ACCEPT_ALL))
    assert sources["said"] == "the mayor"
    assert all(v is None for k, v in sources.items() if k.startswith("Asked"))


def test_citing_takes_the_governing_subject_and_cites_its_object(spans_of):
    found = spans_of("Mills criticized the budget, citing the rising cost of housing.")
    assert ("citing", "Mills", ["the rising cost of housing"]) in found


def test_double_apostrophes_open_and_close_a_quotation(spans_of):
    found = spans_of("''We will win,'' Mr. Lane said. ''There is no doubt.''")
    assert found == [("said", "Mr. Lane", ["''We will win,''"])]


def test_a_quotation_after_a_colon_and_a_line_break_is_the_content(spans_of):
    found = spans_of('The mayor said:\n\n"We are not leaving this town."')
    assert found == [("said", "The mayor", ['"We are not leaving this town."'])]


def test_a_split_quotation_is_one_content_in_two_parts(spans_of):
    found = spans_of('"We are ready," Mills said, "and we will win the vote."')
    assert found == [
        ("said", "Mills", ['"We are ready,"', '"and we will win the vote."'])
    ]


def test_reported_by_attributes_the_passive_subject_to_the_agent(spans_of):
    found = spans_of("The meeting was first reported by the Gazette.")
    assert found == [("reported", "the Gazette", ["The meeting"])]


def test_a_statement_saying_is_said_by_who_issued_it(spans_of):
    found = spans_of("The mayor issued a statement saying the town would cope.")
    assert ("saying", "The mayor", ["the town would cope"]) in found


def test_quoted_as_saying_is_said_by_the_passive_subject(spans_of):
    found = spans_of("Mills was quoted as saying that the plan would fail.")
    assert ("saying", "Mills", ["that the plan would fail"]) in found


def test_speech_reported_inside_a_quotation_is_left_to_the_quote(spans_of):
    found = spans_of('"I told him the plan would fail," Mills said.')
    assert [(cue, source) for cue, source, _ in found] == [("said", "Mills")]


def test_inside_quotation_counts_the_marks_of_the_paragraph(parse_one):
    text = 'Mills said "we told them" and left.\n\n"He said so," she noted.'
    parsed = parse_one(text)
    inside = {t.text: inside_quotation(parsed, t.i) for t in parsed.tokens}
    assert inside["told"] is True
    assert inside["left"] is False
    assert inside["noted"] is False
    assert inside["So" if "So" in inside else "so"] is True
