from __future__ import annotations

import pytest
import sqlalchemy as sa

from redline.errors import StoreError
from redline.store import Store, migrate
from redline.store.db import connect_engine, describe_error, mask_url


@pytest.mark.parametrize(
    "url",
    [
        "not a url",
        "nosuchdialect://host/db",
        "postgresql+nosuchdriver://user:hunter2@127.0.0.1/db",
    ],
)
def test_connect_engine_bad_url_raises_store_error(url):
    with pytest.raises(StoreError) as info:
        connect_engine(url)
    message = str(info.value)
    assert message.startswith("E500: ")
    assert "\n" not in message
    assert "hunter2" not in message


def test_connect_engine_unreachable_masks_password():
    url = "postgresql+psycopg://user:hunter2@127.0.0.1:1/db?connect_timeout=2"
    with pytest.raises(StoreError, match="cannot connect") as info:
        Store.open(url)
    message = str(info.value)
    assert "hunter2" not in message
    assert "***" in message
    assert "\n" not in message
    assert isinstance(info.value.__cause__, sa.exc.OperationalError)


def test_migrate_unreachable_raises_store_error():
    with pytest.raises(StoreError):
        migrate("postgresql+psycopg://user:pw@127.0.0.1:1/db?connect_timeout=2")


def test_connect_engine_sqlite_creates_folder_and_sets_pragmas(tmp_path):
    path = tmp_path / "a" / "b" / "redline.db"
    engine = connect_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        engine.dispose()
    assert path.parent.is_dir()


def test_connect_engine_sqlite_folder_blocked_by_file(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create folder"):
        connect_engine(f"sqlite:///{blocker / 'sub' / 'redline.db'}")


def test_connect_engine_sqlite_in_memory():
    engine = connect_engine("sqlite://")
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()


def test_sqlite_transactions_cover_ddl(tmp_path):
    engine = connect_engine(f"sqlite:///{tmp_path / 't.db'}")
    try:
        conn = engine.connect()
        conn.begin()
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
        conn.rollback()
        conn.close()
        assert sa.inspect(engine).get_table_names() == []
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (
            "postgresql+psycopg://u:secret@h:5432/d",
            "postgresql+psycopg://u:***@h:5432/d",
        ),
        ("sqlite:///x.db", "sqlite:///x.db"),
        ("bad://u:secret@h@x", "bad://u:***@h@x"),
        ("::not a url::", "::not a url::"),
    ],
)
def test_mask_url(url, shown):
    assert mask_url(url) == shown


def test_describe_error_is_one_line_without_password():
    url = sa.engine.make_url("postgresql://u:hunter2@h/d")
    error = sa.exc.OperationalError(
        "SELECT 1", {}, Exception("auth failed for hunter2\nmore")
    )
    assert describe_error(error, url=url) == "auth failed for ***"


def test_store_open_tracer_sees_statements(sqlite_url):
    seen: list[str] = []
    with Store.open(sqlite_url, tracer=lambda sql, _params: seen.append(sql)) as store:
        store.counts()
    assert any("CREATE TABLE articles" in sql for sql in seen)
    assert any(sql.startswith("SELECT count(*)") for sql in seen)
