"""Run redline over the articles a folder of gold files names, and score it.

A gold file's ``doc`` names its article as a file (``{"file": path}``, relative to
``../shared`` or to the repository, with ``"record"`` for one record of a JSONL file)
or as a corpus record (``{"dataset": name, "id": id}`` under ``../shared/corpus``).
"""

from __future__ import annotations

import csv
import gzip
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from redline.errors import ConfigError
from redline.evaluate._gold_schema import GoldFile
from redline.evaluate.gold import (
    ArticleScore,
    GoldReport,
    aggregate,
    load_gold,
    score_article,
)
from redline.extract import extract_article
from redline.ingest import iter_inputs
from redline.model import ArticleResult, InputKind, RawDocument
from redline.pipeline import analyse_results
from redline.serialize import claim_to_json
from redline.settings import Settings

__all__ = ["DATASETS", "GoldCase", "evaluate_gold", "find_gold_files", "load_record"]

DATASETS: dict[str, str] = {
    "reuters21578": "corpus/reuters21578/reuters21578.jsonl.gz",
    "bbc_news": "corpus/bbc_news/bbc_fulltext.jsonl.gz",
    "isot_true_head": "corpus/isot_true_head/True_head1008.csv.gz",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldCase:
    """One gold file and where it came from."""

    path: Path
    gold: GoldFile


def find_gold_files(
    paths: Sequence[Path], *, split: str | None = None
) -> list[GoldCase]:
    """Gold files under ``paths`` (files or folders, recursively), maybe one split."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.rglob("*.json")))
        elif path.is_file():
            found.append(path)
        else:
            raise ConfigError(f"no gold files at {path}")
    cases = [GoldCase(path=p, gold=load_gold(p)) for p in found if _is_gold(p)]
    return [c for c in cases if split is None or c.gold.split == split]


def _is_gold(path: Path) -> bool:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return False
    return isinstance(data, dict) and "doc" in data


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    for fmt in ("%Y-%m-%dT%H:%M:%S", "%B %d, %Y"):
        try:
            return datetime.strptime(value.strip(), fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def _records(path: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
        if path.name.endswith(".csv.gz"):
            for n, row in enumerate(csv.DictReader(f)):
                yield {"id": str(n), **row}
        else:
            for line in f:
                yield json.loads(line)


def load_record(dataset: str, record_id: str, *, shared: Path) -> RawDocument:
    """One corpus record as a raw document (JSONL form: body, title, date as hints)."""
    rel = DATASETS.get(dataset)
    if rel is None:
        raise ConfigError(f"unknown dataset {dataset!r}; known: {', '.join(DATASETS)}")
    for rec in _records(shared / rel):
        if str(rec.get("id")) == record_id:
            text = rec.get("body") or rec.get("text") or ""
            return RawDocument(
                source=f"{dataset}#{record_id}",
                kind=InputKind.JSONL,
                text=str(text),
                id=record_id,
                title=rec.get("title") or None,
                published=_parse_date(rec.get("date")),
            )
    raise ConfigError(f"record {record_id!r} not found in {dataset}")


def _file_results(
    case: GoldCase, *, shared: Path | None, repo: Path, settings: Settings
) -> list[ArticleResult]:
    doc = case.gold.doc
    rel = doc.file or ""
    candidates = [repo / rel, case.path.parent / rel] + (
        [shared / rel] if shared else []
    )
    path = next((p for p in candidates if p.exists()), None)
    if path is None:
        raise ConfigError(f"{case.path}: article file {rel!r} not found")
    results = []
    for item in iter_inputs([str(path)], settings=settings):
        if isinstance(item, ArticleResult):
            results.append(item)
        elif doc.record is None or item.id == doc.record:
            results.append(extract_article(item, settings=settings))
    return results


def evaluate_gold(
    cases: Sequence[GoldCase],
    *,
    settings: Settings,
    shared: Path | None,
    repo: Path,
) -> GoldReport:
    """Run the pipeline on every case's article and score it against the case."""
    results: list[ArticleResult] = []
    for case in cases:
        doc = case.gold.doc
        if doc.dataset is not None:
            if shared is None or doc.id is None:
                raise ConfigError(f"{case.path}: needs ../shared and a record id")
            raw = load_record(doc.dataset, doc.id, shared=shared)
            results.append(extract_article(raw, settings=settings))
        else:
            found = _file_results(case, shared=shared, repo=repo, settings=settings)
            if len(found) != 1:
                raise ConfigError(
                    f"{case.path}: expected one article, got {len(found)}"
                )
            results.append(found[0])
    scores: list[ArticleScore] = []
    for case, analysis in zip(
        cases, analyse_results(results, settings=settings), strict=True
    ):
        article = analysis.result.article
        text = article.text if article is not None else ""
        claims = [claim_to_json(c) for c in analysis.claims]
        scores.append(
            score_article(case.gold, text=text, claims=claims, name=case.path.stem)
        )
    return aggregate(scores)
