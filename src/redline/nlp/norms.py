"""Give names that spell a common word the norm of a plain surname before parsing.

See ``data/name_norms.toml`` for why: the model's vectors come from a token's norm, so
"Trump" is read as the noun "trump" unless its norm says otherwise.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import TYPE_CHECKING

from redline.nlp._pipes import add_component

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["COMPONENT", "add_name_norms", "name_norms"]

COMPONENT = "redline_name_norms"


@functools.cache
def name_norms() -> Mapping[str, str]:
    """The bundled name → norm table (exact, case-sensitive token text)."""
    raw = resources.files("redline.nlp").joinpath("data/name_norms.toml").read_text()
    table = tomllib.loads(raw)["norms"]
    return {str(k): str(v) for k, v in table.items()}


def _set_norms(doc: Doc) -> Doc:
    norms = name_norms()
    for tok in doc:
        norm = norms.get(tok.text)
        if norm is not None:
            tok.norm_ = norm
    return doc


def add_name_norms(nlp: Language) -> None:
    """Put the norm-setting component first, before every pipe that reads norms."""
    add_component(nlp, COMPONENT, _set_norms, first=True)
