"""People in text: names with the titles, appositions and parties the text gives.

:class:`PeopleMixin` gives :class:`~redline.claims.mentions.ActorResolver` its
person mentions. A registry person resolves by name and the article's day; anyone
else resolves through what the text says of them: a title before the name
("Brazilian Finance Minister Dilson Funaro", "Portuguese Ambassador to Peking
Octavio Valerio"), an apposition or "of" phrase after it ("Dave Prentis, general
secretary of Unison"), or a party letter ("D-Okla."). Later surnames follow the
first mention.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from redline.claims._mention import (
    FORMER_WORDS,
    INSTITUTION_WORDS,
    PERSON_FORMS,
    Forms,
    Mention,
    Resolved,
    norm,
)
from redline.claims._tree import children, dep_children, subtree_range
from redline.claims.lexicon import Lexicon
from redline.claims.registry import Entry, Registry
from redline.model import Actor, ActorKind, Voice
from redline.nlp import ParsedText, Token

__all__ = ["PeopleMixin"]

_MAX_BRIEF_TOKENS = 4  # "for sport", "on home affairs": the brief after a title
_PLACED = frozenset({"GPE", "NORP", "LOC", "ORG"})  # entity types that place a title
_CLAUSE_MARKS = frozenset({",", ";", ":", '"', "\u201c", "\u201d", "--"})
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady"})
# "Labour campaign spokesman Fraser Kemp": titles that speak for the party named first
_SPOKES_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_SPOKES_KINDS = frozenset({"campaign", "election", "press", "party", "chief"})
# words in a name the tagger missed: "Abdoulaye Fadiga", "Jean-Marie Le Gall"
_UNTAGGED_NAME_WORDS = (2, 3)


class PeopleMixin:
    """Person mentions for an :class:`ActorResolver`, which supplies the state below."""

    _pt: ParsedText
    _lexicon: Lexicon
    _registry: Registry
    _day: date | None
    _home: str | None
    _forms: Forms
    _found: list[Mention]
    _people: dict[str, Resolved]
    _surnames: set[str]

    if TYPE_CHECKING:

        def _entry_actor(self, actor_id: str) -> Actor | None: ...

        def _home_state(self) -> Actor | None: ...

        def _dateline_names_state(self) -> bool: ...

        def _match_form(self, i: int) -> Mention | None: ...

        def is_party(self, actor_id: str) -> bool:
            """Whether ``actor_id`` is a political party."""

        def _a_firm(self, head: Token) -> bool: ...

        def _leaning_abroad(self, word: str, actor: Actor) -> bool: ...

        def _refer_back(
            self,
            i: int,
            candidates: tuple[Entry, ...],
            *,
            blocs_only: bool,
            mentions: list[Mention] | None = None,
        ) -> Resolved | None: ...

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
            known = self._people.get(norm(name)) or self._people.get(
                norm(toks[m.end - 1].text)
            )
            if known is None:
                known = self._apposed(m, found, name) or self._named_after_lead(
                    m, found, name
                )
                if known is not None:
                    self._people[norm(name)] = known
                    self._remember_surnames(m.start, m.end, known)
            if known is None:
                out.append(m)
            else:
                out.append(
                    Mention(start=m.start, end=m.end, form="title", resolved=known)
                )
        return out

    def _named_after_lead(
        self, m: Mention, found: list[Mention], name: str
    ) -> Resolved | None:
        """The titled speaker of the lead, named in the sentence after it.

        "The Governor of the Central Bank of West African states (UMOA) today urged
        ... / Abdoulaye Fadiga told reporters ...": a wire story names the lead's
        speaker by title first and by name next. Only the first person the article
        names, as the subject of the second sentence, when the lead's subject is a
        title ("governor", "minister") whose phrase names one actor.
        """
        pt = self._pt
        toks = pt.tokens
        if toks[m.start].sent != 1:  # the second sentence
            return None
        if any(o.form in PERSON_FORMS and o.start < m.start for o in found):
            return None
        if not any(toks[k].dep == "nsubj" for k in range(m.start, m.end)):
            return None
        lo, hi = pt.sents[0]
        subject = next(
            (t for t in toks[lo:hi] if t.dep == "nsubj" and toks[t.head].dep == "ROOT"),
            None,
        )
        if (
            subject is None
            or subject.pos not in {"NOUN", "PROPN"}
            or subject.text.lower() not in self._lexicon.titles
        ):
            return None
        s_lo, s_hi = subtree_range(pt, subject.i)
        owners = {
            o.resolved.actor.id: o.resolved.actor
            for o in found
            if s_lo <= o.start
            and o.end <= s_hi
            and o.resolved is not None
            and o.form not in {*PERSON_FORMS, "demonym"}
        }
        if len(owners) != 1:
            return None
        actor = next(iter(owners.values()))
        if self._left_office(list(toks[s_lo:s_hi]), subject.i, actor.id):
            # "A former Home Office minister has called for ... / Barbara Roche
            # said ...": no longer the ministry's
            return None
        return Resolved(actor=actor, voice=Voice(name=name, role=subject.text.title()))

    def _apposed(self, m: Mention, found: list[Mention], name: str) -> Resolved | None:
        """An organisation or state named in an apposition or "of"-phrase of a name."""
        pt = self._pt
        head = m.end - 1
        if pt.tokens[head].text in {"'s", "\u2019s"} and head > m.start:
            head -= 1
        party = self._apposed_party(head) or self._party_before(m.start)
        if party is not None:
            return Resolved(actor=party, voice=Voice(name=name, role=None))
        for child in dep_children(pt, head, "poss"):
            # "Oxfam's Barbara Stocking", "Unison's Dave Prentis"
            for owner in found:
                if (
                    owner.start <= child.i < owner.end
                    and owner.resolved is not None
                    and owner.form not in {*PERSON_FORMS, "demonym"}
                ):
                    return Resolved(actor=owner.resolved.actor, voice=Voice(name=name))
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
        merged: list[tuple[int, int]] = []
        for lo, hi in sorted(ranges):
            if merged and lo <= merged[-1][1]:
                # "Jim Parton, from Families Need Fathers": a name the parser split
                # into an "of"-phrase and an apposition
                merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
            else:
                merged.append((lo, hi))
        for lo, hi in merged:
            if any(t.text.lower() in FORMER_WORDS for t in pt.tokens[lo:hi]):
                # "Phil Murphy, a former banker and ambassador to Germany": a post
                # once held speaks for no one now
                continue
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
                    and not self._ties_to(other.start, other.end, head)
                    and not self._home_town(other, title)
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
                and not any(t.text.lower() in FORMER_WORDS for t in pt.tokens[lo:hi])
                # "President of Diamond Shamrock Refining and Marketing Co": a firm's
                # officer, whether or not the tagger saw the firm
                and not any(
                    t.text.lower() in self._lexicon.private_sector
                    for t in pt.tokens[lo:hi]
                )
            ):
                # "Allen Wallis, undersecretary of state for economic affairs," in a
                # WASHINGTON story: a state title with no other place is the home's
                return Resolved(actor=home, voice=Voice(name=name, role=title.title()))
        return None

    def _home_town(self, place: Mention, title: str | None) -> bool:
        """Whether a capital beside a name says where the person lives or works.

        "Mr Mubanga, 32, from Wembley, London", "the service director at Brent
        Council in north-west London": a city the person comes from or a local body
        sits in, not the state the capital stands for ("Ahmed Farouk of Malaysia"
        names his delegation's state).
        """
        if place.form != "metonym" or place.resolved is None:
            return False
        entry = self._registry.entry(place.resolved.actor.id)
        surface = " ".join(t.text for t in self._pt.tokens[place.start : place.end])
        if entry is None or entry.capital != surface:
            return False  # "the White House cyber security coordinator": a seat
        prep = self._pt.tokens[self._pt.tokens[place.end - 1].head]
        return title is None or prep.text.lower() in {"in", "near", "from"}

    def _ties_to(self, start: int, end: int, top: int) -> bool:
        """Whether a mention hangs from ``top`` through ties or a private body.

        "Page, an oil industry consultant with numerous contacts in Russia": the
        place of one's contacts, links or interests is not the one served; nor is
        the state in a private body's name ("Saba, chairman of the Electronic
        Industries Association of Japan", "Colombia's National Association of Sugar
        Cane Growers"), which the registry does not know. Not an institute or a
        centre, which a state may run ("the Dominican Republic's National Sugar
        Institute").
        """
        toks = self._pt.tokens
        k = next(
            (j for j in range(start, end) if not start <= toks[j].head < end),
            end - 1,
        )  # the mention's own top word: words of its own name do not count
        for _ in range(12):
            if k == top or toks[k].head == k:
                return False
            k = toks[k].head
            lemma = toks[k].lemma.lower()
            if toks[k].pos == "NOUN" and lemma in self._lexicon.ties:
                return True
            if (
                toks[k].text[:1].isupper()
                and toks[k].pos in {"NOUN", "PROPN"}
                and (
                    lemma in self._lexicon.private_bodies
                    or toks[k].text.lower() in self._lexicon.private_bodies
                )
            ):
                return True
        return False

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

    def _party_before(self, start: int) -> Actor | None:
        """The party word right before a name: "Democrat Phil Murphy".

        Only a party noun (not "Social Democrat", "Liberal Democrat") that the name
        follows at once, in the same sentence.
        """
        pt = self._pt
        if start == 0:
            return None
        word = pt.tokens[start - 1]
        if word.sent != pt.tokens[start].sent or not word.text[:1].isupper():
            return None
        before = pt.tokens[start - 2] if start > 1 else None
        if (
            before is not None
            and before.text[:1].isupper()
            and before.pos in {"PROPN", "ADJ"}
        ):
            return None  # "Liberal Democrat Sarah Teather" is another party's
        entry = self._registry.lookup_demonym(word.text)
        if entry is None or entry.kind is not ActorKind.DOMESTIC:
            return None
        return self._entry_actor(entry.id)

    def as_party_spokesman(self, start: int, known: Resolved, name: str) -> Resolved:
        """``known``, or the party a spokesman's title before the name gives.

        "Labour campaign spokesman Fraser Kemp said": he speaks for the party here,
        whatever office the registry has him in.
        """
        party = self._party_spokesman_before(start)
        if party is None or party.id == known.actor.id:
            return known
        return Resolved(actor=party, voice=Voice(name=name, role=None))

    def _party_spokesman_before(self, start: int) -> Actor | None:
        """The party of a spokesman's title right before a name.

        "Labour spokesman Fraser Kemp", "Tory campaign spokesman Tim Collins": the
        party named first, then "spokesman" (after "campaign", "election" or
        "press"), then the name, in the same sentence.
        """
        toks = self._pt.tokens
        j = start - 1
        if j < 0 or toks[j].lemma.lower() not in _SPOKES_TITLES:
            return None
        j -= 1
        while j >= 0 and toks[j].text.lower() in _SPOKES_KINDS:
            j -= 1
        if j < 0 or toks[j].sent != toks[start].sent:
            return None
        found = self._match_form(j)
        if found is None or found.end != j + 1 or found.resolved is None:
            return None
        actor = found.resolved.actor
        return actor if self.is_party(actor.id) else None

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
            party = self._party_modifier(child.i)
            if party is not None:
                return party
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

    def _party_modifier(self, i: int) -> Actor | None:
        """The party of a person noun in an apposition: ", a Republican representative".

        The noun is a title or a word for people (``[titles]``, ``[anonymous]``
        nouns: "lawmaker", "member"); its one capitalised modifier is a party's
        demonym ("a Democratic senator", "a Conservative MP"), not the second word
        of a longer name ("a Liberal Democrat peer").
        """
        pt = self._pt
        tok = pt.tokens[i]
        lemma = tok.lemma.lower()
        if (
            lemma not in self._lexicon.titles
            and lemma not in self._lexicon.anonymous_nouns
            and lemma not in self._lexicon.actor_nouns
        ):
            return None
        mods = [
            k
            for k in children(pt, i)
            if k.dep in {"amod", "compound"} and k.i < i and k.text[:1].isupper()
        ]
        if len(mods) != 1:
            return None
        entry = self._registry.lookup_demonym(mods[0].text)
        if entry is None or entry.kind is not ActorKind.DOMESTIC:
            return None
        return self._entry_actor(entry.id)

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
            and not self._forms.get((norm(prev.text),))
            and prev.text.lower() not in self._lexicon.titles
            and prev.text.lower() not in self._lexicon.own_id_words  # "Senate"
            # "the Kentucky Republican": a place before a party member is no name
            and not (prev.ent_type == "GPE" and toks[i].ent_type == "NORP")
        )

    def _same_person(self, i: int, person_id: str) -> bool:
        """Whether the first name before surname ``i`` is the registry person's."""
        person = self._registry.person(person_id)
        if person is None:
            return False
        prev = self._pt.tokens[i - 1].text
        if prev.rstrip(".") in _HONORIFICS or prev.lower() in self._lexicon.titles:
            return True  # "Mr Blair", "Chancellor Brown"
        names = " ".join(norm(n) for n in (person.name, *person.aliases)).split()
        return norm(prev) in names

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
            end = i + 2  # "Mr Prentis", which the tagger may call anything
            while (
                end < len(toks)
                and toks[end].pos == "PROPN"
                and toks[end].ent_type == "PERSON"
                and toks[end].ent_iob == "I"
            ):
                end += 1  # "Dr Brian Gibbons": the whole name the tagger found
            return end
        if tok.pos == "PROPN" and (
            norm(tok.text) in self._people or norm(tok.text) in self._surnames
        ):
            return i + 1  # a surname named before, tagged GPE or NORP this time
        if (
            tok.pos == "NOUN"
            and tok.dep in {"nsubj", "nsubjpass"}
            and tok.text[:1].isupper()
            and tok.text.isalpha()
            and (norm(tok.text) in self._people or norm(tok.text) in self._surnames)
            and not any(
                k.dep in {"det", "poss", "amod", "compound"}
                for k in children(self._pt, i)
            )
        ):
            # "Farouk urged ...", the surname of a name found before, tagged a noun
            return i + 1
        return self._untagged_speaker(i)

    def _untagged_speaker(self, i: int) -> int | None:
        """End of a two- or three-word name the tagger missed that speaks.

        "Abdoulaye Fadiga told reporters ...": capitalised proper nouns with no
        entity type, compounds of the last, which is the subject of a reporting
        verb. Only at the start of the name, and not a title ("Governor Smith").
        """
        toks = self._pt.tokens
        if i > 0 and toks[i - 1].pos == "PROPN":
            return None
        end = i
        while (
            end < len(toks)
            and end - i < _UNTAGGED_NAME_WORDS[1]
            and toks[end].pos == "PROPN"
            and toks[end].ent_type == ""
            and toks[end].text.isalpha()
            and toks[end].text[:1].isupper()
            and not toks[end].text.isupper()
            and toks[end].lemma.lower() not in self._lexicon.titles
        ):
            end += 1
        if end - i < _UNTAGGED_NAME_WORDS[0] or (
            end < len(toks) and toks[end].pos == "PROPN"
        ):
            return None
        last = toks[end - 1]
        if last.dep != "nsubj" or any(
            toks[k].dep != "compound" or toks[k].head != last.i
            for k in range(i, end - 1)
        ):
            return None
        if toks[last.head].lemma.lower() not in self._lexicon.reporting_verbs:
            return None
        if any(
            k.dep in {"det", "nmod", "amod", "poss"} for k in children(self._pt, last.i)
        ):
            return None  # "The Post and Telecommunications Ministry said": a body
        return end

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
        known = self._people.get(norm(name)) or self._people.get(
            norm(toks[end - 1].text)
        )
        if known is not None:
            known = self.as_party_spokesman(i, known, name)
            return Mention(start=i, end=end, form="person", resolved=known)
        titled = self._titled_person(i, name)
        if titled is not None and self._legislator_of_a_state(titled):
            # "U.S. Senator Tom Vell, a Democrat,": the party, not the United States
            party = self._apposed_party(end - 1)
            titled = (
                None if party is None else Resolved(actor=party, voice=titled.voice)
            )
        if titled is None:
            # Kept so that "she" after "Patricia Hewitt" does not jump to someone else,
            # and so that a later bare surname is a person even if tagged otherwise.
            self._surnames.update(
                norm(toks[k].text) for k in _surname_tokens(toks, i, end)
            )
            return Mention(start=i, end=end, form="unknown_person", resolved=None)
        self._people[norm(name)] = titled
        self._remember_surnames(self._untagged_first_names(i, end), end, titled)
        return Mention(start=i, end=end, form="title", resolved=titled)

    def _untagged_first_names(self, i: int, end: int) -> int:
        """Start of the whole name when the tagger left its first words out.

        "Foreign Trade Minister Alejandro Martinez Cuenca", tagged PERSON on
        "Cuenca" alone: capitalised proper nouns right before, compounds on the name,
        with no entity type and no title among them.
        """
        toks = self._pt.tokens
        lead = i
        while lead > 0:
            tok = toks[lead - 1]
            if not (
                tok.pos == "PROPN"
                and tok.dep == "compound"
                and lead - 1 < tok.head < end
                and tok.ent_type == ""
                and tok.text.isalpha()
                and tok.text[:1].isupper()
                and tok.lemma.lower() not in self._lexicon.titles
            ):
                break
            lead -= 1
        return lead

    def _remember_surnames(self, start: int, end: int, person: Resolved) -> None:
        """Let a later bare surname of the name ``[start, end)`` find ``person``.

        The last word always ("Funaro"); in a longer name also the words between
        the first name and it, unless another person has them: "Alejandro Martinez
        Cuenca" is "Martinez" next, "Carlos Salinas de Gortari" is "Salinas".
        """
        toks = self._pt.tokens
        self._people[norm(toks[end - 1].text)] = person
        for k in _surname_tokens(toks, start, end):
            self._people.setdefault(norm(toks[k].text), person)

    def _on_the_name(self, k: int, first: int, name: int) -> bool:
        """Whether a word of a title's (a mention's last) hangs on the name after it.

        "Unison general secretary Dave Prentis": "Unison" modifies the title on the
        name; in "a visit to Tokyo by Corporate Affairs Minister Michael Howard"
        "Tokyo" hangs on "visit", outside the title.
        """
        toks = self._pt.tokens
        for _ in range(10):
            head = toks[k].head
            if head == k:
                return False
            if head >= name:
                return True  # the name, or what the title and name hang on
            if head < first:
                return False
            k = head
        return False

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
        envoy = self._envoy_at_a_body(before)
        if envoy is not None:
            return Resolved(actor=envoy, voice=Voice(name=name, role=title.title()))
        first = before[0].i if before else i
        cut = before[-1].i + 1 if before else i  # not the host of an envoy's post
        for other in reversed(self._found):
            if other.end <= first:
                break
            if other.start >= cut:
                continue
            if other.resolved is not None and self._left_office(
                before, other.start, other.resolved.actor.id
            ):
                continue  # "Former CIA director James Woolsey" no longer serves it
            if not self._on_the_name(other.end - 1, first, i):
                # "a visit to Tokyo by Corporate Affairs Minister Michael Howard":
                # the place of the visit is not the minister's body
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
                and other.form == "person"
                and other.resolved is not None
                and title in self._lexicon.staff_titles
            ):  # "McConnell spokesman Don Stewart" speaks for McConnell's side
                return Resolved(
                    actor=other.resolved.actor,
                    voice=Voice(name=name, role=title.title()),
                )
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
            if t.pos == "NOUN" and t.text.islower():
                # "consumer spokesman Abraham Van Overbeeke": the bloc named before
                prev = toks[t.i - 1] if t.i > 0 else None
                pair = (
                    f"{prev.lemma.lower()} {t.lemma.lower()}"
                    if prev is not None and prev.text.islower()
                    else None
                )  # "minority producer spokesman": the minority producers
                bloc = (self._bloc_back(pair) if pair else None) or self._bloc_back(
                    t.lemma.lower()
                )
                if bloc is not None:
                    voice = Voice(name=name, role=title.title())
                    return Resolved(actor=bloc, voice=voice)
            if not self._on_the_name(t.i, first, i):
                continue  # "a visit to Tokyo by Minister X": not his state
            if self._after_unknown_name_word(t.i):
                continue  # "Social Democratic leader X" is no Democrat
            if self._in_private_name(t.i):
                continue  # "American Soybean Association chairman X": the body's
            if t.i + 1 < len(toks) and self._a_firm(toks[t.i + 1]):
                continue  # "Chemical Bank Tokyo branch vice president X"
            if t.i + 1 < len(toks) and toks[t.i + 1].text in INSTITUTION_WORDS:
                continue  # "Labour Office President X" is no party's
            entry = self._registry.lookup_demonym(t.text) or self._registry.lookup_name(
                t.text.removesuffix("'s")
            )
            if entry is not None and self._party_abroad(entry, before, t.i):
                # "Greek Conservative opposition leader X": a party of another state
                # that shares the word, which the registry does not hold
                return None
            if entry is not None and not self._left_office(before, t.i, entry.id):
                actor = self._entry_actor(entry.id)
                if actor is not None:
                    return Resolved(
                        actor=actor, voice=Voice(name=name, role=title.title())
                    )
        home = self._home_state()
        placed = any(
            t.ent_type in {"GPE", "NORP", "LOC"} and self._on_the_name(t.i, first, i)
            for t in before
        ) or any(
            # "Johannesburg Stock Exchange president Tony Norton": a private body's
            # officer, not the dateline's state's
            t.ent_type == "ORG"
            and (
                t.lemma.lower() in self._lexicon.private_bodies | self._lexicon.markets
                or t.lemma.lower() in self._lexicon.private_sector
            )
            for t in before
        )
        former = any(t.text.lower() in FORMER_WORDS for t in before)
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
            and (self._dateline_names_state() or title != "president")
            # "union president Bob White", "IADB president Antonio Ortiz Mena": a
            # body's president, whatever the story's state
            and not (
                title == "president"
                and any(
                    (
                        t.pos == "NOUN"
                        or (t.pos == "PROPN" and t.text.isupper())
                        or t.lemma.lower() in self._lexicon.actor_nouns
                    )
                    and t.text.lower() not in title.split()
                    for t in before
                )
            )
        ):  # an outlet's "President Bush" is as often foreign as its own
            # "TOKYO - Trade Minister Hajime Tamura said": the dateline's state; not
            # "Alberta Premier Don Getty", who serves the place named with him
            return Resolved(actor=home, voice=Voice(name=name, role=title.title()))
        return None

    def _party_abroad(self, entry: Entry, before: list[Token], k: int) -> bool:
        """Whether the party word at ``k`` of a title belongs to another state.

        "Greek Conservative opposition leader", "Canadian Conservative MP": another
        state's name or demonym in the same title, or a leaning word ("Conservative")
        in a story datelined in another state, says the party is not ``entry``.
        """
        if not self.is_party(entry.id):
            return False
        home = entry.acts_for
        for t in before:
            if t.i == k or not t.text[:1].isupper():
                continue
            other = self._registry.lookup_demonym(t.text) or self._registry.lookup_name(
                t.text
            )
            if other is not None and other.kind is ActorKind.STATE and other.id != home:
                return True
        actor = self._entry_actor(entry.id)
        return actor is not None and self._leaning_abroad(
            self._pt.tokens[k].text, actor
        )

    def _left_office(self, before: list[Token], k: int, actor_id: str) -> bool:
        """Whether "former" or "ex-" before token ``k`` takes the title from its body.

        "Former CIA director James Woolsey" serves the agency no more; a party
        keeps its people ("former Labour minister X").
        """
        return not self.is_party(actor_id) and any(
            t.text.lower() in FORMER_WORDS for t in before if t.i < k
        )

    def _in_private_name(self, i: int) -> bool:
        """Whether token ``i`` opens a private body's name.

        "American Farm Bureau Federation": the tagger's organisation goes on to a
        ``[bodies] private_bodies`` word.
        """
        toks = self._pt.tokens
        if toks[i].ent_type != "ORG":
            return False
        j = i + 1
        while j < len(toks) and toks[j].ent_iob == "I" and toks[j].ent_type == "ORG":
            if (
                toks[j].text[:1].isupper()
                and toks[j].lemma.lower() in self._lexicon.private_bodies
            ):
                return True
            j += 1
        return False

    def _legislator_of_a_state(self, found: Resolved) -> bool:
        """Whether a titled name is a legislator put down to a whole state."""
        role = (found.voice.role or "").lower() if found.voice else ""
        return (
            role in self._lexicon.legislator_titles
            and found.actor.kind is ActorKind.STATE
        )

    def _bloc_back(self, noun: str) -> Actor | None:
        """The bloc ``noun`` names ("consumer") inside a body named so far (the ICO)."""
        found = self._refer_back(
            len(self._pt.tokens),
            self._registry.lookup_generic(noun),
            blocs_only=True,
            mentions=self._found,
        )
        return found.actor if found is not None else None

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

    def _envoy_at_a_body(self, before: list[Token]) -> Actor | None:
        """The state of an envoy named with the body they serve at.

        "Russian U.N. Ambassador Vitaly Churkin" speaks for Russia, at the U.N.
        """
        if (
            len(before) < 3  # noqa: PLR2004
            or before[-1].text.lower() not in self._lexicon.envoy_titles
        ):
            return None
        host = self._registry.lookup_name(before[-2].text)
        if host is None or host.kind is not ActorKind.IGO:
            return None
        for t in before[:-2]:
            entry = self._registry.lookup_demonym(t.text)
            if entry is not None and entry.kind is ActorKind.STATE:
                return self._entry_actor(entry.id)
        return None

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


