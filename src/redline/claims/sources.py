"""Who reported a claim: parse a source phrase into a :class:`~redline.model.Source`.

"three Russian sources with knowledge of the negotiations" → anonymous, count 3,
affiliation RUS. "a second source" and "the three sources" draw their affiliation from
the anonymous group mentioned earlier in the article (:class:`SourceMemory`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from redline.claims._mention import AMOUNT_NOUNS, PERSON_FORMS
from redline.claims._tree import children, subtree_range
from redline.claims.lexicon import Lexicon
from redline.claims.mentions import ActorResolver
from redline.model import Source
from redline.nlp import ParsedText

__all__ = ["SourceMemory", "parse_source"]

_BREAKS = frozenset({",", ";", "(", "-", "\u2013", "\u2014"})


@dataclass(slots=True)
class SourceMemory:
    """The article's latest anonymous source group, for "the sources" and ordinals."""

    groups: list[tuple[str, Source]] = field(default_factory=list)

    def remember(self, noun: str, source: Source) -> None:
        """Keep an anonymous group that named its own affiliation."""
        if source.anonymous and source.affiliation is not None:
            self.groups.append((noun, source))

    def recall(self, noun: str) -> Source | None:
        """The latest group with the same head noun ("the sources")."""
        same = [s for n, s in self.groups if n == noun]
        return same[-1] if same else None


def _count_of(pt: ParsedText, head: int, lexicon: Lexicon) -> tuple[int | None, bool]:
    """Count of people in a source phrase and whether it refers back."""
    tok = pt.tokens[head]
    count: int | None = None
    refers_back = False
    plural = tok.tag in {"NNS", "NNPS"}
    for child in children(pt, head):
        low = child.text.lower()
        if child.dep == "nummod":
            count = lexicon.counts.get(low) or (int(low) if low.isdigit() else None)
        elif child.dep == "det" and low in {"the", "these", "those"}:
            refers_back = True
        elif child.dep == "det" and low in {"a", "an", "one"}:
            count = 1
        elif child.dep in {"amod", "advmod"} and low in lexicon.ordinals:
            refers_back = True
            count = 1
    if tok.pos == "NUM" or tok.like_num:  # "two of the sources"
        low = tok.text.lower()
        count = lexicon.counts.get(low) or (int(low) if low.isdigit() else None)
        refers_back = True
    if count is None and not plural and tok.lemma.lower() in lexicon.anonymous_nouns:
        count = 1
    if count == 0:
        count = None
    return count, refers_back


def _source_head(pt: ParsedText, head: int, lexicon: Lexicon) -> int:
    """For "two of the sources" the head noun is "sources", reached through "of"."""
    tok = pt.tokens[head]
    if tok.pos == "NUM" or tok.like_num:
        for child in children(pt, head):
            if child.dep == "prep" and child.text.lower() == "of":
                for obj in children(pt, child.i):
                    if (
                        obj.dep == "pobj"
                        and obj.lemma.lower() in lexicon.anonymous_nouns
                    ):
                        return obj.i
    return head


def parse_source(
    pt: ParsedText,
    head: int,
    *,
    lexicon: Lexicon,
    resolver: ActorResolver,
    memory: SourceMemory,
) -> Source:
    """Describe the source phrase headed by token ``head``."""
    lo, hi = _phrase_range(pt, head)
    text = pt.text[pt.tokens[lo].idx : pt.tokens[hi - 1].end].strip(" ,")
    noun = _source_head(pt, head, lexicon)
    lemma = pt.tokens[noun].lemma.lower()
    count, refers_back = _count_of(pt, head, lexicon)
    if noun != head and count is None:
        count, _ = _count_of(pt, noun, lexicon)
    is_anonymous = (
        lemma in lexicon.anonymous_nouns
        and not _names_person(pt, lo, hi)
        and not _identified_office(pt, head, lexicon)
        and not _office_holder(pt, head, lexicon, resolver)
    )
    if not is_anonymous:
        resolved = resolver.resolve_token(head)
        affiliation = resolved.actor.id if resolved is not None else None
        if pt.tokens[head].pos == "PRON" and resolved is not None:
            # "he said": name who "he" is, as far as the article says.
            text = resolved.voice.name if resolved.voice else resolved.actor.name
        count = _named_count(pt, head, resolver)
        people = sum(
            t.ent_type == "PERSON" and t.ent_iob == "B" for t in pt.tokens[lo:hi]
        )
        joined = any(t.dep == "cc" for t in pt.tokens[lo:hi])
        if count is not None and joined and people > count:
            count = people  # "Ryan and Senate leader Mitch McConnell": a misparse
        return Source(text=text, anonymous=False, count=count, affiliation=affiliation)
    earlier = memory.recall(lemma)
    affiliation = (
        None if refers_back and earlier else _affiliation(pt, lo, hi, resolver)
    )
    if affiliation is None and (refers_back or count is not None) and earlier:
        affiliation = earlier.affiliation
    if refers_back and count is None and earlier is not None:
        count = earlier.count  # "the diplomats" are the two diplomats named before
    source = Source(text=text, anonymous=True, count=count, affiliation=affiliation)
    if not refers_back:
        memory.remember(lemma, source)
    return source


