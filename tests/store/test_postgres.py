"""The store contract on PostgreSQL, each test in a fresh schema that is dropped after.

Set ``REDLINE_TEST_POSTGRES_URL`` (e.g. ``postgresql+psycopg://postgres@127.0.0.1:5432/test``)
to run these; they skip when it is unset or the server cannot be reached.
"""

from __future__ import annotations

import os
import uuid

import pytest
import sqlalchemy as sa

from redline.errors import StoreError
from redline.store import Store
from redline.store.db import connect_engine
from tests.store import contract

pytestmark = pytest.mark.postgres

ENV = "REDLINE_TEST_POSTGRES_URL"


@pytest.fixture(scope="module")
def server_url():
    url = os.environ.get(ENV)
    if not url:
        pytest.skip(f"{ENV} is not set")
    pytest.importorskip(
        "psycopg", reason="psycopg 3 is not installed (extra 'postgres')"
    )
    try:
        engine = connect_engine(url)
    except StoreError as e:
        pytest.skip(f"PostgreSQL at {ENV} is unreachable: {e}")
    engine.dispose()
    return url


@pytest.fixture
def pg_url(server_url):
    """A URL whose search_path is a fresh schema; the schema is dropped afterwards."""
    schema = f"redline_test_{uuid.uuid4().hex[:12]}"
    admin = connect_engine(server_url)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    url = sa.make_url(server_url).update_query_dict(
        {"options": f"-csearch_path={schema}"}
    )
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def pg_store(pg_url):
    with Store.open(pg_url) as store:
        yield store


def test_postgres_migrate_twice_is_noop(pg_url):
    contract.check_migrate_twice(pg_url)


def test_postgres_schema_matches_metadata(pg_url):
    contract.check_schema_matches_metadata(pg_url)


def test_postgres_round_trip(pg_store):
    contract.check_round_trip(pg_store)


def test_postgres_save_is_idempotent(pg_store):
    contract.check_idempotent(pg_store)


def test_postgres_failed_result_recorded_once(pg_store):
    contract.check_failed_recorded_once(pg_store)


def test_postgres_lang_article(pg_store):
    contract.check_lang_article(pg_store)


def test_postgres_filters(pg_store):
    contract.check_filters(pg_store)


def test_postgres_order(pg_store):
    contract.check_order(pg_store)


def test_postgres_cascade(pg_store, pg_url):
    contract.check_cascade(pg_store, pg_url)


def test_postgres_tables_in_own_schema(pg_url):
    Store.open(pg_url).close()
    engine = connect_engine(pg_url)
    try:
        with engine.connect() as conn:
            schema = conn.scalar(sa.text("SELECT current_schema()"))
            assert schema.startswith("redline_test_")
            names = set(sa.inspect(conn).get_table_names(schema=schema))
        assert {"articles", "claims", "alembic_version"} <= names
    finally:
        engine.dispose()


def test_postgres_near_duplicates(pg_store):
    contract.check_near_duplicates(pg_store)


def test_postgres_near_duplicates_across_processes(pg_url):
    contract.check_near_duplicates_across_processes(pg_url)
