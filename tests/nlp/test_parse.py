import pickle

import pytest

from redline.nlp import load_nlp, parse_texts
from redline.nlp.norms import COMPONENT
from redline.nlp.prefixes import COMPONENT as PREFIXED

pytestmark = pytest.mark.model


def test_parse_texts_gives_plain_picklable_records(nlp):
    text = "Russia wants a pledge. Ukraine rejected it."
    parsed = next(parse_texts([text], nlp=nlp))
    assert len(parsed.sents) == 2
    assert all(text[t.idx : t.end] == t.text for t in parsed.tokens)
    assert all(0 <= t.head < len(parsed.tokens) for t in parsed.tokens)
    assert pickle.loads(pickle.dumps(parsed)) == parsed


def test_parse_texts_children_mirror_heads(nlp):
    parsed = next(parse_texts(["The three sources said Moscow wants talks."], nlp=nlp))
    for t in parsed.tokens:
        for k in parsed.children[t.i]:
            assert parsed.tokens[k].head == t.i


@pytest.mark.parametrize(
    "text",
    [
        "Trump pressed Congress to do more on trade.",
        "Trump on Friday signed the spending bill.",
    ],
)
def test_a_name_that_spells_a_word_is_parsed_as_the_subject(nlp, text):
    parsed = next(parse_texts([text], nlp=nlp))
    first = parsed.tokens[0]
    assert (first.text, first.pos, first.dep) == ("Trump", "PROPN", "nsubj")
    assert first.lemma == "Trump"


def test_name_norms_leave_the_text_and_offsets_alone(nlp):
    text = "Trump said talks would resume. Trumpet players said nothing."
    parsed = next(parse_texts([text], nlp=nlp))
    assert parsed.text == text
    assert all(text[t.idx : t.end] == t.text for t in parsed.tokens)
    assert parsed.tokens[parsed.sents[1][0]].text == "Trumpet"


def test_the_plain_pipeline_has_no_name_norms():
    assert COMPONENT in load_nlp().pipe_names
    assert COMPONENT not in load_nlp(name_norms=False).pipe_names
    plain = load_nlp(name_norms=False, prefixed_words=False)
    assert PREFIXED not in plain.pipe_names


def test_a_prefixed_word_is_one_token_and_the_clause_parses(nlp):
    text = (
        "Police said the plans should be re-examined in mid-March by non-OPEC states."
    )
    parsed = next(parse_texts([text], nlp=nlp))
    words = [t.text for t in parsed.tokens]
    assert "re-examined" in words
    assert "non-OPEC" in words
    assert "mid-March" not in words  # the month keeps its own token
    assert all(text[t.idx : t.end] == t.text for t in parsed.tokens)
    verb = parsed.tokens[words.index("re-examined")]
    assert verb.pos == "VERB"
    assert parsed.tokens[verb.head].lemma == "say"


@pytest.mark.parametrize(
    ("text", "form", "lemma"),
    [
        ("She said she hoped the Senate would drop it.", "hoped", "hope"),
        ("The union is hoping for a better offer.", "hoping", "hope"),
        ("He hopes the talks will resume.", "hopes", "hope"),
        ("Having to wait angered the farmers.", "Having", "have"),
        ("Voters face higher taxes under the plan.", "taxes", "tax"),
    ],
)
def test_forms_the_model_lemmatises_wrongly_get_their_lemma(nlp, text, form, lemma):
    parsed = next(parse_texts([text], nlp=nlp))
    assert next(t.lemma for t in parsed.tokens if t.text == form) == lemma
