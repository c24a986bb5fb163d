from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from redline.errors import StoreError
from redline.model import Actor, ActorKind, Claim, Source, Span, Status, Voice
from redline.store import SaveOutcome, Store, StoreCounts, StoredClaim
from redline.store._rows import claim_id
from redline.store.db import connect_engine
from tests.store import contract
from tests.store.factories import (
    RUS,
    demand_claim,
    failed_result,
    make_article,
    make_result,
    state_claim,
    warn_claim,
)


def test_store_round_trip(store):
    contract.check_round_trip(store)


def test_store_save_is_idempotent(store):
    contract.check_idempotent(store)


def test_store_failed_result_recorded_once(store):
    contract.check_failed_recorded_once(store)


def test_store_lang_article_stored_without_claims(store, sqlite_url):
    contract.check_lang_article(store)
    engine = connect_engine(sqlite_url)
    with engine.connect() as conn:
        assert conn.scalar(sa.text("SELECT status FROM articles")) == "lang"
        assert conn.scalar(sa.text("SELECT status FROM inputs")) == "lang"
    engine.dispose()


def test_store_filters(store):
    contract.check_filters(store)


def test_store_orders_by_published_nulls_last(store):
    contract.check_order(store)


def test_store_delete_article_cascades(store, sqlite_url):
    contract.check_cascade(store, sqlite_url)


@pytest.mark.parametrize(
    "published",
    [
        None,
        datetime(2024, 5, 1, 12, 30, 15, 123456),  # noqa: DTZ001 naive on purpose
        datetime(1999, 12, 31, 23, 59, tzinfo=UTC),
    ],
    ids=["none", "naive", "utc"],
)
def test_store_published_round_trips(store, published):
    article = make_article(published=published)
    store.save(make_result(article))
    assert store.get_article(article.id) == article


def test_store_same_content_other_source_is_one_more_report(store):
    article = make_article()
    store.save(make_result(article), [demand_claim()])
    copy = dataclasses.replace(article, source="mirror/page.html", outlet="Mirror")
    again = dataclasses.replace(make_result(copy), input_hash="other-raw-hash")
    assert store.save(again, [demand_claim()]) is SaveOutcome.LINKED
    counts = store.counts()
    assert (counts.articles, counts.claims, counts.inputs, counts.reports) == (
        1,
        1,
        2,
        2,
    )
    assert store.seen(source="mirror/page.html", input_hash="other-raw-hash")
    assert [r.outlet for r in store.reports(article.id)][1] == "Mirror"
    (stored,) = store.iter_claims()
    assert stored.reports == 2
    # the same copy again changes nothing
    assert store.save(again, [demand_claim()]) is SaveOutcome.UNCHANGED
    assert store.counts().reports == 2


def test_store_input_without_hash_upserted(store):
    article = make_article()
    result = dataclasses.replace(make_result(article), input_hash=None)
    store.save(result)
    store.save(result)
    assert store.counts().inputs == 1
    assert store.seen(source=result.source, input_hash=article.content_hash)


def test_store_duplicate_claims_kept_once_and_collisions_kept_apart(store):
    article = make_article()
    claim = demand_claim()
    other_addressee = dataclasses.replace(
        claim, addressee=Actor(id="EU", name="European Union", kind=ActorKind.IGO)
    )
    store.save(make_result(article), [claim, claim, other_addressee])
    got = [s.claim for s in store.iter_claims()]
    assert sorted(got, key=repr) == sorted([claim, other_addressee], key=repr)


def test_store_actor_upserted_by_id(store):
    store.save(make_result(make_article()), [demand_claim()])
    renamed = dataclasses.replace(RUS, name="Russian Federation")
    text = (
        "Moscow said Russia demanded that Ukraine withdraw its troops, officials said."
    )
    claim = dataclasses.replace(demand_claim(text), holder=renamed)
    store.save(make_result(make_article(text)), [claim])
    assert store.counts().actors == 2
    holders = {s.claim.holder for s in store.iter_claims(actor="RUS")}
    assert holders == {renamed}


def test_claim_id_is_deterministic():
    claim = demand_claim()
    assert claim_id("a1", claim) == claim_id(
        "a1", dataclasses.replace(claim, content="x")
    )
    assert claim_id("a1", claim) != claim_id("a2", claim)
    assert claim_id("a1", claim) != claim_id("a1", claim, occurrence=1)
    assert claim_id("a1", claim) != claim_id(
        "a1", dataclasses.replace(claim, action="warn")
    )


def test_store_counts_and_records_are_plain_dataclasses(store):
    store.save(make_result(make_article()), [warn_claim(), state_claim()])
    counts = store.counts()
    assert isinstance(counts, StoreCounts)
    assert dataclasses.asdict(counts)["claims"] == 2
    assert all(isinstance(s, StoredClaim) for s in store.iter_claims())
    assert isinstance(SaveOutcome.INSERTED, str)


def test_store_closed_raises(sqlite_url):
    store = Store.open(sqlite_url)
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.counts()
    with pytest.raises(StoreError, match="closed"):
        store.save(make_result(make_article()))


def test_store_write_error_is_store_error_and_rolls_back(store, sqlite_url):
    engine = connect_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(sa.text("DROP TABLE sources"))
    engine.dispose()
    with pytest.raises(StoreError) as info:
        store.save(make_result(make_article()), [demand_claim()])
    assert info.value.code == "E500"
    assert "\n" not in str(info.value)
    assert "sources" in str(info.value)
    assert isinstance(info.value.__cause__, sa.exc.SQLAlchemyError)


