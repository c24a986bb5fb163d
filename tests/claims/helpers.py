"""Small helpers shared by the claim tests."""

from collections.abc import Iterable

from redline.model import Claim


def positions(claims: Iterable[Claim]) -> set[tuple[str, str]]:
    """(action, holder id) of every claim that takes a stance (not a plain ``state``)."""
    return {(c.action, c.holder.id) for c in claims if c.action != "state"}


def contents_of(claims: Iterable[Claim], action: str, holder: str) -> list[str]:
    """The contents of the claims with this action and holder id, in text order."""
    return [c.content for c in claims if (c.action, c.holder.id) == (action, holder)]
