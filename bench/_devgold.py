"""The dev gold's cases and their articles, read from ``../shared`` (bench scripts)."""

from __future__ import annotations

from pathlib import Path

from redline.evaluate.runner import GoldCase, find_gold_files, load_record
from redline.extract import extract_article
from redline.model import ArticleResult
from redline.settings import Settings

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def dev_results(
    split: str, settings: Settings | None = None
) -> tuple[list[GoldCase], list[ArticleResult]]:
    """Every gold case of ``split`` (``tuning`` or ``heldout``) and its extraction."""
    settings = settings or Settings()
    cases = find_gold_files([REPO / "tests" / "golden" / "dev"], split=split)
    results = [
        extract_article(
            load_record(c.gold.doc.dataset or "", c.gold.doc.id or "", shared=SHARED),
            settings=settings,
        )
        for c in cases
    ]
    return cases, results
