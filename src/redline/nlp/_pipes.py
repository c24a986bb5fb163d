"""Register one of redline's own spaCy components and add it to a pipeline once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["add_component"]


def add_component(
    nlp: Language,
    name: str,
    func: Callable[[Doc], Doc],
    *,
    first: bool = False,
    before: str | None = None,
) -> None:
    """Register ``func`` as component ``name`` (once) and add it to ``nlp`` (once)."""
    from spacy.language import Language  # noqa: PLC0415 - heavy import

    if name not in Language.factories:
        Language.component(name, func=func)
    if name not in nlp.pipe_names:
        if first:
            nlp.add_pipe(name, first=True)
        else:
            nlp.add_pipe(name, before=before)
