"""The claims golden gate: every gold set holds its pinned floors."""

import pytest

from redline.evaluate.gold import format_report
from redline.evaluate.runner import find_gold_files
from tests.golden import golden_gate as gate

pytestmark = [pytest.mark.model]

_CORPUS = [pytest.mark.corpus]


def _needs(name: str) -> None:
    if gate.SETS[name].needs_shared and not gate.SHARED.is_dir():
        pytest.skip(f"needs ../shared (looked in {gate.SHARED}); CI provides it")


@pytest.fixture(scope="module")
def reports():
    """Each gold set is run at most once per module, in-process or via the CLI."""
    cache = {}

    def get(name: str, *, via_cli: bool = False):
        _needs(name)
        key = (name, via_cli)
        if key not in cache:
            run = gate.run_cli if via_cli else gate.run
            cache[key] = run(gate.SETS[name])
        return cache[key]

    return get


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("seed", marks=_CORPUS),
        "samples",
        pytest.param("dev_tuning", marks=[*_CORPUS, pytest.mark.slow]),
        pytest.param("dev_heldout", marks=[*_CORPUS, pytest.mark.slow]),
    ],
)
def test_gold_set_holds_its_floors(reports, name):
    report = reports(name)
    failures = gate.check(name, report)
    assert not failures, "\n".join(failures) + "\n" + format_report(report)


@pytest.mark.parametrize("name", [pytest.param("seed", marks=_CORPUS), "samples"])
def test_cli_json_output_scores_like_the_in_process_run(reports, name):
    """The output contract (``extract --json``) carries everything the scorer reads."""
    via_cli = reports(name, via_cli=True)
    in_process = reports(name)
    assert gate.measures(via_cli) == gate.measures(in_process), (
        "CLI:\n"
        + format_report(via_cli)
        + "\nin-process:\n"
        + format_report(in_process)
    )


@pytest.mark.corpus
def test_seed_russian_demands_carry_their_anonymous_sources(reports):
    """All six RUS demands: an anonymous source with the gold count (3; territory 1)."""
    report = reports("seed")
    (case,) = find_gold_files(gate.SETS["seed"].paths)
    demands = {
        i
        for i, item in enumerate(case.gold.positions)
        if item.holder == "RUS" and item.stance == "demand"
    }
    assert len(demands) == 6
    results = [
        r
        for r in report.articles[0].items
        if r.section == "positions" and r.index in demands
    ]
    bad = [
        f"{r.index} {r.evidence!r}: {r.why or 'source'}"
        for r in results
        if not r.source_ok
    ]
    assert not bad, "\n".join(bad) + "\n" + format_report(report)


def test_seed_digest_matches_the_pinned_floors():
    _needs("seed")
    assert gate.load_baseline()["seed"]["digest"] == gate.digest(gate.SETS["seed"])


def test_seed_floors_are_at_least_the_issue_minimums():
    floors = gate.load_baseline()["seed"]["floors"]
    assert floors["positions_recall"] == 1.0
    assert floors["threats_recall"] == 1.0
    assert floors["no_comment_recall"] == 1.0
    assert floors["historical_positions_recall"] == 1.0
    assert floors["positions_issue_rate"] >= 7 / 9 - 1e-3
    assert floors["positions_source_rate"] == 1.0
    assert floors["position_precision"] >= 0.70
