"""Extraction gate: redline's HTML and page-dump paths on the 38 html_pages.

The pages stay in ``../shared/corpus/html_pages`` (see ``tests/README.md``); this module
loads them, runs the extractors, scores bodies with the shingle F1 of
:mod:`redline.evaluate.extraction` and keeps the floors in
``tests/golden/extraction_baseline.json``. ``test_extraction_gate.py`` imports it, and
it runs on its own to print the report or re-pin the floors::

    .venv/bin/python tests/golden/extraction_gate.py            # report; 1 if failing
    .venv/bin/python tests/golden/extraction_gate.py --update   # ratchet floors up
    .venv/bin/python tests/golden/extraction_gate.py --update --allow-regression

``--update`` writes the measured scores (rounded down to 3 decimals) as floors, but
never lowers a floor unless ``--allow-regression`` is given; it also re-pins the corpus
digest.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import trafilatura
from pydantic import BaseModel, ConfigDict

from redline.evaluate.extraction import (
    CorpusScore,
    PageScore,
    corpus_f1,
    make_page_dump,
    page_scores,
)
from redline.model import ArticleResult, InputKind, RawDocument
from redline.settings import Settings

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
PAGES_DIR = SHARED / "corpus" / "html_pages"
BASELINE_FILE = Path(__file__).with_name("extraction_baseline.json")
EXPECTED_PAGES = 38


class ExtractArticle(Protocol):
    def __call__(self, raw: RawDocument, *, settings: Settings) -> ArticleResult: ...


# --- the corpus ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Page:
    """One benchmark page: its id, URL, HTML and hand-checked body."""

    id: str
    path: Path
    url: str
    html: str
    gold: str


def load_pages(directory: Path = PAGES_DIR) -> list[Page]:
    """Read ``ground-truth.json`` and each ``<id>.html.gz`` in id order."""
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        path = directory / f"{page_id}.html.gz"
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            html = fh.read()
        entry = truth[page_id]
        pages.append(
            Page(
                id=page_id,
                path=path,
                url=entry["url"],
                html=html,
                gold=entry["articleBody"],
            )
        )
    return pages


def corpus_digest(pages: Sequence[Page]) -> str:
    """SHA-256 over ids, URLs, HTML and gold bodies (independent of gzip framing)."""
    digest = hashlib.sha256()
    for page in sorted(pages, key=lambda p: p.id):
        for part in (page.id, page.url, page.html, page.gold):
            data = part.encode("utf-8")
            digest.update(len(data).to_bytes(8, "big"))
            digest.update(data)
    return digest.hexdigest()


# --- the baseline file --------------------------------------------------------------


class Floors(BaseModel):
    """Corpus F1 floors; the gate fails below them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    html_f1: float
    page_dump_f1: float


