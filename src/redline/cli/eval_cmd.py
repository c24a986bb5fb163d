"""``redline eval``: score redline against annotations."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from redline.cli._options import ReportJsonOption, SettingOption, build_settings
from redline.cli.eval_plover_cmd import plover
from redline.cli.eval_polnear_cmd import polnear
from redline.evaluate.agreement import evaluate_agreement, format_agreement
from redline.evaluate.gold import format_report
from redline.evaluate.runner import evaluate_gold, find_gold_files

__all__ = ["app"]

app = typer.Typer(
    help="Score redline against annotated articles.", no_args_is_help=True
)

app.command("plover")(plover)
app.command("polnear")(polnear)

_REPO = Path.cwd()

SharedOption = Annotated[
    Path | None,
    typer.Option("--shared", help="The shared data folder (default: ../shared)."),
]


def _shared_dir(shared: Path | None) -> Path | None:
    """The shared data folder given, else ``../shared`` when it exists."""
    folder = shared or (_REPO.parent / "shared")
    return folder if folder.is_dir() else None


@app.command("gold")
def gold(
    paths: Annotated[list[Path], typer.Argument(help="Gold files or folders of them.")],
    split: Annotated[
        str | None, typer.Option("--split", help="Only gold files of this split.")
    ] = None,
    shared: SharedOption = None,
    json_out: ReportJsonOption = False,
    setting: SettingOption = None,
) -> None:
    """Recall per section, precision, F1, issue and source accuracy over gold files."""
    settings = build_settings(setting=setting)
    cases = find_gold_files(paths, split=split)
    if not cases:
        print("no gold files found")
        raise typer.Exit(1)
    report = evaluate_gold(
        cases,
        settings=settings,
        shared=_shared_dir(shared),
        repo=_REPO,
    )
    if json_out:
        data = asdict(report)
        data.pop("articles")
        print(json.dumps(data, indent=2))
    else:
        print(format_report(report))


@app.command("agreement")
def agreement(
    first: Annotated[
        list[Path], typer.Argument(help="The first annotation: gold files or folders.")
    ],
    *,
    second: Annotated[
        Path,
        typer.Option("--second", help="The second annotation of the same articles."),
    ],
    with_other: Annotated[
        bool,
        typer.Option(
            "--with-other",
            help="Count each annotation's other_true_claims as asserted too.",
        ),
    ] = False,
    shared: SharedOption = None,
    json_out: ReportJsonOption = False,
    setting: SettingOption = None,
) -> None:
    """How far two annotations of the same articles agree, scored as redline is."""
    settings = build_settings(setting=setting)
    first_cases = find_gold_files(first)
    second_cases = find_gold_files([second])
    if not first_cases or not second_cases:
        print("no gold files found")
        raise typer.Exit(1)
    report = evaluate_agreement(
        first_cases,
        second_cases,
        settings=settings,
        shared=_shared_dir(shared),
        repo=_REPO,
        with_other=with_other,
    )
    if json_out:
        data = asdict(report)
        for side in ("second_on_first", "first_on_second"):
            data[side].pop("articles")
        print(json.dumps(data, indent=2))
    else:
        print(format_agreement(report))
