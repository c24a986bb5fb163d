"""Progress, failure lines and run summaries printed by the CLI."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from redline.model import ArticleResult, Status
from redline.pipeline import Analysis

__all__ = ["RunTally", "failure_line", "progress_over"]

err = Console(stderr=True)


def failure_line(result: ArticleResult) -> str:
    """One clear line for an input that gave no analysed article."""
    return f"[{result.status}] {result.source}: {result.message}"


class RunTally:
    """Counts outcomes of a run and prints the closing summary."""

    def __init__(self) -> None:
        """Start with nothing counted."""
        self.statuses: Counter[str] = Counter()
        self.claims = 0

    def add(self, analysis: Analysis) -> None:
        """Count one input's outcome; print a line for a failure."""
        self.statuses[str(analysis.result.status)] += 1
        self.claims += len(analysis.claims)
        if analysis.result.status is not Status.OK:
            err.print(failure_line(analysis.result), markup=False, highlight=False)

    @property
    def all_failed(self) -> bool:
        """Whether nothing at all was read (the only case that exits non-zero)."""
        total = sum(self.statuses.values())
        return (
            total == 0
            or self.statuses[str(Status.OK)] + self.statuses[str(Status.LANG)] == 0
        )

    def summary(self, *, extra: dict[str, int] | None = None) -> None:
        """Print the run summary to standard error."""
        table = Table(title="run summary", show_header=True)
        table.add_column("outcome")
        table.add_column("inputs", justify="right")
        for status, n in sorted(self.statuses.items()):
            table.add_row(status, str(n))
        table.add_row("claims", str(self.claims))
        for key, n in (extra or {}).items():
            table.add_row(key, str(n))
        err.print(table)


def progress_over(items: Iterable[Analysis], *, enabled: bool) -> Iterator[Analysis]:
    """Yield ``items`` while showing a progress bar on standard error."""
    if not enabled:
        yield from items
        return
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("analysing", total=None)
        for item in items:
            progress.advance(task)
            yield item
