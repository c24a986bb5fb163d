"""Clauses around a cue: subordinate or asserted, set off, or misparsed.

Helpers for :mod:`redline.claims.cues`: whether a stance verb sits in a relative,
gerund or conditional clause (and so states no one's stance) or in one that asserts
it ("..., while the Tories have pledged", "Labour, which denies"); which verb a
misparsed conjunct or a document's participle belongs to.
"""

from __future__ import annotations

from redline.claims._cue import (
    agent_participle,
    finite_partner,
    joined_in,
    letter_participle,
    root_participle,
)
from redline.claims._tree import (
    ancestors,
    children,
    dep_children,
    has_child_lemma,
    participle_of_document,
    participle_of_means,
    step_taken,
    subtree_range,
)
from redline.claims.frames import quoted_saying, with_a_subject
from redline.claims.lexicon import Lexicon
from redline.claims.modals import actor_like
from redline.nlp import ParsedText

__all__ = [
    "aside_on_a_name",
    "asserted_clause",
    "contrastive",
    "document_of",
    "group_who_did",
    "in_subordinate",
    "listed_members",
    "means_of_the_main_verb",
    "named_subject",
    "predicated_who_did",
    "reattached_report",
    "with_a_subject",
]

_CONTRAST = frozenset({"while", "whereas", "although", "though", "but"})
_CONCESSIVE = frozenset({"although", "though", "whereas"})
# clauses of a past fact: "after Trump urged him to quit", "because Britain rejected it"
_FACTUAL = frozenset({"after", "because", "since", "when"})
# nouns whose "that" clause tells what happened ("news that X had promised ...")
_FACTIVE_NOUNS = frozenset(
    {"news", "fact", "announcement", "revelation", "confirmation", "disclosure"}
)
_SKIP_CLAUSE_DEPS = frozenset(
    {"relcl", "pcomp", "acl", "amod", "csubj", "advcl", "prep"}
)
_SUBORDINATORS = frozenset(
    {
        "if",
        "because",
        "unless",
        "since",
        "until",
        "while",
        "as",
        "when",
        "after",
        "before",
        "although",
        "though",
    }
)


