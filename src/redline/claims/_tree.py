"""Navigation over :class:`redline.nlp.ParsedText` dependency trees."""

from __future__ import annotations

from collections.abc import Iterator

from redline.nlp import ParsedText, Token

__all__ = [
    "ancestors",
    "char_span",
    "children",
    "closing_aside",
    "dep_children",
    "has_child_lemma",
    "has_content_clause",
    "has_that_clause",
    "participle_of_document",
    "participle_of_means",
    "prep_objects",
    "sent_range",
    "subtree_range",
]


def children(pt: ParsedText, i: int) -> Iterator[Token]:
    """Direct dependents of token ``i``."""
    for k in pt.children[i]:
        yield pt.tokens[k]


def dep_children(pt: ParsedText, i: int, *deps: str) -> list[Token]:
    """Direct dependents of ``i`` with one of the given dependency labels."""
    return [t for t in children(pt, i) if t.dep in deps]


def prep_objects(pt: ParsedText, i: int, *words: str) -> list[Token]:
    """The objects of the prepositions ``words`` under token ``i``.

    ``prep_objects(pt, i, "including")`` on "critics, including Democratic lawmakers"
    gives "lawmakers"; ``prep_objects(pt, i, "of")`` on "the Ministry of Trade"
    gives "Trade".
    """
    return [
        o
        for p in dep_children(pt, i, "prep")
        if p.text.lower() in words
        for o in dep_children(pt, p.i, "pobj")
    ]


def has_child_lemma(pt: ParsedText, i: int, lemmas: frozenset[str] | set[str]) -> bool:
    """Whether token ``i`` has a direct dependent with one of ``lemmas``."""
    return any(t.lemma.lower() in lemmas for t in children(pt, i))


def subtree_range(pt: ParsedText, i: int) -> tuple[int, int]:
    """Token range ``[lo, hi)`` covered by the subtree of ``i``."""
    lo = hi = i
    stack = [i]
    while stack:
        k = stack.pop()
        lo = min(lo, k)
        hi = max(hi, k)
        stack.extend(pt.children[k])
    return lo, hi + 1


def ancestors(pt: ParsedText, i: int) -> Iterator[Token]:
    """Heads of ``i`` up to the root of its sentence."""
    seen = {i}
    k = pt.tokens[i].head
    while k not in seen:
        seen.add(k)
        yield pt.tokens[k]
        k = pt.tokens[k].head


def sent_range(pt: ParsedText, i: int) -> tuple[int, int]:
    """Token range of the sentence holding token ``i``."""
    return pt.sents[pt.tokens[i].sent]


def char_span(pt: ParsedText, lo: int, hi: int) -> tuple[int, int]:
    """Character offsets of the token range ``[lo, hi)``."""
    return pt.tokens[lo].idx, pt.tokens[hi - 1].end


def closing_aside(pt: ParsedText, i: int) -> int | None:
    """Where a noun phrase that sums up verb ``i``'s clause starts (its comma).

    "said Moore should step aside, a stance that puts him at odds with leaders who
    have demanded that Moore withdraw": the noun set off by a comma, with a relative
    clause of its own, is the writer's comment on the clause, not part of it.
    """
    for k in pt.children[i]:
        tok = pt.tokens[k]
        if (
            k > i
            and tok.dep in {"npadvmod", "appos"}
            and tok.pos == "NOUN"
            and any(c.dep in {"relcl", "acl"} and c.i > k for c in children(pt, k))
        ):
            lo = subtree_range(pt, k)[0]
            if lo > i + 1 and pt.tokens[lo - 1].text == ",":
                return lo - 1
    return None


def participle_of_means(pt: ParsedText, i: int) -> bool:
    """Whether a participle hangs under "by", "after" or "while" on a verb.

    "Chirac reacted by saying ...", "broke the consensus by promising ...": what the
    participle says is done by the verb's subject.
    """
    prep = pt.tokens[pt.tokens[i].head]
    return (
        pt.tokens[i].dep == "pcomp"
        and prep.text.lower() in {"by", "after", "while"}
        and prep.dep == "prep"
        and pt.tokens[prep.head].pos in {"VERB", "AUX"}
    )


