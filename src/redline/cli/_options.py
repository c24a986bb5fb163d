"""Options shared by several commands."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from redline.errors import ConfigError
from redline.ingest.fieldmap import FieldMap
from redline.model import InputKind
from redline.pipeline import Analysis, analyse_inputs
from redline.settings import Settings, load_settings

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = [
    "DateFieldOption",
    "DbOption",
    "FeedOption",
    "IdFieldOption",
    "JsonOption",
    "OutletFieldOption",
    "PathsArg",
    "ReportJsonOption",
    "SettingOption",
    "TextFieldOption",
    "TitleFieldOption",
    "TypeOption",
    "UrlFieldOption",
    "UrlsOption",
    "analyse_paths",
    "build_settings",
]

PathsArg = Annotated[
    list[str] | None,
    typer.Argument(
        help="Files, folders (read recursively), globs, '-' for standard input, "
        "or http(s) URLs."
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
ReportJsonOption = Annotated[
    bool, typer.Option("--json", help="Print the report as one JSON object.")
]
SettingOption = Annotated[
    list[str] | None,
    typer.Option(
        "--setting",
        "-s",
        help="Override a setting: NAME=VALUE (repeatable; see docs/settings.md).",
    ),
]
UrlsOption = Annotated[
    Path | None,
    typer.Option(
        "--urls",
        help="File with one URL a line (blank lines and # comments skipped).",
        exists=True,
        dir_okay=False,
    ),
]
FeedOption = Annotated[
    list[str] | None,
    typer.Option(
        "--feed",
        help="RSS/Atom feed or news sitemap URL whose items are fetched (repeatable).",
    ),
]
TextFieldOption = Annotated[
    str | None,
    typer.Option(
        "--text-field",
        help="JSONL/CSV field with the article text (default: text|body).",
    ),
]
TitleFieldOption = Annotated[
    str | None, typer.Option("--title-field", help="JSONL/CSV field with the title.")
]
DateFieldOption = Annotated[
    str | None,
    typer.Option(
        "--date-field", help="JSONL/CSV field with the date (default: published|date)."
    ),
]
IdFieldOption = Annotated[
    str | None,
    typer.Option(
        "--id-field", help="JSONL/CSV field with the record id (else row/line number)."
    ),
]
UrlFieldOption = Annotated[
    str | None, typer.Option("--url-field", help="JSONL/CSV field with the URL.")
]
OutletFieldOption = Annotated[
    str | None, typer.Option("--outlet-field", help="JSONL/CSV field with the outlet.")
]
DatelineFieldOption = Annotated[
    str | None,
    typer.Option(
        "--dateline-field",
        help="JSONL/CSV field with a wire dateline kept apart from the text "
        '(default: dateline; e.g. "TOKYO, March 27").',
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
    env_file = os.environ.get("REDLINE_CONFIG")
    if config is None and env_file:
        config = Path(env_file)
    return load_settings(file=config, overrides=overrides)


def analyse_paths(
    paths: Sequence[str] | None,
    *,
    settings: Settings,
    kind: InputKind | None,
    fields: FieldMap | None,
    feeds: Sequence[str] | None = None,
    urls_file: Path | None = None,
) -> Iterator[Analysis]:
    """Run the pipeline over the command's inputs (files, ``-``, URLs and feeds)."""
    inputs = list(paths or ())
    if urls_file is not None:
        lines = urls_file.read_text(encoding="utf-8").splitlines()
        inputs += [u.strip() for u in lines if u.strip() and not u.startswith("#")]
    if not inputs and not feeds:
        raise ConfigError("give at least one PATH, URL, --urls FILE or --feed")
    return analyse_inputs(
        inputs,
        settings=settings,
        kind=kind,
        fields=fields,
        feeds=feeds or (),
    )
