"""The store stage: articles, claims and the input log in SQLite or PostgreSQL.

SQLAlchemy Core with Alembic migrations shipped in the package; opening a store
migrates it to the newest schema. Near-duplicates of a stored article (syndicated
copies, re-runs with edits) are linked to it as further reports, not stored again.
"""

from __future__ import annotations

from redline.store.migrations import migrate
from redline.store.repository import (
    Report,
    SaveOutcome,
    Store,
    StoreCounts,
    StoredClaim,
)

__all__ = ["Report", "SaveOutcome", "Store", "StoreCounts", "StoredClaim", "migrate"]
