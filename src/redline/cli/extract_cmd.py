"""``redline extract``: read articles and print their claims; no database."""

from __future__ import annotations

import json
import sys

import typer
from rich.console import Console
from rich.table import Table

from redline.cli._options import (
    JsonOption,
    PathsArg,
    SettingOption,
    TypeOption,
    build_settings,
)
from redline.cli._report import RunTally
from redline.pipeline import analyse_inputs
from redline.serialize import result_to_json

__all__ = ["extract"]


def extract(
    paths: PathsArg,
    json_out: JsonOption = False,
    kind: TypeOption = None,
    setting: SettingOption = None,
) -> None:
    """Extract articles and claims from PATHS and print them (--json: JSON Lines)."""
    settings = build_settings(setting=setting)
    tally = RunTally()
    out = Console()
    for analysis in analyse_inputs(paths, settings=settings, kind=kind):
        tally.add(analysis)
        if analysis.result.article is None:
            continue
        if json_out:
            sys.stdout.write(
                json.dumps(
                    result_to_json(analysis.result, analysis.claims), ensure_ascii=False
                )
                + "\n"
            )
            continue
        table = Table(title=analysis.result.article.title, show_lines=False)
        for col in (
            "action",
            "holder",
            "addressee",
            "issues",
            "content",
            "sources",
            "when",
        ):
            table.add_column(col)
        for c in analysis.claims:
            table.add_row(
                c.action,
                c.holder.id,
                c.addressee.id if c.addressee else "",
                ", ".join(c.issues),
                c.content[:80],
                "; ".join(s.text for s in c.sources)[:60],
                c.when or "",
            )
        out.print(table)
    tally.summary()
    if tally.all_failed:
        raise typer.Exit(1)
