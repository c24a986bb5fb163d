"""The dev gold's cases and their articles, read from ``../shared`` (bench scripts)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from redline.evaluate._gold_schema import GoldItem
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


def position_class(
    item: GoldItem,
    claims: Sequence[Mapping[str, object]],
    text: str,
    known: frozenset[str] | None = None,
) -> tuple[str, list[Mapping[str, object]]]:
    """Why a gold position is or is not among ``claims``, and the same-holder claims.

    The classes the error benches print: found, holder not in registry (only with
    ``known``, the registry's ids), no claim overlaps the evidence, right holder with
    another action, right action with another holder, another holder and action.
    """
    start = text.find(item.evidence)
    end = start + len(item.evidence)
    over = [
        c
        for c in claims
        if start >= 0
        and c["evidence"]["start"] < end  # type: ignore[index]
        and start < c["evidence"]["end"]  # type: ignore[index]
    ]
    same = [c for c in over if c["holder"]["id"] == item.holder]  # type: ignore[index]
    if any(c["action"] == item.stance for c in same):
        return "found", same
    if known is not None and item.holder not in known:
        return "holder not in registry", same
    if not over:
        return "no claim overlaps the evidence", same
    if same:
        return "right holder, another action", same
    if any(c["action"] == item.stance for c in over):
        return "right action, another holder", same
    return "another holder and action", same
