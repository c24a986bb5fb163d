from datetime import UTC, datetime

import pytest

from redline.claims.dates import DateRef, find_date, is_historical

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
        ("In October, the ministry proposed a treaty", "2024-10"),
        ("Last December the ministry proposed a treaty", "2024-12"),
        # a season: the year of the latest one over by the article's day (May 2025)
        ("the ministry rejected the offer last summer", "2024"),
        ("the ministry rejected the offer last winter", "2025"),
        ("the ministry rejected the offer last autumn", "2024"),
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
        ("2025-05-27", True),
        ("2025-05-28", False),
    ],
)
def test_is_historical_compares_at_the_given_precision(when, expected):
    assert is_historical(when, published=PUBLISHED) is expected


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("writing on Twitter last week", "2026-03"),
        ("the talks collapsed last month", "2026-02"),
        ("it agreed earlier this year", "2026"),
        ("a plan tabled earlier this month", "2026-03"),
        ("two months ago the union walked out", "2026-01"),
        ("a week ago", "2026-03"),
        ("five months ago", "2025-10"),
        ("a year ago", "2025"),
        ("two years ago", "2024"),
    ],
)
def test_find_date_words_that_point_back_are_past(text, when):
    ref = find_date(text, published=datetime(2026, 3, 10, tzinfo=UTC))
    assert ref is not None
    assert (ref.when, ref.past) == (when, True)


@pytest.mark.parametrize(
    ("text", "when", "past"),
    [
        # published on Wednesday 28 May 2025
        ("the minister said yesterday that", "2025-05-27", True),
        ("the minister said on Monday that", "2025-05-26", True),
        ("the minister said on Wednesday that", "2025-05-28", False),
        ("the minister said on Thursday that", "2025-05-22", True),
        # a day to come is no past day
        ("ministers will meet on Monday to", None, None),
        ("the government plans to meet on Monday", None, None),
        # "the plan" is a thing, not a plan to come
        ("the plan was agreed on Monday after", "2025-05-26", True),
        # a deadline is no past day either
        ("the union wants a deal by Friday", None, None),
        ("the talks may not last until Thursday", None, None),
        # a date the text gives outranks the news cycle's days
        ("on Monday he recalled the pledge of June 2024", "2024-06", False),
    ],
)
def test_find_date_reads_the_news_cycles_days(text, when, past):
    ref = find_date(text, published=PUBLISHED)
    if when is None:
        assert ref is None
    else:
        assert ref is not None
        assert (ref.when, ref.past) == (when, past)


def test_find_date_plain_month_is_not_marked_past():
    ref = find_date("in March", published=datetime(2026, 3, 10, tzinfo=UTC))
    assert ref is not None
    assert not ref.past


@pytest.mark.model
def test_then_on_the_stance_verb_takes_the_date_of_the_sentence_before(claims_of):
    text = (
        "Norway rejected a Danish quota offer in July. Norway rejected the offer then "
        "on the grounds that the quota was too small."
    )
    rejections = [c for c in claims_of(text) if c.action == "reject"]
    assert [(c.historical, c.when) for c in rejections] == [(True, "2025-07")] * 2


@pytest.mark.model
def test_claim_dated_last_week_is_historical_in_the_same_month(claims_of):
    text = (
        "Denmark urged Norway to reopen the fishing talks, writing to Oslo last week "
        "that the quota was unfair."
    )
    demand = next(c for c in claims_of(text) if c.action == "demand")
    assert demand.historical
    assert demand.when == "2026-03"


def test_claim_dated_years_ago_inside_its_content_is_historical(claims_of):
    reject = next(
        c
        for c in claims_of("Japan rejected a similar plan two years ago.")
        if c.action == "reject"
    )
    assert (reject.historical, reject.when) == (True, "2024")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Until now, Japan had vowed to press on with the tax.",
        "The European Commission originally proposed scrapping the levy.",
    ],
)
def test_a_stance_the_verb_puts_in_the_past_is_historical(claims_of, text):
    claims = [c for c in claims_of(text) if c.action != "state"]
    assert claims
    assert all(c.historical and c.when == "2026" for c in claims)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "historical"),
    [
        ("Denmark welcomed last week's agreement on fishing quotas.", False),
        ("Denmark rejected the quota at last week's meeting.", True),
    ],
)
def test_a_date_that_names_the_thing_does_not_date_the_stance(
    claims_of, text, historical
):
    (claim,) = [c for c in claims_of(text) if c.action != "state"]
    assert claim.historical is historical


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("will cut tariffs next year", None),
        ("will raise aid to 1bn by 2008", None),
        ("said in June 2004 it will raise aid by 2008", "2004-06"),
        ("said in December it would act next year", "2004-12"),
    ],
)
def test_find_date_not_after_the_article_passes_over_dates_to_come(text, when):
    published = datetime(2005, 1, 12, tzinfo=UTC)
    ref = find_date(text, published=published, not_after=True)
    assert (ref.when if ref is not None else None) == when
    assert find_date(text, published=published) is not None


@pytest.mark.model
def test_a_pledge_is_not_dated_by_the_year_it_is_for(claims_of):
    text = "Denmark said it would cut its fishing quota next year."
    (claim,) = [c for c in claims_of(text) if c.action == "pledge"]
    assert claim.when is None


@pytest.mark.model
def test_a_past_perfect_under_said_is_only_backshifted(claims_of):
    text = "Aydemir said Turkey had proposed a joint monitoring mechanism."
    (claim,) = [c for c in claims_of(text) if c.action == "propose"]
    assert not claim.historical


def test_british_day_month_order():
    assert find_date("warned him on 7 March 2003 that", published=None) == DateRef(
        when="2003-03-07", start=14, end=26
    )
    found = find_date(
        "talks on 12 May collapsed", published=datetime(2005, 6, 1, tzinfo=UTC)
    )
    assert found is not None
    assert found.when == "2005-05-12"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a simple past right after narration set in an earlier year goes on with it
        (
            (
                "During the 2024 campaign, several rivals went public with the "
                "charges. Senator Susan Collins denied the charges."
            ),
            "2024",
        ),
        # not after a report, nor after a date that only names a thing
        (
            "Exports fell in 2024, the ministry said. Japan rejected the quota.",
            None,
        ),
        (
            "The 2019 pact had served its purpose. Japan rejected the quota.",
            None,
        ),
    ],
)
def test_a_past_act_after_earlier_narration_takes_its_date(claims_of, text, when):
    (claim,) = [c for c in claims_of(text) if c.action in {"deny", "reject"}]
    assert claim.when == when


@pytest.mark.parametrize(
    ("text", "day", "past"),
    [
        # "early November" lies weeks behind an article of 21 November ...
        ("In early November, lawmakers proposed sanctions", 21, True),
        # ... not behind one of 5 November, nor when it is a time to come
        ("In early November, lawmakers proposed sanctions", 5, False),
        ("In early November, lawmakers will propose sanctions", 21, False),
        ("In November, lawmakers proposed sanctions", 21, False),
    ],
)
def test_find_date_early_this_month_is_past_late_in_the_month(text, day, past):
    ref = find_date(text, published=datetime(2017, 11, day, tzinfo=UTC))
    assert ref is not None
    assert (ref.when, ref.past) == ("2017-11", past)
