"""Stance cues in a sentence: verbs, verb phrases, owned nouns and direct threats.

Each finder returns :class:`~redline.claims._cue.Cue` records: the action, the token
that carries it, the token whose phrase is the holder, and the token range of the
content. Reported content is read for its modal verbs by
:mod:`redline.claims.modals`. The builder in :mod:`redline.claims.extract` turns cues
into claims.
"""

from __future__ import annotations

from dataclasses import replace

from redline.claims._cue import (
    Cue,
    agent_participle,
    by_agent,
    dashed_participle,
    finite_partner,
    joined_in,
    letter_participle,
    root_participle,
    subject_of,
)
from redline.claims._tree import (
    children,
    closing_aside,
    dep_children,
    has_content_clause,
    has_that_clause,
    step_taken,
    subtree_range,
)
from redline.claims.clauses import (
    aside_on_a_name,
    asserted_clause,
    contrastive,
    document_of,
    in_subordinate,
    listed_members,
    means_of_the_main_verb,
    named_subject,
    reattached_report,
    with_a_subject,
)
from redline.claims.frames import Frame
from redline.claims.lexicon import Lexicon, VerbCue
from redline.claims.modals import actor_like, modal_cue, object_takes_no_stance
from redline.claims.phrases import (
    DISLIKE_VERBS,
    NOT_ABOUT_TO,
    adjective_stance,
    announces,
    approves,
    attacks_in_words,
    dislikes,
    disparages,
    displeased,
    gathered,
    gives_up_a_stance,
    industrial_action,
    intends,
    kept_stance,
    labels_a_charge_true,
    labels_a_charge_untrue,
    labels_a_policy,
    offers_flexibility,
    plan_would_do,
    role_stance,
    stranded_against,
    tells_to,
    verb_phrase,
)
from redline.nlp import ParsedText, Token

__all__ = ["Cue", "find_cues", "names_what_it_refuses"]

_DASHES = frozenset({"-", "\u2013", "\u2014"})
# Objects of "impose" that make a tax, not a penalty, unless a foreign party pays it
_TAX_WORDS = frozenset({"tax", "rate", "charge", "surcharge", "vat"})


def _agent(
    pt: ParsedText,
    subject: int | None,
    stative: frozenset[str] = frozenset(),
    *,
    cue: int | None = None,
) -> int | None:
    """Who acts: for a passive ("Powell is approved by the Senate") the by-agent.

    A passive that states the subject's own stance ("Britain is committed to free
    trade", lemmas in ``stative``) keeps its subject when no one else is named, and
    so does an active ``cue`` conjoined to the passive ("The Liberal Democrats have
    not been drawn into the argument but have called for ...") or under it ("was
    forced to deny").
    """
    done_by = None if cue is None else agent_participle(pt, cue)
    if done_by is not None:
        return done_by  # "the reforms demanded by the IMF": the IMF's demand
    if (
        cue is not None
        and subject is not None
        and pt.tokens[subject].head != cue
        and dep_children(pt, cue, "auxpass")
    ):
        # "is in prison, having been charged with fraud": the subject of the clause
        # the participle hangs on undergoes it; whoever charged him acts
        return by_agent(pt, cue) or (
            subject if pt.tokens[cue].lemma.lower() in stative else None
        )
    if subject is None or pt.tokens[subject].dep != "nsubjpass":
        return subject
    verb = pt.tokens[subject].head
    if (
        cue is not None
        and cue != verb
        and pt.tokens[cue].dep == "conj"
        and not dep_children(pt, cue, "auxpass")
    ):
        return subject
    if cue is not None and _complements(pt, cue, verb):
        # "Howard was forced to deny the split", "the Tories are thought likely to
        # propose": the one made to act, or said to be about to, acts
        return subject
    agent = by_agent(pt, verb) or _by_on_the_object(pt, verb)
    if agent is not None:
        return agent
    return subject if pt.tokens[verb].lemma.lower() in stative else None


def _by_on_the_object(pt: ParsedText, verb: int) -> int | None:
    """A passive's agent the parser hung on its second object.

    "Pensioners are being promised energy savings by the Liberal Democrats": "by"
    hangs on "savings"; with the verb passive, its object is the Liberal Democrats.
    """
    if not dep_children(pt, verb, "auxpass"):
        return None
    for obj in dep_children(pt, verb, "dobj"):
        for by in dep_children(pt, obj.i, "prep"):
            if by.text.lower() == "by":
                named = [o for o in dep_children(pt, by.i, "pobj") if o.pos == "PROPN"]
                if named:
                    return named[0].i
    return None


def _complements(pt: ParsedText, cue: int, verb: int) -> bool:
    """Whether ``cue`` completes ``verb`` ("forced to deny", "thought likely to")."""
    k = cue
    for _ in range(3):
        tok = pt.tokens[k]
        if tok.dep != "xcomp" and not (k != cue and tok.dep in {"oprd", "acomp"}):
            return False
        if tok.head == verb:
            return True
        k = tok.head
    return False


