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


def test_score_article_no_comment_skips_the_holder_check():
    gold = _gold(no_comment=[{"who": "Moscow", "evidence": "declined to comment"}])
    claim = _claim("no_comment", "XXX", "Moscow declined to comment")
    assert score_article(gold, text=TEXT, claims=[claim]).items[0].found


def test_score_article_threats_imply_the_threaten_action():
    gold = _gold(threats=[{"holder": "NOR", "evidence": "a larger cod quota"}])
    demand = _claim("demand", "NOR", "Norway wants a larger cod quota")
    threat = _claim("threaten", "NOR", "Norway wants a larger cod quota")
    assert not score_article(gold, text=TEXT, claims=[demand]).items[0].found
    assert score_article(gold, text=TEXT, claims=[threat]).items[0].found


def test_score_article_spans_are_half_open():
    # The claim ends exactly where the gold evidence starts: no shared character.
    gold = _gold(positions=[{**POSITION, "evidence": "a larger cod quota"}])
    claim = _claim("demand", "NOR", "Norway wants ")
    (item,) = score_article(gold, text=TEXT, claims=[claim]).items
    assert not item.found
    assert "no claim overlaps" in item.why


@pytest.mark.parametrize(
    ("gold_when", "claim_when", "historical", "found"),
    [
        ("2019", "2019", True, True),
        ("2019", "2019-05-02", True, True),
        ("2019-05", "2019-05-02", True, True),
        ("2019-05", "2019", True, False),  # coarser than the gold
        ("2019-05", "2019-06", True, False),
        ("2019", None, True, False),
        ("2019", "2019", False, False),  # not marked historical
    ],
)
def test_score_article_historical_when_precision(
    gold_when, claim_when, historical, found
):
    gold = _gold(
        historical_positions=[
            {"holder": "NOR", "stance": "demand", "when": gold_when, "evidence": "Oslo"}
        ]
    )
    claim = _claim(
        "demand",
        "NOR",
        "Oslo demanded access to the zone",
        historical=historical,
        when=claim_when,
    )
    assert score_article(gold, text=TEXT, claims=[claim]).items[0].found is found


@pytest.mark.parametrize(
    ("sources", "ok"),
    [
        ([{"anonymous": True, "count": 2}], True),
        ([{"anonymous": False, "count": None}, {"anonymous": True, "count": 2}], True),
        ([{"anonymous": True, "count": 3}], False),
        ([{"anonymous": True, "count": None}], False),
        ([{"anonymous": False, "count": 2}], False),
        ([], False),
    ],
)
def test_score_article_source_needs_anonymity_and_count(sources, ok):
    claim = _claim("demand", "NOR", "Norway wants a larger cod quota", sources=sources)
    (item,) = score_article(
        _gold(positions=[POSITION]), text=TEXT, claims=[claim]
    ).items
    assert item.source_ok is ok


def test_score_article_source_count_null_in_gold_accepts_any_count():
    position = {**POSITION, "reported_by": {"anonymous": True, "count": None}}
    claim = _claim(
        "demand",
        "NOR",
        "Norway wants a larger cod quota",
        sources=[{"anonymous": True, "count": 7}],
    )
    (item,) = score_article(
        _gold(positions=[position]), text=TEXT, claims=[claim]
    ).items
    assert item.source_ok is True


def test_score_article_without_gold_anonymity_has_no_source_check():
    position = {k: v for k, v in POSITION.items() if k != "reported_by"}
    claim = _claim("demand", "NOR", "Norway wants a larger cod quota")
    (item,) = score_article(
        _gold(positions=[position]), text=TEXT, claims=[claim]
    ).items
    assert item.found
    assert item.source_ok is None


def test_score_article_issue_is_checked_on_found_positions():
    claim = _claim(
        "demand", "NOR", "Norway wants a larger cod quota", issues=["sanctions"]
    )
    (item,) = score_article(
        _gold(positions=[POSITION]), text=TEXT, claims=[claim]
    ).items
    assert item.found
    assert item.issue_ok is False
    assert (
        aggregate(
            [score_article(_gold(positions=[POSITION]), text=TEXT, claims=[claim])]
        ).issue_accuracy
        == 0.0
    )


def test_score_article_precision_counts_other_true_claims_and_holders():
    gold = _gold(
        other_true_claims=[
            {"holder": "NOR", "stance": "demand", "evidence": "Oslo demanded access"},
            {"stance": "demand", "evidence": "a larger cod quota"},
        ]
    )
    claims = [
        # overlaps an other_true_claims item with the same holder: true
        _claim("demand", "NOR", "Oslo demanded access to the zone"),
        # same span, another holder: false
        _claim("accuse", "RUS", "Oslo demanded access to the zone"),
        # the holder-less item takes any holder: true
        _claim("warn", "RUS", "Norway wants a larger cod quota"),
        # overlaps nothing: false
        _claim("reject", "NOR", "two officials said"),
        # not a position action: counted neither way
        _claim("state", "XXX", "two officials said"),
        _claim("no_comment", "RUS", "Moscow declined to comment"),
    ]
    score = score_article(gold, text=TEXT, claims=claims)
    assert (score.true_positives, score.false_positives) == (2, 2)
    assert aggregate([score]).precision == 0.5


def test_score_article_also_holders_are_true_and_negated_claims_count_nowhere():
    gold = _gold(
        positions=[{**POSITION, "also_holders": ["ISL"]}],
    )
    claims = [
        # one of the item's also_holders: true, though it finds nothing itself
        _claim("demand", "ISL", "Norway wants a larger cod quota"),
        # a negated claim says no stance was taken: neither found nor counted
        {**_claim("demand", "NOR", "Norway wants a larger cod quota"), "negated": True},
    ]
    score = score_article(gold, text=TEXT, claims=claims)
    assert (score.true_positives, score.false_positives) == (1, 0)
    assert not score.items[0].found


