from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
from alembic.script import ScriptDirectory

from redline.errors import MigrationError
from redline.store import Store, migrate
from redline.store.db import connect_engine
from redline.store.migrations import SCRIPT_LOCATION, alembic_config, head_revision
from redline.store.schema import metadata
from tests.store import contract
from tests.store.factories import make_article, make_result


def test_migrate_twice_is_noop(sqlite_url):
    contract.check_migrate_twice(sqlite_url)


def test_migrated_schema_matches_metadata(sqlite_url):
    contract.check_schema_matches_metadata(sqlite_url)


def test_migration_creates_exactly_the_metadata_tables(sqlite_url):
    migrate(sqlite_url)
    engine = connect_engine(sqlite_url)
    try:
        inspector = sa.inspect(engine)
        assert set(inspector.get_table_names()) == {*metadata.tables, "alembic_version"}
        indexed = {
            (table, tuple(ix["column_names"]))
            for table in ("claims", "articles")
            for ix in inspector.get_indexes(table)
        }
        assert {
            ("claims", ("holder_id",)),
            ("claims", ("action",)),
            ("articles", ("published",)),
        } <= indexed
    finally:
        engine.dispose()


def test_open_on_migrated_store_keeps_data(sqlite_url):
    with Store.open(sqlite_url) as store:
        store.save(make_result(make_article()))
    with Store.open(sqlite_url) as store:
        assert store.counts().articles == 1


def test_migration_scripts_are_packaged_and_ordered():
    assert (SCRIPT_LOCATION / "env.py").is_file()
    assert (SCRIPT_LOCATION / "script.py.mako").is_file()
    files = sorted(p.name for p in (SCRIPT_LOCATION / "versions").glob("*.py"))
    assert files
    script = ScriptDirectory.from_config(alembic_config())
    chain = list(reversed(list(script.walk_revisions())))  # oldest first
    assert [r.revision for r in chain] == [f.split("_", 1)[0] for f in files]
    assert all(re.fullmatch(r"\d{4}_[a-z0-9_]+\.py", f) for f in files)
    assert len(script.get_heads()) == 1
    assert chain[-1].revision == head_revision()


def test_unknown_revision_raises_migration_error(sqlite_url):
    migrate(sqlite_url)
    engine = connect_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = 'zzzz'"))
    engine.dispose()
    with pytest.raises(MigrationError) as info:
        Store.open(sqlite_url)
    assert info.value.code == "E501"
    assert "\n" not in str(info.value)


def test_failed_migration_leaves_database_empty(sqlite_url):
    engine = connect_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE sources (x INTEGER)"))  # blocks 0001
    engine.dispose()
    with pytest.raises(MigrationError, match="sources"):
        migrate(sqlite_url)
    engine = connect_engine(sqlite_url)
    try:
        assert set(sa.inspect(engine).get_table_names()) == {"sources"}
    finally:
        engine.dispose()


def test_upgrade_from_0001_backfills_reports_and_signatures(sqlite_url):
    from datetime import UTC, datetime

    from alembic import command

    from redline.model import Status
    from redline.store import SaveOutcome, schema
    from redline.store._rows import article_row
    from tests.dedup.factories import COPY, ORIGINAL

    original = make_article(ORIGINAL)
    lang = make_article("Der Kreml forderte den Abzug der Truppen.")
    engine = connect_engine(sqlite_url)
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(connection=conn), "0001")
            for article, status in ((original, Status.OK), (lang, Status.LANG)):
                conn.execute(
                    sa.insert(schema.articles).values(
                        article_row(
                            article, status=status, created_at=datetime.now(UTC)
                        )
                    )
                )
    finally:
        engine.dispose()
    with Store.open(sqlite_url) as store:
        assert store.counts().reports == 2
        assert [r.outlet for r in store.reports(original.id)] == ["Reuters"]
        assert store.save(make_result(make_article(COPY))) is SaveOutcome.LINKED
        assert len(store.reports(original.id)) == 2
    engine = connect_engine(sqlite_url)
    try:
        with engine.connect() as conn:
            ids = conn.scalars(sa.text("SELECT article_id FROM minhashes")).all()
        assert ids == [original.id]
    finally:
        engine.dispose()
