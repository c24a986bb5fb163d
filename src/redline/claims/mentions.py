"""Actors in text: registry names, metonyms, demonyms, people and pronouns.

:class:`ActorResolver` scans a parsed article once for mentions, then resolves noun
phrases (by token range) to an :class:`~redline.model.Actor` and, for people and bodies,
the :class:`~redline.model.Voice` that spoke for it. People in no registry resolve
through what the text says of them ("Brazilian Finance Minister Dilson Funaro").
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from redline.claims._cue import root_participle
from redline.claims._mention import (
    AMOUNT_NOUNS,
    FORMER_WORDS,
    INSTITUTION_WORDS,
    PERSON_FORMS,
    PERSON_PRONOUNS,
    Forms,
    Mention,
    Resolved,
    norm,
)
from redline.claims._tree import (
    children,
    dep_children,
    participle_of_document,
    prep_objects,
    sent_range,
    subtree_range,
)
from redline.claims.antecedents import AntecedentMixin
from redline.claims.clauses import predicated_who_did
from redline.claims.generics import GenericsMixin
from redline.claims.lexicon import Lexicon
from redline.claims.people import PeopleMixin
from redline.claims.registry import Entry, Registry, titled_name
from redline.model import Actor, ActorKind, Voice
from redline.nlp import ParsedText, Token

__all__ = ["ActorResolver", "Mention", "Resolved"]

_MAX_FORM_TOKENS = 6
_COMPASS = frozenset({"west", "east", "north", "south"})
_PUBLIC_NOUNS = frozenset(
    {"people", "person", "voter", "resident", "citizen", "public"}
)
_MINISTRY_NOUNS = frozenset({"ministry", "ministries", "department"})
_COMMITTEE_REACH = 8  # tokens from a chamber word to its committee noun
_THING_PRONOUNS = frozenset({"it", "its"})
# words that end a company's name: "Congress Video Group Inc", "Bank of America NT
# and SA"
_COMPANY_WORDS = frozenset(
    {"Inc", "Corp", "Co", "Ltd", "Plc", "PLC", "plc", "AG", "SA", "NV", "GmbH",
     "Holdings", "Bancorp", "Corporation", "Limited", "Incorporated", "NT", "Bhd"}
)  # fmt: skip

_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "to", "from", "near", "into", "outside", "inside", "around", "across"}
)
# how the first word of a list of states hangs on the noun they modify
_STATE_LIST_DEPS = frozenset({"amod", "nmod", "compound"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_SPEAKER_PRONOUNS = frozenset({"we", "us", "our", "i", "me", "my"})


# Nouns a place name can name without standing for its state ("the Uruguay Round").
_PACT_WORDS = frozenset(
    {"round", "accord", "accords", "agreement", "convention", "protocol", "treaty"}
)


# Heads of the names of associations: "the Muslim Council of Britain"
_BODY_HEADS = frozenset(
    {
        "council", "association", "federation", "society", "institute",
        "confederation", "league", "foundation", "alliance", "movement", "forum",
        "coalition", "network", "campaign", "trust", "club", "academy", "college",
    }
)  # fmt: skip

# Whom an association gathers, named after "of": "Congress of Trade Unions"
_MEMBERS = frozenset(
    {
        "union", "unions", "worker", "workers", "employer", "employers", "industry",
        "industries", "manufacturer", "manufacturers", "commerce", "farmer",
        "farmers", "producer", "producers", "exporter", "exporters", "builder",
        "builders", "banker", "bankers",
    }
)  # fmt: skip

# "the unions meeting Mr Prescott", "bankers leaving the meeting with Gros": a
# group's meeting with someone names whom it deals with, not whom it speaks for
_MEETING = frozenset({"meet", "leave", "attend", "visit", "accompany", "host", "greet"})


class ActorResolver(PeopleMixin, GenericsMixin, AntecedentMixin):
    """Find and resolve actor mentions in one parsed article."""

    def __init__(
        self,
        *,
        registry: Registry,
        lexicon: Lexicon,
        parsed: ParsedText,
        published: date | None,
        home: str | None = None,
        home_state: str | None = None,
    ) -> None:
        """Scan ``parsed`` for mentions.

        ``published`` dates people's roles; ``home`` is the dateline's place
        ("TOKYO"), whose state an official with a title and no country serves;
        ``home_state`` (an id) stands in when there is no dateline (a national
        outlet's state).
        """
        self._registry = registry
        self._lexicon = lexicon
        self._pt = parsed
        self._day = published
        self._home = home
        self._home_id = home_state
        # sentence index -> the token of the speaker a quoted sentence goes on quoting
        self.quote_speakers: dict[int, int] = {}
        self._forms = _form_index(registry)
        self._longest = _longest_forms(self._forms)
        self._norms = [norm(t.text) for t in parsed.tokens]
        self._people: dict[str, Resolved] = {}
        # registry people the text gives a post in an international body
        self._body_posts: dict[str, Resolved] = {}
        self._found: list[Mention] = []
        self._surnames: set[str] = set()
        self.mentions: list[Mention] = self._scan()
        self._by_token: dict[int, Mention] = {}
        for m in self.mentions:
            for k in range(m.start, m.end):
                self._by_token.setdefault(k, m)

    # -- scanning -------------------------------------------------------------------

    def _scan(self) -> list[Mention]:
        toks = self._pt.tokens
        out: list[Mention] = []
        self._found = out
        i = 0
        while i < len(toks):
            found = (
                self._match_committee(i) or self._match_form(i) or self._match_person(i)
            )
            if found is None:
                i += 1
                continue
            # "The West African Monetary Union": a longer name that starts inside
            # this one ("The West") is the one meant
            longer = next(
                (
                    m
                    for j in range(i + 1, found.end)
                    if (m := self._match_form(j)) is not None
                    and m.end > found.end
                    and m.form == "name"
                ),
                None,
            )
            if longer is not None:
                found = longer
            if self._names_a_pact(found):
                i = found.end
                continue
            out.append(found)
            i = found.end
        return self._settle_people(out)

    def _names_a_pact(self, m: Mention) -> bool:
        """Whether a place's name only names a round or a pact.

        "the Uruguay Round", "the Kyoto treaty", "the Geneva Convention": the place
        the talks were held, not a party to them.
        """
        toks = self._pt.tokens
        if (
            m.form not in {"name", "metonym"}
            or m.end >= len(toks)
            or m.resolved is None
            or m.resolved.actor.kind is not ActorKind.STATE
        ):
            return False  # "the IMF agreement" is the Fund's
        nxt, last = toks[m.end], toks[m.end - 1]
        return (
            nxt.text.lower() in _PACT_WORDS
            and last.dep == "compound"
            and last.head == nxt.i
        )

    def _match_form(self, i: int) -> Mention | None:
        toks = self._pt.tokens
        longest = self._longest.get(self._norms[i], 0)  # no form starts here: 0
        for n in range(min(longest, _MAX_FORM_TOKENS, len(toks) - i), 0, -1):
            words = tuple(t.text for t in toks[i : i + n])
            if toks[i + n - 1].sent != toks[i].sent:
                continue
            hits = self._forms.get(tuple(self._norms[i : i + n]))
            if not hits:
                continue
            longer = n == 1 and self._inside_longer_name(i)
            if self._compass_in_a_name(i + n - 1):
                # "West African", "the West Bank", "the West German minister": not
                # the West
                continue
            for form, target, exact, surface in hits:
                if n == 1 and exact != words[0]:
                    continue
                if longer and form != "person":
                    continue  # "Congress" in "Trade Unions Congress" is not Congress
                if longer and form == "person" and not self._same_person(i, target):
                    continue  # "Norman Baker" is not James Baker
                if n == 1 and form == "person" and norm(words[0]) in self._surnames:
                    continue  # "Tina Johnson ... Johnson said" is not Boris Johnson
                if n == 1 and form == "person" and self._opens_a_longer_name(i):
                    continue  # "Kim Rosen" is not Kim Jong Un
                if (
                    form == "person"
                    and toks[i].ent_type == "ORG"
                    and i + n < len(toks)
                    and toks[i + n].ent_iob == "I"
                    and toks[i + n].ent_type == "ORG"
                ):
                    continue  # "Baker International", a company, is not James Baker
                if n == 1 and form == "demonym" and self._after_unknown_name_word(i):
                    continue  # "Democratic" in "Social Democratic leader"
                if n > 1 and titled_name(surface) and not words[0][:1].isupper():
                    continue  # "a group of five MPs" is not the Group of Five
                if n > 1 and form == "name" and self._after_unknown_name_word(i):
                    continue  # "Democratic Party" in "Liberal Democratic Party"
                if form == "name" and self._anothers_body(i, target):
                    continue  # "the Afghan ministry of defence" is not Britain's
                if (
                    form == "name"
                    and i + n < len(toks)
                    and toks[i + n].text in INSTITUTION_WORDS
                ):
                    continue  # "the Federal Labour Office" is no party's
                if (
                    form == "metonym"
                    and i + n < len(toks)
                    and toks[i + n].text.lower() in self._lexicon.city_bodies
                    and toks[i + n].text[:1].isupper()
                ):
                    continue  # "the Lisbon Council", "the Washington Post": a body
                if form == "metonym" and self._names_a_us_state(i, i + n):
                    continue  # "the state of Washington", "Washington state"
                resolved = self._resolve_form(form, target, i, i + n, surface)
                if (
                    resolved is not None
                    and form in {"name", "demonym"}
                    and resolved.actor.kind is not ActorKind.GROUP
                    and self._in_company_name(i, i + n)
                ):
                    continue  # "Congress Video Group Inc", "Bank of America NT and SA"
                if resolved is not None and self._on_bystanders(i + n - 1):
                    continue  # "Tokyo traders", "a Labour donor": not the actor
                if (
                    resolved is not None
                    and toks[i + n - 1].dep == "npadvmod"
                    and toks[toks[i + n - 1].head].lemma.lower() == "base"
                ):
                    continue  # "Canada-based company Sierra Wireless": where it is
                if (
                    resolved is not None
                    and n == 1
                    and form in {"name", "demonym"}
                    and self._leaning_abroad(words[0], resolved.actor)
                ):
                    continue  # "Conservatives in Congress" in a Washington story
                if (
                    resolved is not None
                    and form == "metonym"
                    and toks[i + n - 1].dep == "compound"
                    and toks[toks[i + n - 1].head].lemma.lower()
                    in self._lexicon.city_named
                ):
                    continue  # "the Lisbon targets", "the Washington consensus"
                if resolved is not None and form == "person":
                    resolved = self.as_party_spokesman(i, resolved, " ".join(words))
                if resolved is not None:
                    return Mention(start=i, end=i + n, form=form, resolved=resolved)
                if form == "demonym" and n > 1:
                    # "West German engineering companies": a demonym that names no
                    # actor here, and not "the West" in its first word
                    return None
        return None

    def _match_committee(self, i: int) -> Mention | None:
        """A chamber's committee or people: "a Senate panel", "House leaders".

        The chamber word (``[bodies] chambers``) names the home state's body; the
        mention runs to the committee noun, so that "the committee" later refers back
        to it ("the House Intelligence Committee"). With no home state, or a
        committee noun that does not govern the chamber word, there is none.
        """
        toks = self._pt.tokens
        generic = self._lexicon.chambers.get(toks[i].text)
        if generic is None or (i > 0 and toks[i - 1].text in {"U.S.", "US"}):
            return None
        if self._chamber_people(i):
            return self._chamber_mention(i, i + 2, generic)
        end = next(
            (
                j
                for j in range(i + 1, min(i + _COMMITTEE_REACH, len(toks)))
                if toks[j].lemma.lower() in self._lexicon.committee_nouns
                and toks[j].pos in {"NOUN", "PROPN"}
            ),
            None,
        )
        if end is None or any(
            t.sent != toks[i].sent or t.pos == "PUNCT" for t in toks[i + 1 : end]
        ):
            return None
        lo, hi = subtree_range(self._pt, end)
        if not lo <= i < hi:
            return None  # "the Senate passed it and the panel ...": two phrases
        return self._chamber_mention(i, end + 1, generic)

    def _chamber_mention(self, start: int, end: int, generic: str) -> Mention | None:
        """A mention of the home state's chamber called ``generic``, if it has one."""
        home = self._home_state()
        body = self._registry.home_body(home.id, generic) if home else None
        if body is None:
            return None
        return Mention(start=start, end=end, form="name", resolved=Resolved(actor=body))

    def _chamber_people(self, i: int) -> bool:
        """Whether chamber word ``i`` modifies its own people right after it.

        "House leaders", "Senate negotiators", "a Senate aide"; not "Republican
        House members", who are the party's.
        """
        toks = self._pt.tokens
        head = toks[toks[i].head]
        lemma = head.lemma.lower()
        return (
            toks[i].dep in {"compound", "amod"}
            and head.i == i + 1
            and (
                (
                    head.tag == "NNS"
                    and (
                        lemma in self._lexicon.anonymous_nouns
                        or lemma in self._lexicon.titles
                        or lemma == "leader"
                    )
                )
                or (head.tag == "NN" and lemma in self._lexicon.anonymous_nouns)
            )
            and not any(
                k.i < i and k.dep in {"amod", "compound"} and k.text[:1].isupper()
                for k in (*children(self._pt, head.i), *children(self._pt, i))
            )
        )

    def _compass_in_a_name(self, i: int) -> bool:
        """A compass word that opens a longer name: "West African", "West Bank"."""
        toks = self._pt.tokens
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return (
            toks[i].text.lower() in _COMPASS
            and nxt is not None
            and nxt.sent == toks[i].sent
            and nxt.text[:1].isupper()
            # 'West Germany"s' (a straight mark for the apostrophe) is one PUNCT token
            and (nxt.pos in {"PROPN", "ADJ", "NOUN"} or nxt.text[:2].isalpha())
        )

    def _anothers_body(self, i: int, target: str) -> bool:
        """Whether a state's body name follows another state's demonym or name.

        "the Afghan ministry of defence", "Russia's ministry of defence": the words
        of a registry body ("ministry of defence" is Britain's) after another state.
        """
        entry = self._registry.entry(target)
        if entry is None or entry.kind is not ActorKind.DOMESTIC or not entry.acts_for:
            return False
        toks = self._pt.tokens
        k = i - 1
        if k >= 0 and toks[k].text in {"'s", "\u2019s"}:
            k -= 1
        if k < 0 or toks[k].sent != toks[i].sent:
            return False
        if (
            toks[k].text.lower() in {"country", "nation"}
            and k > 0
            and toks[k - 1].text.lower() == "the"
        ):
            # "a reform of Brazil's laws has been approved by the country's Congress":
            # the state named before it in the sentence
            lo = k - 2
            while lo >= 0 and toks[lo].sent == toks[i].sent:
                lo -= 1
            k = next(
                (j for j in range(k - 2, lo, -1) if self._a_state_word(toks[j].text)),
                -1,
            )
            if k < 0:
                return False
        other = self._a_state_word(toks[k].text)
        return other is not None and other.id != entry.acts_for

    def _a_state_word(self, word: str) -> Entry | None:
        """The state a one-word name or demonym names ("Brazil", "Afghan")."""
        other = self._registry.lookup_demonym(word) or self._registry.lookup_name(
            word, on=self._day
        )
        return other if other is not None and other.kind is ActorKind.STATE else None

    def _opens_a_longer_name(self, i: int) -> bool:
        """Whether the word at ``i`` is the first word of a longer person's name.

        "Kim Rosen, the U.S. trade official": the tagger's person name goes on past
        the registry's one-word alias ("Kim" for Kim Jong Un).
        """
        toks = self._pt.tokens
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return (
            nxt is not None
            and nxt.sent == toks[i].sent
            and nxt.ent_type == "PERSON"
            and nxt.ent_iob == "I"
            and nxt.pos == "PROPN"
            and nxt.text[:1].isupper()
        )

    def _names_a_us_state(self, start: int, end: int) -> bool:
        """Whether a capital's name is a state's within a country ("Washington state").

        "the state of Washington", "Washington state": a state of the United States,
        not the federal government.
        """
        toks = self._pt.tokens
        after = toks[end] if end < len(toks) else None
        if after is not None and after.text == "state":
            return True
        return (
            start >= 2  # noqa: PLR2004 - "state of"
            and toks[start - 1].text.lower() == "of"
            and toks[start - 2].text.lower() == "state"
        )

    def _in_company_name(self, start: int, end: int) -> bool:
        """Whether tokens ``[start, end)`` lie inside a company's name.

        The tagger's organisation entity around them ends in a company word ("Inc",
        "Corp", "NT and SA"): "Congress Video Group Inc" is no part of Congress; or
        it names a private body ("association", "federation": ``[bodies]
        private_bodies``).
        """
        toks = self._pt.tokens
        if toks[start].ent_type != "ORG":
            return False
        lo = start
        while lo > 0 and toks[lo].ent_iob == "I":
            lo -= 1
        hi = end
        while hi < len(toks) and toks[hi].ent_iob == "I":
            hi += 1
        return any(t.text.rstrip(".") in _COMPANY_WORDS for t in toks[lo:hi]) or any(
            # "the American Soybean Association", "the Japanese Bankers Association":
            # a private body's name around the words (not "the Association of South
            # East Asian Nations", where the words are the name)
            not start <= t.i < end
            and t.text[:1].isupper()
            and t.lemma.lower() in self._lexicon.private_bodies
            for t in toks[lo:hi]
        )

    def _state_form(self, word: str, form: str) -> bool:
        """Whether ``word`` alone is a state's name or demonym (``form``)."""
        for f, target, _, _ in self._forms.get((norm(word),), ()):
            entry = self._registry.entry(target) if f == form else None
            if entry is not None and entry.kind is ActorKind.STATE:
                return True
        return False

    def _inside_longer_name(self, i: int) -> bool:
        """Whether a capitalised word ends a proper name the registry does not know."""
        toks = self._pt.tokens
        if i == 0 or not toks[i].text[:1].isupper():
            return False
        prev = toks[i - 1]
        if (
            prev.pos == "PROPN"
            and prev.dep == "compound"
            and prev.head == i
            and self._state_form(prev.text, "demonym")
            and self._state_form(toks[i].text, "name")
        ):
            return True  # "American Samoa", "French Guiana": a territory's own name
        return (
            prev.pos == "PROPN"
            and prev.dep == "compound"
            and prev.head == i
            and prev.text[:1].isupper()
            and not self._forms.get((norm(prev.text),))
            and prev.text.lower() not in self._lexicon.titles
            # "the Texas Democrat": a place before a party member is no name
            and not (prev.ent_type == "GPE" and toks[i].ent_type == "NORP")
            # "Thirteen Republicans opposed it": a number the tagger took for a name
            and prev.ent_type != "CARDINAL"
        )

    def _resolve_form(
        self, form: str, target: str, start: int, end: int, surface: str
    ) -> Resolved | None:
        if form == "person":
            earlier = self._people.get(norm(surface))
            if earlier is not None and " " not in surface.strip():
                # "Senator Ron Johnson ... Johnson said" in 2017: the surname is the
                # person this article named, not the registry's Boris Johnson
                return earlier
            person = self._registry.lookup_person(surface, on=self._day)
            if person is None:
                return None
            role = person.role_on(self._day)
            if role is None:
                return None
            titled = self._titled_person(start, person.name)
            if self._day is not None and not role.active_on(self._day):
                # "Shadow home secretary Yvette Cooper" in 2012: a title the text
                # gives beats a registry role that has ended, unless it is that role
                text_title = titled.voice.role if titled and titled.voice else None
                if titled is not None and (
                    not text_title or text_title.lower() not in role.title.lower()
                ):
                    # "Smith" later in the article is the same MP
                    for alias in (person.name, person.name.split()[-1]):
                        self._people[norm(alias)] = titled
                    return titled
            actor = self._entry_actor(role.actor)
            if actor is None:
                return None
            resolved = Resolved(
                actor=actor, voice=Voice(name=person.name, role=role.title)
            )
            if (
                titled is not None
                and titled.actor.kind is ActorKind.IGO
                and titled.actor.id != actor.id
            ):
                # "OPEC President Rilwanu Lukman": the office the text gives him in
                # an international body, not his registry post at home; later
                # mentions ("Lukman added") follow it
                self._body_posts[person.id] = titled
            resolved = self._body_posts.get(person.id, resolved)
            # "Ruth Kelly ... Ms Kelly": in this article the surname is hers too
            surname = person.name.split()[-1]
            for alias in (person.name, *person.aliases, surname):
                self._people[norm(alias)] = resolved
            return resolved
        if form == "generic":
            return None  # resolved in context by resolve_range
        entry = None
        if form in {"name", "metonym"}:
            # dated: "Moscow" in 1987 is the Soviet Union
            entry = self._registry.lookup_name(surface, on=self._day)
        entry = entry or self._registry.entry(target)
        if entry is None:
            return None
        if form == "demonym" and not self._demonym_counts(start, end):
            return None
        return self._entry_resolved(entry)

    def _legislature(self, state: Resolved, head: int) -> Resolved | None:
        """A state's legislature, for its members named as a group.

        "U.S. lawmakers proposed sanctions", "British MPs", "U.S. senators": members
        of a legislature with no party named act for it, not for the government.
        """
        if state.actor.kind is not ActorKind.STATE:
            return None
        tok = self._pt.tokens[head]
        if tok.tag not in {"NNS", "NNPS"}:
            return None
        nouns = _CHAMBERS_OF.get(tok.lemma.lower()) or _CHAMBERS_OF.get(
            tok.text.lower().rstrip("s")
        )
        for noun in nouns or ():
            body = self._registry.home_body(state.actor.id, noun)
            if body is not None:
                return Resolved(actor=body)
        return None

    def _former_head_of_state(self, lo: int, head: int) -> bool:
        """Whether a name's title makes it a former head of state or government.

        "Former U.S. President Joe Biden", "ex-premier X": the office speaks for the
        state only while it is held. A former minister still speaks for a party
        ("Former Cabinet minister Jack Cunningham"), so only head offices count.
        """
        toks = self._pt.tokens[lo:head]
        words = [t.text.lower() for t in toks]
        former = any(w in FORMER_WORDS for w in words)
        office = any(t.lemma.lower() in self._lexicon.head_offices for t in toks) or (
            "prime minister" in " ".join(words)
        )
        return self._pt.tokens[head].pos == "PROPN" and former and office

    def _below_state(self, head: int) -> bool:
        """Whether ``head`` is a government noun for a level below the state."""
        tok = self._pt.tokens[head]
        nouns = self._lexicon.government_nouns
        if tok.lemma.lower() not in nouns and tok.text.lower() not in nouns:
            return False
        return any(
            k.dep in {"amod", "compound"}
            and k.text.lower() in self._lexicon.below_state
            for k in children(self._pt, head)
        )

    def _generic_owner(self, head: int) -> Resolved | None:
        """The body a possessive noun on ``head`` refers back to, if the story named it.

        "The charity's director", "the union's chief executive": the person speaks
        for the charity or union named before, as "the charity" alone would.
        """
        for child in children(self._pt, head):
            if child.dep == "poss" and child.pos == "NOUN" and child.i < head:
                return self._generic(child.i)
        return None

    def _private_sector(self, head: int) -> bool:
        """Whether ``head`` names businesses, whose state named with them is a place.

        "U.S. business lobbies", "Japanese carmakers", "American companies": only a
        registry body named by its own name or a generic speaks for such a group.
        """
        tok = self._pt.tokens[head]
        return (
            tok.lemma.lower() in self._lexicon.private_sector
            or tok.text.lower() in self._lexicon.private_sector
            # "U.S. business groups", "industry officials": a group of businesses
            # (not "government and industry officials", nor "business groups
            # including the U.S. Chamber of Commerce", a body named in the phrase)
            or (
                any(
                    c.dep == "compound"
                    and c.lemma.lower() in self._lexicon.business_words
                    for c in children(self._pt, head)
                )
                and not any(
                    c.lemma.lower() in self._lexicon.government_nouns
                    for c in self._pt.tokens[subtree_range(self._pt, head)[0] : head]
                )
                and all(
                    m.resolved is None or m.resolved.actor.kind is ActorKind.STATE
                    for m in self.mentions_in(*subtree_range(self._pt, head))
                )
            )
        )

    def _demonym_counts(self, start: int, end: int) -> bool:
        """A demonym names its state only before a government noun or title."""
        toks = self._pt.tokens
        nxt = toks[end] if end < len(toks) else None
        if nxt is None:
            return False
        last = self._last_demonym_conjunct(end - 1)
        if last is not None and self._demonym_counts(last, last + 1):
            # "the French and German governments": the last of the list meets the noun
            return True
        word = nxt.text.lower()
        if word in self._lexicon.government_nouns:
            return True
        if nxt.ent_type == "PERSON" and nxt.pos == "PROPN" and end - start == 1:
            # "Tory Dominic Grieve", "fellow Tory David Davis": a party's member
            party = self.demonym_actor(toks[start].text)
            if party is not None and self.is_party(party.id):
                return True
        if (
            nxt.tag in {"NNS", "NNPS"}
            and nxt.lemma.lower() in self._lexicon.government_nouns
            and nxt.lemma.lower() not in self._lexicon.state_nouns
        ):
            return True  # "the Dutch and British delegations", "Arab governments"
        if word in {"'s", "\u2019s"} and toks[end - 1].dep == "poss":
            return True  # "the Lib Dem's call to ...": the party's
        if nxt.tag in {"NNS", "NNPS"} and nxt.lemma.lower() in self._lexicon.titles:
            return True  # "Republican governors", "Conservative MPs"
        return (
            any(_starts_with_words(toks, end, title) for title in self._lexicon.titles)
            or self._modifies_title(end - 1)
            or self._modifies_ministry(end - 1)
            or self._modifies_members(end - 1)
            or (
                toks[start].text.istitle()
                and toks[start].dep in _SUBJECTS
                and not self._one_person(start, end)
            )
        )

    def _one_person(self, start: int, end: int) -> bool:
        """Whether a demonym subject is one person: "the American said".

        A state's singular form after "the" or "a" ("the American", "a German") is
        someone of that nation; a plural or a form that is its own plural ("the
        Americans", "the Japanese", "the British", "the Dutch") can be its side.
        """
        toks = self._pt.tokens
        tok = toks[start]
        word = tok.text.lower()
        actor = self.demonym_actor(tok.text)
        return (
            end - start == 1
            # "the top Democrat on the committee" still speaks for the party
            and actor is not None
            and actor.kind is ActorKind.STATE
            and tok.tag in {"NNP", "NN"}
            and any(
                d.text.lower() in {"the", "a"}
                for d in dep_children(self._pt, start, "det")
            )
            and not word.endswith(("s", "ese", "ish", "ch"))
        )

    def _last_demonym_conjunct(self, i: int) -> int | None:
        """The last word of a list of states that modifier ``i`` opens, if any.

        "French and German officials", "the Dutch, Belgian and British delegations",
        "Japanese and U.S. officials": the parser hangs the later words on the first
        as conjuncts, so only the last one stands before the noun they all modify.
        """
        toks = self._pt.tokens
        if toks[i].dep not in _STATE_LIST_DEPS or i + 1 >= len(toks):
            return None
        if toks[i + 1].text not in {"and", ","}:
            return None
        chain = self._list_words(i, toks[i].head)
        return chain[-1] if chain else None

    def _list_words(self, first: int, noun: int) -> list[int]:
        """The words after ``first`` of a list that modifies ``noun``, in order."""
        toks = self._pt.tokens
        return [
            j
            for j in self._conj_chain(first)
            if toks[j].tag in {"JJ", "NNP"} and j < noun
        ]

    def demonym_conjuncts(self, i: int) -> list[int]:
        """The later sides of a list on noun ``i`` ("French and German officials").

        The officials are France's and Germany's: each word of the list is a
        conjunct of the noun. Only where each word of the list names a state, a
        bloc or a party ("Labour and Tory MPs"; "Japanese and American car makers"
        name none).
        """
        for first in children(self._pt, i):
            if first.dep not in _STATE_LIST_DEPS or first.i > i:
                continue
            rest = self._list_words(first.i, i)
            if not rest:
                continue
            if all(self._names_a_side(j) for j in (first.i, *rest)):
                # all of them: the noun itself may resolve to any one of the list
                return [first.i, *rest]
            return []
        return []

    def _names_a_side(self, j: int) -> bool:
        """Whether token ``j`` names a state, bloc or party ("Tory MPs")."""
        m = self.mention_at(j)
        return (
            m is not None
            and m.resolved is not None
            and (
                m.resolved.actor.kind in {ActorKind.STATE, ActorKind.BLOC}
                or self.is_party(m.resolved.actor.id)
            )
        )

    def _head_nouns(self, i: int) -> Iterator[Token]:
        """The words a modifier at ``i`` hangs on, through nouns, a word or two on."""
        toks = self._pt.tokens
        j = i
        for _ in range(3):
            if toks[j].dep not in {"amod", "compound"} or toks[j].head <= j:
                return
            j = toks[j].head
            yield toks[j]
            if toks[j].pos not in {"NOUN", "PROPN"}:
                return

    def _on_bystanders(self, i: int) -> bool:
        """Whether ``i`` modifies people who do not speak for it ("a Labour donor").

        ``[bodies] bystanders``: "Tokyo traders" and "a London oil analyst" are not
        the state, "Labour voters" not the party; nor is a firm ``i`` places ("a
        Tokyo bank official", "Chemical Bank Tokyo branch vice president").
        """
        toks = self._pt.tokens
        tok = toks[i]
        heads = list(self._head_nouns(i))
        if tok.dep == "npadvmod" and toks[tok.head].dep == "amod":
            # "one London-based broker": the place a participle hangs on the people
            heads.append(toks[toks[tok.head].head])
        prep = toks[tok.head]
        if tok.dep == "pobj" and prep.text.lower() in {"in", "at", "from"}:
            # "traders and bankers in Singapore", "analysts in Tokyo"
            heads.append(toks[prep.head])
        if tok.dep == "poss":
            heads.append(prep)  # "one of Italy's leading economists"
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return (
            any(h.lemma.lower() in self._lexicon.bystanders for h in heads)
            # "Haitian community leaders": the community's, not the state's
            or any(
                k.dep == "compound"
                and k.i != i
                and k.lemma.lower() in self._lexicon.bystanders
                for h in heads
                for k in children(self._pt, h.i)
            )
            or any(self._a_firm(h) for h in self._head_nouns(i))
            # "A Tokyo bank official": the parser may hang the place on the title
            or (nxt is not None and nxt.dep == "compound" and self._a_firm(nxt))
        )

    def _a_firm(self, head: Token) -> bool:
        """Whether ``head`` is a firm a place names ("a Tokyo bank", "Helsinki bank").

        ``[bodies] firms``, in lower case and not a central, national or reserve
        bank ("the West German central bank" is the Bundesbank).
        """
        return (
            head.lemma.lower() in self._lexicon.firms
            and head.text.islower()
            and not any(
                c.lemma.lower() in {"central", "national", "reserve", "federal"}
                for c in children(self._pt, head.i)
            )
        )

    def _modifies_members(self, i: int) -> bool:
        """Whether ``i`` modifies members of a body a word or two on.

        "Republican members", "Republican House members": the party's own, unless
        they are members "of" something else.
        """
        for head in self._head_nouns(i):
            if (
                head.tag in {"NNS", "NNPS"}
                and head.lemma.lower() in self._lexicon.member_nouns
            ):
                # not "Conservative members of the House Freedom Caucus": members
                # of another body
                return not any(
                    c.dep == "prep" and c.text.lower() == "of"
                    for c in children(self._pt, head.i)
                )
        return False

    def _modifies_ministry(self, i: int) -> bool:
        """Whether ``i`` modifies a ministry a word or two on.

        "the French defence ministry", "the Afghan defense and interior ministries":
        the demonym's head chain, through nouns, ends at a ministry.
        """
        return any(
            head.lemma.lower() in _MINISTRY_NOUNS for head in self._head_nouns(i)
        )

    def _office_on_the_day(
        self, lo: int, head: int, *, acting: bool = True
    ) -> Resolved | None:
        """A bare title of the home state ("the prime minister") for its holder then.

        With no one named before with the title, the registry's holder of it for the
        dateline's or outlet's state on the article's day: "the president" in a
        WASHINGTON story of 2017 is Trump, speaking for the United States.
        """
        toks = self._pt.tokens
        if (
            self._day is None
            or toks[lo].text.lower() != "the"
            or head <= lo
            # where it acts: "the president said" (or speaks through an aide)
            or (acting and toks[head].dep not in _SUBJECTS)
            # "the president of the American Soybean Association" is another's
            or any(c.dep in {"prep", "appos"} for c in children(self._pt, head))
        ):
            return None
        title = " ".join(t.text.lower() for t in toks[lo + 1 : head + 1])
        home = self._home_state()
        if home is None or title not in self._lexicon.titles:
            return None
        person = self._registry.office_holder(home.id, title, on=self._day)
        if person is None:
            return None
        return Resolved(actor=home, voice=Voice(name=person.name, role=title.title()))

    def _leaning_abroad(self, word: str, actor: Actor) -> bool:
        """Whether ``word`` names a leaning, not ``actor``, in a story from elsewhere.

        "Conservatives" is Britain's party in a London story; datelined Washington it
        is America's conservatives (``[bodies] leaning_words``).
        """
        if word.lower() not in self._lexicon.leaning_words or not self.is_party(
            actor.id
        ):
            return False
        home = self._home_state()
        party_state = self.state_of(actor.id)
        return (
            home is not None and party_state is not None and home.id != party_state.id
        )

    def _home_state(self) -> Actor | None:
        """The state of the dateline's place ("TOKYO" -> Japan), or the outlet's.

        A place that is no state's ("MIAMI") gives way to ``home_state``, the state
        the text is about when it was given.
        """
        found = self._dateline_state()
        if found is not None:
            return found
        return self._entry_actor(self._home_id) if self._home_id else None

    def _dateline_state(self) -> Actor | None:
        """The state the dateline's place names, if it names one."""
        if not self._home:
            return None
        entry = self._registry.lookup_name(self._home.title(), on=self._day)
        if entry is None or entry.kind is not ActorKind.STATE:
            return None
        return self._entry_actor(entry.id)

    def _dateline_names_state(self) -> bool:
        """Whether the dateline's place is a state's ("TOKYO", not "MIAMI")."""
        return self._dateline_state() is not None

    def home_actor(self) -> Actor | None:
        """The state officials with a title and no country serve, if any."""
        return self._home_state()

    # -- resolution -----------------------------------------------------------------

    def _entry_actor(self, actor_id: str) -> Actor | None:
        entry = self._registry.entry(actor_id)
        if entry is None:
            return None
        return self._entry_resolved(entry).actor

    def _entry_resolved(self, entry: Entry) -> Resolved:
        parent_id = self._lexicon.parents.get(entry.id)
        parent = self._registry.entry(parent_id) if parent_id else None
        if parent is not None:
            return Resolved(actor=parent.as_actor(), voice=Voice(name=entry.name))
        if entry.acts_for and not self._keeps_own_id(entry):
            state = self._registry.entry(entry.acts_for)
            if state is not None:
                return Resolved(actor=state.as_actor(), voice=Voice(name=entry.name))
        return Resolved(actor=entry.as_actor())

    def _keeps_own_id(self, entry: Entry) -> bool:
        words = set(norm(entry.name).replace("-", " ").split())
        words |= set(entry.id.lower().split("-")[1:])  # "JPN-MITI" keeps "miti"
        return bool(words & self._lexicon.own_id_words)

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with this id, as holders name it (bodies act for their state)."""
        return self._entry_actor(actor_id)

    def names_outlet(self, i: int) -> bool:
        """Whether token ``i``, with "the" before it, names an outlet ("the Times")."""
        toks = self._pt.tokens
        name = toks[i].text
        if i > 0 and toks[i - 1].text.lower() == "the":
            name = f"the {name}"
        return self._registry.outlet_home(name) is not None

    def state_of(self, actor_id: str) -> Actor | None:
        """The state a domestic body (a party, a ministry) belongs to, if any."""
        entry = self._registry.entry(actor_id)
        if entry is None or entry.acts_for is None:
            return None
        state = self._registry.entry(entry.acts_for)
        return state.as_actor() if state is not None else None

    def party_of(self, name: str) -> Actor | None:
        """The party a registry person belonged to on the article's day, if known.

        A role held for a party (a body named "... Party" or with adjectives for
        its members) on the day, else the latest one begun by then.
        """
        person = self._registry.lookup_person(name, on=self._day)
        if person is None:
            return None
        roles = [
            r
            for r in person.roles
            if self.is_party(r.actor) and (self._day is None or r.start <= self._day)
        ]
        if not roles:
            return None
        on_day = [r for r in roles if self._day is not None and r.active_on(self._day)]
        role = max(on_day or roles, key=lambda r: r.start)
        entry = self._registry.entry(role.actor)
        return entry.as_actor() if entry is not None else None

    def governing_party(self, state_id: str) -> Actor | None:
        """The party of ``state_id``'s head of government on the day, if known.

        The prime minister's party where the state has one on record, else the
        president's; None where the registry gives the office holder no party role
        (the US presidents have none).
        """
        if self._day is None:
            return None
        for title in ("Prime Minister", "President"):
            person = self._registry.office_holder(state_id, title, on=self._day)
            if person is not None:
                return self.party_of(person.name)
        return None

    def is_party(self, actor_id: str) -> bool:
        """Whether ``actor_id`` is a political party (a body known as "the party")."""
        entry = self._registry.entry(actor_id)
        return (
            entry is not None
            and entry.acts_for is not None
            and ("party" in entry.generic or bool(entry.demonyms))
        )

    def demonym_actor(self, word: str) -> Actor | None:
        """The state or bloc a demonym adjective names ("Russian" → RUS)."""
        entry = self._registry.lookup_demonym(word)
        return self._entry_resolved(entry).actor if entry is not None else None

    def mention_at(self, i: int) -> Mention | None:
        """The mention covering token ``i``, if any."""
        return self._by_token.get(i)

    def mentions_in(self, lo: int, hi: int) -> list[Mention]:
        """Mentions that lie inside the token range ``[lo, hi)``."""
        return [m for m in self.mentions if m.start >= lo and m.end <= hi]

    def resolve_token(self, i: int) -> Resolved | None:
        """Resolve the noun phrase headed by token ``i`` (pronouns to an antecedent)."""
        found = self._resolve_token(i)
        included = self._included_party(i)
        if included is not None and (
            found is None
            # "Six U.S. senators, including Gillibrand, said ...": the party of the
            # member named, not the chamber
            or (self.is_party(included.actor.id) and not self.is_party(found.actor.id))
        ):
            return included
        return found

    def _included_party(self, i: int) -> Resolved | None:
        """The side a plural of people names through "including" a member of it.

        "Trump's critics, including Democratic lawmakers, have chided ...", "six
        U.S. senators, including Gillibrand, have said ...": the one actor all the
        members named resolve to, when the noun is a plural common noun.
        """
        pt = self._pt
        tok = pt.tokens[i]
        if tok.pos != "NOUN" or tok.tag != "NNS":
            return None
        members = prep_objects(pt, i, "including")
        if not members:
            return None
        found = [self._resolve_token(o.i) for o in members]
        ids = {r.actor.id for r in found if r is not None}
        if None in found or len(ids) != 1:
            return None
        return next(r for r in found if r is not None)

    def _resolve_token(self, i: int) -> Resolved | None:
        tok = self._pt.tokens[i]
        # "US" is the United States, not "us"
        low = tok.text if tok.text.isupper() and len(tok.text) > 1 else tok.text.lower()
        if low in _SPEAKER_PRONOUNS:
            # '"We will not accept the deal," Argentina said': the quote's speaker.
            matrix = self._matrix_subject(i)
            if matrix is None:
                # '... he said. "We will not sign."': the quotation's speaker
                quoted = self.quote_speakers.get(tok.sent)
                return self.resolve_token(quoted) if quoted is not None else None
            # '"We have told them that we ratify it," an official said': the inner
            # "we" is the outer one's, whoever that is
            return self.resolve_token(matrix)
        if (
            tok.tag in {"WDT", "WP"}
            and tok.dep in {"nsubj", "nsubjpass"}
            and self._pt.tokens[tok.head].dep == "relcl"
        ):
            # "Labour, which denies engaging in ...", "Mr Mandelson, who said ...":
            # the relative pronoun is the noun its clause hangs on
            owner = self._pt.tokens[tok.head].head
            place = self._pt.tokens[owner]
            if (
                tok.text.lower() == "who"
                and place.dep == "pobj"
                and self._pt.tokens[place.head].text.lower() in {"from", "of"}
                and self._pt.tokens[self._pt.tokens[place.head].head].ent_type
                == "PERSON"
            ):
                # "Senator David Perdue from Georgia, who has pushed ...": the person,
                # not the place he is from
                owner = self._pt.tokens[place.head].head
            # "Cotton is an ally who has opposed the deal": the one it is said of
            subject = predicated_who_did(self._pt, tok.head)
            if subject is not None:
                owner = subject
            return None if owner == i else self.resolve_token(owner)
        if (
            low == "it"
            and tok.dep == "nsubjpass"
            and dep_children(self._pt, tok.head, "ccomp")
        ):
            # "it was announced that 37 offices would close", "it has been
            # suggested that ...": no one's "it"
            return None
        if low in PERSON_PRONOUNS | _THING_PRONOUNS | _PLURAL_PRONOUNS:
            # "Ukraine says it needs ...": the subject of a reported clause is the
            # speaker, unless the speaker is an anonymous source.
            matrix = self._matrix_subject(i)
            if (
                matrix is not None
                and low in {"he", "she"}
                and self._pt.tokens[matrix].tag in {"NNS", "NNPS"}
            ):
                matrix = None  # "the Tories say he is surrendering": not the Tories
            if matrix is not None and low in {"he", "she"}:
                said_by = self.mention_at(matrix)
                if said_by is not None and said_by.form not in PERSON_FORMS:
                    # "Washington employed what he termed unfair practices": a state
                    # or a body is no "he"
                    matrix = None
            anonymous = (
                matrix is not None
                and self._pt.tokens[matrix].lemma.lower()
                in self._lexicon.anonymous_nouns
            )
            if matrix is not None and not anonymous:
                return self.resolve_token(matrix)
            if low in {"it", "they"} and self._named_object_of_participle(i):
                return None
            return self.antecedent(i)
        pair = self.pair_back(i)
        if pair is not None:
            return self.resolve_token(pair[0])  # "both sides": the first of the two
        party = self._speaking_for(i)
        if party is not None:
            found = self.resolve_token(party)
            if found is not None:
                return found
        if tok.lemma.lower() in AMOUNT_NOUNS:
            # "a handful of Republican senators", "a number of EC states": the
            # people counted
            for prep in children(self._pt, i):
                if prep.dep == "prep" and prep.text.lower() == "of":
                    for obj in children(self._pt, prep.i):
                        if obj.dep == "pobj":
                            return self.resolve_token(obj.i)
        lo, hi = subtree_range(self._pt, i)
        verbs = [c.i for c in children(self._pt, i) if root_participle(self._pt, c.i)]
        if verbs:
            # "The delegation called for Myanmar to ...": the root noun's phrase ends
            # where the verb the parser hung on it begins
            hi = min(hi, subtree_range(self._pt, verbs[0])[0])
        doing = self._doing_participle(i)
        if doing is not None:
            # "the five unions meeting Mr Prescott", "bankers leaving the meeting
            # with Gros": whom a group meets or leaves is not whom it speaks for
            hi = min(hi, subtree_range(self._pt, doing)[0])
        named = self._named_body_beside(i)
        if named is not None:
            # "Japan's top business group Keidanren", "the country's largest union,
            # Unison": the body the name sets beside the noun, not its country
            return named
        if self._unknown_company(i):
            # "Sunkist, the largest U.S. supplier", "France's <Renault>": a company
            # the registry lacks, not the state its description names
            return None
        if self._in_a_splinter_group(i):
            return None  # "the splinter group of producers": not all producers
        if self._body_of_a_place(i):
            return None  # "the Muslim Council of Britain": a body, not Britain
        if tok.lemma.lower() in {"percent", "%"} and any(
            c.like_num for c in children(self._pt, i)
        ):
            return None  # "71 percent of Alabama Republicans say": a poll's share
        if self._unknown_body_beside(i) or self._unknown_named_body(i):
            # "US agrochemical giant Monsanto", "Russian oil company Yukos": a
            # company the registry lacks, not the state named on its description
            return None
        found = self.resolve_range(lo, hi, head=i)
        if found is None:
            # "His Democratic predecessor, Barack Obama, also proposed ...": a noun
            # the registry cannot place, named by the name set beside it
            for name in children(self._pt, i):
                if name.dep == "appos" and name.pos == "PROPN":
                    m = self.mention_at(name.i)
                    if m is not None and m.form in {"person", "name"}:
                        return self.resolve_token(name.i)
            # "The spokesman added ...": the spokesman placed before
            return self.unnamed_back(i)
        return found

    def _unknown_company(self, i: int) -> bool:
        """Whether name ``i``, unresolved itself, is a company's.

        A company noun set beside it ("Sunkist, the largest U.S. supplier") or the
        angle brackets Reuters puts around company names ("France's <Renault>").
        """
        toks = self._pt.tokens
        tok = toks[i]
        m = self.mention_at(i)
        if tok.pos != "PROPN" or (m is not None and m.resolved is not None):
            return False
        if any(
            c.dep == "appos"
            and c.pos == "NOUN"
            and c.lemma.lower() in self._lexicon.company_nouns
            for c in children(self._pt, i)
        ):
            return True
        lo, hi = sent_range(self._pt, i)
        before = [k for k in range(max(lo, i - 8), i) if toks[k].text in {"<", ">"}]
        after = [k for k in range(i + 1, min(hi, i + 3)) if toks[k].text == ">"]
        if not before or toks[before[-1]].text != "<" or not after:
            return False
        # not a ticker after the company's own name ("Citicorp <CCI>")
        opening = before[-1]
        return opening == lo or toks[opening - 1].pos != "PROPN"

    def _doing_participle(self, i: int) -> int | None:
        """The "-ing" participle on common noun ``i`` that says what it does, if any.

        "unions meeting Mr Prescott", "bankers leaving the meeting": what follows
        names whom the group deals with, not whom it speaks for (not "officials
        representing Japan", nor "the counsel investigating U.S. affairs", whose
        work may say whose it is).
        """
        if self._pt.tokens[i].pos != "NOUN":
            return None
        for c in children(self._pt, i):
            if c.dep == "acl" and c.tag == "VBG" and c.lemma.lower() in _MEETING:
                return c.i
        return None

    def _body_of_a_place(self, i: int) -> bool:
        """Whether name ``i`` is a body, unknown to the registry, named "of" a state.

        "The Muslim Council of Britain", "the Federation of Master Builders": an
        association's name with a state's in it speaks for the association.
        """
        tok = self._pt.tokens[i]
        if tok.pos != "PROPN" or tok.lemma.lower() not in _BODY_HEADS | {"congress"}:
            return False
        m = self.mention_at(i)
        if m is not None and m.resolved is not None:
            return False  # a body the registry knows ("Council of Europe")
        members = [
            o
            for p in children(self._pt, i)
            if p.dep == "prep" and p.text.lower() == "of"
            for o in dep_children(self._pt, p.i, "pobj")
        ]
        if any(o.lemma.lower() in _MEMBERS for o in members):
            return True  # "the Zimbabwe Congress of Trade Unions": whom it gathers
        return tok.lemma.lower() != "congress" and any(
            (place := self.mention_at(o.i)) is not None
            and place.resolved is not None
            and place.resolved.actor.kind is ActorKind.STATE
            for o in members
        )

    def _in_a_splinter_group(self, i: int) -> bool:
        """Whether ``i`` is a splinter group or names its members ("of producers")."""
        toks = self._pt.tokens
        prep = toks[toks[i].head]
        group = prep.head if toks[i].dep == "pobj" and prep.text.lower() == "of" else i
        return any(
            c.dep in {"amod", "compound"}
            and c.lemma.lower() in self._lexicon.splinter_words
            for c in children(self._pt, group)
        )

    def _unknown_named_body(self, i: int) -> bool:
        """Whether ``i`` names a body the registry lacks, after its description.

        "US seed giant Agritech", parsed with the name as the head.
        """
        toks = self._pt.tokens
        tok = toks[i]
        if tok.pos != "PROPN" or tok.ent_type != "ORG" or self.mention_at(i):
            return False
        return any(
            c.dep == "compound" and self._unknown_body_beside(c.i, named=i)
            for c in children(self._pt, i)
        )

    def _unknown_body_beside(self, i: int, *, named: int | None = None) -> bool:
        """Whether common noun ``i`` describes a body named beside it, unresolved.

        "US agrochemical giant Monsanto": no mention resolves the name; with
        ``named``, the name the noun is a compound of.
        """
        toks = self._pt.tokens
        lemma = toks[i].lemma.lower()
        if (
            toks[i].pos != "NOUN"
            or lemma in self._lexicon.government_nouns | self._lexicon.anonymous_nouns
            or lemma in self._lexicon.titles
        ):
            return False  # "the chairman of the Bar Council, Guy Mansfield QC"
        if any(
            p.dep == "prep" and p.text.lower() == "of" for p in children(self._pt, i)
        ):
            return False
        if named is not None:
            return True  # the name is the head the description hangs on
        for name in children(self._pt, i):
            if name.dep not in {"appos", "compound"} or name.i < i:
                continue
            if name.pos != "PROPN" or name.ent_type != "ORG":
                continue
            m = self.mention_at(name.i)
            if m is None or m.resolved is None:
                return True
        return False

    def _named_body_beside(self, i: int) -> Resolved | None:
        """The body an appositive name beside noun ``i`` resolves to, if any.

        Only beside a common noun ("Nancy Pelosi, the top House Democrat" is a
        person), and a single name, not a list ("members of Congress, Democrats as
        well as Republicans").
        """
        if self._pt.tokens[i].pos != "NOUN":
            return None
        for name in children(self._pt, i):
            if (
                name.dep != "appos"
                or name.pos != "PROPN"
                or any(c.dep in {"conj", "cc"} for c in children(self._pt, name.i))
            ):
                continue
            m = self.mention_at(name.i)
            if m is not None and m.form == "name" and m.resolved is not None:
                return m.resolved
        return None

    def _former_officer(self, lo: int, head: int) -> bool:
        """A name the registry lacks, under a former office of a state's body.

        "Former CIA director James Woolsey": no longer the agency's. A party stays
        his ("former Labour minister X" is still Labour's).
        """
        toks = self._pt.tokens
        return (
            toks[head].pos == "PROPN"
            and self.mention_at(head) is None
            and any(
                t.dep == "amod" and t.text.lower() in FORMER_WORDS
                for t in toks[lo:head]
            )
            and not any(
                m.resolved is not None and self.is_party(m.resolved.actor.id)
                for m in self.mentions_in(lo, head)
            )
        )

    def _speaking_for(self, i: int) -> int | None:
        """The party a subject says it speaks for.

        "Farouk of Malaysia, speaking on behalf of producers, said ...": the
        producers; "Guillonneau of France, speaking for consumers, agreed": the
        consumers.
        """
        pt = self._pt
        tok = pt.tokens[i]
        if tok.dep not in _SUBJECTS:
            return None
        clauses = [
            *(c for c in children(pt, tok.head) if c.dep == "advcl"),
            *(c for c in children(pt, i) if c.dep == "acl"),  # the parser's other way
        ]
        for clause in clauses:
            if clause.lemma.lower() != "speak":
                continue
            for prep in dep_children(pt, clause.i, "prep"):
                objs = dep_children(pt, prep.i, "pobj")
                if prep.text.lower() == "for" and objs:
                    return objs[0].i
                if prep.text.lower() == "on" and objs and objs[0].text == "behalf":
                    of = [
                        o
                        for p in dep_children(pt, objs[0].i, "prep")
                        if p.text.lower() == "of"
                        for o in dep_children(pt, p.i, "pobj")
                    ]
                    if of:
                        return of[0].i
        return None

    def resolve_range(
        self, lo: int, hi: int, *, head: int | None = None
    ) -> Resolved | None:
        """Resolve a phrase, preferring the mention at its head, then its modifiers."""
        if head is not None:
            if self._pt.tokens[head].pos == "NOUN" and any(
                t.dep == "amod" and t.text.lower() in FORMER_WORDS
                for t in self._pt.tokens[lo:head]
            ):
                return None  # "former Obama administration officials" speak for none
            if self._former_officer(lo, head):
                return None  # "Former CIA director James Woolsey" speaks for none
            if self._former_head_of_state(lo, head):
                return None  # "Former U.S. President Joe Biden" speaks for no state
            if self._below_state(head):
                return None  # "Japan's provincial governments" are not Japan
            m = self.mention_at(head)
            if m is not None:
                return m.resolved
            office = self._office_back(lo, head) or self._office_on_the_day(lo, head)
            if office is not None:
                return office
            if self._private_sector(head):
                # "U.S. business lobbies" are not the United States; "the company"
                # named before is who it is, as is "the company's chief executive"
                return self._generic(head) or self._generic_owner(head)
            if self._own_body(head):
                # "the Japan Automobile Manufacturers Association", "the 4th U.S.
                # Circuit Court": a name inside says where the body is, not who it
                # is; only "the union" named before is who it is
                return self._generic(head)
            if self._pt.tokens[head].lemma.lower() in self._lexicon.private_relations:
                return None  # "Trump's eldest son" speaks for nobody but himself
            for child in children(self._pt, head):
                if (
                    child.dep == "poss"
                    and self._pt.tokens[head].lemma.lower()
                    in self._lexicon.anonymous_nouns
                    and self.mention_at(child.i) is None
                ):
                    # "the prime minister's official spokesman": the office's
                    c_lo = subtree_range(self._pt, child.i)[0]
                    office = self._office_back(
                        c_lo, child.i
                    ) or self._office_on_the_day(c_lo, child.i, acting=False)
                    if office is not None:
                        return Resolved(actor=office.actor)
                if child.dep in {"poss", "compound", "amod", "nmod"}:
                    m = self.mention_at(child.i)
                    if m is not None and m.resolved is not None:
                        if (
                            child.dep == "amod"
                            and self._pt.tokens[head].lemma.lower()
                            in self._lexicon.head_offices
                            and m.resolved.actor.kind is ActorKind.DOMESTIC
                        ):
                            # "the Republican president" holds the state's office
                            state = self.state_of(m.resolved.actor.id)
                            if state is not None:
                                return Resolved(actor=state)
                        chamber = self._legislature(m.resolved, head)
                        return chamber if chamber is not None else m.resolved
                    if child.dep == "poss" and child.tag == "WP$":
                        # "Mr Kennedy, whose party opposes ...": the named one's
                        verb = self._pt.tokens[head].head
                        if self._pt.tokens[verb].dep == "relcl":
                            return self.resolve_token(self._pt.tokens[verb].head)
                    if (
                        child.dep == "poss"
                        and child.text.lower() in PERSON_PRONOUNS | _THING_PRONOUNS
                    ):
                        # "Hewitt said her party would ...": the speaker's party.
                        matrix = self._matrix_subject(head)
                        if matrix is not None:
                            if (
                                self._pt.tokens[matrix].lemma.lower()
                                in self._lexicon.anonymous_nouns
                            ):
                                return self.antecedent(child.i)
                            return self.resolve_token(matrix)
                        return self.antecedent(child.i)
            generic = (
                self._generic(head)
                or self._same_head_back(head)
                or self._country_back(head)
            )
            if generic is not None:
                return generic
            quoted = self._quoted_government(head)
            if quoted is not None:
                return quoted
            document = self._document_back(head)
            if document is not None:
                return document
            for child in children(self._pt, head):
                if child.dep == "compound" and child.pos == "NOUN" and child.i < head:
                    # "the consumer proposal", "union negotiators": a bloc or body
                    # the article has named
                    owner = self._generic(child.i)
                    if owner is not None:
                        return owner
            owner = self._generic_owner(head)
            if owner is not None:
                return owner
            # "a spokesperson for the alliance", "officials of the Kremlin", "a
            # report by the Commons committee"
            for child in children(self._pt, head):
                if child.dep == "prep" and child.text.lower() in {
                    "for",
                    "of",
                    "at",
                    "from",
                    "by",
                }:
                    for obj in children(self._pt, child.i):
                        if obj.dep == "pobj":
                            o_lo, o_hi = subtree_range(self._pt, obj.i)
                            found = self.resolve_range(o_lo, o_hi, head=obj.i)
                            if found is not None:
                                return found
        # Any other mention in the phrase, but not one in a relative clause about it
        # ("carmakers, which sold cars in Turkey" are not Turkey).
        skip: set[int] = set()
        if head is not None and self._pt.tokens[head].lemma.lower() in _PUBLIC_NOUNS:
            # "many people in Britain" are not its government
            for child in children(self._pt, head):
                if child.dep == "prep" and child.text.lower() in {"in", "across"}:
                    skip.update(range(*subtree_range(self._pt, child.i)))
        for tok in self._pt.tokens[lo:hi]:
            if self._below_state(tok.i):
                # "some 36 of Japan's 47 provincial governments"
                r_lo, r_hi = subtree_range(self._pt, tok.i)
                skip.update(range(r_lo, r_hi))
            if (
                (
                    tok.dep == "relcl"
                    # "delegates at the conference, held under the auspices of the U.N."
                    or tok.text.lower() in self._lexicon.hosting
                )
                or (
                    # "ambassadors to the EC from ACP states" do not speak for the EC
                    tok.dep == "prep"
                    and tok.text.lower() == "to"
                    and self._pt.tokens[tok.head].lemma.lower()
                    in self._lexicon.envoy_titles
                )
                or (
                    # "Bernard Ingham, Margaret Thatcher's former press secretary":
                    # whom he once served is not whom he speaks for now
                    tok.dep == "appos"
                    and any(
                        k.dep == "amod" and k.text.lower() in FORMER_WORDS
                        for k in children(self._pt, tok.i)
                    )
                )
            ):
                r_lo, r_hi = subtree_range(self._pt, tok.i)
                skip.update(range(r_lo, r_hi))
        inside = [
            m
            for m in self.mentions_in(lo, hi)
            if m.resolved is not None and m.start not in skip and not self._place(m)
        ]
        if inside:
            return inside[0].resolved
        return self.home_government(head) if head is not None else None

    def conjuncts(self, i: int) -> list[int]:
        """Heads coordinated with token ``i`` ("Britain and France").

        For "they" reporting for a coordinated speaker ("Tories and Liberals say
        they want"), the speaker's conjuncts.
        """
        pt = self._pt
        if pt.tokens[i].text.lower() in _PLURAL_PRONOUNS:
            matrix = self._matrix_subject(i)
            if matrix is None:
                return []
            return sorted(
                [
                    matrix,
                    *self._conj_chain(matrix),
                    *self._person_before_and(matrix),
                    *self.demonym_conjuncts(matrix),
                ]
            )
        pair = self.pair_back(i)
        if pair is not None:
            return [pair[1]]  # "both sides": the second of the two
        return sorted(
            self._conj_chain(i) + self._person_before_and(i) + self.demonym_conjuncts(i)
        )

    def _person_before_and(self, i: int) -> list[int]:
        """A person the parser hung as a modifier of a titled name after "and".

        "Renner and HBV chief negotiator Lorenz Schwegler said": the parser reads
        "Renner and HBV" as modifiers of "negotiator"; a person named earlier at the
        head of such a pair is a conjunct of the name.
        """
        pt = self._pt
        lo, _ = subtree_range(pt, i)
        first = pt.tokens[lo]
        if (
            lo < i
            and first.pos == "PROPN"
            and first.dep in {"amod", "compound", "nmod"}
            and any(k.dep == "cc" and k.text.lower() == "and" for k in children(pt, lo))
        ):
            m = self.mention_at(lo)
            if m is not None and m.form in PERSON_FORMS and m.resolved is not None:
                return [lo]
        return []

    def _conj_chain(self, i: int) -> list[int]:
        """Every conjunct of token ``i``, in text order.

        The parser chains a list ("Britain, France and Germany": France hangs on
        Britain, Germany on France), so conjuncts of conjuncts count too.
        """
        found: list[int] = []
        todo = [i]
        while todo:
            j = todo.pop()
            # "Neither Brazil, the largest producer, nor the U.S., ...": the parser
            # hangs the next name on the first one's apposition
            apposed = [
                g
                for k in children(self._pt, j)
                if k.dep == "appos"
                for g in children(self._pt, k.i)
                if g.dep == "conj" and g.pos == "PROPN"
            ]
            for k in [*children(self._pt, j), *apposed]:
                if k.dep == "conj" and k.i not in found and k.i != i:
                    found.append(k.i)
                    todo.append(k.i)
        return sorted(found)

    def _place(self, m: Mention) -> bool:
        """A capital named as a place ("a meeting in Paris"), not as a government."""
        if m.form != "metonym":
            return False
        tok = self._pt.tokens[m.end - 1]
        head = self._pt.tokens[tok.head]
        return tok.dep == "pobj" and head.text.lower() in _PLACE_PREPOSITIONS

    def _numeric(self, i: int) -> bool:
        """Whether a modifier holds a number ("32-member"): still the same body."""
        lo, hi = subtree_range(self._pt, i)
        return any(t.like_num or t.text.isdigit() for t in self._pt.tokens[lo:hi])

    def _matrix_subject(self, i: int) -> int | None:
        """For a pronoun subject of a reported clause, the reporting verb's subject.

        "we" and "I" also in a clause conjoined to the reported one.
        """
        tok = self._pt.tokens[i]
        if tok.dep not in {"nsubj", "nsubjpass"}:
            return None
        clause = self._pt.tokens[tok.head]
        walked = False
        while (
            tok.text.lower() in _SPEAKER_PRONOUNS | {"they"}
            and clause.dep == "conj"
            and clause.head != clause.i
        ):
            # '"We made some progress, but we have called for talks," he said'. Not
            # for "it", which in a second clause is as often the situation described.
            clause = self._pt.tokens[clause.head]
            walked = True
        if clause.dep != "ccomp" or clause.head == clause.i:
            return None
        reporter = clause.head
        issuer = participle_of_document(
            self._pt, reporter, self._lexicon.document_nouns
        )
        if issuer is not None:
            # "the demonstrators adopted a declaration saying they would fight":
            # whoever issued it
            reporter = issuer
        subjects = [
            child.i
            for child in children(self._pt, reporter)
            if child.dep in {"nsubj", "nsubjpass"} and child.i != i
        ]
        if not subjects and self._pt.tokens[reporter].dep == "xcomp":
            # "prompted a Labour donor to say he will refuse": the one made to
            # speak (the governing verb's object), else its subject ("declined to
            # say whether he would stand")
            ruler = self._pt.tokens[reporter].head
            made = [*dep_children(self._pt, ruler, "dobj")] + [
                o
                for p in dep_children(self._pt, ruler, "prep")
                if p.text.lower() in {"on", "upon"}  # "called on Reagan to signal"
                for o in dep_children(self._pt, p.i, "pobj")
            ]
            subjects = [c.i for c in made if c.i < i] or [
                c.i
                for c in dep_children(self._pt, ruler, "nsubj", "nsubjpass")
                if c.i != i
            ]
        # with a garbled parse two subjects can hang on the verb: the nearest speaks
        subject = min(subjects, key=lambda k: abs(k - reporter), default=None)
        if walked and tok.text.lower() == "they" and not self._several(subject):
            # "the U.S. and Malaysia say their exports would be hit and they may
            # retaliate": a second clause's "they" is the speakers only when they
            # are several
            return None
        return subject

    def _named_object_of_participle(self, i: int) -> bool:
        """Whether "it" reports for a participle whose verb names another party.

        "The Justice Department sued AT&T, arguing that it would use Time Warner's
        content ...": "it" is AT&T as likely as the department, so it is no one's.
        """
        pt = self._pt
        tok = pt.tokens[i]
        clause = pt.tokens[tok.head]
        if tok.dep not in {"nsubj", "nsubjpass"} or clause.dep != "ccomp":
            return False
        reporter = pt.tokens[clause.head]
        if reporter.tag != "VBG" or reporter.dep != "advcl":
            return False
        return any(
            o.pos == "PROPN" and o.i < i
            for o in dep_children(pt, reporter.head, "dobj")
        )

    def _several(self, i: int | None) -> bool:
        """Whether the noun phrase at ``i`` names several parties."""
        if i is None:
            return False
        tok = self._pt.tokens[i]
        return tok.tag in {"NNS", "NNPS"} or any(
            c.dep == "conj" for c in children(self._pt, i)
        )

    def _demonym_group(self, m: Mention) -> bool:
        """A demonym on a group of officials ("Japanese officials"): they can act."""
        toks = self._pt.tokens
        if m.end >= len(toks):
            return False
        head = toks[m.end - 1].head
        lemma = toks[head].lemma.lower()
        return head >= m.end and (
            lemma in self._lexicon.government_nouns
            or lemma in self._lexicon.anonymous_nouns
        )

    def _a_person_noun(self, i: int) -> bool:
        """A singular noun for one person ("spokesman", "minister", "official")."""
        tok = self._pt.tokens[i]
        lemma = tok.lemma.lower()
        return (
            tok.tag == "NN" or (tok.tag == "NNP" and lemma in self._lexicon.titles)
        ) and (lemma in self._lexicon.anonymous_nouns or lemma in self._lexicon.titles)


# Members of a legislature, as a group, and the bare nouns of the chambers they sit in
# (``Registry.home_body``), the first one the state has wins.
_CHAMBERS_OF: dict[str, tuple[str, ...]] = {
    "lawmaker": ("congress", "parliament"),
    "legislator": ("congress", "parliament"),
    "congressman": ("congress",),
    "congresswoman": ("congress",),
    "senator": ("senate",),
    "mp": ("parliament",),
    "peer": ("parliament",),
}


def _starts_with_words(toks: tuple[Token, ...], i: int, phrase: str) -> bool:
    words = phrase.split()
    if i + len(words) > len(toks):
        return False
    return all(toks[i + k].text.lower() == w for k, w in enumerate(words))


_FORM_CACHE: dict[int, Forms] = {}


def _form_index(registry: Registry) -> Forms:
    """Token tuples of every surface form → (form, target, first word, surface)."""
    key = id(registry)
    cached = _FORM_CACHE.get(key)
    if cached is not None:
        return cached
    index: Forms = {}
    for surface, form, target in registry.surface_forms():
        words = _split_form(surface)
        variants = [words]
        whole = _split_form(surface, hyphens=False)
        if whole != words:
            variants.append(whole)  # "G-7", which the tokenizer keeps whole
        if len(words) > 1 and words[0].lower() == "the":
            variants.append(words[1:])
        for w in variants:
            index.setdefault(tuple(norm(x) for x in w), []).append(
                (form, target, w[0], surface)
            )
    _FORM_CACHE[key] = index
    return index


_LONGEST_CACHE: dict[int, dict[str, int]] = {}


def _longest_forms(forms: Forms) -> dict[str, int]:
    """First word of every surface form → the most tokens a form starting so has."""
    key = id(forms)
    cached = _LONGEST_CACHE.get(key)
    if cached is not None:
        return cached
    longest: dict[str, int] = {}
    for words in forms:
        if words:
            longest[words[0]] = max(longest.get(words[0], 0), len(words))
    _LONGEST_CACHE[key] = longest
    return longest


def _split_form(surface: str, *, hyphens: bool = True) -> list[str]:
    """Split a surface form as the tokenizer splits text ("Russia's" → 2 tokens).

    The tokenizer splits most hyphenated words ("Kilroy-Silk") but keeps some whole
    ("G-7"); ``hyphens=False`` gives the whole-word split.
    """
    out: list[str] = []
    for word in surface.split():
        base, possessive = (word[:-2], True) if word.endswith("'s") else (word, False)
        parts = base.split("-") if hyphens else [base]
        for k, part in enumerate(parts):
            if k:
                out.append("-")
            if part:
                out.append(part)
        if possessive:
            out.append("'s")
    return out
