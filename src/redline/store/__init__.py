"""The store stage: articles, claims and the input log in SQLite or PostgreSQL.

SQLAlchemy Core with Alembic migrations shipped in the package; opening a store
migrates it to the newest schema.
"""

from __future__ import annotations

from redline.store.migrations import migrate
from redline.store.repository import SaveOutcome, Store, StoreCounts, StoredClaim

__all__ = ["SaveOutcome", "Store", "StoreCounts", "StoredClaim", "migrate"]
