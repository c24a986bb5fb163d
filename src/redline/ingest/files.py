"""Walk the input paths and hand each file to the reader for its form.

:func:`iter_inputs` is the ingest stage's entry point. It never raises for a bad
input: a missing path, an empty directory or an unreadable file becomes an
:class:`~redline.model.ArticleResult` with a reason code, and the walk goes on.
"""

from __future__ import annotations

import glob
import gzip
import io
import logging
import sys
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from redline.model import InputKind, Status

from ._decode import document_from_bytes
from .base import ARTICLE_SUFFIXES, BYTES_PER_CHAR, failure, logical_name
from .csvfile import CsvReader, iter_csv_rows
from .detect import detect_kind
from .html import HtmlReader
from .jsonl import JsonlReader, iter_records
from .text import TextReader
from .warc import read_warc

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from redline.model import ArticleResult, RawDocument
    from redline.settings import Settings

    from .base import Reader
    from .fieldmap import FieldMap

__all__ = [
    "STDIN",
    "expand_pattern",
    "is_pattern",
    "iter_article_files",
    "iter_inputs",
    "reader_for",
]

logger = logging.getLogger(__name__)

STDIN = "-"
"""The path that stands for standard input."""

_HEAD_BYTES = 4096
_GLOB_CHARS = frozenset("*?[")


def is_pattern(name: str) -> bool:
    """Whether a command-line path is a glob pattern (holds ``*``, ``?`` or ``[``)."""
    return any(ch in _GLOB_CHARS for ch in name)


def expand_pattern(pattern: str) -> list[str]:
    """The paths matching ``pattern`` (``**`` spans directories), sorted."""
    return sorted(glob.glob(pattern, recursive=True))  # noqa: PTH207 - str patterns


def _is_article_file(path: Path) -> bool:
    return path.is_file() and Path(logical_name(path)).suffix in ARTICLE_SUFFIXES


def iter_article_files(directory: Path) -> Iterator[Path]:
    """Article files under ``directory``, recursively, in sorted path order."""
    for path in sorted(directory.rglob("*")):
        if _is_article_file(path):
            yield path


def _head_text(path: Path) -> str:
    """The first few kilobytes of a file as text, for content detection."""
    try:
        if path.name.lower().endswith(".gz"):
            with gzip.open(path, "rb") as fh:
                head = fh.read(_HEAD_BYTES)
        else:
            with path.open("rb") as fh:
                head = fh.read(_HEAD_BYTES)
    except (OSError, EOFError, zlib.error):
        return ""
    return head.decode("utf-8", errors="replace")


class WarcReader:
    """WARC and WARC.gz crawls: each HTML response record is one article."""

    def read(
        self, path: Path, *, settings: Settings
    ) -> Iterator[RawDocument | ArticleResult]:
        """Yield the crawl's HTML pages, and a result for each damaged part."""
        return read_warc(path, settings=settings)


def reader_for(
    path: Path, *, kind: InputKind | None, fields: FieldMap | None = None
) -> Reader:
    """The reader for one file: forced by ``kind``, else detected.

    Text files are detected as plain text or page dump per file, after decoding.
    ``fields`` maps record fields for JSONL and CSV corpora.
    """
    detected = kind
    if detected is None and logical_name(path).endswith(".warc"):
        detected = InputKind.WARC
    if detected is None:
        name = logical_name(path)
        known = (".html", ".htm", ".jsonl", ".csv")
        head = "" if name.endswith(known) else _head_text(path)
        detected = detect_kind(name, head)
        if detected in {InputKind.TEXT, InputKind.PAGE_DUMP}:
            return TextReader()
    if detected is InputKind.HTML:
        return HtmlReader()
    if detected is InputKind.JSONL:
        return JsonlReader(fields=fields)
    if detected is InputKind.CSV:
        return CsvReader(fields=fields)
    if detected is InputKind.WARC:
        return WarcReader()
    return TextReader(kind=detected)


