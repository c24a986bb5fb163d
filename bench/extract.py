"""Extraction throughput: redline's HTML path vs bare trafilatura, and a WARC.

Runs on the 38 pages of ``../shared/corpus/html_pages`` (not a test; nothing here
asserts a time)::

    .venv/bin/python bench/extract.py                 # 5 repetitions, writes JSON
    .venv/bin/python bench/extract.py --repeat 9 --no-write

Each repetition times one pass over all pages per extractor, alternating which one
goes first; one untimed warm-up pass runs before. Reported: the median pass time,
pages/s from it, and the ratio redline/trafilatura (goal >= 0.8). When
``redline.ingest.warc.read_warc`` exists, a WARC holding the same pages as HTTP
responses is written to a temp dir and read through it (records/s, and records/s with
extraction when it yields raw documents). Results go to
``bench/results/extract-<date>.json``; a Markdown table is printed for
``docs/performance.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, Any

import trafilatura

from redline.evaluate.extraction import make_page_dump
from redline.model import ArticleResult, InputKind, RawDocument
from redline.settings import Settings

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

REPO = Path(__file__).resolve().parents[1]
PAGES_DIR = REPO.parent / "shared" / "corpus" / "html_pages"
RESULTS = REPO / "bench" / "results"


@dataclass(frozen=True, slots=True)
class Page:
    id: str
    url: str
    html: str


def load_pages(directory: Path) -> list[Page]:
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        with gzip.open(directory / f"{page_id}.html.gz", "rt", encoding="utf-8") as fh:
            pages.append(Page(page_id, truth[page_id]["url"], fh.read()))
    return pages


def find(module: str, name: str) -> Callable[..., Any] | None:
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return None
    fn = getattr(mod, name, None)
    return fn if callable(fn) else None


# --- timed passes -------------------------------------------------------------------


def pass_trafilatura(pages: list[Page]) -> int:
    return sum(bool(trafilatura.extract(p.html, url=p.url)) for p in pages)


def make_pass_redline(
    extract: Callable[..., ArticleResult], kind: InputKind, pages: list[Page]
) -> Callable[[list[Page]], int]:
    settings = Settings()
    texts = {
        p.id: p.html if kind is InputKind.HTML else make_page_dump(p.html)
        for p in pages
    }

    def run(pages: list[Page]) -> int:
        ok = 0
        for p in pages:
            raw = RawDocument(source=p.id, kind=kind, text=texts[p.id], url=p.url)
            ok += extract(raw, settings=settings).ok
        return ok

    return run


def time_passes(
    passes: Mapping[str, Callable[[list[Page]], int]], pages: list[Page], repeat: int
) -> dict[str, dict[str, Any]]:
    names = list(passes)
    times: dict[str, list[float]] = {n: [] for n in names}
    ok: dict[str, int] = {}
    for name in names:  # warm-up: imports, caches, lazy compiles
        ok[name] = passes[name](pages)
    for rep in range(repeat):
        order = names if rep % 2 == 0 else names[::-1]
        for name in order:
            start = time.perf_counter()
            passes[name](pages)
            times[name].append(time.perf_counter() - start)
    out = {}
    for name in names:
        median = statistics.median(times[name])
        out[name] = {
            "median_s": round(median, 4),
            "min_s": round(min(times[name]), 4),
            "times_s": [round(t, 4) for t in times[name]],
            "pages_per_s": round(len(pages) / median, 2),
            "bodies": ok[name],
        }
    return out


# --- WARC ---------------------------------------------------------------------------


def _record(headers: list[tuple[str, str]], payload: bytes) -> bytes:
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers)
    head += f"Content-Length: {len(payload)}\r\n\r\n"
    return gzip.compress(head.encode() + payload + b"\r\n\r\n", mtime=0)


def write_warc(pages: list[Page], path: Path) -> int:
    """Write a gzipped WARC: a warcinfo record, then one response record per page."""
    date = "2019-11-19T00:00:00Z"
    info = b"software: redline bench/extract.py\r\nformat: WARC File Format 1.0\r\n"
    chunks = [
        _record(
            [
                ("WARC-Type", "warcinfo"),
                (
                    "WARC-Record-ID",
                    f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'info')}>",
                ),
                ("WARC-Date", date),
                ("Content-Type", "application/warc-fields"),
            ],
            info,
        )
    ]
    for p in pages:
        body = p.html.encode("utf-8")
        http = (
            "HTTP/1.1 200 OK\r\n"
            "Content-Type: text/html; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode() + body
        chunks.append(
            _record(
                [
                    ("WARC-Type", "response"),
                    (
                        "WARC-Record-ID",
                        f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, p.url)}>",
                    ),
                    ("WARC-Date", date),
                    ("WARC-Target-URI", p.url),
                    ("Content-Type", "application/http; msgtype=response"),
                ],
                http,
            )
        )
    path.write_bytes(b"".join(chunks))
    return len(pages)


def bench_warc(
    pages: list[Page], repeat: int, extract: Callable[..., ArticleResult] | None
) -> dict[str, Any]:
    read_warc = find("redline.ingest.warc", "read_warc")
    if read_warc is None:
        return {
            "status": "pending",
            "reason": "redline.ingest.warc.read_warc not found",
        }
    settings = Settings()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pages.warc.gz"
        write_warc(pages, path)

        def read_only(_: list[Page]) -> int:
            return sum(1 for _ in read_warc(path, settings=settings))

        passes = {"read": read_only}
        first = next(iter(read_warc(path, settings=settings)), None)
        if isinstance(first, RawDocument) and extract is not None:

            def read_extract(_: list[Page]) -> int:
                items: Iterable[object] = read_warc(path, settings=settings)
                return sum(
                    extract(item, settings=settings).ok
                    for item in items
                    if isinstance(item, RawDocument)
                )

            passes["read+extract"] = read_extract
        timed = time_passes(passes, pages, repeat)
        records = read_only(pages)
        timed["read"].pop("bodies")
        for result in timed.values():
            result["records"] = records
            result["records_per_s"] = round(records / result["median_s"], 2)
            del result["pages_per_s"]
        return {
            "status": "ok",
            "file_bytes": path.stat().st_size,
            "yields": type(first).__name__,
            **timed,
        }


# --- report -------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def markdown(result: dict[str, Any]) -> str:
    rows = ["| path | median s / 38 pages | pages/s | bodies |", "|---|---|---|---|"]
    for name, r in result["html"].items():
        rows.append(
            f"| {name} | {r['median_s']:.3f} | {r['pages_per_s']:.1f} | {r['bodies']} |"
        )
    if result["ratio"] is not None:
        rows.append(
            f"\nratio redline html / trafilatura: **{result['ratio']:.2f}**"
            " (goal >= 0.8)"
        )
    warc = result["warc"]
    if warc["status"] == "ok":
        rows += ["", "| WARC | median s | records/s |", "|---|---|---|"]
        for name in ("read", "read+extract"):
            if name in warc:
                r = warc[name]
                rows.append(
                    f"| {name} | {r['median_s']:.3f} | {r['records_per_s']:.1f} |"
                )
    else:
        rows.append(f"\nWARC: {warc['status']} ({warc['reason']})")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pages", type=Path, default=PAGES_DIR)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    if not (args.pages / "ground-truth.json").is_file():
        print(f"no corpus at {args.pages}", file=sys.stderr)
        return 2
    pages = load_pages(args.pages)

    extract = find("redline.extract", "extract_article")
    passes: dict[str, Callable[[list[Page]], int]] = {"trafilatura": pass_trafilatura}
    if extract is not None:
        passes["redline html"] = make_pass_redline(extract, InputKind.HTML, pages)
        passes["redline dump"] = make_pass_redline(extract, InputKind.PAGE_DUMP, pages)
    html = time_passes(passes, pages, args.repeat)
    ratio = None
    if "redline html" in html:
        ratio = round(
            html["redline html"]["pages_per_s"] / html["trafilatura"]["pages_per_s"], 3
        )

    today = dt.datetime.now(dt.UTC).date().isoformat()
    result = {
        "date": today,
        "command": "python bench/extract.py " + " ".join(sys.argv[1:]),
        "machine": machine(),
        "versions": {pkg: version(pkg) for pkg in ("redline", "trafilatura", "lxml")},
        "pages": len(pages),
        "repeat": args.repeat,
        "html": html,
        "ratio": ratio,
        "redline": "available"
        if extract is not None
        else "pending: no extract_article",
        "warc": bench_warc(pages, args.repeat, extract),
    }
    print(json.dumps(result, indent=2))
    print()
    print(markdown(result))
    if not args.no_write:
        RESULTS.mkdir(parents=True, exist_ok=True)
        out = RESULTS / f"extract-{today}.json"
        out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {out.relative_to(REPO)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
