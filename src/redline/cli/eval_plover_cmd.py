"""``redline eval plover``: score the speech-act classifier on a PLV file."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from redline.evaluate.plover import (
    PloverReport,
    cross_validate_plover,
    evaluate_plover,
    format_plover_cv_report,
    format_plover_report,
)
from redline.evaluate.plover_rules import evaluate_rules_on_plv
from redline.speechacts.model import load_model
from redline.speechacts.train import SEED

__all__ = ["plover"]


def _report_json(report: PloverReport) -> dict[str, Any]:
    return {
        "n": report.n,
        "accuracy": report.accuracy,
        "macro_f1": report.macro_f1,
        "per_class": {
            root: {"precision": p, "recall": r, "f1": f, "support": n}
            for root, (p, r, f, n) in report.per_class.items()
        },
        "confusion": {g: dict(row) for g, row in report.confusion.items()},
    }


def plover(
    file: Annotated[
        Path,
        typer.Argument(
            help="A PLV file (TSV with sentence, source, target, gold_root).",
            exists=True,
            dir_okay=False,
        ),
    ],
    json_out: Annotated[
        bool,
        typer.Option(
            "--json", help="Print one JSON object (with the confusion matrix)."
        ),
    ] = False,
    cv: Annotated[
        int | None,
        typer.Option(
            "--cv",
            min=2,
            help="Run seeded stratified N-fold cross-validation of the training "
            "recipe on FILE instead of scoring the shipped model (needs scikit-learn).",
        ),
    ] = None,
    seed: Annotated[
        int, typer.Option("--seed", help="Random state of the --cv folds.")
    ] = SEED,
    rules: Annotated[
        bool,
        typer.Option(
            "--rules",
            help="Score redline's rule-based claims as the coder instead (the "
            "baseline the classifier is measured against).",
        ),
    ] = False,
) -> None:
    """Accuracy, macro-F1 and per-root F1 of the PLOVER speech-act classifier.

    Without --cv, scores the shipped model on FILE as given. The shipped model is
    trained on all of PLV_train, so scoring PLV_train itself is training-set scoring;
    use --cv 5 on PLV_train for the honest (held-out) figure.
    """
    if rules:
        rules_report = evaluate_rules_on_plv(file)
        if json_out:
            data = {"mode": "rules", "file": str(file), **_report_json(rules_report)}
            print(json.dumps(data, indent=2))
        else:
            print(format_plover_report(rules_report))
        return
    if cv is not None:
        cv_report = cross_validate_plover(file, folds=cv, seed=seed)
        if json_out:
            data = {
                "mode": "cv",
                "file": str(file),
                "folds": cv_report.folds,
                "seed": cv_report.seed,
                "fold_macro_f1": list(cv_report.fold_macro_f1),
                "fold_accuracy": list(cv_report.fold_accuracy),
                "mean_macro_f1": cv_report.mean_macro_f1,
                "mean_accuracy": cv_report.mean_accuracy,
                "pooled": _report_json(cv_report.pooled),
            }
            print(json.dumps(data, indent=2))
        else:
            print(format_plover_cv_report(cv_report))
        return
    model = load_model()
    if model.weights.meta.get("trained_on") == file.name:
        print(
            f"note: the shipped model was trained on {file.name}; "
            "this is training-set scoring (use --cv 5 for a held-out figure)",
            file=sys.stderr,
        )
    report = evaluate_plover(file, model=model)
    if json_out:
        print(
            json.dumps(
                {"mode": "model", "file": str(file), **_report_json(report)}, indent=2
            )
        )
    else:
        print(format_plover_report(report))