class Baseline(BaseModel):
    """``extraction_baseline.json``: floors, goals and the digest of the pages."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    corpus: str
    pages: int
    digest: str
    floors: Floors
    goals: Floors


def read_baseline(path: Path = BASELINE_FILE) -> Baseline:
    """Load and validate the baseline file."""
    return Baseline.model_validate_json(path.read_text(encoding="utf-8"))


def write_baseline(baseline: Baseline, path: Path = BASELINE_FILE) -> None:
    """Write the baseline file as stable, indented JSON."""
    text = json.dumps(baseline.model_dump(), indent=2, sort_keys=False)
    path.write_text(text + "\n", encoding="utf-8")


class RegressionError(Exception):
    """A measured score is below its floor and lowering was not allowed."""


def pin(value: float) -> float:
    """Round a measured score down to 3 decimals, the precision floors are kept at."""
    return math.floor(value * 1000 + 1e-9) / 1000


def ratchet(
    baseline: Baseline,
    measured: Floors,
    *,
    digest: str,
    pages: int,
    allow_regression: bool = False,
) -> tuple[Baseline, list[str]]:
    """Return the baseline with floors raised to ``measured`` and what changed.

    A floor never goes down unless ``allow_regression``; without it a measured score
    below its floor raises :class:`RegressionError`.
    """
    notes: list[str] = []
    new: dict[str, float] = {}
    for name in Floors.model_fields:
        old = getattr(baseline.floors, name)
        got = pin(getattr(measured, name))
        if got < old and not allow_regression:
            raise RegressionError(
                f"{name}: measured {got:.3f} is below the floor {old:.3f}; "
                "pass --allow-regression to lower it"
            )
        value = got if allow_regression else max(old, got)
        if value != old:
            notes.append(f"{name}: {old:.3f} -> {value:.3f}")
        new[name] = value
    if digest != baseline.digest or pages != baseline.pages:
        notes.append(f"corpus digest re-pinned ({pages} pages)")
    updated = baseline.model_copy(
        update={"floors": Floors(**new), "digest": digest, "pages": pages}
    )
    return updated, notes


# --- runs ---------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class Run:
    """One extractor over the corpus: bodies, per-page scores, failures, corpus F1."""

    name: str
    bodies: dict[str, str] = field(default_factory=dict)
    scores: dict[str, PageScore] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def corpus(self) -> CorpusScore:
        """Page-averaged precision and recall and their F1."""
        return corpus_f1(self.scores[k] for k in sorted(self.scores))


def find_extract_article() -> ExtractArticle | None:
    """Return ``redline.extract.extract_article`` once it exists, else ``None``."""
    try:
        from redline import extract
    except ImportError:
        return None
    fn: ExtractArticle | None = getattr(extract, "extract_article", None)
    return fn


def _score(run: Run, page: Page, body: str) -> None:
    run.bodies[page.id] = body
    run.scores[page.id] = page_scores(body, page.gold)


def run_trafilatura(pages: Sequence[Page]) -> Run:
    """Bare ``trafilatura.extract(html, url=url)`` with its default options."""
    run = Run(name="trafilatura")
    for page in pages:
        body = trafilatura.extract(page.html, url=page.url)
        if body is None:
            run.failures[page.id] = "None"
        _score(run, page, body or "")
    return run


def _run_redline(
    pages: Sequence[Page],
    extract: ExtractArticle,
    *,
    name: str,
    kind: InputKind,
    text_of: Callable[[Page], str],
) -> Run:
    run = Run(name=name)
    settings = Settings()
    for page in pages:
        raw = RawDocument(
            source=f"{page.path}#{kind.value}",
            kind=kind,
            text=text_of(page),
            url=page.url,
        )
        body = ""
        try:
            result = extract(raw, settings=settings)
        except Exception:  # noqa: BLE001 - a crash is scored as empty and reported
            run.errors[page.id] = traceback.format_exc(limit=-3)
        else:
            if result.ok and result.article is not None:
                body = result.article.text
            else:
                run.failures[page.id] = f"{result.status}: {result.message}"
        _score(run, page, body)
    return run


def run_redline_html(pages: Sequence[Page], extract: ExtractArticle) -> Run:
    """redline's HTML path: the page's HTML with its URL."""
    return _run_redline(
        pages, extract, name="redline html", kind=InputKind.HTML, text_of=_html
    )


def run_redline_dump(pages: Sequence[Page], extract: ExtractArticle) -> Run:
    """redline's page-dump path on :func:`make_page_dump` of each page."""
    return _run_redline(
        pages,
        extract,
        name="redline dump",
        kind=InputKind.PAGE_DUMP,
        text_of=_dump,
    )


def run_raw_dump(pages: Sequence[Page]) -> Run:
    """The page dump itself as the body: what no extraction at all scores."""
    run = Run(name="raw dump")
    for page in pages:
        _score(run, page, make_page_dump(page.html))
    return run


def _html(page: Page) -> str:
    return page.html


def _dump(page: Page) -> str:
    return make_page_dump(page.html)


# --- report -------------------------------------------------------------------------


def _f1(score: PageScore) -> float:
    total = score.precision + score.recall
    return 2 * score.precision * score.recall / total if total else 0.0


def _host(url: str) -> str:
    host = url.split("//", 1)[-1].split("/", 1)[0]
    return host.removeprefix("www.")


