"""Tests for the actor registry: bundled data, lookups, dated roles and user files."""

from __future__ import annotations

import tomllib
from collections import Counter, defaultdict
from datetime import date
from importlib import resources
from itertools import pairwise

import pytest

from redline.claims.registry import Person, Registry, Role, default_registry
from redline.errors import RegistryError
from redline.model import Actor, ActorKind

DATA_FILES = ("states.toml", "igos.toml", "bodies.toml", "people.toml")


@pytest.fixture(scope="module")
def registry() -> Registry:
    return default_registry()


def _raw(name: str) -> dict[str, list[dict[str, object]]]:
    ref = resources.files("redline.claims.data.actors").joinpath(name)
    return tomllib.loads(ref.read_text(encoding="utf-8"))


# --- bundled data --------------------------------------------------------------------


def test_registry_counts_states(registry):
    states = [e for e in registry.entries() if e.kind is ActorKind.STATE]
    current = [s for s in states if not s.historical]
    historical = {s.id for s in states if s.historical}
    # 193 UN members + Holy See + Palestine, and Taiwan (no UN seat, a state in news)
    assert len(current) == 196
    assert "TWN" in {s.id for s in current}
    assert historical == {"SUN", "DDR", "YUG", "CSK"}


def test_registry_ids_unique_across_bundled_files():
    ids: Counter[str] = Counter()
    for name in DATA_FILES:
        for table in _raw(name).values():
            ids.update(str(item["id"]) for item in table)
    assert [i for i, n in ids.items() if n > 1] == []


def test_registry_groups_speak_for_themselves(registry):
    union = registry.lookup_name("IG Metall")
    assert union is not None
    assert union.id == "DEU-IGMETALL"
    assert union.kind is ActorKind.GROUP
    assert union.acts_for is None
    assert "union" in union.generic
    blocs = {e.id for e in registry.lookup_generic("consuming country")}
    assert {"ICO-CONSUMERS", "ICCO-CONSUMERS", "INRA-CONSUMERS"} <= blocs
    assert all(registry.entry(b).within for b in blocs)


@pytest.mark.parametrize("table", ["state", "igo", "body", "person"])
def test_registry_every_table_has_entries(registry, table):
    counts = {
        "state": sum(e.kind is ActorKind.STATE for e in registry.entries()),
        "igo": sum(
            e.kind in {ActorKind.IGO, ActorKind.BLOC} for e in registry.entries()
        ),
        "body": sum(e.kind is ActorKind.DOMESTIC for e in registry.entries()),
        "person": sum(1 for _ in registry.people()),
    }
    assert counts[table] >= 30


def test_registry_every_state_has_demonym_and_capital(registry):
    for entry in registry.entries():
        if entry.kind is ActorKind.STATE:
            assert entry.demonyms, entry.id
            assert entry.capital, entry.id


def test_registry_bodies_act_for_current_states(registry):
    for entry in registry.entries():
        if entry.kind is ActorKind.DOMESTIC:
            state = registry.entry(entry.acts_for or "")
            assert state is not None, entry.id
            assert state.kind is ActorKind.STATE
            assert not state.historical


def test_registry_roles_do_not_overlap_in_one_office(registry):
    """Two holders of one office may share only the handover day."""
    offices: defaultdict[tuple[str, str], list[tuple[Role, str]]] = defaultdict(list)
    for person in registry.people():
        for role in person.roles:
            offices[role.actor, role.title].append((role, person.id))
    for office, held in offices.items():
        held.sort(key=lambda pair: pair[0].start)
        title = office[1]
        if title.startswith("Senator from"):
            # two seats per state: no day may have three senators from one state
            for role, who in held:
                sharing = [
                    other
                    for other, _ in held
                    if other.start <= role.start
                    and (other.end is None or role.start < other.end)
                ]
                assert len(sharing) <= 2, (office, who)
            continue
        if title.startswith(("Representative from", "Member of")):
            continue  # a state sends many representatives; a board has many members
        for (before, who), (after, _) in pairwise(held):
            assert before.end is not None, (office, who)
            assert before.end <= after.start, (office, who)