def in_subordinate(
    pt: ParsedText,
    i: int,
    lo: int,
    stance_nouns: frozenset[str],
    *,
    documents: frozenset[str] = frozenset(),
    reporting: frozenset[str] = frozenset(),
) -> bool:
    """Whether token ``i`` sits in a relative, gerund or conditional clause.

    A clause that spells out a stance noun ("his stance that he wanted X") counts as
    a main clause, as do the words of an issued document (one of ``documents``:
    "issued a statement saying it would not accept the terms"), as do the words an
    aside on a name reports with one of ``reporting`` ("Labour, which said it would
    scrap the tax").
    """
    if pt.tokens[i].dep == "conj":
        partner = finite_partner(pt, i)
        if partner != pt.tokens[i].head:
            # "has issued a call to unions to support the strikers and criticised
            # the company": the parser's conjunct pairs with the finite verb
            return in_subordinate(
                pt, partner, lo, stance_nouns, documents=documents, reporting=reporting
            )
    top = i
    while pt.tokens[top].dep in {"conj", "xcomp"} and pt.tokens[top].head != top:
        top = pt.tokens[top].head
    if (
        top != i
        and pt.tokens[top].dep == "advcl"
        and contrastive(pt, top)
        and named_subject(pt, top, passive=True)
    ):
        # "even as Republicans denounced him and called on him to go", "although
        # Michael Howard was forced to deny the split"
        return False
    if top != i and pt.tokens[top].dep == "advcl" and asserted_clause(pt, top):
        # "because Trump has been a vocal critic of CNN, and opposed the purchase"
        return False
    for anc in [pt.tokens[i], *ancestors(pt, i)]:
        if anc.i < lo:
            break
        if _open_question(pt, anc.i):
            return True  # "it is unclear whether Japan would accept the plan"
        if (
            anc.dep in {"acl", "relcl"}
            and pt.tokens[anc.head].lemma.lower() in stance_nouns
        ):
            continue
        if (
            anc.dep == "acl"
            and participle_of_document(pt, anc.i, documents) is not None
        ):
            continue  # "issued a statement saying it would not ...": the issuer's
        if anc.dep == "relcl" and anc.i != i and group_who_did(pt, anc.i):
            # "leaders who said they believe the women and demanded he quit", also
            # where the group sits in a phrase ("as far as leaders who said ...")
            return False
        if anc.dep == "advcl" and anc.i != i and asserted_clause(pt, anc.i):
            # "when the state party said it would continue to support him": a past
            # act the sentence takes as done, and what it said with it
            return False
        if anc.i != i and (
            (anc.dep == "pcomp" and quoted_saying(pt, anc.i))
            or (
                anc.dep == "prep"
                and any(quoted_saying(pt, c.i) for c in children(pt, anc.i))
            )
        ):
            continue  # "was quoted as saying Tokyo would reject ...": reported words
        if (
            anc.dep == "pcomp"
            and anc.i != i
            and anc.lemma.lower() in reporting
            and with_a_subject(pt, anc.i)
        ):
            continue  # "with Pelosi saying he should step aside": her words
        if (
            anc.dep == "relcl"
            and anc.i != i
            and anc.lemma.lower() in reporting
            and aside_on_a_name(pt, anc.i, nouns=True)
        ):
            return False  # "Labour, which said it would scrap the tax": its words
        if (
            anc.dep == "relcl"
            and anc.i != i
            and anc.lemma.lower() in reporting
            and _spoken_in(pt, anc.i, documents)
        ):
            return False  # "an interview in which Trump says he will propose ..."
        if (
            anc.dep == "relcl"
            and anc.i == pt.tokens[i].head
            and pt.tokens[i].dep in {"acomp", "attr"}
            and aside_on_a_name(pt, anc.i, nouns=True)
        ):
            return False  # "Japan, which remains opposed to the plan": Japan's
        if anc.dep in _SKIP_CLAUSE_DEPS and anc.i != i:
            return True
        if anc.dep == "relcl" and anc.i == i and named_subject(pt, i):
            return False  # "items on which Washington has asked Seoul to cut tariffs"
        if anc.dep == "relcl" and anc.i == i and aside_on_a_name(pt, i, nouns=True):
            # "Labour, which denies engaging in ...": Labour's denial; "the creditor
            # banks, who were insisting on a minimum spread"
            return False
        if anc.dep == "relcl" and anc.i == i and group_who_did(pt, i):
            return False  # "Republicans who have demanded he quit": they demanded it
        if anc.dep == "relcl" and anc.i == i and predicated_who_did(pt, i) is not None:
            return False  # "Cotton is an ally who has opposed the deal": he did
        if anc.dep == "pcomp" and anc.i == i and joined_in(pt, i):
            return False  # "McCain joined Warren in demanding an answer": asserted
        if anc.dep == "pcomp" and anc.i == i and with_a_subject(pt, i):
            return False  # "with Ottawa accusing Washington of failing to act"
        if anc.dep == "pcomp" and anc.i == i and means_of_the_main_verb(pt, i):
            return False  # "broke the consensus by promising to raise the tax"
        if anc.dep == "pcomp" and anc.i == i and step_taken(pt, i) is not None:
            return False  # "took the unusual step of accusing Tillerson"
        if (
            anc.dep in {"acl", "relcl"}
            and anc.i == i
            and agent_participle(pt, i) is not None
        ):
            return False  # "the reforms demanded by the IMF": the IMF's demand
        if anc.dep == "acl" and anc.i == i and letter_participle(pt, i) is not None:
            return False  # "has written to Tony Blair demanding an explanation"
        if anc.dep == "acl" and root_participle(pt, anc.i):
            # "A report by the committee called for ...": the main verb, and what
            # the parser hung it in ("McConnell, working with a majority, called
            # on Moore ...") is no clause over it
            return False
        if (
            anc.dep == "acl"
            and anc.i == i
            and pt.tokens[anc.head].lemma.lower() in _FACTIVE_NOUNS
            and has_child_lemma(pt, i, frozenset({"that"}))
            and named_subject(pt, i)
        ):
            return False  # "news that Lord Falconer had promised ...": it happened
        if anc.dep in {"relcl", "pcomp", "acl", "csubj"}:
            return True
        marks = {c.text.lower() for c in children(pt, anc.i) if c.dep == "mark"}
        if anc.i == i and asserted_clause(pt, i):
            return False
        if anc.dep == "advcl" and marks & _SUBORDINATORS:
            return True
    return False