def better_pages(a: Run, b: Run, *, margin: float = 1e-9) -> list[str]:
    """Ids of pages where ``a`` has a higher page F1 than ``b``."""
    return [
        k
        for k in sorted(a.scores)
        if k in b.scores and _f1(a.scores[k]) > _f1(b.scores[k]) + margin
    ]


def format_side_by_side(
    left: Run, right: Run, pages: Sequence[Page], *, extra: Sequence[Run] = ()
) -> str:
    """Per-page P/R/F1 of two runs side by side, corpus lines, and who wins where."""
    runs = [left, right, *extra]
    head = f"{'page':<8} {'site':<20}" + "".join(
        f" | {r.name[:17]:>17} P     R     F" for r in runs
    )
    lines = [head, "-" * len(head)]
    for page in pages:
        row = f"{page.id[:8]:<8} {_host(page.url)[:20]:<20}"
        for run in runs:
            s = run.scores.get(page.id)
            if s is None:
                row += f" | {'':>17} {'-':>5} {'-':>5} {'-':>5}"
            else:
                mark = "!" if page.id in run.errors or page.id in run.failures else " "
                row += f" | {mark:>17} {s.precision:.3f} {s.recall:.3f} {_f1(s):.3f}"
        lines.append(row)
    lines.append("-" * len(head))
    for run in runs:
        c = run.corpus
        lines.append(
            f"{run.name:<29} precision {c.precision:.4f}  recall {c.recall:.4f}  "
            f"F1 {c.f1:.4f}  ({c.pages} pages)"
        )
    for a, b in ((left, right), (right, left)):
        ids = better_pages(a, b)
        lines.append(f"{a.name} better on {len(ids)}: " + ", ".join(i[:8] for i in ids))
    for run in runs:
        for page_id, why in sorted({**run.failures, **run.errors}.items()):
            first = why.strip().splitlines()[-1] if why.strip() else why
            lines.append(f"{run.name} no body on {page_id[:8]}: {first}")
    return "\n".join(lines)


# --- command line -------------------------------------------------------------------


def _say(text: str, *, err: bool = False) -> None:
    (sys.stderr if err else sys.stdout).write(text + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Print the gate report; with ``--update``, ratchet the floors."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="re-pin floors (up only)")
    parser.add_argument(
        "--allow-regression",
        action="store_true",
        help="with --update: let floors go down",
    )
    parser.add_argument("--pages", type=Path, default=PAGES_DIR, help="corpus folder")
    args = parser.parse_args(argv)

    if not (args.pages / "ground-truth.json").is_file():
        _say(f"no corpus at {args.pages}", err=True)
        return 2
    pages = load_pages(args.pages)
    baseline = read_baseline()
    digest = corpus_digest(pages)
    extract = find_extract_article()
    traf = run_trafilatura(pages)
    raw = run_raw_dump(pages)
    if extract is None:
        _say(format_side_by_side(traf, raw, pages))
        _say("redline.extract.extract_article is not available yet", err=True)
        return 2
    html = run_redline_html(pages, extract)
    dump = run_redline_dump(pages, extract)
    _say(format_side_by_side(html, traf, pages, extra=(dump, raw)))
    measured = Floors(html_f1=html.corpus.f1, page_dump_f1=dump.corpus.f1)

    if args.update:
        try:
            new, notes = ratchet(
                baseline,
                measured,
                digest=digest,
                pages=len(pages),
                allow_regression=args.allow_regression,
            )
        except RegressionError as exc:
            _say(f"not updated: {exc}", err=True)
            return 1
        write_baseline(new)
        _say("\n".join(notes) if notes else "baseline unchanged")
        return 0

    failed = []
    if digest != baseline.digest:
        failed.append("corpus digest differs from the baseline")
    if html.corpus.f1 < traf.corpus.f1:
        failed.append(
            f"redline html F1 {html.corpus.f1:.4f} < trafilatura {traf.corpus.f1:.4f}"
        )
    for name in Floors.model_fields:
        got, floor = getattr(measured, name), getattr(baseline.floors, name)
        if got < floor:
            failed.append(f"{name} {got:.4f} < floor {floor:.3f}")
    for line in failed:
        _say(f"FAIL {line}", err=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
