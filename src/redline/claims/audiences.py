"""Speeches to a party's own audience: the speaker speaks for the party.

"The prime minister has told a Labour Party gathering that ...", "He told his
party's spring conference ...", "issued a rallying cry to supporters": a member of
a government who addresses his party's conference, rally, members or supporters is
campaigning, and what he says in that article is his party's position rather than
his government's. The party is the one the audience phrase names, else (for "his
party's conference", "supporters") the speaker's own in the registry on the
article's day. The party itself as the audience ("told the Parliamentary Labour
Party") does not count: measured on the tuning half it moved a denial the same
article dates to another day.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from redline.claims._cue import subject_of
from redline.claims._tree import children, dep_children, subtree_range
from redline.claims.lexicon import Lexicon
from redline.claims.mentions import ActorResolver
from redline.model import Actor, Claim
from redline.nlp import ParsedText, Token

__all__ = ["party_speakers", "speak_for_parties"]


def _audiences(pt: ParsedText, verb: Token) -> list[Token]:
    """Who verb ``verb`` addresses: its object, or a "to" phrase on it or its object.

    "told a Labour Party gathering", "spoke to party activists", "issued a rallying
    cry to supporters".
    """
    heads = [verb, *dep_children(pt, verb.i, "dobj")]
    out = list(dep_children(pt, verb.i, "dobj", "dative"))
    for head in heads:
        for prep in dep_children(pt, head.i, "prep"):
            if prep.text.lower() == "to":
                out.extend(dep_children(pt, prep.i, "pobj"))
    return out


def _named_party(
    pt: ParsedText, audience: Token, resolver: ActorResolver
) -> Actor | None:
    """The party the audience phrase names ("a Labour Party gathering")."""
    lo, hi = subtree_range(pt, audience.i)
    for mention in resolver.mentions_in(lo, hi):
        found = mention.resolved
        if found is not None and resolver.is_party(found.actor.id):
            return found.actor
    return None


def _ruling(pt: ParsedText, audience: Token) -> bool:
    """Whether the phrase calls the party the ruling or governing one."""
    lo, hi = subtree_range(pt, audience.i)
    return any(t.text.lower() in {"ruling", "governing"} for t in pt.tokens[lo:hi])


def _own_party_words(pt: ParsedText, audience: Token) -> bool:
    """Whether the phrase calls the party the speaker's ("his party's conference")."""
    return any(
        k.lemma.lower() == "party"
        and any(d.dep == "poss" or d.text.lower() == "the" for d in children(pt, k.i))
        for k in [audience, *children(pt, audience.i)]
    )


def party_speakers(
    pt: ParsedText, resolver: ActorResolver, lexicon: Lexicon
) -> dict[str, tuple[str, Actor]]:
    """Each person (by name) the article shows addressing his party.

    Maps the name to the state the person speaks for and the party.
    """
    out: dict[str, tuple[str, Actor]] = {}
    for verb in pt.tokens:
        if (
            verb.pos != "VERB"
            or verb.lemma.lower() not in lexicon.audience_verbs
            or dep_children(pt, verb.i, "xcomp")
        ):
            continue  # "told his party to draft a package" instructs it
        subject = subject_of(pt, verb.i)
        speaker = resolver.resolve_token(subject) if subject is not None else None
        if speaker is None or speaker.voice is None:
            continue
        for audience in _audiences(pt, verb):
            if _ruling(pt, audience):
                continue  # "supporters of his ruling party": still the government
            party = _named_party(pt, audience, resolver)
            noun = audience.lemma.lower()
            if party is None and (
                noun in lexicon.partisan_audiences
                or (noun in lexicon.audience_nouns and _own_party_words(pt, audience))
            ):
                party = resolver.party_of(speaker.voice.name)
            elif party is not None and not (
                noun in lexicon.audience_nouns
                or noun in lexicon.partisan_audiences
                or resolver.mention_at(audience.i) is not None
            ):
                party = None  # "told Labour's critics": not its own audience
            if party is not None and resolver.state_of(party.id) == speaker.actor:
                out[speaker.voice.name] = (speaker.actor.id, party)
    return out


def speak_for_parties(
    claims: Sequence[Claim], speakers: dict[str, tuple[str, Actor]]
) -> list[Claim]:
    """Claims voiced by a party speaker for his state, given to his party instead."""
    out = []
    for claim in claims:
        found = speakers.get(claim.voiced_by.name) if claim.voiced_by else None
        if found is not None and claim.holder.id == found[0]:
            out.append(dataclasses.replace(claim, holder=found[1]))
        else:
            out.append(claim)
    return out
