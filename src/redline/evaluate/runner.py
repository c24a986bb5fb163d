"""Run redline over the articles a folder of gold files names, and score it.

A gold file's ``doc`` names its article as a file (``{"file": path}``, relative to
``../shared`` or to the repository, with ``"record"`` for one record of a JSONL file)
or as a corpus record (``{"dataset": name, "id": id}`` under ``../shared/corpus``).
"""

from __future__ import annotations

import csv
import gzip
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from redline.errors import ConfigError
from redline.evaluate._gold_schema import GoldFile
from redline.evaluate.gold import (
    SECTIONS,
    ArticleScore,
    GoldReport,
    ItemResult,
    aggregate,
    load_gold,
    score_article,
)
from redline.extract import extract_article
from redline.ingest import iter_inputs
from redline.model import ArticleResult, InputKind, RawDocument
from redline.pipeline import Analysis, analyse_results
from redline.serialize import claim_to_json
from redline.settings import Settings

__all__ = [
    "DATASETS",
    "GoldCase",
    "analyse_grouped",
    "article_key",
    "article_path",
    "evaluate_gold",
    "find_gold_files",
    "gold_articles",
    "load_record",
    "load_records",
    "record_settings",
    "score_outputs",
]

DATASETS: dict[str, str] = {
    "reuters21578": "corpus/reuters21578/reuters21578.jsonl.gz",
    "bbc_news": "corpus/bbc_news/bbc_fulltext.jsonl.gz",
    "isot_true_head": "corpus/isot_true_head/True_head1008.csv.gz",
}

# The outlet each corpus is from: BBC News is a national outlet (its state is home
# for an undated story); Reuters files from everywhere and dates its stories.
OUTLETS: dict[str, str] = {
    "reuters21578": "Reuters",
    "bbc_news": "BBC News",
    "isot_true_head": "Reuters",
}


# Collections whose records carry no date, and the day people's roles are read on for
# them unless ``undated_roles_on`` is set: the BBC set covers 2004-05 (its README).
UNDATED_AS_OF: dict[str, str] = {"bbc_news": "2005-01-01"}


def record_settings(dataset: str | None, settings: Settings) -> Settings:
    """``settings`` for a record of ``dataset``: its collection's day for roles."""
    day = UNDATED_AS_OF.get(dataset or "")
    if day is None or settings.undated_roles_on:
        return settings
    return replace(settings, undated_roles_on=day)


def analyse_grouped(
    results: Sequence[ArticleResult], settings: Sequence[Settings]
) -> list[Analysis]:
    """Analyse each result under its own settings, batching those that share them."""
    out: list[Analysis | None] = [None] * len(results)
    groups: dict[Settings, list[int]] = {}
    for i, s in enumerate(settings):
        groups.setdefault(s, []).append(i)
    for s, idx in groups.items():
        for i, analysis in zip(
            idx, analyse_results([results[i] for i in idx], settings=s), strict=True
        ):
            out[i] = analysis
    missing = [i for i, a in enumerate(out) if a is None]
    if missing:  # analyse_results yields one analysis per result, ok or not
        raise RuntimeError(f"no analysis for results {missing}")
    return [a for a in out if a is not None]


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


def _raw_document(dataset: str, record_id: str, rec: dict[str, Any]) -> RawDocument:
    text = rec.get("body") or rec.get("text") or ""
    return RawDocument(
        source=f"{dataset}#{record_id}",
        kind=InputKind.JSONL,
        text=str(text),
        id=record_id,
        title=rec.get("title") or None,
        published=_parse_date(rec.get("date")),
        outlet=OUTLETS.get(dataset),
        dateline=rec.get("dateline") or None,
    )


def load_records(
    wanted: Sequence[tuple[str, str]], *, shared: Path
) -> dict[tuple[str, str], RawDocument]:
    """Corpus records as raw documents, keyed by ``(dataset, id)``.

    Each corpus file is read once, up to the last record wanted from it (the dev
    gold names 265 records of three corpora: one pass each, not one per record).
    """
    by_dataset: dict[str, set[str]] = {}
    for dataset, record_id in wanted:
        if dataset not in DATASETS:
            known = ", ".join(DATASETS)
            raise ConfigError(f"unknown dataset {dataset!r}; known: {known}")
        by_dataset.setdefault(dataset, set()).add(record_id)
    found: dict[tuple[str, str], RawDocument] = {}
    for dataset, ids in by_dataset.items():
        left = set(ids)
        for rec in _records(shared / DATASETS[dataset]):
            record_id = str(rec.get("id"))
            if record_id in left:
                found[(dataset, record_id)] = _raw_document(dataset, record_id, rec)
                left.discard(record_id)
                if not left:
                    break
        if left:
            missing = ", ".join(repr(i) for i in sorted(left))
            raise ConfigError(f"record {missing} not found in {dataset}")
    return found


def load_record(dataset: str, record_id: str, *, shared: Path) -> RawDocument:
    """One corpus record as a raw document (JSONL form: body, title, date as hints)."""
    return load_records([(dataset, record_id)], shared=shared)[(dataset, record_id)]


def article_path(case: GoldCase, *, shared: Path | None, repo: Path) -> Path:
    """The file a ``{"file": …}`` doc names, under the repo, the gold or ../shared."""
    rel = case.gold.doc.file
    if rel is None:
        raise ConfigError(f"{case.path}: the doc names a dataset record, not a file")
    candidates = [repo / rel, case.path.parent / rel] + (
        [shared / rel] if shared else []
    )
    path = next((p for p in candidates if p.exists()), None)
    if path is None:
        raise ConfigError(f"{case.path}: article file {rel!r} not found")
    return path


