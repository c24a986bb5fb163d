"""Split a claim's content into its items: "A, B, C and D", "pledge X and lift Y".

A demand that lists several terms is several demands, one claim per item.
"""

from __future__ import annotations

from redline.claims.lexicon import Lexicon
from redline.nlp import ParsedText

__all__ = ["split_items"]

_MIN_LIST_COMMAS = 2


def _verb_conj_ok(pt: ParsedText, k: int, lexicon: Lexicon) -> bool:
    """A verb conjunct that adds a demand ("pledge X and lift Y").

    Not one inside a modifier ("regions claimed and controlled by").
    """
    tok = pt.tokens[k]
    if tok.dep != "conj" or tok.pos not in {"VERB", "AUX"}:
        return False
    if tok.lemma.lower() in lexicon.reporting_verbs:
        return False  # "... be decided in Scotland and believe ...": a new report
    head = pt.tokens[tok.head]
    if head.pos not in {"VERB", "AUX"}:
        return False
    if head.dep in {"ROOT", "ccomp", "xcomp", "conj", "advcl", "parataxis"}:
        return True
    owner = pt.tokens[head.head].lemma.lower()
    return head.dep in {"acl", "relcl"} and (
        owner in lexicon.nouns or owner in lexicon.stance_nouns
    )


def _clause_after_first(pt: ParsedText, cuts: list[int], hi: int) -> bool:
    """Whether a stretch after the first cut is a clause with a pronoun subject.

    Items of a list are things or acts ("A, B, C and D"); "..., whatever they think
    they might secure, they always do it by damaging the record, the unity and ..."
    is a sentence whose commas and "and" only look like a list.
    """
    return any(
        t.dep in {"nsubj", "nsubjpass"} and t.pos == "PRON"
        for t in pt.tokens[cuts[0] + 1 : hi]
    )


def _list_of_names(pt: ParsedText, cuts: list[int], hi: int) -> bool:
    """Whether the list is one of names around its first comma, not of demands.

    "asked Congress to approve $45 billion in aid for Puerto Rico, the Virgin
    Islands, Texas and Florida" asks for one thing, aid for all of them; "demands
    include an end to enlargement, a neutral Ukraine and ..." lists demands.
    """
    toks = pt.tokens
    end = next((c for c in cuts[1:] if c > cuts[0]), hi)
    heads = [k for k in range(cuts[0] + 1, end) if not cuts[0] < toks[k].head < end]
    return (
        bool(heads)
        and toks[cuts[0] - 1].pos == "PROPN"
        and toks[heads[0]].pos == "PROPN"
    )


def split_items(
    pt: ParsedText, content: tuple[int, int], lexicon: Lexicon
) -> list[tuple[int, int]]:
    """Split "A, B, C and D" and "pledge X and lift Y" into one range per item."""
    lo, hi = content
    toks = pt.tokens
    depth = 0
    commas: list[int] = []
    ands: list[int] = []
    for k in range(lo, hi):
        text = toks[k].text
        if text in {"(", "["}:
            depth += 1
        elif text in {")", "]"}:
            depth = max(0, depth - 1)
        elif text in {'"', "“", "”"}:
            depth = 1 - depth if text == '"' else depth + (1 if text == "“" else -1)
        elif depth == 0 and text == ",":
            commas.append(k)
        elif depth == 0 and text.lower() in {"and", "or"}:
            ands.append(k)
    cuts: list[int] = []
    # A list: "A, B, C(,) and D" — the last "and" after the last comma.
    is_list = bool(commas and ands and ands[-1] >= commas[-1]) and (
        len(commas) >= _MIN_LIST_COMMAS or any(toks[a - 1].text == "," for a in ands)
    )
    if is_list:
        cuts = sorted({*commas, *(a for a in ands if a > commas[0])})
        if _clause_after_first(pt, cuts, hi) or _list_of_names(pt, cuts, hi):
            cuts = []
    if not cuts:
        for a in ands:
            nxt = next((t for t in toks[a + 1 : hi] if t.dep != "advmod"), None)
            if nxt is not None and _verb_conj_ok(pt, nxt.i, lexicon):
                cuts.append(a)
    if not cuts:
        return [content]
    items: list[tuple[int, int]] = []
    start = lo
    for c in [*cuts, hi]:
        s = start
        while s < c and toks[s].text.lower() in {",", "and", "or", "also"}:
            s += 1
        if c - s >= 2 or (c - s == 1 and toks[s].pos in {"NOUN", "PROPN", "VERB"}):  # noqa: PLR2004
            items.append((s, c))
        start = c + 1
    return items or [content]
