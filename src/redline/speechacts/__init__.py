"""Speech acts: a supervised PLOVER root classifier for a sentence and an actor pair.

Given a sentence, its source actor and its target, :class:`SpeechActModel` predicts
which of 15 PLOVER roots (:data:`ROOTS`) the source does to the target.

Model. A linear SVM (scikit-learn ``LinearSVC``, one-vs-rest, C=0.1, balanced class
weights, features seen in at least two training rows) trained on all 1,050 rows of
PLV_train (Hu et al., ACL 2024). The weights ship as ``data/plover_model.npz`` and are
read with numpy alone, without pickle; scikit-learn is only needed to retrain
(``make models``, :mod:`redline.speechacts.train`). ``Prediction.score`` is a softmax
of the class scores: a ranking confidence, not a calibrated probability.

Features (:mod:`redline.speechacts.features`). Each sentence is parsed once with the
pinned spaCy model; features are lemmas and lemma bigrams with the source and target
masked, the words between and next to the pair, the dependency path between them and
the verb that relates them (with its objects and auxiliaries), the governing verbs, a
hand-written cue lexicon of PLOVER roots (``data/cues.toml``) located in the sentence,
on the path and on the relating verb, and negation.

Figures (seeded stratified 5-fold cross-validation on PLV_train, seed 20240):
mean macro-F1 0.791 (folds 0.769-0.813), mean accuracy 0.823; over five seeds the
mean macro-F1 is 0.783 (0.765-0.796). Weakest roots: COOPERATE, PROTEST, AID (F1
about 0.67); most confused: SUPPORT/AGREE and YIELD/AID. See
``redline eval plover FILE --cv 5`` and ``tests/golden/plover_gate.py``. The
published zero-shot NLI coder reaches 0.824 macro-F1 on PLV. Scoring the shipped
model on PLV_train itself is training-set scoring and says nothing about accuracy on
new text.
"""

from redline.speechacts.model import Prediction, SpeechActModel, load_model
from redline.speechacts.plv import ROOTS, PlvRow, read_plv

__all__ = ["ROOTS", "PlvRow", "Prediction", "SpeechActModel", "load_model", "read_plv"]
