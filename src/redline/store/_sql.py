"""SQL building blocks of the repository: portable upserts and the claims query.

SQLite and PostgreSQL get native ``INSERT … ON CONFLICT``; other dialects fall back to
a look-up followed by an insert or update inside the caller's transaction.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from redline.store import schema

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy.engine import Connection

    from redline.store._rows import Row

__all__ = ["claims_query", "insert_new", "upsert", "upsert_many"]


def _native_insert(
    conn: Connection, table: sa.Table
) -> sqlite.Insert | postgresql.Insert | None:
    """An insert with ``ON CONFLICT`` support where the dialect has one."""
    if conn.dialect.name == "sqlite":
        return sqlite.insert(table)
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table)
    return None


def insert_new(
    conn: Connection, table: sa.Table, row: Row, *, keys: Sequence[str]
) -> bool:
    """Insert ``row`` unless a row with the same ``keys`` (or primary key) exists.

    Returns:
        Whether the row was inserted.
    """
    native = _native_insert(conn, table)
    if native is not None:
        stmt = native.values(row).on_conflict_do_nothing()
        # psycopg reports INSERT row counts only when asked to keep them.
        result = conn.execute(stmt.execution_options(preserve_rowcount=True))
        return result.rowcount == 1
    if _find(conn, table, row, keys) is not None:
        return False
    conn.execute(sa.insert(table).values(row))
    return True


def upsert(conn: Connection, table: sa.Table, row: Row, *, keys: Sequence[str]) -> None:
    """Insert ``row``, or update the other columns of the row matching ``keys``."""
    upsert_many(conn, table, [row], keys=keys)


def upsert_many(
    conn: Connection, table: sa.Table, rows: Sequence[Row], *, keys: Sequence[str]
) -> None:
    """:func:`upsert` each of ``rows``; their ``keys`` must be distinct."""
    if not rows:
        return
    native = _native_insert(conn, table)
    updated = [c for c in rows[0] if c not in keys]
    if native is not None:
        stmt = native.on_conflict_do_update(
            index_elements=list(keys),
            set_={c: native.excluded[c] for c in updated},
        )
        conn.execute(stmt, list(rows))
        return
    for row in rows:
        if _find(conn, table, row, keys) is None:
            conn.execute(sa.insert(table).values(row))
        else:
            match = [table.c[k] == row[k] for k in keys]
            conn.execute(
                sa.update(table).where(*match).values({c: row[c] for c in updated})
            )


def _find(conn: Connection, table: sa.Table, row: Row, keys: Sequence[str]) -> object:
    match = [table.c[k] == row[k] for k in keys]
    return conn.execute(
        sa.select(sa.literal(1)).select_from(table).where(*match)
    ).first()


def claims_query(
    *, actor: str | None, issue: str | None, action: str | None
) -> sa.Select[tuple[object, ...]]:
    """Select claims with their article's date, outlet and report count, and actors.

    The ``issue`` filter here is a text pre-filter on the JSON list; callers confirm
    membership on the decoded list, so JSON encodings that differ cannot mislead it.
    """
    c, a, r = schema.claims, schema.articles, schema.reports
    holder = schema.actors.alias("holder")
    addressee = schema.actors.alias("addressee")
    reports = (
        sa.select(sa.func.count())
        .select_from(r)
        .where(r.c.article_id == c.c.article_id)
        .scalar_subquery()
    )
    stmt = (
        sa.select(
            c,
            a.c.published,
            a.c.outlet,
            reports.label("reports"),
            holder.c.name.label("holder_name"),
            holder.c.kind.label("holder_kind"),
            addressee.c.name.label("addressee_name"),
            addressee.c.kind.label("addressee_kind"),
        )
        .select_from(
            c.join(a, c.c.article_id == a.c.id)
            .join(holder, c.c.holder_id == holder.c.id)
            .outerjoin(addressee, c.c.addressee_id == addressee.c.id)
        )
        .order_by(
            sa.case((a.c.published.is_(None), 1), else_=0),
            a.c.published,
            c.c.evidence_start,
            c.c.article_id,
            c.c.id,
        )
    )
    if actor is not None:
        stmt = stmt.where(sa.or_(c.c.holder_id == actor, c.c.addressee_id == actor))
    if action is not None:
        stmt = stmt.where(c.c.action == action)
    needle = json.dumps(issue)
    if issue is not None and needle == f'"{issue}"':
        # A plain code reads the same in any JSON text of the list (json, jsonb,
        # SQLite text); codes that JSON escapes rest on the caller's check alone.
        stmt = stmt.where(
            sa.cast(c.c.issues, sa.Text).contains(needle, autoescape=True)
        )
    return stmt
