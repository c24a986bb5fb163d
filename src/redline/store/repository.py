"""The store's repository: one write path; reads return :mod:`redline.model` records.

:meth:`Store.save` writes one article, its actors, claims and sources, and the input log
entry in a single transaction. Re-saving is idempotent: an article is identified by its
content hash, a claim by a hash of its identity (see :func:`_rows.claim_id`), an input
by ``(source, input_hash)``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Self

import sqlalchemy as sa

from redline.errors import StoreError
from redline.model import Status
from redline.store import _rows, _sql, schema
from redline.store.db import connect_engine, describe_error, mask_url
from redline.store.migrations import upgrade_engine

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from types import TracebackType

    from sqlalchemy.engine import URL, Connection, Engine

    from redline.model import Actor, Article, ArticleResult, Claim, Source

__all__ = ["SaveOutcome", "Store", "StoreCounts", "StoredClaim"]

logger = logging.getLogger(__name__)

_CHUNK = 500  # ids per IN (...) list when loading sources


class SaveOutcome(StrEnum):
    """What :meth:`Store.save` did with one result."""

    INSERTED = "inserted"
    UNCHANGED = "unchanged"
    RECORDED = "recorded"


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredClaim:
    """A stored claim with the article facts needed to list it."""

    article_id: str
    published: datetime | None
    outlet: str | None
    claim: Claim


@dataclass(frozen=True, slots=True, kw_only=True)
class StoreCounts:
    """Row counts of the store; ``failed_inputs`` are inputs whose status is not ok."""

    articles: int
    claims: int
    sources: int
    actors: int
    inputs: int
    failed_inputs: int


class Store:
    """An opened, migrated store. Use :meth:`open`; close it or use it as a context."""

    def __init__(self, engine: Engine) -> None:
        """Wrap ``engine``, which must point at a database migrated to head."""
        self._engine: Engine | None = engine
        self._shown = mask_url(engine.url)

    @classmethod
    def open(
        cls, url: str | URL, *, tracer: Callable[[str, object], None] | None = None
    ) -> Self:
        """Open the store at ``url``, creating or migrating its schema as needed.

        Args:
            url: an SQLAlchemy database URL, e.g. ``sqlite:///redline.db``.
            tracer: called with each SQL statement and its parameters before it runs.

        Raises:
            StoreError: the URL is bad or the database unreachable.
            MigrationError: the schema could not be brought to head.
        """
        engine = connect_engine(url, tracer=tracer)
        try:
            upgrade_engine(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    def close(self) -> None:
        """Release the store's connections; closing twice is harmless."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def __enter__(self) -> Self:
        """Return the store itself."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close the store."""
        self.close()

    def __repr__(self) -> str:
        """Show the masked URL and whether the store is open."""
        state = "open" if self._engine is not None else "closed"
        return f"<Store {self._shown} {state}>"

    # -- writes ---------------------------------------------------------------------

    def save(self, result: ArticleResult, claims: Sequence[Claim] = ()) -> SaveOutcome:
        """Store one input's result and, for an ok article, its claims.

        An article already stored (same content hash) is left as it is and its claims
        are not written again. A result without an article is logged in ``inputs``
        with its status and message. An article with another status (``lang``) is
        stored with that status and without claims. Every call upserts the input's
        ``inputs`` row.

        Raises:
            StoreError: the database refused the write; nothing of it was kept.
        """
        engine = self._require_engine()
        now = datetime.now(UTC)
        try:
            with engine.begin() as conn:
                outcome, article_id = self._write_article(conn, result, claims, now)
                _sql.upsert(
                    conn,
                    schema.inputs,
                    {
                        "source": result.source,
                        "input_hash": _input_hash(result),
                        "status": str(result.status),
                        "message": result.message,
                        "article_id": article_id,
                        "seen_at": now,
                    },
                    keys=("source", "input_hash"),
                )
        except sa.exc.SQLAlchemyError as e:
            line = describe_error(e, url=engine.url)
            raise StoreError(
                f"cannot save {result.source} to {self._shown}: {line}"
            ) from e
        logger.debug("saved %s: %s", result.source, outcome)
        return outcome

    def _write_article(
        self,
        conn: Connection,
        result: ArticleResult,
        claims: Sequence[Claim],
        now: datetime,
    ) -> tuple[SaveOutcome, str | None]:
        article = result.article
        if article is None:
            return SaveOutcome.RECORDED, None
        row = _rows.article_row(article, status=result.status, created_at=now)
        if not _sql.insert_new(conn, schema.articles, row, keys=("content_hash",)):
            existing = conn.scalar(
                sa.select(schema.articles.c.id).where(
                    schema.articles.c.content_hash == article.content_hash
                )
            )
            if existing is None:
                msg = f"article id {article.id} is stored with other content"
                raise StoreError(f"cannot save {result.source}: {msg}")
            return SaveOutcome.UNCHANGED, existing
        if result.status is not Status.OK:
            if claims:
                logger.debug(
                    "%s: status %s, claims not stored", article.id, result.status
                )
            return SaveOutcome.INSERTED, article.id
        pairs = _rows.claim_rows(article.id, claims)
        if pairs:
            _write_claims(conn, article.id, pairs)
        return SaveOutcome.INSERTED, article.id

    # -- reads ----------------------------------------------------------------------

    def seen(self, *, source: str, input_hash: str) -> bool:
        """Whether an input with this source and hash was saved before, ok or not."""
        t = schema.inputs
        stmt = sa.select(t.c.id).where(
            t.c.source == source, t.c.input_hash == input_hash
        )
        with self._connect() as conn:
            return conn.scalar(stmt.limit(1)) is not None

    def get_article(self, article_id: str) -> Article | None:
        """The article with ``article_id``, or ``None`` if it is not stored."""
        stmt = sa.select(schema.articles).where(schema.articles.c.id == article_id)
        with self._connect() as conn:
            row = conn.execute(stmt).mappings().first()
        return None if row is None else _rows.article_from_row(row)

    def iter_claims(
        self,
        *,
        actor: str | None = None,
        issue: str | None = None,
        action: str | None = None,
    ) -> Iterator[StoredClaim]:
        """Stored claims, oldest article first (undated last), then by evidence offset.

        Args:
            actor: keep claims whose holder or addressee has this actor id.
            issue: keep claims listing this issue code.
            action: keep claims with this action.
        """
        stmt = _sql.claims_query(actor=actor, issue=issue, action=action)
        with self._connect() as conn:
            rows = [r for r in conn.execute(stmt).mappings() if _has_issue(r, issue)]
            sources = _load_sources(conn, [str(r["id"]) for r in rows])
        for row in rows:
            holder = _rows.actor_from_row(
                row["holder_id"], row["holder_name"], row["holder_kind"]
            )
            addressee: Actor | None = None
            if row["addressee_id"] is not None:
                addressee = _rows.actor_from_row(
                    row["addressee_id"], row["addressee_name"], row["addressee_kind"]
                )
            claim = _rows.claim_from_row(
                row,
                holder=holder,
                addressee=addressee,
                sources=sources.get(str(row["id"]), ()),
            )
            yield StoredClaim(
                article_id=str(row["article_id"]),
                published=row["published"],
                outlet=None if row["outlet"] is None else str(row["outlet"]),
                claim=claim,
            )

    def counts(self) -> StoreCounts:
        """Count the rows of every table."""
        count = sa.func.count()
        with self._connect() as conn:

            def rows(table: sa.Table, *where: sa.ColumnElement[bool]) -> int:
                return int(
                    conn.scalar(sa.select(count).select_from(table).where(*where)) or 0
                )

            return StoreCounts(
                articles=rows(schema.articles),
                claims=rows(schema.claims),
                sources=rows(schema.sources),
                actors=rows(schema.actors),
                inputs=rows(schema.inputs),
                failed_inputs=rows(
                    schema.inputs, schema.inputs.c.status != str(Status.OK)
                ),
            )

    # -- plumbing -------------------------------------------------------------------

    def _require_engine(self) -> Engine:
        if self._engine is None:
            raise StoreError(f"the store {self._shown} is closed")
        return self._engine

    def _connect(self) -> _ReadConnection:
        return _ReadConnection(self._require_engine(), self._shown)


