"""The record a stance finder returns, and the subject rules the finders share.

:class:`Cue` is what :mod:`redline.claims.cues` and :mod:`redline.claims.modals`
find and :mod:`redline.claims.extract` turns into claims; :func:`subject_of` finds the
subject of a cue's verb through conjunctions, control verbs and stance adjectives.
"""

from __future__ import annotations

from dataclasses import dataclass

from redline.claims._tree import (
    ancestors,
    children,
    dep_children,
    participle_of_means,
    sent_range,
    step_taken,
    subtree_range,
)
from redline.claims.frames import Frame
from redline.nlp import ParsedText

__all__ = [
    "Cue",
    "agent_participle",
    "by_agent",
    "dashed_participle",
    "joined_in",
    "letter_participle",
    "participle_root",
    "root_participle",
    "subject_of",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Cue:
    """One stance found in a sentence."""

    action: str
    token: int
    holder: int | None
    content: tuple[int, int]
    frame: Frame | None
    split: bool
    rule: str
    # a plan read from a verb of intention ("plans to cut"): the holder's own only
    intention: bool = False
    # opposition met in a clause or coming from a party ("despite Spanish
    # opposition", "opposition from peers"): its owner's own, inside any content
    met: bool = False
    # a government's own measure told in the passive ("the duty on fabrics would be
    # lowered"): a pledge only when the speaker holds the state
    announced: bool = False


_FINITE = frozenset({"VBD", "VBZ", "VBP"})

_STRANDED_POS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM"})

_MAX_STRANDED = 4


def subject_of(
    pt: ParsedText, verb: int, *, stance_adjectives: frozenset[str] = frozenset()
) -> int | None:
    """Subject of a verb, following conjunctions and control verbs upwards.

    An adjective in ``stance_adjectives`` passes its subject on too ("Brazil has
    been unwilling to accept"); others ("less inclined to compromise") do not.
    """
    k = _closing_participle_owner(pt, verb)
    for _ in range(4):
        subj = dep_children(pt, k, "nsubj", "nsubjpass", "expl")
        if subj:
            return subj[0].i
        tok = pt.tokens[k]
        # "appears ready to compromise": the parser's "oprd" after a raising verb
        if tok.dep in {"acomp", "oprd"} and (
            k == verb  # the cue itself: "the banker was strongly opposed to ..."
            or (
                tok.lemma.lower() in stance_adjectives
                and not dep_children(pt, k, "neg", "advmod")
            )
        ):
            k = tok.head
            continue
        if tok.dep == "conj" and tok.head != k:
            stranded = _stranded_subject(pt, k)
            if stranded is not None:
                return stranded
            k = finite_partner(pt, k)
            continue
        if (
            tok.dep == "xcomp"
            and tok.lemma.lower() == "blame"
            and pt.tokens[tok.head].lemma.lower() == "be"
        ):
            return None  # "Washington was to blame": the one blamed blames no one
        if tok.dep in {"xcomp", "advcl"} and tok.head != k:
            k = tok.head
            continue
        root = participle_root(pt, k)
        if root is not None:
            return root  # "A report by the committee called for ..."
        writer = letter_participle(pt, k)
        if writer is not None:
            k = writer  # "has written to Tony Blair demanding an explanation"
            continue
        taken = step_taken(pt, k)
        if taken is not None:
            k = taken  # "took the unusual step of accusing Tillerson"
            continue
        if tok.dep == "pcomp" and (joined_in(pt, k) or participle_of_means(pt, k)):
            # "McCain joined Warren in demanding", "broke the consensus by promising"
            k = pt.tokens[tok.head].head
            continue
        aside = _name_before_an_aside(pt, k)  # token 0 is a name too
        return aside if aside is not None else _name_taken_by_a_clause(pt, k)
    return None


def _name_taken_by_a_clause(pt: ParsedText, verb: int) -> int | None:
    """A name the parser hung on an opening clause instead of on its own verb.

    "While a UN official has described it as ethnic cleansing, U.S. Secretary of
    State Rex Tillerson last week refused to label it as such": the parser makes
    "Tillerson" an adverb (or a second object) of "described", and "refused" has no
    subject. The name must follow the clause's closing comma, and the verb be
    finite.
    """
    if pt.tokens[verb].tag not in {"VBD", "VBZ", "VBP"}:
        return None
    for clause in dep_children(pt, verb, "advcl"):
        if clause.i > verb:
            continue
        commas = [c.i for c in dep_children(pt, clause.i, "punct") if c.text == ","]
        objects = [c.i for c in dep_children(pt, clause.i, "dobj")]
        for g in children(pt, clause.i):
            # a second object after the comma is no object of the clause either
            second = g.dep == "dobj" and any(o < g.i for o in objects)
            if (
                (g.dep in {"npadvmod", "dep", "appos"} or second)
                and g.pos == "PROPN"
                and any(k < g.i for k in commas)
                and g.i < verb
            ):
                return g.i
    return None


def _name_before_an_aside(pt: ParsedText, verb: int) -> int | None:
    """A sentence's first word, a name, cut off from its verb by an aside.

    "Trump, in a speech last month at the United Nations, threatened to ...": the
    parser takes "Trump," for an adverb. The word must open the sentence, be
    capitalised, and be followed by a comma, with the aside's comma just before the
    verb.
    """
    if verb < 2 or pt.tokens[verb - 1].text != ",":  # noqa: PLR2004
        return None
    lo, _ = sent_range(pt, verb)
    for c in children(pt, verb):
        if (
            c.i == lo
            and c.dep in {"advmod", "npadvmod", "nmod", "dep", "intj"}
            and c.text[:1].isupper()
            and c.i + 1 < verb - 1
            and pt.tokens[c.i + 1].text == ","
        ):
            return c.i
    return None


def root_participle(pt: ParsedText, i: int) -> bool:
    """A main verb the parser made a participle on a noun it left as the root.

    "A report by the Commons committee called for the agency to be wound up" parses
    as the noun "report" with "called" on it; with no verb at the root, the
    "participle" (past tense or past participle, with no by-agent of its own) is the
    sentence's verb and the noun its subject.
    """
    return participle_root(pt, i) is not None


def participle_root(pt: ParsedText, i: int) -> int | None:
    """The root noun whose verb the parser made a participle at ``i``, if any.

    The noun the participle hangs on ("A report by the committee called for ...");
    or, for a past tense after a comma, the root noun above the aside it was hung
    in ("Senate leader Mitch McConnell, working with a slim majority, called on
    Moore to drop out": the parser hangs "called" on "majority").
    """
    tok = pt.tokens[i]
    if (
        tok.dep != "acl"
        or tok.tag not in {"VBD", "VBN"}
        or dep_children(pt, i, "agent")
    ):
        return None
    head = pt.tokens[tok.head]
    if head.dep == "ROOT" and head.pos in {"NOUN", "PROPN"}:
        return head.i
    if tok.tag != "VBD" or i == 0 or pt.tokens[i - 1].text != ",":
        return None
    for anc in ancestors(pt, i):
        if anc.dep == "ROOT":
            return anc.i if anc.pos in {"NOUN", "PROPN"} and anc.i < i else None
        if anc.dep not in {"acl", "prep", "pobj", "appos", "npadvmod"}:
            return None
    return None


_WRITING_VERBS = frozenset({"write", "send", "address"})


def letter_participle(pt: ParsedText, i: int) -> int | None:
    """The writing verb a participle the parser hung on the addressee belongs to.

    "Howard has written to Tony Blair demanding an explanation", "sent a letter to
    the minister urging her to act": the parser hangs "demanding" on the name after
    "to"; the writer demands. Returns the verb whose subject wrote.
    """
    tok = pt.tokens[i]
    if tok.dep != "acl" or tok.tag != "VBG":
        return None
    addressee = pt.tokens[tok.head]
    if addressee.dep != "pobj" or not 0 < addressee.i < i:
        return None
    prep = pt.tokens[addressee.head]
    if prep.text.lower() != "to" or prep.dep != "prep":
        return None
    owner = pt.tokens[prep.head]
    if owner.pos == "NOUN" and owner.lemma.lower() == "letter" and owner.dep == "dobj":
        owner = pt.tokens[owner.head]  # "sent a letter to the minister urging ..."
    if owner.pos != "VERB" or owner.lemma.lower() not in _WRITING_VERBS:
        return None
    return owner.i


def by_agent(pt: ParsedText, verb: int) -> int | None:
    """The object of a passive verb's "by" phrase, if any."""
    for by in dep_children(pt, verb, "agent"):
        objs = dep_children(pt, by.i, "pobj")
        if objs:
            return objs[0].i
    return None


def agent_participle(pt: ParsedText, i: int) -> int | None:
    """The by-agent of a past participle on a noun, if any.

    "the reforms demanded by the IMF", "the plan proposed by France": the agent
    holds the stance the participle names, and the noun is what it holds it on. So
    does a passive relative clause on the noun ("the hormone ban, which is opposed
    by the United States").
    """
    tok = pt.tokens[i]
    if tok.tag != "VBN":
        return None
    if tok.dep == "acl":
        return by_agent(pt, i)
    if (
        tok.dep == "relcl"
        and dep_children(pt, i, "auxpass")
        and any(c.tag in {"WDT", "WP"} for c in dep_children(pt, i, "nsubjpass"))
    ):
        return by_agent(pt, i)
    return None


def _stranded_subject(pt: ParsedText, k: int) -> int | None:
    """A subject the parser hung on the clause before a conjoined verb.

    In "Russia denies meddling in the election and Trump has denied any collusion"
    the parser makes "Trump" a conjunct of "election" and "denied" a conjunct of
    "denies"; the noun phrase between "and" and the verb's auxiliaries is the verb's
    own subject. Only a short noun phrase counts ("and on Monday denied" has none).
    """
    first = min([k, *(c.i for c in children(pt, k) if c.i < k)])
    span: list[int] = []
    j = first - 1
    while j >= 0 and pt.tokens[j].text.lower() not in {"and", "but"}:
        tok = pt.tokens[j]
        if tok.pos not in _STRANDED_POS:
            return None
        span.append(j)
        j -= 1
    if not span or len(span) > _MAX_STRANDED or j < 0:
        return None
    head = span[0]  # the token just before the verb's auxiliaries
    if pt.tokens[head].pos not in {"PROPN", "NOUN", "PRON"}:
        return None
    if any(pt.tokens[t].head == k for t in span):
        return None  # already the verb's own dependent
    return head


def dashed_participle(pt: ParsedText, verb: int) -> bool:
    """Whether ``verb`` opens a participle phrase the parser took for an adjective.

    "raised the possibility of a shutdown - blaming Democrats for it": after a dash
    or comma, the participle is parsed as a modifier of its own object.
    """
    tok = pt.tokens[verb]
    return (
        tok.tag == "VBG"
        and tok.dep == "amod"
        and verb > 0
        and pt.tokens[verb - 1].text in {"-", "\u2013", "\u2014", ","}
        and tok.head > verb
    )


def _closing_participle_owner(pt: ParsedText, verb: int) -> int:
    """The verb a sentence-closing participle phrase really belongs to.

    "The committee warned that it could be years before the agency was fit for
    purpose, describing it as a failing organisation": the parser hangs the
    participle on the verb of the "before" clause, but a participle phrase set off by
    a comma at the end of the sentence, hung in an adverbial clause, describes what
    the main clause's subject does. Any other verb is its own.
    """
    tok = pt.tokens[verb]
    if dashed_participle(pt, verb):
        lo, hi = sent_range(pt, verb)
        root = next((t.i for t in pt.tokens[lo:hi] if t.dep == "ROOT"), None)
        return verb if root is None else root
    if tok.tag != "VBG" or tok.dep != "advcl" or verb == 0:
        return verb
    if pt.tokens[verb - 1].text != ",":
        return verb
    if pt.tokens[tok.head].dep != "advcl":
        # on the reported clause's own verb it is that clause's subject's ("said
        # the United States had been the most outspoken critic, describing it as")
        return verb
    lo, hi = sent_range(pt, verb)
    last = max(
        (t.i for t in pt.tokens[lo:hi] if t.pos not in {"PUNCT", "SPACE"}),
        default=verb,
    )
    if subtree_range(pt, verb)[1] <= last:
        return verb  # more of the sentence follows: not the closing phrase
    root = next((t.i for t in pt.tokens[lo:hi] if t.dep == "ROOT"), None)
    return verb if root is None else root


def finite_partner(pt: ParsedText, k: int) -> int:
    """The verb a conjoined verb ``k`` really pairs with.

    A past-tense verb cannot be conjoined with a bare infinitive or a reported
    progressive: in "he said workers did not want to go on strike and called for
    talks" the parser hangs "called" on "go", but it pairs with "said". Climb to the
    nearest finite verb then.
    """
    tok = pt.tokens[k]
    head = pt.tokens[tok.head]
    if tok.tag == "VBG" and head.tag == "VB":
        # "with Kennedy stressing politicians should not foment a debate and
        # attacking Howard's plans": a participle pairs with a participle
        return next(
            (a.i for a in ancestors(pt, k) if a.tag == "VBG" and a.pos == "VERB"),
            tok.head,
        )
    # "has said the holdings were falling and rejected calls for limits": nor with a
    # reported progressive (it would be "and rejecting"); it pairs with "said"
    progressive = (
        head.tag == "VBG"
        and head.dep == "ccomp"
        and any(a.lemma.lower() == "be" for a in dep_children(pt, head.i, "aux"))
    )
    if tok.tag != "VBD" or not (head.tag == "VB" or progressive):
        return tok.head
    for anc in ancestors(pt, k):
        if anc.pos in {"VERB", "AUX"} and (
            anc.tag in _FINITE
            # "has issued a call to ... to support the strikers and criticised ..."
            or (
                anc.tag == "VBN"
                and any(
                    a.lemma.lower() == "have" for a in dep_children(pt, anc.i, "aux")
                )
            )
        ):
            return anc.i
    return tok.head


def joined_in(pt: ParsedText, verb: int) -> bool:
    """Whether the verb is what someone joined others in ("joined X in demanding")."""
    prep = pt.tokens[pt.tokens[verb].head]
    return prep.text.lower() == "in" and pt.tokens[prep.head].lemma.lower() == "join"