def _after_last_punct(before: list[Token]) -> int:
    """Index in ``before`` just after its last clause mark (a final one aside).

    Commas, colons and quotation marks end the words before a title; brackets do not
    ("Ministry of International Trade and Industry (MITI) director general X").
    """
    for k in range(len(before) - 2, -1, -1):
        if before[k].text in _CLAUSE_MARKS:
            return k + 1
    return 0


_NAME_PARTICLES = frozenset({"de", "del", "da", "dos", "van", "von", "la", "le", "y"})


def _surname_tokens(toks: Sequence[Token], start: int, end: int) -> list[int]:
    """Words of the name ``[start, end)`` a later mention may use alone, last last.

    All but the first name, less initials ("J."), particles ("de") and a
    possessive; for a two-word name just the last word.
    """
    words = [k for k in range(start, end) if toks[k].text not in {"'s", "\u2019s"}]
    if len(words) < 3:  # noqa: PLR2004 - first name and surname
        return words[-1:]
    return (
        [
            k
            for k in words[1:]
            if toks[k].text[:1].isupper()
            and toks[k].text.isalpha()
            and len(toks[k].text) > 2  # noqa: PLR2004 - not an initial
            and toks[k].text.lower() not in _NAME_PARTICLES
        ]
        or words[-1:]
    )
