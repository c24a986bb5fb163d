"""The ``redline`` command line: a thin Typer layer over importable functions."""

from __future__ import annotations

import logging
import os
import sys
from typing import Annotated

import typer

from redline import __version__
from redline.cli import claims_cmd, eval_cmd, extract_cmd, ingest_cmd
from redline.errors import RedlineError

__all__ = ["app", "main"]

app = typer.Typer(
    name="redline",
    help="Who demands what of whom, per which source, since when.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("ingest")(ingest_cmd.ingest)
app.command("extract")(extract_cmd.extract)
app.command("claims")(claims_cmd.claims)
app.add_typer(eval_cmd.app, name="eval")


def _version(value: bool) -> None:
    if value:
        print(f"redline {__version__}")
        raise typer.Exit


@app.callback()
def _root(
    log_level: Annotated[
        str,
        typer.Option(
            "--log-level", "-v", help="Logging level (or $REDLINE_LOG_LEVEL)."
        ),
    ] = "",
    version: Annotated[  # noqa: ARG001 - handled by the callback
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version."
        ),
    ] = False,
) -> None:
    level = (log_level or os.environ.get("REDLINE_LOG_LEVEL", "WARNING")).upper()
    logging.basicConfig(
        level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )


def main() -> None:
    """Console entry point: turn redline errors into one line and exit code 2."""
    try:
        app()
    except RedlineError as e:
        print(f"error: {e}", file=sys.stderr)
        sys.exit(2)