def _open_question(pt: ParsedText, verb: int) -> bool:
    """Whether a clause asks a question rather than telling what happened.

    "unclear whether Japan would accept", "will decide whether to reject",
    "asked if Japan would reject": no one has taken the stance yet. A party's own
    "considering whether to reject" is a stance foreseen (kept, as hypothetical).
    """
    marks = {c.text.lower() for c in dep_children(pt, verb, "mark")}
    if (
        "whether" in marks
        and pt.tokens[pt.tokens[verb].head].lemma.lower() == "consider"
        and any(c.text.lower() == "to" for c in dep_children(pt, verb, "aux"))
    ):
        return False
    return "whether" in marks or ("if" in marks and pt.tokens[verb].dep == "ccomp")


def means_of_the_main_verb(pt: ParsedText, i: int) -> bool:
    """Whether participle ``i`` says how the sentence's own subject acts.

    "He broke the consensus by promising to raise the tax": the participle under
    "by" is the subject's act. Not inside reported words ("Kyiv said the Russian
    leader was playing with fire by refusing talks" is Kyiv's account of him).
    """
    if not participle_of_means(pt, i):
        return False
    verb = pt.tokens[pt.tokens[i].head].head
    if dep_children(pt, verb, "neg"):
        return False  # "we don't get anything just by asking for it"
    return not any(
        t.dep in {"ccomp", "parataxis"} for t in [pt.tokens[verb], *ancestors(pt, verb)]
    )


def asserted_clause(pt: ParsedText, i: int) -> bool:
    """Whether the adverbial clause of verb ``i`` asserts what its subject did.

    "..., while the Tories have pledged to ...", "even as Republicans denounced
    him" (a contrast), "even after Trump urged him to quit", "because Britain
    rejected the plan" (a past act the sentence takes as done): the clause has a
    named subject of its own.
    """
    tok = pt.tokens[i]
    if tok.dep != "advcl" or not named_subject(pt, i, pronouns=True):
        return False
    marks = {c.text.lower() for c in children(pt, i) if c.dep == "mark"}
    if contrastive(pt, i):
        # "although he has been demanding more": a concession asserts what "he"
        # did too ("while he" may be a time, not a contrast); not what someone only
        # "seemed to be" doing
        return tok.lemma.lower() not in {"seem", "appear"} and named_subject(
            pt, i, pronouns=bool(marks & _CONCESSIVE)
        )
    perfect = tok.tag == "VBN" and any(
        c.lemma.lower() == "have" for c in dep_children(pt, i, "aux")
    )  # "because Trump has been a critic"
    # "because the committee will oppose them": a reason the writer gives as fact
    certain = "because" in marks and any(
        c.text.lower() in {"will", "'ll"} for c in dep_children(pt, i, "aux")
    )
    return bool(marks & _FACTUAL) and (tok.tag == "VBD" or perfect or certain)


def reattached_report(pt: ParsedText, i: int, lexicon: Lexicon) -> int | None:
    """The reporting verb a conjoined stance verb really pairs with, if misparsed.

    In "He said prosecutions were the first preference and promised the powers
    would only be used in serious cases" the parser hangs "promised" on "were",
    inside what was said; a thing ("prosecutions") cannot promise, so "promised"
    pairs with "said" and shares its subject. Only a finite verb of the reporting
    verb's tense, with no subject of its own, conjoined to the reported clause's
    verb whose subject names no one who can act, or made a second clause of the
    reporting verb after "and".
    """
    tok = pt.tokens[i]
    if tok.tag not in {"VBD", "VBZ", "VBP"} or dep_children(
        pt, i, "nsubj", "nsubjpass"
    ):
        return None
    if tok.dep == "ccomp" and i > 0 and pt.tokens[i - 1].dep == "cc":
        # "said the banks were rigid and warned that ...": the parser makes the
        # second verb another thing said
        report = pt.tokens[tok.head]
        earlier = [c for c in dep_children(pt, report.i, "ccomp") if c.i < i]
        if (
            earlier
            and report.lemma.lower() in lexicon.reporting_verbs
            and report.tag == tok.tag
        ):
            return report.i
        return None
    if tok.dep != "conj":
        return None
    clause = pt.tokens[tok.head]
    if clause.dep != "ccomp" or clause.head == clause.i:
        return None
    report = pt.tokens[clause.head]
    if report.lemma.lower() not in lexicon.reporting_verbs or report.tag != tok.tag:
        return None
    subjects = dep_children(pt, clause.i, "nsubj", "nsubjpass", "expl")
    if not subjects or (
        # "there could be no deals": an expletive "there" acts for no one
        subjects[0].dep != "expl" and actor_like(pt, subjects[0].i, lexicon)
    ):
        return None
    return report.i