class _ReadConnection:
    """A read connection whose database errors surface as :class:`StoreError`."""

    def __init__(self, engine: Engine, shown: str) -> None:
        self._engine = engine
        self._shown = shown
        self._conn: Connection | None = None

    def __enter__(self) -> Connection:
        try:
            self._conn = self._engine.connect()
        except sa.exc.SQLAlchemyError as e:
            raise self._wrap(e) from e
        return self._conn

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._conn is not None:
            self._conn.close()
        if isinstance(exc, sa.exc.SQLAlchemyError):
            raise self._wrap(exc) from exc

    def _wrap(self, e: sa.exc.SQLAlchemyError) -> StoreError:
        line = describe_error(e, url=self._engine.url)
        return StoreError(f"cannot read {self._shown}: {line}")


def _write_claims(
    conn: Connection, article_id: str, pairs: list[tuple[str, Claim]]
) -> None:
    actors: dict[str, Actor] = {}
    for _, claim in pairs:
        for party in (claim.holder, claim.addressee):
            if party is not None:
                actors.setdefault(party.id, party)
    _sql.upsert_many(
        conn, schema.actors, [_rows.actor_row(a) for a in actors.values()], keys=("id",)
    )
    conn.execute(
        sa.insert(schema.claims),
        [_rows.claim_row(cid, article_id, c) for cid, c in pairs],
    )
    source_rows = [row for cid, c in pairs for row in _rows.source_rows(cid, c)]
    if source_rows:
        conn.execute(sa.insert(schema.sources), source_rows)


def _load_sources(
    conn: Connection, claim_ids: list[str]
) -> dict[str, tuple[Source, ...]]:
    found: dict[str, list[Source]] = {}
    t = schema.sources
    for i in range(0, len(claim_ids), _CHUNK):
        chunk = claim_ids[i : i + _CHUNK]
        stmt = (
            sa.select(t)
            .where(t.c.claim_id.in_(chunk))
            .order_by(t.c.claim_id, t.c.position)
        )
        for row in conn.execute(stmt).mappings():
            found.setdefault(str(row["claim_id"]), []).append(
                _rows.source_from_row(row)
            )
    return {cid: tuple(items) for cid, items in found.items()}


def _has_issue(row: sa.RowMapping, issue: str | None) -> bool:
    if issue is None:
        return True
    issues = row["issues"]
    return isinstance(issues, list) and issue in issues


def _input_hash(result: ArticleResult) -> str:
    """The input's hash; without one, the article's content hash, else ``""``."""
    if result.input_hash:
        return result.input_hash
    return result.article.content_hash if result.article is not None else ""
