"""Cross-validation of the cue model (``scripts/train_attribution_cues.py --cv K``)."""

import importlib.util
import math
from pathlib import Path
from types import ModuleType

import pytest

from redline._hashing import feature_key
from redline.attribution.classifier import cue_model_from_data

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "train_attribution_cues.py"
TRAIN = REPO.parent / "shared" / "eval" / "polnear" / "polnear-train.tar.gz"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    pytest.importorskip("sklearn", reason="scikit-learn (a dev dependency) trains")
    spec = importlib.util.spec_from_file_location("train_attribution_cues", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_folds_partition_the_articles_the_same_way_every_time(script):
    names = [f"article-{i:02d}" for i in range(11)]
    folds = script.folds(names, 3, seed=0)
    assert sorted(i for fold in folds for i in fold) == list(range(11))
    assert sorted(len(fold) for fold in folds) == [3, 4, 4]
    assert folds == script.folds(names, 3, seed=0)
    assert folds != script.folds(names, 3, seed=1)


def test_folds_do_not_depend_on_the_input_order(script):
    names = [f"article-{i:02d}" for i in range(9)]
    shuffled = names[::-1]
    by_name = [sorted(names[i] for i in fold) for fold in script.folds(names, 3)]
    again = [sorted(shuffled[i] for i in fold) for fold in script.folds(shuffled, 3)]
    assert by_name == again


@pytest.mark.parametrize("k", [0, 1, 4])
def test_folds_need_two_to_n_folds(script, k):
    with pytest.raises(ValueError, match="folds"):
        script.folds(["a", "b", "c"], k)


def test_a_trained_model_is_usable_without_writing_it(script):
    xs = [["l=say", "f=clause"], ["l=eat", "f=object"]] * 5
    ys = [True, False] * 5
    data = script.train(xs, ys, threshold=0.5, min_count=1)
    model = cue_model_from_data(data)
    assert model.threshold == 0.5
    assert all(k.startswith("h:") for k in model.weights)
    assert model.probability(["l=say", "f=clause"]) > 0.5
    assert model.probability(["l=eat", "f=object"]) < 0.5


def test_a_model_from_data_takes_names_or_hashes():
    by_name = cue_model_from_data({"bias": 0.0, "threshold": 0.4, "weights": {"x": 1}})
    by_key = cue_model_from_data(
        {"bias": 0.0, "threshold": 0.4, "weights": {feature_key("x"): 1}}
    )
    assert by_name == by_key
    assert by_name.probability(["x"]) == pytest.approx(1 / (1 + math.exp(-1.0)))


@pytest.mark.model
@pytest.mark.corpus
@pytest.mark.slow
def test_cross_validation_on_a_slice_of_train_scores_every_role(script, nlp):
    if not TRAIN.is_file():
        pytest.skip(f"needs ../shared (looked for {TRAIN}); CI provides it")
    from redline.evaluate.polnear import load_polnear
    from redline.nlp import parse_texts

    articles = load_polnear(TRAIN, limit=12)
    parsed = list(parse_texts((a.text for a in articles), nlp=nlp))
    report = script.cross_validate(articles, parsed, k=3, threshold=0.4, min_count=1)
    scores = script.report_json(report)
    assert set(scores) == {
        f"{role}_{kind}_f1"
        for role in ("source", "cue", "content")
        for kind in ("overlap", "exact")
    }
    assert report.articles == 12
    assert 0.0 < scores["source_overlap_f1"] <= 1.0
