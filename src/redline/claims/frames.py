"""Sentence frames: who reported a sentence, and where its reported content lies.

A frame is found from reporting verbs ("the three sources said", "Kyiv has said that")
and "according to" phrases. Cues inside the frame's content are attributed to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from redline.claims._tree import (
    children,
    dep_children,
    participle_of_document,
    participle_of_means,
    sent_range,
    subtree_range,
)
from redline.claims.lexicon import Lexicon
from redline.nlp import ParsedText, Token

__all__ = ["Frame", "as_they_say", "find_frames", "quoted_saying"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Frame:
    """A reporting frame in one sentence.

    ``verb`` is the reporting verb (or the "according" token), ``speaker`` the head of
    the source phrase, ``content`` the head of the reported clause (if parsed as one),
    and ``tail_start`` the first token of a trailing attribution (", the sources said")
    that must be cut from any claim content before it. A ``quoted`` frame is a
    sentence that goes on quoting a speaker named in an earlier sentence: its
    ``verb`` and ``content`` are the sentence's own main verb.
    """

    verb: int
    speaker: int | None
    content: int | None
    tail_start: int | None
    contents: tuple[int, ...] = ()
    quoted: bool = False  # a quoted sentence whose speaker is in an earlier one


# Words that put a reporting verb under them in the future: "is to tell", "is
# expected to say", "is due to announce", "is set to tell".
_SPEECH_TO_COME = frozenset(
    {"be", "expect", "due", "set", "go", "plan", "intend", "continue", "keep"}
)


# verbs whose "as saying" reports the one quoted: "was quoted/reported/cited as saying"
_QUOTING = frozenset({"quote", "report", "cite"})
_AS_SAYING = frozenset({"say", "tell"})


# Verbs whose passive subject is the one told, not the teller: "Tehran had been
# told of U.S. concern", "Japan was informed that ...".
_TOLD = frozenset({"tell", "inform", "notify", "brief", "advise", "assure"})


def _speaker_of(pt: ParsedText, verb: int) -> int | None:
    if pt.tokens[verb].lemma.lower() in _TOLD and dep_children(pt, verb, "auxpass"):
        # "Japan was told by the United States that ...": the agent told it
        agents = [
            o.i
            for by in dep_children(pt, verb, "agent")
            for o in dep_children(pt, by.i, "pobj")
        ]
        return agents[0] if agents else None
    subj = dep_children(pt, verb, "nsubj", "nsubjpass")
    if subj:
        # With a garbled parse two subjects can hang on the verb: the nearest speaks.
        return min(subj, key=lambda t: abs(t.i - verb)).i
    head = pt.tokens[verb]
    if head.dep == "conj" and head.head != verb:  # "... and said" shares the subject
        subj = dep_children(pt, head.head, "nsubj")
        if subj:
            return subj[0].i
    # "Mr Kennedy is to tell the audience: ...", "is expected to say that ...", "is
    # due to tell", "continued to insist that": speech to come or going on, whose
    # speaker is the subject of the frame around
    k = verb
    for _ in range(2):
        tok = pt.tokens[k]
        if tok.dep not in {"xcomp", "acomp"} or tok.head == k:
            break
        k = tok.head
        if pt.tokens[k].lemma.lower() not in _SPEECH_TO_COME:
            break
        subj = dep_children(pt, k, "nsubj", "nsubjpass")
        if subj:
            return subj[0].i
    return _phrase_before(pt, verb)


def _phrase_before(pt: ParsedText, verb: int) -> int | None:
    """A noun phrase right before a subjectless verb, hung elsewhere by the parser.

    "In an interview with Reuters, Iran's oil minister said ...": the parser makes
    "minister" an apposition of "Reuters". The phrase must end just before the verb
    and be an apposition or a bare noun phrase, not the object of a preposition.
    """
    if verb == 0 or pt.tokens[verb].dep != "ROOT":
        return None
    lo, _ = sent_range(pt, verb)
    for tok in pt.tokens[lo:verb]:
        if (
            tok.dep in {"appos", "dep", "npadvmod", "nmod"}
            and tok.pos in {"NOUN", "PROPN"}
            and subtree_range(pt, tok.i)[1] == verb
        ):
            return tok.i
    return None


def _as_saying(pt: ParsedText, i: int) -> list[Token]:
    """The "saying" of "quoted (the minister) as saying ...", if verb ``i`` has one.

    "'…,' he was quoted as saying": "quoted" reports its passive subject, as
    "was reported as saying", "was cited as saying" and "was quoted as telling
    members ..." do.
    """
    if pt.tokens[i].lemma.lower() not in _QUOTING:
        return []
    return [
        c
        for prep in dep_children(pt, i, "prep")
        if prep.text.lower() == "as"
        for c in children(pt, prep.i)
        if c.lemma.lower() in _AS_SAYING
    ]


def with_a_subject(pt: ParsedText, i: int) -> bool:
    """Whether participle ``i`` is a "with" clause with a subject of its own.

    "Relations soured, with Ottawa accusing Washington of failing to act": the
    participle asserts what its own subject does.
    """
    tok = pt.tokens[i]
    prep = pt.tokens[tok.head]
    return (
        tok.dep == "pcomp"
        and tok.tag == "VBG"
        and prep.text.lower() == "with"
        and bool(dep_children(pt, i, "nsubj"))
    )


def _a_named_speaker(pt: ParsedText, verb: int) -> bool:
    """Whether the verb's subject names someone, not a thing or a counted crowd.

    "with Nancy Pelosi saying ..." names her; "with the imposition of tariffs
    threatening to ..." and "with most Alabama Republicans saying ..." (a poll's
    respondents) name no speaker.
    """
    for subj in dep_children(pt, verb, "nsubj"):
        if any(
            d.text.lower() in _CROWD_WORDS
            for d in children(pt, subj.i)
            if d.dep in {"det", "amod", "advmod", "nummod"}
        ):
            return False
        return subj.pos == "PROPN" or subj.ent_type in {"PERSON", "ORG", "GPE", "NORP"}
    return False


_CROWD_WORDS = frozenset({"most", "many", "some", "few", "all", "several", "half"})


def quoted_saying(pt: ParsedText, i: int) -> bool:
    """Whether token ``i`` is the "saying" of "was quoted as saying ..."."""
    tok = pt.tokens[i]
    if tok.dep != "pcomp" or tok.lemma.lower() not in _AS_SAYING:
        return False
    prep = pt.tokens[tok.head]
    return prep.text.lower() == "as" and pt.tokens[prep.head].lemma.lower() in _QUOTING


def _asked_to_say(pt: ParsedText, i: int, lexicon: Lexicon) -> bool:
    """Whether reporting verb ``i`` is an infinitive someone asks for.

    "Japanese banks want Nigeria to make clear its debt scheme", "urged Tokyo to
    state its position": words asked for are not yet said ("went on to say" is).
    """
    tok = pt.tokens[i]
    if tok.dep not in {"xcomp", "ccomp"} or not any(
        k.dep == "aux" and k.text.lower() == "to" for k in children(pt, i)
    ):
        return False
    spec = lexicon.verbs.get(pt.tokens[tok.head].lemma.lower())
    return spec is not None and spec.action == "demand"


def find_frames(pt: ParsedText, lo: int, hi: int, *, lexicon: Lexicon) -> list[Frame]:
    """Reporting frames of the sentence spanning tokens ``[lo, hi)``."""
    frames: list[Frame] = []
    toks = pt.tokens
    for tok in toks[lo:hi]:
        low = tok.text.lower()
        if (
            low == "according"
            and tok.i + 1 < hi
            and toks[tok.i + 1].text.lower() == "to"
        ):
            objs = [c for c in children(pt, tok.i + 1) if c.dep == "pobj"]
            objs += [c for c in children(pt, tok.i) if c.dep == "pobj"]
            if objs:
                start = (
                    tok.i - 1 if tok.i > lo and toks[tok.i - 1].text == "," else tok.i
                )
                # "The banks must cut the spread, according to Brazil", "Russia
                # will not withdraw, according to the Kremlin": a modal clause it
                # hangs on is what the source says (a plain one, "the UK leader
                # wants ..., according to the Times", stays the leader's)
                head = toks[tok.head]
                # a future or possible one only as the sentence's main clause: in
                # "X told Norway it will not sign ..., according to two diplomats"
                # the telling is what they report
                modals = lexicon.obligation | (
                    lexicon.future | lexicon.possibility
                    if head.dep == "ROOT"
                    else frozenset()
                )
                said = (
                    head.i
                    if head.i != tok.i
                    and head.pos in {"VERB", "AUX"}
                    and lo <= head.i
                    and any(
                        k.dep == "aux" and k.text.lower() in modals
                        for k in children(pt, head.i)
                    )
                    else None
                )
                frames.append(
                    Frame(
                        verb=tok.i,
                        speaker=objs[0].i,
                        content=said,
                        tail_start=start,
                        contents=(said,) if said is not None else (),
                    )
                )
            continue
        if tok.pos not in {"VERB", "AUX"} or (
            tok.lemma.lower() not in lexicon.reporting_verbs
            and not _as_saying(pt, tok.i)
            and not _makes_clear(pt, tok.i)
        ):
            continue
        if _asked_to_say(pt, tok.i, lexicon):
            continue  # "banks want Nigeria to make clear its scheme": not said yet
        comps = dep_children(pt, tok.i, "ccomp", "xcomp", "parataxis")
        saying = _as_saying(pt, tok.i)
        if not comps and saying:
            # "was quoted as saying Tokyo would reject the demands": what follows
            comps = [c for s in saying for c in dep_children(pt, s.i, "ccomp")]
        if not comps:
            comps = _told_that(pt, tok.i)
        if not comps and as_they_say(pt, tok.i):
            # "As the Conservatives claim, Mr Brown plans to raise taxes": the
            # clause the "as" phrase hangs on is what they say
            comps = [toks[tok.head]]
        if not comps:
            comps = _conjoined_tail(pt, tok.i, lo)
        if _makes_clear(pt, tok.i):
            # "made (it) clear that the banks must cut": the clause, not "clear"
            clear = [c for c in comps if c.text.lower() == "clear"]
            clauses = [c for c in comps if c.text.lower() != "clear"] + [
                k
                for c in clear
                for k in children(pt, c.i)
                if k.dep in {"advcl", "ccomp"}
            ]
            comps = clauses or comps
        speaker = _speaker_of(pt, tok.i)
        quoted_one = dep_children(pt, tok.i, "dobj") if saying else []
        if quoted_one:
            # "the Asahi quoted the minister as saying ...": the one quoted speaks
            speaker = quoted_one[0].i
        own_subject = (
            tok.tag == "VBG"
            and tok.dep == "pcomp"
            and with_a_subject(pt, tok.i)
            and _a_named_speaker(pt, tok.i)
        )  # "with Pelosi saying he should step aside": hers
        if (
            tok.tag == "VBG"
            and tok.dep in {"acl", "relcl", "advcl", "pcomp", "amod"}
            and not own_subject
        ):
            # "The banker opposed the plan, saying: ..." reports the main subject;
            # "guidance saying that ...", "warning on Tuesday ..." report no one;
            # "issued a statement saying ..." reports the issuer.
            if not comps or not (
                tok.dep == "advcl"
                or participle_of_means(pt, tok.i)
                or participle_of_document(pt, tok.i, lexicon.document_nouns) is not None
            ):
                continue
            speaker = _speaker_of(
                pt, tok.head if tok.dep == "advcl" else toks[tok.head].head
            )
            if speaker is None:
                continue
        content = comps[0].i if comps else None
        tail_start = None
        # Trailing attribution: "..., the three sources said." The reported clause
        # comes first; the speaker phrase and verb come last.
        if speaker is not None and speaker < tok.i:
            s_lo, _ = subtree_range(pt, speaker)
            before = [
                k for k in range(lo, s_lo) if toks[k].pos not in {"PUNCT", "SPACE"}
            ]
            if (
                s_lo - 2 > lo
                and toks[s_lo - 1].tag in {"VBG", "JJ"}
                and toks[s_lo - 2].text == ","
            ):
                s_lo -= 1  # "..., visiting U.S. Agriculture Secretary Lyng told"
            if len(before) >= 3 and toks[s_lo - 1].text in {",", '"', "”", "'"}:  # noqa: PLR2004
                tail_start = s_lo - 1
                while tail_start > lo and toks[tail_start - 1].text in {",", '"', "”"}:
                    tail_start -= 1
        elif speaker is not None and speaker > tok.i and tok.i > lo:
            # Inverted order: a quote, then "said one senior source".
            prev = toks[tok.i - 1]
            if prev.text in {",", '"', "”"}:
                tail_start = tok.i - 1
        frames.append(
            Frame(
                verb=tok.i,
                speaker=speaker,
                content=content,
                tail_start=tail_start,
                contents=tuple(c.i for c in comps),
            )
        )
    return frames


def as_they_say(pt: ParsedText, i: int) -> bool:
    """Whether reporting verb ``i`` heads an "as X say" phrase on another clause.

    "As the Conservatives claim, Mr Brown plans to raise taxes", "Labour, as its
    critics say, has broken its promise": the parser's adverbial clause, marked by
    "as", with a subject of its own and nothing reported under it.
    """
    tok = pt.tokens[i]
    head = pt.tokens[tok.head]
    return (
        tok.dep == "advcl"
        and head.i != i
        and head.pos in {"VERB", "AUX"}
        and any(m.text.lower() == "as" for m in dep_children(pt, i, "mark"))
        and bool(dep_children(pt, i, "nsubj"))
        # nothing said under it: not "as two senators insisted on changes", a time
        and not dep_children(
            pt, i, "dobj", "ccomp", "xcomp", "prep", "dative", "attr", "acomp", "advcl"
        )
    )


def _conjoined_tail(pt: ParsedText, i: int, lo: int) -> list[Token]:
    """The clause a trailing attribution the parser joined on as a conjunct reports.

    "Japan's rice policy is an example of protectionism, visiting U.S. Agriculture
    Secretary Richard Lyng told a press conference": the parser makes "told" a
    conjunct of "is"; with no "and" or "but" before it, the speaker after a comma
    and the clause first, the clause is what was told.
    """
    tok = pt.tokens[i]
    head = pt.tokens[tok.head]
    if tok.dep != "conj" or head.i >= i or head.i < lo or head.dep != "ROOT":
        return []
    if dep_children(pt, i, "cc") or any(
        t.dep == "cc" and t.head == head.i for t in pt.tokens[head.i : i]
    ):
        return []
    subject = dep_children(pt, i, "nsubj")
    if not subject or subject[0].i > i:
        return []
    s_lo, _ = subtree_range(pt, subject[0].i)
    if not any(t.text == "," for t in pt.tokens[max(lo, s_lo - 2) : s_lo]):
        return []
    return [head]


def _told_that(pt: ParsedText, i: int) -> list[Token]:
    """A "that" clause the parser hung on the hearer: "told the programme that ...".

    The small model often reads "told BBC Radio's Today programme that the plans
    were inadequate" as a clause describing the programme; it is what was told.
    """
    # "told Reuters in an interview that ...": the clause hung on the occasion
    occasions = [
        o
        for p in children(pt, i)
        if p.dep == "prep" and p.text.lower() in {"in", "during", "on", "at"}
        for o in children(pt, p.i)
        if o.dep == "pobj"
    ]
    return [
        clause
        for hearer in [
            *(h for h in children(pt, i) if h.dep in {"dobj", "dative"}),
            *occasions,
        ]
        for clause in children(pt, hearer.i)
        if clause.dep in ({"acl"} if hearer.dep != "pobj" else {"acl", "relcl"})
        and any(
            k.dep == "mark" and k.text.lower() == "that" for k in children(pt, clause.i)
        )
    ]


def _makes_clear(pt: ParsedText, i: int) -> bool:
    """Whether "make clear" reports: "Pyongyang has made clear it has no interest"."""
    tok = pt.tokens[i]
    if tok.lemma.lower() != "make" or not dep_children(pt, i, "ccomp"):
        return False
    return any(
        t.text.lower() == "clear" and t.head in {i, *(c.i for c in children(pt, i))}
        for t in pt.tokens[i + 1 : min(i + 4, len(pt.tokens))]
    )