def document_of(pt: ParsedText, i: int, lexicon: Lexicon) -> int | None:
    """The verb that issued the document a participle describes, if any.

    "EC ministers issued a statement deploring Japan's trade surplus": the
    statement's stance is whoever issued it (``[titles] documents``).
    """
    return participle_of_document(pt, i, lexicon.document_nouns)


def contrastive(pt: ParsedText, verb: int) -> bool:
    """Whether an adverbial clause sets a contrast ("while ...", "even as ...").

    Such a clause asserts what it says; "as" alone ("as talks resumed") does not.
    """
    marks = [c for c in children(pt, verb) if c.dep == "mark"]
    if any(m.text.lower() in _CONTRAST for m in marks):
        return True
    return any(m.text.lower() == "as" for m in marks) and any(
        c.dep == "advmod" and c.text.lower() == "even" and c.i < verb
        for c in children(pt, verb)
    )


def _spoken_in(pt: ParsedText, verb: int, documents: frozenset[str]) -> bool:
    """Whether a relative clause tells what was said in a document or interview.

    "an interview with Trump in which the president-elect says he will propose
    ...", "a letter in which the senators said they wanted ...": the clause
    reports words, as "said" in a main clause does.
    """
    head = pt.tokens[pt.tokens[verb].head]
    return head.lemma.lower() in documents and any(
        p.text.lower() in {"in", "through"}
        and any(o.text.lower() == "which" for o in dep_children(pt, p.i, "pobj"))
        for p in dep_children(pt, verb, "prep")
    )


def aside_on_a_name(pt: ParsedText, verb: int, *, nouns: bool = False) -> bool:
    """Whether a relative clause is an aside on a name, with "which"/"who" its subject.

    "Labour, which denies ...", "Mr Mandelson, who said ...", "Mr Kennedy, whose
    party opposes ...": set off by a comma, so it says something of the named
    actor, not which one is meant. With ``nouns`` the actor may be named by a common
    noun too ("the Manila government, which said ...").
    """
    owner = pt.tokens[pt.tokens[verb].head]
    kinds = {"PROPN", "NOUN"} if nouns else {"PROPN"}
    if owner.pos not in kinds or owner.i + 1 >= len(pt.tokens):
        return False
    # the comma closes the name ("Labour, which ...") or a list of names that the
    # parser hangs the clause on the first of ("Britain and Denmark, which ...")
    first = subtree_range(pt, verb)[0]
    set_off = pt.tokens[owner.i + 1].text == "," or (
        first > owner.i + 1 and pt.tokens[first - 1].text == ","
    )
    return set_off and any(
        c.tag in {"WDT", "WP"}
        # "Mr Kennedy, whose party opposes the plan": the name's own party
        or any(k.tag == "WP$" for k in dep_children(pt, c.i, "poss"))
        for c in dep_children(pt, verb, "nsubj")
    )


def group_who_did(pt: ParsedText, verb: int) -> bool:
    """Whether a "who" clause on a group says what its members did.

    "other Republican leaders who have demanded Moore withdraw", "Democrats who
    rejected the bill": the clause picks out the members by a stance they took, so
    they took it. Only a past act: "women who accuse anyone", "Republicans who
    vote against funding bills" and "voters who would reject it" describe a kind
    of people; nor on one person ("the senator who demanded it").
    """
    tok = pt.tokens[verb]
    owner = pt.tokens[tok.head]
    return (
        tok.dep == "relcl"
        and owner.tag in {"NNS", "NNPS"}
        and any(c.text.lower() == "who" for c in dep_children(pt, verb, "nsubj"))
        and not dep_children(pt, verb, "mark")
        and (
            tok.tag == "VBD"
            or any(c.lemma.lower() == "have" for c in dep_children(pt, verb, "aux"))
        )
    )


