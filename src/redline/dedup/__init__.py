"""Near-duplicate detection: MinHash signatures and an LSH index over them.

A syndicated copy of a stored article (another outlet, a changed first paragraph, a
few edited words) is found by :class:`NearDuplicateIndex` so that the store can link it
to the original instead of storing it again.
"""

from __future__ import annotations

from redline.dedup.minhash import NearDuplicateIndex, jaccard, shingles, signature

__all__ = ["NearDuplicateIndex", "jaccard", "shingles", "signature"]
