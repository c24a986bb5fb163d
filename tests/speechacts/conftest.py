"""Small PLV files written in the tests (our own sentences, never the PLV data)."""

from pathlib import Path

import pytest

HEADER = [
    "",
    "sentence_id",
    "sentence",
    "marked_sentence",
    "source",
    "target",
    "gold_penta",
    "silver_root",
    "gold_root",
    "root_L1",
]


@pytest.fixture
def write_tsv(tmp_path):
    """Write a TSV from a header and rows, with the given line ending."""

    def write(header, rows, *, name="plv.tsv", newline="\n", raw=None) -> Path:
        path = tmp_path / name
        if raw is not None:
            path.write_bytes(raw.encode("utf-8"))
            return path
        lines = ["\t".join(header), *("\t".join(r) for r in rows)]
        path.write_bytes(newline.join(lines).encode("utf-8"))
        return path

    return write
