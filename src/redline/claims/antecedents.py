"""Pronouns back to the actors they stand for (rule-based coreference).

:class:`AntecedentMixin` gives :class:`~redline.claims.mentions.ActorResolver` its
``antecedent``: "he", "it" and "they" resolve to an earlier mention in the same
sentence (the nearest), to the pronoun subject of the sentence before that they
continue, to the unnamed subject of the sentence before ("The ministry ... . It has
also opposed ..."), or to the main-clause subject among the mentions of the latest
sentence that has any of the right kind (a person for "he"/"she", a state or body for
"it"/"they"). Quoted names do not stand for a pronoun outside the quotation.
"Both sides" and "the two countries" stand for the latest two actors named together
("India and Pakistan held talks. Both sides agreed ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from redline.claims._mention import PERSON_FORMS, PERSON_PRONOUNS, Mention, Resolved
from redline.claims._tree import children, dep_children, subtree_range
from redline.claims.frames import quoted_saying
from redline.claims.lexicon import Lexicon
from redline.nlp import ParsedText, Token

__all__ = ["AntecedentMixin"]

# a subject pronoun continues one of these in the sentence before ("He said ... .
# He also pledged ..."): same gender for people, "it" for a thing, "they" for a group
_CHAIN_PRONOUNS: dict[str, frozenset[str]] = {
    "he": frozenset({"he"}),
    "she": frozenset({"she"}),
    "it": frozenset({"it"}),
    "they": frozenset({"they"}),
}
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
_SAY = frozenset({"say", "add"})
# how many sentences back a pronoun or a bare "the spokesman" reaches for its speaker
_SPEAKER_REACH = 4
# unnamed people a bare "the <noun>" refers back to ("the spokesman", "the sources")
_BACK_NOUNS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "source", "official", "diplomat",
     "aide", "negotiator", "envoy", "adviser", "advisor", "delegate", "insider"}
)  # fmt: skip


class AntecedentMixin:
    """Pronoun resolution over the mentions an :class:`ActorResolver` found.

    The resolver supplies the parse, its mentions and the lookups declared below.
    """

    _pt: ParsedText
    _lexicon: Lexicon
    mentions: list[Mention]

    if TYPE_CHECKING:

        def resolve_token(self, i: int) -> Resolved | None:
            """Resolve the phrase headed by token ``i`` (the resolver's)."""

        def mention_at(self, i: int) -> Mention | None:
            """The mention that covers token ``i`` (the resolver's)."""

        def _matrix_subject(self, i: int) -> int | None: ...

        def _demonym_group(self, m: Mention) -> bool: ...

        def _generic(self, i: int) -> Resolved | None: ...

        def _a_person_noun(self, i: int) -> bool: ...

        def _document_back(self, i: int) -> Resolved | None: ...

        def _phrase_affiliation(self, head: int) -> Resolved | None: ...

        def _private_sector(self, head: int) -> bool: ...

    def _unnamed_topic(self, sent: int, *, whole: bool = True) -> int | None:
        """The common-noun subject of a sentence's main clause that names no actor.

        With ``whole`` no mention may lie anywhere in the subject phrase; without, only
        its head noun must not be one ("an Iranian spokesman" names no person).
        """
        subj = self._main_subject(sent)
        if subj is None or not (
            subj.pos == "NOUN"
            # "The Governor of the Central Bank ... said": a capitalised title
            or (subj.pos == "PROPN" and subj.lemma.lower() in self._lexicon.titles)
        ):
            return None
        s_lo, s_hi = subtree_range(self._pt, subj.i)
        if not whole or self._private_sector(subj.i):
            # "U.S. business lobbies argue ... . They have also criticized ...":
            # the lobbies, not the United States named on them
            s_lo, s_hi = subj.i, subj.i + 1
        if any(m.start < s_hi and s_lo < m.end for m in self.mentions):
            return None
        return subj.i

    def _main_subject(self, sent: int) -> Token | None:
        """The subject of sentence ``sent``'s main clause, if it has one."""
        if sent < 0:
            return None
        lo, hi = self._pt.sents[sent]
        root = next((t for t in self._pt.tokens[lo:hi] if t.dep == "ROOT"), None)
        if root is None:
            return None
        subj = dep_children(self._pt, root.i, "nsubj", "nsubjpass")
        return subj[0] if subj else None

    def _unknown_body_topic(self, sent: int) -> bool:
        """Whether a sentence's main subject is an organisation no mention names.

        "Deutsche Bank is involved in the case", "Argonaut needed a constant flow of
        deals": a body the tagger calls an organisation and the registry lacks.
        """
        subj = self._main_subject(sent)
        if subj is None or subj.pos != "PROPN":
            return False
        # "BAA are also owners of the airports": an acronym, even one the tagger
        # took for a person's name
        acronym = subj.text.isupper() and len(subj.text) > 1
        if subj.ent_type != "ORG" and not acronym:
            return False
        s_lo, s_hi = subtree_range(self._pt, subj.i)
        return not any(
            m.start < s_hi
            and s_lo < m.end
            and not (acronym and m.form == "unknown_person")
            for m in self.mentions
        )

    def _unknown_person_topic(self, sent: int) -> bool:
        """Whether a sentence's main subject is a person's name no registry knows.

        "Yoga instructor Karena Virginia said Trump approached her ... . She alleged
        that ...": "she" is the woman named as the subject, not Trump.
        """
        subj = self._main_subject(sent)
        # the small model may tag an unfamiliar name as an organisation
        if (
            subj is None
            or subj.pos != "PROPN"
            or subj.ent_type not in {"PERSON", "ORG"}
            # a first name and a surname ("Karena Virginia"), not "Convention"
            or not any(
                k.dep == "compound" and k.pos == "PROPN" and k.i == subj.i - 1
                for k in children(self._pt, subj.i)
            )
        ):
            return False
        s_lo, s_hi = subtree_range(self._pt, subj.i)
        if any(m.start < s_hi and s_lo < m.end for m in self.mentions):
            return False
        return self.resolve_token(subj.i) is None

    def _unknown_titled_topic(self, sent: int) -> bool:
        """Whether a sentence's main subject is "the <Title>" no mention names.

        "The Archbishop of Canterbury wrote ...", "The Pope said ...": a person
        known by a capitalised title the registry lacks.
        """
        subj = self._main_subject(sent)
        if (
            subj is None
            or subj.pos != "PROPN"
            or not any(
                d.text.lower() == "the" for d in dep_children(self._pt, subj.i, "det")
            )
            or subj.lemma.lower() in self._lexicon.titles
        ):
            return False
        s_lo, s_hi = subtree_range(self._pt, subj.i)
        if any(m.start < s_hi and s_lo < m.end for m in self.mentions):
            return False
        return self.resolve_token(subj.i) is None

    def _unnamed_speaker(
        self, sent: int, *, verbs: frozenset[str] = _SAY
    ) -> int | None:
        """The unnamed person who says the sentence ``sent`` ("…, said a spokesman").

        The subject of "say" or "add" (or any of ``verbs``) that is a noun for one
        person (:meth:`_a_person_noun`) with no name on it.
        """
        if sent < 0:
            return None
        lo, hi = self._pt.sents[sent]
        for t in self._pt.tokens[lo:hi]:
            verb = self._pt.tokens[t.head]
            if (
                t.dep == "nsubj"
                and verb.lemma.lower() in verbs
                and self._unnamed_person(t.i)
            ):
                return t.i
        return None

    def _earlier_speaker(self, i: int, since: int) -> Resolved | None:
        """The placed unnamed speaker a few sentences before pronoun ``i``.

        'A Labour spokesman told the BBC ... . But that did not apply to ... .
        "…," he said': "he" is the spokesman when no person is named in between
        (``since`` is the first sentence after the latest one that names a person).
        Only a speaker the text places (by party, body or state) counts.
        """
        sent = self._pt.tokens[i].sent
        for back in range(sent - 1, max(since, sent - _SPEAKER_REACH) - 1, -1):
            speaker = self._unnamed_speaker(back, verbs=self._lexicon.reporting_verbs)
            if speaker is not None:
                return self.resolve_token(speaker) or self._phrase_affiliation(speaker)
        return None

    def unnamed_back(self, i: int) -> Resolved | None:
        """Whom a bare "the spokesman" or "the sources" stands for.

        The nearest earlier noun of the same word and number, within
        ``_SPEAKER_REACH`` sentences, as the text placed it ("A Labour Party
        spokesman said ... . The spokesman added ..."): Labour.
        """
        pt = self._pt
        tok = pt.tokens[i]
        lemma = tok.lemma.lower()
        if lemma not in _BACK_NOUNS or tok.pos != "NOUN":
            return None
        if [k.text.lower() for k in children(pt, i) if k.dep != "punct"] != ["the"]:
            return None
        first = tok.sent - _SPEAKER_REACH
        for k in range(i - 1, -1, -1):
            earlier = pt.tokens[k]
            if earlier.sent < first:
                break
            if earlier.lemma.lower() == lemma and earlier.tag == tok.tag:
                return self.resolve_token(k) or self._phrase_affiliation(k)
        return None

    def _unnamed_person(self, i: int) -> bool:
        """Whether token ``i`` is a noun for one person with no name on it."""
        lo, hi = self._pt.sents[self._pt.tokens[i].sent]
        return (
            self._a_person_noun(i)
            and not any(
                m.start <= i < m.end for m in self.mentions if m.form in PERSON_FORMS
            )
            and not any(
                k.dep in {"compound", "appos"}
                and k.pos == "PROPN"
                # "a Labour Party spokesman": a body's name does not name him
                and not any(
                    m.start <= k.i < m.end and m.form not in PERSON_FORMS
                    for m in self.mentions
                )
                for k in self._pt.tokens[lo:hi]
                if k.head == i
            )
        )

    def _reporter_of(self, i: int) -> int | None:
        """The unnamed person whose reported clause pronoun ``i`` is the subject of.

        "Japan's trade minister said he opposed the plan", "an official was quoted as
        saying he would ...": "he" is the one who speaks, for Japan in the first,
        though no person is named for him.
        """
        tokens = self._pt.tokens
        tok = tokens[i]
        verb = tokens[tok.head]
        if tok.dep not in {"nsubj", "nsubjpass"} or verb.dep != "ccomp":
            return None
        say = tokens[verb.head]
        if quoted_saying(self._pt, say.i):
            say = tokens[tokens[say.head].head]  # "was reported as saying he ..."
        elif say.lemma.lower() not in self._lexicon.reporting_verbs:
            return None
        return next(
            (
                s.i
                for s in dep_children(self._pt, say.i, "nsubj", "nsubjpass")
                if s.i < i and self._unnamed_person(s.i)
            ),
            None,
        )

    def _quoted(self, i: int) -> bool:
        """Whether token ``i`` lies inside quotation marks within its sentence."""
        tokens = self._pt.tokens
        lo, _ = self._pt.sents[tokens[i].sent]
        marks = sum(1 for t in tokens[lo:i] if t.text in _QUOTE_MARKS)
        return marks % 2 == 1

    def _said_before(self, i: int) -> tuple[int, int]:
        """The words a subject pronoun at ``i`` says, when they come before it.

        "Any moves would breach GATT rules, it said": the clause before "it said" is
        what "it" says, so it holds no antecedent for "it". Empty when ``i`` is no
        subject or its verb's clause follows it.
        """
        tok = self._pt.tokens[i]
        if tok.dep != "nsubj":
            return (0, 0)
        for comp in dep_children(self._pt, tok.head, "ccomp"):
            if comp.i < i:
                return subtree_range(self._pt, comp.i)
        return (0, 0)

    def _chained_pronoun(self, sent: int, low: str) -> int | None:
        """The main-clause pronoun subject of sentence ``sent`` that ``low`` continues.

        "he"/"she" continue a "he"/"she" of the same gender, "it" an "it", "they" a
        "they"; only a subject of the sentence's root (or of the root's first
        conjunct) counts, so a pronoun inside a quotation or a side clause does not.
        """
        if sent < 0:
            return None
        same = _CHAIN_PRONOUNS.get(low)
        if same is None:
            return None
        lo, hi = self._pt.sents[sent]
        root = next((t for t in self._pt.tokens[lo:hi] if t.dep == "ROOT"), None)
        if root is None:
            return None
        for verb in (root.i, *(t.i for t in dep_children(self._pt, root.i, "conj"))):
            for subj in dep_children(self._pt, verb, "nsubj", "nsubjpass"):
                if subj.text.lower() in same and self._matrix_subject(subj.i) is None:
                    return subj.i
        return None

    def pair_back(self, i: int) -> tuple[int, int] | None:
        """The two actors "both sides" or "the two countries" at token ``i`` stand for.

        The noun is one of ``[pairs] nouns`` with "both" or "the two"; the pair is
        the latest two different actors joined by "and" before it, in its own
        sentence or the five before ("India and Pakistan held talks. Both sides
        agreed ..."). Returns the two heads' tokens.
        """
        pt = self._pt
        tok = pt.tokens[i]
        if tok.lemma.lower() not in self._lexicon.pair_nouns or tok.tag != "NNS":
            return None
        kids = list(children(pt, i))
        mods = {c.text.lower() for c in kids if c.dep in {"det", "predet"}}
        two = any(c.dep == "nummod" and c.text.lower() == "two" for c in kids)
        if "both" not in mods and not (two and "the" in mods):
            return None
        first_sent = max(0, tok.sent - 5)
        for k in range(i - 1, -1, -1):
            if pt.tokens[k].sent < first_sent:
                break
            one = self.resolve_token(k) if self.mention_at(k) is not None else None
            if one is None:
                continue
            for c in children(pt, k):
                if c.dep != "conj" or self.mention_at(c.i) is None:
                    continue
                other = self.resolve_token(c.i)
                if other is not None and other.actor.id != one.actor.id:
                    return k, c.i
        return None

    def _document_owner(self, i: int) -> Resolved | None:
        """Whom a document noun that names its owner speaks for.

        "A Foreign Ministry statement said ... . It said: ...": the ministry's state.
        """
        if self._pt.tokens[i].lemma.lower() not in self._lexicon.document_nouns:
            return None
        return self.resolve_token(i)

    def _venue(self, m: Mention) -> bool:
        """Whether mention ``m`` names where something took place ("at the BIS")."""
        if m.form in PERSON_FORMS:
            return False
        tokens = self._pt.tokens
        # up from the name's head through its own phrase: "a meeting at the Bank for
        # International Settlements (BIS)"
        tok = next(
            (t for t in tokens[m.start : m.end] if not m.start <= t.head < m.end),
            tokens[m.end - 1],
        )
        for _ in range(6):
            if (
                tok.dep not in {"appos", "pobj", "prep", "compound"}
                or tok.head == tok.i
            ):
                return False
            if tok.dep == "prep" and tok.text.lower() == "at":
                return True
            if tok.dep == "prep" and tokens[tok.head].pos != "PROPN":
                return False  # not a name's own "for" ("Bank for ...")
            tok = tokens[tok.head]
        return False

    def antecedent(self, i: int) -> Resolved | None:
        """The earlier mention a pronoun refers to.

        Candidates come from the latest sentence (up to ``i``) that has any of the
        right kind. In the pronoun's own sentence the nearest wins; in an earlier
        one the subject of the main clause wins, then any subject,
        then the latest one that is not a modifier of another noun: in "Five unions
        met the minister at the Labour conference. They want ...", "they" are the
        unions, not Labour.
        """
        tokens = self._pt.tokens
        low = tokens[i].text.lower()
        want_person = low in PERSON_PRONOUNS
        candidates: list[Mention] = []
        outside = not self._quoted(i)
        said_lo, said_hi = self._said_before(i)
        for m in reversed(self.mentions):
            if m.end > i:
                continue
            if outside and self._quoted(m.start):
                # '"... the lives of Kashmiris ...," he said': not him; nor, in a
                # later sentence, someone only a quotation named ('"Gordon Brown is
                # a great chancellor" ... . And he branded ...': the speaker)
                continue
            if said_lo <= m.start < said_hi:
                continue  # "Any U.S. moves would breach GATT rules, it said": not GATT
            if self._venue(m):
                # "Speaking after a meeting at the BIS, they welcomed the cuts": the
                # place a meeting was held at is no one's voice
                continue
            if candidates and tokens[m.start].sent != tokens[candidates[0].start].sent:
                break
            is_person = m.form in PERSON_FORMS
            if want_person != is_person or (
                not want_person and m.form == "demonym" and not self._demonym_group(m)
            ):
                continue
            candidates.append(m)
        if candidates and tokens[candidates[0].start].sent == tokens[i].sent:
            return candidates[0].resolved  # in its own sentence: the nearest
        if (
            (
                low == "it"
                # "..., it said": often who tells
                and self._pt.tokens[tokens[i].head].lemma.lower()
                not in self._lexicon.reporting_verbs
            )
            # "BAA are also owners of the airports. They have said they cannot
            # raise the money": the company, plural in British use
            or low == "they"
        ) and self._unknown_body_topic(tokens[i].sent - 1):
            # "Deutsche Bank is involved because it is being sued. It had agreed to
            # lend to an arm of Gazprom": "it" is the bank the registry does not know,
            # not a state named after it
            return None
        if (
            want_person
            and (not candidates or tokens[candidates[0].start].sent != tokens[i].sent)
            and self._unknown_person_topic(tokens[i].sent - 1)
        ):
            # "Yoga instructor Karena Virginia said Trump approached her. She
            # alleged ...": the unknown woman, not the president she named
            return None
        if want_person and self._unknown_titled_topic(tokens[i].sent - 1):
            # "Earlier the Archbishop of Canterbury wrote to all three parties ... .
            # In an open letter, he called on them ...": the cleric, whom no
            # registry places, not a politician named before him
            return None
        reporter = self._reporter_of(i) if want_person else None
        if reporter is not None:
            return self.resolve_token(reporter) or self._phrase_affiliation(reporter)
        chained = self._chained_pronoun(tokens[i].sent - 1, low)
        if chained is not None:
            # "He also pledged to ... . And he promised ...": both are whoever the
            # first "he" is, not a person named after it (the sentence's subject
            # outranks its objects)
            return self.antecedent(chained)
        topic = self._unnamed_topic(tokens[i].sent - 1, whole=not want_person)
        if topic is not None and not want_person:
            # "The ministry has favoured the merger. It has also opposed ...":
            # "it" is the ministry, whatever the sentence names after it; "The
            # statement said ... . '…,' it said": the statement's author.
            return (
                self._generic(topic)
                or self._document_back(topic)
                or self._document_owner(topic)
            )
        if topic is not None and self._a_person_noun(topic):
            # "An Iranian Foreign Ministry spokesman said ... . '…,' he was quoted
            # as saying": "he" is the spokesman, and speaks for Iran; a bare title
            # the text ties to no one ("The constitutional affairs secretary
            # outlined the plans. He denied ...") falls back to the people named
            found = self.resolve_token(topic) or self._phrase_affiliation(topic)
            if found is not None or not candidates:
                return found
        speaker = self._unnamed_speaker(tokens[i].sent - 1) if want_person else None
        if speaker is not None:
            # 'Climate change was an issue ..., said a spokesman. But he played
            # down reports ...': "he" is the spokesman, not a person named before
            return self.resolve_token(speaker) or self._phrase_affiliation(speaker)
        if want_person:
            since = tokens[candidates[0].start].sent + 1 if candidates else 0
            earlier = self._earlier_speaker(i, since)
            if earlier is not None:
                return earlier
        if not candidates:
            return None

        def rank(m: Mention) -> int:
            head = tokens[m.end - 1]
            if head.dep in {"compound", "poss"} and head.head != head.i:
                # "The ruling GATT Council adopted ...": the subject's owner
                owner_of = tokens[head.head]
                if owner_of.dep in {"nsubj", "nsubjpass"} and (
                    self.mention_at(owner_of.i) is None
                ):
                    head = owner_of
            if head.dep in {"nsubj", "nsubjpass"}:
                return 0 if tokens[head.head].dep == "ROOT" else 1
            return 3 if head.dep in {"compound", "poss"} else 2

        best = min(candidates, key=rank)
        if rank(best) >= 2:  # noqa: PLR2004 - no subject among them
            # "The gap was so narrow - as proved, he claimed, by the defection of
            # Robert Jackson - ... . He was also happy to ...": a subject "he" of that
            # sentence outranks a person named in a phrase
            sent = tokens[best.start].sent
            lo, hi = self._pt.sents[sent]
            same = _CHAIN_PRONOUNS.get(low, frozenset())
            chain = [
                t.i
                for t in tokens[lo:hi]
                if t.dep == "nsubj" and t.text.lower() in same
            ]
            for k in chain:
                if not self._quoted(k):
                    return self.antecedent(k)
        return best.resolved
