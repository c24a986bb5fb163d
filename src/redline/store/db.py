"""Engine creation from an SQLAlchemy URL, with SQLite tuned for a local store.

SQLite files get their parent folder created, ``PRAGMA foreign_keys=ON``, write-ahead
logging, and real transactions (the stdlib driver's legacy mode would autocommit DDL and
skip ``BEGIN`` before reads). Errors leave this module as :class:`StoreError` with the
URL's password masked.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, make_url

from redline.errors import StoreError

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.engine import Connection, Engine
    from sqlalchemy.pool import ConnectionPoolEntry

__all__ = ["connect_engine", "describe_error", "mask_url", "parse_url"]

logger = logging.getLogger(__name__)


def parse_url(url: str | URL) -> URL:
    """Parse ``url`` into an SQLAlchemy :class:`URL`, or raise :class:`StoreError`."""
    if isinstance(url, URL):
        return url
    try:
        return make_url(url)
    except sa.exc.ArgumentError as e:
        # The text may hold a password; say only that it did not parse.
        raise StoreError(f"not an SQLAlchemy database URL: {_mask_text(url)!r}") from e


def mask_url(url: str | URL) -> str:
    """Render ``url`` with its password replaced by ``***``."""
    if isinstance(url, URL):
        return url.render_as_string(hide_password=True)
    try:
        parsed = make_url(url)
    except sa.exc.ArgumentError:
        return _mask_text(url)
    return parsed.render_as_string(hide_password=True)


def describe_error(e: BaseException, *, url: URL | None = None) -> str:
    """One line describing ``e``: the driver's first line, with any password removed."""
    orig = getattr(e, "orig", None)
    text = str(orig if orig is not None else e).strip()
    line = text.splitlines()[0] if text else type(e).__name__
    if url is not None and url.password:
        line = line.replace(str(url.password), "***")
    return line


def connect_engine(
    url: str | URL, *, tracer: Callable[[str, object], None] | None = None
) -> Engine:
    """Create an engine for ``url`` and check that the database answers.

    Args:
        url: an SQLAlchemy database URL.
        tracer: called with each SQL statement and its parameters before it runs.

    Raises:
        StoreError: the URL does not parse, names an unknown or uninstalled driver, or
            the database cannot be reached.
    """
    parsed = parse_url(url)
    shown = mask_url(parsed)
    if parsed.get_backend_name() == "sqlite":
        _prepare_sqlite_path(parsed)
    try:
        engine = sa.create_engine(parsed)
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, ImportError) as e:
        line = describe_error(e, url=parsed)
        raise StoreError(f"cannot use database URL {shown}: {line}") from e
    if engine.dialect.name == "sqlite":
        _tune_sqlite(engine)
    if tracer is not None:
        _attach_tracer(engine, tracer)
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except sa.exc.SQLAlchemyError as e:
        engine.dispose()
        line = describe_error(e, url=parsed)
        raise StoreError(f"cannot connect to {shown}: {line}") from e
    logger.debug("connected to %s", shown)
    return engine


def _prepare_sqlite_path(url: URL) -> None:
    database = url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    parent = Path(database).expanduser().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(
            f"cannot create folder {parent} for {mask_url(url)}: {e}"
        ) from e


def _tune_sqlite(engine: Engine) -> None:
    in_memory = engine.url.database in {None, "", ":memory:"}

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: object, record: ConnectionPoolEntry) -> None:
        del record
        # Hand transaction control to SQLAlchemy ("begin" below) instead of the
        # driver's legacy mode, so DDL and reads are transactional too.
        dbapi_connection.isolation_level = None  # type: ignore[attr-defined]
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        cursor.execute("PRAGMA foreign_keys=ON")
        if not in_memory:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")


def _attach_tracer(engine: Engine, tracer: Callable[[str, object], None]) -> None:
    @event.listens_for(engine, "before_cursor_execute", named=True)
    def _trace(**kw: object) -> None:
        tracer(str(kw["statement"]), kw["parameters"])


def _mask_text(text: str) -> str:
    """Hide a password in URL-like text that SQLAlchemy could not parse."""
    scheme, sep, rest = text.partition("://")
    if not sep:
        return text
    userinfo, at, host = rest.rpartition("@")
    if not at or ":" not in userinfo:
        return text
    user = userinfo.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}"
