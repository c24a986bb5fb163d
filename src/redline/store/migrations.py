"""Apply the store's Alembic migrations programmatically; no ``alembic.ini`` needed.

The scripts ship inside the package (``store/migrations/``); :func:`alembic_config`
builds the Alembic :class:`~alembic.config.Config` in code. Migrating is idempotent: a
database already at head is left untouched without loading any migration script.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError

from redline.errors import MigrationError
from redline.store.db import connect_engine, describe_error, mask_url

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Connection, Engine

__all__ = [
    "SCRIPT_LOCATION",
    "alembic_config",
    "current_revision",
    "head_revision",
    "migrate",
    "upgrade_engine",
]

logger = logging.getLogger(__name__)

#: The folder holding ``env.py``, ``script.py.mako`` and ``versions/``.
SCRIPT_LOCATION = Path(__file__).with_name("migrations")


def alembic_config(*, connection: Connection | None = None) -> Config:
    """Build an Alembic config pointing at the packaged scripts.

    Args:
        connection: an open connection for ``env.py`` to migrate; without one it builds
            an engine from the ``sqlalchemy.url`` option, which the caller then sets.
    """
    cfg = Config()
    # Config options go through configparser interpolation: escape any '%'.
    cfg.set_main_option("script_location", str(SCRIPT_LOCATION).replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest revision shipped with this version of redline."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise MigrationError("no migration scripts found in " + str(SCRIPT_LOCATION))
    return head


def current_revision(conn: Connection) -> str | None:
    """The revision the database behind ``conn`` is at, or ``None`` if unmigrated."""
    return MigrationContext.configure(conn).get_current_revision()


def upgrade_engine(engine: Engine) -> bool:
    """Migrate the database behind ``engine`` to head in one transaction.

    Returns:
        Whether any migration ran (``False`` when it was already at head).

    Raises:
        MigrationError: a migration failed or the database is at an unknown revision.
    """
    shown = mask_url(engine.url)
    head = head_revision()
    try:
        with engine.begin() as conn:
            current = current_revision(conn)
            if current == head:
                return False
            logger.info("migrating %s from %s to %s", shown, current or "empty", head)
            command.upgrade(alembic_config(connection=conn), "head")
    except (sa.exc.SQLAlchemyError, CommandError) as e:
        line = describe_error(e, url=engine.url)
        raise MigrationError(f"cannot migrate {shown} to {head}: {line}") from e
    return True


def migrate(url: str | URL) -> bool:
    """Create or upgrade the store at ``url`` to the newest schema.

    Returns:
        Whether any migration ran.

    Raises:
        StoreError: the URL is bad or the database unreachable.
        MigrationError: a migration failed.
    """
    engine = connect_engine(url)
    try:
        return upgrade_engine(engine)
    finally:
        engine.dispose()
