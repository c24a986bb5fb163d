"""Stable hashed keys for the feature names of shipped models.

Shipped weights are keyed by a hash of each feature name, not the name: the names
come from research-only training text (PLV, PolNeAR) that the package must not carry.
"""

from __future__ import annotations

import hashlib

__all__ = ["feature_key"]

_KEY_PREFIX = "h:"


def feature_key(name: str) -> str:
    """The stable hashed key of a feature name (keys map to themselves)."""
    if name.startswith(_KEY_PREFIX):
        return name
    digest = hashlib.blake2b(name.encode("utf-8"), digest_size=8).hexdigest()
    return _KEY_PREFIX + digest
