"""Actors in text: registry names, metonyms, demonyms, people and pronouns.

:class:`ActorResolver` scans a parsed article once for mentions, then resolves noun
phrases (by token range) to an :class:`~redline.model.Actor` and, for people and bodies,
the :class:`~redline.model.Voice` that spoke for it. People in no registry resolve
through what the text says of them ("Brazilian Finance Minister Dilson Funaro").
"""

from __future__ import annotations

from datetime import date

from redline.claims._mention import PERSON_FORMS, PERSON_PRONOUNS, Mention, Resolved
from redline.claims._tree import children, dep_children, subtree_range
from redline.claims.antecedents import AntecedentMixin
from redline.claims.lexicon import Lexicon
from redline.claims.registry import Entry, Registry
from redline.model import Actor, ActorKind, Voice
from redline.nlp import ParsedText, Token

__all__ = ["ActorResolver", "Mention", "Resolved"]

_MAX_FORM_TOKENS = 6
_COMMITTEE_REACH = 8  # tokens from a chamber word to its committee noun
_DOCUMENT_REACH = 400  # tokens back to the statement a later "the statement" is
_MAX_BRIEF_TOKENS = 4  # "for sport", "on home affairs": the brief after a title
_THING_PRONOUNS = frozenset({"it", "its"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "to", "from", "near", "into", "outside", "inside", "around", "across"}
)
_PLACED = frozenset({"GPE", "NORP", "LOC", "ORG"})  # entity types that place a title
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_SPEAKER_PRONOUNS = frozenset({"we", "us", "our", "i", "me", "my"})
_CLAUSE_MARKS = frozenset({",", ";", ":", '"', "\u201c", "\u201d", "--"})
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady"})


def _norm(text: str) -> str:
    return text.lower().replace("\u2019", "'")


