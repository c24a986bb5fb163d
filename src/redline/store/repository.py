"""The store's repository: one write path; reads return :mod:`redline.model` records.

:meth:`Store.save` writes one article, its report, actors, claims and sources, and the
input log entry in a single transaction. Re-saving is idempotent: an article or report
is identified by its content hash, a claim by a hash of its identity (see
:func:`_rows.claim_id`), an input by ``(source, input_hash)``.

A near-duplicate of a stored ok article (MinHash/LSH over word 5-grams, estimated
Jaccard similarity at least the store's threshold; see :mod:`redline.dedup`) is not
stored again: it adds a ``reports`` row for its outlet and URL to the original, so a
claim run by five outlets is one claim with five reports.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Self

import sqlalchemy as sa

from redline.dedup.minhash import NUM_PERM, NearDuplicateIndex, signature
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

__all__ = ["Report", "SaveOutcome", "Store", "StoreCounts", "StoredClaim"]

_REPORT_KEYS = ("content_hash", "source")
logger = logging.getLogger(__name__)

_CHUNK = 500  # ids per IN (...) list when loading sources

#: Estimated Jaccard similarity from which an article is a near-duplicate.
DEFAULT_NEAR_DUPLICATE_THRESHOLD = 0.8


class SaveOutcome(StrEnum):
    """What :meth:`Store.save` did with one result."""

    INSERTED = "inserted"
    LINKED = "linked"
    UNCHANGED = "unchanged"
    RECORDED = "recorded"


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredClaim:
    """A stored claim with the article facts needed to list it.

    ``reports`` is the number of places its article was read: the original and each
    near-duplicate linked to it (other outlets, URLs, re-runs with edits).
    """

    article_id: str
    published: datetime | None
    outlet: str | None
    claim: Claim
    reports: int = 1


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """One place an article was read: its own source, or a near-duplicate's."""

    source: str
    url: str | None
    outlet: str | None
    published: datetime | None


@dataclass(frozen=True, slots=True, kw_only=True)
class StoreCounts:
    """Row counts of the store; ``failed_inputs`` are inputs whose status is not ok."""

    articles: int
    claims: int
    sources: int
    actors: int
    inputs: int
    failed_inputs: int
    reports: int = 0


