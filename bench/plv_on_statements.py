"""Would the PLV speech-act classifier give redline's plain statements their stance?

Usage: .venv/bin/python bench/plv_on_statements.py [--split tuning|heldout]

For every plain statement (action ``state``) redline finds in the dev gold split,
the shipped PLOVER classifier is run on the statement's evidence with the speaker as
source and the addressee as target. Where the statement overlaps a gold item of the
same holder, the predicted root is compared with the gold stance through the root each
stance maps to (``claims/data/codes.toml``). Prints counts only; never article text.
"""

from __future__ import annotations

import argparse
import tomllib
from collections import Counter
from importlib import resources

from _devgold import dev_analyses

from redline.serialize import claim_to_json
from redline.settings import Settings
from redline.speechacts.model import load_model

SECTIONS = ("positions", "threats", "historical_positions", "other_true_claims")


def stance_roots() -> dict[str, str]:
    """The PLOVER root each stance maps to, as the claims stage codes it."""
    data = tomllib.loads(
        resources.files("redline.claims.data").joinpath("codes.toml").read_text()
    )
    roots = {a: spec["plover"] for a, spec in data["codes"].items() if "plover" in spec}
    roots["concede"] = "YIELD"  # PLV names CONCEDE as YIELD
    return roots


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["tuning", "heldout"], default="tuning")
    args = parser.parse_args()
    settings = Settings()
    model = load_model()
    roots = stance_roots()
    cases, analyses = dev_analyses(args.split, settings)
    rows: list[tuple[str, str, str, str]] = []
    for case, analysis in zip(cases, analyses, strict=True):
        article = analysis.result.article
        text = article.text if article is not None else ""
        gold: list[tuple[int, int, str | None, str]] = []
        for section in SECTIONS:
            for item in getattr(case.gold, section):
                start = text.find(item.evidence)
                stance = "threaten" if section == "threats" else item.stance or ""
                if start >= 0:
                    end = start + len(item.evidence)
                    gold.append((start, end, item.holder, stance))
        for claim in map(claim_to_json, analysis.claims):
            if claim["action"] != "state":
                continue
            a, b = claim["evidence"]["start"], claim["evidence"]["end"]
            stance = next(
                (
                    g[3]
                    for g in gold
                    if g[0] < b and a < g[1] and g[2] == claim["holder"]["id"]
                ),
                "",
            )
            source = (claim["voiced_by"] or {}).get("name") or claim["holder"]["name"]
            target = (claim["addressee"] or {}).get("name") or ""
            rows.append((text[a:b], source, target, stance))
    predictions = model.predict_many([(s, src, tgt) for s, src, tgt, _ in rows])
    tally: Counter[str] = Counter()
    for (_, _, _, stance), prediction in zip(rows, predictions, strict=True):
        tally["statements"] += 1
        if stance:
            tally["statements on a gold item"] += 1
            tally["root matches the gold stance's root"] += (
                roots.get(stance) == prediction.root
            )
    for name, n in tally.items():
        print(f"{name:<40} {n:>4}")


if __name__ == "__main__":
    main()