class ActorResolver(AntecedentMixin):
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
        self._people: dict[str, Resolved] = {}
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
            out.append(found)
            i = found.end
        return self._settle_people(out)

    def _settle_people(self, found: list[Mention]) -> list[Mention]:
        """Second pass: people whose affiliation the text gives after the name.

        "Dave Prentis, general secretary of Unison", "Mark Serwotka, from the PCS
        union", "Gurria, who is Mexico's chief debt negotiator"; later mentions of
        the surname ("Mr Prentis") follow the first.
        """
        toks = self._pt.tokens
        out: list[Mention] = []
        for m in found:
            if m.form != "unknown_person":
                out.append(m)
                continue
            name = " ".join(t.text for t in toks[m.start : m.end])
            name = name.removesuffix(" 's").strip()
            known = self._people.get(_norm(name)) or self._people.get(
                _norm(toks[m.end - 1].text)
            )
            if known is None:
                known = self._apposed(m, found, name)
                if known is not None:
                    self._people[_norm(name)] = known
                    self._people[_norm(toks[m.end - 1].text)] = known
            if known is None:
                out.append(m)
            else:
                out.append(
                    Mention(start=m.start, end=m.end, form="title", resolved=known)
                )
        return out

    def _apposed(self, m: Mention, found: list[Mention], name: str) -> Resolved | None:
        """An organisation or state named in an apposition or "of"-phrase of a name."""
        pt = self._pt
        head = m.end - 1
        if pt.tokens[head].text in {"'s", "\u2019s"} and head > m.start:
            head -= 1
        party = self._apposed_party(head)
        if party is not None:
            return Resolved(actor=party, voice=Voice(name=name, role=None))
        top = next(
            (
                k
                for k in range(m.start, m.end)
                if not m.start <= pt.tokens[k].head < m.end
            ),
            head,
        )  # "Manaspas Xuto of Thailand": "Xuto"
        titled = self._title_apposed(top, found, name)
        if titled is not None:
            return titled
        ranges = [
            subtree_range(pt, child.i)
            for child in children(pt, head)
            if child.dep == "appos"
            or (child.dep == "prep" and child.text.lower() in {"of", "from", "at"})
            or (child.dep == "relcl" and child.lemma.lower() == "be")
        ]
        for lo, hi in ranges:
            words = " ".join(t.text for t in pt.tokens[lo:hi]).lower()
            title = next(
                (t for t in self._lexicon.titles if f" {t} " in f" {words} "), None
            )
            for other in found:
                if (
                    lo <= other.start
                    and other.end <= hi
                    and other.resolved is not None
                    and other.form not in PERSON_FORMS
                ):
                    return Resolved(
                        actor=other.resolved.actor,
                        voice=Voice(name=name, role=title.title() if title else None),
                    )
            home = self._home_state()
            if (
                home is not None
                and title in self._lexicon.state_titles
                and not any(t.ent_type in _PLACED for t in pt.tokens[lo:hi])
                and not any(
                    t.text.lower() in {"former", "ex", "ex-"} for t in pt.tokens[lo:hi]
                )
            ):
                # "Allen Wallis, undersecretary of state for economic affairs," in a
                # WASHINGTON story: a state title with no other place is the home's
                return Resolved(actor=home, voice=Voice(name=name, role=title.title()))
        return None

    def _title_apposed(
        self, head: int, found: list[Mention], name: str
    ) -> Resolved | None:
        """A name set after the title it holds speaks as the title's body.

        "The chairman of the INRA conference, Manaspas Xuto of Thailand," is the
        conference's, not Thailand's.
        """
        pt = self._pt
        tok = pt.tokens[head]
        title = pt.tokens[tok.head]
        if tok.dep != "appos" or tok.head == head:
            return None
        lemma = title.lemma.lower()
        if (
            lemma not in self._lexicon.titles
            and lemma not in self._lexicon.anonymous_nouns
        ):
            return None
        t_lo, t_hi = subtree_range(pt, title.i)
        n_lo, n_hi = subtree_range(pt, head)
        for other in found:
            if (
                t_lo <= other.start
                and other.end <= t_hi
                and not n_lo <= other.start < n_hi
                and other.resolved is not None
                and other.form not in PERSON_FORMS
            ):
                return Resolved(
                    actor=other.resolved.actor,
                    voice=Voice(name=name, role=lemma.title()),
                )
        return None

    def _apposed_party(self, head: int) -> Actor | None:
        """The party an apposition gives a name: ", a Republican," or ", D-Okla.,".

        "Senator Bob Packwood, a Republican,", "Jerry Lewis, a California
        Republican,", "Adam Schiff, the top Democrat on the committee,"; the party
        letter and state of US usage ("Glenn English, D-Okla.", "(R-Ore.)") through
        ``[bodies] party_codes``.
        """
        pt = self._pt
        for child in children(pt, head):
            if child.dep != "appos":
                continue
            entry = self._registry.lookup_demonym(child.text)
            if entry is None and child.text[:1].isupper():
                entry = self._registry.lookup_name(child.text + "s")  # "a Democrat"
            if (
                entry is not None
                and entry.kind is ActorKind.DOMESTIC
                and not any(
                    t.dep in {"compound", "amod"}
                    and t.text[:1].isupper()
                    and t.ent_type not in {"GPE", "LOC"}
                    for t in children(pt, child.i)
                )  # not "a Liberal Democrat", "a Social Democrat"
            ):
                return self._entry_actor(entry.id)
            letters = [
                t
                for t in children(pt, child.i)
                if t.i < child.i and t.text in self._lexicon.party_codes
            ]
            if (
                len(letters) == 1
                and letters[0].i + 2 == child.i
                and pt.tokens[letters[0].i + 1].text == "-"
            ):
                return self._entry_actor(self._lexicon.party_codes[letters[0].text])
        return None

    def _match_form(self, i: int) -> Mention | None:
        toks = self._pt.tokens
        for n in range(min(_MAX_FORM_TOKENS, len(toks) - i), 0, -1):
            words = tuple(t.text for t in toks[i : i + n])
            if toks[i + n - 1].sent != toks[i].sent:
                continue
            hits = self._forms.get(tuple(_norm(w) for w in words))
            if not hits:
                continue
            longer = n == 1 and self._inside_longer_name(i)
            for form, target, exact, surface in hits:
                if n == 1 and exact != words[0]:
                    continue
                if longer and form != "person":
                    continue  # "Congress" in "Trade Unions Congress" is not Congress
                if longer and form == "person" and not self._same_person(i, target):
                    continue  # "Norman Baker" is not James Baker
                if n == 1 and form == "person" and _norm(words[0]) in self._surnames:
                    continue  # "Tina Johnson ... Johnson said" is not Boris Johnson
                if n == 1 and form == "demonym" and self._after_unknown_name_word(i):
                    continue  # "Democratic" in "Social Democratic leader"
                if n > 1 and form == "name" and self._after_unknown_name_word(i):
                    continue  # "Democratic Party" in "Liberal Democratic Party"
                resolved = self._resolve_form(form, target, i, i + n, surface)
                if resolved is not None:
                    return Mention(start=i, end=i + n, form=form, resolved=resolved)
                if form == "demonym" and n > 1:
                    # "West German engineering companies": a demonym that names no
                    # actor here, and not "the West" in its first word
                    return None
        return None

    def _match_committee(self, i: int) -> Mention | None:
        """A chamber's committee: "the House Intelligence Committee", "a Senate panel".

        The chamber word (``[bodies] chambers``) names the home state's body; the
        mention runs to the committee noun, so that "the committee" later refers back
        to it. With no home state, or a committee noun that does not govern the
        chamber word, there is none.
        """
        toks = self._pt.tokens
        generic = self._lexicon.chambers.get(toks[i].text)
        if generic is None or (i > 0 and toks[i - 1].text in {"U.S.", "US"}):
            return None
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
        home = self._home_state()
        body = self._registry.home_body(home.id, generic) if home else None
        if body is None:
            return None
        return Mention(start=i, end=end + 1, form="name", resolved=Resolved(actor=body))

    def _after_unknown_name_word(self, i: int) -> bool:
        """Whether a capitalised word the registry does not know comes right before."""
        toks = self._pt.tokens
        if i == 0 or toks[i - 1].sent != toks[i].sent:
            return False
        prev = toks[i - 1]
        first = self._pt.sents[prev.sent][0] == prev.i
        return (
            (
                not first
                or prev.pos == "PROPN"
                or prev.ent_type == toks[i].ent_type == "ORG"
            )
            and prev.text[:1].isupper()
            and prev.pos in {"ADJ", "PROPN"}
            and not self._forms.get((_norm(prev.text),))
            and prev.text.lower() not in self._lexicon.titles
            and prev.text.lower() not in self._lexicon.own_id_words  # "Senate"
        )

    def _same_person(self, i: int, person_id: str) -> bool:
        """Whether the first name before surname ``i`` is the registry person's."""
        person = self._registry.person(person_id)
        if person is None:
            return False
        prev = self._pt.tokens[i - 1].text
        if prev.rstrip(".") in _HONORIFICS or prev.lower() in self._lexicon.titles:
            return True  # "Mr Blair", "Chancellor Brown"
        names = " ".join(_norm(n) for n in (person.name, *person.aliases)).split()
        return _norm(prev) in names

    def _inside_longer_name(self, i: int) -> bool:
        """Whether a capitalised word ends a proper name the registry does not know."""
        toks = self._pt.tokens
        if i == 0 or not toks[i].text[:1].isupper():
            return False
        prev = toks[i - 1]
        return (
            prev.pos == "PROPN"
            and prev.dep == "compound"
            and prev.head == i
            and prev.text[:1].isupper()
            and not self._forms.get((_norm(prev.text),))
            and prev.text.lower() not in self._lexicon.titles
        )

    def _resolve_form(
        self, form: str, target: str, start: int, end: int, surface: str
    ) -> Resolved | None:
        if form == "person":
            person = self._registry.lookup_person(surface, on=self._day)
            if person is None:
                return None
            role = person.role_on(self._day)
            if role is None:
                return None
            if self._day is not None and not role.active_on(self._day):
                # "Shadow home secretary Yvette Cooper" in 2012: a title the text
                # gives beats a registry role that has ended, unless it is that role
                titled = self._titled_person(start, person.name)
                text_title = titled.voice.role if titled and titled.voice else None
                if titled is not None and (
                    not text_title or text_title.lower() not in role.title.lower()
                ):
                    return titled
            actor = self._entry_actor(role.actor)
            if actor is None:
                return None
            resolved = Resolved(
                actor=actor, voice=Voice(name=person.name, role=role.title)
            )
            # "Ruth Kelly ... Ms Kelly": in this article the surname is hers too
            surname = person.name.split()[-1]
            for alias in (person.name, *person.aliases, surname):
                self._people[_norm(alias)] = resolved
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

    def _demonym_counts(self, start: int, end: int) -> bool:
        """A demonym names its state only before a government noun or title."""
        toks = self._pt.tokens
        nxt = toks[end] if end < len(toks) else None
        if nxt is None:
            return False
        word = nxt.text.lower()
        if word in self._lexicon.government_nouns:
            return True
        if nxt.tag in {"NNS", "NNPS"} and nxt.lemma.lower() in self._lexicon.titles:
            return True  # "Republican governors", "Conservative MPs"
        return (
            any(_starts_with_words(toks, end, title) for title in self._lexicon.titles)
            or self._modifies_title(end - 1)
            or (toks[start].text.istitle() and toks[start].dep in _SUBJECTS)
        )

    def _modifies_title(self, i: int) -> bool:
        """Whether ``i`` modifies a title noun a few words on.

        "Lib Dem home affairs spokesman": the demonym's head chain ends at a title.
        """
        toks = self._pt.tokens
        j = i
        for _ in range(4):
            if toks[j].dep not in {"compound", "amod", "nmod"} or toks[j].head == j:
                return False
            j = toks[j].head
            if toks[j].lemma.lower() in self._lexicon.titles:
                return True
        return False

    def _person_span(self, i: int) -> int | None:
        """End of a person name starting at ``i``: an entity, "Mr X", a known name."""
        toks = self._pt.tokens
        tok = toks[i]
        if tok.ent_type == "PERSON" and tok.ent_iob == "B" and tok.pos != "DET":
            # not "The Lib Dems", which the tagger can take for a person
            end = i + 1
            while (
                end < len(toks)
                and toks[end].ent_type == "PERSON"
                and toks[end].ent_iob == "I"
            ):
                end += 1
            if end == i + 1 and (
                tok.tag == "NNPS" or self._registry.lookup_demonym(tok.text)
            ):
                return None  # "Kashmiris", "the Conservative's record": no person
            return end
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            tok.text.rstrip(".") in _HONORIFICS
            and nxt is not None
            and nxt.pos == "PROPN"
            and nxt.text[:1].isupper()
        ):
            return i + 2  # "Mr Prentis", which the tagger may call anything
        if tok.pos == "PROPN" and (
            _norm(tok.text) in self._people or _norm(tok.text) in self._surnames
        ):
            return i + 1  # a surname named before, tagged GPE or NORP this time
        return None

    def _match_person(self, i: int) -> Mention | None:
        toks = self._pt.tokens
        if toks[i].text.rstrip(".") in _HONORIFICS and i + 1 < len(toks):
            # "Mr Blair": the registry knows "Blair", not "Mr Blair"
            after = self._match_form(i + 1)
            if after is not None and after.form == "person":
                return Mention(
                    start=i, end=after.end, form="person", resolved=after.resolved
                )
        found_end = self._person_span(i)
        if found_end is None:
            return None
        end = found_end
        name = " ".join(t.text for t in toks[i:end]).removesuffix(" 's").strip()
        known = self._people.get(_norm(name)) or self._people.get(
            _norm(toks[end - 1].text)
        )
        if known is not None:
            return Mention(start=i, end=end, form="person", resolved=known)
        titled = self._titled_person(i, name)
        if titled is None:
            # Kept so that "she" after "Patricia Hewitt" does not jump to someone else,
            # and so that a later bare surname is a person even if tagged otherwise.
            self._surnames.add(_norm(toks[end - 1].text))
            return Mention(start=i, end=end, form="unknown_person", resolved=None)
        self._people[_norm(name)] = titled
        self._people[_norm(toks[end - 1].text)] = titled
        return Mention(start=i, end=end, form="title", resolved=titled)

    def _titled_person(self, i: int, name: str) -> Resolved | None:
        """Resolve "Brazilian Finance Minister Dilson Funaro" from its own words."""
        toks = self._pt.tokens
        lo = max(toks[i].sent and self._pt.sents[toks[i].sent][0], i - 8)
        before = [t for t in toks[lo:i] if t.sent == toks[i].sent]
        before = self._without_host(before)
        words = " ".join(t.text for t in before).lower()
        title = self._ending_title(words)
        if title is None and before and before[-1].text == ",":
            # "Ofsted chief, David Bell": a title right before the comma
            words = words.removesuffix(",").rstrip()
            title = self._ending_title(words)
            if title is not None:
                before = before[:-1]
        if title is None:
            title = self._inner_title(before)
        if title is None:
            return None
        # the title's own phrase: not "in Peking on Thursday, [Portuguese Ambassador]"
        before = before[_after_last_punct(before) :]
        first = before[0].i if before else i
        cut = before[-1].i + 1 if before else i  # not the host of an envoy's post
        for other in reversed(self._found):
            if other.end <= first:
                break
            if other.start >= cut:
                continue
            if other.resolved is not None and other.form not in {
                *PERSON_FORMS,
                "demonym",
            }:
                # "Unison general secretary Dave Prentis", "IG-Metall official X"
                return Resolved(
                    actor=other.resolved.actor,
                    voice=Voice(name=name, role=title.title()),
                )
        for other in reversed(self._found):
            if other.end <= first:
                break
            if (
                other.start < cut
                and other.form == "demonym"
                and other.end - other.start > 1
                and other.resolved is not None
            ):  # "Liberal Democrat spokesman X"
                return Resolved(
                    actor=other.resolved.actor,
                    voice=Voice(name=name, role=title.title()),
                )
        for t in reversed(before):
            if self._after_unknown_name_word(t.i):
                continue  # "Social Democratic leader X" is no Democrat
            entry = self._registry.lookup_demonym(t.text) or self._registry.lookup_name(
                t.text.removesuffix("'s")
            )
            if entry is not None:
                actor = self._entry_actor(entry.id)
                if actor is not None:
                    return Resolved(
                        actor=actor, voice=Voice(name=name, role=title.title())
                    )
        home = self._home_state()
        placed = any(t.ent_type in {"GPE", "NORP", "LOC"} for t in before)
        former = any(t.text.lower() in {"former", "ex", "ex-"} for t in before)
        shadow = self._shadow_party(home) if home is not None else None
        if (
            shadow is not None
            and not former
            and any(t.text.lower() == "shadow" for t in before)
        ):  # "Shadow spokesman for sport Hugh Robertson"
            return Resolved(actor=shadow, voice=Voice(name=name, role=title.title()))
        if (
            home is not None
            and title in self._lexicon.state_titles
            and not placed
            and not former  # "Former minister Clare Short" speaks for no state
            and (self._home or title != "president")
        ):  # an outlet's "President Bush" is as often foreign as its own
            # "TOKYO - Trade Minister Hajime Tamura said": the dateline's state; not
            # "Alberta Premier Don Getty", who serves the place named with him
            return Resolved(actor=home, voice=Voice(name=name, role=title.title()))
        return None

    def _ending_title(self, words: str) -> str | None:
        """The title ``words`` end in, as whole words ("to peking" holds no "king")."""
        return next(
            (t for t in self._lexicon.titles if words == t or words.endswith(" " + t)),
            None,
        )

    def _without_host(self, before: list[Token]) -> list[Token]:
        """Drop the host of an envoy's post: "Portuguese Ambassador [to Peking]".

        The place after "to" is where the envoy serves, not whom they speak for.
        """
        for k in range(len(before) - 2, 0, -1):
            if (
                before[k].text.lower() == "to"
                and before[k - 1].text.lower() in self._lexicon.envoy_titles
            ):
                return before[:k]
        return before

    def _shadow_party(self, state: Actor) -> Actor | None:
        """The party holding ``state``'s shadow offices on the article's day."""
        if self._day is None:
            return None
        return next(
            (
                self._entry_actor(o.party)
                for o in self._lexicon.opposition
                if o.state == state.id and o.held_on(self._day)
            ),
            None,
        )

    def _home_state(self) -> Actor | None:
        """The state of the dateline's place ("TOKYO" -> Japan), or the outlet's."""
        if not self._home:
            return self._entry_actor(self._home_id) if self._home_id else None
        entry = self._registry.lookup_name(self._home.title(), on=self._day)
        if entry is None or entry.kind is not ActorKind.STATE:
            return None
        return self._entry_actor(entry.id)

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
        lemma = tok.lemma.lower()
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
        if dets != ["the"] and not (not dets and tok.tag == "NNS"):
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
            if any(
                title in role.lower()
                and (shadow or "shadow" not in role.lower().split())
                for role in roles
            ):  # "the chancellor" is not the shadow chancellor
                return m.resolved
        return None

    def _inner_title(self, before: list[Token]) -> str | None:
        """A title followed by what it is of, before a name.

        "Under Secretary of State for Political Affairs Michael Armacost": the words
        after the title are "of", "for", "and", "the" or capitalised. A short brief
        after "for" or "on" may be in lower case ("Shadow spokesman for sport Hugh
        Robertson").
        """
        for k in range(len(before) - 1, -1, -1):
            low = before[k].text.lower()
            if low not in self._lexicon.titles:
                continue
            rest = before[k + 1 :]
            if rest and all(
                t.text.lower() in {"of", "for", "and", "the", "'s"}
                or t.text[:1].isupper()
                for t in rest
            ):
                return low
            if (
                0 < len(rest) <= _MAX_BRIEF_TOKENS
                and rest[0].text.lower() in {"for", "on"}
                and all(t.pos in {"NOUN", "ADJ", "CCONJ", "DET"} for t in rest[1:])
            ):
                return low
            return None
        return None

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
        words = set(_norm(entry.name).replace("-", " ").split())
        words |= set(entry.id.lower().split("-")[1:])  # "JPN-MITI" keeps "miti"
        return bool(words & self._lexicon.own_id_words)

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with this id, as holders name it (bodies act for their state)."""
        return self._entry_actor(actor_id)

    def state_of(self, actor_id: str) -> Actor | None:
        """The state a domestic body (a party, a ministry) belongs to, if any."""
        entry = self._registry.entry(actor_id)
        if entry is None or entry.acts_for is None:
            return None
        state = self._registry.entry(entry.acts_for)
        return state.as_actor() if state is not None else None

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
            if low == self._pt.tokens[matrix].text.lower():
                return None
            return self.resolve_token(matrix)
        if (
            tok.tag in {"WDT", "WP"}
            and tok.dep in {"nsubj", "nsubjpass"}
            and self._pt.tokens[tok.head].dep == "relcl"
        ):
            # "Labour, which denies engaging in ...", "Mr Mandelson, who said ...":
            # the relative pronoun is the noun its clause hangs on
            owner = self._pt.tokens[tok.head].head
            return None if owner == i else self.resolve_token(owner)
        if low in PERSON_PRONOUNS | _THING_PRONOUNS | _PLURAL_PRONOUNS:
            # "Ukraine says it needs ...": the subject of a reported clause is the
            # speaker, unless the speaker is an anonymous source.
            matrix = self._matrix_subject(i)
            anonymous = (
                matrix is not None
                and self._pt.tokens[matrix].lemma.lower()
                in self._lexicon.anonymous_nouns
            )
            if matrix is not None and not anonymous:
                return self.resolve_token(matrix)
            return self.antecedent(i)
        lo, hi = subtree_range(self._pt, i)
        return self.resolve_range(lo, hi, head=i)

    def resolve_range(
        self, lo: int, hi: int, *, head: int | None = None
    ) -> Resolved | None:
        """Resolve a phrase, preferring the mention at its head, then its modifiers."""
        if head is not None:
            if self._pt.tokens[head].pos == "NOUN" and any(
                t.dep == "amod" and t.text.lower() in {"former", "ex", "ex-"}
                for t in self._pt.tokens[lo:head]
            ):
                return None  # "former Obama administration officials" speak for none
            m = self.mention_at(head)
            if m is not None:
                return m.resolved
            office = self._office_back(lo, head)
            if office is not None:
                return office
            if self._own_body(head):
                # "the Japan Automobile Manufacturers Association", "the 4th U.S.
                # Circuit Court": a name inside says where the body is, not who it
                # is; only "the union" named before is who it is
                return self._generic(head)
            if self._pt.tokens[head].lemma.lower() in self._lexicon.private_relations:
                return None  # "Trump's eldest son" speaks for nobody but himself
            for child in children(self._pt, head):
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
                        return m.resolved
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
            generic = self._generic(head)
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
        for tok in self._pt.tokens[lo:hi]:
            if tok.dep == "relcl":
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
        ):
            return False
        lemma = tok.lemma.lower()
        lex = self._lexicon
        return not (
            lemma in lex.actor_nouns
            or lemma in lex.proposal_subjects
            or lemma in lex.government_nouns
            or lemma in lex.anonymous_nouns
            or lemma in lex.titles
            or tok.text.lower() in lex.government_nouns
            or bool(self._registry.lookup_generic(lemma))
        )

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
            return [matrix, *(k.i for k in children(pt, matrix) if k.dep == "conj")]
        return [k.i for k in children(pt, i) if k.dep == "conj"]

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
        """For a pronoun subject of a reported clause, the reporting verb's subject."""
        tok = self._pt.tokens[i]
        if tok.dep not in {"nsubj", "nsubjpass"}:
            return None
        clause = self._pt.tokens[tok.head]
        if clause.dep != "ccomp" or clause.head == clause.i:
            return None
        subjects = [
            child.i
            for child in children(self._pt, clause.head)
            if child.dep in {"nsubj", "nsubjpass"} and child.i != i
        ]
        # with a garbled parse two subjects can hang on the verb: the nearest speaks
        return min(subjects, key=lambda k: abs(k - clause.head), default=None)

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
                candidates = self._registry.lookup_generic(mod.lemma.lower())
                found = self._refer_back(i, candidates, blocs_only=False)
                if found is not None:
                    return Resolved(actor=found.actor)
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
        for j in range(i - 1, max(-1, i - _DOCUMENT_REACH), -1):
            earlier = pt.tokens[j]
            if earlier.lemma.lower() != lemma or earlier.pos != "NOUN":
                continue
            owners = [
                *(
                    k
                    for k in children(pt, j)
                    if k.dep in {"poss", "compound", "amod"} and k.i < j
                ),
                *(
                    o
                    for p in dep_children(pt, j, "prep")
                    if p.text.lower() in {"by", "from"}
                    for o in dep_children(pt, p.i, "pobj")
                ),
            ]
            if not owners and earlier.dep in {"dobj", "attr"}:
                owners = dep_children(pt, earlier.head, "nsubj")  # "X issued a ..."
            for owner in owners:
                found = self.resolve_token(owner.i)
                if found is not None:
                    return Resolved(actor=found.actor)
            return None
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
        self, i: int, candidates: tuple[Entry, ...], *, blocs_only: bool
    ) -> Resolved | None:
        """The candidate whose own (or parent body's) mention is latest before ``i``."""
        if not candidates:
            return None
        by_id = {c.id: c for c in candidates if not blocs_only or c.within}
        by_parent = {c.within: c for c in candidates if c.within}
        # "the Commission" after "the EC Commission", which speaks as the EU
        voices = {c.name for c in by_id.values() if c.id in self._lexicon.parents}
        for m in reversed(self.mentions):
            if m.end > i or m.resolved is None:
                continue
            actor_id = m.resolved.actor.id
            voice = m.resolved.voice
            if actor_id in by_id or (voice is not None and voice.name in voices):
                return m.resolved
            bloc = by_parent.get(actor_id)
            if bloc is not None:
                return Resolved(actor=bloc.as_actor())
        return None  # only back to an actor the article has named

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

    def _quoted_government(self, head: int) -> Resolved | None:
        """The quoted speaker's state for "the government" inside a quotation."""
        tok = self._pt.tokens[head]
        speaker = self.quote_speakers.get(tok.sent)
        if (
            speaker is None
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

    def _a_person_noun(self, i: int) -> bool:
        """A singular noun for one person ("spokesman", "minister", "official")."""
        tok = self._pt.tokens[i]
        lemma = tok.lemma.lower()
        return tok.tag == "NN" and (
            lemma in self._lexicon.anonymous_nouns or lemma in self._lexicon.titles
        )


def _after_last_punct(before: list[Token]) -> int:
    """Index in ``before`` just after its last clause mark (a final one aside).

    Commas, colons and quotation marks end the words before a title; brackets do not
    ("Ministry of International Trade and Industry (MITI) director general X").
    """
    for k in range(len(before) - 2, -1, -1):
        if before[k].text in _CLAUSE_MARKS:
            return k + 1
    return 0


def _starts_with_words(toks: tuple[Token, ...], i: int, phrase: str) -> bool:
    words = phrase.split()
    if i + len(words) > len(toks):
        return False
    return all(toks[i + k].text.lower() == w for k, w in enumerate(words))


_Forms = dict[tuple[str, ...], list[tuple[str, str, str, str]]]
_FORM_CACHE: dict[int, _Forms] = {}


def _form_index(registry: Registry) -> _Forms:
    """Token tuples of every surface form → (form, target, first word, surface)."""
    key = id(registry)
    cached = _FORM_CACHE.get(key)
    if cached is not None:
        return cached
    index: _Forms = {}
    for surface, form, target in registry.surface_forms():
        words = _split_form(surface)
        variants = [words]
        if len(words) > 1 and words[0].lower() == "the":
            variants.append(words[1:])
        for w in variants:
            index.setdefault(tuple(_norm(x) for x in w), []).append(
                (form, target, w[0], surface)
            )
    _FORM_CACHE[key] = index
    return index


def _split_form(surface: str) -> list[str]:
    """Split a surface form as the tokenizer splits text ("Russia's" → 2 tokens)."""
    out: list[str] = []
    for word in surface.split():
        base, possessive = (word[:-2], True) if word.endswith("'s") else (word, False)
        parts = base.split("-")
        for k, part in enumerate(parts):
            if k:
                out.append("-")
            if part:
                out.append(part)
        if possessive:
            out.append("'s")
    return out