class Store:
    """An opened, migrated store. Use :meth:`open`; close it or use it as a context."""

    def __init__(
        self,
        engine: Engine,
        *,
        near_duplicate_threshold: float = DEFAULT_NEAR_DUPLICATE_THRESHOLD,
    ) -> None:
        """Wrap ``engine``, which must point at a database migrated to head.

        Args:
            engine: the database.
            near_duplicate_threshold: the estimated Jaccard similarity from which an
                ok article is linked to a stored one instead of being stored.

        Raises:
            ValueError: the threshold is not in (0, 1].
        """
        self._engine: Engine | None = engine
        self._shown = mask_url(engine.url)
        self._index = NearDuplicateIndex(near_duplicate_threshold, num_perm=NUM_PERM)
        self._index_loaded = 0  # highest minhashes.id in the index

    @classmethod
    def open(
        cls,
        url: str | URL,
        *,
        tracer: Callable[[str, object], None] | None = None,
        near_duplicate_threshold: float = DEFAULT_NEAR_DUPLICATE_THRESHOLD,
    ) -> Self:
        """Open the store at ``url``, creating or migrating its schema as needed.

        Args:
            url: an SQLAlchemy database URL, e.g. ``sqlite:///redline.db``.
            tracer: called with each SQL statement and its parameters before it runs.
            near_duplicate_threshold: see :class:`Store`.

        Raises:
            StoreError: the URL is bad or the database unreachable.
            MigrationError: the schema could not be brought to head.
        """
        engine = connect_engine(url, tracer=tracer)
        try:
            upgrade_engine(engine)
            return cls(engine, near_duplicate_threshold=near_duplicate_threshold)
        except BaseException:
            engine.dispose()
            raise

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

        An article already stored or linked (same content hash) is left as it is and
        its claims are not written again (``unchanged``). An ok article that is a
        near-duplicate of a stored ok article gets a ``reports`` row pointing at that
        original, and neither it nor its claims are stored (``linked``). Otherwise the
        article is stored with its own report row and signature (``inserted``). A
        result without an article is logged in ``inputs`` with its status and message.
        An article with another status (``lang``) is stored with that status, without
        claims and without a signature, and is never matched. Every call upserts the
        input's ``inputs`` row, pointing at the article stored or linked to.

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
        reported = conn.scalar(
            sa.select(schema.reports.c.article_id).where(
                schema.reports.c.content_hash == article.content_hash,
                schema.reports.c.source == article.source,
            )
        )
        if reported is not None:
            return SaveOutcome.UNCHANGED, str(reported)
        same_text = conn.scalar(
            sa.select(schema.reports.c.article_id).where(
                schema.reports.c.content_hash == article.content_hash
            )
        )
        if same_text is not None:
            # The same text from another source or outlet: one more report of it.
            report = _rows.report_row(str(same_text), article, first_seen=now)
            _sql.insert_new(conn, schema.reports, report, keys=_REPORT_KEYS)
            return SaveOutcome.LINKED, str(same_text)
        sig: bytes | None = None
        if result.status is Status.OK:
            sig = signature(article.text, num_perm=NUM_PERM)
            original = self._find_original(conn, sig)
            if original is not None:
                report = _rows.report_row(original, article, first_seen=now)
                if _sql.insert_new(conn, schema.reports, report, keys=_REPORT_KEYS):
                    return SaveOutcome.LINKED, original
                return SaveOutcome.UNCHANGED, original
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
        _sql.insert_new(
            conn,
            schema.reports,
            _rows.report_row(article.id, article, first_seen=now),
            keys=_REPORT_KEYS,
        )
        if sig is not None:
            conn.execute(
                sa.insert(schema.minhashes).values(
                    article_id=article.id, num_perm=NUM_PERM, signature=sig
                )
            )
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

    def _find_original(self, conn: Connection, sig: bytes) -> str | None:
        """The stored ok article ``sig`` is a near-duplicate of, if any.

        Loads the signatures stored since the last call (by this or another process)
        into the index first; ids whose article is gone are dropped from it.
        """
        m = schema.minhashes
        fresh = conn.execute(
            sa.select(m.c.id, m.c.article_id, m.c.signature)
            .where(m.c.id > self._index_loaded, m.c.num_perm == NUM_PERM)
            .order_by(m.c.id)
        ).all()
        for row in fresh:
            self._index.add_signature(str(row.article_id), bytes(row.signature))
            self._index_loaded = max(self._index_loaded, int(row.id))
        candidates = self._index.matches(sig)
        if not candidates:
            return None
        present = {
            str(i)
            for i in conn.scalars(
                sa.select(schema.articles.c.id).where(
                    schema.articles.c.id.in_(candidates)
                )
            )
        }
        for article_id in candidates:
            if article_id in present:
                return article_id
            self._index.remove(article_id)
        return None

    # -- reads ----------------------------------------------------------------------

    def reports(self, article_id: str) -> tuple[Report, ...]:
        """Where article ``article_id`` was read: its own report first, then copies.

        Empty if the article is not stored.
        """
        t = schema.reports
        stmt = (
            sa.select(t.c.source, t.c.url, t.c.outlet, t.c.published)
            .where(t.c.article_id == article_id)
            .order_by(t.c.id)
        )
        with self._connect() as conn:
            rows = conn.execute(stmt).all()
        return tuple(
            Report(
                source=str(r.source),
                url=None if r.url is None else str(r.url),
                outlet=None if r.outlet is None else str(r.outlet),
                published=r.published,
            )
            for r in rows
        )

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
                reports=int(row["reports"] or 0),
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
                reports=rows(schema.reports),
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