def predicated_who_did(pt: ParsedText, verb: int) -> int | None:
    """The named subject a "who" clause on its predicate noun tells a past act of.

    "Cotton is a staunch Trump ally who has vigorously opposed the Iran deal":
    the clause says what Cotton did, as "Cotton, who has opposed ..." would; so does
    "Blair is among those who have called for an apology". Only a past act ("who
    opposed", "who has opposed"), on the predicate of "be".
    """
    tok = pt.tokens[verb]
    noun = pt.tokens[tok.head]
    copula = pt.tokens[noun.head]
    among = noun.dep == "pobj" and copula.text.lower() == "among"
    if among:
        # "Tony Blair is among those who have called for an apology"
        copula = pt.tokens[copula.head]
    if not (
        tok.dep == "relcl"
        and (noun.dep == "attr" or among)
        and copula.lemma.lower() == "be"
        and any(c.text.lower() == "who" for c in dep_children(pt, verb, "nsubj"))
        and not dep_children(pt, verb, "mark")
        and (
            tok.tag == "VBD"
            or any(c.lemma.lower() == "have" for c in dep_children(pt, verb, "aux"))
        )
    ):
        return None
    subjects = [
        c
        for c in dep_children(pt, copula.i, "nsubj")
        if c.pos == "PROPN" or c.ent_type in {"PERSON", "ORG", "GPE", "NORP"}
    ]
    return subjects[0].i if subjects else None


def listed_members(pt: ParsedText, verb: int) -> int | None:
    """The first name a group defined by its stance is said to include.

    "Other countries opposing the tax include Britain, West Germany and Denmark":
    the stance verb describes a plural subject of "include", and the names it
    includes hold the stance (the first here; the rest are its conjuncts); so does
    the name said to be among such a group (:func:`_one_among`).
    """
    tok = pt.tokens[verb]
    if tok.dep not in {"acl", "relcl"}:
        return None
    owner = pt.tokens[tok.head]
    if owner.tag not in {"NNS", "NNPS"}:
        return None
    if owner.dep == "pobj":
        if dep_children(pt, verb, "auxpass", "nsubjpass"):
            return None  # "one of the men who have been accused": accused by others
        return _one_among(pt, owner.i)
    if owner.dep != "nsubj":
        return None
    head = pt.tokens[owner.head]
    if head.lemma.lower() != "include":
        return None
    named = [o for o in dep_children(pt, head.i, "dobj") if o.pos == "PROPN"]
    return named[0].i if named else None


def _one_among(pt: ParsedText, group: int) -> int | None:
    """The name said to be among the plural noun ``group``, or one of it.

    "Britain is among the countries which oppose the tax", "Japan is one of several
    states that rejected it". Only a name.
    """
    prep = pt.tokens[pt.tokens[group].head]
    verb = pt.tokens[prep.head]
    if prep.text.lower() == "of" and verb.text.lower() == "one":
        verb = pt.tokens[verb.head]  # "is one of ..."
    elif prep.text.lower() != "among":
        return None
    if verb.lemma.lower() != "be":
        return None
    named = [
        s
        for s in dep_children(pt, verb.i, "nsubj")
        if s.pos == "PROPN" or s.ent_type in {"GPE", "ORG", "NORP"}
    ]
    return named[0].i if named else None


def named_subject(
    pt: ParsedText, verb: int, *, passive: bool = False, pronouns: bool = False
) -> bool:
    """Whether a verb's own subject is a name (not "which", "that" or "who").

    With ``passive`` a passive subject counts too ("Howard was forced to ..."); with
    ``pronouns`` a personal pronoun that stands for a person does
    ("after she criticized him").
    """
    deps = ("nsubj", "nsubjpass") if passive else ("nsubj",)
    return any(
        c.pos == "PROPN"
        or (pronouns and c.text.lower() in {"he", "she"})
        or c.ent_type in {"GPE", "ORG", "NORP", "PERSON"}
        # "after Republican senators Marco Rubio and Bob Corker pledged support"
        or (
            c.tag == "NNS"
            and any(
                g.dep in {"amod", "compound", "appos"}
                and (g.pos == "PROPN" or g.ent_type in {"NORP", "PERSON"})
                for g in children(pt, c.i)
            )
        )
        # "after senior members of the Conservative party urged her to go"
        or (c.tag == "NNS" and _of_a_named_body(pt, c.i))
        for c in dep_children(pt, verb, *deps)
    )


def _of_a_named_body(pt: ParsedText, i: int) -> bool:
    """Whether the people at ``i`` are "of" a named body ("members of the party")."""
    return any(
        o.pos == "PROPN"
        or o.ent_type in {"ORG", "GPE", "NORP"}
        or any(
            g.dep in {"compound", "amod", "poss"}
            and (g.pos == "PROPN" or g.ent_type in {"ORG", "GPE", "NORP"})
            for g in children(pt, o.i)
        )
        for p in dep_children(pt, i, "prep")
        if p.text.lower() == "of"
        for o in dep_children(pt, p.i, "pobj")
    )
