"""``redline ingest``: read, analyse and store articles."""

from __future__ import annotations

from collections import Counter

import typer

from redline.cli._options import (
    DateFieldOption,
    DatelineFieldOption,
    DbOption,
    FeedOption,
    IdFieldOption,
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
from redline.cli._report import RunTally, progress_over
from redline.ingest.fieldmap import FieldMap
from redline.store import Store

__all__ = ["ingest"]


def ingest(  # noqa: PLR0917 - one parameter per CLI option
    paths: PathsArg = None,
    db: DbOption = None,
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
    progress: bool = typer.Option(
        True, "--progress/--no-progress", help="Show a progress bar."
    ),
) -> None:
    """Read PATHS, extract articles and claims, and store them; re-runs are no-ops."""
    fields = FieldMap.from_options(
        text=text_field,
        title=title_field,
        date=date_field,
        id=id_field,
        url=url_field,
        outlet=outlet_field,
        dateline=dateline_field,
    )
    settings = build_settings(db=db, setting=setting)
    tally = RunTally()
    outcomes: Counter[str] = Counter()
    with Store.open(settings.db_url) as store:
        for analysis in progress_over(
            analyse_paths(
                paths,
                settings=settings,
                kind=kind,
                fields=fields,
                feeds=feed,
                urls_file=urls,
            ),
            enabled=progress,
        ):
            tally.add(analysis)
            outcomes[str(store.save(analysis.result, analysis.claims))] += 1
    tally.summary(extra={f"store: {k}": v for k, v in sorted(outcomes.items())})
    if tally.all_failed:
        raise typer.Exit(1)