def test_registry_ambiguous_forms_are_the_known_ones(registry):
    """Catch data slips: a name given to two entries silently stops resolving.

    A person's name or surname may be shared by people whose roles never overlap:
    the article's date tells them apart ("Abe" in 1987 and in 2017). None is shared
    by people in office at the same time.
    """
    targets: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for text, kind, target in registry.surface_forms():
        if kind in {"name", "metonym"}:
            folded = " ".join(text.replace(".", "").split()).casefold()
            key = ("name", folded.removeprefix("the "))
        elif kind == "generic":
            continue
        else:
            key = (kind, text if kind == "demonym" else text.casefold())
        targets[key].add(target)
    ambiguous = {
        key[1]
        for key, ids in targets.items()
        if len(ids) > 1 and (key[0] != "person" or _in_office_together(registry, ids))
    }
    assert ambiguous == {
        "Congolese",
        "Dominican",
        "Dominicans",
    }
    # shared names the date does tell apart
    assert len(targets["person", "bush"]) == 2
    assert not _in_office_together(registry, targets["person", "abe"])


def _in_office_together(registry: Registry, person_ids: set[str]) -> bool:
    far = date(9999, 12, 31)
    roles = [(pid, r) for pid in person_ids for r in registry.person(pid).roles]
    return any(
        a != b and x.start < (y.end or far) and y.start < (x.end or far)
        for a, x in roles
        for b, y in roles
    )


@pytest.mark.parametrize(
    "person_id",
    [
        "vladimir-putin",
        "donald-trump",
        "volodymyr-zelenskiy",
        "friedrich-merz",
        "joe-biden",
        "james-baker",
        "mikhail-gorbachev",
        "william-burns",
        "dmitry-medvedev",
        "sergei-lavrov",
        "dmitry-peskov",
        "xi-jinping",
        "emmanuel-macron",
        "keir-starmer",
        "jens-stoltenberg",
        "mark-rutte",
        "antonio-guterres",
        "ban-ki-moon",
        "ronald-reagan",
        "george-shultz",
        "clayton-yeutter",
        "yasuhiro-nakasone",
        "margaret-thatcher",
        "helmut-kohl",
        "gerhard-stoltenberg",
        "tony-blair",
        "gordon-brown",
        "jack-straw",
        "michael-howard",
        "charles-kennedy",
    ],
)
def test_registry_required_people_present(registry, person_id):
    assert registry.person(person_id) is not None


# --- entries and actors --------------------------------------------------------------


@pytest.mark.parametrize(
    ("actor_id", "name", "kind"),
    [
        ("RUS", "Russia", ActorKind.STATE),
        ("SUN", "Soviet Union", ActorKind.STATE),
        ("NATO", "NATO", ActorKind.IGO),
        ("WEST", "the West", ActorKind.BLOC),
        ("USA-STATE", "U.S. State Department", ActorKind.DOMESTIC),
    ],
)
def test_registry_actor_builds_model_actor(registry, actor_id, name, kind):
    assert registry.actor(actor_id) == Actor(id=actor_id, name=name, kind=kind)


def test_registry_actor_unknown_is_none(registry):
    assert registry.actor("XXX") is None
    assert registry.entry("XXX") is None


# --- lookups -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow", "RUS"),
        ("the Kremlin", "RUS"),
        ("Kremlin", "RUS"),
        ("Russian Federation", "RUS"),
        ("russian federation", "RUS"),
        ("MOSCOW", "RUS"),
        ("Washington", "USA"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("United States of America", "USA"),
        ("the White House", "USA"),
        ("The  White   House", "USA"),
        ("the Pentagon", "USA-DOD"),
        ("Downing Street", "GBR"),
        ("U.K.", "GBR"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("North Atlantic Treaty Organization", "NATO"),
        ("Nato", "NATO"),
        ("European Union", "EU"),
        ("Brussels", "EU"),
        ("OPEC+", "OPEC"),
        ("U.N.", "UN"),
        ("the West", "WEST"),
        ("Bundesbank", "DEU-BBK"),
        ("MITI", "JPN-MITI"),
        ("Russia's Foreign Ministry", "RUS-MFA"),
        ("State Department", "USA-STATE"),
        ("Soviet Union", "SUN"),
        ("West Germany", "DEU"),
        ("Holy See", "VAT"),
        ("Ramallah", "PSE"),
    ],
)
def test_lookup_name_resolves(registry, text, expected):
    found = registry.lookup_name(text)
    assert found is not None, text
    assert found.id == expected


