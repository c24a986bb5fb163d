"""The actor registry: states, IGOs, blocs, domestic bodies and people with dated roles.

The bundled TOML files in ``redline.claims.data.actors`` are read once per process by
:func:`default_registry`; :meth:`Registry.load` adds user files of the same schema whose
entries replace bundled ones with the same id.

Name matching rules (:meth:`Registry.lookup_name`, :meth:`Registry.lookup_person`):
whitespace is collapsed and a leading "the " dropped; forms of two or more words match
case-insensitively, except that a name with a small word in it ("Group of Five")
needs capitalised text ("a group of five MPs" is no bloc); acronyms (no lower-case
letter) match their exact case with dots ignored, so "U.S." and "US" are one form but
"us" is not; single words match when the text is capitalised ("Moscow") or upper case
("MOSCOW"). A form claimed by two entries (or two people) is ambiguous and resolves to
``None``.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from redline.claims._registry_schema import (
    BodyModel,
    RegistryFile,
    read_bundled,
    read_user,
)
from redline.errors import RegistryError
from redline.model import Actor, ActorKind

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping, Sequence
    from datetime import date
    from pathlib import Path

__all__ = ["Entry", "Person", "Registry", "Role", "default_registry"]

_BUNDLED = (
    "states.toml",
    "igos.toml",
    "bodies.toml",
    "groups.toml",
    "people.toml",
    "outlets.toml",
)
_SPACE = re.compile(r"\s+")
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_HEAD_OF_STATE = frozenset(
    {"president", "king", "queen", "emperor", "supreme leader", "general secretary"}
)
_HEAD_OF_GOVERNMENT = frozenset({"prime minister", "chancellor", "premier"})
_MINISTER_WORDS = ("minister", "secretary", "chancellor of", "trade representative")


def _title_rank(title: str) -> int:
    """Rank a title: head of state 3, head of government 2, minister 1, other 0."""
    folded = title.casefold()
    if folded in _HEAD_OF_STATE:
        return 3
    if folded in _HEAD_OF_GOVERNMENT:
        return 2
    return 1 if any(word in folded for word in _MINISTER_WORDS) else 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Role:
    """An office held for an actor; ``end`` is inclusive and ``None`` while current."""

    actor: str
    title: str
    start: date
    end: date | None

    def active_on(self, day: date) -> bool:
        """Whether the role was held on ``day``."""
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """A named person and the roles they held."""

    id: str
    name: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]

    def role_on(self, day: date | None) -> Role | None:
        """The role held on ``day``, or the most recent one started by then.

        Of several roles held at once, the highest-ranked title wins (head of state >
        head of government > minister > other). With no ``day``, the latest role.
        """
        if day is None:
            return max(self.roles, key=lambda r: (r.start, _title_rank(r.title)))
        active = [r for r in self.roles if r.active_on(day)]
        if active:
            return max(active, key=lambda r: (_title_rank(r.title), r.start))
        started = [r for r in self.roles if r.start <= day]
        return max(started, key=lambda r: r.start) if started else None


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """A state, IGO, bloc or domestic body and the words news uses for it."""

    id: str
    name: str
    kind: ActorKind
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    metonyms: tuple[str, ...]
    generic: tuple[str, ...]
    acts_for: str | None
    historical: bool
    capital: str | None = None
    cities: tuple[str, ...] = ()
    end: date | None = None
    successor: str | None = None
    within: str | None = None

    def as_actor(self) -> Actor:
        """The :class:`~redline.model.Actor` for this entry."""
        return Actor(id=self.id, name=self.name, kind=self.kind)


def _normalise(text: str) -> str:
    return _THE.sub("", _SPACE.sub(" ", text.replace("\u2019", "'").strip()))


def titled_name(form: str) -> bool:
    """Whether a name of several words holds a small word ("Group of Five").

    Such a name needs capitalised text: "a group of five MPs" is no bloc.
    """
    words = form.split()
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and any(w[:1].islower() for w in words)
    )


def _form_key(text: str) -> str | None:
    """The index key of a stored form (see the module docstring)."""
    form = _normalise(text)
    if not form:
        return None
    if not any(c.islower() for c in form):
        return "A:" + form.replace(".", "")
    if " " in form:
        return ("C:" if titled_name(form) else "M:") + form.casefold()
    return "W:" + form.casefold()


def _query_keys(text: str) -> tuple[str, ...]:
    """The keys a query may match, best first."""
    form = _normalise(text)
    if not form:
        return ()
    if " " in form:
        if form[0].isupper():
            return ("C:" + form.casefold(), "M:" + form.casefold())
        return ("M:" + form.casefold(),)
    if not any(c.islower() for c in form):
        return ("A:" + form.replace(".", ""), "W:" + form.casefold())
    return ("W:" + form.casefold(),) if form[0].isupper() else ()


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _entries_of(data: RegistryFile) -> Iterator[Entry]:
    for s in data.state:
        yield Entry(
            id=s.id, name=s.name, kind=ActorKind.STATE,
            names=_unique([s.name, *s.names]), demonyms=_unique(s.demonyms),
            metonyms=_unique(s.metonyms), generic=(), acts_for=None,
            historical=s.historical, capital=s.capital, end=s.end,
            successor=s.successor, cities=_unique(s.cities),
        )  # fmt: skip
    for i in data.igo:
        yield Entry(
            id=i.id, name=i.name,
            kind=ActorKind.BLOC if i.kind == "bloc" else ActorKind.IGO,
            names=_unique([i.name, *i.names]), demonyms=_unique(i.demonyms),
            metonyms=_unique(i.metonyms), generic=_unique(i.generic), acts_for=None,
            historical=False,
        )  # fmt: skip
    for b in data.body:
        yield Entry(
            id=b.id, name=b.name, kind=ActorKind.DOMESTIC,
            names=_unique([b.name, *b.names]), demonyms=_unique(b.demonyms),
            metonyms=_unique(b.metonyms), generic=_generic_of_body(b),
            acts_for=b.acts_for,
            historical=False,
        )  # fmt: skip
    for g in data.group:
        yield Entry(
            id=g.id, name=g.name, kind=ActorKind.GROUP,
            names=_unique([g.name, *g.names]), demonyms=(), metonyms=(),
            generic=_unique(g.generic), acts_for=None, historical=False,
            within=g.within,
        )  # fmt: skip


_BODY_HEADS = frozenset(
    {"ministry", "department", "party", "bank", "parliament", "senate", "house",
     "treasury", "commission", "committee", "council", "congress", "assembly",
     "cabinet"}
)  # fmt: skip


def _body_generic(name: str) -> tuple[str, ...]:
    """The noun that refers back to a body: "the ministry", "the party", "the bank".

    The head of the name: the last word before "of" ("Ministry of Defence", "U.S.
    House of Representatives") or the last word ("Labour Party"), when it is one of
    the nouns bodies are called by.
    """
    words = name.split(" of ", maxsplit=1)[0].split()
    head = words[-1].casefold() if words else ""
    return (head,) if head in _BODY_HEADS else ()


def _generic_of_body(body: BodyModel) -> tuple[str, ...]:
    """The noun for ``body``: its name's head, or "party" if another name has it.

    "the party" after "Liberal Democrat" is the Liberal Democrats, whose main name
    ("Liberal Democrats") has no head noun but whose "Liberal Democrat Party" does.
    """
    own = _body_generic(body.name)
    if own:
        return own
    return ("party",) if any(_body_generic(n) == ("party",) for n in body.names) else ()


def _people_of(data: RegistryFile) -> Iterator[Person]:
    for p in data.person:
        roles = tuple(
            Role(actor=r.actor, title=r.title, start=r.start, end=r.end) for r in p.role
        )
        yield Person(id=p.id, name=p.name, aliases=_unique(p.aliases), roles=roles)


class Registry:
    """Look up actors and people by the words news uses for them."""

    def __init__(
        self,
        entries: Sequence[Entry],
        people: Sequence[Person],
        outlets: Mapping[str, str] | None = None,
    ) -> None:
        """Index ``entries`` and ``people``; use :meth:`load` to read data files.

        ``outlets`` maps an outlet's name (any case) to the id of its home state.
        """
        self._entries = {e.id: e for e in entries}
        self._people = {p.id: p for p in people}
        self._outlets = {k.casefold(): v for k, v in (outlets or {}).items()}
        home_bodies: defaultdict[tuple[str, str], list[Entry]] = defaultdict(list)
        for e in entries:
            if e.kind is ActorKind.DOMESTIC and e.acts_for is not None:
                for noun in e.generic:
                    home_bodies[e.acts_for, noun].append(e)
        self._home_bodies = dict(home_bodies)
        names: defaultdict[str, dict[str, bool]] = defaultdict(dict)
        demonyms: defaultdict[str, set[str]] = defaultdict(set)
        generic: defaultdict[str, list[Entry]] = defaultdict(list)
        predecessors: defaultdict[str, list[Entry]] = defaultdict(list)
        for e in entries:
            for form, is_metonym in [(n, False) for n in e.names] + [
                (m, True) for m in e.metonyms
            ]:
                key = _form_key(form)
                if key is not None:
                    seen = names[key]
                    seen[e.id] = seen.get(e.id, True) and is_metonym
            for d in e.demonyms:
                demonyms[_SPACE.sub(" ", d.strip())].add(e.id)
            for g in e.generic:
                generic[_normalise(g).casefold()].append(e)
            if e.successor is not None:
                predecessors[e.successor].append(e)
        self._names = dict(names)
        places: defaultdict[str, set[str]] = defaultdict(set)
        for e in entries:
            if e.kind is ActorKind.STATE and not e.historical:
                for place in (e.capital, *e.cities):
                    if place:
                        places[_normalise(place).casefold()].add(e.id)
        self._places = {k: next(iter(v)) for k, v in places.items() if len(v) == 1}
        self._demonyms = dict(demonyms)
        self._generic = {k: tuple(v) for k, v in generic.items()}
        self._predecessors = dict(predecessors)
        person_keys: defaultdict[str, set[str]] = defaultdict(set)
        holders: defaultdict[tuple[str, str], list[tuple[Role, Person]]] = defaultdict(
            list
        )
        for p in people:
            for form in (p.name, *p.aliases):
                key = _form_key(form)
                if key is not None:
                    person_keys[key].add(p.id)
            for r in p.roles:
                holders[r.actor, r.title.casefold()].append((r, p))
        self._person_keys = dict(person_keys)
        self._holders = dict(holders)

    @classmethod
    def load(cls, *, extra: Sequence[Path] = ()) -> Registry:
        """Load the bundled data plus user files; user entries replace bundled ids.

        Raises:
            RegistryError: a file is unreadable or invalid, the bundled data or one
                user file repeats an id, or an entry refers to an unknown actor.
        """
        entries: dict[str, Entry] = {}
        people: dict[str, Person] = {}
        outlets: dict[str, str] = {}
        origin: dict[str, str] = {}
        sources = [(name, read_bundled(name)) for name in _BUNDLED]
        sources += [(str(path), read_user(path)) for path in extra]
        bundled_ids: set[str] = set()
        for index, (label, data) in enumerate(sources):
            is_bundled = index < len(_BUNDLED)
            seen: set[str] = bundled_ids if is_bundled else set()
            items: list[Entry | Person] = [*_entries_of(data), *_people_of(data)]
            for item in items:
                if item.id in seen:
                    raise RegistryError(f"{label}: duplicate id {item.id!r}")
                seen.add(item.id)
                if isinstance(item, Person):
                    people[item.id] = item
                    origin["person:" + item.id] = label
                else:
                    entries[item.id] = item
                    origin[item.id] = label
            for outlet in data.outlet:
                for name in (outlet.name, *outlet.names):
                    outlets[name.casefold()] = outlet.home
                    origin["outlet:" + name.casefold()] = label
        _check_references(entries, people, origin)
        for name, home in outlets.items():
            if home not in entries:
                where = origin["outlet:" + name]
                raise RegistryError(
                    f"{where}: outlet {name!r} has unknown home {home!r}"
                )
        return cls(list(entries.values()), list(people.values()), outlets)

    def outlet_home(self, outlet: str | None) -> str | None:
        """The id of the state a national outlet reports from, if it is listed."""
        return self._outlets.get(outlet.casefold()) if outlet else None

    def place_state(self, place: str) -> str | None:
        """The id of the state whose capital or listed city ``place`` is.

        For a dateline's place only ("ROTTERDAM", "SAO PAULO"): a city is no actor
        in the text, and a story filed from one need not be about its state.
        """
        return self._places.get(_normalise(place).casefold())

    def home_body(self, state_id: str, noun: str) -> Actor | None:
        """The one domestic body of ``state_id`` a bare noun names ("Senate")."""
        found = self._home_bodies.get((state_id, noun.casefold()), [])
        return found[0].as_actor() if len(found) == 1 else None

    def entry(self, actor_id: str) -> Entry | None:
        """The entry with id ``actor_id``."""
        return self._entries.get(actor_id)

    def actor(self, actor_id: str) -> Actor | None:
        """The :class:`~redline.model.Actor` for entry id ``actor_id``."""
        found = self._entries.get(actor_id)
        return found.as_actor() if found is not None else None

    def lookup_name(self, text: str, *, on: date | None = None) -> Entry | None:
        """The state, IGO, bloc or body that ``text`` names (a name or a metonym).

        With ``on``, a metonym of a successor state resolves to the historical state
        that held it then ("Moscow" on 1987-03-01 is the Soviet Union).
        """
        for key in _query_keys(text):
            found = self._names.get(key)
            if not found:
                continue
            if len(found) > 1:
                return None
            ((entry_id, by_metonym),) = found.items()
            entry = self._entries[entry_id]
            if on is not None and by_metonym:
                for old in self._predecessors.get(entry_id, ()):
                    if old.end is not None and on <= old.end:
                        return old
            return entry
        return None

    def lookup_demonym(self, word: str) -> Entry | None:
        """The entry whose demonym is exactly ``word`` ("Russian", "Western")."""
        found = self._demonyms.get(_SPACE.sub(" ", word.strip()), set())
        return self._entries[next(iter(found))] if len(found) == 1 else None

    def lookup_generic(self, noun: str) -> tuple[Entry, ...]:
        """Entries that a common noun may refer back to ("alliance", "union")."""
        return self._generic.get(_normalise(noun).casefold(), ())

    def lookup_person(self, name: str, *, on: date | None = None) -> Person | None:
        """The person with this full name or alias; ``None`` when it is ambiguous.

        With ``on``, a name several people share ("Abe", "Bush") is the one of them
        who held a role that day, if only one did.
        """
        for key in _query_keys(name):
            found = self._person_keys.get(key)
            if not found:
                continue
            if len(found) == 1:
                return self._people[next(iter(found))]
            if on is None:
                return None
            active = [
                self._people[pid]
                for pid in sorted(found)
                if any(r.active_on(on) for r in self._people[pid].roles)
            ]
            return active[0] if len(active) == 1 else None
        return None

    def person(self, person_id: str) -> Person | None:
        """The person with id ``person_id``."""
        return self._people.get(person_id)

    def office_holder(self, actor_id: str, title: str, *, on: date) -> Person | None:
        """Who held ``title`` for ``actor_id`` on ``on`` (a newcomer on handovers)."""
        held = [
            (role.start, person)
            for role, person in self._holders.get((actor_id, title.casefold()), ())
            if role.active_on(on)
        ]
        return max(held, key=lambda pair: pair[0])[1] if held else None

    def entries(self) -> Iterator[Entry]:
        """Every state, IGO, bloc and body."""
        return iter(self._entries.values())

    def people(self) -> Iterator[Person]:
        """Every person."""
        return iter(self._people.values())

    def surface_forms(self) -> Iterator[tuple[str, str, str]]:
        """Yield ``(text, form kind, target id)`` for every form in the registry.

        Form kinds are ``name``, ``metonym``, ``demonym``, ``generic`` and ``person``.
        Ambiguous forms are yielded once per target.
        """
        for e in self._entries.values():
            for kind, forms in (
                ("name", e.names),
                ("metonym", e.metonyms),
                ("demonym", e.demonyms),
                ("generic", e.generic),
            ):
                for form in forms:
                    yield form, kind, e.id
        for p in self._people.values():
            for form in _unique((p.name, *p.aliases)):
                yield form, "person", p.id


def _check_references(
    entries: dict[str, Entry], people: dict[str, Person], origin: dict[str, str]
) -> None:
    """Raise if a body, successor or role points at an id the registry lacks."""

    def fail(where: str, what: str, target: str) -> RegistryError:
        return RegistryError(f"{origin[where]}: {what} refers to unknown id {target!r}")

    states = {k for k, e in entries.items() if e.kind is ActorKind.STATE}
    for e in entries.values():
        if e.acts_for is not None and e.acts_for not in states:
            raise fail(e.id, f"[[body]] {e.id!r} acts_for", e.acts_for)
        if e.successor is not None and e.successor not in states:
            raise fail(e.id, f"[[state]] {e.id!r} successor", e.successor)
        if e.within is not None and e.within not in entries:
            raise fail(e.id, f"[[group]] {e.id!r} within", e.within)
    for p in people.values():
        for r in p.roles:
            if r.actor not in entries:
                raise fail("person:" + p.id, f"[[person]] {p.id!r} role", r.actor)


@functools.cache
def default_registry() -> Registry:
    """The registry of bundled data only, loaded once per process."""
    return Registry.load()
