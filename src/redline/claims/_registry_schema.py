"""Validate actor registry TOML files (the trust boundary for human-edited data).

One file may hold any of the ``[[state]]``, ``[[igo]]``, ``[[body]]``,
``[[group]]``, ``[[person]]`` and ``[[outlet]]`` tables. :func:`parse_registry_file`
turns its text into a :class:`RegistryFile` or raises
:class:`~redline.errors.RegistryError` naming the file, the table entry and the field.
(No ``from __future__ import annotations`` here: pydantic reads the annotations at
runtime.)
"""

import tomllib
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from redline.errors import RegistryError

__all__ = [
    "BodyModel",
    "GroupModel",
    "IgoModel",
    "OutletModel",
    "PersonModel",
    "RegistryFile",
    "RoleModel",
    "StateModel",
    "parse_registry_file",
    "read_bundled",
    "read_user",
]

_Text = Annotated[str, Field(min_length=1)]
_ActorId = Annotated[str, Field(pattern=r"^[A-Z][A-Z0-9+]*(-[A-Z0-9]+)*$")]
_PersonId = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class StateModel(_Model):
    """A ``[[state]]`` table: a sovereign state, current or historical."""

    id: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    name: _Text
    names: list[_Text] = []
    demonyms: list[_Text] = Field(min_length=1)
    capital: _Text
    metonyms: list[_Text] = []
    # other cities a dateline may name ("ROTTERDAM"): never actors in the text
    cities: list[_Text] = []
    historical: bool = False
    end: date | None = None
    successor: _ActorId | None = None

    @model_validator(mode="after")
    def _check_history(self) -> Self:
        if (self.end is not None or self.successor is not None) and not self.historical:
            msg = "`end` and `successor` are only for historical states"
            raise ValueError(msg)
        if self.successor is not None and self.end is None:
            raise ValueError("a `successor` needs an `end` date")
        return self


class IgoModel(_Model):
    """An ``[[igo]]`` table: an international organisation or a bloc."""

    id: _ActorId
    kind: Literal["igo", "bloc"]
    name: _Text
    names: list[_Text] = []
    metonyms: list[_Text] = []
    generic: list[_Text] = []
    demonyms: list[_Text] = []


class BodyModel(_Model):
    """A ``[[body]]`` table: a domestic body that acts for a state."""

    id: _ActorId
    acts_for: _ActorId
    name: _Text
    names: list[_Text] = []
    metonyms: list[_Text] = []
    # Adjectives for a party's members: "Democratic Senator X", "Tory MPs".
    demonyms: list[_Text] = []


class GroupModel(_Model):
    """A ``[[group]]`` table: a non-state actor that speaks for itself.

    Unions, companies, business federations, creditor groups and negotiating blocs
    inside a body. ``country`` is where it is based (informational); ``within`` makes
    it a bloc of another actor, so that a ``generic`` noun ("consumers", "producing
    countries") resolves to it in an article that has named that actor.
    """

    id: _ActorId
    name: _Text
    names: list[_Text] = []
    generic: list[_Text] = []
    country: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] | None = None
    within: _ActorId | None = None


class RoleModel(_Model):
    """A ``[[person.role]]`` table; ``end`` is the last day in the role, inclusive."""

    actor: _ActorId
    title: _Text
    start: date
    end: date | None = None

    @model_validator(mode="after")
    def _check_dates(self) -> Self:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"role ends ({self.end}) before it starts ({self.start})")
        return self


class PersonModel(_Model):
    """A ``[[person]]`` table with one or more dated roles."""

    id: _PersonId
    name: _Text
    aliases: list[_Text] = []
    role: list[RoleModel] = Field(min_length=1)


class OutletModel(_Model):
    """An ``[[outlet]]`` table: a national outlet and the state it reports from.

    An article from it with no dateline takes that state as home ("Home Secretary
    X", a bare "the government").
    """

    name: _Text
    names: list[_Text] = []
    home: _ActorId


class RegistryFile(_Model):
    """Every table of one registry file."""

    state: list[StateModel] = []
    igo: list[IgoModel] = []
    body: list[BodyModel] = []
    group: list[GroupModel] = []
    person: list[PersonModel] = []
    outlet: list[OutletModel] = []


def _describe(raw: dict[str, Any], loc: tuple[int | str, ...]) -> str:
    """Name the table entry and field that a validation error points at."""
    if len(loc) < 2 or not isinstance(loc[1], int):  # noqa: PLR2004 (table, index)
        return ".".join(str(part) for part in loc) or "file"
    table, index = str(loc[0]), loc[1]
    entries = raw.get(table)
    entry_id = None
    if isinstance(entries, list) and index < len(entries):
        item = entries[index]
        entry_id = item.get("id") if isinstance(item, dict) else None
    where = f"[[{table}]] #{index + 1}"
    if entry_id is not None:
        where += f" (id={entry_id!r})"
    field = ".".join(str(part) for part in loc[2:])
    return f"{where} field {field!r}" if field else where


def parse_registry_file(text: str, *, label: str) -> RegistryFile:
    """Parse and validate one registry file; ``label`` names it in error messages.

    Raises:
        RegistryError: the text is not TOML or breaks the schema.
    """
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise RegistryError(f"{label}: invalid TOML: {e}") from e
    try:
        return RegistryFile.model_validate(raw)
    except ValidationError as e:
        problems = "; ".join(
            f"{_describe(raw, tuple(err['loc']))}: {err['msg']}" for err in e.errors()
        )
        raise RegistryError(f"{label}: {problems}") from e


def read_bundled(name: str) -> RegistryFile:
    """Read and validate a data file bundled in ``redline.claims.data.actors``."""
    ref = resources.files("redline.claims.data.actors").joinpath(name)
    try:
        text = ref.read_text(encoding="utf-8")
    except OSError as e:
        raise RegistryError(f"cannot read bundled actor data {name}: {e}") from e
    return parse_registry_file(text, label=name)


def read_user(path: Path) -> RegistryFile:
    """Read and validate a user registry file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise RegistryError(f"{path}: cannot read actor registry file: {e}") from e
    return parse_registry_file(text, label=str(path))
