"""The gold-file format (``expected.json``), validated at the trust boundary."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["GoldDoc", "GoldFile", "GoldItem", "GoldSource"]


class GoldSource(BaseModel):
    """Who reported a gold claim."""

    model_config = ConfigDict(extra="allow", frozen=True)

    description: str | None = None
    count: int | None = None
    anonymous: bool | None = None
    affiliation: str | None = None


class GoldItem(BaseModel):
    """One gold claim; ``evidence`` is a short exact substring of the article text."""

    model_config = ConfigDict(extra="allow", frozen=True)

    evidence: str
    holder: str | None = None
    stance: str | None = None
    addressee: str | None = None
    target: str | None = None
    issue: str | None = None
    content: str | None = None
    reported_by: GoldSource | None = None
    when: str | None = None
    historical: bool | None = None
    who: str | None = None


class GoldDoc(BaseModel):
    """Which article a gold file describes: a file, or a record of a corpus."""

    model_config = ConfigDict(extra="allow", frozen=True)

    file: str | None = None
    record: str | None = None
    dataset: str | None = None
    id: str | None = None
    title: str | None = None


class GoldFile(BaseModel):
    """A whole gold file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    about: str | None = None
    file: str | None = None
    split: str | None = None
    doc: GoldDoc
    article: dict[str, object] | None = None
    positions: list[GoldItem] = Field(default_factory=list)
    threats: list[GoldItem] = Field(default_factory=list)
    no_comment: list[GoldItem] = Field(default_factory=list)
    historical_positions: list[GoldItem] = Field(default_factory=list)
    other_true_claims: list[GoldItem] = Field(default_factory=list)
