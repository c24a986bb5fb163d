"""``redline ingest``: read, analyse and store articles."""

from __future__ import annotations

from collections import Counter

import typer

from redline.cli._options import (
    DbOption,
    PathsArg,
    SettingOption,
    TypeOption,
    build_settings,
)
from redline.cli._report import RunTally, progress_over
from redline.pipeline import analyse_inputs
from redline.store import Store

__all__ = ["ingest"]


def ingest(
    paths: PathsArg,
    db: DbOption = None,
    kind: TypeOption = None,
    setting: SettingOption = None,
    progress: bool = typer.Option(
        True, "--progress/--no-progress", help="Show a progress bar."
    ),
) -> None:
    """Read PATHS, extract articles and claims, and store them; re-runs are no-ops."""
    settings = build_settings(db=db, setting=setting)
    tally = RunTally()
    outcomes: Counter[str] = Counter()
    with Store.open(settings.db_url) as store:
        for analysis in progress_over(
            analyse_inputs(paths, settings=settings, kind=kind), enabled=progress
        ):
            tally.add(analysis)
            outcomes[str(store.save(analysis.result, analysis.claims))] += 1
    tally.summary(extra={f"store: {k}": v for k, v in sorted(outcomes.items())})
    if tally.all_failed:
        raise typer.Exit(1)
