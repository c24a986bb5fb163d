"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from redline.errors import ConfigError
from redline.model import InputKind
from redline.settings import Settings, load_settings

__all__ = [
    "DbOption",
    "JsonOption",
    "PathsArg",
    "SettingOption",
    "TypeOption",
    "build_settings",
]

PathsArg = Annotated[
    list[str],
    typer.Argument(
        help="Files or directories to read (recursively); '-' reads standard input."
    ),
]
DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="SQLAlchemy URL of the store. Default: $REDLINE_DB or sqlite:///redline.db.",
    ),
]
TypeOption = Annotated[
    InputKind | None,
    typer.Option("--type", "-t", help="Force the input type instead of detecting it."),
]
JsonOption = Annotated[
    bool, typer.Option("--json", help="Print JSON Lines instead of a table.")
]
SettingOption = Annotated[
    list[str] | None,
    typer.Option(
        "--setting",
        "-s",
        help="Override a setting: NAME=VALUE (repeatable; see docs/settings.md).",
    ),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", help="TOML settings file.", exists=True, dir_okay=False),
]


def build_settings(
    *,
    db: str | None = None,
    setting: list[str] | None = None,
    config: Path | None = None,
    actors: Path | None = None,
) -> Settings:
    """Layer defaults, the TOML file, the environment and command-line overrides."""
    overrides: dict[str, object] = {}
    for item in setting or []:
        name, sep, value = item.partition("=")
        if not sep:
            raise ConfigError(f"--setting expects NAME=VALUE, got {item!r}")
        overrides[name.strip()] = value.strip()
    if db is not None:
        overrides["db_url"] = db
    if actors is not None:
        overrides["actors_file"] = str(actors)
    return load_settings(file=config, overrides=overrides)
