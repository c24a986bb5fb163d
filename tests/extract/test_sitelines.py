import json
from pathlib import Path

import pytest

from redline.extract import SiteBoilerplate, extract_article, find_site_boilerplate
from redline.extract.pagedump import extract_page_dump, parse_page_dump
from redline.extract.sitelines import segments, site_key
from redline.model import InputKind, RawDocument, Status
from redline.settings import Settings
from tests.fixtures.articles import SEED_DUMP

ROOT = Path(__file__).resolve().parents[2]
NAMES = ("northwire-2026-03-04-barents-cod", "northwire-2026-03-11-border-truce")
SETTINGS = Settings()


def _text(name):
    return (ROOT / "examples" / "articles" / f"{name}.txt").read_text(encoding="utf-8")


def _gold(name):
    path = ROOT / "examples" / "expected" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))["article"]


@pytest.fixture(scope="module")
def boilerplate():
    return find_site_boilerplate([_text(n) for n in NAMES])


def test_site_key():
    assert site_key("Headline | Northwire\nbody") == "northwire"
    assert site_key("A - B - Some Site\n") == "some site"
    assert site_key("Talks | stall - Wire\n") == "wire"
    assert site_key("No separator here\n") == ""
    assert site_key("") == ""


def test_segments_cut_lines_and_glue_points():
    assert segments("Log inMenuWorld news.The end\n\nU.S. President spoke") == [
        "Log in",
        "Menu",
        "World news.",
        "The end",
        "U.S. President spoke",
    ]


def test_shared_navigation_is_found(boilerplate):
    found = boilerplate.segments_of("northwire")
    for nav in (
        "Go to article text",
        "Subscribe",
        "Log in",
        "Browse World",
        "Text size",
        "Copy link",
        "Terms of use",
        "Privacy notice",
    ):
        assert nav in found
    for cue in ("Summary", "Read Next"):
        assert cue not in found
    assert not any("Reporting by" in s or "Photo 1 of" in s for s in found)
    assert all(len(s) <= 120 for s in found)


def test_article_sentences_are_not_boilerplate(boilerplate):
    found = boilerplate.segments_of("northwire")
    for name in NAMES:
        gold = _gold(name)
        assert not any(gold["body_starts_with"] in s for s in found)
        assert gold["body_ends_with"] not in found
    assert (
        "The Kremlin did not immediately respond to a request for comment." not in found
    )


def test_strip_removes_navigation_and_keeps_article(boilerplate):
    text = _text(NAMES[0])
    stripped = boilerplate.strip(text)
    assert "Go to article text" not in stripped
    assert "Browse Markets" not in stripped
    assert stripped.partition("\n")[0] == text.partition("\n")[0]
    assert "Summary" in stripped
    assert _gold(NAMES[0])["body_starts_with"] in stripped


def _seed():
    if not SEED_DUMP.is_file():
        pytest.skip(f"needs ../shared with the seed page dump (looked for {SEED_DUMP})")
    return SEED_DUMP.read_text(encoding="utf-8")


def test_strip_without_known_site_is_identity(boilerplate):
    other = "Other | Elsewhere\nMenuWorld"
    assert boilerplate.strip(other) == other
    unknown = "Title | Northwire\nMenuWorld"
    assert SiteBoilerplate().strip(unknown) == unknown


def test_one_page_twice_is_not_boilerplate():
    text = _text(NAMES[0])
    assert find_site_boilerplate([text, text]).sites == {}


def test_min_dumps_below_two_is_refused():
    with pytest.raises(ValueError, match="min_dumps"):
        SiteBoilerplate.find([_text(NAMES[0])], min_dumps=1)


@pytest.mark.parametrize("name", NAMES)
def test_extraction_with_boilerplate_matches_gold(boilerplate, name):
    text = _text(name)
    raw = RawDocument(source=f"{name}.txt", kind=InputKind.PAGE_DUMP, text=text)
    plain = extract_article(raw, settings=SETTINGS)
    result = extract_page_dump(raw, settings=SETTINGS, boilerplate=boilerplate)
    assert result == plain
    assert result.status is Status.OK
    article = result.article
    assert article is not None
    gold = _gold(name)
    assert article.title == gold["title"]
    assert list(article.authors) == gold["authors"]
    assert article.text.startswith(gold["body_starts_with"])
    assert article.text.endswith(gold["body_ends_with"])
    for junk in gold["body_must_not_contain"]:
        assert junk not in article.text


def test_seed_unchanged_with_boilerplate(boilerplate):
    seed = _seed()
    both = find_site_boilerplate([seed, *(_text(n) for n in NAMES)])
    assert parse_page_dump(seed, boilerplate=both) == parse_page_dump(seed)
    assert parse_page_dump(seed, boilerplate=boilerplate) == parse_page_dump(seed)


def test_fallback_body_loses_repeated_navigation(boilerplate):
    # no title cue recurring, no dateline: the best-block fallback reads the body
    nav = "Go to article textNorthwireSubscribeLog inMenuBrowse WorldText size"
    body = (
        "The council met on Tuesday to discuss the harbour budget for next year. "
        "Members agreed to raise fees for visiting ships by a small amount. "
        "The mayor said the money would pay for new cranes at the quay."
    )
    text = f"Harbour fees rise | Northwire\n{nav}{body}Terms of usePrivacy notice"
    plain = parse_page_dump(text)
    stripped = parse_page_dump(text, boilerplate=boilerplate)
    assert stripped.title == plain.title == "Harbour fees rise"
    assert stripped.body.startswith("The council met on Tuesday")
    assert "Log in" not in stripped.body
    assert "Terms of use" not in stripped.body
