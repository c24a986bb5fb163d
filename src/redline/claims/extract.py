"""Build :class:`~redline.model.Claim` records from a parsed article.

For every sentence: find reporting frames and stance cues, resolve the holder (through
names, metonyms, people with dated roles and pronouns), split demand lists into one
claim per item, and attach issues, addressee, conditions, sources, dates and evidence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import partial

from redline.claims._cue import agent_participle, subject_of
from redline.claims._mention import PERSON_PRONOUNS
from redline.claims._tree import (
    ancestors,
    children,
    dep_children,
    sent_range,
    subtree_range,
)
from redline.claims.audiences import (
    campaign_claims,
    party_speakers,
    speak_for_parties,
)
from redline.claims.clauses import reattached_report
from redline.claims.cues import Cue, find_cues
from redline.claims.dates import DateRef, find_date, is_historical
from redline.claims.dating import DatingMixin
from redline.claims.frames import Frame, as_they_say, find_frames
from redline.claims.holders import HolderMixin
from redline.claims.home import text_home_state
from redline.claims.items import split_items
from redline.claims.lexicon import Lexicon
from redline.claims.mentions import ActorResolver, Resolved
from redline.claims.modals import conditional_penalty, warns_of_penalty
from redline.claims.phrases import DISLIKE_VERBS, displeased, kept_stance
from redline.claims.registry import Registry
from redline.claims.sources import SourceMemory, parse_source
from redline.claims.statements import StatementReader, straight_apostrophes
from redline.model import Actor, ActorKind, Article, Claim, Source, Span
from redline.nlp import ParsedText
from redline.nlp.quotes import quotation_flags

__all__ = ["EXTRACTOR", "extract_claims"]

EXTRACTOR = "redline.rules.v1"
_UNKNOWN = "UNKNOWN"
# the modals of an option open to someone ("could ask for a recount")
_OPTION_MODALS = frozenset({"could", "might"})
# Adverbs that make a stance verb a guess: "will probably demand"
_GUESS_ADVERBS = frozenset({"probably", "possibly", "perhaps", "maybe", "apparently"})
_NOMINAL = frozenset({"PROPN", "NOUN"})
_QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``"})
_VERBAL = frozenset({"VERB", "AUX"})
_TOPIC_SENTENCES = 3  # sentences an issue must be named in to be the story's topic

# What a party gets from others: a condition on getting it still asks for it.
_RECEIVING = frozenset({"get", "receive", "obtain", "win", "secure", "gain", "have"})


# Words that make a penalty a foreseen outcome rather than one held out.
_FORESEEN = frozenset({"possible", "potential", "likely", "inevitable", "eventual"})

# Subjects of a condition anyone may meet: no demand of a party
_GENERIC_SUBJECTS = frozenset({"you", "one", "anyone", "anybody", "everyone"})

# Verbs of advice: with a clause for another party to act on, a demand of it.
_ADVISING = frozenset({"suggest", "recommend", "advise"})
_FIRST_PERSON = frozenset({"i", "we"})
# Verbs of being and seeming: in the present they say how things are ("suggested it
# is unlikely"), not what someone should do.
_STATIVE = frozenset(
    {"be", "have", "seem", "appear", "need", "want", "know", "remain", "exist", "mean"}
)

# Verbs of undertaking whose object or infinitive can be a penalty: "vowed retaliation"
_VOWS = frozenset({"vow", "promise", "pledge", "swear"})
# One's own acts defended against critics: "defended his decision not to release"
_OWN_DOINGS = frozenset(
    {"decision", "choice", "refusal", "handling", "conduct", "action", "remark"}
)
# Verbs of resolving on an act of one's own ("agreed to impose tariffs ... unless")
_RESOLVES = frozenset({*_VOWS, "agree", "decide", "vote", "resolve"})


@dataclass(slots=True)
class _State:
    """What carries from one sentence to the next."""

    memory: SourceMemory
    sentence: int = -1
    prev_claim_sentence: int = -2
    prev_when: DateRef | None = None
    # The earlier month or year the sentence just before was set in, if any
    narrative_when: DateRef | None = None
    prev_holder: str | None = None
    prev_sources: tuple[Source, ...] = ()
    # The speaker of the quotation the text is in: (speaker token, source).
    quoted: tuple[int, Source] | None = None
    # The named subject of the last sentence's stance verb, for a quotation that
    # opens next with no speaker of its own.
    stance_speaker: tuple[int, Source] | None = None


class _Builder(HolderMixin, DatingMixin):
    def __init__(
        self,
        *,
        article: Article,
        parsed: ParsedText,
        registry: Registry,
        lexicon: Lexicon,
        undated_day: date | None = None,
    ) -> None:
        self.article = article
        self.pt = parsed
        self.lexicon = lexicon
        # roles are read on the article's day; an undated one's on ``undated_day``
        day = article.published.date() if article.published else undated_day
        place = article.dateline.place if article.dateline else None
        resolver = partial(
            ActorResolver,
            registry=registry,
            lexicon=lexicon,
            parsed=parsed,
            published=day,
            home=place,
        )
        home_state = registry.outlet_home(article.outlet)
        self.resolver = resolver(home_state=home_state)
        if place is None and home_state is None:
            # no dateline, no national outlet: the state the text is about
            found = text_home_state(self.resolver.mentions, registry)
            if found is not None:
                self.resolver = resolver(home_state=found)
        elif home_state is None and self.resolver.home_actor() is None:
            # a dateline that names no state ("MIAMI", on a story about Brazil's
            # debt): the state the text is about, as for a story with none; failing
            # that, the state of the city it was filed from ("ROTTERDAM")
            found = text_home_state(self.resolver.mentions, registry) or (
                registry.place_state(place) if place else None
            )
            if found is not None:
                self.resolver = resolver(home_state=found)
        elif place is None:
            # a national outlet's story about another state: "the government is
            # seeking to cut the Medicaid budget" in a BBC story on the US budget
            found = text_home_state(self.resolver.mentions, registry, strict=True)
            if found is not None and found != home_state:
                self.resolver = resolver(home_state=found)
        self.state = _State(memory=SourceMemory())
        self._quoted = quotation_flags(parsed)
        self._frames: list[Frame] = []
        # each cue's holder, worked out once per sentence (claims and statements)
        self._held: dict[int, Resolved | None] = {}
        self._story_topic: tuple[str, ...] | None = None
        self._issue_memo: dict[str, tuple[str, ...]] = {}
        self._statements_reader = StatementReader(
            pt=parsed, lexicon=lexicon, resolver=self.resolver
        )
        self._cond_re = re.compile(
            r"\b(?:"
            + "|".join(re.escape(m) for m in lexicon.condition_markers)
            # up to the clause's end; a point or comma inside a number ("$1.4
            # billion", "1,000 jobs") is no end
            + r")\b(?:[^,;.:\"”]|[.,](?=\d))*",
            re.IGNORECASE,
        )

    # -- per sentence -------------------------------------------------------------

    def run(self) -> list[Claim]:
        claims: list[Claim] = []
        for n, (lo, end) in enumerate(self.pt.sents):
            self.state.sentence = n
            hi = end  # a paragraph break after the sentence is not part of it
            while hi - 1 > lo and self.pt.tokens[hi - 1].pos == "SPACE":
                hi -= 1
            claims.extend(self._sentence(lo, hi))
        speakers = party_speakers(self.pt, self.resolver, self.lexicon)
        if speakers:
            claims = speak_for_parties(claims, speakers)
        return campaign_claims(claims, self.pt, self.resolver, self.lexicon)

    def _sentence(self, lo: int, hi: int) -> list[Claim]:
        pt = self.pt
        frames = find_frames(pt, lo, hi, lexicon=self.lexicon)
        sources: dict[int, Source] = {}
        for f in frames:
            if f.speaker is not None:
                sources[f.verb] = parse_source(
                    pt,
                    f.speaker,
                    lexicon=self.lexicon,
                    resolver=self.resolver,
                    memory=self.state.memory,
                )
        frames = self._quotation(frames, sources, lo, hi)
        self._frames = frames
        self._held = {}
        out: list[Claim] = []
        refusal = self._no_comment(lo, hi)
        if refusal is not None:
            no_comment, refusal_verb = refusal
            out.append(no_comment)
            self.state.stance_speaker = None
            out.extend(
                self._stances_beside_no_comment(refusal_verb, lo, hi, frames, sources)
            )
        else:
            cues = find_cues(pt, lo, hi, lexicon=self.lexicon, frames=frames)
            unheld: list[Cue] = []
            for cue in cues:
                found = self._claims_for(cue, lo, hi, sources)
                if cue.announced and not found:
                    # "Howard said taxes would be raised": no pledge of his, and
                    # what he said is still his statement
                    unheld.append(cue)
                out.extend(found)
            cues = [c for c in cues if c not in unheld]
            self.state.stance_speaker = (
                self._stance_speaker(cues) if not frames else None
            )
            out.extend(self._statements(frames, cues, sources, lo, hi))
            if not out and not frames:
                out.extend(self._necessity(lo, hi))
        s_start, s_end = pt.tokens[lo].idx, pt.tokens[hi - 1].end
        date = find_date(
            pt.text[s_start:s_end], published=self.article.published, not_after=True
        )
        if date is not None:
            self.state.prev_when = date
        self.state.narrative_when = (
            date
            if date is not None
            and not frames  # narration, not a report of what someone said
            and date.when.count("-") < 2  # noqa: PLR2004 - a month or a year
            and is_historical(date.when, published=self.article.published)
            and self._dates_an_act(s_start + date.start)
            else None
        )
        if out:
            self.state.prev_holder = out[-1].holder.id
            self.state.prev_sources = out[-1].sources
            self.state.prev_claim_sentence = self.state.sentence
        return out

    # -- free indirect speech -------------------------------------------------------

    def _necessity(self, lo: int, hi: int) -> list[Claim]:
        """An impersonal necessity ("It was imperative that ...") as a demand.

        With no reporting verb of its own the sentence goes on with the party of the
        sentence before, when that sentence held one of its claims.
        """
        st = self.state
        pt = self.pt
        if st.prev_claim_sentence != st.sentence - 1 or st.prev_holder is None:
            return []
        start, end = pt.tokens[lo].idx, pt.tokens[hi - 1].end
        match = self.lexicon.necessity.match(pt.text[start:end])
        holder = self.resolver.actor(st.prev_holder)
        if match is None or holder is None:
            return []
        content = pt.text[start + match.end() : end].strip(" .")
        return [
            self._claim(
                action="demand",
                holder=holder,
                voice=None,
                addressee=None,
                content=content,
                issues=self._issues_or_other(content, lo, hi),
                conditions=(),
                sources=st.prev_sources,
                span=(start, end),
                when=self._when(lo, hi, []),
                negated=False,
                hypothetical=False,
            )
        ]

    # -- quotations -----------------------------------------------------------------

    def _quotation(
        self, frames: list[Frame], sources: dict[int, Source], lo: int, hi: int
    ) -> list[Frame]:
        """Frames of the sentence, with a quotation's speaker for a quoted sentence.

        '"... taken away," he said. "This is a position Unison cannot accept."': the
        second sentence has no reporting verb of its own; it goes on quoting the
        speaker of the first. A sentence continues a quotation when it opens with a
        quotation mark or the paragraph's quotation marks before it are unbalanced,
        and the sentences since the speaker's were all quoted; a quotation that
        opens right after a sentence with a speaker quotes that speaker.
        """
        pt = self.pt
        spoken = next(
            (f for f in frames if f.speaker is not None and f.verb in sources), None
        )
        if self.state.quoted is not None and self._in_quotation(lo, hi):
            # inside the quotation "the government" is the quoted speaker's
            self.resolver.quote_speakers[pt.tokens[lo].sent] = self.state.quoted[0]
        if (
            spoken is not None
            and spoken.speaker is not None
            and self.state.quoted is not None
            and self._in_quotation(lo, hi)
            and sum(1 for t in pt.tokens[lo : spoken.speaker] if t.text in _QUOTES) % 2
        ):
            # '... Woman's Hour: "... "What they say is you have got to give us
            # powers ... "And these will be restrictions that we will use ...':
            # someone the quoted speaker reports is not the next sentence's speaker
            return frames
        if spoken is not None:
            # a quotation opening next quotes this speaker: 'Yeutter told
            # reporters the talks had failed. "We will not ..."'
            self.state.quoted = (
                (spoken.speaker, sources[spoken.verb])
                if spoken.speaker is not None
                else None
            )
            return frames
        if not frames and self.state.quoted is None and self._in_quotation(lo, hi):
            # '"We are ready to talk. But we will not accept conditions," Haile
            # said.': the speaker is named at the end of the quotation; else one
            # that opens right after 'Howard attacked the plans.' quotes Howard
            self.state.quoted = (
                self._speaker_ahead(pt.tokens[lo].sent) or self.state.stance_speaker
            )
        if frames or self.state.quoted is None or not self._in_quotation(lo, hi):
            self.state.quoted = None
            return frames
        speaker, source = self.state.quoted
        root = next(
            (t.i for t in pt.tokens[lo:hi] if t.dep == "ROOT" and t.pos in _VERBAL),
            None,
        )
        if root is None:
            return frames
        sources[root] = source
        self.resolver.quote_speakers[pt.tokens[lo].sent] = speaker
        return [
            Frame(
                verb=root,
                speaker=speaker,
                content=root,
                tail_start=None,
                contents=(root,),
                quoted=True,
            )
        ]

    def _stance_speaker(self, cues: list[Cue]) -> tuple[int, Source] | None:
        """Who a quotation opening next quotes after a sentence with no reporting verb.

        'Michael Howard attacked the plans on Monday. "This is a tax on ..."': a
        stance verb in the past or present ("attacked", "urged", "rejects") whose
        subject is a name or noun the registry resolves gives the quotation that
        follows its speaker.
        """
        pt = self.pt
        for cue in cues:
            if (
                cue.rule != "verb"
                or cue.holder is None
                or pt.tokens[cue.holder].dep != "nsubj"
                or pt.tokens[cue.holder].pos not in {"PROPN", "NOUN"}
                or pt.tokens[cue.token].tag not in {"VBD", "VBZ", "VBN"}
                or self._holder(cue, {}) is None
            ):
                continue
            return self._fresh_speaker(cue.holder)
        return None

    def _fresh_speaker(self, i: int) -> tuple[int, Source]:
        """Speaker token ``i`` with its source, read apart from the article's memory."""
        source = parse_source(
            self.pt,
            i,
            lexicon=self.lexicon,
            resolver=self.resolver,
            memory=SourceMemory(),
        )
        return i, source

    def _speaker_ahead(self, sent: int) -> tuple[int, Source] | None:
        """The speaker a quotation names at its end, in the same paragraph.

        The next sentences must go on with the quotation; the first one with a
        reporting verb must carry a trailing attribution ('..., Haile said').
        """
        pt = self.pt
        text = pt.text
        para_end = text.find("\n", pt.tokens[pt.sents[sent][0]].idx)
        para_end = len(text) if para_end < 0 else para_end
        for k in range(sent + 1, min(sent + 5, len(pt.sents))):
            lo, hi = pt.sents[k]
            if pt.tokens[lo].idx >= para_end:
                return None
            frames = find_frames(pt, lo, hi, lexicon=self.lexicon)
            if not frames:
                continue
            trailing = next(
                (
                    f
                    for f in frames
                    if f.speaker is not None and f.tail_start is not None
                ),
                None,
            )
            if trailing is None:
                trailing = self._bare_attribution(frames, lo)
            if trailing is None or trailing.speaker is None:
                return None
            return self._fresh_speaker(trailing.speaker)
        return None

    def _bare_attribution(self, frames: list[Frame], lo: int) -> Frame | None:
        """A trailing attribution the parser cut off as a sentence of its own.

        '... Is the United States ready?" he said.': the parser ends a sentence at a
        quotation's closing "?" or "!" (or at '."'); the attribution's frame reports
        no clause, and the sentence before ends in the quotation mark.
        """
        toks = self.pt.tokens
        before = [t for t in toks[max(0, lo - 3) : lo] if t.pos != "SPACE"]
        if not before or before[-1].text not in _QUOTES:
            return None
        return next(
            (
                f
                for f in frames
                if f.speaker is not None and f.content is None and not f.contents
            ),
            None,
        )

    def _in_quotation(self, lo: int, hi: int) -> bool:
        """Whether the sentence ``[lo, hi)`` opens or lies inside a quotation.

        It opens one when it starts with a quotation mark (a straight mark that
        would close an unclosed quotation opens a new one here); it lies inside one
        when its first word does (:func:`redline.nlp.quotes.quotation_flags`).
        """
        words = [k for k in range(lo, hi) if self.pt.tokens[k].pos != "SPACE"]
        if not words:
            return False
        if self.pt.tokens[words[0]].text in _QUOTES:
            return True
        return self._quoted[words[0]]

    # -- plain statements -----------------------------------------------------------

    def _statements(
        self,
        frames: list[Frame],
        cues: list[Cue],
        sources: dict[int, Source],
        lo: int,
        hi: int,
    ) -> list[Claim]:
        """A party's reported words with no stance cue: ``state``, or an idiom.

        The party may speak through an unnamed source ("a spokesman for Oxfam said
        the allegations were false"): the source is kept on the claim.
        """
        out: list[Claim] = []
        pt = self.pt
        for f in frames:
            src = sources.get(f.verb)
            if f.content is None or f.speaker is None or src is None:
                continue
            c_lo, c_hi = subtree_range(pt, f.content)
            if any(
                (c_lo <= c.token < c_hi or c.token == f.verb or c.frame is f)
                and self._holder(c, sources) is not None
                for c in cues
            ):
                continue  # a stance cue of someone's reads these words
            speaker = self.resolver.resolve_token(f.speaker)
            if speaker is None:
                continue
            if c_lo <= f.verb < f.content and as_they_say(pt, f.verb):
                # "As the Conservatives claim, Mr Brown ...": not the frame's words
                c_lo = max(c_lo, subtree_range(pt, f.verb)[1])
            while c_lo < c_hi and pt.tokens[c_lo].dep in {"mark", "punct"}:
                c_lo += 1
            c_hi = min(c_hi, hi)
            if f.tail_start is not None and c_lo < f.tail_start < c_hi:
                c_hi = f.tail_start  # "..., visiting Secretary Lyng told reporters"
            while c_hi > c_lo and pt.tokens[c_hi - 1].dep in {"cc", "punct"}:
                c_hi -= 1  # "said the banks were rigid and warned ...": not "and"
            if c_hi - c_lo < 3:  # noqa: PLR2004 - too short to say anything
                continue
            s_lo, _ = subtree_range(pt, f.speaker)
            if f.quoted:
                s_lo = c_lo  # the speaker was named in an earlier sentence
            start = min(pt.tokens[s_lo].idx, pt.tokens[c_lo].idx, pt.tokens[f.verb].idx)
            end = max(pt.tokens[c_hi - 1].end, pt.tokens[f.verb].end)
            content = pt.text[pt.tokens[c_lo].idx : pt.tokens[c_hi - 1].end]
            actions = self._statements_reader.actions(
                c_lo,
                c_hi,
                speaker=speaker.actor.id,
                words_from=f.verb + 1 if f.verb < c_lo else None,
                reporter=pt.tokens[f.verb].lemma.lower(),
                root=f.content,
            )
            addressee = self._addressee(c_lo, c_hi, speaker.actor.id)
            issues = self._issues_or_other(content, lo, hi)
            when = self._when(lo, hi, [(c_lo, c_hi)])
            said = [
                self._claim(
                    action=action,
                    holder=speaker.actor,
                    voice=speaker.voice,
                    addressee=addressee,
                    content=content,
                    issues=issues,
                    conditions=(),
                    sources=(src,),
                    span=(start, end),
                    when=when,
                    negated=False,
                    hypothetical=False,
                )
                for action in actions
            ]
            # "the debt problem will not be solved unless developing countries are
            # allowed to grow, he argued": what it hangs on is demanded
            conditions = self._conditions(pt.tokens[c_lo].idx, pt.tokens[c_hi - 1].end)
            said.extend(self._condition_demands(said[0], conditions, start))
            out.extend(said)
            if not f.quoted:
                # "Britain and France said the plan was flawed": both said it
                partners = self.resolver.conjuncts(f.speaker)
                out.extend(self._for_partners(partners, speaker, said))
        return out

    # -- no comment ---------------------------------------------------------------

    def _stances_beside_no_comment(
        self,
        verb: int,
        lo: int,
        hi: int,
        frames: list[Frame],
        sources: dict[int, Source],
    ) -> list[Claim]:
        """Stances of a clause joined to a refusal to comment.

        "Japan rejected the proposal but declined to elaborate": the cues outside
        the refusal's clause (at ``verb``), when that clause is not the sentence's
        main one.
        """
        pt = self.pt
        if pt.tokens[verb].dep == "ROOT":
            return []
        n_lo, n_hi = subtree_range(pt, verb)
        cues = [
            c
            for c in find_cues(pt, lo, hi, lexicon=self.lexicon, frames=frames)
            if not n_lo <= c.token < n_hi
        ]
        out: list[Claim] = []
        for cue in cues:
            out.extend(self._claims_for(cue, lo, hi, sources))
        # "Subroto said production was below the quota but he gave no details":
        # the words reported outside the refusal stand as said
        outside = [
            f
            for f in frames
            if not n_lo <= f.verb < n_hi
            # "a spokesman said he could not comment": the report is the refusal
            and not (f.content is not None and n_lo <= f.content < n_hi)
        ]
        if outside:
            out.extend(self._statements(outside, cues, sources, lo, hi))
        return out

    def _no_comment(self, lo: int, hi: int) -> tuple[Claim, int] | None:
        """A refusal to comment in the sentence, and the verb of its clause."""
        pt = self.pt
        s_start, s_end = pt.tokens[lo].idx, pt.tokens[hi - 1].end
        sentence = straight_apostrophes(pt.text[s_start:s_end])
        match = next(
            (m for p in self.lexicon.no_comment if (m := p.search(sentence))), None
        )
        if match is None:
            return None
        first = next(t for t in pt.tokens[lo:hi] if t.idx >= s_start + match.start())
        verb = first.head if first.dep in {"aux", "neg"} else first.i
        while (
            pt.tokens[verb].pos not in {"VERB", "AUX"} and pt.tokens[verb].head != verb
        ):
            verb = pt.tokens[verb].head  # "No spokesman for X was available": "was"
        if pt.tokens[verb].dep == "relcl" and any(
            c.tag not in {"WP", "WDT"} for c in dep_children(pt, verb, "nsubj")
        ):
            # "some Western governments, whom he declined to name": what he would
            # not name, not a refusal to comment ("X, who declined to comment")
            return None
        subj = dep_children(pt, verb, "nsubj", "nsubjpass") or [
            # "there was no immediate comment from the Kremlin"
            o
            for t in pt.tokens[lo:hi]
            if t.text.lower() == "from"
            and s_start + match.start() <= t.idx < s_start + match.end()
            for o in dep_children(pt, t.i, "pobj")
        ]
        if not subj and pt.tokens[verb].dep == "conj":
            # "Japan rejected the proposal but declined to elaborate": the subject
            # the conjuncts share (not a quoted "we", whose speaker is outside, nor
            # "they", as often a thing: "we repay loans when they are due but do
            # not comment")
            subj = [
                t
                for t in dep_children(pt, pt.tokens[verb].head, "nsubj")
                if t.pos != "PRON" or t.text.lower() in {"he", "she"}
            ]
        if not subj:
            # "He insisted there could be no deals but declined to say whether ...":
            # a refusal the parser hung inside what was said pairs with the report
            report = reattached_report(pt, verb, self.lexicon)
            if report is not None:
                subj = dep_children(pt, report, "nsubj")
        start = s_start + match.start()
        end = s_start + match.end()
        holder = Actor(id=_UNKNOWN, name="", kind=ActorKind.UNKNOWN)
        voice = None
        if subj:
            s_lo, s_hi = subtree_range(pt, subj[0].i)
            start = min(start, pt.tokens[s_lo].idx)
            end = max(end, pt.tokens[s_hi - 1].end)
            name = pt.text[pt.tokens[s_lo].idx : pt.tokens[s_hi - 1].end]
            speaker = subj[0].i
            matrix = subject_of(pt, pt.tokens[verb].head)
            if (
                subj[0].text.lower() in PERSON_PRONOUNS
                and pt.tokens[verb].dep == "ccomp"
                and matrix is not None
            ):
                speaker = matrix  # "a Pentagon spokesman said he could not comment"
            resolved = self.resolver.resolve_token(speaker)
            if resolved is not None:
                holder, voice = resolved.actor, resolved.voice
            else:
                holder = Actor(id=_UNKNOWN, name=name, kind=ActorKind.UNKNOWN)
        claim = self._claim(
            action="no_comment",
            holder=holder,
            voice=voice,
            addressee=None,
            content="",
            issues=(),
            conditions=(),
            sources=(),
            span=(start, end),
            when=None,
            negated=False,
            hypothetical=False,
        )
        return claim, verb

    # -- stance cues ----------------------------------------------------------------

    def _not_ruled_out(self, cue: Cue) -> int | None:
        """The "rule" of a "rule out" the cue leaves open, if it does.

        "did not rule out sanctions" (a negated "rule out"), "refused to rule out
        military action" (a refusal to rule out).
        """
        pt = self.pt
        if pt.tokens[cue.token].lemma.lower() in {"refuse", "decline"}:
            return next(
                (
                    c.i
                    for c in dep_children(pt, cue.token, "xcomp")
                    if c.lemma.lower() == "rule"
                    and any(
                        p.text.lower() == "out" for p in dep_children(pt, c.i, "prt")
                    )
                ),
                None,
            )
        if pt.tokens[cue.token].lemma.lower() == "rule" and dep_children(
            pt, cue.token, "neg"
        ):
            return cue.token
        return None

    def _keeps_a_penalty_open(self, cue: Cue) -> bool:
        """Whether not ruling out keeps a penalty open ("not rule out sanctions").

        What the cue leaves open (:meth:`_not_ruled_out`), outside any condition,
        names a penalty (``[punitive] lemmas``): a threat.
        """
        pt = self.pt
        rule = self._not_ruled_out(cue)
        if rule is None:
            return False
        _, hi = subtree_range(pt, rule)
        return any(
            t.lemma.lower() in self.lexicon.punitive
            for t in pt.tokens[rule + 1 : hi]
            if t.dep != "mark"
            and not any(
                a.dep == "advcl" and a.i != rule
                for a in (t, *ancestors(pt, t.i))
                if rule < a.i < hi
            )  # not the condition: "if it failed to improve"
        )

    def _no_stance(self, cue: Cue) -> bool:
        """Verb cues that state no stance of anyone.

        "It was agreed that ..." (no one agreed in particular), "he can't demand
        more" (what someone cannot do), "has not agreed so far" (not yet, not no),
        "it would be difficult for Brazil to accept" (what someone might do).
        """
        if cue.rule != "verb" or cue.holder is None:
            return False
        pt = self.pt
        subject = pt.tokens[cue.holder]
        if (
            subject.text.lower() == "it"
            and subject.dep == "nsubjpass"
            # "it was disappointed with the ruling" is a party's own displeasure
            and not displeased(pt, cue.token, self.lexicon)
        ):
            return True
        kids = list(children(pt, cue.token))
        if any(k.dep == "mark" and k.text.lower() == "for" for k in kids) and any(
            k.dep == "aux" and k.text.lower() == "to" for k in kids
        ):
            return True  # "difficult for the U.S. to block the plans": not done
        if cue.action == "deny" and any(
            c.lemma.lower() == "confirm"
            and any(
                k.dep == "cc" and k.text.lower() in {"or", "nor"}
                for pair in (c.i, cue.token)
                for k in children(pt, pair)
            )
            for c in (*children(pt, cue.token), pt.tokens[pt.tokens[cue.token].head])
            if c.i != cue.token
        ):
            return True  # "would neither confirm nor deny the report" says nothing
        if self._not_ruled_out(cue) is not None and not self._keeps_a_penalty_open(cue):
            # "does not rule out a return", "refused to rule out talks": keeps it
            # open, decides nothing
            return True
        negated = any(k.dep == "neg" for k in kids)
        auxes = {k.text.lower() for k in kids if k.dep == "aux"}
        if (
            negated
            and cue.action in {"demand", "propose"}
            and auxes & self.lexicon.possibility
        ):
            return True
        pending = {k.text.lower() for k in kids if k.dep in {"advmod", "prep"}}
        if negated and cue.action == "accept" and bool(pending & {"yet", "far"}):
            return True
        if cue.action == "propose" and self._suggests_a_reading(cue):
            return True
        tok = pt.tokens[cue.token]
        head = pt.tokens[tok.head]
        if (
            tok.dep == "xcomp"
            and head.lemma.lower() in {"have", "be"}
            and any(k.text.lower() == "yet" for k in children(pt, head.i))
        ):
            return True  # "Republicans have yet to unveil a bill": not done
        # "Turkey may have to accept restrictions", "Trump would have to sign off
        # on it before it could become law": a forecast of giving way, or a rule
        return (
            cue.action == "accept"
            and tok.dep == "xcomp"
            and head.lemma.lower() in self.lexicon.compulsion
            and any(
                k.dep == "aux"
                and k.text.lower() in self.lexicon.possibility | self.lexicon.future
                for k in children(pt, head.i)
            )
        )

    def _suggests_a_reading(self, cue: Cue) -> bool:
        """Whether "suggest" points to a reading of things rather than a course.

        "Comments by Fed officials suggest the bank is keeping rates unchanged" (a
        thing that suggests), "has suggested the security services could have been
        involved" (a guess at the past), "suggested that McConnell is working with
        the media" (a claim of what goes on), "suggested the posters were part of a
        wider trend" (a claim of what is), "suggested that Brown would meet his rule"
        (a forecast): no proposal. "suggested the cash could be shared out" still
        proposes.
        """
        pt = self.pt
        tok = pt.tokens[cue.token]
        if tok.lemma.lower() != "suggest" or cue.holder is None:
            return False
        subject = pt.tokens[cue.holder]
        if subject.lemma.lower() in self.lexicon.evidence_nouns:
            return True
        for clause in dep_children(pt, cue.token, "ccomp"):
            auxes = [a for a in children(pt, clause.i) if a.dep in {"aux", "auxpass"}]
            words = {a.text.lower() for a in auxes}
            if (
                clause.tag == "VBN"
                and words & {"have", "'ve"}
                and any(a.tag == "MD" for a in auxes)
            ):
                return True  # "could have been involved"
            if clause.tag == "VBG" and any(a.lemma.lower() == "be" for a in auxes):
                return True  # "is keeping", "are working with"
            if (
                clause.lemma.lower() == "be"
                and clause.tag in {"VBD", "VBZ", "VBP"}
                and not auxes
            ):
                return True  # "suggested the posters were part of a wider trend"
            if words & {"would", "'d"} and clause.lemma.lower() != "be":
                return True  # "suggested that Mr Brown would meet his golden rule"
        return False

    def _claims_for(
        self, cue: Cue, lo: int, hi: int, sources: dict[int, Source]
    ) -> list[Claim]:
        pt = self.pt
        if self._no_stance(cue):
            return []
        holder = self._holder(cue, sources)
        if (
            cue.content[1] <= cue.content[0]
            and cue.rule == "verb"
            and cue.action != "accept"
        ):
            # "Germany said it was prepared to compromise.", "Ireland was also
            # opposed.": the act is all there is to say (a bare "I agree" is talk)
            cue = replace(cue, content=(cue.token, cue.token + 1))
        if holder is None or cue.content[1] <= cue.content[0]:
            return []
        if cue.announced and holder.actor.kind is not ActorKind.STATE:
            return []  # "taxes would be raised", said by the opposition: no pledge
        claim_sources = self._sources(cue, holder, sources)
        items = (
            split_items(pt, cue.content, self.lexicon) if cue.split else [cue.content]
        )
        start = pt.tokens[cue.token].idx
        stop = pt.tokens[cue.token].end
        if (
            cue.holder is not None
            and pt.tokens[cue.holder].sent == pt.tokens[cue.token].sent
        ):
            h_lo, h_hi = subtree_range(pt, cue.holder)
            if h_lo < cue.token:
                start = min(start, pt.tokens[h_lo].idx)
            elif pt.tokens[pt.tokens[cue.holder].head].dep == "agent":
                # "the plan was rejected by Japan": the agent is evidence too
                stop = max(stop, pt.tokens[h_hi - 1].end)
        action, negated = self._action(cue)
        if (
            action == "demand"
            and cue.rule == "modal"
            and not negated
            and holder.actor.kind is ActorKind.STATE
            and any(
                s.lemma.lower() in self.lexicon.policy_subjects
                for s in dep_children(pt, cue.token, "nsubj", "nsubjpass")
            )
        ):
            action = "propose"  # "Ms Kelly said reforms should build on GCSEs"
        if action == "threaten" and self._penalty_of_another(cue, holder.actor):
            action = "warn"  # "Hain warned that the Tories would cut services"
        auxes = {t.text.lower() for t in dep_children(pt, cue.token, "aux")}
        cue_tok = pt.tokens[cue.token]
        guessed = cue.rule == "verb" and self._a_guess(cue.token)
        hypothetical = cue.rule == "verb" and (
            bool(auxes & self.lexicon.possibility)
            # "Japan is expected to reject the plan", "is likely to oppose", "is
            # considering whether to reject": a stance foreseen, not yet taken
            or (
                cue_tok.dep == "xcomp"
                and pt.tokens[cue_tok.head].lemma.lower()
                in self.lexicon.likelihood | {"expect", "consider"}
            )
            or guessed
        )
        if self._counterfactual_object(cue):
            return []
        if (
            hypothetical
            and auxes & _OPTION_MODALS
            and claim_sources
            and all(
                not src.anonymous
                and src.affiliation != holder.actor.id
                and (holder.voice is None or holder.voice.name not in src.text)
                for src in claim_sources
            )
        ) or (
            guessed
            and claim_sources
            and all(src.affiliation != holder.actor.id for src in claim_sources)
        ):
            # "Moore could ask for a recount, Merrill said", "dealers said Japan
            # appears ready to compromise": an option or a guess another names for
            # the holder, not a stance the holder takes
            return []
        when = (
            self._when(lo, hi, items, cue.token)
            or self._held_before(cue)
            or self._narrated(cue)
        )
        # "a course opposed by European allies, the parties to the accord, under
        # which Iran got relief in return for curbs": the participle's own phrase
        cond_hi = (
            min(hi, subtree_range(pt, cue.token)[1])
            if agent_participle(pt, cue.token) is not None
            else min(hi, self._before_next_clause(cue.token))
        )
        conditions = self._conditions(
            pt.tokens[cue.token].idx, pt.tokens[cond_hi - 1].end
        )
        out = []
        addressee = self._passive_addressee(cue.token, holder.actor.id)
        for i_lo, i_hi in items:
            c_start, c_end = pt.tokens[i_lo].idx, pt.tokens[i_hi - 1].end
            content = pt.text[c_start:c_end].strip(" ,;")
            addressee = self._addressee(i_lo, i_hi, holder.actor.id) or addressee
            issues = self._issues_or_other(content, lo, hi)
            out.append(
                self._claim(
                    action="threaten"
                    if action == "demand" and self._or_face(i_lo, i_hi)
                    else action,
                    holder=holder.actor,
                    voice=holder.voice,
                    addressee=addressee,
                    content=content,
                    issues=issues,
                    conditions=tuple(text for text, _, _ in conditions),
                    sources=claim_sources,
                    span=(min(start, c_start), max(c_end, stop)),
                    when=when,
                    negated=negated,
                    hypothetical=hypothetical,
                )
            )
        if action != "demand" and out:
            out.extend(self._condition_demands(out[0], conditions, start))
        return out + self._co_holders(cue, holder, out)

    def _or_face(self, lo: int, hi: int) -> bool:
        """Whether a demand's item is the penalty held out: "... or face retaliation".

        "Japan must open its market or face retaliation": the second item is what
        happens if the first is not done, a threat (``[punitive] certain``).
        """
        toks = self.pt.tokens
        return (
            lo > 0
            and toks[lo - 1].text.lower() == "or"
            and toks[lo].lemma.lower() == "face"
            and any(
                t.lemma.lower() in self.lexicon.certain_penalties
                or t.lemma.lower() in self.lexicon.punitive
                for t in toks[lo + 1 : hi]
            )
        )

    def _co_holders(
        self, cue: Cue, holder: Resolved, claims: list[Claim]
    ) -> list[Claim]:
        """The same claims for each conjoined holder ("Britain and France urged")."""
        anchor = cue.holder
        if cue.rule == "modal" and cue.frame is not None:
            anchor = cue.frame.speaker  # "the SNP and the Tories say X should ..."
        elif (
            cue.rule in {"threat", "refusal", "commitment"}
            and cue.frame is not None
            and cue.holder is not None
            and self.pt.tokens[cue.holder].text.lower() in {"they", "we"}
        ):
            # "Britain and France said they would impose sanctions": both do
            anchor = cue.frame.speaker
        elif cue.rule not in {"verb", "noun"}:
            return []
        if anchor is None:
            return []
        partners = [*self.resolver.conjuncts(anchor), *self._along_with(cue, anchor)]
        return self._for_partners(partners, holder, claims, demonyms=cue.rule == "noun")

    def _for_partners(
        self,
        partners: list[int],
        holder: Resolved,
        claims: list[Claim],
        *,
        demonyms: bool = False,
    ) -> list[Claim]:
        """The same claims for each party in ``partners`` not already a holder."""
        seen = {holder.actor.id}
        out: list[Claim] = []
        for conj in partners:
            other = self.resolver.resolve_token(conj)
            if other is None and demonyms:
                # "despite Spanish and Portuguese opposition": a second demonym
                actor = self.resolver.demonym_actor(self.pt.tokens[conj].text)
                other = Resolved(actor=actor) if actor is not None else None
            if other is None or other.actor.id in seen:
                continue
            seen.add(other.actor.id)
            out.extend(
                replace(c, holder=other.actor, voiced_by=other.voice) for c in claims
            )
        return out

    def _along_with(self, cue: Cue, anchor: int) -> list[int]:
        """Parties an "along with" phrase adds to the holder.

        "Britain, along with Denmark, rejected the tax"; "a tax which West Germany is
        against, along with Britain, Denmark and the Netherlands". The parser hangs
        the phrase anywhere, so it is placed by position: right after the holder's
        phrase or right after the relative clause that holds the stance.
        """
        pt = self.pt
        ends = [subtree_range(pt, anchor)[1]]
        if pt.tokens[cue.token].dep == "relcl":
            ends.append(subtree_range(pt, cue.token)[1])
        out: list[int] = []
        for end in ends:
            k = end
            while k < len(pt.tokens) and pt.tokens[k].text == ",":
                k += 1
            if k + 1 >= len(pt.tokens) or pt.tokens[k].text.lower() not in {
                "along",
                "together",
            }:
                continue
            with_ = pt.tokens[k + 1]
            if with_.text.lower() != "with":
                continue
            for obj in dep_children(pt, with_.i, "pobj"):
                # "Britain, Denmark and the Netherlands": all three
                out.extend([obj.i, *self.resolver.conjuncts(obj.i)])
        return out

    def _counterfactual_object(self, cue: Cue) -> bool:
        """Whether a stance noun is the object of what would have happened.

        "The bill would have drawn Republican criticism": no one criticised it.
        """
        pt = self.pt
        tok = pt.tokens[cue.token]
        if cue.rule != "noun" or tok.dep != "dobj":
            return False
        verb = pt.tokens[tok.head]
        auxes = [t.text.lower() for t in dep_children(pt, verb.i, "aux")]
        return (
            verb.tag == "VBN"
            and "have" in auxes
            and bool(set(auxes) & (self.lexicon.future | self.lexicon.possibility))
        )

    def _will_denied(self, i: int) -> bool:
        """Whether verb ``i`` completes a negated will to do it.

        "was not ready to accept the deal", "is not willing to drop its demand",
        "did not want to accept", "are not going to suggest": the act is refused,
        as a negated verb is.
        """
        pt = self.pt
        tok = pt.tokens[i]
        if tok.dep != "xcomp":
            return False
        head = pt.tokens[tok.head]
        lemma = head.lemma.lower()
        if head.pos == "ADJ" and lemma in self.lexicon.reluctance:
            # "is unwilling to compromise", "reluctant to offer concessions"
            return not dep_children(pt, head.i, "neg")
        if head.pos == "ADJ" and lemma in (
            self.lexicon.readiness | self.lexicon.willingness
        ):
            return bool(dep_children(pt, head.i, "neg")) or (
                head.dep == "acomp" and bool(dep_children(pt, head.head, "neg"))
            )
        # "we are not going to suggest ...": a negated future is no act either
        going = lemma == "go" and head.tag == "VBG"
        return (lemma in self.lexicon.will_verbs or going) and bool(
            dep_children(pt, head.i, "neg")
        )

    def _action(self, cue: Cue) -> tuple[str, bool]:
        """The cue's action and negation, with the readings that change the action."""
        pt = self.pt
        if cue.rule == "verb" and kept_stance(pt, cue.token, self.lexicon):
            return cue.action, False  # "will not drop its demand": the not keeps it
        # "offered no concessions", "clinched no agreements": nothing offered or
        # agreed, which is not a refusal either
        if cue.rule == "verb" and any(
            d.text.lower() == "no"
            for o in dep_children(pt, cue.token, "dobj")
            for d in dep_children(pt, o.i, "det")
        ):
            return cue.action, True
        negated = cue.rule in {"verb", "noun"} and (
            bool(dep_children(pt, cue.token, "neg"))
            # "made no commitment to Wright": a stance noun with "no" is none taken
            or (
                cue.rule == "noun"
                and any(
                    d.text.lower() == "no" for d in dep_children(pt, cue.token, "det")
                )
            )
            or (cue.rule == "verb" and self._will_denied(cue.token))
            or (  # "Neither Canada nor Mexico have offered counterproposals"
                cue.holder is not None
                and any(
                    k.text.lower() in {"neither", "no"}
                    for k in dep_children(pt, cue.holder, "preconj", "det")
                )
            )
            # "None of the OPEC members has asked for a meeting"
            or (cue.holder is not None and pt.tokens[cue.holder].text.lower() == "none")
            # "she was still not committed to the bill": the copula's negation
            # (stance adjectives read their own: "not opposed to" accepts)
            or (
                cue.rule == "verb"
                and cue.action == "pledge"
                and pt.tokens[cue.token].dep == "acomp"
                and pt.tokens[pt.tokens[cue.token].head].lemma.lower() == "be"
                and bool(dep_children(pt, pt.tokens[cue.token].head, "neg"))
            )
        )
        if cue.action == "accept" and negated:
            return "reject", False  # "would not accept" rejects
        if (
            cue.action == "demand"
            and negated
            and cue.intention
            and pt.tokens[cue.token].lemma.lower() in self.lexicon.will_verbs
        ):
            return "reject", False  # "the Germans do not want to budge" refuse
        if (
            cue.action == "concede"
            and negated
            and cue.rule == "verb"
            # giving way, not granting a point ("did not concede that it erred")
            and pt.tokens[cue.token].lemma.lower()
            not in {"concede", "acknowledge", "admit"}
            and not any(
                k.text.lower() in {"yet", "far"}
                for k in dep_children(pt, cue.token, "advmod", "prep")
            )
        ):
            return "reject", False  # "would not yield to pressure" holds out
        if cue.action == "reject" and pt.tokens[cue.token].lemma.lower() in (
            DISLIKE_VERBS
        ):
            return "reject", False  # "do not like the proposal": the not is the no
        if self._keeps_a_penalty_open(cue):
            return "threaten", False  # "would not rule out scrapping the agency"
        if (
            cue.action == "reject"
            and negated
            and cue.rule == "verb"
            and pt.tokens[cue.token].lemma.lower() in self.lexicon.yielding_rejections
        ):
            return "concede", False  # "has decided not to oppose the subsidy"
        cue_tok = pt.tokens[cue.token]
        if (
            cue.action == "reject"
            and cue_tok.dep == "acomp"
            and (negated or dep_children(pt, cue_tok.head, "neg"))
        ):
            return "accept", False  # "is not opposed to short-term measures"
        tok = pt.tokens[cue.token]
        if (
            cue.action == "accept"
            and tok.dep == "xcomp"
            and pt.tokens[tok.head].lemma.lower() in self.lexicon.compulsion
        ):
            return "concede", False  # "had to accept", "was forced to agree"
        head = pt.tokens[pt.tokens[cue.token].head]
        if (
            cue.action == "accept"
            and pt.tokens[cue.token].dep == "xcomp"
            and head.lemma.lower() in self.lexicon.reluctance
        ):
            return "reject", False  # "has been unwilling to accept" rejects
        if (
            cue.action == "demand"
            and cue.holder is not None
            and pt.tokens[cue.holder].lemma.lower() in self.lexicon.proposal_subjects
        ):
            return "propose", negated  # "the plan calls for ..."
        if (
            cue.action == "accept"
            and cue.rule == "verb"
            and pt.tokens[cue.token].lemma.lower() == "defend"
            and any(
                o.lemma.lower() in _OWN_DOINGS and p.tag == "PRP$"
                for o in dep_children(pt, cue.token, "dobj")
                for p in dep_children(pt, o.i, "poss")
            )
        ):
            # "has defended his decision not to release the suspects": one's own
            # act held against its critics ("defended its farm policies" backs them)
            return "reject", negated
        if cue.action == "propose" and self._advises_another(cue):
            return "demand", negated  # "suggested that Japan open its markets"
        if cue.action == "warn" and warns_of_penalty(pt, cue.content, self.lexicon):
            return "threaten", False  # "warned that any attack would meet a response"
        if cue.action == "warn" and self._own_conditional_penalty(cue):
            return "threaten", False  # "warned Iran of countermeasures if ..."
        if (
            cue.action in {"accept", "pledge"}
            and cue.rule == "verb"
            and not negated
            and pt.tokens[cue.token].lemma.lower() in _RESOLVES
            and self._own_conditional_penalty(cue, subtree_range(pt, cue.token))
        ):
            # "agreed to impose tariffs on Japanese goods unless Tokyo opened its
            # markets": a penalty resolved on, held out on a condition
            return "threaten", False
        if (
            cue.action == "pledge"
            and cue.rule == "verb"
            and not negated
            # not "agreed to impose a duty on its own exports"
            and pt.tokens[cue.token].lemma.lower() in _VOWS
            and any(
                c.lemma.lower() in self.lexicon.certain_penalties
                # "pledged to never attack Michael Howard" forswears the penalty
                and not dep_children(pt, c.i, "neg")
                for c in dep_children(pt, cue.token, "dobj", "xcomp")
            )
        ):
            return "threaten", False  # "vowed retaliation", "vowed to retaliate"
        auxes = {t.text.lower() for t in dep_children(pt, cue.token, "aux")}
        if (
            cue.action == "demand"
            and negated
            and cue.rule == "verb"
            and auxes & self.lexicon.future
        ):
            return "concede", False  # "Trump would not insist on repeal" gives way
        if (
            cue.rule == "commitment"
            and not negated
            and pt.tokens[cue.token].lemma.lower() in self.lexicon.concession_verbs
        ):
            return "concede", False  # "China said it would drop the limits"
        if (
            cue.intention
            and pt.tokens[cue.token].pos == "ADJ"  # ready or willing, not wanting
            and any(
                c.dep == "xcomp" and c.lemma.lower() in self.lexicon.concession_verbs
                for c in children(pt, cue.token)
            )
            # "willing to drop tariffs if Japan opens its markets" offers a trade
            and not any(
                t.dep == "mark" and t.text.lower() in {"if", "unless"}
                for t in pt.tokens[cue.token : sent_range(pt, cue.token)[1]]
            )
        ):
            return "concede", False  # "Belgium appears ready to drop the tax"
        return cue.action, negated

    def _before_next_clause(self, i: int) -> int:
        """Where a clause joined after cue ``i``'s, with a subject of its own, starts.

        "Ethiopia accepted a UN proposal for a truce, but Asmara said it would not
        sign unless ...": Asmara's condition is not Ethiopia's. The sentence's end
        when no such clause follows.
        """
        pt = self.pt
        verb = i
        while (
            pt.tokens[verb].pos not in {"VERB", "AUX"} and pt.tokens[verb].head != verb
        ):
            verb = pt.tokens[verb].head
        for c in children(pt, verb):
            if (
                c.dep == "conj"
                and c.i > i
                and c.pos in {"VERB", "AUX"}
                and dep_children(pt, c.i, "nsubj", "nsubjpass")
            ):
                start = subtree_range(pt, c.i)[0]
                cc = [
                    k.i for k in children(pt, verb) if k.dep == "cc" and i < k.i < c.i
                ]
                return min([start, *cc])
        return len(pt.tokens)

    def _condition_demands(
        self, claim: Claim, conditions: list[tuple[str, int, int]], start: int
    ) -> list[Claim]:
        """Conditions that are demands: "won't sign unless Oslo lifts the ban".

        Not under a charge, a denial or an admission: "accused him of taking bribes
        in exchange for help" tells what the accused did, not what the accuser asks.
        """
        if claim.action in {"accuse", "deny", "concede"}:
            return []
        out = []
        for text, c_start, c_end in conditions:
            low = text.lower()
            marker = next(
                (m for m in self.lexicon.demand_conditions if low.startswith(m)), None
            )
            if marker is None or (marker == "until" and claim.action != "reject"):
                continue
            content = text[len(marker) :].strip(" ,;")
            lo, hi = self._token_range(c_start, c_end)
            if self._guessed(lo) or self._own_condition(lo):
                continue
            if any(
                t.dep == "nsubj" and t.text.lower() in _GENERIC_SUBJECTS
                for t in self.pt.tokens[lo:hi]
            ):
                continue  # "you don't get to the top unless you have a streak"
            if marker == "until" and self.pt.tokens[lo].dep != "mark":
                continue  # "would not resume talks until next year": a time
            out.append(
                self._claim(
                    action="demand",
                    holder=claim.holder,
                    voice=claim.voiced_by,
                    addressee=self._addressee(lo, hi, claim.holder.id),
                    content=content,
                    issues=self._issues(content) or claim.issues,
                    conditions=(),
                    sources=claim.sources,
                    span=(min(start, c_start), c_end),
                    when=DateRef(when=claim.when, start=0, end=0, past=claim.historical)
                    if claim.when
                    else None,
                    negated=False,
                    hypothetical=False,
                )
            )
        return out

    def _own_condition(self, lo: int) -> bool:
        """Whether the condition opening at token ``lo`` is the holder's own act.

        "could not call for his resignation unless she has heard all the evidence":
        what the speaker must do first is no demand of anyone.
        """
        pt = self.pt
        mark = pt.tokens[lo]
        if mark.dep != "mark" or pt.tokens[mark.head].lemma.lower() in _RECEIVING:
            return False  # "unless it gets guarantees" still asks for them
        governing = pt.tokens[mark.head].head
        said_by = {
            s.text.lower()
            for s in dep_children(pt, governing, "nsubj")
            if s.pos == "PRON"
        }
        return any(
            # "we will not sign unless we are consulted"; "she could not call for
            # it unless she has heard the evidence": the same pronoun as the act's
            subject.text.lower() in {"i", "we"} or subject.text.lower() in said_by
            for subject in dep_children(pt, mark.head, "nsubj")
        )

    def _guessed(self, lo: int) -> bool:
        """Whether the condition opening at token ``lo`` hangs on a verb of knowing."""
        pt = self.pt
        mark = pt.tokens[lo]
        if mark.dep != "mark":
            return False
        governor = pt.tokens[pt.tokens[mark.head].head]
        return governor.lemma.lower() in self.lexicon.epistemic_verbs

    def _token_range(self, start: int, end: int) -> tuple[int, int]:
        toks = self.pt.tokens
        lo = next((t.i for t in toks if t.end > start), 0)
        hi = next((t.i for t in toks if t.idx >= end), len(toks))
        return lo, max(lo + 1, hi)

    def _sources(
        self, cue: Cue, holder: Resolved, sources: dict[int, Source]
    ) -> tuple[Source, ...]:
        frame: Frame | None = cue.frame
        # An "according to" phrase or a trailing "..., the sources said" is the outer
        # attribution of everything before it in the sentence.
        outer = [
            f
            for f in self._frames
            if f.verb in sources
            and f.tail_start is not None
            and (
                cue.token < f.tail_start
                # "According to two diplomats, Japan will reject ...", unless a
                # speaker of its own reports the stance ("..., he told delegates")
                or (
                    (frame is None or frame.verb == f.verb)
                    and self._leading_according(f, cue.token)
                )
            )
        ]
        if outer:
            return (sources[outer[0].verb],)
        if frame is not None and frame.verb in sources:
            return (sources[frame.verb],)
        if cue.rule in {"verb", "noun"} and cue.holder is not None:
            # A speech verb reports its own subject: "Kyiv rejected ...", "Pakistani
            # officials pushed back" (unnamed), and a stance noun its owner: "Putin
            # renewed his denial"
            src = parse_source(
                self.pt,
                cue.holder,
                lexicon=self.lexicon,
                resolver=self.resolver,
                memory=self.state.memory,
            )
            if src.affiliation is not None:
                return (src,)
        st = self.state
        if (
            st.prev_claim_sentence == st.sentence - 1
            and st.prev_sources
            and st.prev_holder == holder.actor.id
            and st.prev_sources[0].anonymous
        ):
            return st.prev_sources
        return ()

    def _leading_according(self, frame: Frame, token: int) -> bool:
        """Whether an "according to" phrase opens the sentence before ``token``.

        "According to two Western diplomats, Japan will reject the plan": the
        phrase attributes the whole sentence after it.
        """
        pt = self.pt
        if pt.tokens[frame.verb].text.lower() != "according" or token < frame.verb:
            return False
        s_lo, _ = sent_range(pt, frame.verb)
        before = [t for t in pt.tokens[s_lo : frame.verb] if t.pos != "PUNCT"]
        # "But according to ...", "However, according to ..."
        return all(t.pos in {"CCONJ", "ADV"} for t in before)

    def _a_guess(self, i: int) -> bool:
        """Whether the stance verb ``i`` is someone's guess of what a party will do.

        "will probably demand to follow China", "Japan appears ready to compromise":
        an adverb of likelihood on the verb, or "appear"/"seem" over it.
        """
        pt = self.pt
        if any(
            k.dep == "advmod" and k.text.lower() in _GUESS_ADVERBS
            for k in children(pt, i)
        ):
            return True
        tok = pt.tokens[i]
        for _ in range(2):  # "appears (ready) to compromise"
            if tok.dep not in {"xcomp", "acomp"} or tok.head == tok.i:
                return False
            tok = pt.tokens[tok.head]
            if tok.lemma.lower() in {"appear", "seem"}:
                return True
        return False

    def _advises_another(self, cue: Cue) -> bool:
        """Whether a suggestion tells another party what to do.

        "Britain suggested that Japan open its markets", "I suggest the BBC
        concentrates on the issues": the clause's verb is a bare or present form with
        a subject of its own and no modal, and that subject is not the speaker ("we
        suggest we meet again" proposes). "suggested the cash could be shared out"
        (a modal) and "suggested that Japan had opened its markets" (a past act) ask
        nothing.
        """
        pt = self.pt
        tok = pt.tokens[cue.token]
        if cue.rule != "verb" or tok.lemma.lower() not in _ADVISING:
            return False
        for clause in dep_children(pt, cue.token, "ccomp"):
            auxes = dep_children(pt, clause.i, "aux", "auxpass")
            bare = (
                clause.tag in {"VB", "VBZ", "VBP"}
                # "recommended that Japan cut its tariffs": a past form the same as
                # the bare one
                or (clause.tag == "VBD" and clause.text.lower() == clause.lemma.lower())
                # "suggested that Japan be allowed to join"
                or (clause.tag == "VBN" and [a.text.lower() for a in auxes] == ["be"])
            )
            if not bare or (auxes and clause.tag != "VBN"):
                continue
            if clause.tag != "VB" and clause.lemma.lower() in _STATIVE:
                continue  # "suggests rogue states are less of a problem": a view
            subjects = dep_children(pt, clause.i, "nsubj", "nsubjpass")
            if subjects and subjects[0].text.lower() not in _FIRST_PERSON:
                return True
        return False

    def _own_conditional_penalty(
        self, cue: Cue, span: tuple[int, int] | None = None
    ) -> bool:
        """Whether a cue holds out a penalty of the holder's own on a condition.

        "Reagan warned Iran of stronger American countermeasures if the escalation
        continued" threatens; "the EC warned Japan of U.S. sanctions if ..." names
        another party's penalty, and stays a warning. ``span`` is where to look
        (the cue's content unless given).
        """
        penalty = conditional_penalty(self.pt, span or cue.content, self.lexicon)
        if penalty is None or cue.holder is None:
            return False
        if any(
            m.text.lower() in _FORESEEN for m in dep_children(self.pt, penalty, "amod")
        ):
            # "warned of possible protectionist retaliation if Seoul's efforts
            # falter": a reaction foreseen, not one held out
            return False
        holder = self.resolver.resolve_token(cue.holder)
        for owner in dep_children(self.pt, penalty, "amod", "compound", "poss"):
            found = self.resolver.resolve_token(owner.i)
            if found is not None and (
                holder is None or found.actor.id != holder.actor.id
            ):
                return False
        return True

    def _penalty_of_another(self, cue: Cue, holder: Actor) -> bool:
        """Whether a warned-of penalty is one another named party would impose.

        "Hain warned that the Tories would cut public services" foresees the
        Tories' act: a warning, not a threat of Hain's. The penalty must be the
        reported verb itself, its subject a name that resolves to someone else.
        """
        pt = self.pt
        tok = pt.tokens[cue.token]
        if (
            cue.rule != "threat"
            or cue.frame is None
            or tok.lemma.lower() not in self.lexicon.punitive
        ):
            return False
        subj = next((c for c in children(pt, tok.i) if c.dep == "nsubj"), None)
        if subj is None or subj.pos == "PRON":
            return False
        found = self.resolver.resolve_token(subj.i)
        if (
            found is not None
            and found.actor.kind is ActorKind.IGO
            and subj.pos == "NOUN"
            and holder.kind is ActorKind.STATE
        ):
            # "De Croo said the community would retaliate": the bloc's penalty held
            # out by a member state's minister stays his state's threat
            return False
        return found is not None and found.actor.id != holder.id

    def _passive_addressee(self, verb: int, holder_id: str) -> Actor | None:
        """The one a passive with a by-agent is done to: "Japan was urged by the US"."""
        kids = list(children(self.pt, verb))
        if not any(c.dep == "agent" for c in kids):
            return None
        subj = next((c for c in kids if c.dep == "nsubjpass"), None)
        if subj is None:
            return None
        return self._addressee(*subtree_range(self.pt, subj.i), holder_id)

    def _addressee(self, lo: int, hi: int, holder_id: str) -> Actor | None:
        found: list[tuple[int, Actor]] = [
            (m.start, m.resolved.actor)
            for m in self.resolver.mentions_in(lo, hi)
            if m.resolved is not None and m.resolved.actor.id != holder_id
        ]
        for tok in self.pt.tokens[lo:hi]:
            if tok.text[:1].isupper() and tok.pos in {"ADJ", "PROPN"}:
                actor = self.resolver.demonym_actor(tok.text)
                if actor is not None and actor.id != holder_id:
                    found.append((tok.i, actor))
        return min(found, key=lambda x: x[0])[1] if found else None

    def _issues(self, content: str) -> tuple[str, ...]:
        found = self._issue_memo.get(content)
        if found is None:
            rules = self.lexicon.issues
            found = tuple(rule.code for rule in rules if rule.pattern.search(content))
            self._issue_memo[content] = found
        return found

    def _issues_or_other(self, content: str, lo: int, hi: int) -> tuple[str, ...]:
        """Issues of the content, else of its sentence, else the story's topic.

        ``other`` when none of them names an issue.
        """
        sentence = self.pt.text[self.pt.tokens[lo].idx : self.pt.tokens[hi - 1].end]
        return (
            self._issues(content)
            or self._issues(sentence)
            or self._topic()
            or ("other",)
        )

    def _topic(self) -> tuple[str, ...]:
        """The issue the story is about, if one stands out.

        The issue named in the most sentences (the title counts as one), in at
        least ``_TOPIC_SENTENCES`` of them and in more than any other issue. In a
        story on the budget, "the Tories will hold ministers to account" is about the
        budget though its words name no issue.
        """
        if self._story_topic is None:
            pt = self.pt
            texts = [self.article.title or ""] + [
                pt.text[pt.tokens[lo].idx : pt.tokens[hi - 1].end]
                for lo, hi in pt.sents
                if hi > lo
            ]
            counts = Counter(code for text in texts for code in self._issues(text))
            ranked = counts.most_common(2)
            top = ranked[0] if ranked else ("", 0)
            runner_up = ranked[1][1] if len(ranked) > 1 else 0
            stands_out = top[1] >= _TOPIC_SENTENCES and top[1] > runner_up
            self._story_topic = (top[0],) if stands_out else ()
        return self._story_topic

    def _conditions(self, start: int, end: int) -> list[tuple[str, int, int]]:
        """Condition clauses after the cue: text and character span."""
        text = self.pt.text[start:end]
        out = []
        for m in self._cond_re.finditer(text):
            raw = m.group(0)
            if len(raw.split()) > 1:
                stripped = raw.rstrip()
                out.append(
                    (
                        stripped.strip(),
                        start + m.start(),
                        start + m.start() + len(stripped),
                    )
                )
        return out

    def _claim(
        self,
        *,
        action: str,
        holder: Actor,
        voice: object,
        addressee: Actor | None,
        content: str,
        issues: tuple[str, ...],
        conditions: tuple[str, ...],
        sources: tuple[Source, ...],
        span: tuple[int, int],
        when: DateRef | None,
        negated: bool,
        hypothetical: bool,
    ) -> Claim:
        from redline.model import Voice  # noqa: PLC0415 - local alias for typing clarity

        plover, cameo = self.lexicon.codes.get(action, (None, None))
        start, end = span
        return Claim(
            action=action,
            holder=holder,
            voiced_by=voice if isinstance(voice, Voice) else None,
            addressee=addressee,
            issues=issues,
            content=content,
            conditions=conditions,
            sources=sources,
            historical=when is not None
            and (
                when.past or is_historical(when.when, published=self.article.published)
            ),
            when=when.when if when is not None else None,
            negated=negated,
            hypothetical=hypothetical,
            plover=plover,
            cameo=cameo,
            evidence=Span(start=start, end=end, text=self.pt.text[start:end]),
            extractor=EXTRACTOR,
        )


def extract_claims(
    article: Article,
    parsed: ParsedText,
    *,
    registry: Registry,
    lexicon: Lexicon,
    undated_day: date | None = None,
) -> tuple[Claim, ...]:
    """All claims of one article, in text order.

    ``undated_day`` is the day people's roles are read on when the article has no
    date (else each person's latest role); dates in the text still need one.
    """
    claims = _Builder(
        article=article,
        parsed=parsed,
        registry=registry,
        lexicon=lexicon,
        undated_day=undated_day,
    ).run()
    unique: dict[tuple[str, str, int, int, str], Claim] = {}
    for c in claims:
        # "cannot accept and will oppose" reads as one rejection, not two
        key = (c.action, c.holder.id, c.evidence.start, c.evidence.end, c.content)
        unique.setdefault(key, c)
    return tuple(
        sorted(unique.values(), key=lambda c: (c.evidence.start, c.evidence.end))
    )