def _read_file(
    path: Path,
    *,
    settings: Settings,
    kind: InputKind | None,
    fields: FieldMap | None,
) -> Iterator[RawDocument | ArticleResult]:
    yield from reader_for(path, kind=kind, fields=fields).read(path, settings=settings)


def _read_stdin(
    stream: BinaryIO,
    *,
    settings: Settings,
    kind: InputKind | None,
    fields: FieldMap | None,
) -> Iterator[RawDocument | ArticleResult]:
    if kind is InputKind.CSV:
        yield from iter_csv_rows(stream, source=STDIN, settings=settings, fields=fields)
        return
    head = stream.readline()
    while head and not head.strip():
        head += stream.readline()
        if len(head) > _HEAD_BYTES:
            break
    detected = kind or detect_kind("", head[:_HEAD_BYTES].decode("utf-8", "replace"))
    if detected is InputKind.JSONL:
        lines = io.BytesIO(head)
        yield from iter_records(
            _chain_lines(lines, stream), source=STDIN, settings=settings, fields=fields
        )
        return
    limit = settings.max_article_chars * BYTES_PER_CHAR
    data = head + stream.read(max(limit + 1 - len(head), 0))
    if len(data) > limit:
        yield failure(
            STDIN,
            Status.TOO_LARGE,
            f"article is larger than max_article_chars={settings.max_article_chars}",
        )
        return
    forced = kind or (InputKind.HTML if detected is InputKind.HTML else None)
    yield document_from_bytes(data, source=STDIN, kind=forced, settings=settings)


def _chain_lines(first: BinaryIO, rest: BinaryIO) -> Iterator[bytes]:
    yield from first
    yield from rest


def _read_path(
    name: str,
    *,
    settings: Settings,
    kind: InputKind | None,
    fields: FieldMap | None,
) -> Iterator[RawDocument | ArticleResult]:
    path = Path(name)
    if path.is_dir():
        found = False
        for file in iter_article_files(path):
            found = True
            yield from _read_file(file, settings=settings, kind=kind, fields=fields)
        if not found:
            yield failure(
                name,
                Status.NO_ARTICLES,
                "directory holds no .txt, .html, .htm, .jsonl or .csv files",
            )
    elif path.is_file():
        yield from _read_file(path, settings=settings, kind=kind, fields=fields)
    else:
        yield failure(name, Status.NOT_FOUND, "no such file or directory")


def iter_inputs(
    paths: Sequence[str],
    *,
    settings: Settings,
    kind: InputKind | None = None,
    stdin: BinaryIO | None = None,
    fields: FieldMap | None = None,
) -> Iterator[RawDocument | ArticleResult]:
    """Yield a raw document per article input and a failed result per bad input.

    Args:
        paths: files, directories (walked recursively for ``.txt``, ``.html``,
            ``.htm``, ``.jsonl`` and ``.csv`` files, each also gzipped), glob
            patterns (``corpus/**/*.jsonl.gz``; ``**`` spans directories) or
            ``"-"`` for standard input.
        settings: the run's settings (``max_article_chars`` limits each article).
        kind: force one reader for every input instead of detecting it.
        stdin: the stream read for ``"-"``; the process's standard input by default.
        fields: which record fields (JSONL keys, CSV columns) hold the text and
            metadata; ``None`` reads the default names.
    """
    for name in paths:
        if name == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stdin(stream, settings=settings, kind=kind, fields=fields)
            continue
        if is_pattern(name) and not Path(name).exists():
            matches = expand_pattern(name)
            files = [m for m in matches if Path(m).is_file()]
            matches = files or matches  # directories only when no file matched
            if not matches:
                yield failure(name, Status.NOT_FOUND, "no path matches the pattern")
            for match in matches:
                yield from _read_path(
                    match, settings=settings, kind=kind, fields=fields
                )
            continue
        yield from _read_path(name, settings=settings, kind=kind, fields=fields)
