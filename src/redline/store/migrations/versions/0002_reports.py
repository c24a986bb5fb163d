"""Reports and MinHash signatures: one article, every outlet and URL that ran it.

Adds ``reports`` (one row per place an article was read; near-duplicates link to the
original) and ``minhashes`` (each ok article's MinHash signature). Existing articles
get their own report row and, when ok, their signature.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa
from alembic import op

from redline.dedup.minhash import NUM_PERM, signature

if TYPE_CHECKING:
    from collections.abc import Sequence

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 500


def upgrade() -> None:
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.String(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("outlet", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=32), nullable=True),
        sa.Column("content_hash", sa.String(), nullable=False),
        sa.Column("first_seen", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_reports_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reports")),
        sa.UniqueConstraint(
            "content_hash", "source", name=op.f("uq_reports_content_hash_source")
        ),
    )
    op.create_index(
        op.f("ix_reports_article_id"), "reports", ["article_id"], unique=False
    )
    op.create_table(
        "minhashes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.String(), nullable=False),
        sa.Column("num_perm", sa.Integer(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_minhashes_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minhashes")),
        sa.UniqueConstraint("article_id", name=op.f("uq_minhashes_article_id")),
    )
    _backfill()


def _backfill() -> None:
    """Give every stored article its own report and every ok article a signature."""
    op.execute(
        "INSERT INTO reports "
        "(article_id, source, url, outlet, published, content_hash, first_seen) "
        "SELECT id, source, url, outlet, published, content_hash, created_at "
        "FROM articles ORDER BY created_at, id"
    )
    conn = op.get_bind()
    articles = sa.table(
        "articles", sa.column("id"), sa.column("text"), sa.column("status")
    )
    minhashes = sa.table(
        "minhashes",
        sa.column("article_id"),
        sa.column("num_perm"),
        sa.column("signature", sa.LargeBinary()),
    )
    ids = [
        str(i)
        for i in conn.scalars(
            sa.select(articles.c.id)
            .where(articles.c.status == "ok")
            .order_by(articles.c.id)
        )
    ]
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        rows = conn.execute(
            sa.select(articles.c.id, articles.c.text).where(articles.c.id.in_(chunk))
        ).all()
        conn.execute(
            sa.insert(minhashes),
            [
                {
                    "article_id": row.id,
                    "num_perm": NUM_PERM,
                    "signature": signature(row.text),
                }
                for row in sorted(rows, key=lambda r: str(r.id))
            ],
        )


def downgrade() -> None:
    op.drop_table("minhashes")
    op.drop_index(op.f("ix_reports_article_id"), table_name="reports")
    op.drop_table("reports")
