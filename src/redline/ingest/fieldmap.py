"""Which record fields (JSONL keys, CSV columns) hold an article's text and metadata.

A :class:`FieldMap` names one field per role. A role left at its default also
accepts the historical alternatives (``text`` or ``body``; ``published`` or
``date``), so ``FieldMap()`` reads the same records as before field mapping existed.
A role set to another name reads only that field.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["FieldMap"]

_FALLBACKS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body"),
    "date": ("published", "date"),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldMap:
    """The record field for each role; defaults keep the built-in alternatives."""

    text: str = "text"
    title: str = "title"
    date: str = "date"
    id: str = "id"
    url: str = "url"
    outlet: str = "outlet"
    dateline: str = "dateline"

    def candidates(self, role: str) -> tuple[str, ...]:
        """The field names tried, in order, for ``role`` (e.g. ``"text"``)."""
        name: str = getattr(self, role)
        default = next(f.default for f in fields(self) if f.name == role)
        if name == default:
            return _FALLBACKS.get(role, (name,))
        return (name,)

    def first(self, record: Mapping[str, object], role: str) -> object:
        """The first non-empty value for ``role`` in ``record``, else ``None``."""
        for name in self.candidates(role):
            value = record.get(name)
            if value is not None and value != "":
                return value
        return None

    @classmethod
    def from_options(
        cls,
        *,
        text: str | None = None,
        title: str | None = None,
        date: str | None = None,
        id: str | None = None,  # noqa: A002 - mirrors the field name
        url: str | None = None,
        outlet: str | None = None,
        dateline: str | None = None,
    ) -> FieldMap | None:
        """A map from command-line options; ``None`` when none was given."""
        given = {
            k: v
            for k, v in {
                "text": text,
                "title": title,
                "date": date,
                "id": id,
                "url": url,
                "outlet": outlet,
                "dateline": dateline,
            }.items()
            if v is not None
        }
        return cls(**given) if given else None