def test_store_write_error_leaves_nothing(store, sqlite_url):
    engine = connect_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "CREATE TRIGGER no_sources BEFORE INSERT ON sources "
                "BEGIN SELECT RAISE(ABORT, 'sources refused'); END"
            )
        )
    engine.dispose()
    with pytest.raises(StoreError, match="sources refused"):
        store.save(make_result(make_article()), [demand_claim()])
    counts = store.counts()
    assert (counts.articles, counts.claims, counts.actors, counts.inputs) == (
        0,
        0,
        0,
        0,
    )


# -- property: claims with arbitrary text and offsets survive a round-trip -------------

_texts = st.text(max_size=40)
_offsets = st.integers(min_value=0, max_value=2**31 - 1)
_actors = st.builds(
    Actor,
    id=st.text(min_size=1, max_size=12),
    name=_texts,
    kind=st.sampled_from(ActorKind),
)
_sources = st.builds(
    Source,
    text=_texts,
    anonymous=st.booleans(),
    count=st.none() | st.integers(min_value=0, max_value=2**31 - 1),
    affiliation=st.none() | _texts,
)


@st.composite
def _claims(draw: st.DrawFn, actors: list[Actor]) -> Claim:
    return Claim(
        action=draw(st.sampled_from(["demand", "warn", "state"]) | _texts),
        holder=draw(st.sampled_from(actors)),
        voiced_by=draw(
            st.none() | st.builds(Voice, name=_texts, role=st.none() | _texts)
        ),
        addressee=draw(st.none() | st.sampled_from(actors)),
        issues=tuple(draw(st.lists(_texts, max_size=3))),
        content=draw(_texts),
        conditions=tuple(draw(st.lists(_texts, max_size=2))),
        sources=tuple(draw(st.lists(_sources, max_size=3))),
        historical=draw(st.booleans()),
        when=draw(st.none() | _texts),
        negated=draw(st.booleans()),
        hypothetical=draw(st.booleans()),
        plover=draw(st.none() | _texts),
        cameo=draw(st.none() | _texts),
        evidence=Span(start=draw(_offsets), end=draw(_offsets), text=draw(_texts)),
        extractor=draw(st.sampled_from(["quotes.v1", "frames.v2"]) | _texts),
        confidence=draw(st.floats(allow_nan=False, allow_infinity=False)),
    )


@st.composite
def _articles_with_claims(draw: st.DrawFn) -> tuple[str, list[Claim]]:
    actors = draw(st.lists(_actors, min_size=1, max_size=3, unique_by=lambda a: a.id))
    return draw(st.text(max_size=60)), draw(st.lists(_claims(actors), max_size=4))


@settings(max_examples=60, deadline=None)
@given(_articles_with_claims())
def test_store_claims_survive_round_trip(case):
    text, claims = case
    article = make_article(text)
    with Store.open("sqlite://") as store:
        assert store.save(make_result(article), claims) is SaveOutcome.INSERTED
        got = [s.claim for s in store.iter_claims()]
        assert store.get_article(article.id) == article
        assert store.counts().claims == len(set(claims))
        by_issue = {
            issue: {s.claim for s in store.iter_claims(issue=issue)}
            for issue in {i for c in claims for i in c.issues}
        }
    assert sorted(got, key=repr) == sorted(set(claims), key=repr)
    starts = [c.evidence.start for c in got]
    assert starts == sorted(starts)
    for issue, hits in by_issue.items():
        assert hits == {c for c in claims if issue in c.issues}


def test_failed_statuses_recorded(store):
    for status in (Status.EMPTY, Status.BINARY, Status.NOT_FOUND):
        store.save(failed_result(f"x/{status}", status=status))
    assert store.counts().failed_inputs == 3


def test_store_links_near_duplicates(store):
    contract.check_near_duplicates(store)


def test_store_sees_near_duplicates_of_earlier_runs(sqlite_url):
    contract.check_near_duplicates_across_processes(sqlite_url)


def test_store_lang_article_never_matched(store):
    from tests.dedup.factories import COPY, ORIGINAL

    lang = make_result(make_article(ORIGINAL), status=Status.LANG)
    assert store.save(lang) is SaveOutcome.INSERTED
    assert store.save(make_result(make_article(COPY))) is SaveOutcome.INSERTED
    assert store.counts().articles == 2


def test_store_near_duplicate_of_deleted_article_is_inserted(store, sqlite_url):
    from tests.dedup.factories import COPY, ORIGINAL

    store.save(make_result(make_article(ORIGINAL)))
    store.save(make_result(make_article("warm the index " * 3)))
    engine = connect_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM articles WHERE text LIKE 'MOSCOW%'"))
    engine.dispose()
    assert store.save(make_result(make_article(COPY))) is SaveOutcome.INSERTED
    assert store.counts().reports == 2


def test_store_threshold_is_configurable(sqlite_url):
    from tests.dedup.factories import COPY, ORIGINAL

    with Store.open(sqlite_url, near_duplicate_threshold=0.95) as strict:
        strict.save(make_result(make_article(ORIGINAL)))
        assert strict.save(make_result(make_article(COPY))) is SaveOutcome.INSERTED
    with pytest.raises(ValueError, match="threshold"):
        Store.open(sqlite_url, near_duplicate_threshold=1.5)
