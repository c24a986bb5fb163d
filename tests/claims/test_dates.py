from datetime import UTC, datetime

import pytest

from redline.claims.dates import find_date, is_historical

PUBLISHED = datetime(2025, 5, 28, 14, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("In June last year, the minister set out terms", "2024-06"),
        ("In 2021, the ministry proposed a treaty", "2021"),
        ("at the 2008 summit in the capital", "2008"),
        ("troops crossed the border in February 2022 after", "2022-02"),
        ("talks collapsed on March 3, 2019 in the capital", "2019-03-03"),
        ("the plan failed last year", "2024"),
        ("the deal signed two years ago", "2023"),
        ("OPEC agreed in December to cut output", "2024-12"),
        ("the ministry halted the scheme on Feb. 25 to", "2025-02-25"),
        ("talks resumed in May after a pause", "2025-05"),
    ],
)
def test_find_date_resolves_expressions(text, when):
    found = find_date(text, published=PUBLISHED)
    assert found is not None
    assert found.when == when
    assert text[found.start : found.end]


@pytest.mark.parametrize(
    "text",
    [
        "it cost 2,000 dollars",
        "a rise of 2019.5 points",
        "no date here",
        "the ministry may decide",
    ],
)
def test_find_date_ignores_numbers_that_are_not_years(text):
    assert find_date(text, published=PUBLISHED) is None


def test_find_date_needs_publication_for_relative_dates():
    assert find_date("the plan failed last year", published=None) is None


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("2024-06", True),
        ("2025-05", False),
        ("2025", False),
        ("2024", True),
        ("2026-01", False),
    ],
)
def test_is_historical_compares_at_the_given_precision(when, expected):
    assert is_historical(when, published=PUBLISHED) is expected
