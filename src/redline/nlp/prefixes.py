"""Keep a prefixed word whole: "re-examined", "co-operate", "non-OPEC".

The tokenizer splits every hyphen between letters, so "should be re-examined" reaches
the small model as "re", "-", "examined"; it then tags "re" a verb and the clause
falls apart (the demand is lost). Merged back into one token, the word is tagged from
its shape and suffix like any other word, and the parse holds. Only words after one
of the listed prefixes (``PREFIXES``: "re", "co", "non", "over", "self", ...) are
merged; "mid-" before a capital is left apart ("in mid-March" keeps its month).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from redline.nlp._pipes import add_component

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

__all__ = ["COMPONENT", "PREFIXES", "add_prefix_merge"]

COMPONENT = "redline_prefixed_words"

PREFIXES = frozenset(
    {
        "re", "co", "pre", "non", "anti", "post", "counter", "self", "mid",
        "pro", "cross", "over", "under", "multi", "inter", "ex",
    }
)  # fmt: skip


def _merge_prefixed(doc: Doc) -> Doc:
    spans: list[Span] = []
    k = 0
    while k < len(doc) - 2:
        prefix, hyphen, word = doc[k], doc[k + 1], doc[k + 2]
        if (
            prefix.lower_ in PREFIXES
            and hyphen.text == "-"
            and not prefix.whitespace_
            and not hyphen.whitespace_
            and word.is_alpha
            and (word.is_lower or prefix.lower_ != "mid")  # "in mid-March" is a date
        ):
            spans.append(doc[k : k + 3])
            k += 3
        else:
            k += 1
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span)
    return doc


def add_prefix_merge(nlp: Language) -> None:
    """Put the merging component first, before any pipe reads the tokens."""
    add_component(nlp, COMPONENT, _merge_prefixed, first=True)