def step_taken(pt: ParsedText, i: int) -> int | None:
    """The verb of "took the step of" over a participle at ``i``, if any.

    "China took the unusual step of criticising the plan": what the participle
    says is done by the subject of "took".
    """
    prep = pt.tokens[pt.tokens[i].head]
    if pt.tokens[i].dep != "pcomp" or prep.text.lower() != "of" or prep.dep != "prep":
        return None
    step = pt.tokens[prep.head]
    verb = pt.tokens[step.head]
    if (
        step.lemma.lower() == "step"
        and step.dep == "dobj"
        and verb.lemma.lower() == "take"
        and verb.pos == "VERB"
    ):
        return verb.i
    return None


# Verbs whose object is a paper someone else issued: "rejected a petition by the
# rice industry seeking relief" does not seek relief itself ("approved resolutions
# urging ..." still adopts them).
_NOT_ISSUING = frozenset(
    {"reject", "dismiss", "deny", "welcome", "receive", "read", "see", "cite",
     "quote", "study", "examine", "review", "consider", "discuss", "hear", "obtain",
     "uphold", "overturn", "block", "throw", "challenge", "ignore", "praise",
     "criticise", "criticize", "condemn", "denounce", "oppose", "answer", "rebut",
     "refute"}
)  # fmt: skip


def participle_of_document(pt: ParsedText, i: int, nouns: frozenset[str]) -> int | None:
    """The verb that issued the document a participle describes, if any.

    "EC ministers issued a statement deploring Japan's trade surplus": "deploring"
    hangs on "statement" (one of ``nouns``), the object of "issued"; what the
    statement says is said by whoever issued it. So does a relative clause on it:
    "The White House issued statements that praised the committee".
    """
    tok = pt.tokens[i]
    relative = tok.dep == "relcl" and any(
        c.dep == "nsubj" and c.tag == "WDT" for c in children(pt, i)
    )
    if not relative and (tok.dep != "acl" or tok.tag != "VBG"):
        return None
    doc = pt.tokens[tok.head]
    if doc.lemma.lower() not in nouns or doc.dep != "dobj":
        return None
    if pt.tokens[doc.head].lemma.lower() in _NOT_ISSUING:
        return None  # "rejected a petition seeking relief": someone else's paper
    return doc.head


def has_that_clause(pt: ParsedText, i: int) -> bool:
    """Whether noun ``i`` has a clause opened by "that" ("the idea that ...")."""
    return any(
        c.dep in {"acl", "ccomp", "relcl"}
        and any(k.dep == "mark" and k.text.lower() == "that" for k in children(pt, c.i))
        for c in children(pt, i)
    )


def has_content_clause(pt: ParsedText, i: int) -> bool:
    """Whether noun ``i`` has a clause saying what it holds, "that" or no "that".

    "the idea that the forum is aimed at China", and "the idea the forum is aimed at
    China", which the parser takes for a relative clause: one with a subject of its
    own that is no relative word and nothing missing (a passive, or an object),
    unlike "the idea he had".
    """
    if has_that_clause(pt, i):
        return True
    for c in children(pt, i):
        if c.dep not in {"relcl", "acl"}:
            continue
        kids = list(children(pt, c.i))
        subjects = [k for k in kids if k.dep in {"nsubj", "nsubjpass"}]
        if not subjects or any(k.tag in {"WDT", "WP", "WP$"} for k in kids):
            continue
        if subjects[0].text.lower() == "that":
            continue
        if subjects[0].dep == "nsubjpass" or any(
            k.dep in {"dobj", "ccomp", "attr", "acomp"} for k in kids
        ):
            return True
    return False
