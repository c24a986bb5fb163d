"""Generic nouns and bare titles back to the actors the article named before.

:class:`GenericsMixin` gives :class:`~redline.claims.mentions.ActorResolver` its
readings of phrases that name no actor themselves: "the union" or "consumers" (the
latest registry body they fit), "the caucus" (a body named before with that head),
"the prime minister" (the person named before with that title), "the statement"
(whoever issued the statement named before), a bare "the government" (the home
state's) and "a spokesperson for the alliance" (the body after "for").
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from redline.claims._mention import AMOUNT_NOUNS, PERSON_FORMS, Mention, Resolved
from redline.claims._tree import children, dep_children, prep_objects, subtree_range
from redline.claims.lexicon import Lexicon
from redline.claims.registry import Entry, Registry
from redline.model import Actor, ActorKind
from redline.nlp import ParsedText, Token

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["GenericsMixin"]

_DOCUMENT_REACH = 400  # tokens back to the statement a later "the statement" is
# whose ministers a bare "ministers" can be: not a party's ("Labour ministers")
_OWNING_KINDS = frozenset({ActorKind.STATE, ActorKind.IGO, ActorKind.BLOC})
_MINISTRY_NOUNS = frozenset({"ministry", "department"})


# Words that count members without naming them: "some senators", "other senators"
_QUANTIFIERS = frozenset(
    {"some", "many", "several", "most", "other", "few", "all", "both", "two", "three"}
)


class GenericsMixin:
    """Back-references for an :class:`ActorResolver`, which supplies the state below."""

    _pt: ParsedText
    _lexicon: Lexicon
    _registry: Registry
    _day: date | None
    _home: str | None
    mentions: list[Mention]
    quote_speakers: dict[int, int]

    if TYPE_CHECKING:

        def _entry_actor(self, actor_id: str) -> Actor | None: ...

        def _entry_resolved(self, entry: Entry) -> Resolved: ...

        def _home_state(self) -> Actor | None: ...

        def _numeric(self, i: int) -> bool: ...

        def _legislature(self, state: Resolved, head: int) -> Resolved | None: ...

        def _included_party(self, i: int) -> Resolved | None: ...

        def mention_at(self, i: int) -> Mention | None:
            """The mention that covers token ``i`` (the resolver's)."""

        def resolve_token(self, i: int) -> Resolved | None:
            """Resolve the phrase headed by token ``i`` (the resolver's)."""

        def state_of(self, actor_id: str) -> Actor | None:
            """The state an actor belongs to (the resolver's)."""

        def antecedent(self, i: int) -> Resolved | None:
            """The earlier mention a pronoun at ``i`` refers to (the resolver's)."""

    def home_government(self, i: int) -> Resolved | None:
        """A bare "the government" or "ministers" at ``i``: the home state's.

        Only a noun in ``[home_nouns]`` with no owner, modifier or "of" phrase of
        its own ("the Japanese government" and "the government of Brazil" name
        theirs), when the article has a home (a dateline's or an outlet's state);
        or a capitalised bare body noun ("the Senate") that names one body of the
        home state.
        """
        tok = self._pt.tokens[i]
        if self.mention_at(i):
            return None
        ministry = self._home_ministry(i)
        if ministry is not None:
            return ministry
        lemma = tok.lemma.lower()
        members = self._home_legislators(i)
        if members is not None:
            return members
        body = tok.text[:1].isupper() and lemma not in self._lexicon.home_nouns
        if not body and lemma not in self._lexicon.home_nouns:
            return None
        kids = list(children(self._pt, i))
        if any(
            k.dep in {"poss", "amod", "compound", "nmod", "prep", "relcl", "acl"}
            for k in kids
        ):
            return None
        dets = [k.text.lower() for k in kids if k.dep == "det"]
        # "Administration opposition to the deal": the word as a capitalised
        # modifier names the home government too
        modifier = (
            not dets
            and tok.dep == "compound"
            and tok.text[:1].isupper()
            and lemma in self._lexicon.home_nouns
        )
        if dets != ["the"] and not (not dets and tok.tag == "NNS") and not modifier:
            return None  # "a government", "this cabinet"
        if self._home and lemma == "minister":
            return None  # a dateline's "ministers" may be a bloc's (EC ministers)
        home = self._home_state()
        if home is None:
            return None
        if body:
            # "WASHINGTON - The Senate voted ...": the home state's one body of
            # that name ("senate", "congress", "parliament")
            found = self._registry.home_body(home.id, lemma)
            return Resolved(actor=found) if found is not None else None
        return Resolved(actor=home)

    def _home_legislators(self, i: int) -> Resolved | None:
        """Bare senators ("some senators", "several senators"): the home's Senate.

        A plural legislator title (``[titles] legislator_titles``) with no name,
        party or place of its own, in an article with a home state, stands for that
        state's chamber ("Some senators want legislation to ..." in a Washington
        story is the Senate).
        """
        tok = self._pt.tokens[i]
        # only senators: a bare "lawmakers" or "MPs" is as often any group of
        # members (with them the dev gold's held-out half read two more false
        # claims)
        titles = self._lexicon.legislator_titles & {"senator"}
        plural = tok.tag in {"NNS", "NNPS"} or (
            tok.tag == "NNP" and tok.text[-1:] == "s"
        )
        if not plural or (
            tok.lemma.lower() not in titles and tok.text.lower()[:-1] not in titles
        ):
            return None  # "MPs", which the tagger may take for a name
        for k in children(self._pt, i):
            if k.dep in {"poss", "compound", "nmod", "prep", "relcl", "acl", "appos"}:
                return None
            if k.dep == "amod" and k.lemma.lower() not in _QUANTIFIERS:
                return None
            if k.dep == "det" and k.text.lower() not in _QUANTIFIERS | {"the"}:
                return None
        home = self._home_state()
        if home is None:
            return None
        return self._legislature(Resolved(actor=home), i)

    def _home_ministry(self, i: int) -> Resolved | None:
        """A home state's ministry: "the Foreign Ministry", "a Foreign Ministry aide".

        A capitalised "<Name> Ministry" (or "Department") with no place of its own
        is a ministry of the state the text is about (a state "it" would refer to),
        else of the home state; a ministry acts for its state: "PEKING - A Foreign
        Ministry statement said ..." is China's.
        """
        pt = self._pt
        lo, _ = subtree_range(pt, i)
        words = pt.tokens[lo : i + 1]
        if any(t.ent_type in {"GPE", "NORP"} or self.mention_at(t.i) for t in words):
            return None
        named = any(
            t.lemma.lower() in _MINISTRY_NOUNS
            and t.text[:1].isupper()
            and (t.i == i or t.dep == "compound")
            and any(
                k.dep == "compound" and k.text[:1].isupper() for k in children(pt, t.i)
            )
            for t in words
        ) or self._ministry_of(i)
        if not named:
            return None
        # "In Taipei, Taiwan said ... . A Foreign Ministry statement said" in a
        # PEKING story is Taiwan's: the state the text is about, as "it" would be
        about = self.antecedent(i)
        if about is not None and about.actor.kind is ActorKind.STATE:
            return Resolved(actor=about.actor)
        home = self._home_state()
        return Resolved(actor=home) if home is not None else None

    def _ministry_of(self, i: int) -> bool:
        """Whether ``i`` is "the Ministry of <Name>" with no place in the name.

        "The Ministry of Posts and Telecommunications has urged ...", "the Department
        of Trade": a ministry named for its field, as "the Trade Ministry" is.
        """
        pt = self._pt
        tok = pt.tokens[i]
        if tok.lemma.lower() not in _MINISTRY_NOUNS or not tok.text[:1].isupper():
            return False
        fields = prep_objects(pt, i, "of")
        if not fields:
            return False
        f_lo, f_hi = subtree_range(pt, fields[0].i)
        return all(
            t.ent_type not in {"GPE", "NORP"} and not self.mention_at(t.i)
            for t in pt.tokens[f_lo:f_hi]
        ) and any(t.text[:1].isupper() for t in pt.tokens[f_lo:f_hi])

    def _office_back(self, lo: int, head: int) -> Resolved | None:
        """A bare title ("the prime minister") for the person named before with it.

        "Tony Blair said ... The prime minister also urged ...": the latest earlier
        person whose roles in the registry, or whose title in the text, include the
        title's words.
        """
        toks = self._pt.tokens
        if toks[lo].text.lower() != "the" or head <= lo:
            return None
        title = " ".join(t.text.lower() for t in toks[lo + 1 : head + 1])
        shadow = title.startswith("shadow ")
        if title.removeprefix("shadow ") not in self._lexicon.titles:
            return None
        for m in reversed(self.mentions):
            if m.end > lo or m.form not in PERSON_FORMS or m.resolved is None:
                continue
            voice = m.resolved.voice
            if voice is None:
                continue
            roles = [voice.role or ""]
            person = self._registry.lookup_person(voice.name)
            if person is not None:
                roles += [r.title for r in person.roles]
            office = self._lexicon.same_office.get(title.removeprefix("shadow "))
            if any(
                (title in role.lower() or (office and office in role.lower()))
                and (shadow or "shadow" not in role.lower().split())
                for role in roles
            ):  # "the chancellor" is not the shadow chancellor
                return m.resolved
        return None

    def _own_body(self, head: int) -> bool:
        """A body noun the registry did not name ("court", "association").

        A name inside its phrase says where the body is, not who it is
        (``[titles] own_bodies``). Nouns for a government ("U.S. officials"), for
        people ("Japanese negotiators") or for a bloc ("the consumer group") do act
        for the name in their phrase.
        """
        tok = self._pt.tokens[head]
        return tok.pos in {"NOUN", "PROPN"} and (
            tok.lemma.lower() in self._lexicon.own_bodies
        )

    def a_thing(self, head: int) -> bool:
        """A common noun that names no one who can act ("reserves", "economy").

        Only nouns for bodies, offices and people (``[titles] actor_nouns``, the
        government, source and title words) stand for the actor that owns them.
        """
        tok = self._pt.tokens[head]
        opens = all(  # "Failure of talks may put pressure on ...": capitalised first
            t.pos in {"PUNCT", "SPACE"}
            for t in self._pt.tokens[self._pt.sents[tok.sent][0] : head]
        )
        if (
            tok.pos != "NOUN"
            or (tok.text[:1].isupper() and not opens)
            or self.mention_at(head)
            # "Trump's critics, including Democratic lawmakers": people named
            or self._included_party(head) is not None
            # "His predecessor, Barack Obama, proposed ...": named beside it
            or any(
                c.dep == "appos" and c.pos == "PROPN" for c in children(self._pt, head)
            )
        ):
            return False
        lemma = tok.lemma.lower()
        lex = self._lexicon
        if lemma in AMOUNT_NOUNS and any(
            p.dep == "prep" and p.text.lower() == "of" for p in children(self._pt, head)
        ):
            # "a handful of Republican senators": what the "of" phrase counts
            return not any(
                not self.a_thing(o.i)
                for p in children(self._pt, head)
                if p.dep == "prep" and p.text.lower() == "of"
                for o in children(self._pt, p.i)
                if o.dep == "pobj"
            )
        return not (
            lemma in lex.actor_nouns
            or lemma in lex.proposal_subjects
            or lemma in lex.government_nouns
            or lemma in lex.anonymous_nouns
            or lemma in lex.titles
            or tok.text.lower() in lex.government_nouns
            or bool(self._registry.lookup_generic(lemma))
        )

    def _generic(self, i: int) -> Resolved | None:
        """Resolve "the alliance", "the union" or "consumers" to an actor named earlier.

        A generic noun refers back to the latest mentioned entry it fits; a bloc
        inside a body ("consumers" in a coffee council) needs that body named before.
        "modifier head" generics ("consuming countries", "producer group") are tried
        before the bare head.
        """
        pt = self._pt
        kids = list(children(pt, i))
        head = pt.tokens[i].lemma.lower()
        mods = [k for k in kids if k.dep in {"amod", "compound"}]
        p_lo, _ = subtree_range(pt, i)
        words = [
            t.lemma.lower()
            for t in pt.tokens[p_lo:i]
            if t.dep in {"amod", "compound"} and t.pos in {"ADJ", "NOUN", "PROPN"}
        ]
        if len(words) > 1:
            # "the majority producer group": the whole phrase before its parts
            whole = " ".join([*words, head])
            found = self._refer_back(
                i, self._registry.lookup_generic(whole), blocs_only=False
            )
            if found is not None:
                return found
        for mod in mods:
            candidates = self._registry.lookup_generic(f"{mod.lemma.lower()} {head}")
            found = self._refer_back(i, candidates, blocs_only=False)
            if found is not None:
                return found
        if head in self._lexicon.anonymous_nouns:
            # "union bargainers", "company officials": people of the body named before
            for mod in mods:
                if any(
                    k.dep in {"compound", "amod"} and k.text[:1].isupper()
                    for k in children(pt, mod.i)
                ):
                    continue  # "a Foreign Ministry official" is not MITI's
                candidates = self._registry.lookup_generic(mod.lemma.lower())
                found = self._refer_back(i, candidates, blocs_only=False)
                if found is not None:
                    return Resolved(actor=found.actor)
        proper = self._lexicon.proper_generics.get(pt.tokens[i].text)
        if (
            proper is not None
            and not mods
            and any(k.dep == "det" and k.text.lower() == "the" for k in kids)
        ):
            # "the Community would retaliate": the European Community named before
            return self._refer_back(
                i, self._registry.lookup_generic(proper), blocs_only=False
            )
        candidates = self._registry.lookup_generic(head)
        if not candidates:
            return self._named_by_head(i)
        if pt.tokens[i].tag in {"NNS", "NNPS"} and any(
            k.dep == "nummod" and k.lemma.lower() not in {"one", "1"} for k in kids
        ):
            return None  # "the five unions" are not the one union named before
        has_the = any(k.dep == "det" and k.text.lower() == "the" for k in kids)
        modified = any(
            k.dep in {"amod", "compound"}
            and not self._numeric(k.i)
            and k.lemma.lower() not in self._lexicon.rank_adjectives
            for k in kids
        )  # "the senior banker" is still the banker named before
        if modified:
            return None  # "the joint fisheries commission" is some other commission
        # "the alliance"; a bloc may also go bare ("Consumers are asking ...").
        return self._refer_back(i, candidates, blocs_only=not has_the)

    def _document_back(self, i: int) -> Resolved | None:
        """Whose "the statement" is: the author of the statement named before.

        "EC ministers issued a statement ... . The statement said ...": a bare "the"
        document noun (``[titles] documents``) speaks for whoever issued, wrote or
        owned the latest earlier one of the same noun, within ``_DOCUMENT_REACH``
        tokens.
        """
        pt = self._pt
        tok = pt.tokens[i]
        lemma = tok.lemma.lower()
        if lemma not in self._lexicon.document_nouns or not any(
            k.dep == "det" and k.text.lower() in {"the", "this", "that"}
            for k in children(pt, i)
        ):
            return None
        for j in self._earlier_same_nouns(i):
            earlier = pt.tokens[j]
            owners = self._owners(j, {"poss", "compound", "amod"}, {"by", "from"})
            if not owners and earlier.dep in {"dobj", "attr"}:
                owners = dep_children(pt, earlier.head, "nsubj")  # "X issued a ..."
            for owner in owners:
                found = self.resolve_token(owner.i)
                if found is not None:
                    return Resolved(actor=found.actor)
            return None
        return None

    def _earlier_same_nouns(self, i: int) -> list[int]:
        """Nouns with the lemma of ``i`` before it, nearest first, in reach."""
        pt = self._pt
        lemma = pt.tokens[i].lemma.lower()
        return [
            j
            for j in range(i - 1, max(-1, i - _DOCUMENT_REACH), -1)
            if pt.tokens[j].lemma.lower() == lemma and pt.tokens[j].pos == "NOUN"
        ]

    def _owners(self, j: int, deps: set[str], preps: set[str]) -> list[Token]:
        """Modifiers of noun ``j`` before it, and objects of its ``preps`` phrases."""
        pt = self._pt
        return [
            *(k for k in children(pt, j) if k.dep in deps and k.i < j),
            *(
                o
                for p in dep_children(pt, j, "prep")
                if p.text.lower() in preps
                for o in dep_children(pt, p.i, "pobj")
            ),
        ]

    def _country_back(self, i: int) -> Resolved | None:
        """A bare "the country" for the state named before it.

        "Japan has rejected the demand. The country said it would not cut tariffs":
        a bare "the country" or "the nation" (no modifier of its own) refers back as
        "it" would, to a state.
        """
        pt = self._pt
        tok = pt.tokens[i]
        if tok.lemma.lower() not in {"country", "nation"} or tok.tag != "NN":
            return None
        kids = list(children(pt, i))
        if [k.text.lower() for k in kids if k.dep == "det"] != ["the"] or any(
            k.dep in {"amod", "compound", "nmod", "prep", "relcl", "acl"} for k in kids
        ):
            return None
        # as "it" would: the subject of the sentence before wins over a modifier
        found = self.antecedent(i)
        if found is not None and found.actor.kind is ActorKind.STATE:
            return Resolved(actor=found.actor)
        return None

    def _same_head_back(self, i: int) -> Resolved | None:
        """Bare "ministers" for the ministers named before with an owner.

        "EC farm ministers met in Brussels ... . Ministers also agreed a scheme":
        a bare plural of ``[same_head] nouns`` (no owner or modifier of its own)
        speaks for the state, IGO or bloc that owned the latest earlier phrase with
        the same noun, within ``_DOCUMENT_REACH`` tokens.
        """
        pt = self._pt
        tok = pt.tokens[i]
        lemma = tok.lemma.lower()
        if lemma not in self._lexicon.same_head_nouns or tok.tag != "NNS":
            return None
        kids = list(children(pt, i))
        if any(k.dep in {"poss", "amod", "compound", "nmod", "prep"} for k in kids):
            return None
        if [k.text.lower() for k in kids if k.dep == "det"] not in ([], ["the"]):
            return None
        for j in self._earlier_same_nouns(i):
            for owner in self._owners(j, {"poss", "compound", "amod", "nmod"}, {"of"}):
                found = self.resolve_token(owner.i)
                if found is not None and found.actor.kind in _OWNING_KINDS:
                    return Resolved(actor=found.actor)
        return None

    def _named_by_head(self, i: int) -> Resolved | None:
        """A body named before by a name whose head is this noun ("the caucus").

        "The caucus" after "the House Freedom Caucus", when no registry entry lists
        the noun as a generic. Only a singular "the <noun>" with no modifier of its
        own refers back this way ("the budget committee" may be another committee).
        """
        pt = self._pt
        tok = pt.tokens[i]
        kids = list(children(pt, i))
        if tok.tag != "NN" or tok.pos != "NOUN":
            return None
        if [k.text.lower() for k in kids if k.dep != "punct"] != ["the"]:
            return None
        head = tok.lemma.lower()
        for m in reversed(self.mentions):
            if (
                m.end > i
                or m.resolved is None
                or m.form != "name"
                or m.end - m.start == 1
            ):
                continue
            if m.resolved.actor.kind is ActorKind.STATE and m.resolved.voice is None:
                continue  # a state is not "the committee"; its ministry may be
            heads = [
                t for t in pt.tokens[m.start : m.end] if not m.start <= t.head < m.end
            ]  # "the Ministry of Trade and Industry": "ministry"
            if any(t.lemma.lower() == head for t in (*heads, pt.tokens[m.end - 1])):
                return m.resolved
        return None

    def _refer_back(
        self,
        i: int,
        candidates: tuple[Entry, ...],
        *,
        blocs_only: bool,
        mentions: list[Mention] | None = None,
    ) -> Resolved | None:
        """The candidate whose own (or parent body's) mention is latest before ``i``.

        ``mentions`` are the article's mentions, or those found so far while the
        names are still being scanned.
        """
        if not candidates:
            return None
        by_id = {c.id: c for c in candidates if not blocs_only or c.within}
        by_parent = {c.within: c for c in candidates if c.within}
        # "the Commission" after "the EC Commission", which speaks as the EU
        voices = {c.name for c in by_id.values() if c.id in self._lexicon.parents}
        # "the Commission" in a story that named only the EC: the EC's own commission
        in_parent = {
            self._lexicon.parents[c.id]: c
            for c in by_id.values()
            if c.id in self._lexicon.parents
        }
        sourced = self._sources_party(i, by_id)
        if sourced is not None:
            return sourced
        for m in reversed(self.mentions if mentions is None else mentions):
            if m.end > i or m.resolved is None:
                continue
            actor_id = m.resolved.actor.id
            voice = m.resolved.voice
            if actor_id in by_id or (voice is not None and voice.name in voices):
                return m.resolved
            if voice is None and actor_id in in_parent:
                return self._entry_resolved(in_parent[actor_id])
            bloc = by_parent.get(actor_id)
            if bloc is not None:
                return Resolved(actor=bloc.as_actor())
        return None  # only back to an actor the article has named

    def _sources_party(self, i: int, by_id: Mapping[str, Entry]) -> Resolved | None:
        """The party of anonymous sources earlier in ``i``'s sentence, if a candidate.

        "Tory sources say senior party figures argued against it": the sources'
        own party, which no mention carries (sources are no spokesmen).
        """
        pt = self._pt
        if i >= len(pt.tokens):
            return None  # the end of the text: no sentence of its own
        lo = pt.sents[pt.tokens[i].sent][0]
        for tok in reversed(pt.tokens[lo:i]):
            head = pt.tokens[tok.head]
            if (
                tok.dep not in {"amod", "compound"}
                or head.lemma.lower() not in self._lexicon.anonymous_nouns
            ):
                continue
            entry = self._registry.lookup_demonym(tok.text)
            if entry is not None and entry.id in by_id:
                return self._entry_resolved(entry)
        return None

    def _quoted_government(self, head: int) -> Resolved | None:
        """The quoted speaker's state for "the government" inside a quotation."""
        tok = self._pt.tokens[head]
        speaker = self.quote_speakers.get(tok.sent)
        if (
            speaker is None
            or speaker == head  # the quote's own speaker: "the embassy said"
            or tok.lemma.lower() not in self._lexicon.government_nouns
            or not any(
                k.dep == "det" and k.text.lower() == "the"
                for k in children(self._pt, head)
            )
        ):
            return None
        said = self.resolve_token(speaker)
        if said is None:
            return None
        state = self.state_of(said.actor.id)
        return Resolved(actor=state) if state is not None else said

    def _phrase_affiliation(self, head: int) -> Resolved | None:
        """The actor a demonym or name in the phrase of ``head`` points to."""
        lo, hi = subtree_range(self._pt, head)
        for tok in self._pt.tokens[lo:hi]:
            entry = self._registry.lookup_demonym(tok.text) or (
                self._registry.lookup_name(tok.text, on=self._day)
                if tok.pos == "PROPN"
                else None
            )
            actor = self._entry_actor(entry.id) if entry is not None else None
            if actor is not None:
                return Resolved(actor=actor)
        return None
