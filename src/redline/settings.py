"""One frozen, validated :class:`Settings`, built in layers.

Sources, in order: defaults, a TOML file, ``REDLINE_*`` environment variables and
CLI flags.

Every field is declared once in :data:`SETTINGS` with its name, type, default and help;
that table drives ``--setting NAME=VALUE``, the settings reference in
``docs/settings.md`` and a test that every setting is documented.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from redline.errors import ConfigError

__all__ = ["SETTINGS", "SettingSpec", "Settings", "load_settings"]


@dataclass(frozen=True, slots=True, kw_only=True)
class SettingSpec:
    """Declaration of one setting."""

    name: str
    type: type
    default: object
    help: str


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec(
        name="db_url",
        type=str,
        default="sqlite:///redline.db",
        help="SQLAlchemy URL of the store (also REDLINE_DB).",
    ),
    SettingSpec(
        name="max_article_chars",
        type=int,
        default=5_000_000,
        help="Largest single article accepted, in characters of text; corpus files "
        "holding many records are streamed and not limited as a whole.",
    ),
    SettingSpec(
        name="min_body_chars",
        type=int,
        default=200,
        help="Shortest article body kept; shorter ones get status no_body.",
    ),
    SettingSpec(
        name="languages",
        type=str,
        default="en",
        help="Comma-separated language codes that are analysed; other articles are "
        "kept with status lang.",
    ),
    SettingSpec(
        name="batch_size",
        type=int,
        default=16,
        help="Articles per spaCy batch (at most 32: larger batches cost memory).",
    ),
    SettingSpec(
        name="fetch_concurrency",
        type=int,
        default=4,
        help="Requests in flight at once when fetching URLs.",
    ),
    SettingSpec(
        name="fetch_delay_ms",
        type=int,
        default=1000,
        help="Milliseconds between two requests to the same host.",
    ),
    SettingSpec(
        name="fetch_timeout_ms",
        type=int,
        default=10000,
        help="Milliseconds one fetch attempt may take.",
    ),
    SettingSpec(
        name="fetch_retries",
        type=int,
        default=3,
        help="Retries after a 5xx answer or a connection error (never after a 4xx).",
    ),
    SettingSpec(
        name="fetch_cache_dir",
        type=str,
        default="",
        help="Folder for fetched pages and their ETag/Last-Modified validators; "
        "empty: no cache.",
    ),
    SettingSpec(
        name="fetch_allow_private",
        type=int,
        default=0,
        help="1 allows fetching private, loopback and link-local addresses "
        "(refused by default).",
    ),
    SettingSpec(
        name="user_agent",
        type=str,
        default="redline/0.1",
        help="User-Agent sent when fetching, and matched against robots.txt.",
    ),
    SettingSpec(
        name="actors_file",
        type=str,
        default="",
        help="Extra actor registry file (TOML) merged over the bundled registry.",
    ),
    SettingSpec(
        name="undated_roles_on",
        type=str,
        default="",
        help="Day (YYYY-MM-DD) on which people's roles are read for an article "
        "with no date; empty: each person's latest role.",
    ),
)

_BY_NAME = {spec.name: spec for spec in SETTINGS}


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Validated settings; build with :func:`load_settings`."""

    db_url: str = "sqlite:///redline.db"
    max_article_chars: int = 5_000_000
    min_body_chars: int = 200
    languages: str = "en"
    batch_size: int = 16
    fetch_concurrency: int = 4
    fetch_delay_ms: int = 1000
    fetch_timeout_ms: int = 10000
    fetch_retries: int = 3
    fetch_cache_dir: str = ""
    fetch_allow_private: int = 0
    user_agent: str = "redline/0.1"
    actors_file: str = ""
    undated_roles_on: str = ""

    def __post_init__(self) -> None:
        """Check ranges."""
        if self.undated_roles_on:
            try:
                date.fromisoformat(self.undated_roles_on)
            except ValueError as e:
                raise ConfigError(
                    f"undated_roles_on must be a date YYYY-MM-DD, got "
                    f"{self.undated_roles_on!r}"
                ) from e
        if self.max_article_chars <= 0:
            raise ConfigError("max_article_chars must be positive")
        if not 1 <= self.batch_size <= 32:  # noqa: PLR2004 - documented limit
            raise ConfigError("batch_size must be between 1 and 32")
        if self.min_body_chars < 0:
            raise ConfigError("min_body_chars must not be negative")

    @property
    def undated_day(self) -> date | None:
        """``undated_roles_on`` as a date, or ``None`` when unset."""
        return (
            date.fromisoformat(self.undated_roles_on) if self.undated_roles_on else None
        )

    @property
    def language_set(self) -> frozenset[str]:
        """The analysed language codes as a set."""
        return frozenset(x.strip() for x in self.languages.split(",") if x.strip())


def _coerce(name: str, value: object) -> object:
    spec = _BY_NAME.get(name)
    if spec is None:
        raise ConfigError(f"unknown setting {name!r}; known: {', '.join(_BY_NAME)}")
    if spec.type is int:
        if isinstance(value, bool):
            raise ConfigError(f"setting {name} must be an integer")
        if isinstance(value, int):
            return value
        text = str(value).replace("_", "")
        if not text.lstrip("-").isdigit():
            raise ConfigError(f"setting {name} must be an integer, got {value!r}")
        return int(text)
    return str(value)


def load_settings(
    *,
    file: Path | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, object] | None = None,
) -> Settings:
    """Build settings from defaults, a TOML file, the environment and overrides."""
    values: dict[str, object] = {}
    if file is not None:
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise ConfigError(f"cannot read settings file {file}: {e}") from e
        for key, value in data.items():
            values[key] = _coerce(key, value)
    environ = os.environ if env is None else env
    if "REDLINE_DB" in environ:
        values["db_url"] = environ["REDLINE_DB"]
    for spec in SETTINGS:
        key = f"REDLINE_{spec.name.upper()}"
        if key in environ:
            values[spec.name] = _coerce(spec.name, environ[key])
    for key, value in (overrides or {}).items():
        if value is not None:
            values[key] = _coerce(key, value)
    known = {f.name for f in fields(Settings)}
    chosen: dict[str, Any] = {k: v for k, v in values.items() if k in known}
    return replace(Settings(), **chosen)
