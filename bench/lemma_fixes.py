"""How often the model gets the lemma of a word form wrong, in sentences of the corpora.

Usage: .venv/bin/python bench/lemma_fixes.py [--sentences 15000] [FORM ...]

Reads the BBC, Reuters-21578 and Reuters 2017 corpora under ../shared/corpus, keeps
up to ``--sentences`` sentence-sized stretches that hold one of the forms (by default
those of ``src/redline/nlp/data/lemma_fixes.toml``), parses them with the bundled
pipeline and prints, per form and part of speech, the model's own lemmas
(``Token.lemma_``, before redline's table) and their counts. A form belongs in the
table only when its wrong lemma is the rule, not the exception. Prints counts only;
never article text.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

from redline.nlp import load_nlp
from redline.nlp.parse import lemma_fixes

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus"
FILES = (
    "bbc_news/bbc_fulltext.jsonl.gz",
    "reuters21578/reuters21578.jsonl.gz",
    "isot_true_head/True_head1008.csv.gz",
)


def _texts() -> str:
    parts = []
    for rel in FILES:
        with gzip.open(CORPUS / rel, "rt", encoding="utf-8") as f:
            if rel.endswith(".jsonl.gz"):
                for line in f:
                    rec = json.loads(line)
                    parts.append(str(rec.get("body") or rec.get("text") or ""))
            else:
                parts.append(f.read())
    return "\n".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=15000)
    parser.add_argument("forms", nargs="*")
    args = parser.parse_args()
    forms = {f.lower() for f in args.forms} or set(lemma_fixes())
    alternation = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    pattern = re.compile(
        rf"[^.!?\n]{{0,150}}\b(?:{alternation})\b[^.!?\n]{{0,60}}", re.IGNORECASE
    )
    found = []
    for match in pattern.finditer(_texts()):
        found.append(match.group(0))
        if len(found) >= args.sentences:
            break
    counts: Counter[tuple[str, str, str]] = Counter()
    for doc in load_nlp().pipe(found, batch_size=64):
        for tok in doc:
            if tok.lower_ in forms:
                counts[(tok.lower_, tok.pos_, tok.lemma_)] += 1
    print(f"{len(found)} stretches")
    for (form, pos, lemma), n in sorted(counts.items()):
        print(f"  {form:<12} {pos:<6} lemma {lemma!r:<12} {n:>5}")


if __name__ == "__main__":
    main()
