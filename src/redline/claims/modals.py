"""Stances in reported content read from its modal verbs.

"X said Y must ..." demands, "... should not ..." rejects, "X said it will not ..."
refuses, "X said it would ..." commits, "I hope the Senate will strike it" demands
of the Senate, and a conditional penalty ("unless ..., we will impose tariffs")
threatens. :func:`modal_cue` reads one reporting frame's content;
:func:`warns_of_penalty` tells a warning that names a penalty (a threat).
"""

from __future__ import annotations

from dataclasses import replace

from redline.claims._cue import Cue, subject_of
from redline.claims._tree import children, closing_aside, dep_children, subtree_range
from redline.claims.frames import Frame, as_they_say
from redline.claims.lexicon import Lexicon
from redline.claims.phrases import industrial_action, kept_stance, verb_phrase
from redline.nlp import ParsedText, Token

__all__ = [
    "actor_like",
    "conditional_penalty",
    "modal_cue",
    "object_takes_no_stance",
    "warns_of_penalty",
]


# Verbs of letting: "X must not be allowed to" asks others to stop X.
_LETTING = frozenset({"allow", "permit", "let"})

# Verbs of warding a thing off: a penalty under them is what a party wants to avoid.
_AVERTING = frozenset({"forestall", "avert", "avoid", "prevent", "preempt", "pre-empt"})

_CONTRACTIONS = {
    f"{mark}{short}": full
    for mark in ("'", "\u2019")
    for short, full in (("ll", "will"), ("ve", "have"), ("d", "would"))
}


def modal_cue(pt: ParsedText, f: Frame, hi: int, *, lexicon: Lexicon) -> Cue | None:
    """Reported content with a modal.

    "X said Y must ..." is a demand, "... should not ..." a rejection, "X said it
    will not ..." a refusal, and a conditional punitive clause a threat.
    """
    if f.speaker is None:
        return None
    for verb in f.contents:
        # "... are troubling and should be taken seriously": a conjunct with a
        # modal of its own is content too, and so is a conjoined belief ("finds the
        # allegations troubling and thinks he should leave the race")
        conjuncts = [
            c.i
            for c in _conjunct_chain(pt, verb)
            if c.lemma.lower() in lexicon.belief_verbs
            or any(
                a.dep == "aux" and a.text.lower() in lexicon.obligation
                for a in children(pt, c.i)
            )
            # "said he was ashamed but would not resign": a refusal joined on,
            # sharing the clause's subject (not "they would not be motivated")
            or (
                not dep_children(pt, c.i, "nsubj", "nsubjpass", "auxpass")
                and any(k.dep == "cc" and k.i < c.i for k in children(pt, verb))
                and actor_like(pt, subject_of(pt, c.i), lexicon)
                and any(
                    a.dep == "aux" and a.text.lower() in lexicon.future
                    for a in children(pt, c.i)
                )
                and any(a.dep == "neg" for a in children(pt, c.i))
            )
            # "I respect that position, but my message is that Arkansas must keep
            # its access": a conjunct framing a clause with a modal of its own
            or any(
                a.dep == "aux" and a.text.lower() in lexicon.obligation
                for k in _framed_clauses(pt, c.i, lexicon)
                for a in children(pt, k)
            )
            # "say their exports would be hit and they may retaliate if it is
            # approved": a conjunct with a penalty under a condition threatens
            or (
                _conditional(pt, f, c.i)
                and any(
                    a.dep == "aux"
                    and a.text.lower() in lexicon.future | lexicon.possibility
                    for a in children(pt, c.i)
                )
            )
        ]
        for clause in (verb, *conjuncts):
            cue = _modal_content(pt, f, clause, hi, lexicon=lexicon)
            if cue is not None:
                return cue
    return None


def _conjunct_chain(pt: ParsedText, verb: int) -> list[Token]:
    """The verbs conjoined to ``verb``, also those the parser chains on each other.

    "I consider him a friend, but he has a duty, and he should step down": the
    parser hangs "should step down" on "has", itself a conjunct of "consider".
    """
    out: list[Token] = []
    todo = list(dep_children(pt, verb, "conj"))
    while todo:
        c = todo.pop(0)
        out.append(c)
        todo.extend(dep_children(pt, c.i, "conj"))
    return out


def actor_like(pt: ParsedText, i: int | None, lexicon: Lexicon) -> bool:
    """Whether a subject can be asked to do something (a name, a pronoun, a body)."""
    if i is None:
        return False
    tok = pt.tokens[i]
    lemma = tok.lemma.lower()
    return (
        tok.ent_type in {"PERSON", "ORG", "GPE", "NORP"}
        or tok.pos in {"PRON", "PROPN"}
        or lemma in lexicon.government_nouns
        or lemma in lexicon.anonymous_nouns
        # "the banks should be able to offer options": a plural body noun
        or (tok.tag == "NNS" and lemma in lexicon.actor_nouns)
        # "his party would cut spending": a body the possessor speaks for; "the
        # party would stand by its pledge": the speaker's own, named before
        or (
            lemma in lexicon.actor_nouns
            and any(
                (c.dep == "poss" and c.pos == "PRON")
                or (
                    c.dep == "det"
                    and c.text.lower() == "the"
                    and lemma in lexicon.own_side_nouns
                )
                for c in children(pt, i)
            )
        )
    )


def object_takes_no_stance(pt: ParsedText, verb: int, lexicon: Lexicon) -> bool:
    """Whether the verb's object makes it no stance (``[not_stance_objects]``).

    "defending 26 seats", "to support producer prices", "would spend the coming days
    reflecting", "asked Lee for his opinion" (the object of "for" too).
    """
    objects = lexicon.not_stance_objects.get(pt.tokens[verb].lemma.lower(), ())
    found = _objects(pt, verb, frozenset({"for"}))
    return any(o.lemma.lower() in objects for o in found)


def _objects(
    pt: ParsedText, verb: int, preps: frozenset[str] | None = None
) -> list[Token]:
    """The verb's direct objects and its prepositions' objects (of ``preps`` only)."""
    return [
        *dep_children(pt, verb, "dobj"),
        *(
            o
            for p in dep_children(pt, verb, "prep")
            if preps is None or p.text.lower() in preps
            for o in dep_children(pt, p.i, "pobj")
        ),
    ]


