"""Who holds a cue's stance: the subject, the speaker, or the speaker's side.

:class:`HolderMixin` gives the claim builder (:mod:`redline.claims.extract`) its
holder rules: a speaker's "the government" or bare "ministers" is the speaker's
government, a modal cue's holder is whoever said it, an official's "the
administration would ..." pledges for the state, and what a person says he will do
of himself pledges for his side.
"""

from __future__ import annotations

from redline.claims._tree import children, dep_children, subtree_range
from redline.claims.cues import Cue, names_what_it_refuses
from redline.claims.frames import Frame
from redline.claims.lexicon import Lexicon
from redline.claims.mentions import ActorResolver, Resolved
from redline.claims.phrases import plan_would_do
from redline.model import ActorKind, Source
from redline.nlp import ParsedText

__all__ = ["HolderMixin"]


class HolderMixin:
    """Holder rules for the claim builder, which supplies the state below."""

    pt: ParsedText
    lexicon: Lexicon
    resolver: ActorResolver
    _held: dict[int, Resolved | None]

    def _holder(self, cue: Cue, sources: dict[int, Source]) -> Resolved | None:
        """Who holds the cue's stance, worked out once per cue and sentence."""
        if id(cue) not in self._held:
            self._held[id(cue)] = self._find_holder(cue, sources)
        return self._held[id(cue)]

    def _relative_owner(self, frame: Frame) -> int:
        """The frame's speaker, or the name a "which"/"who" speaker stands for.

        "Labour, which said it would block the tax": Labour speaks.
        """
        speaker = frame.speaker if frame.speaker is not None else frame.verb
        verb = self.pt.tokens[frame.verb]
        if self.pt.tokens[speaker].tag in {"WDT", "WP"} and verb.dep == "relcl":
            return verb.head
        return speaker

    def _find_holder(self, cue: Cue, sources: dict[int, Source]) -> Resolved | None:
        if cue.holder is None:
            return None
        if cue.rule == "verb" and self.resolver.a_thing(cue.holder):
            # "Insurers and the U.S. Chamber of Commerce urged Congress ...": a
            # first conjunct no one can place leaves the named one
            for conj in self.resolver.conjuncts(cue.holder):
                found = self.resolver.resolve_token(conj)
                if (
                    found is not None
                    and not self.resolver.a_thing(conj)
                    and self.resolver.mentions_in(*subtree_range(self.pt, conj))
                ):
                    return found
        if cue.rule in {"verb", "commitment", "refusal"} and self.resolver.a_thing(
            cue.holder
        ):
            # "the Soviet Union's reserves had softened the impact", "Thailand's
            # output will expand": things take no stance
            return None
        holder = self.resolver.resolve_token(cue.holder)
        if (
            holder is None
            and cue.rule == "noun"
            and (
                self.pt.tokens[cue.token].dep not in {"nsubj", "nsubjpass"}
                or (
                    cue.action == "reject" and names_what_it_refuses(self.pt, cue.token)
                )
                # "the Tory plans would abolish regional assemblies": their terms
                or (
                    cue.action == "propose"
                    and plan_would_do(self.pt, cue.token, self.lexicon)
                )
            )
        ):
            # "talks stalled over Republican demands that ...": a demonym on the
            # stance noun is its owner (not on a subject: "the Republican plan was
            # a scam" is what the speaker says of it; but "Saudi displeasure with
            # the agreement has been noted" is Saudi Arabia's)
            owner = self.pt.tokens[cue.holder]
            # "Tory plans", parsed with the demonym as a compound
            actor = (
                self.resolver.demonym_actor(owner.text)
                if owner.dep in {"amod", "compound"}
                else None
            )
            holder = Resolved(actor=actor) if actor is not None else None
        frame = cue.frame
        speaker: Resolved | None = None
        home = None
        if (
            frame is not None
            and frame.speaker is not None
            and (self.resolver.home_government(cue.holder) is not None)
        ):
            home, holder = holder, None  # a speaker's "the government": below
        if frame is not None and frame.speaker is not None:
            src = sources.get(frame.verb)
            if src is not None and not src.anonymous:
                speaker = self.resolver.resolve_token(frame.speaker)
            elif cue.rule == "modal" and not self._bystanders_speak(frame.speaker):
                # "U.S. diplomats said Russia could not ..." speaks for the state (not
                # "Japanese analysts said Tokyo must cut rates").
                speaker = self._affiliated(src)
        if cue.rule == "modal":
            return speaker
        if (
            cue.rule == "verb"
            and holder is None
            and frame is not None
            and frame.speaker is not None
            and self._unowned_paper(cue.holder)
        ):
            # "The plan will also urge the government to double aid, LDP officials
            # said": a paper no one is named as owning is the speakers' own
            teller = speaker or self._affiliated(sources.get(frame.verb))
            if teller is not None:
                return teller
        if speaker is None and home is not None and home.actor.kind is ActorKind.STATE:
            # "The administration will reject the tax, officials said": with no
            # named speaker to speak for, the home state's government is its own
            # (not a ministry's part in its inner debates: "officials said the
            # Treasury had pressed for a lower rate")
            holder = home
        if cue.intention and frame is not None and frame.speaker is not None:
            teller = speaker or self.resolver.resolve_token(frame.speaker)
            if holder is None or (
                teller is not None and teller.actor.id != holder.actor.id
            ):
                # "the union said the government was planning to cut benefits":
                # one party's account of another's plans is no proposal (told by
                # no one the registry knows, "bankers said Manila was willing to
                # pay", the plan stays its subject's)
                return None
        if (
            cue.rule in {"verb", "noun"}
            and holder is None
            and speaker is not None
            and (
                (
                    self._speakers_own(cue.holder)
                    and any(
                        (k.dep == "det" and k.text.lower() == "the")
                        # "the minister said his government would not accept"
                        or (k.dep == "poss" and k.pos == "PRON")
                        for k in dep_children(self.pt, cue.holder, "det", "poss")
                    )
                )
                # "Alan Johnson said ministers would reject the plan"
                or self._bare_home_plural(cue.holder)
            )
        ):
            # "King Fahd said the kingdom wanted stability": the speaker's state
            return self._speakers_side(speaker)
        if cue.rule in {"threat", "refusal", "commitment"}:
            subject = self.pt.tokens[cue.holder]
            governing = self._speakers_own(cue.holder)
            if (
                speaker is not None
                and holder is None
                and governing
                # "Mr Howard said the government will raise taxes": an opposition
                # party's account of what the government will do is no undertaking
                # of it (a governing party's spokesman speaks for it)
                and not self._opposition_speaks(speaker)
            ):
                # "the administration would ..." said by one of its officials
                return self._speakers_side(speaker)
            if (
                cue.rule == "threat"
                and speaker is not None
                and subject.pos == "NOUN"
                and (
                    holder is None
                    # "De Croo said the community would retaliate": a member
                    # state's minister holds out the bloc's penalty as his state's
                    or (
                        holder.actor.kind is ActorKind.IGO
                        and self._speakers_side(speaker).actor.kind is ActorKind.STATE
                    )
                )
            ):
                # "the FBU said firefighters could strike if ...", "Channon warned
                # that the community would have to retaliate": the penalty the
                # speaker holds out for those he stands with
                return speaker
            own_state = (
                speaker is not None
                and holder is not None
                and holder.actor.kind is ActorKind.STATE
                and self._speakers_side(speaker).actor.id == holder.actor.id
                and self.resolver.mention_at(cue.holder) is not None
            )  # "MITI's Yamamoto said Japan will slash output": his state's pledge
            if own_state and speaker is not None:
                # said by one of its ministries: the ministry's ("MITI will ...")
                return speaker if speaker.actor.kind is ActorKind.DOMESTIC else holder
            if (
                cue.rule in {"commitment", "refusal"}
                and self._members_party(speaker, holder)
                and (named := self.resolver.mention_at(cue.holder)) is not None
                and named.form == "name"  # the party's name, not a person's
            ):
                # "Mr Blair said Labour would publish a rich agenda": a leader
                # undertakes for the party he belongs to, named as such
                return holder
            if speaker is not None and (
                holder is None or holder.actor.id != speaker.actor.id
            ):
                return None
            same_pronoun = (
                frame is not None
                and frame.speaker is not None
                and subject.text.lower() in {"it", "they"}
                and self.pt.tokens[frame.speaker].text.lower() == subject.text.lower()
            )  # "it has said it will stick to the accord"; "he said he would" is a plan
            speaker_named = frame is not None and frame.speaker is not None
            if speaker_named and frame is not None and frame.speaker is not None:
                said_by = self.resolver.mention_at(self._relative_owner(frame))
                speaker_named = (
                    said_by is not None and said_by.form in {"name", "metonym"}
                ) or (
                    # "the Japanese government said it would ...": the state's
                    # government by a noun that needs no name
                    speaker is not None
                    and self.pt.tokens[frame.speaker].lemma.lower()
                    in self.lexicon.institutions
                    and self.pt.tokens[cue.token].lemma.lower()
                    not in self.lexicon.nonvolitional
                )
            # "China said it would drop ...": "it" is the state that spoke; not in
            # "Britain rejected the plan, saying it would hurt farmers" (the plan)
            speaker_itself = (
                speaker_named
                and holder is not None
                and speaker is not None
                and holder.actor.id == speaker.actor.id
                and subject.text.lower() in {"it", "they"}
                and self.pt.tokens[cue.token].lemma.lower()
                not in self.lexicon.nonvolitional
            )
            # "McConnell said he would bring the bill to the floor", "Clarke said he
            # would consider the ruling": what a person says he will do, of himself,
            # pledges for the side he speaks for ("he would like ..." does nothing)
            own_act = (
                speaker is not None
                and holder is not None
                and holder.actor.id == speaker.actor.id
                and subject.text.lower() in {"he", "she", "i"}
                and self.pt.tokens[cue.token].lemma.lower()
                not in self.lexicon.nonvolitional | self.lexicon.no_undertaking
            )
            if (
                cue.rule == "commitment"
                and not own_act
                and (
                    speaker is None
                    or subject.ent_type == "PERSON"
                    or (
                        subject.pos == "PRON"
                        and subject.text.lower() != "we"
                        and not same_pronoun
                        and not speaker_itself
                    )
                )
            ):
                return None  # plans of a person, or "it would hurt", are not pledges
        if (
            cue.action in {"pledge", "propose"}
            and cue.rule in {"verb", "noun"}
            and holder is not None
            and frame is not None
            and frame.speaker is not None
            and self._derided(cue)
        ):
            teller = (
                speaker
                or self.resolver.resolve_token(frame.speaker)
                or self._affiliated(sources.get(frame.verb))
            )
            if teller is not None and teller.actor.id != holder.actor.id:
                # "a Labour spokesman said the Tories are making more extravagant
                # promises": a rival's scorn for another's offer is no offer of theirs
                return None
        if (
            holder is not None
            and speaker is not None
            and speaker.actor.id == holder.actor.id
            and holder.voice is None
            and speaker.voice is not None
        ):
            holder = Resolved(actor=holder.actor, voice=speaker.voice)
        return holder

    def _members_party(self, speaker: Resolved | None, holder: Resolved | None) -> bool:
        """Whether ``holder`` is the party the registry person ``speaker`` is in."""
        if speaker is None or holder is None or speaker.voice is None:
            return False
        if not self.resolver.is_party(holder.actor.id):
            return False
        party = self.resolver.party_of(speaker.voice.name)
        return party is not None and party.id == holder.actor.id

    def _derided(self, cue: Cue) -> bool:
        """Whether the cue's own phrase holds a word of scorn (``[disparaging]``).

        Only a describing word or a verb counts ("more extravagant promises", "a
        half-baked bill", "an agenda that would take Britain backwards", "plans
        attacking ..."), not a noun the act deals in ("agreed to drop barriers").
        """
        scorn = self.lexicon.disparaging_words | self.lexicon.unsound_words
        lo, hi = subtree_range(self.pt, cue.token)
        toks = self.pt.tokens
        words = {
            t.lemma.lower() for t in toks[lo:hi] if t.pos in {"ADJ", "ADV", "VERB"}
        } | {
            # "half-baked", which the tokenizer splits at the hyphen
            f"{toks[k - 1].text.lower()}-{toks[k + 1].text.lower()}"
            for k in range(lo + 1, hi - 1)
            if toks[k].text == "-"
        }
        return bool(words & scorn)

    def _unowned_paper(self, i: int) -> bool:
        """Whether token ``i`` is a plan or a paper with no owner named on it."""
        tok = self.pt.tokens[i]
        if tok.lemma.lower() not in (
            self.lexicon.proposal_subjects | self.lexicon.document_nouns
        ):
            return False
        return not any(
            k.dep in {"poss", "compound", "amod", "nmod"} or k.pos == "PROPN"
            for k in children(self.pt, i)
        )

    def _affiliated(self, src: Source | None) -> Resolved | None:
        """The actor an unnamed source is said to be of ("LDP officials")."""
        if src is None or not src.affiliation:
            return None
        actor = self.resolver.actor(src.affiliation)
        return Resolved(actor=actor) if actor is not None else None

    def _bystanders_speak(self, i: int) -> bool:
        """Whether the speaker ``i`` is market people or the like (``bystanders``)."""
        tok = self.pt.tokens[i]
        return (
            tok.lemma.lower() in self.lexicon.bystanders
            or tok.text.lower() in self.lexicon.bystanders
        )

    def _speakers_side(self, speaker: Resolved) -> Resolved:
        """The government a speaker stands for.

        A party spokesman's "the government" is the state's, not the party's.
        """
        state = self.resolver.state_of(speaker.actor.id)
        if state is not None and state.id != speaker.actor.id:
            return Resolved(actor=state)
        return Resolved(actor=speaker.actor, voice=speaker.voice)

    def _opposition_speaks(self, speaker: Resolved) -> bool:
        """Whether ``speaker`` is a party other than its state's governing one."""
        if not self.resolver.is_party(speaker.actor.id):
            return False
        state = self.resolver.state_of(speaker.actor.id)
        governing = (
            self.resolver.governing_party(state.id) if state is not None else None
        )
        return governing is not None and governing.id != speaker.actor.id

    def _speakers_own(self, i: int) -> bool:
        """A group noun that stands for the speaker's own side ("the government").

        Not "the other pact countries": a noun for states must be singular and not
        "other".
        """
        tok = self.pt.tokens[i]
        lemma = tok.lemma.lower()
        if lemma not in self.lexicon.government_nouns:
            return False
        if any(k.text.lower() in {"other", "another"} for k in children(self.pt, i)):
            return False
        return not (lemma in self.lexicon.state_nouns and tok.tag in {"NNS", "NNPS"})

    def _bare_home_plural(self, i: int) -> bool:
        """A bare plural home noun ("ministers", with no owner or modifier)."""
        tok = self.pt.tokens[i]
        return (
            tok.tag == "NNS"
            and tok.lemma.lower() in self.lexicon.home_nouns
            and not self.pt.children[i]
        )
