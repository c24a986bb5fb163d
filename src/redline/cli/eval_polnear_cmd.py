"""``redline eval polnear``: score attribution spans on a PolNeAR split."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from redline.cli._options import ReportJsonOption
from redline.evaluate.polnear import evaluate_polnear, format_polnear_report

__all__ = ["polnear"]


def polnear(
    directory: Annotated[
        Path,
        typer.Argument(
            help="A PolNeAR split: folder with text/ and attributions/, or its .tar.gz."
        ),
    ],
    limit: Annotated[
        int | None,
        typer.Option("--limit", min=1, help="Score only the first N articles."),
    ] = None,
    json_out: ReportJsonOption = False,
) -> None:
    """Source, cue and content span P/R/F1 (exact and overlap) against PolNeAR.

    Articles with several annotators' files are scored against each file and the
    counts averaged.
    """
    report = evaluate_polnear(directory, limit=limit)
    if json_out:
        print(json.dumps(asdict(report), indent=2))
    else:
        print(format_polnear_report(report))
