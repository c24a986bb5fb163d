"""Behaviour every backend must show; run on SQLite and, when present, PostgreSQL."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from redline.model import ArticleResult, Claim, Status
from redline.store import SaveOutcome, Store, migrate
from redline.store.db import connect_engine
from redline.store.migrations import current_revision, head_revision
from redline.store.schema import metadata
from tests.dedup.factories import COPY, ORIGINAL, UNRELATED
from tests.store.factories import (
    PLUS_THREE,
    demand_claim,
    failed_result,
    make_article,
    make_result,
    span,
    state_claim,
    warn_claim,
)


def check_migrate_twice(url: str) -> None:
    assert migrate(url) is True
    assert migrate(url) is False
    with Store.open(url) as store:
        assert store.counts().articles == 0
    engine = connect_engine(url)
    try:
        with engine.connect() as conn:
            assert current_revision(conn) == head_revision()
    finally:
        engine.dispose()


def check_schema_matches_metadata(url: str) -> None:
    migrate(url)
    engine = connect_engine(url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(context, metadata)
    finally:
        engine.dispose()
    assert diff == []


def check_round_trip(store: Store) -> None:
    article = make_article(published=datetime(2024, 5, 1, 15, 30, tzinfo=PLUS_THREE))
    claims = [warn_claim(), demand_claim(), state_claim()]
    assert store.save(make_result(article), claims) is SaveOutcome.INSERTED

    stored = list(store.iter_claims())
    assert [s.claim for s in stored] == sorted(claims, key=lambda c: c.evidence.start)
    for item in stored:
        assert item.article_id == article.id
        assert item.published == article.published
        assert item.published is not None
        assert item.published.utcoffset() is not None
        assert item.outlet == "Reuters"
    assert store.get_article(article.id) == article
    assert store.get_article("missing") is None


def check_idempotent(store: Store) -> None:
    article = make_article()
    result = make_result(article)
    claims = [demand_claim(), warn_claim()]
    assert store.save(result, claims) is SaveOutcome.INSERTED
    before = store.counts()
    assert before.articles == 1
    assert before.claims == 2
    assert before.sources == 2
    assert before.actors == 3
    assert before.inputs == 1

    assert store.save(result, claims) is SaveOutcome.UNCHANGED
    assert store.save(result, [*claims, state_claim()]) is SaveOutcome.UNCHANGED
    assert store.counts() == before
    assert len(list(store.iter_claims())) == 2


def check_failed_recorded_once(store: Store) -> None:
    result = failed_result()
    assert store.save(result) is SaveOutcome.RECORDED
    assert store.save(result) is SaveOutcome.RECORDED
    counts = store.counts()
    assert counts.inputs == 1
    assert counts.failed_inputs == 1
    assert counts.articles == 0
    assert store.seen(source=result.source, input_hash=result.input_hash or "")
    assert not store.seen(source=result.source, input_hash="other")


def check_lang_article(store: Store) -> None:
    article = make_article("Der Kreml forderte den Abzug der Truppen.")
    result = make_result(article, status=Status.LANG)
    assert store.save(result, [demand_claim()]) is SaveOutcome.INSERTED
    counts = store.counts()
    assert (counts.articles, counts.claims, counts.inputs) == (1, 0, 1)
    assert store.get_article(article.id) == article


def check_filters(store: Store) -> None:
    article = make_article()
    store.save(make_result(article), [demand_claim(), warn_claim(), state_claim()])

    def actions(**filters: str) -> list[str]:
        return [s.claim.action for s in store.iter_claims(**filters)]

    assert actions(actor="RUS") == ["demand", "warn"]  # holder, then addressee
    assert actions(actor="UKR") == ["demand", "state"]
    assert actions(actor="EU") == ["warn"]
    assert actions(actor="USA") == []
    assert actions(issue="sanctions") == ["demand"]
    assert actions(issue="strikes") == ["warn"]
    assert actions(issue="sanction") == []  # membership, not a substring
    assert actions(issue="%") == []
    assert actions(action="warn") == ["warn"]
    assert actions(actor="RUS", action="demand", issue="troop_withdrawal") == ["demand"]
    assert actions(actor="RUS", action="state") == []


def check_order(store: Store) -> None:
    late = make_article(TEXT_B, published=datetime(2024, 6, 1, tzinfo=PLUS_THREE))
    undated = make_article(TEXT_C, published=None)
    early = make_article()
    for article in (late, undated, early):
        store.save(
            make_result(article),
            [demand_claim(article.text), state_claim(article.text)],
        )
    got = [(s.article_id, s.claim.action) for s in store.iter_claims()]
    assert got == [
        (early.id, "demand"),
        (early.id, "state"),
        (late.id, "demand"),
        (late.id, "state"),
        (undated.id, "demand"),
        (undated.id, "state"),
    ]


def check_cascade(store: Store, url: str) -> None:
    article = make_article()
    store.save(make_result(article), [demand_claim()])
    engine = connect_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM articles"))
    finally:
        engine.dispose()
    counts = store.counts()
    assert (counts.articles, counts.claims, counts.sources) == (0, 0, 0)
    assert counts.inputs == 1  # the log keeps the input; its article link is cleared


TEXT_B = (
    "MOSCOW (Reuters) - Russia demanded that Ukraine withdraw its troops again, "
    "officials said on Monday."
)
TEXT_C = (
    "MOSCOW - Russia demanded that Ukraine withdraw its troops from the region, "
    "officials said."
)


def _syndicated(text: str, *, outlet: str, url: str) -> ArticleResult:
    article = dataclasses.replace(make_article(text, outlet=outlet), url=url)
    return make_result(article)


def _claims_of(text: str) -> list[Claim]:
    claim = demand_claim(TEXT_B)
    return [
        dataclasses.replace(
            claim, evidence=span(text, "Russia demanded that Ukraine withdraw")
        )
    ]


def check_near_duplicates(store: Store) -> None:
    original = _syndicated(ORIGINAL, outlet="Reuters", url="https://a.example/1")
    copy = _syndicated(COPY, outlet="The Daily", url="https://b.example/x")
    other = _syndicated(UNRELATED, outlet="The Daily", url="https://b.example/y")
    assert original.article is not None
    assert copy.article is not None

    assert store.save(original, _claims_of(ORIGINAL)) is SaveOutcome.INSERTED
    assert store.save(copy, _claims_of(COPY)) is SaveOutcome.LINKED
    counts = store.counts()
    assert (counts.articles, counts.claims, counts.reports, counts.inputs) == (
        1,
        1,
        2,
        2,
    )
    stored = list(store.iter_claims())
    assert len(stored) == 1
    assert stored[0].article_id == original.article.id
    assert stored[0].reports == 2
    assert store.get_article(copy.article.id) is None
    reports = store.reports(original.article.id)
    assert [(r.outlet, r.url, r.source) for r in reports] == [
        ("Reuters", "https://a.example/1", original.source),
        ("The Daily", "https://b.example/x", copy.source),
    ]
    assert reports[1].published == copy.article.published
    assert store.reports(copy.article.id) == ()
    assert store.seen(source=copy.source, input_hash=copy.input_hash or "")

    # re-runs add nothing
    before = store.counts()
    assert store.save(copy, _claims_of(COPY)) is SaveOutcome.UNCHANGED
    assert store.save(original, _claims_of(ORIGINAL)) is SaveOutcome.UNCHANGED
    assert store.counts() == before

    assert store.save(other) is SaveOutcome.INSERTED
    assert store.counts().articles == 2
    assert store.counts().reports == 3
    assert other.article is not None
    assert len(store.reports(other.article.id)) == 1


def check_near_duplicates_across_processes(url: str) -> None:
    original = _syndicated(ORIGINAL, outlet="Reuters", url="https://a.example/1")
    copy = _syndicated(COPY, outlet="AP", url="https://c.example/2")
    with Store.open(url) as first:
        assert first.save(original, _claims_of(ORIGINAL)) is SaveOutcome.INSERTED
    with Store.open(url) as second:
        assert second.save(copy, _claims_of(COPY)) is SaveOutcome.LINKED
        assert [s.reports for s in second.iter_claims()] == [2]
