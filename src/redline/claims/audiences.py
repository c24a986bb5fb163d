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

__all__ = ["campaign_claims", "party_speakers", "speak_for_parties"]


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


# Stances that attack a rival: "warned that the Tories were planning cuts" campaigns,
# "rejected the Tories' call" governs.
_ATTACKS = frozenset({"accuse", "warn"})


def campaign_claims(
    claims: Sequence[Claim],
    pt: ParsedText,
    resolver: ActorResolver,
    lexicon: Lexicon,
) -> list[Claim]:
    """A minister's words about party politics, given to the minister's party.

    "he pledged childcare would be a centrepiece of Labour's manifesto": a member of
    a government whose reported words name his own party is campaigning, and so is
    one who accuses or warns of a rival party of the same state ("warning that the
    Tory strategy was to win power via the back door"). "The Labour government"
    is the government, and presidents stay with their state ("Trump blamed
    Democrats" is the government's).
    """
    out = []
    for claim in claims:
        voice = claim.voiced_by
        party = resolver.party_of(voice.name) if voice is not None else None
        if (
            voice is None
            or party is None
            or (voice.role or "").lower().endswith("president")
            or resolver.state_of(party.id) != claim.holder
        ):
            out.append(claim)
            continue
        named = _parties_named(pt, resolver, lexicon, _content_tokens(pt, claim))
        campaigns = any(
            a == party
            or (claim.action in _ATTACKS and resolver.state_of(a.id) == claim.holder)
            for a in named
        )
        out.append(dataclasses.replace(claim, holder=party) if campaigns else claim)
    return out


def _content_tokens(pt: ParsedText, claim: Claim) -> tuple[int, int]:
    """The tokens ``[lo, hi)`` of the claim's content inside its evidence."""
    at = pt.text.find(claim.content, claim.evidence.start, claim.evidence.end)
    start, end = (
        (at, at + len(claim.content))
        if claim.content and at >= 0
        else (claim.evidence.start, claim.evidence.end)
    )
    inside = [t.i for t in pt.tokens if t.idx >= start and t.end <= end]
    return (inside[0], inside[-1] + 1) if inside else (0, 0)


def _parties_named(
    pt: ParsedText, resolver: ActorResolver, lexicon: Lexicon, span: tuple[int, int]
) -> list[Actor]:
    """Parties named in ``span`` by name or adjective ("Labour's", "the Tory plan").

    Not a party that only qualifies its government ("the Labour government").
    """
    lo, hi = span
    found: list[tuple[int, Actor]] = (
        [
            (m.end - 1, m.resolved.actor)
            for m in resolver.mentions_in(lo, hi)
            if m.resolved is not None and m.resolved.voice is None  # not its members
        ]
        + [
            (t.i, actor)
            for t in pt.tokens[lo:hi]
            if t.pos in {"ADJ", "PROPN"}
            and (actor := resolver.demonym_actor(t.text)) is not None
        ]
    )
    return [
        actor
        for i, actor in found
        if resolver.is_party(actor.id)
        and not (
            pt.tokens[i].dep in {"compound", "amod"}
            and pt.tokens[pt.tokens[i].head].lemma.lower() in lexicon.government_nouns
        )
    ]
