"""Read PLV files: one sentence, a source-target pair and its gold PLOVER root a row.

PLV files (Hu et al., ACL 2024) are tab-separated with a header row. Column order, a
leading index column (empty name or ``uid``), line ends and CSV-style quoting all vary
between files, so columns are read by header name with a standard CSV reader. Only the
core columns are read; the authors' prediction, prompt and silver columns never are.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from redline.errors import AnnotationFormatError

__all__ = ["CORE_COLUMNS", "ROOTS", "PlvRow", "read_plv"]

#: The 15 PLOVER roots PLV files are labelled with (YIELD covers CONCEDE and RETREAT).
ROOTS: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "COOPERATE",
    "AID",
    "YIELD",
    "ACCUSE",
    "REQUEST",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "MOBILIZE",
    "SANCTION",
    "COERCE",
    "ASSAULT",
)

#: Columns a PLV file must have (read by name, in any order).
CORE_COLUMNS: tuple[str, ...] = ("sentence", "source", "target", "gold_root")


@dataclass(frozen=True, slots=True, kw_only=True)
class PlvRow:
    """One labelled unit: a sentence, its gold source and target, and the root."""

    sentence: str
    source: str
    target: str
    root: str


def read_plv(path: Path) -> tuple[PlvRow, ...]:
    """Read every data row of a PLV file.

    Args:
        path: a tab-separated PLV file with a header row.

    Returns:
        The rows in file order.

    Raises:
        AnnotationFormatError: the file cannot be read as UTF-8, a core column is
            missing, a row has an empty sentence or label, or a label is not one of
            :data:`ROOTS` (the message names the file and line).
    """
    rows: list[PlvRow] = []
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f, delimiter="\t")
            header = [name.strip() for name in reader.fieldnames or ()]
            missing = [c for c in CORE_COLUMNS if c not in header]
            if missing:
                raise AnnotationFormatError(
                    f"{path}:1: missing column(s) {', '.join(missing)}"
                )
            reader.fieldnames = header
            rows.extend(_row(rec, path=path, line=reader.line_num) for rec in reader)
    except UnicodeDecodeError as e:
        raise AnnotationFormatError(f"{path}: not UTF-8 ({e.reason})") from e
    except csv.Error as e:
        raise AnnotationFormatError(f"{path}: {e}") from e
    except OSError as e:
        raise AnnotationFormatError(f"{path}: cannot read ({e.strerror})") from e
    return tuple(rows)


def _row(record: dict[str | None, str | None], *, path: Path, line: int) -> PlvRow:
    values = {c: (record.get(c) or "").strip() for c in CORE_COLUMNS}
    root = values["gold_root"].upper()
    if root not in ROOTS:
        raise AnnotationFormatError(
            f"{path}:{line}: unknown PLOVER root {values['gold_root']!r}"
        )
    if not values["sentence"]:
        raise AnnotationFormatError(f"{path}:{line}: empty sentence")
    return PlvRow(
        sentence=values["sentence"],
        source=values["source"],
        target=values["target"],
        root=root,
    )