@pytest.mark.parametrize("text", ["us", "moscow", "who", "", "   ", "Atlantis", "the"])
def test_lookup_name_rejects_wrong_case_and_unknown(registry, text):
    assert registry.lookup_name(text) is None


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("Moscow", date(1987, 3, 1), "SUN"),
        ("the Kremlin", date(1991, 12, 25), "SUN"),
        ("the Kremlin", date(1991, 12, 26), "RUS"),
        ("Moscow", date(2025, 5, 28), "RUS"),
        ("Russia", date(1987, 3, 1), "RUS"),
        ("Belgrade", date(1995, 1, 1), "YUG"),
        ("Prague", date(1992, 6, 1), "CSK"),
        ("Prague", date(1993, 6, 1), "CZE"),
    ],
)
def test_lookup_name_dated_metonym_resolves_to_historical_state(
    registry, text, day, expected
):
    found = registry.lookup_name(text, on=day)
    assert found is not None
    assert found.id == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Russian", "RUS"),
        ("Russians", "RUS"),
        ("Western", "WEST"),
        ("European", "EUR"),
        ("Soviet", "SUN"),
        ("West German", "DEU"),
        ("East German", "DDR"),
        ("Ukrainian", "UKR"),
        ("British", "GBR"),
        ("American", "USA"),
        ("Chinese", "CHN"),
        ("Palestinian", "PSE"),
    ],
)
def test_lookup_demonym_resolves(registry, word, expected):
    found = registry.lookup_demonym(word)
    assert found is not None
    assert found.id == expected


@pytest.mark.parametrize("word", ["russian", "U.S.", "Congolese", "Martian"])
def test_lookup_demonym_rejects_lowercase_ambiguous_and_unknown(registry, word):
    assert registry.lookup_demonym(word) is None


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("alliance", "NATO"),
        ("the alliance", "NATO"),
        ("bloc", "EU"),
        ("cartel", "OPEC"),
    ],
)
def test_lookup_generic_includes(registry, noun, expected):
    assert expected in {e.id for e in registry.lookup_generic(noun)}


def test_lookup_generic_unknown_is_empty(registry):
    assert registry.lookup_generic("banana") == ()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Putin", "vladimir-putin"),
        ("Vladimir Putin", "vladimir-putin"),
        ("Zelensky", "volodymyr-zelenskiy"),
        ("Zelenskyy", "volodymyr-zelenskiy"),
        ("Volodymyr Zelenskiy", "volodymyr-zelenskiy"),
        ("Baker", "james-baker"),
        ("William J. Burns", "william-burns"),
        ("Gerhard Stoltenberg", "gerhard-stoltenberg"),
        ("Jens Stoltenberg", "jens-stoltenberg"),
        ("jens stoltenberg", "jens-stoltenberg"),
        ("Hillary Clinton", "hillary-clinton"),
    ],
)
def test_lookup_person_resolves(registry, name, expected):
    found = registry.lookup_person(name)
    assert found is not None
    assert found.id == expected


@pytest.mark.parametrize("name", ["Stoltenberg", "Bush", "Clinton", "putin", "Nobody"])
def test_lookup_person_ambiguous_or_unknown_is_none(registry, name):
    assert registry.lookup_person(name) is None


