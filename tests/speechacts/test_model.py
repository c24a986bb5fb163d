"""The shipped model: numpy-only loading, predictions, errors on bad files."""

import json
import subprocess
import sys

import numpy as np
import pytest

from redline.errors import ClassifierError
from redline.speechacts.model import (
    LinearWeights,
    SpeechActModel,
    default_model_path,
    feature_key,
    load_model,
    read_weights,
)
from redline.speechacts.plv import ROOTS
from redline.speechacts.train import export_model


def toy_weights():
    return LinearWeights(
        features=("lca=praise", "lca=bomb", "neg"),
        classes=("ASSAULT", "REJECT", "SUPPORT"),
        coef=np.array([[0, 2, 0], [0, 0, 3], [2, 0, -1]], dtype=np.float32),
        intercept=np.array([0.0, -1.0, 0.0], dtype=np.float32),
        meta={"note": "toy"},
    )


def test_shipped_model_is_small_and_loads_without_pickle():
    path = default_model_path()
    assert path.is_file()
    assert path.stat().st_size < 2_000_000
    model = load_model()
    assert set(model.classes) == set(ROOTS)
    assert model.weights.coef.shape == (15, len(model.weights.features))
    assert model.weights.meta["trained_on"] == "PLV_train.tsv"
    with np.load(path, allow_pickle=False) as data:
        assert set(data.files) == {"features", "classes", "coef", "intercept", "meta"}


