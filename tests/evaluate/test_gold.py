"""The gold scorer on tiny hand-made gold and claims."""

import json

import pytest

from redline.errors import ConfigError
from redline.evaluate._gold_schema import GoldFile
from redline.evaluate.gold import aggregate, format_report, load_gold, score_article

TEXT = (
    "Norway wants a larger cod quota, two officials said. "
    "In 2019, Oslo demanded access to the zone. Moscow declined to comment."
)


def _gold(**sections):
    return GoldFile.model_validate({"doc": {"file": "x.txt"}, **sections})


def _claim(action, holder, evidence, **extra):
    start = TEXT.index(evidence)
    return {
        "action": action,
        "holder": {"id": holder, "name": holder, "kind": "state"},
        "issues": extra.get("issues", []),
        "sources": extra.get("sources", []),
        "historical": extra.get("historical", False),
        "when": extra.get("when"),
        "evidence": {"start": start, "end": start + len(evidence), "text": evidence},
    }


POSITION = {
    "holder": "NOR",
    "stance": "demand",
    "issue": "fishing_rights",
    "evidence": "a larger cod quota",
    "reported_by": {"anonymous": True, "count": 2},
}


def test_score_article_finds_a_matching_claim_with_issue_and_source():
    claim = _claim(
        "demand",
        "NOR",
        "Norway wants a larger cod quota",
        issues=["fishing_rights"],
        sources=[{"anonymous": True, "count": 2}],
    )
    score = score_article(_gold(positions=[POSITION]), text=TEXT, claims=[claim])
    (item,) = score.items
    assert item.found
    assert item.issue_ok is True
    assert item.source_ok is True
    assert score.true_positives == 1
    assert score.false_positives == 0


@pytest.mark.parametrize(
    ("claim", "why"),
    [
        (_claim("demand", "RUS", "Norway wants a larger cod quota"), "overlapping"),
        (_claim("reject", "NOR", "Norway wants a larger cod quota"), "overlapping"),
        (_claim("demand", "NOR", "Moscow declined to comment"), "no claim overlaps"),
    ],
)
def test_score_article_misses_wrong_holder_action_or_span(claim, why):
    score = score_article(_gold(positions=[POSITION]), text=TEXT, claims=[claim])
    assert not score.items[0].found
    assert why in score.items[0].why


def test_score_article_historical_needs_the_date_to_the_gold_precision():
    gold = _gold(
        historical_positions=[
            {
                "holder": "NOR",
                "stance": "demand",
                "when": "2019",
                "evidence": "demanded access",
            }
        ]
    )
    good = _claim(
        "demand",
        "NOR",
        "Oslo demanded access to the zone",
        historical=True,
        when="2019-05",
    )
    wrong = _claim(
        "demand",
        "NOR",
        "Oslo demanded access to the zone",
        historical=True,
        when="2018",
    )
    assert score_article(gold, text=TEXT, claims=[good]).items[0].found
    assert not score_article(gold, text=TEXT, claims=[wrong]).items[0].found


def test_score_article_counts_unmatched_position_claims_as_false():
    gold = _gold(no_comment=[{"evidence": "declined to comment"}])
    claims = [
        _claim("no_comment", "RUS", "Moscow declined to comment"),
        _claim("demand", "NOR", "Norway wants a larger cod quota"),
        _claim("state", "NOR", "Oslo demanded access to the zone"),
    ]
    score = score_article(gold, text=TEXT, claims=claims)
    assert score.items[0].found
    assert (score.true_positives, score.false_positives) == (0, 1)
    report = aggregate([score])
    assert report.precision == 0.0
    assert "FALSE" in format_report(report)


def test_score_article_reports_evidence_missing_from_text():
    gold = _gold(positions=[{**POSITION, "evidence": "not in the article"}])
    (item,) = score_article(gold, text=TEXT, claims=[]).items
    assert item.why == "evidence not in text"


def test_load_gold_rejects_unknown_top_level_keys(tmp_path):
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"doc": {"file": "x"}, "positionz": []}))
    with pytest.raises(ConfigError, match="bad gold file"):
        load_gold(path)