@pytest.mark.parametrize(
    ("actor_id", "title", "day", "expected"),
    [
        ("USA", "President", date(2019, 6, 1), "donald-trump"),
        ("USA", "President", date(2022, 6, 1), "joe-biden"),
        ("USA", "President", date(2025, 6, 1), "donald-trump"),
        ("USA", "President", date(2021, 1, 20), "joe-biden"),
        ("USA", "President", date(1987, 3, 1), "ronald-reagan"),
        ("RUS", "President", date(2010, 1, 1), "dmitry-medvedev"),
        ("RUS", "President", date(2025, 5, 28), "vladimir-putin"),
        ("RUS", "Prime Minister", date(2010, 1, 1), "vladimir-putin"),
        ("USA", "Secretary of State", date(1990, 2, 9), "james-baker"),
        ("USA", "secretary of state", date(1987, 3, 1), "george-shultz"),
        ("SUN", "General Secretary", date(1990, 2, 9), "mikhail-gorbachev"),
        ("DEU", "Chancellor", date(2025, 5, 28), "friedrich-merz"),
        ("GBR", "Prime Minister", date(2005, 1, 1), "tony-blair"),
        ("NATO", "Secretary-General", date(2020, 1, 1), "jens-stoltenberg"),
        ("UN", "Secretary-General", date(2010, 1, 1), "ban-ki-moon"),
    ],
)
def test_office_holder_on_day(registry, actor_id, title, day, expected):
    found = registry.office_holder(actor_id, title, on=day)
    assert found is not None
    assert found.id == expected


def test_office_holder_vacant_or_unknown_is_none(registry):
    assert registry.office_holder("USA", "President", on=date(1700, 1, 1)) is None
    assert registry.office_holder("XXX", "President", on=date(2020, 1, 1)) is None


def test_surface_forms_cover_every_kind(registry):
    forms = set(registry.surface_forms())
    assert {kind for _, kind, _ in forms} == {
        "name",
        "metonym",
        "demonym",
        "generic",
        "person",
    }
    for expected in [
        ("Kremlin", "metonym", "RUS"),
        ("Russia", "name", "RUS"),
        ("Russian", "demonym", "RUS"),
        ("alliance", "generic", "NATO"),
        ("Zelensky", "person", "volodymyr-zelenskiy"),
        ("Jens Stoltenberg", "person", "jens-stoltenberg"),
    ]:
        assert expected in forms


# --- dated roles ---------------------------------------------------------------------


def _role(start: date, end: date | None, title: str = "President") -> Role:
    return Role(actor="RUS", title=title, start=start, end=end)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2000, 1, 1), True),
        (date(2000, 12, 31), True),
        (date(1999, 12, 31), False),
        (date(2001, 1, 1), False),
    ],
)
def test_role_active_on_inclusive_bounds(day, expected):
    assert _role(date(2000, 1, 1), date(2000, 12, 31)).active_on(day) is expected


def test_role_active_on_open_end():
    assert _role(date(2000, 1, 1), None).active_on(date(2099, 1, 1))


@pytest.mark.parametrize(
    ("day", "title", "start"),
    [
        (date(2000, 1, 15), "President", date(1999, 12, 31)),  # also still PM
        (date(2010, 1, 1), "Prime Minister", date(2008, 5, 8)),
        (date(2025, 5, 28), "President", date(2012, 5, 7)),
        (None, "President", date(2012, 5, 7)),
    ],
)
def test_person_role_on_picks_ranked_active_role(registry, day, title, start):
    role = registry.person("vladimir-putin").role_on(day)
    assert role is not None
    assert (role.title, role.start) == (title, start)


def _title_on(person: Person, day: date) -> str | None:
    role = person.role_on(day)
    return role.title if role is not None else None


def test_person_role_on_between_roles_gives_most_recent():
    person = Person(
        id="x",
        name="X",
        aliases=(),
        roles=(
            _role(date(2000, 1, 1), date(2001, 1, 1), "Foreign Minister"),
            _role(date(2005, 1, 1), date(2006, 1, 1), "Prime Minister"),
        ),
    )
    assert person.role_on(date(1999, 1, 1)) is None
    assert _title_on(person, date(2003, 1, 1)) == "Foreign Minister"
    assert _title_on(person, date(2010, 1, 1)) == "Prime Minister"


def test_person_role_on_ranks_head_of_state_over_minister():
    person = Person(
        id="x",
        name="X",
        aliases=(),
        roles=(
            _role(date(2000, 1, 1), None, "Spokesperson"),
            _role(date(2001, 1, 1), None, "Foreign Minister"),
            _role(date(1990, 1, 1), None, "King"),
            _role(date(2002, 1, 1), None, "Prime Minister"),
        ),
    )
    assert _title_on(person, date(2003, 1, 1)) == "King"