def test_score_article_precision_ignores_gold_evidence_missing_from_text():
    gold = _gold(other_true_claims=[{"stance": "demand", "evidence": "not here"}])
    claim = _claim("demand", "NOR", "Norway wants a larger cod quota")
    score = score_article(gold, text=TEXT, claims=[claim])
    assert (score.true_positives, score.false_positives) == (0, 1)


def test_score_article_rejects_claims_outside_the_contract():
    claim = _claim("demand", "NOR", "Norway wants a larger cod quota")
    del claim["evidence"]
    with pytest.raises(
        ConfigError, match="claim 0 does not follow the output contract"
    ):
        score_article(_gold(positions=[POSITION]), text=TEXT, claims=[claim])


def test_aggregate_sums_sections_over_articles_and_f1():
    found = _claim("demand", "NOR", "Norway wants a larger cod quota")
    false = _claim("reject", "NOR", "two officials said")
    gold = _gold(positions=[POSITION])
    report = aggregate(
        [
            score_article(gold, text=TEXT, claims=[found, false], name="a"),
            score_article(gold, text=TEXT, claims=[], name="b"),
        ]
    )
    assert (report.found["positions"], report.required["positions"]) == (1, 2)
    assert report.recall["positions"] == 0.5
    assert report.recall["threats"] == 1.0  # nothing required
    assert report.precision == 0.5
    assert report.f1_positions == pytest.approx(0.5)
    text = format_report(report)
    assert "MISSED b positions[0]" in text
    assert "FALSE  a reject NOR" in text


@pytest.mark.parametrize(
    ("section", "item", "message"),
    [
        ("positions", {**POSITION, "holdr": "NOR"}, "Extra inputs"),
        ("positions", {**POSITION, "stance": "demnad"}, "unknown stance"),
        (
            "positions",
            {k: v for k, v in POSITION.items() if k != "holder"},
            "no 'holder'",
        ),
        ("positions", {**POSITION, "evidence": ""}, "at least 1 character"),
        ("positions", {**POSITION, "reported_by": {"count": "two"}}, "valid integer"),
        ("historical_positions", {**POSITION, "when": "May 2019"}, "pattern"),
        ("historical_positions", POSITION, "no 'when'"),
        ("threats", {"evidence": "x"}, "no 'holder'"),
    ],
)
def test_load_gold_validates_items(tmp_path, section, item, message):
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"doc": {"file": "x"}, section: [item]}))
    with pytest.raises(ConfigError, match=message):
        load_gold(path)


@pytest.mark.parametrize(
    "doc",
    [{}, {"file": "x", "dataset": "bbc_news", "id": "1"}, {"dataset": "bbc_news"}],
)
def test_load_gold_needs_a_doc_naming_one_article(tmp_path, doc):
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"doc": doc}))
    with pytest.raises(ConfigError, match="bad gold file"):
        load_gold(path)


def _gold_files():
    from tests.fixtures.paths import EXAMPLES, REPO

    files = sorted((EXAMPLES / "expected").glob("*.json"))
    files += sorted((REPO / "tests" / "golden" / "dev").rglob("*.json"))
    files += sorted((REPO / "tests" / "golden" / "agreement").rglob("*.json"))
    return files


@pytest.mark.parametrize("path", _gold_files(), ids=lambda p: p.name)
def test_load_gold_accepts_every_gold_file_in_the_repo(path):
    gold = load_gold(path)
    assert gold.positions or gold.threats or gold.no_comment or gold.other_true_claims


def test_load_gold_accepts_the_seed(shared_dir):
    gold = load_gold(shared_dir / "seed" / "expected.json")
    assert (len(gold.positions), len(gold.threats)) == (9, 2)
    assert (len(gold.no_comment), len(gold.historical_positions)) == (4, 3)


def test_issue_and_source_rates_count_every_required_position():
    second = {
        "holder": "NOR",
        "stance": "demand",
        "issue": "fishing_rights",
        "evidence": "Oslo demanded access to the zone",
        "reported_by": {"anonymous": False, "count": None},
    }
    claim = _claim(
        "demand",
        "NOR",
        "Norway wants a larger cod quota",
        issues=["fishing_rights"],
        sources=[{"text": "two officials", "anonymous": True, "count": 2}],
    )
    report = aggregate(
        [score_article(_gold(positions=[POSITION, second]), text=TEXT, claims=[claim])]
    )
    # of the found position, issue and source are right ...
    assert report.issue_accuracy == 1.0
    assert report.position_source_accuracy == 1.0
    # ... but only one of the two required positions was found
    assert report.issue_rate == 0.5
    assert report.position_source_rate == 0.5


def test_every_second_annotation_pairs_a_dev_gold_file_of_its_split():
    """``tests/golden/agreement/SPLIT`` re-annotates dev gold articles of that split."""
    from tests.fixtures.paths import REPO

    golden = REPO / "tests" / "golden"
    first = {
        (g.doc.dataset, g.doc.id): g.split
        for g in map(load_gold, sorted((golden / "dev").rglob("*.json")))
    }
    for split in ("tuning", "heldout"):
        second = [
            load_gold(p) for p in sorted((golden / "agreement" / split).rglob("*.json"))
        ]
        assert second
        assert {first.get((g.doc.dataset, g.doc.id)) for g in second} == {split}
        assert {g.split for g in second} == {split}
