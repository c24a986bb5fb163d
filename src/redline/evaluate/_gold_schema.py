"""Schemas at the scorer's trust boundaries: gold files and saved extractor output.

Gold files (the seed's ``expected.json`` format) are validated strictly: an unknown
key is an error, because a misspelt ``holder`` or ``stance`` would otherwise silently
loosen or break the matching. Claims read back from ``redline extract --json`` output
are validated for the fields the scorer uses; the contract's other fields are ignored.
"""

from __future__ import annotations

from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from redline.model import ACTIONS

__all__ = [
    "ContractActor",
    "ContractClaim",
    "ContractSource",
    "ContractSpan",
    "GoldDoc",
    "GoldFile",
    "GoldItem",
    "GoldSource",
]

_WHEN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class GoldSource(BaseModel):
    """Who reported a gold claim."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    description: str | None = None
    count: int | None = Field(default=None, ge=1)
    anonymous: bool | None = None
    affiliation: str | None = None


class GoldItem(BaseModel):
    """One gold claim; ``evidence`` is a short exact substring of the article text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    evidence: str = Field(min_length=1)
    holder: str | None = None
    stance: str | None = None
    addressee: str | None = None
    target: str | None = None
    issue: str | None = None
    content: str | None = None
    reported_by: GoldSource | None = None
    when: str | None = Field(default=None, pattern=_WHEN)
    historical: bool | None = None
    who: str | None = None
    change: Literal["new", "hardened", "softened", "dropped"] | None = None
    also_holders: tuple[str, ...] = ()
    also_addressees: tuple[str, ...] = ()
    also_targets: tuple[str, ...] = ()

    @field_validator("stance")
    @classmethod
    def _known_stance(cls, value: str | None) -> str | None:
        if value is not None and value not in ACTIONS:
            raise ValueError(f"unknown stance {value!r}; one of {', '.join(ACTIONS)}")
        return value


class GoldDoc(BaseModel):
    """Which article a gold file describes: a file, or a record of a corpus."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    file: str | None = None
    record: str | None = None
    dataset: str | None = None
    id: str | None = None
    title: str | None = None

    @model_validator(mode="after")
    def _names_an_article(self) -> Self:
        if (self.file is None) == (self.dataset is None):
            raise ValueError("doc needs exactly one of 'file' or 'dataset'")
        if self.dataset is not None and self.id is None:
            raise ValueError("a 'dataset' doc needs an 'id'")
        return self


_REQUIRED_KEYS: dict[str, tuple[str, ...]] = {
    "positions": ("holder", "stance"),
    "threats": ("holder",),
    "no_comment": (),
    "historical_positions": ("holder", "stance", "when"),
    "other_true_claims": ("stance",),
}


class GoldFile(BaseModel):
    """A whole gold file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    about: str | None = None
    file: str | None = None
    split: Literal["tuning", "heldout"] | None = None
    doc: GoldDoc
    article: dict[str, object] | None = None
    positions: list[GoldItem] = Field(default_factory=list)
    threats: list[GoldItem] = Field(default_factory=list)
    no_comment: list[GoldItem] = Field(default_factory=list)
    historical_positions: list[GoldItem] = Field(default_factory=list)
    other_true_claims: list[GoldItem] = Field(default_factory=list)

    @model_validator(mode="after")
    def _sections_have_their_keys(self) -> Self:
        problems = [
            f"{section}[{index}] has no {key!r}"
            for section, keys in _REQUIRED_KEYS.items()
            for index, item in enumerate(getattr(self, section))
            for key in keys
            if getattr(item, key) is None
        ]
        if problems:
            raise ValueError("; ".join(problems))
        return self


class ContractActor(BaseModel):
    """The part of a contract actor the scorer reads."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str


class ContractSource(BaseModel):
    """The part of a contract source the scorer reads."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    anonymous: bool
    count: int | None = None


class ContractSpan(BaseModel):
    """A claim's evidence span: character offsets into ``article.text``."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class ContractClaim(BaseModel):
    """The part of a ``redline extract --json`` claim object the scorer reads."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    action: str
    holder: ContractActor
    issues: tuple[str, ...] = ()
    sources: tuple[ContractSource, ...] = ()
    historical: bool = False
    negated: bool = False
    when: str | None = None
    evidence: ContractSpan
