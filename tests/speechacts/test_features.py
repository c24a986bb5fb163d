"""Features of self-written sentences: the relating verb, path, cues and negation."""

import pytest

from redline.errors import RegistryError
from redline.speechacts import features as feat_mod
from redline.speechacts.features import CueLexicon, featurize, featurize_many, load_cues
from redline.speechacts.plv import ROOTS


def test_cue_lexicon_covers_every_root_with_lemmas_and_phrases():
    cues = load_cues()
    roots = {r for rs in cues.lemmas.values() for r in rs}
    assert roots == set(ROOTS)
    assert "PROTEST" in cues.lemmas["protest"]
    assert "MOBILIZE" in cues.lemmas["deploy"]
    assert "SANCTION" in cues.lemmas["embargo"]
    assert "COERCE" in cues.lemmas["arrest"]
    assert (("freeze", "asset"), "SANCTION") in cues.phrases
    assert all(lemma == lemma.lower() for lemma in cues.lemmas)


def test_a_bad_cue_file_is_a_registry_error(monkeypatch):
    class Fake:
        def joinpath(self, *_):
            return self

        def read_text(self, **_):
            return "[NOT_A_ROOT]\nlemmas = ['x']\n"

    monkeypatch.setattr(feat_mod.resources, "files", lambda _pkg: Fake())
    load_cues.cache_clear()
    try:
        with pytest.raises(RegistryError, match="NOT_A_ROOT"):
            load_cues()
    finally:
        load_cues.cache_clear()


@pytest.mark.model
class TestFeatures:
    def test_relating_verb_path_and_cues(self, nlp):
        (f,) = featurize_many(
            [
                (
                    "Ruritania arrested two Freedonian journalists.",
                    "Ruritania",
                    "two Freedonian journalists",
                )
            ],
            nlp=nlp,
        )
        assert f["lca=arrest"] == 1.0
        assert {
            "sdep=nsubj",
            "tdep=dobj",
            "cuel=COERCE",
            "cuep=COERCE",
            "order=st",
        } <= set(f)
        assert "bi=<S>|arrest" in f
        assert "bi=arrest|<T>" in f
        assert "neg" not in f
        assert "pair=incomplete" not in f

    def test_negation_of_the_relating_verb(self, nlp):
        (f,) = featurize_many(
            [
                (
                    "Ruritania did not accept the offer from Freedonia.",
                    "Ruritania",
                    "Freedonia",
                )
            ],
            nlp=nlp,
        )
        assert {"neg", "negp", "negcue=AGREE"} <= set(f)

    def test_light_verb_objects_and_phrase_cues(self, nlp):
        (f,) = featurize_many(
            [
                (
                    "The council called for sanctions against Ruritania.",
                    "The council",
                    "Ruritania",
                )
            ],
            nlp=nlp,
        )
        assert "cue=REQUEST" in f  # the phrase "call for"
        assert "obj=sanction" in f
        assert "cueo=SANCTION" in f

    def test_target_not_in_sentence_marks_the_pair_incomplete(self, nlp):
        (f,) = featurize_many(
            [("Ruritania condemned the decision.", "Ruritania", "Freedonia")], nlp=nlp
        )
        assert "pair=incomplete" in f
        assert "w=condemn" in f
        assert not any(k.startswith("lca=") for k in f)

    def test_partial_name_match_and_target_first(self, nlp):
        (f,) = featurize_many(
            [
                (
                    "Freedonian troops were attacked by Ruritania.",
                    "Ruritania",
                    "Freedonia",
                )
            ],
            nlp=nlp,
        )
        assert "order=ts" in f
        assert "pair=incomplete" not in f

    def test_same_features_with_a_given_lexicon(self, nlp):
        from redline.nlp import parse_texts

        parsed = next(parse_texts(["Ruritania praised Freedonia."], nlp=nlp))
        empty = CueLexicon(lemmas={}, phrases=())
        f = featurize(parsed, source="Ruritania", target="Freedonia", cues=empty)
        assert not any(k.startswith("cue") for k in f)
        assert "lca=praise" in f
        assert "cuel=SUPPORT" in featurize(
            parsed, source="Ruritania", target="Freedonia"
        )
