"""Alembic environment for the redline store.

Run programmatically by :mod:`redline.store.migrations`, which passes an open
connection in ``config.attributes["connection"]``. Without one (the ``alembic`` command
line pointed at this folder), an engine is built from ``sqlalchemy.url``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from alembic import context

from redline.store.db import connect_engine
from redline.store.schema import metadata

if TYPE_CHECKING:
    from sqlalchemy import Connection

config = context.config


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things; later migrations go through batch mode.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        msg = "set sqlalchemy.url or pass a connection in config.attributes"
        raise RuntimeError(msg)
    engine = connect_engine(url)
    try:
        with engine.connect() as conn:
            _configure(conn)
            conn.commit()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
