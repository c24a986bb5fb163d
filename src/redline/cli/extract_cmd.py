"""``redline extract``: read articles and print their claims; no database."""

from __future__ import annotations

import json
import sys

import typer
from rich.console import Console
from rich.table import Table

from redline.cli._options import (
    DateFieldOption,
    DatelineFieldOption,
    FeedOption,
    IdFieldOption,
    JsonOption,
    OutletFieldOption,
    PathsArg,
    SettingOption,
    TextFieldOption,
    TitleFieldOption,
    TypeOption,
    UrlFieldOption,
    UrlsOption,
    analyse_paths,
    build_settings,
)
from redline.cli._report import RunTally
from redline.ingest.fieldmap import FieldMap
from redline.serialize import result_to_json

__all__ = ["extract"]


def extract(  # noqa: PLR0917 - one parameter per CLI option
    paths: PathsArg = None,
    json_out: JsonOption = False,
    kind: TypeOption = None,
    setting: SettingOption = None,
    text_field: TextFieldOption = None,
    title_field: TitleFieldOption = None,
    date_field: DateFieldOption = None,
    id_field: IdFieldOption = None,
    url_field: UrlFieldOption = None,
    outlet_field: OutletFieldOption = None,
    dateline_field: DatelineFieldOption = None,
    feed: FeedOption = None,
    urls: UrlsOption = None,
) -> None:
    """Extract articles and claims from PATHS and print them (--json: JSON Lines)."""
    fields = FieldMap.from_options(
        text=text_field,
        title=title_field,
        date=date_field,
        id=id_field,
        url=url_field,
        outlet=outlet_field,
        dateline=dateline_field,
    )
    settings = build_settings(setting=setting)
    tally = RunTally()
    out = Console()
    for analysis in analyse_paths(
        paths, settings=settings, kind=kind, fields=fields, feeds=feed, urls_file=urls
    ):
        tally.add(analysis)
        if json_out:
            # One object per input: a failed one has "article": null and its reason.
            sys.stdout.write(
                json.dumps(
                    result_to_json(analysis.result, analysis.claims), ensure_ascii=False
                )
                + "\n"
            )
            continue
        if analysis.result.article is None:
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
