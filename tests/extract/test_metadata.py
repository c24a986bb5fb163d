from datetime import UTC, datetime, timedelta, timezone

import pytest

from redline.extract.metadata import (
    clean_title,
    find_byline,
    find_date,
    find_dateline,
    parse_datetime,
)


@pytest.mark.parametrize(
    ("text", "place", "shown", "outlet"),
    [
        ("MOSCOW, May 28 (Wire) - Body", "MOSCOW", "MOSCOW, May 28 (Wire) -", "Wire"),
        ("VIENNA, March 6 - OPEC on Friday", "VIENNA", "VIENNA, March 6 -", None),
        ("LONDON (Wire) - The", "LONDON", "LONDON (Wire) -", "Wire"),
        (
            "NEW YORK, Jan. 5 (AP) \u2014 x",
            "NEW YORK",
            "NEW YORK, Jan. 5 (AP) \u2014",
            "AP",
        ),
        (
            "KYIV, Ukraine, May 1 (Wire) - x",
            "KYIV",
            "KYIV, Ukraine, May 1 (Wire) -",
            "Wire",
        ),
    ],
)
def test_find_dateline_forms(text, place, shown, outlet):
    found = find_dateline(text, anchored=True)
    assert found is not None
    assert found.dateline.place == place
    assert found.dateline.text == shown
    assert found.outlet == outlet
    assert text[found.end :].startswith(text[len(shown) :].lstrip()[:1])


@pytest.mark.parametrize(
    "text",
    ["The EU said, March 5 - no", "Talks - what we know", "UN - nothing", "A, May 3 -"],
)
def test_find_dateline_rejects_non_datelines(text):
    assert find_dateline(text, anchored=True) is None


def test_find_dateline_glued_after_previous_text():
    text = "despite demandsOSLO, March 4 (Wire) - Russia has told"
    found = find_dateline(text)
    assert found is not None
    assert found.dateline.place == "OSLO"
    assert text[found.end :] == "Russia has told"


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("By Guy SmithMay 28, 20252:00 PM UTC", ("Guy Smith",)),
        (
            "By Sigrid Lunde and Tomas VargaMarch 4, 2026",
            ("Sigrid Lunde", "Tomas Varga"),
        ),
        ("By A. Jones, B. Lee and C. de Vries", ("A. Jones", "B. Lee", "C. de Vries")),
        ("Title sayBy Ann Ode", ("Ann Ode",)),
    ],
)
def test_find_byline_names(text, authors):
    found = find_byline(text)
    assert found is not None
    assert found[0] == authors


def test_find_byline_none_without_by():
    assert find_byline("Nobody wrote this") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("May 28, 20252:00 PM UTC", datetime(2025, 5, 28, 14, 0, tzinfo=UTC)),
        ("March 4, 20269:42 AM UTC", datetime(2026, 3, 4, 9, 42, tzinfo=UTC)),
        ("Jan. 5, 2026 12:30 AM", datetime(2026, 1, 5, 0, 30, tzinfo=UTC)),
        ("Sept 9, 2024", None),
        ("February 30, 2024", None),
        (
            "March 9, 2026 10:30 +01:00",
            datetime(2026, 3, 9, 10, 30, tzinfo=timezone(timedelta(hours=1))),
        ),
    ],
)
def test_find_date_glued_and_plain(text, expected):
    found = find_date(text)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-03-09T10:30:00+00:00", datetime(2026, 3, 9, 10, 30, tzinfo=UTC)),
        ("2026-03-09", datetime(2026, 3, 9, tzinfo=UTC)),
        ("March 9, 2026, 10:30 GMT", datetime(2026, 3, 9, 10, 30, tzinfo=UTC)),
        ("", None),
        ("soon", None),
    ],
)
def test_parse_datetime_is_aware(value, expected):
    assert parse_datetime(value) == expected


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        (
            "Talks stall over fees | Harbour Wire",
            None,
            ("Talks stall over fees", "Harbour Wire"),
        ),
        (
            "Talks stall over fees - BBC News",
            None,
            ("Talks stall over fees", "BBC News"),
        ),
        (
            "Talks stall - what we know so far and next",
            None,
            ("Talks stall - what we know so far and next", None),
        ),
        ("Fees rise \u2014 Gazette", "Gazette", ("Fees rise", "Gazette")),
        ("Plain title", None, ("Plain title", None)),
    ],
)
def test_clean_title_strips_site_suffix(title, site, expected):
    assert clean_title(title, site=site) == expected
