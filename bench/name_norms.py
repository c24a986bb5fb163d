"""How often the model reads a sentence-initial name as a common word, with and without
the norms of ``src/redline/nlp/data/name_norms.toml``.

Usage: .venv/bin/python bench/name_norms.py [--docs 300] [NAME ...]

Parses the first ``--docs`` Reuters 2017 stories (../shared/corpus/isot_true_head) that
hold a name, once with the bundled pipeline and once without the norm component, and
prints, per name, how many sentence-initial occurrences are tagged PROPN and how many
are the head of the sentence (a name as root means the parse has lost its subject).
A name without a norm in the table is counted the same both ways (a control).
Prints counts only; never article text.
"""

from __future__ import annotations

import argparse
import csv
import gzip
from collections import Counter
from pathlib import Path

from redline.nlp import load_nlp
from redline.nlp.norms import COMPONENT, name_norms

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/isot_true_head"


def _count(texts: list[str], names: set[str], *, with_norms: bool) -> Counter[str]:
    nlp = load_nlp()
    disabled = [] if with_norms else [COMPONENT]
    counts: Counter[str] = Counter()
    with nlp.select_pipes(disable=disabled):
        for doc in nlp.pipe(texts, batch_size=16):
            for sent in doc.sents:
                tok = sent[0]
                if tok.text in names:
                    counts[f"{tok.text} initial"] += 1
                    counts[f"{tok.text} PROPN"] += tok.pos_ == "PROPN"
                    counts[f"{tok.text} root"] += tok.dep_ == "ROOT"
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    names = set(args.names or name_norms())
    (path,) = CORPUS.glob("*.csv.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [r["text"] for r in csv.DictReader(fh)]
    rows = [text for text in rows if any(n in text for n in names)]
    texts = rows[: args.docs]
    before = _count(texts, names, with_norms=False)
    after = _count(texts, names, with_norms=True)
    print(f"{len(texts)} stories")
    print("name          initial  PROPN before / after  root before / after")
    for name in sorted(names):
        b, a = before, after
        print(
            f"{name:<12} {b[name + ' initial']:>8} {b[name + ' PROPN']:>13} / "
            f"{a[name + ' PROPN']:<5} {b[name + ' root']:>11} / {a[name + ' root']}"
        )


if __name__ == "__main__":
    main()