def warns_of_penalty(pt: ParsedText, span: tuple[int, int], lexicon: Lexicon) -> bool:
    """Content that says what will be done: a future or possible modal and a penalty.

    "(warned that) any interference would meet a strong response".
    """
    toks = pt.tokens[span[0] : span[1]]
    # "the war could be illegal" assesses; it says nothing will be done; "(warned)
    # of the negative effects that a trade war could have" names a harm feared
    modal = any(
        t.dep == "aux"
        and t.text.lower() in lexicon.future | lexicon.possibility
        and pt.tokens[t.head].lemma.lower() != "be"
        and pt.tokens[t.head].dep != "relcl"
        for t in toks
    ) or any(
        # warned that new legal moves were possible if they refused: legal action
        t.dep == "acomp" and t.lemma.lower() == "possible" and _legal_action(pt, s)
        for t in toks
        for s in dep_children(pt, t.head, "nsubj")
    )
    penalties = lexicon.punitive | lexicon.warning_penalties
    # "warned that the economy would suffer if Washington imposed tariffs": a penalty
    # in the condition is what is feared, not what the warner holds out
    inside = _condition_tokens(pt, toks)
    return modal and any(
        (
            t.lemma.lower() in penalties
            or _closes_off(pt, t, lexicon)
            or _legal_action(pt, t)
        )
        and t.i not in inside
        # "legislation would be introduced" holds a law out; "the legislation would
        # be delayed" does not
        and (
            t.lemma.lower() != "legislation"
            or pt.tokens[t.head].lemma.lower() in _LEGISLATING
        )
        and not _done_by_a_thing(pt, t.i, lexicon)
        and not _only_qualifies(pt, t.i, penalties, lexicon)
        and not _taken_away(pt, t.i, lexicon)
        for t in toks
    )


def conditional_penalty(
    pt: ParsedText, span: tuple[int, int], lexicon: Lexicon
) -> int | None:
    """The certain penalty a warning holds out on a condition, if it names one.

    "warned Iran of stronger countermeasures if the escalation continued": the
    penalty stands outside an "if"/"unless" clause of the content. One inside it is
    the condition, not the penalty ("warned that the economy would suffer if the
    U.S. imposed tariffs").
    """
    toks = pt.tokens[span[0] : span[1]]
    inside = _condition_tokens(pt, toks)
    if not inside:
        return None
    penalties = lexicon.punitive | lexicon.warning_penalties
    return next(
        (
            t.i
            for t in toks
            if t.i not in inside
            and t.lemma.lower() in lexicon.certain_penalties
            and not _done_by_a_thing(pt, t.i, lexicon)
            and not _only_qualifies(pt, t.i, penalties, lexicon)
            and not _taken_away(pt, t.i, lexicon)
        ),
        None,
    )


