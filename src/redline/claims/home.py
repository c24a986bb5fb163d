"""The state an article with no dateline is about, read from the actors it names.

A wire story that starts "(Reuters) - Republicans in the U.S. Congress ..." says
nowhere where it was filed, yet "the House" and "the Senate" in it are the U.S.
chambers. When neither a dateline nor a national outlet gives a home state, the
state whose actors the text names most often stands in, if it clearly leads.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from redline.claims._mention import Mention
from redline.claims.registry import Registry
from redline.model import ActorKind

__all__ = ["text_home_state"]

# the leader needs this many mentions, and this many times the runner-up's
MIN_MENTIONS = 3
LEAD = 2
# to overrule a national outlet's state ("BBC News" on India's budget)
STRICT_MENTIONS = 4
STRICT_LEAD = 3


def text_home_state(
    mentions: Iterable[Mention], registry: Registry, *, strict: bool = False
) -> str | None:
    """The id of the state the mentions name most, by itself or its bodies.

    ``strict`` asks for a wider lead (``STRICT_MENTIONS`` and ``STRICT_LEAD``), to
    overrule a national outlet's home state.
    """
    least, lead = (STRICT_MENTIONS, STRICT_LEAD) if strict else (MIN_MENTIONS, LEAD)
    counts: Counter[str] = Counter()
    for m in mentions:
        if m.resolved is None or m.form == "demonym":
            continue
        entry = registry.entry(m.resolved.actor.id)
        if entry is None:
            continue
        if entry.kind is ActorKind.STATE:
            counts[entry.id] += 1
        elif entry.acts_for is not None:
            owner = registry.entry(entry.acts_for)
            if owner is not None and owner.kind is ActorKind.STATE:
                counts[owner.id] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < least:
        return None
    if len(ranked) > 1 and ranked[0][1] < lead * ranked[1][1]:
        return None
    return ranked[0][0]
