"""Training: exported weights reproduce scikit-learn, CV is seeded and deterministic."""

import numpy as np
import pytest

from redline.errors import ConfigError
from redline.speechacts.model import SpeechActModel, feature_key, read_weights
from redline.speechacts.plv import PlvRow
from redline.speechacts.train import (
    TrainConfig,
    cross_validate,
    export_model,
    fit_weights,
)

pytest.importorskip("sklearn")

ROOTS3 = ("ASSAULT", "PROTEST", "SUPPORT")


def toy_data(n=60, seed=0):
    """Synthetic feature dicts: each root has its own cue feature plus shared noise."""
    rng = np.random.default_rng(seed)
    feats, labels = [], []
    for i in range(n):
        root = ROOTS3[i % 3]
        f = {f"cue={root}": 1.0, f"noise={rng.integers(5)}": 1.0}
        if rng.random() < 0.2:
            f[f"cue={ROOTS3[(i + 1) % 3]}"] = 1.0
        feats.append(f)
        labels.append(root)
    return feats, labels


def test_fit_weights_learns_the_cues_and_matches_sklearn_decisions(tmp_path):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.svm import LinearSVC

    feats, labels = toy_data()
    weights = fit_weights(feats, labels, config=TrainConfig(c=0.5, min_df=1))
    model = SpeechActModel(read_weights(export_model(weights, tmp_path / "m.npz")))
    vec = DictVectorizer()
    x = vec.fit_transform(feats)
    x.indices = x.indices.astype(np.int32)
    x.indptr = x.indptr.astype(np.int32)
    ref = LinearSVC(
        C=0.5, class_weight="balanced", random_state=20240, max_iter=5000
    ).fit(x, labels)
    assert tuple(ref.classes_) == model.classes
    np.testing.assert_allclose(model.scores(feats), ref.decision_function(x), atol=1e-4)
    assert [p.root for p in model.predict_features([{"cue=PROTEST": 1.0}])] == [
        "PROTEST"
    ]


def test_min_df_drops_rare_features():
    feats, labels = toy_data()
    feats[0]["once=only"] = 1.0
    assert (
        "once=only" in fit_weights(feats, labels, config=TrainConfig(min_df=1)).features
    )
    assert (
        "once=only"
        not in fit_weights(feats, labels, config=TrainConfig(min_df=2)).features
    )


def test_cross_validate_is_seeded_and_reports_each_fold():
    feats, labels = toy_data(90)
    rows = [
        PlvRow(sentence=f"s{i}", source="a", target="b", root=r)
        for i, r in enumerate(labels)
    ]
    a = cross_validate(rows, folds=3, seed=7, features=feats)
    b = cross_validate(rows, folds=3, seed=7, features=feats)
    c = cross_validate(rows, folds=3, seed=8, features=feats)
    assert len(a.fold_macro_f1) == len(a.fold_accuracy) == 3
    assert a.mean_macro_f1 == pytest.approx(np.mean(a.fold_macro_f1))
    assert (a.fold_macro_f1, a.predicted) == (b.fold_macro_f1, b.predicted)
    assert a.gold == tuple(labels)
    assert a.predicted != c.predicted or a.fold_accuracy != c.fold_accuracy
    assert a.mean_accuracy > 0.7  # the cues separate the classes
    assert all(0.0 <= f <= 1.0 for f in a.fold_macro_f1)


def test_cross_validate_needs_two_folds():
    feats, labels = toy_data(9)
    rows = [PlvRow(sentence="s", source="a", target="b", root=r) for r in labels]
    with pytest.raises(ConfigError, match="at least 2 folds"):
        cross_validate(rows, folds=1, features=feats)


@pytest.mark.corpus
@pytest.mark.model
@pytest.mark.slow
def test_shipped_model_is_what_training_on_plv_train_gives(shared_dir):
    from redline.speechacts.model import default_model_path
    from redline.speechacts.plv import read_plv
    from redline.speechacts.train import train

    rows = read_plv(shared_dir / "eval" / "plv" / "PLV_train.tsv")
    fresh = train(rows)
    shipped = read_weights(default_model_path())
    assert tuple(map(feature_key, fresh.features)) == shipped.features
    assert fresh.classes == shipped.classes
    np.testing.assert_allclose(fresh.coef, shipped.coef, atol=1e-6)


def test_training_without_sklearn_is_a_config_error(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "sklearn", None)
    monkeypatch.setitem(sys.modules, "sklearn.svm", None)
    feats, labels = toy_data(9)
    with pytest.raises(ConfigError, match=r"scikit-learn.*redline\[train\]"):
        fit_weights(feats, labels)
