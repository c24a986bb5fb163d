"""What a party's plain reported words amount to.

"X said Y" with no stance verb is a statement (``state``) unless the words of Y carry
a stance of their own. Three readings, tried in order:

- an idiom (``[statement_idioms]``): "it's unacceptable" rejects, "the objective is
  to ..." demands;
- a disparaging word about another party (``[disparaging] words``): "the government
  is employing the politics of confusion" accuses;
- a forecast of harm (``[harm] words`` under would/could/will/may/might): "the
  release could have repercussions for relations" warns. The speaker's own acts
  ("we will retaliate") are threats or pledges, read elsewhere, so a forecast whose
  subject is the speaker is not a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redline.claims._tree import ancestors, children, dep_children, subtree_range
from redline.claims.lexicon import Lexicon
from redline.claims.mentions import ActorResolver
from redline.nlp import ParsedText, Token

__all__ = ["StatementReader", "straight_apostrophes"]

_FORECAST_MODALS = frozenset({"would", "could", "will", "may", "might", "'ll", "wo"})
_QUOTE_MARKS = re.compile('["\u201c\u201d]')
_CURLY_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})

# Verbs of one's own mind: insisting on them negated denies no charge.
_OWN_MIND = frozenset({"feel", "want", "wish", "expect", "think"})
# Ideas rather than acts: turning one down charges no one with anything
_IDEAS = frozenset({"concept", "notion", "argument", "position", "stance"})


def straight_apostrophes(text: str) -> str:
    """``text`` with curly apostrophes straight, for the lexicon's patterns.

    The patterns spell contractions with "'" ("I'm worried", "it's not
    appropriate"); wire copy often sets them as "\u2019". Same length: offsets hold.
    """
    return text.translate(_CURLY_APOSTROPHES)


# Verbs of keeping to a rule: insisting one does so answers a charge.
_KEEPING_VERBS = frozenset(
    {"comply", "abide", "honour", "honor", "adhere", "respect", "observe"}
)


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementReader:
    """Reads the stance in reported words that carry no stance verb."""

    pt: ParsedText
    lexicon: Lexicon
    resolver: ActorResolver

    def actions(
        self,
        lo: int,
        hi: int,
        *,
        speaker: str,
        words_from: int | None = None,
        reporter: str | None = None,
        root: int | None = None,
    ) -> tuple[str, ...]:
        """The actions for the reported words in tokens ``[lo, hi)`` of ``speaker``.

        One action, except that a verdict against another's plan ("the Bill was
        largely unnecessary and bureaucratic") both rejects the plan and accuses its
        authors, as criticism of a plan by a stance verb does.

        Idioms are looked for from ``words_from`` on when given (the token after the
        reporting verb: "said the objective 'right now' was to ..." can hang the
        subject on the verb rather than in the reported clause). ``reporter`` is the
        reporting verb's lemma and ``root`` the reported clause's verb: insisting on
        a negation ("insisted his work did not influence the vote") denies.
        """
        start = lo if words_from is None else min(lo, words_from)
        content = self.pt.text[self.pt.tokens[start].idx : self.pt.tokens[hi - 1].end]
        # scare quotes do not change an idiom: 'he had "no intention" of going'
        content = _QUOTE_MARKS.sub("", straight_apostrophes(content))
        for action, patterns in self.lexicon.statement_idioms:
            if any(p.search(content) for p in patterns):
                return (action,)
        if (
            self.calls_a_charge_untrue(lo, hi)
            or self.denies_wrongdoing(lo, hi, speaker=speaker)
            or self.insists_not(reporter, root)
            or self.insists_it_complies(reporter, root, speaker=speaker)
        ):
            return ("deny",)
        if self.calls_a_charge_true(lo, hi):
            return ("accuse",)
        condemned = self.condemned_plan(lo, hi, speaker=speaker)
        if condemned is not None:
            if condemned.lemma.lower() in _IDEAS:
                # "the concept of debt relief was misguided": an idea turned down
                # charges no one
                return ("reject",)
            return ("reject", "accuse")
        if (
            self.disparages_another(lo, hi, speaker=speaker)
            or self.faults_another(lo, hi, speaker=speaker)
            or self.claims_of_another(reporter, root, speaker=speaker)
            or self.denies_a_virtue(lo, hi, speaker=speaker)
            or self.harm_under_another(lo, hi, speaker=speaker)
            or self.wrong_of_a_person(lo, hi, speaker=speaker)
        ):
            return ("accuse",)
        harm = self._harm_forecast(lo, hi, speaker=speaker)
        if harm is not None and self._doubted(harm, lo, hi):
            # "I don't think there will be a trade war": a fear dismissed
            return ("deny",)
        if harm is not None or self.warns_unless(lo, hi, speaker=speaker):
            return ("warn",)
        if self.commends_an_act(lo, hi):
            return ("propose",)
        if self.approves_a_plan(lo, hi, speaker=speaker):
            return ("accept",)
        if root is not None and self.grants(root, speaker=speaker):
            return ("concede",)
        return ("state",)

    def _subjects(self, lo: int, hi: int, lemmas: frozenset[str]) -> list[Token]:
        """Subjects in ``[lo, hi)`` of a verb there whose lemma is in ``lemmas``."""
        return [
            t
            for t in self.pt.tokens[lo:hi]
            if t.dep in {"nsubj", "nsubjpass"}
            and lo <= t.head < hi
            and t.lemma.lower() in lemmas
        ]

    def calls_a_charge_true(self, lo: int, hi: int) -> bool:
        """Whether the words give a charge credence: "these allegations are credible".

        The subject is a charge (``[deny_objects]``) and its unnegated predicate holds
        a word of ``[disparaging] credence``.
        """
        return self._charge_verdict(lo, hi, self.lexicon.credence_words)

    def calls_a_charge_untrue(self, lo: int, hi: int) -> bool:
        """Whether the words call a charge untrue: "the allegations were false".

        The subject is a charge (``[deny_objects]``: "the accusations", "these
        reports") and its predicate, unnegated, holds a word of ``[disparaging]
        falsity`` ("false", "a hoax", "a political smear", "a witch hunt").
        """
        return self._charge_verdict(
            lo, hi, self.lexicon.falsity_words
        ) or self._false_charge_named(lo, hi)

    def _false_charge_named(self, lo: int, hi: int) -> bool:
        """Whether the words name a charge with a word of falsity on it.

        "These false claims were addressed long ago", "we are investigating these
        false allegations" deny them. Not a charge someone is said to have made
        ("filed false reports with regulators" accuses) or one in a compound ("a
        false claims suit").
        """
        pt = self.pt
        for t in pt.tokens[lo:hi]:
            if (
                t.lemma.lower() not in self.lexicon.deny_objects
                or t.text.lower() in self.lexicon.not_charges
                or t.dep == "compound"
                or pt.tokens[t.head].lemma.lower() in self.lexicon.charge_making
            ):
                continue
            if any(
                a.dep == "amod" and a.lemma.lower() in self.lexicon.falsity_words
                for a in children(pt, t.i)
            ):
                return True
        return False

    def _charge_verdict(self, lo: int, hi: int, verdicts: frozenset[str]) -> bool:
        """Whether a charge is the subject of an unnegated predicate in ``verdicts``."""
        pt = self.pt
        for t in self._subjects(lo, hi, self.lexicon.deny_objects):
            verb = pt.tokens[t.head]
            kids = list(children(pt, verb.i))
            if any(k.dep == "neg" for k in kids) or any(
                k.dep == "mark" and k.text.lower() in {"if", "unless", "whether"}
                for k in kids
            ):
                continue  # "the reports were not false", "if they are true"
            words = {verb.lemma.lower()}
            for k in kids:
                if k.dep in {"acomp", "attr", "oprd"} and lo <= k.i < hi:
                    k_lo, k_hi = subtree_range(pt, k.i)
                    words.update(w.lemma.lower() for w in pt.tokens[k_lo:k_hi])
            if words & verdicts:
                return True
        return False

    def insists_not(self, reporter: str | None, root: int | None) -> bool:
        """Whether the speaker insists on a negation.

        "Insisted the plans would not change the law", "maintained the squabbles
        were not a problem": the reporting verb is one of ``[insisting] verbs`` and
        the reported clause's own verb is negated.
        """
        if reporter not in self.lexicon.insisting_verbs or root is None:
            return False
        kids = list(children(self.pt, root))
        if any(
            k.dep == "aux"
            and k.text.lower() in self.lexicon.obligation | self.lexicon.possibility
            for k in kids
        ) or any(
            k.dep == "advcl"
            and any(m.text.lower() in {"if", "unless"} for m in children(self.pt, k.i))
            for k in kids
        ):
            # "insisted that there cannot be development if we do not pay", "insist
            # the funds should not be used": a condition or a demand, not a denial
            return False
        if self.pt.tokens[root].lemma.lower() in _OWN_MIND:
            return False  # "insists he does not feel bitter", "doesn't want to talk"
        return any(
            k.dep == "neg"
            # "insisted he had never met him", "has insisted he has done no deals
            # with the Tories": the negation on the object or the time
            or (k.dep == "advmod" and k.text.lower() == "never")
            or (
                k.dep == "dobj"
                and (
                    k.text.lower() == "nothing"
                    or any(
                        d.text.lower() == "no"
                        for d in dep_children(self.pt, k.i, "det")
                    )
                )
            )
            for k in kids
        )

    def insists_it_complies(
        self, reporter: str | None, root: int | None, *, speaker: str
    ) -> bool:
        """Whether the speaker insists that it keeps to a rule or a pact.

        "Japan has insisted that it was living up to its microchip pact", "insisted
        the company had complied with the law": an answer to a charge. The clause's
        subject is the speaker; its verb one of keeping (comply, abide, honour, live
        up to), not negated.
        """
        if reporter not in self.lexicon.insisting_verbs or root is None:
            return False
        pt = self.pt
        verb = pt.tokens[root]
        kids = list(children(pt, root))
        keeps = verb.lemma.lower() in _KEEPING_VERBS or (
            verb.lemma.lower() == "live"
            and any(k.dep == "prt" and k.text.lower() == "up" for k in kids)
        )
        if not keeps or any(k.dep == "neg" for k in kids):
            return False
        return any(k.dep == "nsubj" and self._speaker_is(k.i, speaker) for k in kids)

    def denies_wrongdoing(self, lo: int, hi: int, *, speaker: str) -> bool:
        """Whether the speaker says it did nothing wrong.

        "he had done nothing wrong", "it was not responsible for the crash": a
        negated clause whose subject is the speaker, with a word of wrongdoing
        (``[disparaging] wrongdoing``). Not an opinion ("did not consider Congress
        protectionist") or a modal ("will not be silenced").
        """
        pt = self.pt
        wrong = self.lexicon.wrongdoing_words
        for t in pt.tokens[lo:hi]:
            low = t.text.lower()
            if t.dep == "neg" or low == "never":
                verb = t.head
            elif low == "nothing" and any(
                c.lemma.lower() in wrong for c in children(pt, t.i)
            ):
                verb = t.head  # "had done nothing wrong"
            else:
                continue
            if pt.tokens[verb].lemma.lower() in self.lexicon.opinion_verbs or any(
                k.dep == "aux" and k.tag == "MD" for k in children(pt, verb)
            ):
                continue
            subjects = dep_children(pt, verb, "nsubj", "nsubjpass")
            if not subjects:
                continue
            # the speaker, or the speaker's own act ("his remarks were not wrong")
            # ("the Kremlin said Russia never meddled": a name for the speaker too)
            owners = (
                [subjects[0]]
                if subjects[0].pos in {"PRON", "PROPN"}
                else dep_children(pt, subjects[0].i, "poss")
            )
            if not owners:
                continue
            said = self.resolver.resolve_token(owners[0].i)
            if said is None or said.actor.id != speaker:
                continue
            v_lo, v_hi = subtree_range(pt, verb)
            words = {w.lemma.lower() for w in pt.tokens[max(v_lo, lo) : min(v_hi, hi)]}
            if words & wrong:
                return True
        return False

    def condemned_plan(self, lo: int, hi: int, *, speaker: str) -> Token | None:
        """The plan, not the speaker's, that the words give a verdict against.

        "the scheme is deeply flawed", "government proposals are unrealistic", "the
        offer was farcical", "the concessions were not enough", "the cap would not
        work": the subject is a plan (``[disparaging] policy_objects``) and its
        predicate calls it unsound (``[disparaging] unsound``; "the plan is a scam"
        accuses its owner instead), denies it suffices, or says it will not work. A
        verdict on the speaker's own plan ("our plan is not perfect") is none.
        """
        for t in self._subjects(lo, hi, self.lexicon.disparaged_policies):
            if self._owned_by_speaker(t.i, speaker):
                continue
            if self._verdict(t.head, lo, hi):
                return t
        return None

    def approves_a_plan(self, lo: int, hi: int, *, speaker: str) -> bool:
        """Whether the words find merit in a plan that is not the speaker's.

        "the new accord is more fair", "the offer was reasonable", "the package is a
        positive step": the subject is a plan (``[disparaging] policy_objects``), the
        verb "be" with no negation, no modal and no condition over it, and its
        predicate holds a word of ``[readings] plan_merits``.
        """
        pt = self.pt
        for t in self._subjects(lo, hi, self.lexicon.disparaged_policies):
            if self._owned_by_speaker(t.i, speaker) or self._in_condition(t.head, lo):
                continue
            verb = pt.tokens[t.head]
            kids = list(children(pt, verb.i))
            if verb.lemma.lower() != "be" or any(
                k.dep == "neg" or (k.dep == "aux" and k.tag == "MD") for k in kids
            ):
                continue
            for k in kids:
                if k.dep not in {"acomp", "attr"} or not lo <= k.i < hi:
                    continue
                words = [k, *(c for c in children(pt, k.i) if c.dep == "amod")]
                if any(w.lemma.lower() in self.lexicon.plan_merits for w in words):
                    return True
        return False

    def _verdict(self, head: int, lo: int, hi: int) -> bool:
        """Whether the clause at ``head`` condemns its subject."""
        pt = self.pt
        verb = pt.tokens[head]
        kids = list(children(pt, head))
        negated = any(k.dep == "neg" for k in kids)
        if verb.lemma.lower() == "work":
            return negated and any(
                k.dep == "aux" and k.text.lower() in _FORECAST_MODALS for k in kids
            )  # "would not work"
        if self._breach_foretold(head, head):
            return True  # "the tax would violate GATT"
        words = [verb]
        for k in kids:
            if k.dep in {"acomp", "attr", "oprd"} and lo <= k.i < hi:
                # the predicate and what qualifies it, not what it is said of ("an
                # example of Labour's authoritarian response" is about Labour)
                heads = [k, *(c for c in children(pt, k.i) if c.dep == "conj")]
                words.extend(heads)
                words.extend(
                    c
                    for h in heads
                    for c in children(pt, h.i)
                    if c.dep in {"amod", "advmod", "compound", "neg"}
                )
        lemmas = {w.lemma.lower() for w in words} | {w.text.lower() for w in words}
        # "the move was ill-timed": the tokenizer splits the hyphenated word
        lemmas |= {
            f"{pt.tokens[w.i - 2].text.lower()}-{w.text.lower()}"
            for w in words
            if w.i >= 2 and pt.tokens[w.i - 1].text == "-"  # noqa: PLR2004
        }
        if negated:
            return bool(lemmas & self.lexicon.sufficiency_words)  # "not enough"
        return bool(lemmas & self.lexicon.unsound_words) and not any(
            w.dep == "neg" for w in words
        )

    def _owned_by_speaker(self, i: int, speaker: str) -> bool:
        for k in children(self.pt, i):
            if k.dep not in {"poss", "compound", "amod"}:
                continue
            if k.text.lower() in {"our", "my"}:
                return True
            found = self.resolver.resolve_token(k.i)
            if found is not None and found.actor.id == speaker:
                return True
        return False

    def disparages_another(self, lo: int, hi: int, *, speaker: str) -> bool:
        """Whether the words run down a party other than the speaker.

        '"America has paved the ground for its expansionist aims," he said': a
        disparaging word that no negation on its path denies ("it was not a
        mistake") and no modal makes a forecast ("Russia could attack"), said of
        another actor: the subject of its clause ("Labour had been responsible for
        huge waste") or a party it names ("a panicky response from the government").
        """
        pt = self.pt
        for t in pt.tokens[lo:hi]:
            word = t.lemma.lower()
            if (
                word not in self.lexicon.disparaging_words
                and t.text.lower() not in self.lexicon.disparaging_words
            ):
                continue
            if self._negated_path(t.i, lo, hi) or self._in_condition(t.i, lo):
                continue  # "it was not a mistake", "if the government fails to act"
            if word == "wrong" and pt.tokens[t.head].lemma.lower() == "do":
                continue  # "for what they did wrong": whoever did it, no charge made
            if self._in_others_charge(t.i, lo, speaker) or self._in_question(t.i, lo):
                continue  # "a complaint that ...", "on whether chips were dumped"
            forecast = self._forecast_verb(t.i, lo, hi, negated_ok=True)
            if forecast is not None and not self._breach_foretold(t.i, forecast):
                continue
            if self._target_of(t.i, lo, hi, speaker) is not None:
                return True
        return False

    def wrong_of_a_person(self, lo: int, hi: int, *, speaker: str) -> bool:
        """Whether the words say a named person did wrong ("Papadopoulos lied").

        "Papadopoulos lied to FBI agents", "said Ho had bribed officials": a verb of
        ``[disparaging] wrongdoing`` in the past, not negated, with no modal, not in
        a condition, a question or another's charge, whose subject is a person's
        name that is not the speaker's (one no registry knows: a known actor is
        faulted by the rules above).
        """
        pt = self.pt
        for t in pt.tokens[lo:hi]:
            if (
                t.pos != "VERB"
                or t.tag not in {"VBD", "VBN"}
                or t.lemma.lower() not in self.lexicon.wrongdoing_words
                or any(
                    k.dep == "neg" or k.tag == "MD"
                    for k in dep_children(pt, t.i, "neg", "aux")
                )
                or self._negated_path(t.i, lo, hi)
                or self._in_condition(t.i, lo)
                or self._in_question(t.i, lo)
                or self._in_others_charge(t.i, lo, speaker)
            ):
                continue
            for subject in dep_children(pt, t.i, "nsubj"):
                if subject.ent_type != "PERSON" or subject.pos != "PROPN":
                    continue
                found = self.resolver.resolve_token(subject.i)
                if found is None:
                    return True
        return False

    def faults_another(self, lo: int, hi: int, *, speaker: str) -> bool:
        """Whether the words say another party failed to act or did not.

        "Japan was not honoring the agreement", "Tokyo had not shown willingness to
        open its markets", "Congress failed to act": a verb of an act (no copula,
        no modal), negated or under a failure verb, whose subject is another actor.
        """
        pt = self.pt
        modals = (
            self.lexicon.future | self.lexicon.possibility | self.lexicon.obligation
        )
        for t in pt.tokens[lo:hi]:
            if t.pos != "VERB" or t.lemma.lower() in {"be", "have", "need", "want"}:
                continue
            kids = list(children(pt, t.i))
            if any(k.dep == "aux" and k.text.lower() in modals for k in kids):
                continue
            failed = t.lemma.lower() in self.lexicon.failure_verbs and (
                any(k.dep == "xcomp" for k in kids)
                # "Blair has had the chance to tackle the problems and has failed"
                or (
                    t.lemma.lower() == "fail"
                    and t.tag in {"VBD", "VBN"}
                    and not any(k.dep in {"dobj", "prep"} for k in kids)
                )
            )
            # "Trump had done nothing to help working families"
            did_nothing = t.lemma.lower() == "do" and any(
                k.dep == "dobj" and k.text.lower() == "nothing" for k in kids
            )
            # "Trump's policies had hurt working families": harm done, not foreseen
            harmed = t.lemma.lower() in self.lexicon.harm_words
            if not (failed or did_nothing or harmed) and not any(
                k.dep == "neg" for k in kids
            ):
                continue
            if any(k.text.lower() == "yet" for k in kids):
                continue  # "the Soviets had not yet made any move": not a fault
            if self._in_condition(t.i, lo):
                continue  # "if the U.S. does not lift the tariffs, ...": a condition
            if (
                harmed
                or t.lemma.lower() in self.lexicon.wrongdoing_words
                or t.lemma.lower() in self.lexicon.word_breaking
            ) and any(k.dep == "neg" for k in kids):
                # "the tax did not hurt exports", "Brazil is not defaulting on its
                # debt": not doing wrong faults no one
                continue
            # the subject is the party itself ("Tokyo"), not a thing said of it ("the
            # fact Turkey is a Muslim country does not mean ..."); for harm done, also
            # the party's own thing ("Trump's policies")
            subjects = [
                k
                for k in kids
                if k.dep == "nsubj" and self.resolver.mention_at(k.i) is not None
            ]
            if not subjects and failed and t.dep == "conj":
                # "... has had the chance to tackle the problems and has failed":
                # the subject of the verb the conjunct pairs with, however high the
                # parser hung it
                subjects = next(
                    (
                        named
                        for a in ancestors(pt, t.i)
                        if a.pos in {"VERB", "AUX"}
                        and (
                            named := [
                                k
                                for k in dep_children(pt, a.i, "nsubj")
                                if self.resolver.mention_at(k.i) is not None
                            ]
                        )
                    ),
                    [],
                )
            if not subjects and harmed:
                subjects = [
                    p
                    for k in kids
                    if k.dep == "nsubj"
                    for p in dep_children(pt, k.i, "poss")
                    if self.resolver.mention_at(p.i) is not None
                ]
            if not subjects:
                continue
            found = self.resolver.resolve_token(subjects[0].i)
            if found is None or found.actor.id == speaker:
                continue
            own = self.resolver.state_of(speaker)
            if (
                own is not None
                and found.actor.id == own.id
                # "Pelosi said Trump had done nothing to help": a party faults the
                # government of its own state
                and not self.resolver.is_party(speaker)
            ):
                continue
            return True
        return False

    def claims_of_another(
        self, reporter: str | None, root: int | None, *, speaker: str
    ) -> bool:
        """Whether the speaker "claims" a thing of another party: an allegation.

        "The Lib Dems claim the Labour councillors benefited from the misuse of
        postal votes", "Japan claims the United States is protecting its steel
        industry": the clause's subject is another actor (not the speaker, nor its
        own state unless a party speaks of the government). A thing claimed of
        oneself ("Labour claimed its plans would create jobs") charges no one.
        """
        if reporter != "claim" or root is None:
            return False
        pt = self.pt
        if self._in_condition(root, root) or dep_children(pt, root, "neg"):
            return False
        for subject in dep_children(pt, root, "nsubj", "nsubjpass"):
            if pt.tokens[subject.i].dep == "expl":
                continue
            found = self.resolver.resolve_token(subject.i)
            if found is None or found.actor.id == speaker:
                return False
            own = self.resolver.state_of(speaker)
            return (
                own is None
                or found.actor.id != own.id
                or self.resolver.is_party(speaker)
            )
        return False

    def denies_a_virtue(self, lo: int, hi: int, *, speaker: str) -> bool:
        """Whether the words say another party lacks a virtue.

        "Mr Kilroy-Silk has not been straightforward", "the government was not
        honest with the public": a negated virtue (``[disparaging] virtues``) as the
        predicate of a clause whose subject is another actor. Falling short says
        the same: "U.S. firms had not been aggressive enough".
        """
        pt = self.pt
        for t in pt.tokens[lo:hi]:
            if not (
                t.dep == "acomp"
                and (
                    t.lemma.lower() in self.lexicon.virtue_words
                    or (
                        _with_enough(pt, t.i)
                        and t.lemma.lower() not in self.lexicon.measures_words
                    )
                )
            ):
                continue
            verb = pt.tokens[t.head]
            kids = list(children(pt, verb.i))
            if not any(k.dep == "neg" for k in kids) or any(
                k.dep == "aux" and k.text.lower() in _FORECAST_MODALS for k in kids
            ):
                continue
            subjects = [k for k in kids if k.dep == "nsubj"]
            if not subjects:
                continue
            found = self.resolver.resolve_token(subjects[0].i)
            if found is not None and found.actor.id != speaker:
                return True
        return False

    def commends_an_act(self, lo: int, hi: int) -> bool:
        """Whether the words say an act would do good, which puts the act forward.

        "holding elections on the same day might help motivate the electorate",
        "ensuring every child had the best start could be a legacy to match the
        NHS": a gerund clause as the subject of a verb of doing good (``[minor]
        act_benefits``) or of "be" with a word of merit (``act_merits``), under a
        modal of possibility and with no negation. What an act would do is a
        proposal only in a modal: "holding talks helped" reports the past.
        """
        pt = self.pt
        possible = self.lexicon.future | self.lexicon.possibility
        for t in pt.tokens[lo:hi]:
            if t.dep != "csubj" or t.tag != "VBG" or not lo <= t.head < hi:
                continue
            verb = pt.tokens[t.head]
            kids = list(children(pt, verb.i))
            if any(k.dep == "neg" for k in kids) or not any(
                k.dep == "aux" and k.text.lower() in possible for k in kids
            ):
                continue
            if any(
                a.lemma.lower() in self.lexicon.doubting_words
                for a in ancestors(pt, verb.i)
            ):
                continue  # "observers doubted that reopening talks would be worthwhile"
            if verb.lemma.lower() in self.lexicon.act_benefits:
                return True
            if verb.lemma.lower() == "be" and any(
                k.dep in {"acomp", "attr"}
                and k.lemma.lower() in self.lexicon.act_merits
                and not any(
                    c.dep == "neg" or c.text.lower() in self.lexicon.ill_words
                    for c in children(pt, k.i)
                )
                for k in kids
            ):
                return True
        return False

    def grants(self, root: int, *, speaker: str) -> bool:
        """Whether the reported clause grants a point with an emphatic "do".

        "Democrats say the Pentagon does need more money": an unnegated "do",
        "does" or "did" before a plain verb, of another party, concedes what the
        clause says; of the speaker itself it rebuts a charge ("the party says it
        did try to contact the chairman").
        """
        pt = self.pt
        tok = pt.tokens[root]
        subjects = dep_children(pt, root, "nsubj")
        if not subjects or subjects[0].pos == "PRON":
            return False
        found = self.resolver.resolve_token(subjects[0].i)
        if found is None or found.actor.id == speaker:
            return False
        if tok.pos != "VERB" or tok.tag != "VB" or dep_children(pt, root, "neg"):
            return False
        if tok.lemma.lower() in self.lexicon.epistemic_verbs | {"hope", "want", "have"}:
            # "we do know that ...", "I do think", "these issues do have a damaging
            # effect": emphasis only
            return False
        return any(
            a.lemma.lower() == "do" and a.i < root and a.i + 1 == root
            for a in dep_children(pt, root, "aux")
        ) and not any(
            a.lemma.lower() == "do" and a.i < s
            for s in (k.i for k in dep_children(pt, root, "nsubj"))
            for a in dep_children(pt, root, "aux")
        )

    def harm_under_another(self, lo: int, hi: int, *, speaker: str) -> bool:
        """Whether the words lay harm at another party's door with "under".

        "voters face higher taxes and more means-testing under Labour": a rising
        cost or a word of harm, and "under" a party other than the speaker.
        """
        pt = self.pt
        if not any(
            t.lemma.lower() in self.lexicon.harm_words or self._rising_cost(t.i)
            for t in pt.tokens[lo:hi]
        ):
            return False
        for t in pt.tokens[lo:hi]:
            if t.text.lower() != "under" or t.dep != "prep":
                continue
            for obj in dep_children(pt, t.i, "pobj"):
                found = self.resolver.resolve_token(obj.i)
                if found is not None and found.actor.id != speaker:
                    return True
        return False

    def _doubted(self, verb: int, lo: int, hi: int) -> bool:
        """Whether ``verb`` is under a negated verb of belief in ``[lo, hi)``.

        Not a remedy doubted: "I don't think trade friction will be solved" still
        warns.
        """
        pt = self.pt
        if pt.tokens[verb].lemma.lower() in self.lexicon.harm_remedied_under:
            return False
        return any(
            lo <= a.i < hi
            and a.lemma.lower() in self.lexicon.doubting_verbs
            and bool(dep_children(pt, a.i, "neg"))
            for a in ancestors(pt, verb)
        )

    def _harm_forecast(self, lo: int, hi: int, *, speaker: str) -> int | None:
        """The verb of a harm the words forecast from something not the speaker.

        A harm forecast warns, unless a negated verb of belief doubts it
        (``_doubted``): "I don't think there will be a trade war" denies the fear.
        """
        pt = self.pt
        for t in pt.tokens[lo:hi]:
            if t.lemma.lower() not in self.lexicon.harm_words and not self._rising_cost(
                t.i
            ):
                continue
            verb = self._forecast_verb(t.i, lo, hi)
            if verb is None:
                continue
            if pt.tokens[verb].lemma.lower() in self.lexicon.harm_preferred_under:
                continue  # "would prefer U.S. retaliation": wished for, not forecast
            if self._remedied(t.i, lo, hi):
                continue  # "could partially solve the stalemate": a remedy foreseen
            if self._reported_within(t.i, lo, hi):
                # "a professor who claimed to have information that would hurt
                # Clinton": the harm another told of, not the speaker's warning
                continue
            subjects = dep_children(pt, verb, "nsubj", "nsubjpass")
            if subjects:
                agent = self.resolver.resolve_token(subjects[0].i)
                if agent is not None and agent.actor.id == speaker:
                    return None  # "we will make it hurt": the speaker's own act
                if subjects[0].text.lower() in {"we", "i"}:
                    return None
            return verb
        return None

    def _reported_within(self, i: int, lo: int, hi: int) -> bool:
        """Whether token ``i`` is in what someone in a relative clause said."""
        pt = self.pt
        path = [a for a in ancestors(pt, i) if lo <= a.i < hi]
        return any(
            a.lemma.lower() in self.lexicon.reporting_verbs
            and any(
                b.dep == "relcl" for b in (a, *ancestors(pt, a.i)) if lo <= b.i < hi
            )
            for a in path
        )

    def _remedied(self, i: int, lo: int, hi: int) -> bool:
        """Whether harm word ``i`` is what a verb of remedy acts on.

        "this could partially solve the current stalemate", "would help ease
        tension": the harm is the remedy's object (not its subject, "a disruption
        would eliminate any chance", nor a remedy denied, "no amount of money will
        fix the deficits").
        """
        pt = self.pt
        child = pt.tokens[i]
        for a in ancestors(pt, i):
            if not lo <= a.i < hi:
                return False
            if (
                a.pos == "VERB"
                and a.lemma.lower() in self.lexicon.harm_remedied_under
                and child.dep in {"dobj", "prep", "pobj", "amod", "compound"}
                and not dep_children(pt, a.i, "neg")
                and not any(
                    d.text.lower() == "no"
                    for s in dep_children(pt, a.i, "nsubj")
                    for d in dep_children(pt, s.i, "det")
                )
            ):
                return True
            if child.dep in {"nsubj", "nsubjpass", "conj", "advcl", "ccomp"}:
                return False
            child = a
        return False

    def warns_unless(self, lo: int, hi: int, *, speaker: str) -> bool:
        """Whether the words foretell what follows if something is not done.

        "unless funding is increased, services may have to be reduced", "if no such
        steps are taken, protectionist sentiment will grow": a forecast (a future or
        possible modal, or "going to") in a main clause, on a clause of "unless" or
        of "if" with no step taken, says what will happen without the step: a
        warning. Not of the speaker's own act ("we would not offer it unless we had
        a commitment").
        """
        pt = self.pt
        modals = self.lexicon.future | self.lexicon.possibility
        for t in pt.tokens[lo:hi]:
            if t.dep != "advcl" or not lo <= t.head < hi:
                continue
            marks = {c.text.lower() for c in dep_children(pt, t.i, "mark")}
            if "unless" not in marks and not (
                "if" in marks and _negated_clause(pt, t.i)
            ):
                continue
            verb = pt.tokens[t.head]
            if verb.dep in {"relcl", "acl"}:
                continue  # "a provision that would raise taxes if targets are not hit"
            kids = list(children(pt, verb.i))
            if any(self._speaker_is(k.i, speaker) for k in kids if k.dep == "nsubj"):
                continue
            if any(k.dep == "aux" and k.text.lower() in modals for k in kids) or any(
                k.dep == "aux"
                and k.lemma.lower() == "go"
                and any(c.text.lower() == "to" for c in children(pt, verb.i))
                for k in kids
            ):
                return True
        return False

    def _in_condition(self, i: int, lo: int) -> bool:
        """Whether token ``i`` lies in an "if" or "unless" clause (from ``lo`` on)."""
        pt = self.pt
        return any(
            a.i >= lo
            and a.dep == "advcl"
            and any(
                k.dep == "mark" and k.text.lower() in {"if", "unless"}
                for k in children(pt, a.i)
            )
            for a in [pt.tokens[i], *ancestors(pt, i)]
        )

    def _in_question(self, i: int, lo: int) -> bool:
        """Whether token ``i`` lies in a "whether" clause (from ``lo`` on)."""
        pt = self.pt
        return any(
            a.i >= lo
            and any(
                k.dep == "mark" and k.text.lower() == "whether"
                for k in children(pt, a.i)
            )
            for a in [pt.tokens[i], *ancestors(pt, i)]
        )

    def _in_others_charge(self, i: int, lo: int, speaker: str) -> bool:
        """Whether token ``i`` lies in the "that" clause of a noun not the speaker's.

        "was suspending a complaint that Japan was unfairly curbing imports": the
        clause is what the complaint says, not what the speaker does; "our
        complaint that ..." and "filed a complaint that ..." still make it.
        """
        pt = self.pt
        for a in [pt.tokens[i], *ancestors(pt, i)]:
            if a.i < lo:
                return False
            if a.dep != "acl" or not any(
                k.dep == "mark" and k.text.lower() == "that" for k in children(pt, a.i)
            ):
                continue
            noun = pt.tokens[a.head]
            if noun.pos != "NOUN" or self._owned_by_speaker(noun.i, speaker):
                return False
            verb = pt.tokens[noun.head]
            return verb.lemma.lower() not in self.lexicon.charge_making
        return False

    def _speaker_is(self, i: int, speaker: str) -> bool:
        """Whether token ``i`` is the speaker: "we", "I", or a name for it."""
        if self.pt.tokens[i].text.lower() in {"we", "i"}:
            return True
        found = self.resolver.resolve_token(i)
        return found is not None and found.actor.id == speaker

    def _rising_cost(self, i: int) -> bool:
        """Whether token ``i`` is a cost said to rise ("higher council tax bills")."""
        tok = self.pt.tokens[i]
        rises = self.lexicon.harm_rises
        return (
            tok.pos == "NOUN"
            and tok.lemma.lower() in self.lexicon.harm_costs
            and any(
                k.dep in {"amod", "compound"}
                and (k.lemma.lower() in rises or k.text.lower() in rises)
                for k in children(self.pt, i)
                if k.i < i
            )
        )

    def _forecast_verb(
        self, i: int, lo: int, hi: int, *, negated_ok: bool = False
    ) -> int | None:
        """The verb over token ``i`` that a forecasting modal governs, unnegated."""
        pt = self.pt
        for anc in [pt.tokens[i], *ancestors(pt, i)]:
            if not lo <= anc.i < hi:
                return None
            kids = list(children(pt, anc.i))
            modal = any(
                k.dep == "aux" and k.text.lower() in _FORECAST_MODALS for k in kids
            )
            if anc.pos not in {"VERB", "AUX"} and not modal:
                continue  # a noun, unless a verb parsed as one ("could attack")
            if not negated_ok and any(k.dep == "neg" for k in kids):
                return None  # "would not hurt anyone"
            if modal:
                return anc.i
            if anc.tag in {"VBD", "VBZ", "VBP"}:
                return None  # "would set out plans and attacked X": its own tense
            if anc.dep not in {"xcomp", "conj"}:
                return None  # only the clause the modal heads
        return None

    def _breach_foretold(self, i: int, verb: int) -> bool:
        """Whether ``i`` is a verb of breaking a rule that "would" or "will" governs.

        "the EC would breach two international agreements", "the tax will violate
        GATT": a charge though the act is to come ("could breach" only warns, "would
        not breach" clears).
        """
        pt = self.pt
        tok = pt.tokens[i]
        if i != verb or tok.lemma.lower() not in self.lexicon.breaches_words:
            return False
        if tok.dep == "relcl":
            return False  # "whether genocide occurred, which would violate the law"
        kids = list(children(pt, i))
        return not any(k.dep == "neg" for k in kids) and any(
            k.dep == "aux" and k.text.lower() in self.lexicon.future for k in kids
        )

    def _negated_path(self, i: int, lo: int, hi: int) -> bool:
        pt = self.pt
        for anc in [pt.tokens[i], *ancestors(pt, i)]:
            if not lo <= anc.i < hi:
                return False
            if anc.pos in {"VERB", "AUX", "ADJ"} and any(
                k.dep == "neg" for k in children(pt, anc.i)
            ):
                return True  # "it was not a mistake"; not "waste, not on the front"
        return False

    def _target_of(self, i: int, lo: int, hi: int, speaker: str) -> str | None:
        """Another actor a disparaging word at ``i`` is said of, if any.

        Looks at the word's own dependents ("a response from the government", "its
        expansionist aims") and, up its path, at each clause's subject and that
        subject's owner ("Reagan's decision was based on inaccurate data"). Not the
        owner of an economy or a market ("the German economy was weak").
        """
        pt = self.pt
        near: list[int] = []
        for anc in [pt.tokens[i], *ancestors(pt, i)]:
            if not lo <= anc.i < hi:
                break
            for k in children(pt, anc.i):
                if k.dep in {"poss", "compound", "amod"}:
                    near.append(k.i)
                elif k.dep == "prep" and k.text.lower() in {"of", "from", "by"}:
                    near.extend(o.i for o in dep_children(pt, k.i, "pobj"))
                elif k.dep in {"nsubj", "nsubjpass"}:
                    near.append(k.i)  # "the Republican plan": its owner too
                    near.extend(
                        o.i for o in dep_children(pt, k.i, "poss", "amod", "compound")
                    )
            if anc.pos in {"VERB", "AUX"} and anc.dep not in {"xcomp", "conj"}:
                break  # the clause the word sits in
        for n in near:
            owned = pt.tokens[pt.tokens[n].head]
            if n != owned.i and owned.lemma.lower() in self.lexicon.economic_things:
                continue  # "the German economy was weak" faults no one
            found = self.resolver.resolve_token(n)
            actor = (
                found.actor
                if found is not None
                else self.resolver.demonym_actor(pt.tokens[n].text)
                if pt.tokens[n].dep in {"amod", "compound"}
                else None
            )
            if actor is not None and actor.id != speaker:
                return actor.id
        state = self.resolver.state_of(speaker)
        if state is not None and any(
            pt.tokens[n].lemma.lower() in self.lexicon.government_nouns
            and dep_children(pt, n, "det")
            and pt.tokens[n].tag in {"NN", "NNP"}
            for n in near
        ):
            # a party's or a union's "the government" is its state's government
            return state.id
        return None


def _with_enough(pt: ParsedText, i: int) -> bool:
    """Whether "enough" qualifies token ``i`` ("aggressive enough")."""
    return any(
        c.text.lower() == "enough" and c.dep in {"advmod", "amod"}
        for c in children(pt, i)
    )


def _negated_clause(pt: ParsedText, verb: int) -> bool:
    """Whether a clause denies that a step is taken: "no steps are taken", "fails to".

    Not a plain "not" ("easier if all pubs did not close at the same time" is a
    wish, not a warning).
    """
    kids = list(children(pt, verb))
    if pt.tokens[verb].lemma.lower() == "fail":
        return True
    return any(
        k.dep in {"nsubj", "nsubjpass", "dobj"}
        and any(d.text.lower() == "no" for d in dep_children(pt, k.i, "det"))
        for k in kids
    )