def _file_results(
    case: GoldCase, *, shared: Path | None, repo: Path, settings: Settings
) -> list[ArticleResult]:
    doc = case.gold.doc
    path = article_path(case, shared=shared, repo=repo)
    results = []
    for item in iter_inputs([str(path)], settings=settings):
        if isinstance(item, ArticleResult):
            results.append(item)
        elif doc.record is None or item.id == doc.record:
            results.append(extract_article(item, settings=settings))
    return results


def gold_articles(
    cases: Sequence[GoldCase],
    *,
    settings: Settings,
    shared: Path | None,
    repo: Path,
) -> list[ArticleResult]:
    """The extracted article each case's ``doc`` names, in the order of ``cases``."""
    results: list[ArticleResult] = []
    wanted: list[tuple[str, str]] = []
    for case in cases:
        doc = case.gold.doc
        if doc.dataset is not None:
            if shared is None or doc.id is None:
                raise ConfigError(f"{case.path}: needs ../shared and a record id")
            wanted.append((doc.dataset, doc.id))
    records = load_records(wanted, shared=shared) if wanted and shared else {}
    for case in cases:
        doc = case.gold.doc
        if doc.dataset is not None and doc.id is not None:
            raw = records[(doc.dataset, doc.id)]
            results.append(extract_article(raw, settings=settings))
        else:
            found = _file_results(case, shared=shared, repo=repo, settings=settings)
            if len(found) != 1:
                raise ConfigError(
                    f"{case.path}: expected one article, got {len(found)}"
                )
            results.append(found[0])
    return results


def evaluate_gold(
    cases: Sequence[GoldCase],
    *,
    settings: Settings,
    shared: Path | None,
    repo: Path,
) -> GoldReport:
    """Run the pipeline on every case's article and score it against the case."""
    per_case = [record_settings(c.gold.doc.dataset, settings) for c in cases]
    results = gold_articles(cases, settings=settings, shared=shared, repo=repo)
    scores: list[ArticleScore] = []
    for case, analysis in zip(cases, analyse_grouped(results, per_case), strict=True):
        article = analysis.result.article
        text = article.text if article is not None else ""
        claims = [claim_to_json(c) for c in analysis.claims]
        scores.append(
            score_article(case.gold, text=text, claims=claims, name=case.path.stem)
        )
    return aggregate(scores)


def article_key(case: GoldCase, *, shared: Path | None, repo: Path) -> tuple[Path, str]:
    """The (resolved file, record id) the case's article is reported as."""
    doc = case.gold.doc
    if doc.dataset is not None:
        rel = DATASETS.get(doc.dataset)
        if shared is None or rel is None or doc.id is None:
            raise ConfigError(f"{case.path}: needs ../shared and a known dataset")
        return (shared / rel).resolve(), doc.id
    return article_path(case, shared=shared, repo=repo).resolve(), doc.record or ""


def _output_key(source: str, *, cwd: Path) -> tuple[Path, str]:
    """(resolved file, record id) of a contract ``source``: a path, maybe ``#id``."""
    path = Path(source)
    if not path.is_absolute():
        path = cwd / path
    if "#" in source and not path.exists():
        name, record = source.rsplit("#", 1)
        return _output_key(name, cwd=cwd)[0], record
    return path.resolve(), ""


def _missed(case: GoldCase, *, why: str) -> ArticleScore:
    items = tuple(
        ItemResult(
            section=section, index=index, evidence=item.evidence, found=False, why=why
        )
        for section in SECTIONS
        for index, item in enumerate(getattr(case.gold, section))
    )
    return ArticleScore(
        name=case.path.stem, items=items, true_positives=0, false_positives=0
    )


def _as_mapping(value: object) -> Mapping[str, object] | None:
    return value if isinstance(value, Mapping) else None


def score_outputs(
    cases: Sequence[GoldCase],
    outputs: Iterable[Mapping[str, object]],
    *,
    shared: Path | None,
    repo: Path,
    cwd: Path,
) -> GoldReport:
    """Score saved ``redline extract --json`` objects against gold cases.

    An output belongs to the case whose article it reports: its ``article.source``
    (a path as given on the command line, relative to ``cwd``, with ``#id`` for a
    record of a JSONL or CSV file) names the case's ``doc``. Outputs no case names
    are ignored; a case with no output, or whose output has no article, has every
    required item missed with that reason.
    """
    by_key: dict[tuple[Path, str], Mapping[str, object]] = {}
    for output in outputs:
        article = _as_mapping(output.get("article"))
        source = (article or {}).get("source", output.get("source"))
        if isinstance(source, str):
            by_key.setdefault(_output_key(source, cwd=cwd), output)
    scores: list[ArticleScore] = []
    for case in cases:
        key = article_key(case, shared=shared, repo=repo)
        scores.append(_score_output(case, by_key.get(key)))
    return aggregate(scores)


def _score_output(case: GoldCase, output: Mapping[str, object] | None) -> ArticleScore:
    if output is None:
        return _missed(case, why="no extractor output for this article")
    article = _as_mapping(output.get("article"))
    text = article.get("text") if article else None
    claims = output.get("claims")
    if not isinstance(text, str) or not isinstance(claims, list):
        return _missed(
            case, why=f"no article in the output (status {output.get('status')})"
        )
    mappings = [c for c in claims if isinstance(c, Mapping)]
    if len(mappings) != len(claims):
        raise ConfigError(f"{case.path}: a claim of its output is no object")
    return score_article(case.gold, text=text, claims=mappings, name=case.path.stem)
