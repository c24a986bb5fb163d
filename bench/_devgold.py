"""The dev gold's cases and their articles, read from ``../shared`` (bench scripts)."""

from __future__ import annotations

from pathlib import Path

from redline.evaluate.runner import (
    GoldCase,
    analyse_grouped,
    find_gold_files,
    load_records,
    record_settings,
)
from redline.extract import extract_article
from redline.model import ArticleResult
from redline.pipeline import Analysis
from redline.settings import Settings

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def dev_results(
    split: str, settings: Settings | None = None
) -> tuple[list[GoldCase], list[ArticleResult]]:
    """Every gold case of ``split`` (``tuning`` or ``heldout``) and its extraction."""
    settings = settings or Settings()
    cases = find_gold_files([REPO / "tests" / "golden" / "dev"], split=split)
    keys = [(c.gold.doc.dataset or "", c.gold.doc.id or "") for c in cases]
    records = load_records(keys, shared=SHARED)
    results = [extract_article(records[k], settings=settings) for k in keys]
    return cases, results


def dev_analyses(
    split: str, settings: Settings | None = None
) -> tuple[list[GoldCase], list[Analysis]]:
    """Every gold case of ``split`` and its claims, as ``redline eval gold`` runs it."""
    settings = settings or Settings()
    cases, results = dev_results(split, settings)
    per_case = [record_settings(c.gold.doc.dataset, settings) for c in cases]
    return cases, analyse_grouped(results, per_case)
