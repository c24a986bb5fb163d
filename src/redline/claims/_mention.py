"""What the actor resolver finds: mentions of actors and what a phrase resolves to."""

from __future__ import annotations

from dataclasses import dataclass

from redline.model import Actor, Voice

__all__ = [
    "AMOUNT_NOUNS",
    "FORMER_WORDS",
    "PERSON_FORMS",
    "PERSON_PRONOUNS",
    "Forms",
    "Mention",
    "Resolved",
    "norm",
]

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
# mention forms that name a person rather than a state or body
PERSON_FORMS = frozenset({"person", "title", "unknown_person"})
# nouns of an amount whose "of" phrase names who is counted ("a handful of senators")
AMOUNT_NOUNS = frozenset(
    {"handful", "number", "couple", "dozen", "score", "majority", "minority", "bunch"}
)

# Words after a name that make it part of an office's name: "the Federal Labour
# Office", "the Labor Department" are no party's.
INSTITUTION_WORDS = frozenset(
    {"Office", "Ministry", "Department", "Court", "Board", "Exchange", "Organisation",
     "Organization", "Relations", "Market", "Inspectorate", "Tribunal"}
)  # fmt: skip
# words that make a title one no longer held ("former minister", "ex-premier")
FORMER_WORDS = frozenset({"former", "ex", "ex-"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Resolved:
    """An actor found for a phrase, with who voiced it (a person or body), if anyone."""

    actor: Actor
    voice: Voice | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """A span of tokens ``[start, end)`` that names an actor."""

    start: int
    end: int
    form: str  # name, metonym, demonym, generic, person, title, unknown_person
    resolved: Resolved | None


# registry forms by their normalised words: (id, kind, form, surface) per match
Forms = dict[tuple[str, ...], list[tuple[str, str, str, str]]]


def norm(text: str) -> str:
    """Lower case with a straight apostrophe, for matching names and forms."""
    return text.lower().replace("\u2019", "'")
