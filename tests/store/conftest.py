"""Fixtures for store tests: a fresh SQLite store per test."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from redline.store import Store

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A URL for a store file in a folder that does not exist yet."""
    return f"sqlite:///{tmp_path / 'db' / 'redline.db'}"


@pytest.fixture
def store(sqlite_url: str) -> Iterator[Store]:
    with Store.open(sqlite_url) as opened:
        yield opened