def _named_count(pt: ParsedText, head: int, resolver: ActorResolver) -> int | None:
    """How many named sources: "Pelosi and Schumer said" is two, "Haile said" one.

    A singular office or body ("the prime minister", "the union") is one too; a plural
    name ("Democrats") or "they" says no number. A conjunct counts only if it is a
    person exactly when the head is: "Philippines Trade and Industry Secretary Jose
    Concepcion", which the parser may join at "and", is one person.
    """
    tok = pt.tokens[head]
    if resolver.names_outlet(head):
        return 1  # "according to the Times", whatever the tagger makes of "Times"
    mention = resolver.mention_at(head)
    one_person = (
        mention is not None
        and mention.form in PERSON_FORMS
        and mention.start == mention.end - 1 == head
    )
    if not one_person and (
        tok.tag in {"NNPS", "NNS"}
        or tok.text.lower() in {"they", "we", "them"}
        or tok.lemma.lower() in AMOUNT_NOUNS  # "a handful of senators": no number
    ):
        return None
    if not one_person and (
        tok.pos not in {"PROPN", "PRON"}
        and not tok.text[:1].isupper()
        and tok.tag != "NN"  # "the prime minister", "the union": one
    ):
        return None
    person = tok.ent_type == "PERSON"
    return 1 + sum(
        (pt.tokens[k].ent_type == "PERSON") == person for k in resolver.conjuncts(head)
    )


def _phrase_range(pt: ParsedText, head: int) -> tuple[int, int]:
    """The source phrase: the head's subtree, cut at a comma or clause after it.

    "one senior source with knowledge of ..., who spoke on condition of anonymity"
    ends before the comma.
    """
    lo, hi = subtree_range(pt, head)
    for k in range(head + 1, hi):
        tok = pt.tokens[k]
        if tok.text in _BREAKS or (
            tok.dep in {"relcl", "acl"} and tok.pos == "VERB" and tok.tag != "VBN"
        ):
            return lo, k
    return lo, hi


def _identified_office(pt: ParsedText, head: int, lexicon: Lexicon) -> bool:
    """A single office the text pins down: "Brazil's finance minister".

    Not "a finance ministry official" or "two ministers": an indefinite or counted
    phrase, or a bare "official", stays anonymous.
    """
    tok = pt.tokens[head]
    if tok.tag in {"NNS", "NNPS"}:
        return False
    kids = list(children(pt, head))
    if any(
        (k.dep == "det" and k.text.lower() in {"a", "an", "another", "one"})
        or k.dep == "nummod"
        for k in kids
    ):
        return False
    if not any(k.dep == "poss" for k in kids):
        return False
    mods = [k for k in kids if k.dep == "compound" and k.i < head]
    title = " ".join([*(k.text.lower() for k in mods), tok.text.lower()])
    return len(title.split()) > 1 and title in lexicon.titles


def _office_holder(
    pt: ParsedText, head: int, lexicon: Lexicon, resolver: ActorResolver
) -> bool:
    """An office one person holds, whom the registry names on the article's date.

    "The prime minister", "the foreign minister" of the article's state. Not "the
    official" or "the ministers": only a singular title of two or more words after
    "the", and only when the resolver finds who holds it.
    """
    tok = pt.tokens[head]
    if tok.tag in {"NNS", "NNPS"}:
        return False
    kids = list(children(pt, head))
    if [k.text.lower() for k in kids if k.dep == "det"] != ["the"]:
        return False
    mods = [k for k in kids if k.dep in {"compound", "amod"} and k.i < head]
    title = " ".join([*(k.text.lower() for k in mods), tok.text.lower()])
    if len(title.split()) < 2 or title not in lexicon.titles:  # noqa: PLR2004
        return False
    resolved = resolver.resolve_token(head)
    return resolved is not None and resolved.voice is not None


def _names_person(pt: ParsedText, lo: int, hi: int) -> bool:
    return any(t.ent_type == "PERSON" for t in pt.tokens[lo:hi])


def _affiliation(
    pt: ParsedText, lo: int, hi: int, resolver: ActorResolver
) -> str | None:
    """A demonym, state or body named inside the source phrase."""
    for m in resolver.mentions_in(lo, hi):
        if m.resolved is not None:
            return m.resolved.actor.id
    for tok in pt.tokens[lo:hi]:
        if tok.dep in {"amod", "compound"}:
            actor = resolver.demonym_actor(tok.text)
            if actor is not None:
                return actor.id
    return None