def test_prediction_does_not_import_sklearn():
    code = (
        "import sys\n"
        "from redline.speechacts import load_model\n"
        "import redline.cli.eval_cmd\n"
        "import redline.evaluate.plover\n"
        "m = load_model()\n"
        "p = m.predict_features([{'lca=protest': 1.0}])[0]\n"
        "assert p.root in m.classes\n"
        "print(any(k == 'sklearn' or k.startswith('sklearn.') for k in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_predict_features_scores_and_margin():
    model = SpeechActModel(toy_weights())
    bomb, praise, not_praise, nothing = model.predict_features(
        [
            {"lca=bomb": 1.0},
            {"lca=praise": 1.0},
            {"lca=praise": 1.0, "neg": 1.0},
            {"unknown": 1.0},
        ]
    )
    assert bomb.root == "ASSAULT"
    assert bomb.margin == pytest.approx(2.0)
    assert praise.root == "SUPPORT"
    assert not_praise.root == "REJECT"  # 3-1 beats 2-1
    assert not_praise.margin == pytest.approx(1.0)
    assert nothing.root in {"ASSAULT", "SUPPORT"}  # tie of the intercepts at 0
    assert sum(bomb.scores.values()) == pytest.approx(1.0)
    assert bomb.score == pytest.approx(np.exp(2) / (np.exp(2) + np.exp(-1) + 1))


def test_export_and_read_round_trip(tmp_path):
    path = export_model(toy_weights(), tmp_path / "m.npz", meta={"extra": 1})
    got = read_weights(path)
    assert got.features == tuple(map(feature_key, toy_weights().features))
    assert not any(f in got.features for f in toy_weights().features)
    assert got.classes == toy_weights().classes
    np.testing.assert_array_equal(got.coef, toy_weights().coef)
    assert got.meta["note"] == "toy"
    assert got.meta["extra"] == 1


def test_missing_model_file_is_e402(tmp_path):
    with pytest.raises(ClassifierError, match=r"E402: .*missing.*make models"):
        load_model(tmp_path / "absent.npz")


def test_corrupt_model_file_is_e402(tmp_path):
    path = tmp_path / "corrupt.npz"
    path.write_bytes(b"PK\x03\x04 this is not a zip archive")
    with pytest.raises(ClassifierError, match=r"E402: .*unreadable"):
        load_model(path)


def test_model_file_with_missing_arrays_or_bad_shapes_is_e402(tmp_path):
    partial = tmp_path / "partial.npz"
    np.savez(partial, features=np.array(["a"]), classes=np.array(["AID", "YIELD"]))
    with pytest.raises(ClassifierError, match="missing coef, intercept, meta"):
        load_model(partial)
    bad = tmp_path / "bad.npz"
    np.savez(
        bad,
        features=np.array(["a", "b"]),
        classes=np.array(["AID", "YIELD"]),
        coef=np.zeros((2, 3), dtype=np.float32),
        intercept=np.zeros(2, dtype=np.float32),
        meta=np.array(json.dumps({})),
    )
    with pytest.raises(ClassifierError, match="do not match"):
        load_model(bad)


def test_pickled_object_arrays_are_refused(tmp_path):
    path = tmp_path / "pickled.npz"
    np.savez(
        path,
        features=np.array([{"evil": 1}], dtype=object),
        classes=np.array(["AID", "YIELD"]),
        coef=np.zeros((2, 1), dtype=np.float32),
        intercept=np.zeros(2, dtype=np.float32),
        meta=np.array("{}"),
    )
    with pytest.raises(ClassifierError, match="unreadable"):
        load_model(path)


def test_unknown_class_is_e402(tmp_path):
    weights = toy_weights()
    path = export_model(
        LinearWeights(
            features=weights.features,
            classes=("ASSAULT", "REJECT", "FIGHT"),
            coef=weights.coef,
            intercept=weights.intercept,
        ),
        tmp_path / "m.npz",
    )
    with pytest.raises(ClassifierError, match="bad class list"):
        load_model(path)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "source", "target", "root"),
    [
        (
            "Students staged a protest outside the embassy of Freedonia.",
            "Students",
            "the embassy of Freedonia",
            "PROTEST",
        ),
        (
            "Workers went on strike against the mining company.",
            "Workers",
            "the mining company",
            "PROTEST",
        ),
        (
            "Ruritania mobilized its reserve forces along the Freedonian border.",
            "Ruritania",
            "the Freedonian border",
            "MOBILIZE",
        ),
        (
            "Freedonia expelled three Ruritanian diplomats.",
            "Freedonia",
            "three Ruritanian diplomats",
            "SANCTION",
        ),
        (
            "Police in Freedonia arrested two opposition leaders.",
            "Police in Freedonia",
            "two opposition leaders",
            "COERCE",
        ),
        (
            "Ruritania accused Freedonia of meddling in its election.",
            "Ruritania",
            "Freedonia",
            "ACCUSE",
        ),
        (
            "Freedonia rejected the proposal from Ruritania.",
            "Freedonia",
            "Ruritania",
            "REJECT",
        ),
        (
            "Ruritania agreed to resume talks with Freedonia.",
            "Ruritania",
            "Freedonia",
            "AGREE",
        ),
        (
            "The foreign minister of Ruritania met his Freedonian counterpart in Geneva.",
            "The foreign minister of Ruritania",
            "his Freedonian counterpart",
            "CONSULT",
        ),
        (
            "Ruritanian jets bombed rebel positions, killing twelve fighters.",
            "Ruritanian jets",
            "rebel positions",
            "ASSAULT",
        ),
        (
            "Ruritania threatened to cut off gas supplies to Freedonia.",
            "Ruritania",
            "Freedonia",
            "THREATEN",
        ),
        (
            "Freedonia released 40 prisoners held by Ruritania.",
            "Freedonia",
            "40 prisoners",
            "YIELD",
        ),
        (
            "Japan sent 10 million dollars in humanitarian aid to Ruritania.",
            "Japan",
            "Ruritania",
            "AID",
        ),
        (
            "The president praised Freedonia for its help.",
            "The president",
            "Freedonia",
            "SUPPORT",
        ),
    ],
)
def test_shipped_model_on_self_written_sentences(nlp, sentence, source, target, root):
    prediction = load_model().predict(sentence, source, target, nlp=nlp)
    assert prediction.root == root
    assert prediction.score == max(prediction.scores.values())
    assert prediction.margin > 0


@pytest.mark.model
def test_batched_and_single_predictions_agree(nlp):
    items = [
        (
            "Ruritania accused Freedonia of meddling in its election.",
            "Ruritania",
            "Freedonia",
        ),
        ("Freedonia rejected the proposal from Ruritania.", "Freedonia", "Ruritania"),
    ]
    model = load_model()
    assert model.predict_many(items, nlp=nlp) == [
        model.predict(*item, nlp=nlp) for item in items
    ]


def test_a_bare_npy_file_is_not_a_model(tmp_path):
    path = tmp_path / "bare.npz"
    with path.open("wb") as f:
        np.save(f, np.zeros(3))
    with pytest.raises(ClassifierError, match="not a speech-act model"):
        load_model(path)