def test_default_registry_is_cached():
    assert default_registry() is default_registry()


# --- user files ----------------------------------------------------------------------

USER_FILE = """
[[person]]
id = "vladimir-putin"
name = "Vladimir V. Putin"
aliases = ["Putin"]
  [[person.role]]
  actor = "RUS"
  title = "President"
  start = 2012-05-07

[[person]]
id = "jane-roe"
name = "Jane Roe"
aliases = ["Roe"]
  [[person.role]]
  actor = "ATL"
  title = "Queen"
  start = 2020-01-01

[[state]]
id = "ATL"
name = "Atlantis"
names = ["Atlantis"]
demonyms = ["Atlantean", "Atlanteans"]
capital = "Poseidonia"
metonyms = ["Poseidonia"]
"""


def test_registry_load_extra_overrides_and_adds(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(USER_FILE, encoding="utf-8")
    reg = Registry.load(extra=[path])
    putin = reg.lookup_person("Putin")
    assert putin is not None
    assert putin.name == "Vladimir V. Putin"
    assert len(putin.roles) == 1
    assert reg.office_holder("RUS", "President", on=date(2005, 1, 1)) is None
    assert reg.lookup_person("Roe") == reg.person("jane-roe") is not None
    assert reg.lookup_name("Poseidonia") == reg.entry("ATL") is not None
    queen = reg.office_holder("ATL", "Queen", on=date(2024, 1, 1))
    assert queen is not None
    assert queen.id == "jane-roe"
    # the bundled default is untouched
    assert default_registry().lookup_name("Atlantis") is None


def test_outlets_give_a_home_and_a_user_file_adds_or_replaces_them(tmp_path):
    bundled = default_registry()
    assert bundled.outlet_home("BBC News") == bundled.outlet_home("bbc") == "GBR"
    assert bundled.outlet_home("Reuters") is None  # wire services date their stories
    assert bundled.outlet_home(None) is None
    path = tmp_path / "outlets.toml"
    path.write_text(
        '[[outlet]]\nname = "Kathimerini"\nhome = "GRC"\n'
        '[[outlet]]\nname = "BBC"\nhome = "IRL"\n',
        encoding="utf-8",
    )
    mine = Registry.load(extra=[path])
    assert mine.outlet_home("kathimerini") == "GRC"
    assert mine.outlet_home("BBC") == "IRL"  # the user's entry replaces the bundled
    assert mine.outlet_home("BBC News") == "GBR"


_BAD_FILES = {
    "not_toml": "[[person]\nid = 1",
    "unknown_field": '[[igo]]\nid = "X"\nkind = "igo"\nname = "X"\ncolour = "red"\n',
    "bad_kind": '[[igo]]\nid = "X"\nkind = "club"\nname = "X"\n',
    "no_demonym": '[[state]]\nid = "ATL"\nname = "A"\ncapital = "P"\ndemonyms = []\n',
    "bad_state_id": '[[state]]\nid = "Atl"\nname = "A"\ncapital = "P"\n'
    'demonyms = ["A"]\n',
    "end_before_start": '[[person]]\nid = "x"\nname = "X"\n[[person.role]]\n'
    'actor = "RUS"\ntitle = "President"\nstart = 2020-01-01\nend = 2019-01-01\n',
    "date_as_string": '[[person]]\nid = "x"\nname = "X"\n[[person.role]]\n'
    'actor = "RUS"\ntitle = "President"\nstart = "2020-01-01"\n',
    "no_roles": '[[person]]\nid = "x"\nname = "X"\n',
    "unknown_actor": '[[person]]\nid = "x"\nname = "X"\n[[person.role]]\n'
    'actor = "NOPE"\ntitle = "President"\nstart = 2020-01-01\n',
    "body_for_unknown_state": '[[body]]\nid = "NOPE-X"\nacts_for = "NOPE"\n'
    'name = "X"\n',
    "group_within_unknown": '[[group]]\nid = "NOPE-CONSUMERS"\nname = "X"\n'
    'within = "NOPE"\n',
    "group_bad_country": '[[group]]\nid = "X"\nname = "X"\ncountry = "Atl"\n',
    "duplicate_in_file": '[[igo]]\nid = "X"\nkind = "igo"\nname = "X"\n'
    '[[igo]]\nid = "X"\nkind = "igo"\nname = "Y"\n',
    "outlet_unknown_home": '[[outlet]]\nname = "Daily Atlantis"\nhome = "NOPE"\n',
}


@pytest.mark.parametrize("case", sorted(_BAD_FILES))
def test_registry_load_bad_file_raises_naming_file(tmp_path, case):
    path = tmp_path / f"bad_{case}.toml"
    path.write_text(_BAD_FILES[case], encoding="utf-8")
    with pytest.raises(RegistryError) as info:
        Registry.load(extra=[path])
    assert path.name in str(info.value)
    assert str(info.value).startswith("E401")


def test_registry_load_bad_entry_message_names_entry(tmp_path):
    path = tmp_path / "people.toml"
    path.write_text(_BAD_FILES["end_before_start"], encoding="utf-8")
    with pytest.raises(RegistryError, match=r"\[\[person\]\] #1 \(id='x'\)"):
        Registry.load(extra=[path])


def test_registry_load_missing_file_raises(tmp_path):
    with pytest.raises(RegistryError, match=r"missing\.toml"):
        Registry.load(extra=[tmp_path / "missing.toml"])


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("Ministry of International Trade and Industry", ("ministry",)),
        ("Labour Party", ("party",)),
        ("Bank of England", ("bank",)),
        ("Foreign Office", ()),
    ],
)
def test_a_body_is_referred_back_to_by_the_head_of_its_name(name, generic):
    from redline.claims.registry import _body_generic

    assert _body_generic(name) == generic


