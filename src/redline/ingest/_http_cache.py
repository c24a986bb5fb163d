"""An on-disk cache of fetched bodies with their validators, for conditional requests.

Each URL is stored as two files named by the SHA-256 of the URL: ``<key>.body`` and
``<key>.json`` (URL, ``ETag``, ``Last-Modified``, content type). Only responses with a
validator are stored, since only they can be revalidated; a ``304 Not Modified`` then
serves the stored body. Files are written to a temporary name and renamed, so a
crashed run leaves no half-written entry; an unreadable entry is ignored.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CacheEntry", "HttpCache"]

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class CacheEntry:
    """The validators and content type stored for one URL."""

    url: str
    etag: str | None
    last_modified: str | None
    content_type: str | None

    def conditional_headers(self) -> dict[str, str]:
        """The ``If-None-Match`` / ``If-Modified-Since`` headers for revalidation."""
        headers: dict[str, str] = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


def _optional_str(data: dict[str, object], key: str) -> str | None:
    value = data.get(key)
    return value if isinstance(value, str) else None


class HttpCache:
    """Bodies and validators of earlier responses, in one directory."""

    def __init__(self, directory: Path) -> None:
        """Use (and create) ``directory``."""
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self.directory / f"{key}.json", self.directory / f"{key}.body"

    def lookup(self, url: str) -> CacheEntry | None:
        """The stored entry for ``url``, or ``None`` if there is none (or it is bad)."""
        meta_path, body_path = self._paths(url)
        if not meta_path.is_file() or not body_path.is_file():
            return None
        try:
            data = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            logger.warning("ignoring unreadable cache entry %s: %s", meta_path, e)
            return None
        if not isinstance(data, dict) or data.get("url") != url:
            return None
        return CacheEntry(
            url=url,
            etag=_optional_str(data, "etag"),
            last_modified=_optional_str(data, "last_modified"),
            content_type=_optional_str(data, "content_type"),
        )

    def read_body(self, entry: CacheEntry) -> bytes | None:
        """The stored body for ``entry``, or ``None`` if it has gone."""
        _, body_path = self._paths(entry.url)
        try:
            return body_path.read_bytes()
        except OSError as e:
            logger.warning("cannot read cached body %s: %s", body_path, e)
            return None

    def store(
        self,
        url: str,
        *,
        body: bytes,
        etag: str | None,
        last_modified: str | None,
        content_type: str | None,
    ) -> None:
        """Store a body if it has a validator; write failures are logged, not raised."""
        if not etag and not last_modified:
            return
        meta_path, body_path = self._paths(url)
        meta = {
            "url": url,
            "etag": etag,
            "last_modified": last_modified,
            "content_type": content_type,
        }
        try:
            self._write(body_path, body)
            self._write(meta_path, json.dumps(meta).encode("utf-8"))
        except OSError as e:
            logger.warning("cannot write cache entry for %s: %s", url, e)

    def _write(self, path: Path, data: bytes) -> None:
        fd, tmp = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            Path(tmp).replace(path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
            raise