def _taken_away(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether ``i`` lifts a penalty or is one lifted ("would cut its tariffs if").

    A verb of relief over a penalty ("cut", "lift"), or the penalty under it; "would
    cut aid" still cuts.
    """
    tok = pt.tokens[i]
    penalties = lexicon.punitive | lexicon.certain_penalties
    if tok.lemma.lower() in lexicon.penalty_relief:
        return any(
            c.lemma.lower() in penalties
            for c in dep_children(pt, i, "dobj", "nsubjpass")
        )
    return (
        tok.dep in {"dobj", "nsubjpass"}
        and pt.tokens[tok.head].lemma.lower() in lexicon.penalty_relief
    )


_LEGAL_STEPS = frozenset({"action", "move", "step", "proceeding", "measure"})


def _legal_action(pt: ParsedText, tok: Token) -> bool:
    """Whether ``tok`` is legal action held out ("legal action", "legal moves")."""
    return tok.lemma.lower() in _LEGAL_STEPS and any(
        a.lemma.lower() == "legal" for a in dep_children(pt, tok.i, "amod")
    )


def _closes_off(pt: ParsedText, tok: Token, lexicon: Lexicon) -> bool:
    """Whether ``tok`` closes something to another party ("close its zone to ...")."""
    return tok.lemma.lower() in {"close", "shut"} and any(
        o.lemma.lower() in lexicon.closable for o in dep_children(pt, tok.i, "dobj")
    )


def _condition_tokens(pt: ParsedText, toks: tuple[Token, ...]) -> set[int]:
    """The tokens of the "if"/"unless" clauses whose verbs are among ``toks``.

    The clause is found by its verb, so its mark may fall before ``toks`` ("said if
    he ...").
    """
    inside: set[int] = set()
    for t in toks:
        if any(
            k.dep == "mark" and k.text.lower() in {"if", "unless"}
            for k in children(pt, t.i)
        ):
            inside.update(range(*subtree_range(pt, t.i)))
    return inside


def _averts(pt: ParsedText, tok: Token) -> bool:
    """Whether ``tok`` is a verb of warding something off ("to forestall sanctions")."""
    if tok.pos != "VERB":
        return False
    lemma = tok.lemma.lower()
    return lemma in _AVERTING or (
        lemma in {"stave", "head", "ward", "fend"}
        and any(k.dep == "prt" and k.text.lower() == "off" for k in children(pt, tok.i))
    )


def _only_qualifies(
    pt: ParsedText, i: int, penalties: frozenset[str], lexicon: Lexicon
) -> bool:
    """A penalty word that only qualifies a noun that is none.

    "would raise military spending", "canceling out tax-cut gains": the word says
    what kind of thing the noun is, and no one is punished. A certain penalty keeps
    its force ("would face tariff increases"), as does a penalty word on a noun of
    doing (``[punitive] acts``: "would take military action").
    """
    tok = pt.tokens[i]
    head = pt.tokens[tok.head]
    return (
        tok.dep in {"compound", "amod", "nmod"}
        and head.pos == "NOUN"
        and head.lemma.lower() not in penalties | lexicon.penalty_acts
        and tok.lemma.lower() not in lexicon.certain_penalties
    )


def _done_by_a_thing(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """A penalty no one here will impose.

    Its verb's subject is a thing ("the tax could hit poor countries"), it is the
    subject of a harm ("U.S. sanctions would hurt trade", feared, not held out), or it
    describes a noun ("warned the proposal to impose the tax would ..." is the
    proposal's penalty, not the speaker's). A penalty noun is done by a thing when
    its verb's subject is one ("the sanctions could trigger a trade war").
    """
    tok = pt.tokens[i]
    if tok.dep == "acl" and pt.tokens[tok.head].pos == "NOUN":
        return True
    if tok.dep == "nsubj" and _brings_harm(pt, tok.head, lexicon):
        return True  # "the sanctions would hurt trade": the harm feared of them
    if tok.pos != "VERB":
        if tok.lemma.lower() in lexicon.warning_penalties:
            return False  # "would meet a strong response": the speaker's
        if tok.dep == "pobj" and pt.tokens[tok.head].dep == "prep":
            i = pt.tokens[tok.head].head  # "could lead to a trade war"
        elif tok.dep == "dobj":
            i = tok.head  # "the sanctions could trigger a trade war"
        else:
            return False
        if pt.tokens[i].pos != "VERB":
            return False
    subjects = dep_children(pt, i, "nsubj")
    return bool(subjects) and not actor_like(pt, subjects[0].i, lexicon)


def _brings_harm(pt: ParsedText, verb: int, lexicon: Lexicon) -> bool:
    """Whether verb ``verb`` does harm or leads to it.

    "would hurt trade", "could lead to a trade war".
    """
    if pt.tokens[verb].lemma.lower() in lexicon.harm_words:
        return True
    return any(o.lemma.lower() in lexicon.harm_words for o in _objects(pt, verb))


def _hoped_of_another(pt: ParsedText, verb: int, lexicon: Lexicon) -> int | None:
    """The clause of "I hope the Senate will strike it": what another should do.

    The hope must be the speaker's own ("I", "we", or "he said he hoped", "China
    said it hopes"), the clause's subject someone who can act and not the speaker,
    or an outcome asked for ("we hope that there will be an improvement"), and its
    verb future or possible ("will", "would", "could") or a plain present ("hopes
    that the U.S. side continues to abide by ...").
    """
    tok = pt.tokens[verb]
    subject = subject_of(pt, verb)
    if (
        tok.lemma.lower() != "hope"
        or subject is None
        or pt.tokens[subject].text.lower() not in {"i", "we", "he", "she", "they", "it"}
        or dep_children(pt, verb, "neg")
    ):
        return None
    for comp in dep_children(pt, verb, "ccomp"):
        other = subject_of(pt, comp.i)
        auxes = {c.text.lower() for c in children(pt, comp.i) if c.dep == "aux"}
        if (
            other is not None
            and pt.tokens[other].text.lower()
            not in {"i", "we", "it", "he", "she", "they"}
            and (pt.tokens[other].dep == "expl" or actor_like(pt, other, lexicon))
            and (
                auxes & (lexicon.future | lexicon.possibility)
                # a plain present: "hopes that the U.S. side continues to abide by it"
                or (comp.tag in {"VBZ", "VBP"} and not auxes and comp.lemma != "be")
            )
        ):
            return comp.i
    return None


def _framed_clauses(pt: ParsedText, verb: int, lexicon: Lexicon) -> list[int]:
    """Clauses a framing noun of ``verb`` holds (``[modals] framing``).

    "my message is that Arkansas must ...", "it was a principle that people should
    ...", "it doesn't change the fact that there should be ...": the clause after
    "be" whose subject is such a noun, or the clause on such a noun.
    """
    nouns = [
        c
        for c in children(pt, verb)
        if c.dep in {"nsubj", "attr", "dobj"}
        and c.lemma.lower() in lexicon.framing_nouns
    ]
    found = [k.i for n in nouns for k in children(pt, n.i) if k.dep in {"acl", "ccomp"}]
    if pt.tokens[verb].lemma.lower() == "be" and (
        any(n.dep == "nsubj" for n in nouns)
        # "what we do agree is that taxpayers should not pay": a clause a
        # pseudo-cleft of saying or thinking holds (not "what I understand less
        # is why the BBC should ...")
        or (
            (cleft := _cleft_verb(pt, verb)) is not None
            and cleft.lemma.lower() in _CLEFT_FRAMING
            and not dep_children(pt, cleft.i, "neg")
        )
    ):
        found += [
            k.i
            for k in dep_children(pt, verb, "ccomp")
            if k.i > verb
            and not any(
                w.tag in {"WRB", "WP"} or w.text.lower() == "whether"
                for w in children(pt, k.i)
            )
        ]
    return found


# verbs whose pseudo-cleft frames a clause: "what we agree is that ..."
_CLEFT_FRAMING = frozenset(
    {"agree", "believe", "think", "say", "argue", "insist", "mean", "feel", "know"}
)


def _cleft_verb(pt: ParsedText, verb: int) -> Token | None:
    """The verb of a pseudo-cleft's "what" clause on ``verb`` ("be").

    "What we want is a fair deal": "want"; "what we agree is that ...": "agree".
    """
    if pt.tokens[verb].lemma.lower() != "be":
        return None
    return next(
        (
            c
            for c in dep_children(pt, verb, "csubj")
            if c.i < verb
            and any(
                w.text.lower() == "what" and w.dep in {"dobj", "ccomp"}
                for w in children(pt, c.i)
            )
        ),
        None,
    )


def _cleft_stance(
    pt: ParsedText, verb: int, lexicon: Lexicon
) -> tuple[str, tuple[int, int]] | None:
    """The stance the speaker's pseudo-cleft on ``verb`` takes, and its focus.

    "What we want is a fair deal" demands the deal, "what I oppose is the tax"
    rejects the tax (not "what we do not want is a situation where ..."): the "what"
    clause's subject is "we" or "I", the focus a phrase after "be" (a clause
    there, "what we agree is that ...", is a framed clause instead).
    """
    stance_verb = _cleft_verb(pt, verb)
    if stance_verb is None:
        return None
    subject = subject_of(pt, stance_verb.i)
    if subject is None or pt.tokens[subject].text.lower() not in {"we", "i"}:
        return None
    spec = lexicon.verbs.get(stance_verb.lemma.lower())
    if spec is None or spec.action not in {"demand", "reject", "accept", "propose"}:
        return None
    action = spec.action
    if dep_children(pt, stance_verb.i, "neg"):
        return None  # "what we don't want is a situation where ...": rhetoric
    focus = [k for k in dep_children(pt, verb, "attr", "xcomp") if k.i > verb]
    if not focus:
        return None
    return action, subtree_range(pt, focus[0].i)


def _urged_stance(pt: ParsedText, verb: int, lexicon: Lexicon) -> str | None:
    """The stance a passive stance verb with no agent names ("be opposed").

    "should be opposed" (a passive, or "be" with the participle the parser took for
    an adjective, with no "to" after it), "must be rejected", "should be welcomed":
    a rejection, acceptance or charge nobody else is named to make.
    """
    tok = pt.tokens[verb]
    word = tok
    if tok.lemma.lower() == "be":
        comps = [
            c
            for c in dep_children(pt, verb, "acomp")
            if not any(p.text.lower() == "to" for p in dep_children(pt, c.i, "prep"))
        ]
        if not comps:
            return None
        word = comps[0]
    elif not dep_children(pt, verb, "auxpass") or dep_children(pt, verb, "agent"):
        return None
    spec = lexicon.verbs.get(word.lemma.lower())
    if spec is None or spec.action not in {"reject", "accept", "accuse"}:
        return None
    return spec.action


def _going_to(pt: ParsedText, verb: int) -> int | None:
    """The infinitive of "be going to <verb>", a future ("I am going to vote")."""
    tok = pt.tokens[verb]
    if tok.lemma.lower() != "go" or tok.tag != "VBG":
        return None
    if not any(c.dep == "aux" and c.lemma.lower() == "be" for c in children(pt, verb)):
        return None
    return next(
        (
            c.i
            for c in children(pt, verb)
            if c.dep == "xcomp"
            and any(
                a.dep == "aux" and a.text.lower() == "to" for a in children(pt, c.i)
            )
        ),
        None,
    )


def _semi_modal(pt: ParsedText, verb: int, lexicon: Lexicon) -> bool:
    """Whether ``verb`` is "need to", "have to" or "have got to" over an infinitive.

    "America needed to listen to the world", "the banks have to accept losses"; not
    "need" with an object ("they need some Democratic support") or a modal of its own.
    """
    tok = pt.tokens[verb]
    got = (  # "we have got to find a way"
        tok.lemma.lower() == "get"
        and tok.tag == "VBN"
        and any(
            c.dep == "aux" and c.lemma.lower() == "have" for c in children(pt, verb)
        )
    )
    if tok.lemma.lower() not in lexicon.semi_modals and not got:
        return False
    if any(
        (c.dep == "aux" and c.tag == "MD") or c.text.lower() == "yet"
        for c in children(pt, verb)
    ):
        return False  # "would need to", "had yet to be taken"
    # the parser sometimes hangs the infinitive as a purpose clause ("Europe needed
    # to reinforce its unity"); right after the verb, with no object between, it is
    # the same infinitive
    right_after = (
        verb + 1 < len(pt.tokens)
        and pt.tokens[verb + 1].text.lower() == "to"
        and not dep_children(pt, verb, "dobj", "auxpass")  # "were needed to protect"
    )
    return any(
        (c.dep == "xcomp" or (c.dep == "advcl" and right_after))
        and c.pos in {"VERB", "AUX"}
        and any(a.dep == "aux" and a.text.lower() == "to" for a in children(pt, c.i))
        # "ought to have acted sooner" faults the past; it asks for nothing
        and not (
            tok.lemma.lower() == "ought"
            and any(
                a.dep == "aux" and a.lemma.lower() == "have" for a in children(pt, c.i)
            )
        )
        for c in children(pt, verb)
    )


def _speaker_cue(
    action: str, verb: int, f: Frame, content: tuple[int, int], *, split: bool = False
) -> Cue:
    """The speaker's own stance on words of ``content`` read at ``verb``.

    With ``split`` the content is one claim per listed item ("must cut A, B and C").
    """
    return Cue(
        action=action,
        token=verb,
        holder=f.speaker,
        content=content,
        frame=f,
        split=split,
        rule="modal",
    )


def _conditional(pt: ParsedText, f: Frame, verb: int) -> bool:
    """An "if"/"unless" clause from the reporting verb to the end of ``verb``.

    Also one fronted in the clause itself: '"If I don't make the right deal, I'll
    terminate NAFTA," Trump said'.
    """
    c_lo, c_hi = subtree_range(pt, verb)
    lo = min(f.verb, c_lo)
    return any(
        t.dep == "mark" and t.text.lower() in {"if", "unless"}
        for t in pt.tokens[lo:c_hi]
    )


def _modal_content(
    pt: ParsedText, f: Frame, verb: int, hi: int, *, lexicon: Lexicon
) -> Cue | None:
    going = _going_to(pt, verb)
    verb = going if going is not None else verb
    tok = pt.tokens[verb]
    if tok.pos not in {"VERB", "AUX"}:
        return None
    evident = tok.lemma.lower() in {"be", "become"} and [
        a
        for a in dep_children(pt, verb, "acomp")
        if a.lemma.lower() in lexicon.evident_words
    ]
    if (tok.lemma.lower() in lexicon.belief_verbs or evident) and not dep_children(
        pt, verb, "neg"
    ):
        # "said Trump thinks voters should decide", "said it has become clear that
        # the system must be overhauled": the belief's clause is the content
        comps = dep_children(pt, verb, "ccomp") + [
            c for a in evident or [] for c in dep_children(pt, a.i, "ccomp")
        ]
        for comp in comps:
            if not any(
                a.dep == "aux" and a.text.lower() in lexicon.obligation
                for a in children(pt, comp.i)
            ) and not _semi_modal(pt, comp.i, lexicon):
                continue  # "I think that has to be eliminated" obliges too
            cue = _modal_content(pt, f, comp.i, hi, lexicon=lexicon)
            if cue is not None and cue.rule == "modal":
                return cue
    cleft = _cleft_stance(pt, verb, lexicon)
    if cleft is not None:
        action, (lo, c_end) = cleft
        return _speaker_cue(action, verb, f, (lo, min(c_end, hi)))
    for framed in _framed_clauses(pt, verb, lexicon):
        # "it was a basic principle that people should only be punished after a
        # fair trial": the framed clause is the content
        if any(
            a.dep == "aux" and a.text.lower() in lexicon.obligation
            for a in children(pt, framed)
        ):
            cue = _modal_content(pt, f, framed, hi, lexicon=lexicon)
            if cue is not None and cue.rule == "modal":
                return cue
    auxes = {
        _CONTRACTIONS.get(c.text.lower(), c.text.lower())
        for c in children(pt, verb)
        if c.dep in {"aux", "auxpass"}
    }
    if going is not None:
        auxes = (auxes - {"to"}) | {"will"}  # "I'm going to vote for it"
    if _semi_modal(pt, verb, lexicon):
        auxes.add("must")  # "America needed to listen", "Tokyo has to open up"
    negated = bool(dep_children(pt, verb, "neg")) or (
        going is not None and bool(dep_children(pt, tok.head, "neg"))
    )
    c_lo, c_hi = subtree_range(pt, verb)
    aside = closing_aside(pt, verb)
    if aside is not None:
        c_hi = aside  # ", a stance that ...": the writer's comment on the clause
    if f.tail_start is None and c_lo <= f.verb < verb and as_they_say(pt, f.verb):
        # "As the Conservatives said, Mr Brown must resign": not the frame's words
        c_lo = max(c_lo, subtree_range(pt, f.verb)[1])
    if f.tail_start is not None and c_lo <= f.verb < c_hi:
        # "Russia will not withdraw, according to the Kremlin": the clause, not the
        # source phrase hung on it
        if f.tail_start > verb:
            c_hi = f.tail_start
        else:
            c_lo = max(c_lo, subtree_range(pt, f.verb)[1])
    while c_lo < verb and pt.tokens[c_lo].dep in {"mark", "punct"}:
        c_lo += 1
    content = (c_lo, min(c_hi, hi))

    def _cue(action: str, holder: int | None, rule: str) -> Cue:
        return Cue(
            action=action,
            token=verb,
            holder=holder,
            content=content,
            frame=f,
            split=False,
            rule=rule,
        )

    subject = subject_of(pt, verb)
    if (
        auxes & (lexicon.future | lexicon.possibility)
        and not negated
        and _no_choice_but(pt, verb, lexicon)
    ):
        # "it would have no choice but to retaliate" threatens for its subject;
        # "any U.S. move would leave the EC no option but to retaliate" for the
        # speaker, on behalf of the party left without one
        own = tok.lemma.lower() == "have" and actor_like(pt, subject, lexicon)
        return _cue("threaten", subject if own else f.speaker, "threat")
    modals = lexicon.future | lexicon.possibility | lexicon.obligation
    if _conditional(pt, f, verb) and auxes & modals:
        # the penalty is what follows, not the condition: "it would be better if
        # the banks cut the spread" threatens no one
        condition = _condition_tokens(pt, pt.tokens[c_lo:c_hi])
        for t in pt.tokens[c_lo:c_hi]:
            if _averts(pt, t):
                # "if he fails in talks to forestall sanctions, he will seek more
                # talks": a penalty warded off is held out by no one
                condition.update(range(*subtree_range(pt, t.i)))
        words = {t.lemma.lower() for t in pt.tokens[c_lo:c_hi] if t.i not in condition}
        if (
            words & lexicon.penalty_relief
            and words & lexicon.not_penalised
            and not words & lexicon.certain_penalties
        ) or tok.lemma.lower() in lexicon.penalty_relief:
            # "would consider cutting interest rates if ...", "would cut tariffs if
            # Washington did the same": relief on a condition is an offer
            words = set()
        impersonal = subject is None or pt.tokens[subject].dep == "expl"
        suffers = (
            subject is not None
            and pt.tokens[subject].dep == "nsubjpass"
            and not actor_like(pt, subject, lexicon)
        )
        # "if the talks succeed, tariffs will fall", "the talks will collapse": a
        # thing no one acts on goes away ("sanctions will follow" still threatens)
        happens = (
            subject is not None
            and not impersonal
            and pt.tokens[subject].dep == "nsubj"
            and not actor_like(pt, subject, lexicon)
            and tok.lemma.lower() in lexicon.penalty_goes_words
        )
        closes = any(
            _closes_off(pt, t, lexicon)
            for t in pt.tokens[c_lo:c_hi]
            if t.i not in condition
        )  # "would close its ports to Norwegian vessels if ..."
        # "if Japan fails to meet them it will invite retaliatory moves": the
        # subject draws the penalty on itself, it does not hold it out
        invites = (
            subject is not None
            and not impersonal
            and tok.lemma.lower() in lexicon.nonvolitional | _INVITING
        )
        if (
            (words & lexicon.punitive or closes)
            and not suffers
            and not happens
            and not invites
        ):
            # "there should be a strike unless ministers think again": with no
            # subject of its own the threat is the speaker's ("their exports would
            # be hit and they may retaliate if ...": what would be hit threatens
            # no one; the clause after it may)
            return _cue("threaten", f.speaker if impersonal else subject, "threat")
    # "we must" binds the speaker; "if you want a pension you must work longer" is
    # anyone: neither demands anything of anyone
    self_bound = subject is not None and (
        pt.tokens[subject].text.lower() in lexicon.generic_subjects
        # "no one should assume victory", "no politician should make the mistake":
        # a maxim for anyone (not "no country should be forced to join", which
        # turns the forcing down)
        or (
            any(
                c.dep == "det" and c.text.lower() == "no" for c in children(pt, subject)
            )
            and not dep_children(pt, verb, "auxpass")
        )
    )
    urged = _urged_stance(pt, verb, lexicon)
    # "the move should be opposed", parsed with "should" on the passive's "be"
    held_up = {
        a.text.lower()
        for p in dep_children(pt, verb, "auxpass")
        for a in dep_children(pt, p.i, "aux")
    }
    if (
        (auxes | held_up) & lexicon.obligation
        and not negated
        and urged is not None
        and not actor_like(pt, subject, lexicon)
    ):
        # "the move should be opposed", "the plan must be rejected", "the deal
        # should be welcomed": the speaker takes the stance the verb names
        return _cue(urged, f.speaker, "modal")
    if (
        tok.lemma.lower() == "be"
        and not actor_like(pt, subject, lexicon)
        and "must" not in auxes
        and not any(
            a.lemma.lower() in lexicon.normative_adjectives
            for a in dep_children(pt, verb, "acomp")
        )
    ):
        # "this year should be the fifth solid year": an expectation, not a demand
        # ("any agreement must be verifiable" requires, as "U.S. grain should be
        # competitive" asks)
        return None
    if (
        tok.lemma.lower() == "be"
        and subject is not None
        and pt.tokens[subject].text.lower() in {"that", "this", "it"}
        and any(
            c.lemma.lower() in lexicon.verdicts_words
            for c in dep_children(pt, verb, "acomp")
        )
    ):
        # "that must be bad for government": a surmise, not a demand
        return None
    if auxes & lexicon.obligation and any(
        c.dep == "aux"
        and c.text.lower() in lexicon.obligation
        and subject is not None
        and c.i < subject
        for c in children(pt, verb)
    ):
        return None  # "should the tax become law": a condition, not an obligation
    passive = any(c.dep == "auxpass" for c in children(pt, verb))
    if (
        "should" in auxes
        and not passive
        and subject is not None
        and pt.tokens[subject].text.lower() in {"this", "that"}
        and pt.tokens[subject].tag == "DT"  # not a relative "that"
        and pt.tokens[subject].dep == "nsubj"
    ):
        # "This should result in new lending", "This should do the trick": what a
        # step is expected to bring about ("This should be followed by a ban" is
        # still asked for)
        return None
    if (
        "should" in auxes
        and not actor_like(pt, subject, lexicon)
        and (
            (tok.lemma.lower() in lexicon.expectation_verbs and not passive)
            # "the market should not be gravely affected": what befalls a thing
            or (passive and tok.lemma.lower() in _BEFALL)
        )
    ):
        # "the deficit should start to decline soon": a forecast, not a demand ("the
        # bill should be dropped" is done by someone: a demand)
        return None
    if (
        tok.lemma.lower() in lexicon.reading_verbs
        and dep_children(pt, verb, "auxpass")
        # not "must be taken by the EC as a whole": an act with its doer
        and not dep_children(pt, verb, "agent")
        and any(
            p.text.lower() == "as"
            # "it should be seen in that context", "viewed in the light of"
            or (
                p.text.lower() == "in"
                and any(
                    o.lemma.lower() in {"context", "light", "perspective"}
                    for o in dep_children(pt, p.i, "pobj")
                )
            )
            for p in dep_children(pt, verb, "prep")
        )
    ):
        # "the announcement should not be read as a finding": how to take words,
        # not a demand or a refusal of anything
        return None
    if auxes & lexicon.obligation and not self_bound:
        # "we must make every effort" binds the speaker: not a demand of anyone
        # "the plan should not go ahead" and "Russia should not be granted a veto"
        # reject; "Mueller should not extend his inquiry" asks a party to refrain,
        # "the Tories must not be allowed to win" asks others to stop them
        refrain = (
            subject is not None
            and actor_like(pt, subject, lexicon)
            # "that should not be a problem" is no party
            and pt.tokens[subject].text.lower() not in {"that", "this", "it"}
            and (not passive or tok.lemma.lower() in _LETTING)
        )
        action = "reject" if negated and not refrain else "demand"
        if "have" in auxes and tok.tag == "VBN" and not negated:
            # "the advice should have been attached", "ministers should have acted
            # sooner": what ought to have been done faults whoever did not do it
            action = "accuse"
            if any(
                a.text.lower() == "ideally" for a in dep_children(pt, verb, "advmod")
            ):
                # "ideally they should have started now, but our procedures took
                # longer": a wish about the past, which faults no one
                return None
        if not negated and any(
            c.lemma.lower() in lexicon.shame_words
            for c in dep_children(pt, verb, "acomp")
        ):
            action = "accuse"  # "the government should be ashamed of its record"
        if (
            not negated
            and tok.lemma.lower() == "know"
            and any(
                c.text.lower() == "better" for c in dep_children(pt, verb, "advmod")
            )
        ):
            action = "accuse"  # "the Republicans should know better": a rebuke
        return _speaker_cue(action, verb, f, content, split=not negated)
    hoped = _hoped_of_another(pt, verb, lexicon)
    if hoped is not None:
        h_lo, h_hi = subtree_range(pt, hoped)
        while h_lo < hoped and pt.tokens[h_lo].dep in {"mark", "punct"}:
            h_lo += 1
        return _speaker_cue("demand", verb, f, (h_lo, min(h_hi, hi)))
    stance = lexicon.verbs.get(tok.lemma.lower())
    asks = stance is not None and stance.action in {"demand", "propose"}
    if (
        negated
        and auxes & lexicon.possibility
        and subject is not None
        # "the monetary stance could not determine policy" forecasts; "children
        # cannot be divided up like property" refuses ("Jones could not be sworn
        # in until December" says what the law allows)
        and (
            pt.tokens[subject].pos != "PROPN"
            if pt.tokens[subject].dep == "nsubjpass"
            else actor_like(pt, subject, lexicon)
        )
        and not asks
        and tok.lemma.lower() not in lexicon.not_refusals
        and tok.lemma.lower() not in lexicon.beyond_power
        # "there cannot be development if ...", "one can never be too careful":
        # no party; "we can't be sure", "Britain cannot be complacent": a state of
        # mind, not a refusal ("we cannot be part of this deal" refuses)
        and pt.tokens[subject].text.lower() not in {"there", "one"}
        and not (
            tok.lemma.lower() == "be"
            and any(c.pos == "ADJ" for c in dep_children(pt, verb, "acomp"))
        )
    ):  # "cannot negotiate"; not "I cannot emphasise that enough"
        return _cue("reject", f.speaker, "modal")
    reporter = lexicon.verbs.get(pt.tokens[f.verb].lemma.lower())
    if (
        reporter is not None
        and reporter.action in {"warn", "threaten"}
        and warns_of_penalty(pt, (c_lo, c_hi), lexicon)
    ):
        # "Iran warned that any interference would meet a strong response"
        return _cue("threaten", f.speaker, "threat")
    if (
        tok.lemma.lower() in lexicon.verbs
        # "Democrats would fight the bill": the phrase's own cue
        or (
            not negated
            and verb_phrase(pt, verb, lexicon) in {"reject", "accuse"}
            and not _names_penalty(pt, verb, lexicon)  # "may break off negotiations"
        )
    ) or (
        tok.lemma.lower() in lexicon.aspectual_verbs
        and any(
            (under := lexicon.verbs.get(x.lemma.lower())) is not None
            and under.action != "accept"
            for x in dep_children(pt, verb, "xcomp")
        )
    ):
        # "officials said Tokyo would reject the plan", "it would continue to insist
        # that ...": the verb's own cue ("would continue to support" still commits)
        return None
    if (
        auxes & lexicon.future
        and not negated
        and reporter is None
        and pt.tokens[f.verb].lemma.lower() == "announce"
        and not actor_like(pt, subject, lexicon)
    ):
        # "the government announced that the pension age would rise to 65": a plan
        return _cue("propose", f.speaker, "modal")
    if (
        auxes & lexicon.future
        and "auxpass" in {c.dep for c in children(pt, verb)}
        and not dep_children(pt, verb, "agent")
        and not negated
        and f.quoted
        and not _conditional(pt, f, verb)
        and subject is not None
        and pt.tokens[subject].lemma.lower()
        in lexicon.actor_nouns | lexicon.government_nouns | lexicon.anonymous_nouns
    ):
        # '"Unions will of course be consulted," the Cabinet Office said': the
        # speaker undertakes what no one else is named to do
        return _cue("pledge", f.speaker, "modal")
    if (
        auxes & lexicon.future
        and not negated
        and (
            reporter is None
            or pt.tokens[f.verb].lemma.lower() in lexicon.insisting_verbs
        )
        and not _conditional(pt, f, verb)
        and (told := subject if subject is not None else _hung_on_report(pt, f, verb))
        is not None
        and not actor_like(pt, told, lexicon)
        and pt.tokens[told].pos in {"NOUN", "PROPN"}
        and _measure_told(pt, verb, told, lexicon)
    ):
        # "Mr Brown said the excise duty on some fabrics would be lowered", "insisted
        # economic targets would be met": a measure of the speaker's government
        # (``announced``: the state's only)
        return replace(_cue("pledge", f.speaker, "modal"), announced=True)
    if (
        auxes & lexicon.future
        and not negated
        and subject is not None
        and pt.tokens[subject].dep == "expl"
        and tok.lemma.lower() == "be"
        and not _conditional(pt, f, verb)
        and any(
            a.lemma.lower() in _UNDERTAKINGS
            and not any(d.text.lower() == "no" for d in dep_children(pt, a.i, "det"))
            for a in dep_children(pt, verb, "attr")
        )
    ):
        # "Lord Falconer says there will be amendments when the bill goes to the
        # Lords": a step the speaker's side will take, with no one else named
        return _cue("pledge", f.speaker, "modal")
    if reporter is not None and reporter.action == "warn" and not negated:
        # "Delors warned that the EC will have a deficit": what a warning foresees
        # is the warning, not a pledge (a penalty threatens, above)
        return None
    if (
        auxes & lexicon.future
        and subject is not None
        and actor_like(pt, subject, lexicon)
        and tok.lemma.lower() != "be"  # "it will not be a battle-bus campaign"
        and "have" not in auxes  # "it would not have happened": counterfactual
        # "we will be bashed" undergoes; "would not be rushed" still refuses
        and (negated or not dep_children(pt, verb, "auxpass"))
        and not (negated and tok.lemma.lower() in lexicon.nonvolitional)
        # "he would travel to Brussels next week": a schedule, not a commitment
        and not (
            not negated
            and tok.lemma.lower() in lexicon.errands
            # "Poland would meet its financial obligations" undertakes
            and not any(
                o.lemma.lower() in lexicon.dues_words for o in _objects(pt, verb)
            )
            # "would go ahead with the changes" undertakes them
            and not any(a.text.lower() == "ahead" for a in children(pt, verb))
        )
        # "he would spend the coming days reflecting"
        and not object_takes_no_stance(pt, verb, lexicon)
        # "the Bundesbank would probably not cut rates": a forecast
        and not any(
            a.text.lower() in lexicon.hedges_words
            for a in dep_children(pt, verb, "advmod")
        )
        # "we'll see", "I would think so": a thought undertakes nothing; nor does
        # "we'll have to see"
        and tok.lemma.lower() not in _THOUGHTS
        and not (
            tok.lemma.lower() == "have"
            and any(
                x.lemma.lower() in _THOUGHTS for x in dep_children(pt, verb, "xcomp")
            )
        )
    ):  # "Trump will not personally benefit" forecasts; it refuses nothing
        if negated and kept_stance(pt, verb, lexicon):
            return None  # "will not drop its demand": the demand kept, read as a cue
        # "NATO said it will not change ..." refuses; "the minister said the government
        # would shield spending" commits. Both only when the subject is the speaker.
        action = "reject" if negated else "pledge"
        if not negated and _stops_short(pt, verb):
            action = "reject"  # "would stop short of supporting the proposals"
        harmful = tok.lemma.lower() in lexicon.harm_words or (
            tok.lemma.lower() == "put"
            and any(
                p.text.lower() == "at"
                and any(
                    o.lemma.lower() == "risk" for o in dep_children(pt, p.i, "pobj")
                )
                for p in dep_children(pt, verb, "prep")
            )
        )
        if negated and harmful:
            # "he would not put national security at risk", "will not undermine
            # the NHS": forswearing harm undertakes to protect
            return _cue("pledge", subject, "commitment")
        if negated and tok.lemma.lower() in lexicon.not_refusals:
            # "would not hesitate to retaliate" threatens; "to help" commits
            words = {t.lemma.lower() for t in pt.tokens[c_lo:c_hi]}
            action = "threaten" if words & lexicon.punitive else "pledge"
            negated = False
        spec = lexicon.verbs.get(tok.lemma.lower())
        if negated and (
            tok.lemma.lower() in lexicon.refusing_acts
            or (spec is not None and spec.action == "reject")
        ):
            # "said it would not block the deal": refusing to refuse gives way
            action = "concede"
            negated = False
        if negated and any(
            p.text.lower() == "without" for p in dep_children(pt, verb, "prep")
        ):
            # "we will not leave here without a DACA fix": what it will not do
            # without is what it asks for
            action, negated = "demand", False
        if (
            not negated
            and tok.lemma.lower() in _OPTIONS
            and any(x.tag == "VBG" for x in dep_children(pt, verb, "xcomp", "dobj"))
        ):
            # "he would consider sending him to Guantanamo" floats an option ("would
            # consider the ruling" still undertakes to)
            action = "propose"
        rule = "refusal" if negated else "commitment"
        if not negated and _names_penalty(pt, verb, lexicon):
            action, rule = "threaten", "threat"  # "Washington will impose tariffs"
        return _cue(action, subject, rule)
    if (
        auxes & lexicon.possibility
        and not negated
        and subject is not None
        and actor_like(pt, subject, lexicon)
        # "bills before Congress could trigger retaliation": what a plan may bring
        # about is feared of it, not held out by its authors
        and pt.tokens[subject].lemma.lower() not in lexicon.disparaged_policies
        and _names_penalty(pt, verb, lexicon)
    ):
        # "Argentina may break off negotiations": a possible penalty threatens
        return _cue("threaten", subject, "threat")
    return None


def _hung_on_report(pt: ParsedText, f: Frame, verb: int) -> int | None:
    """A clause's subject the parser made the reporting verb's object.

    "insisted economic targets would be met", "told MPs child benefit would rise":
    the noun before the clause is its subject, not what was insisted or told.
    """
    if pt.tokens[verb].dep != "ccomp" or pt.tokens[verb].head != f.verb:
        return None
    return next(
        (
            o.i
            for o in dep_children(pt, f.verb, "dobj")
            if o.i < verb and o.pos in {"NOUN", "PROPN"}
        ),
        None,
    )


def _measure_told(pt: ParsedText, verb: int, subject: int, lexicon: Lexicon) -> bool:
    """Whether a future clause tells a measure, not a forecast.

    A policy act in the passive with no doer ("the duty would be lowered"), a
    target to be met ("economic targets would be met"), or a measure that moves by
    itself ("child benefit would rise to £63", "the programme would resume").
    """
    lemma = pt.tokens[verb].lemma.lower()
    noun = pt.tokens[subject].lemma.lower()
    if dep_children(pt, verb, "agent"):
        return False
    if dep_children(pt, verb, "auxpass"):
        return lemma in lexicon.policy_acts or (lemma in _KEEPING and noun in _TARGETS)
    return (
        noun in lexicon.policy_subjects
        and (lemma in lexicon.policy_acts or lemma in _MOVING)
        and not dep_children(pt, verb, "dobj")
    )


# what is done to a target or a promise ("targets would be met")
_KEEPING = frozenset({"meet", "achieve", "hit", "keep", "honour", "honor", "fulfil"})
_TARGETS = frozenset(
    {"target", "goal", "objective", "commitment", "promise", "pledge", "obligation"}
)
# how a measure moves by itself: "child benefit would rise to £63"
_MOVING = frozenset({"rise", "fall", "resume", "start", "begin", "go"})


def _stops_short(pt: ParsedText, verb: int) -> bool:
    """Whether the verb is "stop short of" a backing ("would stop short of backing")."""
    tok = pt.tokens[verb]
    return tok.lemma.lower() == "stop" and any(
        c.text.lower() == "short" for c in children(pt, verb)
    )


# verbs of thinking (and of showing) whose future undertakes nothing: "well, we'll
# see", "his budget would show a deficit"
# Verbs by which a party draws a penalty on itself: "it will invite retaliation".
_INVITING = frozenset({"invite", "provoke", "risk", "incur", "attract", "court"})

# Verbs that float an act as an option rather than undertake it: "would consider
# sending".
_OPTIONS = frozenset({"consider", "explore", "weigh", "contemplate"})

_THOUGHTS = frozenset(
    {
        "see",
        "think",
        "believe",
        "feel",
        "hope",
        "expect",
        "find",
        "show",
        # "I would submit that ...", "I would argue that ...": a hedge on one's words
        "submit",
        "argue",
        "venture",
        "guess",
        "imagine",
        "say",
    }
)

# verbs whose passive says what befalls a thing ("should not be affected"), a forecast
_BEFALL = frozenset(
    {"affect", "hit", "hurt", "damage", "harm", "influence", "impact", "disrupt",
     "dent", "weaken"}
)  # fmt: skip

# What is done with a law held out in a warning: "legislation would be introduced".
_LEGISLATING = frozenset(
    {"introduce", "bring", "pass", "consider", "enact", "table", "draft", "follow",
     "impose", "propose"}
)  # fmt: skip

# Steps that "there will be ..." undertakes when no one else is named to take them
_UNDERTAKINGS = frozenset(
    {"amendment", "change", "review", "inquiry", "consultation", "referendum",
     "compensation", "concession"}
)  # fmt: skip


def _no_choice_but(pt: ParsedText, verb: int, lexicon: Lexicon) -> bool:
    """Whether the clause leaves no choice but a penalty ("no option but to retaliate").

    The verb has (or leaves) "no choice", "no option" or "no alternative", and the
    "but to ..." verb is a penalty (``[punitive] lemmas``) or a reaction.
    """
    if pt.tokens[verb].lemma.lower() not in {"have", "leave", "see"}:
        return False
    if not any(
        o.lemma.lower() in {"choice", "option", "alternative"}
        and any(d.text.lower() == "no" for d in dep_children(pt, o.i, "det"))
        for o in dep_children(pt, verb, "dobj")
    ):
        return False
    lo, hi = subtree_range(pt, verb)
    for k in range(lo, hi - 2):
        if pt.tokens[k].text.lower() == "but" and pt.tokens[k + 1].text == "to":
            # "no option but to react": a response held in reserve is one too
            return pt.tokens[k + 2].lemma.lower() in lexicon.punitive | {"react", "act"}
    return False


def _names_penalty(pt: ParsedText, verb: int, lexicon: Lexicon) -> bool:
    """The verb or its object is a penalty ("impose tariffs", "break off talks").

    Not when the verb takes the penalty away ("cut tariffs", "lift sanctions").
    Industrial action to come counts too ("would react with warning strikes").
    """
    if pt.tokens[verb].lemma.lower() in lexicon.penalty_relief:
        return False
    words = {pt.tokens[verb].lemma.lower()}
    words.update(
        c.lemma.lower() for c in children(pt, verb) if c.dep in {"dobj", "prt"}
    )
    if pt.tokens[verb].lemma.lower() == "break":
        return any(
            c.dep == "prt" and c.text.lower() == "off" for c in children(pt, verb)
        )
    # "would react to the collapse with warning strikes"
    return (
        bool(words & lexicon.certain_penalties)
        or industrial_action(pt, verb, lexicon)
        or _stern_response(pt, verb, lexicon)
    )


def _stern_response(pt: ParsedText, verb: int, lexicon: Lexicon) -> bool:
    """A response held out, as a threat is.

    "would respond sternly to any provocation", "would hold Russia accountable",
    "will take all necessary measures to defend its interests"; not "will take the
    necessary steps to carry out the deal".
    """
    lemma = pt.tokens[verb].lemma.lower()
    kids = list(children(pt, verb))
    if lemma in lexicon.response_verbs:
        return any(
            k.dep == "advmod" and k.lemma.lower() in lexicon.stern_words for k in kids
        ) or any(
            d.text.lower() == "any"
            for p in kids
            if p.dep == "prep"
            for o in dep_children(pt, p.i, "pobj")
            for d in dep_children(pt, o.i, "det")
        )
    if lemma == "hold":
        # "hold Russia accountable": the parser makes the adjective a clause
        return any(
            g.lemma.lower() in {"accountable", "responsible"}
            for k in kids
            for g in (k, *children(pt, k.i))
            if k.dep in {"ccomp", "oprd", "acomp", "xcomp"}
        )
    if lemma not in {"take", "use", "adopt"}:
        return False
    for o in (k for k in kids if k.dep == "dobj"):
        if o.lemma.lower() not in {"measure", "step", "action"}:
            continue
        words = {c.lemma.lower() for c in children(pt, o.i)}
        if words & lexicon.stern_words:
            return True  # "will take resolute measures"
        if "necessary" in words and any(
            c.dep in {"relcl", "acl", "advcl", "xcomp"}
            and c.lemma.lower() in lexicon.defending_verbs
            for c in (*children(pt, o.i), *kids)
        ):
            return True  # "all necessary measures to defend its interests"
    return False
