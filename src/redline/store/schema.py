"""Table definitions of the store, in the one :class:`~sqlalchemy.MetaData`.

The migrations in ``versions/`` (``0001_initial``, ``0002_reports``) create exactly
these tables; a test compares a migrated database with :data:`metadata` and expects no
difference.

Every stored article has at least one ``reports`` row, its own: where it was read
(source, URL, outlet, date) and its content hash. A near-duplicate read later (a
syndicated copy) adds a ``reports`` row pointing at the original and nothing else.
``minhashes`` holds each ok article's MinHash signature (see :mod:`redline.dedup`), so
that the near-duplicate index can be rebuilt in a new process.

Timestamps are kept as fixed-width ISO-8601 text in UTC (``_UtcTimestamp``), the same on
every dialect: SQLite has no time-zone aware type, the text sorts in time order, and an
aware :class:`~datetime.datetime` comes back equal (same instant, ``tzinfo`` UTC). A
naive datetime is kept naive.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from sqlalchemy.engine.interfaces import Dialect

__all__ = [
    "TIMESTAMP_LENGTH",
    "actors",
    "articles",
    "claims",
    "inputs",
    "metadata",
    "minhashes",
    "reports",
    "sources",
]

#: Length of ``2024-05-01T12:30:00.000000+00:00``.
TIMESTAMP_LENGTH = 32

_NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = sa.MetaData(naming_convention=_NAMING)


class _UtcTimestamp(sa.types.TypeDecorator[datetime]):
    """A datetime kept as ISO text: aware ones normalised to UTC, naive ones as given.

    Aware values come back aware (UTC, same instant, so equal); a naive value comes back
    naive and equal, since its zone is unknown.
    """

    impl = sa.String(TIMESTAMP_LENGTH)
    cache_ok = True

    def process_bind_param(
        self, value: datetime | None, dialect: Dialect
    ) -> str | None:
        """Render ``value`` as fixed-width ISO text that sorts in time order."""
        del dialect
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            return value.replace(tzinfo=None).isoformat(timespec="microseconds")
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(
        self, value: str | None, dialect: Dialect
    ) -> datetime | None:
        """Parse the stored text back into a datetime."""
        del dialect
        return None if value is None else datetime.fromisoformat(value)


def _timestamp() -> _UtcTimestamp:
    return _UtcTimestamp()


articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.String(), primary_key=True),
    sa.Column("content_hash", sa.String(), nullable=False, unique=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("authors", sa.JSON, nullable=False),
    sa.Column("published", _timestamp()),
    sa.Column("outlet", sa.Text),
    sa.Column("dateline_place", sa.Text),
    sa.Column("dateline_text", sa.Text),
    sa.Column("summary", sa.JSON, nullable=False),
    sa.Column("captions", sa.JSON, nullable=False),
    sa.Column("language", sa.String(), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("status", sa.String(), nullable=False),
    sa.Column("created_at", _timestamp(), nullable=False),
    sa.Index(None, "published"),
)

inputs = sa.Table(
    "inputs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("input_hash", sa.String(), nullable=False),
    sa.Column("status", sa.String(), nullable=False),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column(
        "article_id", sa.String(), sa.ForeignKey("articles.id", ondelete="SET NULL")
    ),
    sa.Column("seen_at", _timestamp(), nullable=False),
    sa.UniqueConstraint("source", "input_hash"),
)

actors = sa.Table(
    "actors",
    metadata,
    sa.Column("id", sa.String(), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("kind", sa.String(), nullable=False),
)

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("id", sa.String(), primary_key=True),
    sa.Column(
        "article_id",
        sa.String(),
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("action", sa.String(), nullable=False),
    sa.Column("holder_id", sa.String(), sa.ForeignKey("actors.id"), nullable=False),
    sa.Column("voiced_by_name", sa.Text),
    sa.Column("voiced_by_role", sa.Text),
    sa.Column("addressee_id", sa.String(), sa.ForeignKey("actors.id")),
    sa.Column("issues", sa.JSON, nullable=False),
    sa.Column("content", sa.Text, nullable=False),
    sa.Column("conditions", sa.JSON, nullable=False),
    sa.Column("historical", sa.Boolean, nullable=False),
    sa.Column("when", sa.Text),
    sa.Column("negated", sa.Boolean, nullable=False),
    sa.Column("hypothetical", sa.Boolean, nullable=False),
    sa.Column("plover", sa.String()),
    sa.Column("cameo", sa.String()),
    sa.Column("evidence_start", sa.Integer, nullable=False),
    sa.Column("evidence_end", sa.Integer, nullable=False),
    sa.Column("evidence_text", sa.Text, nullable=False),
    sa.Column("extractor", sa.String(), nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Index(None, "holder_id"),
    sa.Index(None, "action"),
    sa.Index(None, "article_id"),
)

sources = sa.Table(
    "sources",
    metadata,
    sa.Column(
        "claim_id",
        sa.String(),
        sa.ForeignKey("claims.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("anonymous", sa.Boolean, nullable=False),
    sa.Column("count", sa.Integer),
    sa.Column("affiliation", sa.Text),
)

reports = sa.Table(
    "reports",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "article_id",
        sa.String(),
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("published", _timestamp()),
    sa.Column("content_hash", sa.String(), nullable=False),
    sa.Column("first_seen", _timestamp(), nullable=False),
    # One report per text per source: an exact copy from another outlet is a report.
    sa.UniqueConstraint("content_hash", "source"),
    sa.Index(None, "article_id"),
)

minhashes = sa.Table(
    "minhashes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "article_id",
        sa.String(),
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
        unique=True,
    ),
    sa.Column("num_perm", sa.Integer, nullable=False),
    sa.Column("signature", sa.LargeBinary, nullable=False),
)
