"""Where two annotations of the dev gold disagree, in the classes of claim_errors.py.

Usage: .venv/bin/python bench/annotator_agreement.py [SECOND_DIR] [--with-other]

``SECOND_DIR`` (default ``tests/golden/agreement/tuning``) holds second, independent
annotations of some dev gold articles; ``redline eval agreement tests/golden/dev
--second SECOND_DIR`` gives their recall and precision on the first annotation (and
back). This script sorts each required position one annotation lists by what the
other has over its evidence: the same holder and stance (found), nothing, the holder
with another stance, the stance with another holder. The same classes
``bench/claim_errors.py`` prints for redline, so the two can be read side by side.
Prints counts only, never article text.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from _devgold import REPO, SHARED, position_class

from redline.evaluate._gold_schema import GoldFile
from redline.evaluate.agreement import annotation_claims
from redline.evaluate.runner import article_key, find_gold_files, gold_articles
from redline.settings import Settings


def error_classes(
    gold: GoldFile, claims: list[dict[str, object]], text: str
) -> Counter[str]:
    """Why each required position of ``gold`` is or is not among ``claims``."""
    return Counter(position_class(item, claims, text)[0] for item in gold.positions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "second", nargs="?", type=Path, default=REPO / "tests/golden/agreement/tuning"
    )
    parser.add_argument("--with-other", action="store_true")
    args = parser.parse_args()
    keys = {"shared": SHARED, "repo": REPO}
    first = {
        article_key(c, **keys): c for c in find_gold_files([REPO / "tests/golden/dev"])
    }
    pairs = [(first[article_key(c, **keys)], c) for c in find_gold_files([args.second])]
    results = gold_articles([a for a, _ in pairs], settings=Settings(), **keys)
    totals = {"second on first": Counter[str](), "first on second": Counter[str]()}
    for (one, two), result in zip(pairs, results, strict=True):
        text = result.article.text if result.article is not None else ""
        for label, gold, other in (
            ("second on first", one, two),
            ("first on second", two, one),
        ):
            claims = annotation_claims(other.gold, text, with_other=args.with_other)
            totals[label] += error_classes(gold.gold, claims, text)
    for label, classes in totals.items():
        print(f"== {label}: {sum(classes.values())} required positions")
        for name, n in classes.most_common():
            print(f"  {name:<34} {n:>3}")


if __name__ == "__main__":
    main()
