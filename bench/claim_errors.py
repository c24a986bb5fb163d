"""Group the dev gold positions redline misses into error classes.

Usage: .venv/bin/python bench/claim_errors.py [--split tuning|heldout] [--by-dataset]

For every required position of the dev gold (tests/golden/dev, articles read from
../shared/corpus), print which class its miss falls in: no claim overlaps the
evidence, a claim with the right holder but another action (with the gold -> redline
action pairs), a holder the registry lacks, a claim with the right action but another
holder. For the "no claim" class it also counts what the sentence holds: a pronoun
subject (and whether one resolves to the gold holder, to another actor or to none), a
mention of the gold holder, a quotation mark. ``--by-dataset`` also prints the classes
per corpus (Reuters 1987, BBC, Reuters 2017). Prints counts only; never article text.
"""

from __future__ import annotations

import argparse
import functools
from collections import Counter
from datetime import date

from _devgold import dev_analyses, position_class

from redline.claims.lexicon import load_lexicon
from redline.claims.mentions import ActorResolver
from redline.claims.registry import default_registry
from redline.evaluate.runner import record_settings
from redline.nlp import ParsedText, parse_texts
from redline.serialize import claim_to_json
from redline.settings import Settings

_Parsed = tuple[ParsedText, ActorResolver]

_PRONOUN = "  sentence has a pronoun subject"
_TO_HOLDER = "    it resolves to the gold holder"
_TO_OTHER = "    it resolves to another actor"
_TO_NONE = "    it resolves to no one"
_NAMES = "  sentence names the gold holder"
_QUOTE = "  sentence has a quotation mark"
_SHAPES = (_PRONOUN, _TO_HOLDER, _TO_OTHER, _TO_NONE, _NAMES, _QUOTE)


@functools.cache
def _parse(text: str, published: date | None, home: str | None) -> _Parsed:
    """One article's parse and actor mentions, computed once per article."""
    parsed = next(iter(parse_texts([text])))
    resolver = ActorResolver(
        registry=default_registry(),
        lexicon=load_lexicon(),
        parsed=parsed,
        published=published,
        home=home,
    )
    return parsed, resolver


def _sentence_shape(
    article: object, text: str, start: int, holder: str | None, undated: date | None
) -> list[str]:
    """What the sentence around ``start`` holds (for positions with no claim)."""
    published = getattr(article, "published", None)
    dateline = getattr(article, "dateline", None)
    parsed, resolver = _parse(
        text,
        published.date() if published else undated,
        dateline.place if dateline else None,
    )
    lo, hi = next(
        (lo, hi)
        for lo, hi in parsed.sents
        if parsed.tokens[lo].idx <= start < parsed.tokens[hi - 1].end + 1
    )
    toks = parsed.tokens[lo:hi]
    shape = []
    pronouns = [t for t in toks if t.dep in {"nsubj", "nsubjpass"} and t.pos == "PRON"]
    if pronouns:
        shape.append(_PRONOUN)
        found = [resolver.resolve_token(t.i) for t in pronouns]
        if any(r is not None and r.actor.id == holder for r in found):
            shape.append(_TO_HOLDER)
        elif any(r is not None for r in found):
            shape.append(_TO_OTHER)
        else:
            shape.append(_TO_NONE)
    if any(
        m.resolved is not None and m.resolved.actor.id == holder
        for m in resolver.mentions_in(lo, hi)
    ):
        shape.append(_NAMES)
    if any(t.text in {'"', "\u201c", "\u201d"} for t in toks):
        shape.append(_QUOTE)
    return shape


def classify(
    split: str,
) -> tuple[
    Counter[str], Counter[tuple[str, str]], Counter[str], dict[str, Counter[str]]
]:
    settings = Settings()
    known = frozenset(e.id for e in default_registry().entries())
    cases, analyses = dev_analyses(split, settings)
    classes: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    shapes: Counter[str] = Counter()
    by_dataset: dict[str, Counter[str]] = {}
    for case, analysis in zip(cases, analyses, strict=True):
        article = analysis.result.article
        text = article.text if article is not None else ""
        claims = [claim_to_json(c) for c in analysis.claims]
        for item in case.gold.positions:
            name, same_holder = position_class(item, claims, text, known)
            classes[name] += 1
            by_dataset.setdefault(case.gold.doc.dataset or "file", Counter())[name] += 1
            start = text.find(item.evidence)
            if name == "no claim overlaps the evidence" and start >= 0:
                shapes.update(
                    _sentence_shape(
                        article,
                        text,
                        start,
                        item.holder,
                        record_settings(case.gold.doc.dataset, settings).undated_day,
                    )
                )
            elif name == "right holder, another action":
                confusion[(item.stance or "", str(same_holder[0]["action"]))] += 1
    return classes, confusion, shapes, by_dataset


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["tuning", "heldout"], action="append")
    parser.add_argument("--by-dataset", action="store_true")
    args = parser.parse_args()
    for split in args.split or ["tuning", "heldout"]:
        classes, confusion, shapes, by_dataset = classify(split)
        print(f"== {split}: {sum(classes.values())} required positions")
        for name, n in classes.most_common():
            print(f"  {name:<34} {n:>3}")
            if name == "no claim overlaps the evidence":
                for shape in _SHAPES:
                    print(f"  {shape:<34} {shapes[shape]:>3}")
        pairs = ", ".join(f"{g}->{r} {n}" for (g, r), n in confusion.most_common())
        print(f"  gold -> redline actions: {pairs}")
        if args.by_dataset:
            for dataset, counts in sorted(by_dataset.items()):
                total = sum(counts.values())
                print(f"  -- {dataset}: {total} required positions")
                for name, n in counts.most_common():
                    print(f"     {name:<34} {n:>3} ({n / total:.2f})")


if __name__ == "__main__":
    main()