def test_a_shared_surname_is_whoever_held_a_role_that_day(registry):
    assert registry.lookup_person("Abe") is None  # two Abes: ambiguous undated
    assert registry.lookup_person("Abe", on=date(1987, 3, 2)).name == "Shintaro Abe"
    assert registry.lookup_person("Abe", on=date(2017, 3, 2)).name == "Shinzo Abe"
    assert registry.lookup_person("Bush", on=date(1987, 3, 2)).name == (
        "George H.W. Bush"
    )
    assert registry.lookup_person("Bush", on=date(2004, 3, 2)).name == "George W. Bush"
    assert registry.lookup_person("Abe", on=date(1950, 1, 1)) is None  # neither


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        ("Hamas", "HAMAS"),
        ("Taliban", "TALIBAN"),
        ("Houthis", "HOUTHIS"),
        ("ISIS", "ISIL"),
        ("British Medical Association", "GBR-BMA"),
        ("U.S. Chamber of Commerce", "USA-CHAMBER"),
        ("Keidanren", "JPN-KEIDANREN"),
    ],
)
def test_registry_movements_and_federations_speak_for_themselves(registry, name, actor):
    found = registry.lookup_name(name)
    assert found is not None
    assert found.id == actor
    assert found.kind is ActorKind.GROUP


@pytest.mark.model
def test_an_armed_movement_holds_a_stance(claims_of):
    claims = claims_of("The Taliban said they would not talk to the Afghan government.")
    assert {(c.action, c.holder.id) for c in claims} == {("reject", "TALIBAN")}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Group of Seven", "G7"),
        ("group of seven", None),
        ("Bank of England", "GBR-BOE"),
    ],
)
def test_registry_a_name_with_a_small_word_needs_capitals(registry, text, actor):
    found = registry.lookup_name(text)
    assert (found.id if found is not None else None) == actor


@pytest.mark.model
def test_a_group_of_five_mps_is_no_bloc(claims_of):
    claims = claims_of("A group of five MPs are calling on Japan to drop the tax.")
    assert "G5" not in {c.holder.id for c in claims}
    later = claims_of("The Group of Five called on Japan to drop the tax.")
    assert {(c.action, c.holder.id) for c in later} == {("demand", "G5")}
