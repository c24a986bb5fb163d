"""Load the attribution cue lists (bundled TOML) merged with the claims lexicon."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

from redline.claims.lexicon import load_lexicon
from redline.errors import RegistryError

__all__ = ["FRAMES", "CueLexicon", "load_cue_lexicon"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CueLexicon:
    """Lemma sets the attribution rules read.

    Attributes:
        frames: Verb lemmas listed as cues for each complement frame (``clause``,
            ``infinitive``, ``object``, ``prep``, ``quote``); a feature of the cue
            model, which decides.
        clause_nouns: Nouns whose clausal complement is the content.
        source_preps: Multi-word prepositions introducing a source, lower case.
        naming_verbs: Verbs whose object and predicate are the content ("called
            him a loser"), read without the cue model.
        source_nouns: Nouns that are sources in themselves: "in a new poll, …",
            "Poll: …".
        sourceless_verbs: Raising verbs ("seem", "appear") whose subject is not
            the source: their cues take none.
    """

    frames: dict[str, frozenset[str]]
    clause_nouns: frozenset[str]
    source_preps: tuple[tuple[str, ...], ...]
    naming_verbs: frozenset[str] = frozenset()
    source_nouns: frozenset[str] = frozenset()
    sourceless_verbs: frozenset[str] = frozenset()


FRAMES: tuple[str, ...] = ("clause", "infinitive", "object", "prep", "quote")
"""Frames read from the cue lists; ``quote``, ``colon`` and ``passive`` are derived."""


def _strings(
    data: dict[str, object], table: str, key: str, *, required: bool = True
) -> list[str]:
    section = data.get(table)
    values = section.get(key) if isinstance(section, dict) else None
    if values is None and not required:
        return []
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise RegistryError(f"attribution data: [{table}] {key} must be strings")
    return [v.strip().lower() for v in values]


def _read(name: str) -> dict[str, object]:
    ref = resources.files("redline.attribution.data").joinpath(name)
    try:
        return tomllib.loads(ref.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise RegistryError(f"cannot read attribution {name}: {e}") from e


def _frames(
    hand: dict[str, object], reporting: frozenset[str]
) -> dict[str, frozenset[str]]:
    out = {
        frame: frozenset(_strings(hand, "verbs", frame, required=False))
        for frame in FRAMES
    }
    out["clause"] |= reporting
    out["quote"] = out["clause"]  # a quotation is a clause said before the verb
    out["colon"] = out["clause"]  # "X said: …"
    out["passive"] = out["clause"] | out["object"]  # "it was reported by X"
    return out


@functools.cache
def load_cue_lexicon() -> CueLexicon:
    """Load the bundled cue lists once per process.

    Raises:
        RegistryError: the data file is missing or malformed.
    """
    data = _read("cues.toml")
    claims = load_lexicon()
    preps = {*_strings(data, "prepositions", "source"), *claims.according_to}
    return CueLexicon(
        frames=_frames(data, claims.reporting_verbs),
        clause_nouns=frozenset(_strings(data, "nouns", "clause")),
        source_preps=tuple(sorted(tuple(p.split()) for p in preps)),
        naming_verbs=frozenset(_strings(data, "verbs", "naming")),
        source_nouns=frozenset(_strings(data, "nouns", "source", required=False)),
        sourceless_verbs=frozenset(
            _strings(data, "verbs", "sourceless", required=False)
        ),
    )