def _asked_as_necessary(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether the verb is what "it is important to" asks for.

    "said it's important to offer competitive prices": the speaker asks that prices
    be offered (the statement's idiom reads the demand); "it" offers nothing.
    """
    tok = pt.tokens[i]
    if tok.dep != "xcomp":
        return False
    head = pt.tokens[tok.head]
    adjective = (
        head
        if head.pos == "ADJ"
        else next(
            (c for c in children(pt, head.i) if c.dep == "acomp"),
            None,
        )
    )
    if adjective is None or adjective.lemma.lower() not in lexicon.necessity_adjectives:
        return False
    verb = adjective.head if adjective.i == head.i else head.i
    return any(
        s.text.lower() in {"it", "this"} for s in dep_children(pt, verb, "nsubj")
    )


def _needs_ok(pt: ParsedText, i: int, needs: str | None, lexicon: Lexicon) -> bool:
    if needs is None:
        return True
    kids = list(children(pt, i))
    if "," in needs:
        return any(_needs_ok(pt, i, part, lexicon) for part in needs.split(","))
    if needs == "clause":
        subject = subject_of(pt, i)
        if (
            subject is not None
            and pt.tokens[subject].lemma.lower() in lexicon.disparaged_policies
        ):
            # "bills considered by Congress could threaten the trading system": a
            # plan endangers; its authors threaten no one
            return False
        # "threatened to ..." / "threatened sanctions", not "threatening a city"
        return (
            any(c.dep in {"xcomp", "ccomp"} for c in kids)
            or any(c.dep == "dobj" and c.pos == "NOUN" and not c.ent_type for c in kids)
            or _late_infinitive(pt, i, kids) is not None
        )
    if needs == "would":
        # "would like Brazil to work with the IMF", not "likes the plan"
        return any(
            c.dep == "aux" and c.text.lower() in {"would", "'d"} for c in kids
        ) and _needs_ok(pt, i, "object", lexicon)
    if needs == "that":
        return any(c.dep == "ccomp" for c in kids)
    if needs == "subjunctive":
        # "insisted that Japan boost imports": a bare verb with a subject of its own
        # asks for it; "insisted that the plan was fair" states
        return any(
            c.dep == "ccomp"
            and (subjects := dep_children(pt, c.i, "nsubj", "nsubjpass"))
            and not dep_children(pt, c.i, "aux")
            and (
                c.tag == "VB"
                # "insisting that any added funding be accompanied by ...": a
                # passive's bare "be"
                or any(a.tag == "VB" for a in dep_children(pt, c.i, "auxpass"))
                # "insisted that any deal include protections": a plain form after
                # a singular subject is the subjunctive the tagger took for a VBP
                or (
                    c.tag == "VBP"
                    and (
                        subjects[0].tag in {"NN", "NNP"}
                        or subjects[0].text.lower() in {"he", "she", "it"}
                    )
                )
            )
            for c in kids
        )
    if needs == "why":
        return any(
            c.dep == "ccomp" and any(w.text.lower() == "why" for w in children(pt, c.i))
            for c in kids
        )
    if needs == "someone":
        deps = {c.dep for c in kids}
        return (
            # "we need that they ..."; not a clause before it ("... may God shed His
            # grace on us all ... we sure need it")
            any(
                c.dep == "ccomp"
                and c.i > i
                # "need some Democratic support to advance legislation", parsed as
                # a clause: an infinitive's subject must be someone who can act
                and not (
                    any(a.text.lower() == "to" for a in dep_children(pt, c.i, "aux"))
                    and not any(
                        s.pos in {"PROPN", "PRON"} or s.ent_type in _ACTOR_ENTS
                        for s in dep_children(pt, c.i, "nsubj")
                    )
                )
                for c in kids
            )
            # '"We need a free trade agreement," the senator said', "prosecutors
            # said they needed an independent appraisal": the speaker's side asks
            or (
                "dobj" in deps
                and not deps & {"xcomp", "advcl", "ccomp"}
                # "we sure need it" (grace, in a condolence) names nothing asked for
                and not any(c.dep == "dobj" and c.pos == "PRON" for c in kids)
                and any(
                    c.dep == "nsubj"
                    and (
                        c.text.lower() == "we"
                        # "they" in reported words; the writer's "they need some
                        # Democratic support to advance legislation" asks nothing
                        or (c.text.lower() == "they" and pt.tokens[i].dep == "ccomp")
                    )
                    for c in kids
                )
                and not any(c.dep == "aux" and c.tag == "MD" for c in kids)
            )
            # "needs the West to give it guarantees", not "need support to pass it"
            or (
                {"dobj", "xcomp"} <= deps
                and any(
                    c.dep == "dobj"
                    and (c.pos in {"PROPN", "PRON"} or c.ent_type in _ACTOR_ENTS)
                    for c in kids
                )
            )
            # "needed action from Japan"
            # "needed action from Japan"; "would need support from Chile" is a
            # forecast
            or (
                not any(c.dep == "aux" and c.tag == "MD" for c in kids)
                and any(
                    c.dep == "dobj"
                    and any(g.text.lower() == "from" for g in children(pt, c.i))
                    for c in kids
                )
            )
            or any(
                c.dep == "xcomp" and dep_children(pt, c.i, "nsubj", "nsubjpass")
                for c in kids
            )
        )
    if needs == "resolve":
        # "Britain is determined to keep its rebate": the resolve of the subject,
        # not "the court will determine whether ..."
        return (
            pt.tokens[i].dep in {"acomp", "ROOT", "conj"}
            and (pt.tokens[i].tag == "JJ" or bool(dep_children(pt, i, "auxpass")))
            and any(
                c.dep == "xcomp"
                and dep_children(pt, c.i, "aux")
                # "is determined to resist France's demands" refuses them, as the
                # verb under it says
                and not (
                    c.lemma.lower() in lexicon.verbs
                    and lexicon.verbs[c.lemma.lower()].action == "reject"
                )
                for c in kids
            )
        )
    if needs == "wish":
        # "the EC wanted to stick to the schedule" asks for it; not a goal all
        # profess ("wants to end the war"), a forecast ("will want to test their
        # resolve") or one's own staying on ("wanted to carry on as prime minister")
        if pt.tokens[i].lemma.lower() == "wish" and (
            len(dep_children(pt, i, "dobj", "dative")) > 1
            or dep_children(pt, i, "ccomp", "advmod")
        ):
            # "we wish the talks every success", "I wish him well", "I wish they
            # had acted sooner": good wishes and regrets ask for nothing
            return False
        if _needs_ok(pt, i, "object", lexicon):
            return True
        if any(c.dep == "aux" and c.tag == "MD" for c in kids):
            return False
        if pt.tokens[i].dep == "xcomp":
            return False  # "is likely to want to capitalise": a forecast
        return any(
            c.dep == "xcomp"
            and c.pos in {"VERB", "AUX"}
            and any(a.text.lower() == "to" for a in dep_children(pt, c.i, "aux"))
            and c.lemma.lower() not in lexicon.staying_verbs
            # "wants to be self-sufficient", not "wants to be a catalyst" or "to
            # be here"
            and not (c.lemma.lower() == "be" and not dep_children(pt, c.i, "acomp"))
            and not any(
                o.lemma.lower() in lexicon.professed_goals
                for o in dep_children(pt, c.i, "dobj")
            )
            for c in kids
        )
    if needs == "object":
        if any(c.dep in {"dobj", "ccomp", "attr", "oprd"} for c in kids):
            return True
        if _conjuncts_object(pt, i, kids) is not None:
            return True  # "demanded and won amendments"
        if {"nsubjpass", "agent"} <= {c.dep for c in kids} and not any(
            c.dep == "aux" and c.tag == "MD" for c in kids
        ):
            # "the plan was welcomed by Japan": the object is the subject ("must be
            # ratified by the minister" says what is still to come)
            return True
        if (
            pt.tokens[i].dep == "acl"
            and pt.tokens[i].lemma.lower() in lexicon.backing_verbs
            # not "issues supported by Japan's defence budget": a thing backs
            and actor_like(pt, by_agent(pt, i), lexicon)
        ):
            return True  # "its application, supported by Japan": the noun is it
        # "wants Ukraine to be neutral": object + infinitive parsed as xcomp/ccomp with
        # its own subject.
        for c in kids:
            if c.dep == "xcomp" and dep_children(pt, c.i, "nsubj", "nsubjpass"):
                return True
            if c.dep == "xcomp" and c.tag == "VBG":
                return True  # "advocated keeping the top rate"
            # "want to see changes in the bill" wants the changes; "want to see the
            # Senate go first" wants the Senate to act
            if (
                c.dep == "xcomp"
                and c.lemma.lower() == "see"
                and (
                    dep_children(pt, c.i, "dobj")
                    or any(
                        (
                            pt.tokens[i].lemma.lower() == "want"
                            # "would like to see Japan open its markets" asks a
                            # party ("would like to see the teacher able to ..." is
                            # a plan of the speaker's own)
                            or (
                                pt.tokens[i].lemma.lower() in {"like", "love", "prefer"}
                                and any(
                                    actor_like(pt, n.i, lexicon)
                                    for n in dep_children(pt, k.i, "nsubj")
                                )
                            )
                        )
                        and dep_children(pt, k.i, "nsubj")
                        # not "wanted to see what the U.S. would do": wait and see
                        and pt.tokens[subtree_range(pt, k.i)[0]].text.lower()
                        not in lexicon.question_words | {"if", "that"}
                        for k in dep_children(pt, c.i, "ccomp")
                    )
                )
            ):
                return True
        return False
    # "called Labour 'a machine for talking'": a name given, not a call for
    label = min(
        (c.i for c in kids if c.dep in {"oprd", "dobj"} and c.i > i),
        default=len(pt.tokens),
    )
    if pt.tokens[i].lemma.lower() != "call":
        label = len(pt.tokens)
    return (
        any(
            c.text.lower() == needs
            and c.dep in {"prep", "prt", "dative", "advmod"}
            # "Kim, for his part, has called Trump deranged": not a call for
            and i < c.i < label
            for c in kids
        )
        or any(  # "appealed for the country to make an effort": "for" marks a clause
            c.dep in {"advcl", "xcomp", "ccomp"}
            and any(
                m.dep == "mark" and m.text.lower() == needs for m in children(pt, c.i)
            )
            for c in kids
        )
        or (needs == "for" and _for_after_a_place(pt, kids))
    )


def _late_infinitive(pt: ParsedText, i: int, kids: list[Token]) -> int | None:
    """The verb's infinitive the parser took for a clause of purpose, if any.

    "threatened in his maiden U.N. address to 'totally destroy' the country": after
    a phrase of place or occasion (and a quote mark) the infinitive hangs as an
    advcl; with no object of its own the verb has no other complement.
    """
    if any(c.dep in {"dobj", "xcomp", "ccomp"} for c in kids):
        return None
    return next(
        (
            c.i
            for c in kids
            if c.dep == "advcl"
            and c.i > i
            and c.tag == "VB"
            and any(
                a.dep == "aux" and a.text.lower() == "to" for a in children(pt, c.i)
            )
            and any(
                p.dep == "prep"
                and p.text.lower() in {"in", "at", "during"}
                and i < p.i < c.i
                for p in kids
            )
        ),
        None,
    )


def _conjuncts_object(pt: ParsedText, i: int, kids: list[Token]) -> int | None:
    """The object verb ``i`` shares with the verb conjoined right after it, if any.

    "demanded and won amendments": the object hangs on the second verb only. The
    conjunct follows "and" right after the verb and has no subject of its own.
    """
    if any(c.dep in {"dobj", "ccomp", "xcomp"} for c in kids):
        return None
    for c in kids:
        if (
            c.dep == "conj"
            and c.pos == "VERB"
            and c.i == i + 2
            and pt.tokens[i + 1].dep == "cc"
            and not dep_children(pt, c.i, "nsubj", "nsubjpass")
        ):
            objects = dep_children(pt, c.i, "dobj")
            return objects[0].i if objects else None
    return None


def _for_after_a_place(pt: ParsedText, kids: list[Token]) -> bool:
    """Whether "for" hangs on the place or occasion of the verb's own phrase.

    "will press at the summit for a declaration": the parser attaches "for" to
    "summit", not to "press".
    """
    return any(
        c.dep == "prep"
        and c.text.lower() in {"at", "in", "during"}
        and any(
            g.dep == "prep" and g.text.lower() == "for" and g.i > o.i
            for o in dep_children(pt, c.i, "pobj")
            for g in children(pt, o.i)
        )
        for c in kids
    )


def _urged_to(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether ``i`` is what someone unnamed urges the subject to do.

    "Mr Blair was being urged to push for action on climate change": the push is
    asked of Mr Blair, not taken by him, and no one is named asking.
    """
    tok = pt.tokens[i]
    if tok.dep != "xcomp":
        return False
    head = pt.tokens[tok.head]
    spec = lexicon.verbs.get(head.lemma.lower())
    return (
        spec is not None
        and spec.action == "demand"
        and bool(dep_children(pt, head.i, "auxpass"))
        and not dep_children(pt, head.i, "agent")
    )


def _blamed_on_a_thing(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether "blamed X on Y" lays the blame on causes, not on a party.

    "blamed the deficit on slow economic conditions", "blamed the fall on
    unbalanced supply and demand" charge no one; "blamed the deficit on the
    Democrats" or "on Democratic policies" do (a party named in the phrase).
    """
    # the parser may hang "on" on the object ("blamed the size of the deficit on")
    ranges = [subtree_range(pt, o.i) for o in dep_children(pt, i, "dobj")]
    preps = [
        t
        for t in pt.tokens[i + 1 : subtree_range(pt, i)[1]]
        if t.dep == "prep"
        and t.text.lower() == "on"
        and (t.head == i or any(lo <= t.head < hi for lo, hi in ranges))
    ]
    if not preps:
        return False
    _lo, hi = subtree_range(pt, preps[0].i)
    return not any(
        t.ent_type in _ACTOR_ENTS
        # "after the 11 September attacks": a date names no one
        or (t.pos in {"PRON", "PROPN"} and t.ent_type not in _TIME_ENTS)
        or t.lemma.lower() in lexicon.government_nouns | lexicon.actor_nouns
        for t in pt.tokens[preps[0].i + 1 : hi]
    )


def _argued_by_saying(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether the verb backs up a point "by saying": an argument, not a stance.

    "He supported that by saying the money supply was inside its band" backs his
    own claim with another; "supported the plan" backs a plan.
    """
    return any(
        o.text.lower() in {"that", "this", "it"} for o in dep_children(pt, i, "dobj")
    ) and any(
        c.lemma.lower() in lexicon.reporting_verbs
        for p in dep_children(pt, i, "prep")
        if p.text.lower() == "by"
        for c in dep_children(pt, p.i, "pcomp")
    )


def _asks_a_question(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether the verb asks a question ("asked whether ...") or for advice.

    "sought guidance from the committee" consults (``[questions] advice``).
    """
    if any(
        o.lemma.lower() in lexicon.advice_nouns for o in dep_children(pt, i, "dobj")
    ):
        return True
    for comp in dep_children(pt, i, "ccomp"):
        c_lo, _ = subtree_range(pt, comp.i)
        if pt.tokens[c_lo].text.lower() in lexicon.question_words:
            return True
    # "asked Gordon about efforts to soften the platform": a question on a matter,
    # not a request (not "asked him for documents about", nor "asked him to ...")
    if (
        pt.tokens[i].lemma.lower() == "ask"
        and not dep_children(pt, i, "xcomp", "ccomp")
        and not any(p.text.lower() == "for" for p in dep_children(pt, i, "prep"))
        and any(
            p.text.lower() == "about"
            for k in (i, *(o.i for o in dep_children(pt, i, "dobj")))
            for p in dep_children(pt, k, "prep")
        )
    ):
        return True
    # "pressed Facebook's lawyer on why the company did not catch the ads": a
    # question put on a matter ("on" a "why", "whether" or "how" clause)
    objects = (
        dep_children(pt, i, "dobj") if pt.tokens[i].lemma.lower() == "press" else []
    )
    for obj in objects:
        for prep in dep_children(pt, i, "prep") + dep_children(pt, obj.i, "prep"):
            if prep.text.lower() != "on":
                continue
            for comp in dep_children(pt, prep.i, "pcomp", "pobj"):
                c_lo, _ = subtree_range(pt, comp.i)
                if pt.tokens[c_lo].text.lower() in lexicon.question_words:
                    return True
    return False


_VERBAL = frozenset({"VERB", "AUX"})
# Contracted auxiliaries, straight or curly ("I\u2019ll", which the small model does
# not lemmatise): the word they stand for.
_ACTOR_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
_TIME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "EVENT"})
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})


def _content_range(
    pt: ParsedText, i: int, hi: int, frame: Frame | None, lexicon: Lexicon
) -> tuple[int, int]:
    """Tokens after the cue to the end of its clause, less a trailing attribution.

    A relative clause whose pronoun is the cue's object ("the plan, which Russia
    rejected last week") is about the noun it hangs on.
    """
    tok_i = pt.tokens[i]
    if dashed_participle(pt, i):
        # "- blaming Democrats for that outcome": the phrase the parser hung it on
        return (i + 1, min(hi, subtree_range(pt, tok_i.head)[1]))
    on_a_charge = (  # "allegations that Moscow denies", parsed as a clause on them
        tok_i.dep == "acl"
        and pt.tokens[tok_i.head].lemma.lower() in lexicon.deny_objects
        and not dep_children(pt, i, "dobj", "ccomp")
        and not root_participle(pt, i)  # "A report called for ...": the main verb
    )
    if (
        on_a_charge
        # "the reforms demanded by the IMF": the reforms
        or agent_participle(pt, i) is not None
        or (
            tok_i.dep == "relcl"
            and any(
                c.dep in {"dobj", "nsubjpass"} and c.tag in {"WDT", "WP"}
                for c in children(pt, i)
            )
        )
    ):
        fronted = _fronted_content(pt, i, hi, frame, lexicon)
        if fronted is not None:
            return fronted
    kids = list(children(pt, i))
    # "have been angered by the delays" is the subject's own displeasure
    passive = None if displeased(pt, i, lexicon) else _passive_object(pt, i, kids)
    if passive is not None:  # "the plan was rejected by Japan": the plan
        return passive
    shared = _conjuncts_object(pt, i, kids)
    if shared is not None:  # "demanded and won amendments to ease the tax"
        o_lo, o_hi = subtree_range(pt, shared)
        o_hi = min(o_hi, hi)
        while o_hi - 1 > o_lo and pt.tokens[o_hi - 1].dep in {"cc", "punct"}:
            o_hi -= 1  # "wanted and got last-minute amendments and whose votes ..."
        return o_lo, o_hi
    _, sub_hi = subtree_range(pt, i)
    aside = closing_aside(pt, i)
    if aside is not None:
        sub_hi = aside  # ", a move that would cost 400 jobs": the writer's comment
    # A coordinated clause with its own verb is its own statement:
    # "dismisses such claims ..., but has also warned ..." ends at "but".
    for k in pt.children[i]:
        tok = pt.tokens[k]
        contrast = tok.dep == "advcl" and (
            contrastive(pt, k)
            # "rejected the plan, saying the EU must ...": the report is its own
            or (tok.tag == "VBG" and tok.lemma.lower() in lexicon.reporting_verbs)
        )
        if k > i and ((tok.dep == "conj" and tok.pos in {"VERB", "AUX"}) or contrast):
            k_lo, _ = subtree_range(pt, k)
            # back over the ", and" (or quote) run right before the conjunct
            j = k_lo
            while (
                j - 1 > i
                and pt.tokens[j - 1].dep in {"cc", "punct"}
                and pt.tokens[j - 1].head == i
            ):
                j -= 1
            sub_hi = min(sub_hi, j)
    lo = i + 1
    late = _late_infinitive(pt, i, kids)
    if late is not None:  # "threatened in his address to destroy ...": the infinitive
        lo = subtree_range(pt, late)[0]
    # Skip particles and complementisers right after the cue ("call for", "said that").
    while lo < sub_hi and pt.tokens[lo].dep in {"prt", "mark", "punct"}:
        lo += 1
    if lo < sub_hi and pt.tokens[lo].dep == "agent" and pt.tokens[lo].head == i:
        # "was urged by the US to open its market": what follows the agent
        after = subtree_range(pt, lo)[1]
        if any(t.pos not in {"PUNCT", "SPACE"} for t in pt.tokens[after:sub_hi]):
            lo = after
    end = sub_hi
    if frame is not None and frame.tail_start is not None and frame.tail_start > i:
        end = max(lo, frame.tail_start) if frame.verb > i else end
    # A garbled parse can hang the rest of a list on another head: extend to the
    # attribution tail (or the end of the sentence) when nothing else intervenes.
    if frame is not None and frame.tail_start is not None and frame.tail_start > end:
        end = frame.tail_start
    end = min(end, hi)
    end = _before_attribution(pt, lo, end, lexicon)
    dash = next(
        (
            k
            for k in range(lo + 1, end)
            if pt.tokens[k].text in _DASHES and pt.tokens[k - 1].end < pt.tokens[k].idx
        ),
        None,
    )
    if dash is not None:
        end = dash
    end = _trim_end(pt, lo, end)
    if end <= lo:
        return _fronted_content(pt, i, hi, frame, lexicon) or (lo, lo)
    return lo, end


def _trim_end(pt: ParsedText, lo: int, end: int) -> int:
    """``end`` moved back over the closing punctuation of a content.

    A quotation's closing mark stays unless it closes nothing opened in
    ``[lo, end)`` ('... these tariffs!"').
    """
    while end > lo:
        tok = pt.tokens[end - 1]
        if tok.pos not in {"PUNCT", "SPACE"}:
            break
        if tok.text in {'"', "\u201d", ")"}:
            marks = sum(1 for t in pt.tokens[lo : end - 1] if t.text in _QUOTE_MARKS)
            if tok.text == ")" or marks % 2:
                break
        end -= 1
    return end


def _passive_object(
    pt: ParsedText, i: int, kids: list[Token]
) -> tuple[int, int] | None:
    """What a passive cue with a by-agent and nothing else after it is about.

    "The plan was rejected by Japan": the subject, not "by Japan"; "Japan was urged
    by the US to open its market" keeps the infinitive.
    """
    deps = {c.dep for c in kids}
    if not {"auxpass", "agent", "nsubjpass"} <= deps or deps & {
        "xcomp",
        "ccomp",
        "dobj",
        "dative",
    }:
        return None
    if any(
        c.dep == "prep" and c.i > i and c.text.lower() in {"of", "as", "for", "over"}
        for c in kids
    ):
        return None  # "accused by the US of dumping": what follows is the charge
    subj = next(c for c in kids if c.dep == "nsubjpass")
    if subj.pos == "PRON":
        return None  # "it was rejected by Japan": the pronoun says nothing
    lo, hi = subtree_range(pt, subj.i)
    return (lo, hi) if hi <= i else None


def _fronted_content(
    pt: ParsedText, i: int, hi: int, frame: Frame | None, lexicon: Lexicon
) -> tuple[int, int] | None:
    """What a cue with nothing after it is about, when that comes first.

    "a position that Unison cannot accept": the noun the relative clause hangs on;
    "cannot accept and will oppose": the first verb's content; "aid will not take
    relief from Africa, Tony Blair has promised": the clause before the verb.
    """
    tok = pt.tokens[i]
    before = [c for c in dep_children(pt, i, "ccomp") if c.i < i]
    if before and len(dep_children(pt, i, "nsubj", "nsubjpass")) == 1:
        b_lo, b_hi = subtree_range(pt, before[0].i)
        while b_hi > b_lo and pt.tokens[b_hi - 1].pos in {"PUNCT", "SPACE"}:
            b_hi -= 1
        if b_hi > b_lo:
            return b_lo, b_hi
    if tok.dep in {"relcl", "acl"}:
        noun_lo, _ = subtree_range(pt, tok.head)
        rel_lo, _ = subtree_range(pt, i)
        if noun_lo <= tok.head < rel_lo:
            return noun_lo, tok.head + 1
    if tok.dep == "conj" and tok.head < i and pt.tokens[tok.head].pos in _VERBAL:
        first = _content_range(pt, tok.head, hi, frame, lexicon)
        if first[1] > first[0]:
            return first
    return None


def _before_attribution(pt: ParsedText, lo: int, end: int, lexicon: Lexicon) -> int:
    """Cut content at a trailing attribution the parse hung inside it.

    ", the New York Times reported on Thursday, citing lawmakers" is who reported
    the claim, not part of what was demanded.
    """
    for k in range(lo + 1, end):
        if pt.tokens[k].text != ",":
            continue
        window = pt.tokens[k + 1 : min(k + 7, end)]
        if window and window[0].lemma.lower() in {"cite", "according"}:
            return k
        for j, tok in enumerate(window):
            if tok.lemma.lower() in lexicon.reporting_verbs and tok.pos == "VERB":
                has_subject = any(
                    t.dep in {"nsubj", "nsubjpass"} and t.head == tok.i
                    for t in window[:j]
                )
                if has_subject and not dep_children(pt, tok.i, "ccomp", "dobj"):
                    return k
                break
    return end


def _stative_adjective(pt: ParsedText, i: int, lexicon: Lexicon) -> str | None:
    """The verb lemma of a stative passive parsed as an adjective ("am committed")."""
    tok = pt.tokens[i]
    if tok.pos != "ADJ" or tok.dep != "acomp":
        return None
    word = tok.text.lower()
    return next(
        (
            lemma
            for lemma in lexicon.stative_passives
            if lemma in lexicon.verbs
            and word in {lemma + "ed", lemma + "d", lemma + lemma[-1] + "ed"}
        ),
        None,
    )


def _frame_for(frames: list[Frame], pt: ParsedText, i: int) -> Frame | None:
    """The reporting frame that governs token ``i`` (its content or trailing tail)."""
    for f in frames:
        if f.content is not None:
            c_lo, c_hi = subtree_range(pt, f.content)
            if c_lo <= i < c_hi:
                return f
        if f.tail_start is not None and i < f.tail_start:
            return f
    return None


def find_cues(
    pt: ParsedText, lo: int, hi: int, *, lexicon: Lexicon, frames: list[Frame]
) -> list[Cue]:
    """All stance cues of the sentence ``[lo, hi)``, at most one per cue token."""
    cues: list[Cue] = []
    taken: set[int] = set()
    for f in frames:
        cue = modal_cue(pt, f, hi, lexicon=lexicon)
        if cue is not None:
            cues.append(cue)
            taken.add(cue.token)
            taken.add(f.verb)
    for tok in pt.tokens[lo:hi]:
        if tok.i in taken or _urged_to(pt, tok.i, lexicon):
            continue
        lemma = tok.lemma.lower()
        # "consumers may consider dropping their insistence on a lower floor";
        # "Democrats called the Republican plan a giveaway to the rich"
        kept = kept_stance(pt, tok.i, lexicon)
        phrase = kept or (
            "concede"
            if gives_up_a_stance(pt, tok.i, lexicon)
            or offers_flexibility(pt, tok.i, lexicon)
            else "deny"
            if labels_a_charge_untrue(pt, tok.i, lexicon)
            else "accuse"
            if labels_a_charge_true(pt, tok.i, lexicon)
            else ("reject" if labels_a_policy(pt, tok.i, lexicon) else "accuse")
            if disparages(pt, tok.i, lexicon) or attacks_in_words(pt, tok.i, lexicon)
            else "accept"
            if approves(pt, tok.i, lexicon)
            else "reject"
            if dislikes(pt, tok.i, lexicon)
            else "demand"
            if tells_to(pt, tok.i)
            else "pledge"
            if announces(pt, tok.i, lexicon)
            else verb_phrase(pt, tok.i, lexicon)
            or role_stance(pt, tok.i, lexicon)
            or ("accuse" if displeased(pt, tok.i, lexicon) else None)
            or adjective_stance(pt, tok.i, lexicon)
            or ("threaten" if industrial_action(pt, tok.i, lexicon) else None)
        )
        if phrase is not None:
            actions = [phrase]
            if (
                phrase in {"accuse", "reject"}
                # "do not like the plan" turns it down and faults no one; nor does
                # an act that stops it ("Democrats were blocking the bill")
                and lemma not in DISLIKE_VERBS
                and lemma not in lexicon.refusing_acts
            ) and _criticises_a_policy(pt, tok.i, lexicon, aimed=phrase == "accuse"):
                actions.append("reject" if phrase == "accuse" else "accuse")
            issuer = document_of(pt, tok.i, lexicon)
            subject = subject_of(
                pt,
                # "issued a statement expressing support": the issuer's
                tok.i if issuer is None else issuer,
                # "was happy to offer a pledge": the adjective's subject's
                stance_adjectives=lexicon.reluctance
                | lexicon.readiness
                | lexicon.likelihood
                | lexicon.willingness
                # "is unlikely to back away from its demand": the subject's demand
                | (NOT_ABOUT_TO if kept else frozenset()),
            )
            # "slammed the plan as a giveaway to the rich" rejects the plan and
            # accuses its authors: criticism of a policy is read both ways
            cues.extend(
                Cue(
                    action=action,
                    token=tok.i,
                    # "has been attacked by the Tories as too little": the agent's;
                    # "was angered by the rise" is the subject's own displeasure
                    holder=subject
                    if displeased(pt, tok.i, lexicon)
                    else _agent(pt, subject, cue=tok.i),
                    content=_content_range(pt, tok.i, hi, None, lexicon),
                    frame=_frame_for(frames, pt, tok.i),
                    split=False,
                    rule="verb",
                )
                for action in actions
            )
            taken.add(tok.i)
            continue
        plan = intends(pt, tok.i, lexicon)
        stative = _stative_adjective(pt, tok.i, lexicon)
        if stative is not None:
            lemma = stative  # "I am committed to": the parser's adjective
        if (tok.pos in {"VERB", "AUX"} or stative or plan) and (
            lemma in lexicon.verbs or plan
        ):
            spec = (
                VerbCue(action=_plan_action(pt, tok.i, lexicon), needs=None)
                if plan
                else lexicon.verbs[lemma]
            )
            # "Other countries opposing the tax include Britain, ...": theirs
            listed = listed_members(pt, tok.i)
            action = spec.action
            # "a charge Asmara denied": a denial in a clause on the charge itself.
            denial = (
                action in {"deny", "reject"}
                and (
                    tok.dep == "relcl"
                    or (tok.dep == "acl" and named_subject(pt, tok.i))
                )  # "allegations that Moscow denies"
                and pt.tokens[tok.head].lemma.lower() in lexicon.deny_objects
                # not "reports that Japan would reject the plan", a clause with an
                # object of its own, which tells what the reports say
                and not any(
                    o.text.lower() not in {"that", "which"}  # the relative pronoun
                    for o in dep_children(pt, tok.i, "dobj", "ccomp")
                )
            )
            if denial:
                action = "deny"
            elif lemma == "deny" and (
                any(d.pos != "ADP" for d in dep_children(pt, tok.i, "dative"))
                or len(dep_children(pt, tok.i, "dobj")) > 1
            ):
                # "denied them permission", "deny people a vote": a refusal to give,
                # not a denial of a charge
                action = "reject"
            elif action == "deny" and any(
                c.dep == "dobj" and c.lemma.lower() in lexicon.request_nouns
                for c in children(pt, tok.i)
            ):
                action = "reject"  # "denied the administration's request"
            elif (
                not _needs_ok(pt, tok.i, spec.needs, lexicon)
                or (
                    in_subordinate(
                        pt,
                        tok.i,
                        lo,
                        lexicon.stance_nouns,
                        documents=lexicon.document_nouns,
                        reporting=lexicon.reporting_verbs,
                    )
                    and document_of(pt, tok.i, lexicon) is None
                    and listed is None
                    and not dashed_participle(pt, tok.i)
                )
                or (
                    tok.dep == "xcomp"
                    and pt.tokens[tok.head].lemma.lower() in lexicon.failure_verbs
                )
                or (action == "demand" and _asks_a_question(pt, tok.i, lexicon))
                or (lemma == "blame" and _blamed_on_a_thing(pt, tok.i, lexicon))
                or (action == "accept" and _argued_by_saying(pt, tok.i, lexicon))
                or _undergone(pt, tok.i, lexicon)
                # "it's important to offer competitive prices" asks for the act
                # ("important to reject the plan" still turns it down)
                or (
                    action in {"propose", "pledge", "concede", "threaten"}
                    and _asked_as_necessary(pt, tok.i, lexicon)
                )
                # "the bill approved by the committee", "the amendment offered by
                # Rep. Smith": on a noun, acceptance is a procedure and a proposal
                # names its author; "the reforms demanded by the IMF" is a stance
                or (
                    action in {"accept", "propose"}
                    and agent_participle(pt, tok.i) is not None
                    # "a pact backed by Kuwait" is Kuwait's backing (not "issues
                    # backed by Japan's budget")
                    and not (
                        lemma in lexicon.backing_verbs
                        and actor_like(pt, agent_participle(pt, tok.i), lexicon)
                    )
                )
                # "he declined to be named": a source's anonymity, no refusal
                or any(
                    c.lemma.lower() in lexicon.being_named
                    and dep_children(pt, c.i, "auxpass")
                    for c in dep_children(pt, tok.i, "xcomp")
                )
                or object_takes_no_stance(pt, tok.i, lexicon)
                # "refused to abandon its demand": the demand kept is the claim
                or any(
                    kept_stance(pt, x.i, lexicon)
                    for x in dep_children(pt, tok.i, "xcomp")
                )
            ):
                continue  # "failed to seek asylum" seeks nothing of anyone
            # "Turkey toughened its stance, demanding ...", "spoke on the bill,
            # blaming Democrats for the delay": a participle that takes a position
            # for the main clause's subject; commentary ("raising the spectre of a
            # trade war", a warning) not.
            if (
                tok.tag == "VBG"
                and tok.dep not in {"ROOT", "conj", "ccomp"}
                # "raised the possibility of a shutdown - blaming Democrats"
                and not (action == "accuse" and dashed_participle(pt, tok.i))
                # "Japan, which is demanding a cut": a progressive, not a participle
                and not dep_children(pt, tok.i, "aux")
                and (
                    tok.dep != "advcl"
                    or (action == "warn" and not dep_children(pt, tok.i, "ccomp"))
                )
                and not (
                    tok.dep == "pcomp"
                    and (
                        joined_in(pt, tok.i)
                        or means_of_the_main_verb(pt, tok.i)
                        or with_a_subject(pt, tok.i)
                        or step_taken(pt, tok.i) is not None
                    )
                )
                and document_of(pt, tok.i, lexicon) is None
                and listed is None
                # "has written to Tony Blair demanding an explanation": the writer's
                and letter_participle(pt, tok.i) is None
                # "members of Congress started pressing for a rollback"
                and not (
                    tok.dep == "xcomp"
                    and pt.tokens[tok.head].lemma.lower() in lexicon.aspectual_verbs
                )
            ):
                continue
            if action == "reject" and any(
                c.dep == "dobj"
                and c.lemma.lower() in lexicon.deny_objects
                # "boycotted the talks" turns down negotiations, not a charge
                and c.text.lower() not in lexicon.not_charges
                # "rejected suggestions for talks" turns a proposal down; "dismissed
                # claims of broken promises" still denies them
                and not any(
                    g.dep == "prep"
                    and (
                        g.text.lower() == "for"
                        or (
                            g.text.lower() == "of"
                            and c.lemma.lower() == "suggestion"
                            # "dismissed any suggestions of collusion" still
                            # denies a charge
                            and not any(
                                o.lemma.lower() in lexicon.disparaging_words
                                or o.lemma.lower() in lexicon.wrongdoing_words
                                for o in dep_children(pt, g.i, "pobj")
                            )
                        )
                    )
                    for g in children(pt, c.i)
                )
                # "rejected suggestions that it should let the IMF play a role":
                # what is suggested it do is a proposal ("suggestions that it was
                # seeking IMF help" still denies a charge)
                and not (c.lemma.lower() == "suggestion" and _urged_clause(pt, c.i))
                for c in children(pt, tok.i)
            ):
                action = "deny"
            if action == "reject" and any(
                c.dep == "dobj"
                and c.lemma.lower() in lexicon.deny_objects_with_that
                and has_content_clause(pt, c.i)
                for c in children(pt, tok.i)
            ):
                action = "deny"  # "rejected the idea that the Tories and BNP ..."
            if action == "reject" and _dismisses_a_party(pt, tok.i):
                action = "accuse"  # "dismissed the Conservatives as a fading force"
            if lemma == "regret" and _own_doing(pt, tok.i):
                action = "concede"  # "I regret that my remarks caused distress"
            if lemma == "agree" and _agreed_verdict(pt, tok.i, lexicon):
                action = "concede"  # "agreed the 1701 Act was discriminatory"
            frame = _frame_for(frames, pt, tok.i)
            # "ministers issued a statement deploring ...": the issuer's stance
            reported = reattached_report(pt, tok.i, lexicon) or document_of(
                pt, tok.i, lexicon
            )
            cue = Cue(
                action=action,
                token=tok.i,
                holder=_agent(
                    pt,
                    subject_of(
                        pt,
                        tok.i if reported is None else reported,
                        stance_adjectives=lexicon.reluctance
                        | lexicon.readiness
                        | lexicon.likelihood
                        | lexicon.willingness,
                    ),
                    lexicon.stative_passives,
                    cue=tok.i,
                )
                if listed is None
                else listed,
                content=_content_range(pt, tok.i, hi, frame, lexicon),
                frame=frame,
                split=action == "demand",
                rule="verb",
                # "wants to stick to the schedule": a wish of one's own, which
                # another party's account of it does not make
                intention=plan
                or (
                    spec.needs == "wish" and not _needs_ok(pt, tok.i, "object", lexicon)
                ),
            )
            charged = _charge_denied(pt, tok.i, lexicon) if action == "deny" else None
            if charged is not None:
                cue = replace(cue, holder=charged[0], content=charged[1])
            cues.append(cue)
            if action == "reject" and _on_condition(pt, tok.i, lexicon):
                # "unless the government agrees, we will vote against the bill":
                # a rejection held over a condition threatens too
                cues.append(replace(cue, action="threaten"))
            if action == "accuse" and _criticises_a_policy(
                pt, tok.i, lexicon, aimed=True
            ):
                # "criticised the plan", "condemned the tax": criticism of a policy
                # rejects it and accuses its authors, as a verbal attack does
                cues.append(replace(cue, action="reject"))
            # "offered £960m over 15 years": money offered is proposed and pledged
            if (
                action == "propose"
                and lemma == "offer"
                and any(
                    k.ent_type == "MONEY"
                    for c in dep_children(pt, tok.i, "dobj")
                    for k in pt.tokens[slice(*subtree_range(pt, c.i))]
                )
            ):
                cues.append(replace(cue, action="pledge"))
            # "pledged their support for the bill": a promise of support backs it
            if action == "pledge" and any(
                c.lemma.lower() in {"support", "backing"}
                for c in dep_children(pt, tok.i, "dobj")
            ):
                cues.append(replace(cue, action="accept"))
            # "OPEC agreed to cut its output": it accepts the deal and pledges
            # the act it agreed to do
            if (
                action == "accept"
                and lemma == "agree"
                and any(
                    c.dep == "xcomp" and c.pos == "VERB" for c in children(pt, tok.i)
                )
            ):
                cues.append(replace(cue, action="pledge"))
            taken.add(tok.i)
        elif tok.pos == "NOUN" and lemma in lexicon.nouns:
            cue = _under_plans(pt, tok.i, hi, lexicon=lexicon, frames=frames) or (
                _noun_cue(pt, tok.i, hi, lexicon=lexicon, frames=frames)
            )
            if cue is not None:
                cues.append(cue)
                taken.add(tok.i)
        elif tok.pos == "NOUN" and (
            won := _backing_won(pt, tok.i, hi, lexicon=lexicon, frames=frames)
        ):
            cues.append(won)
            taken.add(tok.i)
        elif _direct_threat(pt, tok.i, lexicon=lexicon, frames=frames):
            cues.append(
                Cue(
                    action="threaten",
                    token=tok.i,
                    holder=subject_of(pt, tok.i),
                    content=_content_range(pt, tok.i, hi, None, lexicon),
                    frame=None,
                    split=False,
                    rule="threat",
                )
            )
            taken.add(tok.i)
    return _drop_nested(cues, pt, lexicon)


def _charge_denied(
    pt: ParsedText, i: int, lexicon: Lexicon
) -> tuple[int, tuple[int, int]] | None:
    """Who denies, and what, in "X accused Y of shelling ..., a charge Z denied".

    The parser makes the denial the root: "a charge" and "Asmara" both its subjects,
    the accusation a clause under it. The name is who denies; what the accusation
    says is what is denied.
    """
    subjects = dep_children(pt, i, "nsubj")
    charge = next(
        (t for t in subjects if t.lemma.lower() in lexicon.deny_objects), None
    )
    if charge is None:
        return None
    # "Asmara" a second subject, or (parsed) an apposition of the charge
    names = [*subjects, *dep_children(pt, charge.i, "appos")]
    name = next((t for t in names if t.pos == "PROPN" and t.i > charge.i), None)
    if name is None:
        return None
    # what is denied is what the charge says: the words after the accusing verb
    # (that verb stays a claim of its own), else the charge itself
    clause = next((c for c in dep_children(pt, i, "ccomp") if c.i < charge.i), None)
    if clause is None:
        return name.i, subtree_range(pt, charge.i)
    _, end = subtree_range(pt, clause.i)
    return name.i, (clause.i + 1, end)


def _dismisses_a_party(pt: ParsedText, i: int) -> bool:
    """Whether a rejection verb casts a party, or its conduct, "as" something.

    "dismissed the Conservatives as a fading force", "dismissed the Republicans'
    activities as a partisan effort" run the party down; "dismissed the proposal as
    unworkable" rejects a plan.
    """
    has_as = any(
        c.dep == "prep" and c.text.lower() == "as" for c in children(pt, i)
    ) or any(
        g.dep == "prep" and g.text.lower() == "as"
        for c in dep_children(pt, i, "dobj")
        for g in children(pt, c.i)
    )
    if not has_as:
        return False
    parties = {"ORG", "NORP", "PERSON", "GPE"}
    return any(
        c.ent_type in parties
        or any(g.dep == "poss" and g.ent_type in parties for g in children(pt, c.i))
        for c in dep_children(pt, i, "dobj")
    )


def _plan_action(pt: ParsedText, i: int, lexicon: Lexicon) -> str:
    """What an intended act of the subject's own is: a penalty threatens.

    "the EU is ready to retaliate", "Washington plans to impose tariffs" hold a
    penalty out; "Manila is willing to pay a wider spread" and "Britain plans to cut
    tariffs" (a penalty taken away) propose.
    """
    if any(_imposes(pt, c, lexicon) for c in dep_children(pt, i, "xcomp")):
        return "threaten"
    return "propose"


def _imposes(pt: ParsedText, c: Token, lexicon: Lexicon) -> bool:
    """Whether the act ``c`` imposes a certain penalty (not one taken away).

    "to impose tariffs", "to put 300 mln dlrs in tariffs on imports ... in
    retaliation": the penalty is the verb, its object or the object of a phrase of
    its; "to cut tariffs" relieves.
    """
    if c.lemma.lower() in lexicon.penalty_relief:
        return False
    objects = dep_children(pt, c.i, "dobj")
    if _home_tax(pt, c, objects):
        return False
    words = [
        c,
        *objects,
        *(
            o
            for h in (c, *objects)
            for p in dep_children(pt, h.i, "prep")
            for o in dep_children(pt, p.i, "pobj")
        ),
    ]
    return any(w.lemma.lower() in lexicon.certain_penalties for w in words)


def _home_tax(pt: ParsedText, c: Token, objects: list[Token]) -> bool:
    """Whether ``c`` imposes a tax that no foreign party pays.

    "to impose a 50% income tax rate on the rich" is a policy; "to impose a tax on
    Japanese imports" is a penalty.
    """
    if c.lemma.lower() != "impose" or not objects:
        return False
    if any(o.lemma.lower() not in _TAX_WORDS for o in objects):
        return False
    return not any(
        t.ent_type in {"NORP", "GPE"}
        for h in (c, *objects)
        for p in dep_children(pt, h.i, "prep")
        for t in pt.tokens[slice(*subtree_range(pt, p.i))]
    )


def _direct_threat(
    pt: ParsedText, i: int, *, lexicon: Lexicon, frames: list[Frame]
) -> bool:
    """A main clause that threatens on a condition, not reported by anyone else.

    "(Iran) will shred the deal if Washington pulls out".
    """
    tok = pt.tokens[i]
    if tok.pos != "VERB" or tok.dep not in {"ROOT", "conj"}:
        return False
    if tok.dep == "conj" and pt.tokens[tok.head].dep != "ROOT":
        return False
    if any(f.content is not None and i in f.contents for f in frames):
        return False  # reported content: the modal rules read it
    if not _on_condition(pt, i, lexicon):
        return False
    lo, hi = subtree_range(pt, i)
    return any(t.lemma.lower() in lexicon.punitive for t in pt.tokens[lo:hi])


def _on_condition(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether verb ``i`` is future or possible and hangs on an "if"/"unless" clause."""
    kids = list(children(pt, i))
    if not {c.text.lower() for c in kids if c.dep == "aux"} & (
        lexicon.future | lexicon.possibility
    ):
        return False
    if any(c.dep == "neg" for c in kids):
        return False  # "if it came to a vote, Russia would not vote against": no threat
    return any(
        c.dep == "advcl"
        and any(
            m.dep == "mark" and m.text.lower() in {"if", "unless"}
            for m in children(pt, c.i)
        )
        for c in kids
    )


def _named_on_the_noun(pt: ParsedText, c: Cue) -> bool:
    """Whether noun cue ``c``'s holder is named on the noun itself.

    In a "by" phrase ("rejected a demand by the IMF for a devaluation") or as a name
    before it ("rejected an IMF demand to lift subsidies"); not a party's "plans",
    as often its government's bill ("decided to back Labour plans to introduce ID
    cards").
    """
    if c.holder is None:
        return False
    owner = pt.tokens[c.holder]
    if owner.dep == "compound" and owner.pos == "PROPN":
        return owner.head == c.token and pt.tokens[c.token].lemma.lower() != "plan"
    prep = pt.tokens[owner.head]
    return owner.dep == "pobj" and prep.text.lower() == "by" and prep.head == c.token


def _drop_nested(cues: list[Cue], pt: ParsedText, lexicon: Lexicon) -> list[Cue]:
    """Cues inside another cue's content are part of it ("a demand that ...").

    Not a noun cue with an owner of its own: in "Peru welcomed Chile's plan to cut
    exports" Peru accepts and Chile proposes; in "agreed the scheme despite Spanish
    opposition" Spain rejects it.
    """
    out = []
    for c in cues:
        owned = (
            c.rule == "noun"
            and c.holder is not None
            and (
                (
                    pt.tokens[c.holder].dep == "poss"
                    and pt.tokens[c.holder].pos == "PROPN"  # not "its commitment"
                )
                # "agreed the scheme despite Spanish opposition": Spain's own
                or c.met
                # "rejected a demand by the IMF for a devaluation": the IMF's own
                or _named_on_the_noun(pt, c)
            )
        )
        own_clause = c.rule == "verb" and (
            # "Russia denies meddling and Trump has denied any collusion"
            (
                pt.tokens[c.token].dep == "conj"
                and bool(dep_children(pt, c.token, "nsubj"))
            )
            # "issued a call to unions to support the strikers and criticised the
            # company": a past tense the parser joined to the infinitive
            or (
                pt.tokens[c.token].dep == "conj"
                and (partner := finite_partner(pt, c.token)) != pt.tokens[c.token].head
                and pt.tokens[partner].tag == "VBN"
            )
            # "blocked by Britain and Denmark, which oppose the plan"
            or (pt.tokens[c.token].dep == "relcl" and aside_on_a_name(pt, c.token))
            # "signed a pact in which Japan agreed to stop dumping": the terms of
            # an accord, with a name of their own for subject, are that party's
            or (
                pt.tokens[c.token].dep == "relcl"
                and named_subject(pt, c.token)
                and any(
                    o.text.lower() == "which"
                    for p in dep_children(pt, c.token, "prep")
                    for o in dep_children(pt, p.i, "pobj")
                )
            )
            # "declined to concede even after Trump urged him to"
            or asserted_clause(pt, c.token)
            # "supports a tax which West Germany is against": Germany's own
            or (stranded_against(pt, c.token, lexicon) and named_subject(pt, c.token))
            # "said prosecutions were preferred and promised ...": misparsed
            or reattached_report(pt, c.token, lexicon) is not None
            # "submits a resolution demanding an end to ...": the text's own stance
            # stays beside the proposal of it
            or (
                pt.tokens[c.token].dep == "acl"
                and pt.tokens[c.token].tag == "VBG"
                and document_of(pt, c.token, lexicon) is not None
            )
            # "rejected the plan proposed by France": France's own proposal
            or agent_participle(pt, c.token) is not None
            # "accused them of unmasking names, a charge Democrats have rejected"
            or (
                c.action == "deny"
                and pt.tokens[c.token].dep in {"relcl", "acl"}
                and pt.tokens[pt.tokens[c.token].head].lemma.lower()
                in lexicon.deny_objects
                and named_subject(pt, c.token)
            )
        )
        inside = (
            not owned
            and not own_clause
            and any(
                o is not c
                and o.content[0] <= c.token < o.content[1]
                and o.rule != "verb-weak"
                # "warned that France would flatly reject the reforms" rejects too
                and not (o.action == "warn" and c.rule == "verb")
                # "angry that the Senate rejected the bill": the Senate did
                and not (o.action == "accuse" and displeased(pt, o.token, lexicon))
                # "have pledged to oppose the bill" rejects it too
                and not (
                    o.action == "pledge"
                    and o.rule == c.rule == "verb"
                    and pt.tokens[c.token].dep == "xcomp"
                    and pt.tokens[c.token].head == o.token
                )
                for o in cues
            )
        )
        if not inside:
            out.append(c)
    return out


def _market_demand(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether the noun "demand" at ``i`` is the market's ("demand for imports").

    Only the singular, with no "that" clause: "U.S. demands for faster growth" and
    "the demand that Japan lift quotas" are asked of someone.
    """
    tok = pt.tokens[i]
    if tok.tag != "NN" or has_that_clause(pt, i):
        return False
    if any(
        o.lemma.lower() in lexicon.market_goods
        for p in dep_children(pt, i, "prep")
        if p.text.lower() == "for"
        for o in dep_children(pt, p.i, "pobj")
    ):
        return True
    if any(
        m.text.lower() in lexicon.market_modifiers
        for m in dep_children(pt, i, "amod", "compound")
    ):
        return True
    if any(
        m.lemma.lower() in lexicon.market_goods for m in dep_children(pt, i, "compound")
    ):
        return True  # "90 pct of its aluminium demand", "Japan's grain demand"
    # "demand rose", "to meet demand"; not "to meet the union's demand"
    return (
        tok.dep in {"nsubj", "dobj", "nsubjpass"}
        and pt.tokens[tok.head].lemma.lower() in lexicon.market_verbs
        and not dep_children(pt, i, "poss", "compound", "nmod")
    )


def _own_doing(pt: ParsedText, i: int) -> bool:
    """Whether what verb ``i`` regrets is the speaker's own doing.

    "I deeply regret that my remarks caused distress", "we regret our mistake": an
    apology, not a complaint about another.
    """
    own = {"i", "we", "my", "our", "me", "us"}
    owners = own | {"his", "her", "its"}  # "he regretted his remarks"
    for c in children(pt, i):
        if c.dep not in {"ccomp", "dobj"}:
            continue
        heads = [c, *dep_children(pt, c.i, "nsubj", "nsubjpass")]
        if any(
            h.text.lower() in own
            or any(p.text.lower() in owners for p in dep_children(pt, h.i, "poss"))
            for h in heads
        ):
            return True
    return False


def _undergone(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether verb ``i`` is a bare past participle that its clause's subject undergoes.

    "Asked for comment, the White House referred questions to ...", "Pressed on the
    issue, Schumer said ...": the main subject was asked; it asks no one. Not a
    participle of stance ("Opposed to the plan, Britain voted against it").
    """
    tok = pt.tokens[i]
    return (
        tok.tag == "VBN"
        and tok.dep == "advcl"
        and tok.lemma.lower() not in lexicon.stative_passives
        and not dep_children(pt, i, "nsubj", "nsubjpass", "aux", "auxpass", "mark")
    )


def _of_owner(pt: ParsedText, i: int) -> list[Token]:
    """A named owner in an "of" phrase, with the stance spelled out after it.

    "the strong opposition of the United States to the tax": the "of" phrase is a
    name and a "to"/"for"/"on" phrase follows it (on the noun, or on the verb of
    which the noun is the object). Not "the rejection of the plan", where the "of"
    phrase is what is rejected.
    """
    kids = dep_children(pt, i, "prep")
    of = [
        o
        for p in kids
        if p.text.lower() == "of"
        for o in dep_children(pt, p.i, "pobj")
        if o.pos == "PROPN"
    ]
    if not of:
        return []
    if pt.tokens[i].dep == "dobj":
        # the parser often hangs the "to" phrase on the verb: "reaffirmed the
        # opposition of the United States to the tax"
        kids = kids + dep_children(pt, pt.tokens[i].head, "prep")
    spelled = any(p.text.lower() in {"to", "for", "on"} and p.i > of[0].i for p in kids)
    return of[:1] if spelled else []


def _by_owner(pt: ParsedText, i: int) -> list[Token]:
    """A named owner in a "by" phrase, with the stance spelled out after it.

    "despite pledges by Republicans including President Donald Trump to close it",
    "a proposal by France to cut tariffs": the "by" phrase names who holds it, and
    an infinitive or a "to"/"for"/"on" phrase says what.
    """
    by = [
        o
        for p in dep_children(pt, i, "prep")
        if p.text.lower() == "by"
        for o in dep_children(pt, p.i, "pobj")
        if o.pos == "PROPN" or o.ent_type in {"ORG", "GPE", "NORP"}
    ]
    if not by:
        return []
    after = [
        c
        for c in [*children(pt, i), *(d for b in by for d in children(pt, b.i))]
        if c.i > by[0].i
        and (
            (c.dep == "prep" and c.text.lower() in {"to", "for", "on"})
            or (
                c.dep in {"acl", "relcl", "xcomp"}
                and any(a.text.lower() == "to" for a in dep_children(pt, c.i, "aux"))
            )
        )
    ]
    return by[:1] if after else []


def _spells_out_a_request(pt: ParsedText, i: int) -> bool:
    """A noun with "for" someone "to" act: "demand for the U.S. to hand over Gulen".

    The parser hangs the infinitive on the noun or on the "for" object.
    """
    fors = [p for p in dep_children(pt, i, "prep") if p.text.lower() == "for"]
    if not fors:
        return False
    heads = [i, *(o.i for p in fors for o in dep_children(pt, p.i, "pobj"))]
    return any(
        c.dep in {"acl", "relcl"}
        and any(k.dep == "aux" and k.text.lower() == "to" for k in children(pt, c.i))
        for h in heads
        for c in children(pt, h)
    )


# Stance nouns whose "of" phrase says what is held out: "promise of lower tariffs",
# "threat of sanctions" (not "demand of the market", "conditions of the loan").
_OF_TERMS = frozenset({"promise", "pledge", "threat", "commitment"})


def _named_owners_terms(pt: ParsedText, i: int) -> bool:
    """A named owner's stance noun that says what it is for, as a subject.

    "France's demand for compensation angered Britain", "Guillaume's pledge to
    fight the proposals won applause", "Washington's threat to cut funds angered
    Latin America": the demand, pledge or threat is taken as a fact,
    whatever the sentence goes on to say of it (the caller keeps plans and
    refusals out: "the EC Commission's proposals to shorten ..." is what a story
    is about, and tuning read it as one more false claim). Not "Indonesia's
    conditions do not prove ...", which names no terms.
    """
    if not any(c.dep == "poss" and c.pos == "PROPN" for c in children(pt, i)):
        return False
    # "Japan's promise of lower tariffs", "Washington's threat of sanctions"
    preps = (
        {"for", "that", "of"}
        if pt.tokens[i].lemma.lower() in _OF_TERMS
        else {
            "for",
            "that",
        }
    )
    return any(
        (c.dep == "prep" and c.text.lower() in preps)
        or (
            c.dep in {"acl", "relcl"}
            and any(k.dep == "aux" and k.text == "to" for k in children(pt, c.i))
        )
        for c in children(pt, i)
    )


def _came_from(pt: ParsedText, i: int) -> list[Token]:
    """The party a stance noun "came from", which owns it.

    "A call for retaliation also came from the semiconductor industry", "opposition
    to the plan came from Britain": the noun is the subject of "come" and the "from"
    phrase names its owner (the first of several).
    """
    tok = pt.tokens[i]
    verb = pt.tokens[tok.head]
    if tok.dep != "nsubj" or verb.lemma.lower() != "come":
        return []
    return _first_from(pt, verb.i)


def _first_from(pt: ParsedText, i: int) -> list[Token]:
    """The first object of a "from" phrase on token ``i`` ("from the United States")."""
    return [
        o
        for p in dep_children(pt, i, "prep")
        if p.text.lower() == "from"
        for o in dep_children(pt, p.i, "pobj")
    ][:1]


def _from_owner(pt: ParsedText, i: int) -> list[Token]:
    """The party an opposition noun comes "from".

    "opposition from the US and Japan", "objections to the tax from Portugal and
    Spain" (the parser hangs the "from" phrase on "tax"), "heavy opposition, notably
    from West Germany" (on the verb, right after the noun's phrase).
    """
    heads = [
        i,
        *(
            o.i
            for p in dep_children(pt, i, "prep")
            if p.text.lower() in {"to", "against"}
            for o in dep_children(pt, p.i, "pobj")
        ),
    ]
    froms = [
        p
        for h in heads
        for p in dep_children(pt, h, "prep")
        if p.text.lower() == "from"
    ]
    if not froms:
        k = subtree_range(pt, i)[1]
        while k < len(pt.tokens) and (
            pt.tokens[k].text == "," or pt.tokens[k].dep == "advmod"
        ):
            k += 1
        if k < len(pt.tokens) and pt.tokens[k].text.lower() == "from":
            froms = [pt.tokens[k]]
    return [o for p in froms[:1] for o in dep_children(pt, p.i, "pobj")][:1]


def _met_opposition(
    pt: ParsedText, i: int, hi: int, lexicon: Lexicon
) -> tuple[int, int] | None:
    """What opposition met in a clause is against: the clause's object or subject.

    "agreed a scheme to rid the EC of its butter mountain, despite Spanish
    opposition" opposes the scheme; "the Bill faces opposition from peers" opposes
    the Bill. None when the noun is not in such a phrase.
    """
    met = lexicon.met_opposition
    tok = pt.tokens[i]
    head = pt.tokens[tok.head]
    verb: int | None = None
    if (tok.dep == "dobj" and head.lemma.lower() in met.verbs) or (
        # "the plan came under criticism from Democrats"
        tok.dep == "pobj"
        and head.text.lower() == "under"
        and pt.tokens[head.head].lemma.lower() in {"come", "be", "fall"}
    ):
        subject = subject_of(pt, head.i if tok.dep == "dobj" else head.head)
        return None if subject is None else subtree_range(pt, subject)
    if tok.dep == "pobj":
        prep = head
        if prep.text.lower() == "of" and pt.tokens[prep.head].lemma.lower() in (
            met.phrase_nouns
        ):  # "in the face of opposition": climb to the "in"
            prep = pt.tokens[pt.tokens[prep.head].head]
        elif prep.text.lower() == "of" and prep.dep == "pcomp":
            prep = pt.tokens[prep.head]  # "because of"
        if prep.text.lower() in met.prepositions | {"in"} and prep.dep == "prep":
            verb = prep.head
    if verb is None or pt.tokens[verb].pos not in {"VERB", "AUX", "NOUN"}:
        return None
    if pt.tokens[verb].lemma.lower() in lexicon.joining_verbs:
        return None  # "with Democrats united in opposition": theirs, on nothing named
    if pt.tokens[verb].pos == "NOUN":  # "changed its proposals in the light of ..."
        return subtree_range(pt, verb)[0], verb + 1
    target = [t.i for t in dep_children(pt, verb, "dobj", "nsubjpass")]
    k = verb
    while not target:  # "the plan is unlikely to be approved because of ...": "plan"
        subject = subject_of(pt, k)
        if subject is not None:
            target = [subject]
        elif pt.tokens[k].dep in {"xcomp", "acomp"} and pt.tokens[k].head != k:
            k = pt.tokens[k].head
        else:
            return None
    lo, t_hi = subtree_range(pt, target[0])
    return lo, min(t_hi, hi)


def _criticises_a_policy(
    pt: ParsedText, i: int, lexicon: Lexicon, *, aimed: bool = False
) -> bool:
    """Whether the verb's object, or what it attacks, is a plan or policy.

    With ``aimed``, what the verb is aimed "at" counts too ("hit out at the plans",
    "took aim at the tax"; "pushed back at demands" is no criticism).
    """
    objs = list(dep_children(pt, i, "dobj"))
    if dep_children(pt, i, "agent"):
        objs.extend(dep_children(pt, i, "nsubjpass"))  # "was criticised by Britain"
    for clause in dep_children(pt, i, "ccomp"):
        # "criticized what he called large-scale solutions": the thing so called
        if any(w.lemma.lower() == "what" for w in dep_children(pt, clause.i, "dobj")):
            objs.extend(dep_children(pt, clause.i, "oprd"))
    if aimed:
        for prep in dep_children(pt, i, "prep"):
            if prep.text.lower() in {"at", "against"}:
                objs.extend(dep_children(pt, prep.i, "pobj"))
    for obj in list(objs):
        if obj.lemma.lower() in _BLOCKS:
            continue  # "placed a hold on the bill" stops it and faults no one
        for prep in dep_children(pt, obj.i, "prep"):
            if prep.text.lower() in {"on", "against"}:
                objs.extend(dep_children(pt, prep.i, "pobj"))
    return any(o.lemma.lower() in lexicon.disparaged_policies for o in objs)


# objects that put a stop on what follows "on" rather than attack it
_BLOCKS = frozenset({"hold", "veto", "freeze", "moratorium", "block"})


def _presenter(pt: ParsedText, i: int, lexicon: Lexicon) -> int | None:
    """The verb whose subject puts the noun ``i`` forward, if any.

    "tabled proposals", "came up with a plan", "responded with demands",
    "campaigned on a promise", "were united in opposition": the subject owns the
    noun.
    """
    tok = pt.tokens[i]
    gov = pt.tokens[tok.head]
    if tok.dep == "pobj" and tok in gathered(pt, pt.tokens[gov.head].i, lexicon):
        # "tabled a series of proposals": the series is the verb's object
        tok = pt.tokens[gov.head]
        gov = pt.tokens[tok.head]
    if tok.dep == "dobj" and gov.lemma.lower() in lexicon.presenting_verbs:
        return gov.i
    if tok.dep == "pobj" and gov.text.lower() == "with":
        verb = pt.tokens[gov.head]
        if verb.lemma.lower() == "come" and any(
            p.text.lower() == "up" for p in dep_children(pt, verb.i, "prt", "advmod")
        ):
            return verb.i
        if verb.pos == "VERB" and verb.lemma.lower() in lexicon.answering_verbs:
            return verb.i  # "responded with demands that he drop out"
    if tok.dep == "pobj" and gov.text.lower() == "on":
        verb = pt.tokens[gov.head]
        if verb.pos == "VERB" and verb.lemma.lower() in lexicon.campaigning_verbs:
            return verb.i  # "campaigned on a promise to toughen enforcement"
    if tok.dep == "pobj" and gov.text.lower() == "in":
        verb = pt.tokens[gov.head]
        if verb.pos == "VERB" and verb.lemma.lower() in lexicon.joining_verbs:
            return verb.i  # "Democrats were united in opposition to the bill"
    return None


def _under_plans(
    pt: ParsedText, i: int, hi: int, *, lexicon: Lexicon, frames: list[Frame]
) -> Cue | None:
    """What would happen "under plans" of a named party is that party's proposal.

    "Migrants will have to undergo tests, under plans unveiled by the
    Conservatives", "under Labour's plans, the tax would rise": the plans' owner (a
    possessive, the agent of a participle on them, or a "by" phrase) proposes the
    clause the phrase hangs on.
    """
    tok = pt.tokens[i]
    prep = pt.tokens[tok.head]
    if (
        tok.dep != "pobj"
        or prep.text.lower() != "under"
        or lexicon.nouns.get(tok.lemma.lower()) != "propose"
    ):
        return None
    verb = pt.tokens[prep.head]
    if verb.pos not in {"VERB", "AUX"}:
        return None
    while verb.dep == "xcomp" and verb.head != verb.i:
        verb = pt.tokens[verb.head]  # "will have to undergo tests": the whole clause
    owners = [c.i for c in children(pt, i) if c.dep == "poss"]
    owners += [
        a for c in children(pt, i) if (a := agent_participle(pt, c.i)) is not None
    ]
    owners += [
        o.i
        for p in dep_children(pt, i, "prep")
        if p.text.lower() == "by"
        for o in dep_children(pt, p.i, "pobj")
    ]
    if not owners:
        return None
    v_lo, v_hi = subtree_range(pt, verb.i)
    v_hi = min(v_hi, hi)
    u_lo, u_hi = subtree_range(pt, prep.i)
    lo, end = (v_lo, u_lo) if u_lo > v_lo else (u_hi, v_hi)
    while lo < end and pt.tokens[lo].pos in {"PUNCT", "SPACE"}:
        lo += 1
    while end > lo and pt.tokens[end - 1].pos in {"PUNCT", "SPACE"}:
        end -= 1
    if end <= lo:
        return None
    return Cue(
        action="propose",
        token=i,
        holder=owners[0],
        content=(lo, end),
        frame=_frame_for(frames, pt, i),
        split=False,
        rule="noun",
    )


def _backing_won(
    pt: ParsedText, i: int, hi: int, *, lexicon: Lexicon, frames: list[Frame]
) -> Cue | None:
    """Backing a subject won from a party: the party accepts the subject.

    "the bill won the backing of Republican Senator John McCain": McCain accepts
    the bill. Not "failed to win the support of" (no act), nor backing with no
    named giver ("won broad support").
    """
    tok = pt.tokens[i]
    if tok.dep != "dobj" or tok.lemma.lower() not in lexicon.backing_nouns:
        return None
    verb = pt.tokens[tok.head]
    if (
        verb.lemma.lower() not in lexicon.winning_verbs
        or verb.pos != "VERB"
        or dep_children(pt, verb.i, "neg")
        or (verb.dep == "xcomp" and pt.tokens[verb.head].lemma.lower() != "help")
    ):
        return None
    givers = [
        o
        for p in dep_children(pt, i, "prep")
        if p.text.lower() in {"of", "from"}
        for o in dep_children(pt, p.i, "pobj")
    ]
    subject = subject_of(pt, verb.i)
    if not givers or subject is None:
        return None
    lo, s_hi = subtree_range(pt, subject)
    if pt.tokens[subject].pos == "PRON" or s_hi > hi:
        return None  # "it won the backing of ...": what "it" is, is said elsewhere
    return Cue(
        action="accept",
        token=i,
        holder=givers[0].i,
        content=(lo, s_hi),
        frame=_frame_for(frames, pt, i),
        split=False,
        rule="noun",
    )


def _noun_cue(
    pt: ParsedText, i: int, hi: int, *, lexicon: Lexicon, frames: list[Frame]
) -> Cue | None:
    """Nouns with an owner: "Putin's conditions include X", "his terms: X must"."""
    tok = pt.tokens[i]
    if tok.lemma.lower() == "demand" and _market_demand(pt, i, lexicon):
        return None
    if tok.lemma.lower() in lexicon.plural_only_nouns and tok.tag != "NNS":
        return None  # "Franken's term" of office; "Putin's terms"
    if tok.lemma.lower() == "call" and not any(
        (
            k.dep == "prep"
            and k.text.lower() in {"for", "on"}
            # "a call ... on Sunday" is dated, not made on anyone
            and not any(
                o.ent_type in {"DATE", "TIME"} for o in dep_children(pt, k.i, "pobj")
            )
        )
        # "calls to strike", "calls for the mayor to apologise" (the parser's
        # clause of its own)
        or (k.dep in {"acl", "advcl", "relcl"} and dep_children(pt, k.i, "aux", "mark"))
        for k in children(pt, i)
    ):
        return None  # "a call from Putin on Sunday": a telephone call asks nothing
    if tok.lemma.lower() == "appeal" and not any(
        (
            k.dep == "prep"
            and k.text.lower() == "for"
            and dep_children(pt, k.i, "pobj", "pcomp")
        )
        # "an appeal to the unions to call off the strike": to whom, then what
        or (
            k.dep == "acl"
            and dep_children(pt, k.i, "aux")
            and any(
                p.text.lower() == "to" and p.i < k.i
                for p in dep_children(pt, i, "prep")
            )
        )
        for k in children(pt, i)
    ):
        return None  # "lodged an appeal against the ruling": a court's business
    owner = [c for c in children(pt, i) if c.dep == "poss"] or [
        # "an EU demand for Turkey to ...", "the U.S. proposal", "a consumer proposal"
        c
        for c in children(pt, i)
        if c.dep in {"compound", "nmod", "amod"}
        and (c.pos in {"PROPN", "NOUN"} or c.ent_type == "NORP")
        and c.i < i
    ]  # ... or "Republican demands that ...", "British objections to ..."
    phrase_owner = [] if owner else _of_owner(pt, i) or _by_owner(pt, i)
    if (
        not owner
        and not phrase_owner
        and lexicon.nouns[tok.lemma.lower()] == "propose"
        and plan_would_do(pt, i, lexicon)
    ):
        # "the proposals from the EC Commission would slash prices"
        phrase_owner = [
            o
            for p in dep_children(pt, i, "prep")
            if p.text.lower() == "from"
            for o in dep_children(pt, p.i, "pobj")
            if o.pos == "PROPN"
        ][:1]
    owner = owner or phrase_owner
    opposition = tok.lemma.lower() in lexicon.met_opposition.nouns
    met = _met_opposition(pt, i, hi, lexicon) if opposition else None
    from_owner = False
    if not owner and opposition:
        owner = _from_owner(pt, i)  # "opposition from the US and Japan"
        from_owner = bool(owner)
    if (
        not owner
        and tok.lemma.lower() in lexicon.pressing_nouns
        # "there was no pressure from Trump on the drugs war" asks for nothing
        and not any(d.text.lower() == "no" for d in dep_children(pt, i, "det"))
    ):
        # "had come under pressure from the United States to stimulate its economy"
        owner = phrase_owner = _first_from(pt, i)
    came_from = False
    if not owner:
        owner = _came_from(pt, i)  # "a call for retaliation came from the union"
        came_from = bool(owner)
    if not owner:
        # "consumers have tabled proposals requiring ...", "Clarke has come up with
        # proposals for ...": the presenter owns them
        gov = _presenter(pt, i, lexicon)
        if (
            gov is not None
            and opposition
            and pt.tokens[gov].lemma.lower() in lexicon.met_opposition.verbs
        ):
            gov = None  # "the remarks drew criticism": met, not voiced
        subject = subject_of(pt, gov) if gov is not None else None
        if subject is not None:
            owner = [pt.tokens[subject]]
    if not owner:
        return None
    action = lexicon.nouns[tok.lemma.lower()]
    if action == "propose" and any(
        k.dep == "acl" and k.tag == "VB" and _imposes(pt, k, lexicon)
        for k in children(pt, i)
    ):
        action = "threaten"  # "announced plans to impose tariffs on Japanese goods"
    if action == "propose" and any(
        k.dep in {"acl", "xcomp"}
        and k.tag == "VB"
        and dep_children(pt, k.i, "aux")
        and (spec := lexicon.verbs.get(k.lemma.lower())) is not None
        and spec.action == "reject"
        and spec.needs is None
        for k in children(pt, i)
    ):
        action = "reject"  # "the Lib Dems plan to oppose the Bill" (a verb misparsed)
    if action == "propose" and _only_referred_to(pt, i):
        return None
    if action in {"propose", "pledge"} and any(
        k.dep == "acl"
        and k.lemma.lower() in lexicon.staying_verbs | lexicon.errands
        and dep_children(pt, k.i, "aux")
        for k in children(pt, i)
    ):
        return None  # "announced plans to retire", "his promise to visit Beijing"
    if action == "pledge" and _broken(pt, i, lexicon):
        return None
    _, s_hi = pt.sents[tok.sent]
    colon = next(
        (k for k in range(i + 1, min(hi, s_hi)) if pt.tokens[k].text == ":"), None
    )
    frame = _frame_for(frames, pt, i)
    if colon is not None:
        c_lo, c_hi = colon + 1, hi
        while c_hi > c_lo and pt.tokens[c_hi - 1].pos == "PUNCT":
            c_hi -= 1
        content = (c_lo, c_hi)
    elif (
        tok.dep in {"nsubj", "nsubjpass"}
        and not came_from
        and not _spells_out_a_request(pt, i)
        and not (
            action in {"demand", "pledge", "threaten"} and _named_owners_terms(pt, i)
        )
        # "Saudi displeasure with the agreement has long been noted": a refusal
        # names what it refuses, whatever the sentence says of it
        and not (action == "reject" and names_what_it_refuses(pt, i))
    ):
        verb = tok.head
        # "the Commission's proposals would slash guaranteed prices": the terms
        if not (action == "propose" and plan_would_do(pt, i, lexicon)):
            if pt.tokens[verb].lemma.lower() not in lexicon.noun_cue_verbs:
                return None  # "Indonesia's conditions do not prove ...": not its terms
            if not (
                lexicon.nouns[tok.lemma.lower()] == "demand"
                and pt.tokens[verb].lemma.lower() == "be"
            ) and any(c.dep == "aux" and c.tag == "MD" for c in children(pt, verb)):
                # "the proposal would mean a 35% rise": what it would do; "his main
                # demand would be the lifting of the tariffs" still says what is asked
                return None
            if not dep_children(pt, verb, "dobj", "attr", "ccomp", "xcomp"):
                return None
        content = _content_range(pt, verb, hi, frame, lexicon)
    else:
        # a subject that spells out what is asked of whom stands on its own:
        # "Turkey's demand for the United States to hand over Gulen would be
        # discussed"
        preps = {"for", "on"} if tok.lemma.lower() == "call" else {"for", "on", "to"}
        if action == "propose" and _on_a_bare_topic(pt, i):
            preps.discard("on")  # "her plans on the issue" name no plan
        if action in {"deny", "reject"} or (
            # "Japan's promise of lower tariffs" (not "put the threat of penalties
            # on hold", an owner's threat only by the verb's subject)
            tok.lemma.lower() in _OF_TERMS and dep_children(pt, i, "poss")
        ):
            preps.add("of")  # "his denial of the allegations", "its rejection of"
        if action == "reject":
            preps.add("with")  # "Saudi displeasure with the agreement"
        spelled = any(
            c.dep in {"acl", "ccomp", "relcl"}
            # "Tory plans to cut taxes", parsed with the infinitive as an xcomp
            or (c.dep == "xcomp" and c.pos == "VERB" and dep_children(pt, c.i, "aux"))
            or (c.dep == "prep" and c.text.lower() in preps | {"that"})
            # "calls for the mayor to apologise for his remarks", parsed as a
            # clause marked by "for"
            or (
                c.dep == "advcl"
                and any(m.text.lower() == "for" for m in dep_children(pt, c.i, "mark"))
            )
            for c in children(pt, i)
        )  # "his call for talks" asks; "his call to Grassley" is a telephone call
        if spelled:
            content = _content_range(pt, i, hi, frame, lexicon)
            if tok.dep in {"dobj", "pobj"}:
                # "accepted a UN proposal for a truce, but Asmara said ...": the
                # terms end with the noun's phrase
                content = (content[0], min(content[1], subtree_range(pt, i)[1]))
        elif met is not None:
            content = met  # "despite Spanish opposition": to what the clause is about
        else:
            return None  # "his plans with family" says what, of whom, nothing
    if phrase_owner:
        # what follows an owner named in an "of", "by" or "from" phrase: "the
        # opposition of the United States [to the tax]"
        o_hi = subtree_range(pt, owner[0].i)[1]
        after = [
            p
            for p in [*children(pt, i), *children(pt, tok.head)]
            if p.dep == "prep" and p.i >= o_hi
        ]
        ends = [subtree_range(pt, p.i)[1] for p in after]
        content = (o_hi, min(hi, max([content[1], *ends])))
    if content[1] <= content[0]:
        return None
    return Cue(
        action=action,
        token=i,
        holder=owner[-1].i,  # "West German opposition": the nearest
        content=content,
        frame=frame,
        split=action == "demand",
        rule="noun",
        met=opposition and (met is not None or from_owner),
    )


def names_what_it_refuses(pt: ParsedText, i: int) -> bool:
    """Whether the refusal noun ``i`` names what it refuses ("opposition to")."""
    return any(
        c.dep == "prep" and c.text.lower() in {"to", "with", "of"}
        for c in children(pt, i)
    )


def _broken(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether the pledge ``i`` is one broken ("had broken its promise on fees").

    A broken or betrayed promise is a charge against its owner, not a pledge.
    """
    tok = pt.tokens[i]
    verb = tok.head
    if tok.dep == "pobj" and pt.tokens[verb].dep == "prep":
        verb = pt.tokens[verb].head  # "reneged on its pledge"
    elif tok.dep not in {"dobj", "nsubjpass"}:
        return False
    return pt.tokens[verb].lemma.lower() in lexicon.word_breaking


_BARE_TOPICS = frozenset({"issue", "matter", "subject", "question", "topic", "it"})


def _on_a_bare_topic(pt: ParsedText, i: int) -> bool:
    """Whether a plan noun's "on" phrase names only a topic ("her plans on the issue").

    "a new proposal on copper exports" names what it is about; "plans on the issue"
    or "on the matter" say nothing of what is planned.
    """
    return any(
        p.text.lower() == "on"
        and any(o.lemma.lower() in _BARE_TOPICS for o in dep_children(pt, p.i, "pobj"))
        for p in dep_children(pt, i, "prep")
    )


def _agreed_verdict(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether "agree" grants a verdict ("agreed the law was discriminatory").

    A clause of "be" with a predicate and no modal: the speaker grants what is
    said of something, as "acknowledged" does; "agreed that talks should resume"
    and "agreed to cut tariffs" accept a course.
    """
    modals = lexicon.future | lexicon.possibility | lexicon.obligation
    for c in dep_children(pt, i, "ccomp"):
        if c.lemma.lower() != "be":
            continue
        if any(a.text.lower() in modals for a in dep_children(pt, c.i, "aux")):
            continue
        if dep_children(pt, c.i, "acomp", "attr") and dep_children(pt, c.i, "nsubj"):
            return True
    return False


def _urged_clause(pt: ParsedText, i: int) -> bool:
    """Whether the noun ``i`` has a clause that says what someone should do.

    "suggestions that it should let the IMF play a role", "that Funaro resign" (a
    bare verb after its subject, where the tagger gets it right): a course urged,
    not a fact alleged.
    """
    for c in children(pt, i):
        if c.dep not in {"acl", "ccomp"}:
            continue
        auxes = {a.text.lower() for a in dep_children(pt, c.i, "aux")}
        if "should" in auxes:
            return True
        subjects = dep_children(pt, c.i, "nsubj")
        if auxes or not subjects:
            continue
        singular = subjects[0].tag in {"NN", "NNP"} or subjects[0].text.lower() in {
            "he",
            "she",
            "it",
        }
        if c.tag == "VB" or (c.tag == "VBP" and singular):
            return True
    return False


def _only_referred_to(pt: ParsedText, i: int) -> bool:
    """Whether the plan ``i`` is only what the sentence talks about.

    "protests against the Commission's proposals to overhaul the sector", "the
    impact of his proposals on incomes": a plan inside another noun's phrase is its
    owner's, but the sentence states no stance of the owner's.
    """
    tok = pt.tokens[i]
    if tok.dep != "pobj":
        return False
    prep = pt.tokens[tok.head]
    return pt.tokens[prep.head].pos in {"NOUN", "PROPN"}
