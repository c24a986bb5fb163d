"""Verb phrases that take a stance without a stance verb of their own.

"withdrew its objection" concedes, "called the plan a giveaway" accuses, "voiced
concern" warns, "pushed back on the demands" rejects, and "plans to introduce a
points system" proposes. Each reader takes one token and says whether (or which)
stance the phrase it heads takes; :func:`redline.claims.cues.find_cues` turns that
into a cue.
"""

from __future__ import annotations

from redline.claims._tree import (
    children,
    dep_children,
    has_child_lemma,
    has_content_clause,
    participle_of_document,
    subtree_range,
)
from redline.claims.lexicon import Lexicon
from redline.nlp import ParsedText, Token

__all__ = [
    "DISLIKE_VERBS",
    "NOT_ABOUT_TO",
    "adjective_stance",
    "approves",
    "dislikes",
    "disparages",
    "displeased",
    "gathered",
    "gives_up_a_stance",
    "industrial_action",
    "intends",
    "kept_stance",
    "labels_a_charge_true",
    "labels_a_charge_untrue",
    "tells_to",
    "verb_phrase",
]


def intends(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether a verb of intention proposes its subject's own act.

    "Clarke wants to introduce a points system", "the party plans to move an
    amendment", "Manila is now willing to pay a wider spread": an infinitive of a
    policy act with no subject of its own, under a verb of intention or an adjective
    of readiness (``[readiness]``).
    """
    tok = pt.tokens[i]
    ready = (
        tok.pos == "ADJ"
        and tok.dep in {"acomp", "oprd"}  # "is ready to", "appears ready to"
        and tok.lemma.lower() in lexicon.readiness
    )
    if (
        not ready
        and (tok.pos != "VERB" or tok.lemma.lower() not in lexicon.intention_verbs)
    ) or dep_children(pt, i, "neg"):
        return False  # "doesn't want to limit it" proposes nothing
    if ready and (
        dep_children(pt, tok.head, "neg")
        or any(
            a.text.lower() in {"less", "hardly", "barely", "no", "never"}
            for a in dep_children(pt, i, "advmod")
        )
    ):
        return False  # "was not ready to cut", "less willing to pay"
    return any(
        c.dep == "xcomp"
        and c.pos == "VERB"
        and c.lemma.lower() in lexicon.policy_acts
        and not (ready and c.lemma.lower() in lexicon.readiness_talk)
        and has_child_lemma(pt, c.i, frozenset({"to"}))
        and not dep_children(pt, c.i, "nsubj", "nsubjpass")
        and not dep_children(pt, i, "dobj")
        and not any(
            o.lemma.lower() in lexicon.professed_goals
            # "eager to maintain control of Congress" (``[not_stance_objects]``)
            or o.lemma.lower() in lexicon.not_stance_objects.get(c.lemma.lower(), ())
            for o in dep_children(pt, c.i, "dobj")
        )
        for c in children(pt, i)
    )


def gathered(pt: ParsedText, i: int, lexicon: Lexicon) -> list[Token]:
    """The nouns a collection noun gathers: "a series of proposals" -> proposals."""
    if pt.tokens[i].lemma.lower() not in lexicon.collections:
        return []
    return [
        g
        for p in children(pt, i)
        if p.dep == "prep" and p.text.lower() == "of"
        for g in children(pt, p.i)
        if g.dep == "pobj"
    ]


# Verbs of voicing: a participle of one on a clause is its subject's own word
_VOICING = frozenset(
    {"express", "voice", "reiterate", "restate", "reaffirm", "register", "air"}
)


def verb_phrase(pt: ParsedText, i: int, lexicon: Lexicon) -> str | None:
    """The stance a verb phrase takes ("voiced concern over": warn), if any.

    A verb may be listed with its particle ("set out" a strategy, not "set" one).

    "pushed back on the accusations" denies what it pushes back on. A phrase
    named by its preposition takes no object of its own: "turned on the
    government" attacks it, "turned their backs on voters" does not.
    """
    tok = pt.tokens[i]
    if tok.pos != "VERB" or dep_children(pt, i, "neg"):
        return None
    if any(m.text.lower() in {"if", "unless"} for m in dep_children(pt, i, "mark")):
        # "if they withdraw this support, rates will rise": an act supposed
        return None
    if tok.dep == "xcomp" and pt.tokens[tok.head].lemma.lower() in {"appear", "seem"}:
        # "after he appeared to side with white supremacists": the writer's reading
        return None
    if (
        tok.tag == "VBG"
        and tok.dep in {"advcl", "acl"}
        and participle_of_document(pt, i, lexicon.document_nouns) is None
        # "spoke at the event, expressing support for NAFTA": words the subject
        # voiced as it acted
        and not (tok.dep == "advcl" and tok.lemma.lower() in _VOICING)
    ):
        # "announced tariffs, raising the spectre of a trade war"; not "issued a
        # statement expressing support for the plan", the issuer's words
        return None
    lemma = tok.lemma.lower()
    objs = dep_children(pt, i, "dobj", "nsubjpass")
    objects = {o.lemma.lower() for o in objs} | {
        g.lemma.lower() for o in objs for g in gathered(pt, o.i, lexicon)
    }
    # "a cash hand-out", "gave the go-ahead": the tokenizer splits the hyphenated
    # word and the parser takes its last part for the object
    objects |= {
        f"{pt.tokens[o.i - 2].text.lower()}-{o.text.lower()}"
        for o in objs
        if o.i >= 2 and pt.tokens[o.i - 1].text == "-"  # noqa: PLR2004
    }
    # "announced an end to the right to settle": an object with its preposition
    # (``end to``), where the bare noun says too little ("announced the end of the war")
    objects |= {
        f"{o.lemma.lower()} {p.text.lower()}"
        for o in objs
        for p in dep_children(pt, o.i, "prep")
    }
    if any(o.ent_type == "PERSON" for o in objs):
        # "attacked Mueller": a named person as the object (``<person>`` in a
        # phrase's objects)
        objects.add("<person>")
    if any(o.ent_type in {"ORG", "NORP", "GPE"} for o in objs):
        objects.add("<body>")  # "blasted the World Trade Organization"
    particles = {p.text.lower() for p in dep_children(pt, i, "prt", "advmod")}
    preps = {
        p.text.lower()
        for p in dep_children(pt, i, "prep")
        if p.i > i
        # "attacked the town over the weekend": a time, not a matter
        and not any(
            o.ent_type in {"DATE", "TIME"} for o in dep_children(pt, p.i, "pobj")
        )
    }
    if any(
        p.text.lower() == "for" and dep_children(pt, p.i, "pcomp")
        for p in dep_children(pt, i, "prep")
    ):
        preps.add("for doing")  # "attacked Mr Brown for failing to mention ..."
    if any(
        p.text.lower() == "in"
        and any(o.lemma.lower() in {"favour", "favor"} for o in children(pt, p.i))
        for p in dep_children(pt, i, "prep")
    ):
        preps.add("in favour")  # "voted in favor of the bill"
    if any(
        p.text.lower() == "in"
        and any(
            o.lemma.lower() == "support"
            and any(g.text.lower() == "of" for g in dep_children(pt, o.i, "prep"))
            for o in dep_children(pt, p.i, "pobj")
        )
        for p in dep_children(pt, i, "prep")
    ):
        preps.add("in support")  # "have come out in support of the package"
    said = {lemma} | {f"{lemma} {p}" for p in particles}
    for phrase in lexicon.verb_phrases:
        if not said & phrase.verbs or (phrase.done and not _happened(pt, i)):
            continue
        if (
            objects & phrase.objects
            or particles & phrase.particles
            or (
                preps & phrase.preps
                # "attacked Mr Brown for failing ...": the gerund says what is
                # faulted, whatever the object; so does the matter of an attack
                # "over" something ("attacked the firm over the dossier")
                and (
                    not (objects and not phrase.objects)
                    or "for doing" in preps
                    or (
                        phrase.action == "accuse"
                        and "over" in preps & phrase.preps
                        and _words_target(objs, lexicon)
                    )
                )
            )
        ):
            if (
                phrase.action == "reject"
                and phrase.particles
                and _on_claims(pt, i, lexicon)
            ):
                return "deny"
            return phrase.action
    return None


def _words_target(objs: list[Token], lexicon: Lexicon) -> bool:
    """Whether an attack's objects are people or bodies, fought with words.

    "attacked the firm over the dossier", "attacked Democrats over the bill"; not
    "attacked Iranian targets over the dispute" nor a state, which may be in arms.
    """
    return bool(objs) and all(
        o.ent_type in {"PERSON", "ORG", "NORP"}
        or (o.pos == "PROPN" and o.ent_type != "GPE")
        or o.lemma.lower() in lexicon.actor_nouns | lexicon.government_nouns
        for o in objs
    )


def _happened(pt: ParsedText, i: int) -> bool:
    """Whether verb ``i`` states an act that took place.

    In the past or perfect, with no modal, and not the bare complement of another
    verb ("hopes to reach a deal"), unless that verb is a vote that took place.
    """
    tok = pt.tokens[i]
    if (
        tok.dep == "xcomp"
        and tok.tag == "VB"
        and pt.tokens[tok.head].lemma.lower() == "vote"
    ):
        return _happened(pt, tok.head)  # "the Senate voted to pass the bill"
    if tok.dep in {"xcomp", "ccomp", "advcl", "pcomp", "acl", "relcl"} and tok.tag in {
        "VB",
        "VBG",
    }:
        return False
    if any(c.tag == "MD" for c in dep_children(pt, i, "aux")):
        return False
    return tok.tag in {"VBD", "VBN"}


def tells_to(pt: ParsedText, i: int) -> bool:
    """Whether telling someone to act demands it ("told Rood to submit a reply").

    Warning someone to act, or not to, demands it too ("warned the rival camps to
    stop", "warned Trump not to hire Flynn"); not telling or warning them to expect
    something ("told reporters not to expect any dramatic developments").
    """
    tok = pt.tokens[i]
    lemma = tok.lemma.lower()
    if tok.pos != "VERB" or lemma not in {"tell", "warn"} or dep_children(pt, i, "neg"):
        return False
    if not dep_children(pt, i, "dobj", "dative"):
        return False
    return any(
        c.dep in {"xcomp", "ccomp"}
        # the infinitive's "to", not "extended to the end of 1989"
        and any(a.text.lower() == "to" for a in dep_children(pt, c.i, "aux"))
        and not dep_children(pt, c.i, "nsubj", "nsubjpass")
        # "told reporters not to expect any dramatic developments": a forecast
        and c.lemma.lower() not in _BRACING
        for c in children(pt, i)
    )


# What one tells or warns others to do that asks nothing of them: "warned the troops
# to expect further attacks"
_BRACING = frozenset({"expect", "prepare", "brace", "anticipate"})


def _on_claims(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether a verb's object is a claim ("pushed back on the accusations").

    The object of "on", "against" or "at", or a direct one ("pushed back any
    suggestion that ..."); a notion or an idea with a "that" clause is one too
    ("pushed back against the notion that Trump would ...").
    """
    objects = [
        *(
            o
            for p in dep_children(pt, i, "prep")
            if p.text.lower() in {"on", "against", "at"}
            for o in dep_children(pt, p.i, "pobj")
        ),
        *dep_children(pt, i, "dobj"),
    ]
    return any(
        (
            (o.lemma.lower() in lexicon.deny_objects or o.lemma.lower() == "accusation")
            # "broke off the talks" turns down negotiations, not a charge
            and o.text.lower() not in lexicon.not_charges
        )
        or (
            o.lemma.lower() in lexicon.deny_objects_with_that
            and has_content_clause(pt, o.i)
        )
        for o in objects
    )


# Verbs that refuse the act of their infinitive: "refuse to drop their opposition".
_REFUSING = frozenset({"refuse", "decline", "reject", "resist"})


def gives_up_a_stance(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether the verb drops a stance of its subject's ("withdrew its objection").

    A plan counts when it is the subject's own by a possessive pronoun ("has
    suspended its plan to cut staff"); "scrapped the tax" drops nothing of its own.
    """
    tok = pt.tokens[i]
    # "called off its plan to close the hospital"
    called_off = tok.lemma.lower() == "call" and any(
        c.text.lower() == "off" for c in dep_children(pt, i, "prt")
    )
    if tok.pos != "VERB" or not (
        tok.lemma.lower() in lexicon.giving_up_verbs or called_off
    ):
        return False
    if dep_children(pt, i, "neg") or any(
        k.text.lower() in {"if", "unless"} for k in dep_children(pt, i, "mark")
    ):
        return False  # "could strike if ministers scrap their scheme": not done
    head = pt.tokens[tok.head]
    if tok.dep == "xcomp" and (
        head.lemma.lower() in _REFUSING or dep_children(pt, head.i, "neg")
    ):
        # "Spain and Portugal refuse to drop their opposition": the stance is kept
        return False
    return any(
        o.lemma.lower() in lexicon.stance_objects
        or (
            o.lemma.lower() in lexicon.own_plans
            and any(k.dep == "poss" and k.pos == "PRON" for k in children(pt, o.i))
        )
        for o in dep_children(pt, i, "dobj")
    )


# What refuses a giving-up act besides a negation: "unwilling to drop", "is unlikely
# to back away from".
NOT_ABOUT_TO = frozenset({"unlikely", "unwilling", "reluctant", "loath", "loth"})


def kept_stance(pt: ParsedText, i: int, lexicon: Lexicon) -> str | None:
    """The stance a party is said not to give up, read as held ("keeps" it).

    "will not drop its demand that the quotas be cut", "refused to abandon its
    conditions", "is unlikely to back away from its basic demand" demand; "would not
    withdraw its objection" rejects; "will not give up its threat of sanctions"
    threatens. The stance is the object's (``[nouns]``) and the verb one of
    ``[giving_up] verbs``, "give up", "back away/down from".
    """
    tok = pt.tokens[i]
    if tok.pos != "VERB":
        return None
    lemma = tok.lemma.lower()
    parts = [c for c in children(pt, i) if c.dep in {"prt", "advmod"}]
    words = {c.text.lower() for c in parts}
    if lemma in lexicon.giving_up_verbs or (lemma == "give" and "up" in words):
        objects = dep_children(pt, i, "dobj")
    elif lemma == "back" and words & {"away", "down", "off"}:
        # "back away from its demand": the phrase hangs on the particle or the verb
        objects = [
            o
            for h in (i, *(c.i for c in parts))
            for p in dep_children(pt, h, "prep")
            if p.text.lower() in {"from", "on"}
            for o in dep_children(pt, p.i, "pobj")
        ]
    else:
        return None
    head = pt.tokens[tok.head]
    refused = bool(dep_children(pt, i, "neg")) or (
        tok.dep == "xcomp"
        and (
            head.lemma.lower() in _REFUSING | NOT_ABOUT_TO
            or bool(dep_children(pt, head.i, "neg"))
        )
    )
    if not refused:
        return None
    kept = {lexicon.nouns.get(o.lemma.lower()) for o in objects}
    return next(
        (a for a in ("demand", "reject", "threaten", "pledge", "propose") if a in kept),
        None,
    )


def plan_would_do(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether the plan noun ``i`` is the subject of what it would do, its terms.

    "the Commission's proposals would slash guaranteed prices", "the Tory plans
    would abolish regional assemblies": "would" or "will" with a verb of acting and
    an object. What a plan would bring about is a reading of it, not its terms:
    "would mean a 35% rise", "would cost jobs", "would hurt farmers".
    """
    verb = pt.tokens[pt.tokens[i].head]
    if verb.pos != "VERB" or pt.tokens[i].dep != "nsubj":
        return False
    lemma = verb.lemma.lower()
    if lemma in lexicon.noun_cue_verbs or lemma in lexicon.plan_outcomes:
        return False
    if lemma in lexicon.harm_words or dep_children(pt, verb.i, "neg"):
        return False
    auxes = {a.text.lower() for a in dep_children(pt, verb.i, "aux")}
    return bool(auxes & {"would", "will", "'ll"}) and bool(
        dep_children(pt, verb.i, "dobj")
    )


def offers_flexibility(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether the verb is a party's readiness to give ground: "ready to be flexible".

    "Brazil was ready to be flexible on quotas", "is willing to show flexibility":
    the infinitive of a word of readiness (``[readiness]``, ``[willingness]``,
    ``[reluctance]``), read as a concession; negated ("neither ... is ready to be
    flexible", "unwilling to show flexibility") it refuses one, as "not willing to
    compromise" does.
    """
    tok = pt.tokens[i]
    head = pt.tokens[tok.head]
    if tok.dep != "xcomp" or head.pos != "ADJ":
        return False
    if head.lemma.lower() not in (
        lexicon.readiness | lexicon.willingness | lexicon.reluctance
    ):
        return False
    lemma = tok.lemma.lower()
    if lemma == "be":
        return any(c.lemma.lower() == "flexible" for c in dep_children(pt, i, "acomp"))
    return lemma == "show" and any(
        c.lemma.lower() == "flexibility" for c in dep_children(pt, i, "dobj")
    )


def disparages(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether the verb names something by a disparaging label.

    "called the plan a giveaway", "branded the tax a stealth tax", "described the
    offer as an insult", "called the restriction counterproductive": the label holds
    one of ``[disparaging] words`` or ``unsound``.
    """
    return bool(
        _label_words(pt, i, lexicon)
        & (lexicon.disparaging_words | lexicon.unsound_words)
    )


def labels_a_charge_untrue(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether a labelling verb calls a charge untrue (a denial).

    "called the accusations fabricated stories", "dismissed the reports as
    nonsense": the object is a charge (``[deny_objects]``) and the label holds one of
    ``[disparaging] falsity``.
    """
    return bool(_charge_label(pt, i, lexicon) & lexicon.falsity_words)


def labels_a_charge_true(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether a labelling verb gives a charge credence (it accuses).

    "called the allegations credible", "described the charges as true": the
    object is a charge (``[deny_objects]``) and the label holds one of
    ``[disparaging] credence`` and nothing negated.
    """
    words = _charge_label(pt, i, lexicon)
    return bool(words & lexicon.credence_words) and not words & {"not", "never"}


def announces(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether "X is to <policy act>" announces X's decided act (it pledges).

    "Gordon Brown is to freeze petrol duty", "the government is to introduce a
    bill": a present-tense "be" heading a to-infinitive of a policy act.
    """
    tok = pt.tokens[i]
    if (
        tok.lemma.lower() != "be"
        or tok.tag not in {"VBZ", "VBP"}
        or tok.dep not in {"ROOT", "conj", "ccomp"}
        or dep_children(pt, i, "neg")
        or any(
            k.text.lower() in {"it", "this", "that", "what"}
            for k in dep_children(pt, i, "nsubj", "expl")
        )  # "it is important to offer ...", "it is up to them to ..."
    ):
        return False
    nxt = pt.tokens[i + 1 : i + 3]
    return any(
        c.dep == "xcomp"
        and c.lemma.lower() in lexicon.policy_acts
        and has_child_lemma(pt, c.i, frozenset({"to"}))
        and not dep_children(pt, c.i, "nsubj", "nsubjpass", "auxpass", "neg")
        for c in children(pt, i)
    ) or (
        # "They are to scrap student fees": the parser took "scrap student fees"
        # for a noun phrase, but "to" still marks the infinitive
        len(nxt) == 2  # noqa: PLR2004 - "to" and the verb
        and nxt[0].text.lower() == "to"
        and nxt[0].head == nxt[1].i
        and nxt[1].tag in {"VB", "NN"}
        and nxt[1].text.lower() in lexicon.policy_acts
    )


def stranded_against(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether copula ``i`` is "against" a plan through its relative pronoun.

    "a tax which West Germany is against": a relative clause on a plan noun whose
    pronoun is the object of a stranded "against".
    """
    tok = pt.tokens[i]
    return (
        tok.dep == "relcl"
        and pt.tokens[tok.head].lemma.lower() in lexicon.disparaged_policies
        and any(
            o.tag == "WDT"
            for p in dep_children(pt, i, "prep")
            if p.text.lower() == "against"
            for o in dep_children(pt, p.i, "pobj")
        )
    )


def role_stance(pt: ParsedText, i: int, lexicon: Lexicon) -> str | None:
    """The stance a copula gives its subject through a role noun or "against".

    "Mr Blair is an enthusiastic proponent of talks" accepts, "Japan is a fierce
    critic of the plan" and "Britain is against the plan" reject
    (``[role_nouns]``; "against" needs a plan noun after it); "Britain is in favour
    of the tax" accepts; a critic of a party ("a vocal critic of CNN") accuses it.
    """
    tok = pt.tokens[i]
    if tok.lemma.lower() not in {"be", "remain", "become"} or dep_children(
        pt, i, "neg"
    ):
        return None
    for attr in dep_children(pt, i, "attr"):
        action = lexicon.role_nouns.get(attr.lemma.lower())
        ofs = [p for p in dep_children(pt, attr.i, "prep") if p.text.lower() == "of"]
        if action is None or not ofs:
            continue
        if action == "reject" and any(
            o.ent_type in _OWNER_ENTS
            and o.lemma.lower() not in lexicon.disparaged_policies
            for p in ofs
            for o in dep_children(pt, p.i, "pobj")
        ):
            return "accuse"  # "a vocal critic of CNN" runs a party down
        return action
    for prep in dep_children(pt, i, "prep"):
        objects = dep_children(pt, prep.i, "pobj")
        if prep.text.lower() == "against" and (
            any(o.lemma.lower() in lexicon.disparaged_policies for o in objects)
            or stranded_against(pt, i, lexicon)
        ):
            return "reject"
        if prep.text.lower() == "in" and any(
            o.lemma.lower() in {"favour", "favor"}
            and any(p.text.lower() == "of" for p in dep_children(pt, o.i, "prep"))
            for o in objects
        ):
            return "accept"  # "Britain is in favour of the tax"
    return None


def labels_a_policy(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether a labelling verb's object is a plan (``[disparaging] policy_objects``).

    "branded the ID scheme a waste" rejects the scheme; "called the minister a
    liar" accuses the minister, and "called the Republican plan a giveaway" the
    plan's owner.
    """
    objects = dep_children(pt, i, "dobj")
    small = small_clause(pt, i) if not objects else None
    if small is not None:
        objects = [small[0]]  # "branded the decision unacceptable"
    return any(
        obj.lemma.lower() in lexicon.disparaged_policies
        and not any(
            k.dep == "poss" or (k.i < obj.i and k.ent_type in _OWNER_ENTS)
            for k in children(pt, obj.i)
        )
        for obj in objects
    )


_VERBAL_ATTACK_ENTS = frozenset({"PERSON", "NORP", "ORG"})


def attacks_in_words(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether the verb launches a verbal attack ("launched an attack on Tory plans").

    The attack must be on a plan, a record or a party or person (not a place:
    "launched an attack on the town" is a military one).
    """
    tok = pt.tokens[i]
    if tok.pos != "VERB" or tok.lemma.lower() not in lexicon.attack_verbs:
        return False
    for obj in dep_children(pt, i, "dobj"):
        if obj.lemma.lower() not in lexicon.attack_nouns:
            continue
        for prep in dep_children(pt, obj.i, "prep"):
            if prep.text.lower() not in {"on", "against"}:
                continue
            for target in dep_children(pt, prep.i, "pobj"):
                lemma = target.lemma.lower()
                if (
                    lemma in lexicon.disparaged_policies
                    or lemma in lexicon.government_nouns
                    or lemma in lexicon.attack_targets
                    or target.ent_type in _VERBAL_ATTACK_ENTS
                ):
                    return True
    return False


_REFLEXIVES = frozenset(
    {"myself", "ourselves", "himself", "herself", "themselves", "itself", "yourself"}
)


def displeased(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether the word says its subject is displeased at something named.

    "we're frustrated by the lack of briefings", "were angry about the way we were
    taken to war", "Spain has been angered by the tax": an adjective of
    ``[displeasure]`` after "be", or a passive of one of its verbs, with what it is
    at in a preposition or a "that" clause; not negated ("not unhappy with").
    """
    tok = pt.tokens[i]
    lemma = tok.lemma.lower()
    adjective = (
        tok.dep == "acomp"
        and tok.pos in {"ADJ", "VERB"}
        and (
            tok.text.lower() in lexicon.displeasure_adjectives
            or lemma in lexicon.displeasure_adjectives
        )
    )
    passive = (
        tok.pos == "VERB"
        and tok.tag == "VBN"
        and lemma in lexicon.displeasure_verbs
        and bool(dep_children(pt, i, "auxpass"))
    )
    if not (adjective or passive):
        return False
    if dep_children(pt, i, "neg") or (adjective and dep_children(pt, tok.head, "neg")):
        return False
    return any(
        (
            c.dep in {"prep", "agent"}
            and c.text.lower() in lexicon.displeasure_prepositions
            and dep_children(pt, c.i, "pobj", "pcomp")
            # "I feel disgusted with myself" faults no one else
            and not any(
                o.text.lower() in _REFLEXIVES for o in dep_children(pt, c.i, "pobj")
            )
        )
        or c.dep == "ccomp"
        for c in children(pt, i)
    )


def adjective_stance(pt: ParsedText, i: int, lexicon: Lexicon) -> str | None:
    """The stance an adjective after "be" takes on what it names, if any.

    "Britain is supportive of the proposals" accepts them, "he was highly critical
    of the deal" faults it (``[adjective_stances]``); not negated ("not hostile to"),
    and only with the preposition that names the thing; not in a relative clause
    that describes someone ("senators who have been critical of the plan").
    """
    tok = pt.tokens[i]
    spec = lexicon.adjective_stances.get(tok.lemma.lower())
    if spec is None or tok.pos != "ADJ" or tok.dep != "acomp":
        return None
    if dep_children(pt, i, "neg") or dep_children(pt, tok.head, "neg"):
        return None
    if pt.tokens[tok.head].dep == "relcl":
        return None  # "senators who have been critical of the plan said ...": a label
    action, preps = spec
    named = any(
        c.text.lower() in preps and dep_children(pt, c.i, "pobj", "pcomp")
        for c in dep_children(pt, i, "prep")
    )
    return action if named else None


def industrial_action(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether the verb announces industrial action to come, which threatens.

    "Unison will start balloting workers on strike action", "the union would stage
    brief warning strikes", "workers plan to walk out": a verb of action
    (``[industrial_action]``), or one whose object is an action noun, with a
    future or modal on it or on the verb of intent it completes; not negated.
    """
    tok = pt.tokens[i]
    if tok.pos != "VERB" or dep_children(pt, i, "neg"):
        return False
    lemma = tok.lemma.lower()
    acting = lemma in lexicon.action_verbs or (
        lemma == "walk"
        and any(c.text.lower() == "out" for c in dep_children(pt, i, "prt"))
    )
    objects: list[Token] = []
    if lemma in lexicon.action_staging_verbs:
        objects = dep_children(pt, i, "dobj")
    elif lemma in lexicon.action_with_verbs:
        # the parser hangs "with" anywhere in the phrase: "react to the collapse
        # of the talks with warning strikes"
        hi = subtree_range(pt, i)[1]
        objects = [
            o
            for p in pt.tokens[i + 1 : hi]
            if p.dep == "prep" and p.text.lower() == "with"
            for o in dep_children(pt, p.i, "pobj")
        ]
    # "a series of major protests", "a wave of strikes"
    objects += [
        k
        for o in objects
        if o.lemma.lower() in lexicon.action_series
        for p in dep_children(pt, o.i, "prep")
        if p.text.lower() == "of"
        for k in dep_children(pt, p.i, "pobj")
    ]
    objects += [k for o in objects for k in dep_children(pt, o.i, "conj")]
    if not acting:
        acting = any(
            o.lemma.lower() in lexicon.action_nouns
            and (
                o.lemma.lower() != "action"
                or any(
                    m.lemma.lower() in lexicon.action_modifiers
                    for m in dep_children(pt, o.i, "amod", "compound")
                )
            )
            for o in objects
        )
    if not acting:
        return False
    k = i
    for _ in range(3):
        if any(
            c.text.lower() in lexicon.action_future for c in dep_children(pt, k, "aux")
        ):
            return True
        tok = pt.tokens[k]
        if tok.dep not in {"xcomp", "pcomp"} or tok.head == k:
            return False
        k = tok.head if tok.dep == "xcomp" else pt.tokens[tok.head].head
        if pt.tokens[k].lemma.lower() in lexicon.action_intent and not dep_children(
            pt, k, "neg"
        ):
            return True
    return False


def approves(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether the verb names something by an approving label.

    "called the change pragmatic", "described the offer as a step forward": the
    label holds one of ``[approving] words`` and nothing disparaging or negated.
    """
    words = _label_words(pt, i, lexicon)
    return bool(words & lexicon.approving_words) and not (
        words & (lexicon.disparaging_words | {"not", "hardly", "never", "no"})
    )


# verbs whose negation turns a thing down ("do not like the plan")
DISLIKE_VERBS = frozenset({"like", "want"})


def dislikes(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether the verb says its subject does not want a thing.

    "do not like the proposal", "did not want changes": "like" or "want" negated,
    with a noun object that is no professed goal ("we don't want a trade war"
    rejects nothing anyone proposed) and no clause after it ("does not want Japan
    to retaliate" asks something of Japan).
    """
    tok = pt.tokens[i]
    if tok.pos != "VERB" or tok.lemma.lower() not in DISLIKE_VERBS:
        return False
    kids = list(children(pt, i))
    if not any(k.dep == "neg" for k in kids):
        return False
    if any(k.dep in {"ccomp", "xcomp"} for k in kids):
        return False
    objects = [k for k in kids if k.dep == "dobj"]
    return len(objects) == 1 and (
        objects[0].pos == "NOUN"
        and objects[0].lemma.lower() not in lexicon.professed_goals
        and not any(
            c.dep == "det" and c.text.lower() in {"no", "that", "this"}
            for c in children(pt, objects[0].i)
        )
    )


# dependents after an object that the parser gives a label it misreads as the
# object's own modifier ("branded the proposal unworkable")
_OWNER_ENTS = frozenset({"NORP", "ORG", "PERSON", "GPE"})
_MISPARSED_LABEL_DEPS = frozenset({"amod", "dobj", "appos", "conj", "attr", "oprd"})


def _charge_label(pt: ParsedText, i: int, lexicon: Lexicon) -> set[str]:
    """The words of the label a labelling verb gives a charge (empty if no charge).

    The charge is the object ("called the accusations false") or, where the parser
    reads the object and its label as one small clause ("called [the accusations
    fabricated stories]", as an object or a clause), that clause's subject: the
    label is the rest of it.
    """
    objects = dep_children(pt, i, "dobj")
    if any(o.lemma.lower() in lexicon.deny_objects for o in objects):
        return _label_words(pt, i, lexicon)
    clauses = dep_children(pt, i, "dobj", "ccomp")
    if pt.tokens[i].lemma.lower() not in lexicon.labelling_verbs or len(clauses) != 1:
        return set()
    o_lo, o_hi = subtree_range(pt, clauses[0].i)
    for t in pt.tokens[o_lo : clauses[0].i]:
        if t.dep == "nsubj" and t.lemma.lower() in lexicon.deny_objects:
            c_lo, c_hi = subtree_range(pt, t.i)
            return {
                k.lemma.lower() for k in pt.tokens[o_lo:o_hi] if not c_lo <= k.i < c_hi
            }
    return set()


def small_clause(pt: ParsedText, i: int) -> tuple[Token, Token] | None:
    """The object and the label of a labelling verb the parser read as a clause.

    "branded the decision unacceptable": the parser makes "unacceptable" a clause
    with "the decision" its subject. Returns (subject, predicate) when the clause
    is an adjective or noun with a subject and no verb of its own.
    """
    for comp in dep_children(pt, i, "ccomp"):
        if comp.pos not in {"ADJ", "NOUN"} or comp.i < i:
            continue
        subjects = dep_children(pt, comp.i, "nsubj")
        if subjects and subjects[0].i < comp.i:
            return subjects[0], comp
    return None


def _label_words(pt: ParsedText, i: int, lexicon: Lexicon) -> set[str]:
    """The words of the label a labelling verb gives its object ("called X a Y")."""
    tok = pt.tokens[i]
    if tok.pos != "VERB" or tok.lemma.lower() not in lexicon.labelling_verbs:
        return set()
    objects = dep_children(pt, i, "dobj")
    if not objects:
        small = small_clause(pt, i)
        if small is None:
            return set()
        # "branded the decision unacceptable" read as a clause: its predicate
        subject, predicate = small
        o_lo, o_hi = subtree_range(pt, subject.i)
        p_lo, p_hi = subtree_range(pt, predicate.i)
        return {t.lemma.lower() for t in pt.tokens[p_lo:p_hi] if not o_lo <= t.i < o_hi}
    # "branded the scheme a waste" parsed with two objects: the second is the label
    labels = list(dep_children(pt, i, "oprd")) + objects[1:]
    for obj in objects[:1]:
        # the small parser often hangs the label on the object: "branded the
        # proposal unworkable" (amod), "branded the scheme a waste" (dobj)
        labels += [
            k
            for k in children(pt, obj.i)
            if k.i > obj.i and k.dep in _MISPARSED_LABEL_DEPS
        ]
    # "denounced the allegations as political attacks": the parser may hang the
    # "as" on the object
    as_preps = dep_children(pt, i, "prep") + [
        p for obj in objects[:1] for p in dep_children(pt, obj.i, "prep")
    ]
    for prep in as_preps:
        if prep.text.lower() == "as":
            # "described the offer as an insult" (pobj); "described the system as
            # unfair" (the parser hangs a bare adjective on "as" as amod)
            labels += [k for k in children(pt, prep.i) if k.i > prep.i]
    words: set[str] = set()
    for label in labels:
        l_lo, l_hi = subtree_range(pt, label.i)
        toks = pt.tokens[l_lo:l_hi]
        words.update(t.lemma.lower() for t in toks)
        # "a give-away", "half-baked": the tokenizer splits the hyphenated word
        words.update(
            f"{a.text.lower()}-{c.text.lower()}"
            for a, b, c in zip(toks, toks[1:], toks[2:], strict=False)
            if b.text == "-"
        )
    return words
