"""A long wire story, a syndicated copy of it and an unrelated story."""

from __future__ import annotations

_BODY = (
    (
        "Russia demanded that Ukraine withdraw its troops from the border region before "
        "any new round of talks, officials in Moscow said on Tuesday, raising the stakes "
        "in a standoff that has unsettled governments across the continent."
    ),
    (
        "The European Union warned Russia against new strikes on energy infrastructure "
        "and said it was ready to impose further sanctions if the attacks continued "
        "through the winter months, according to a statement issued after a meeting of "
        "foreign ministers in Brussels."
    ),
    (
        "Ukrainian officials rejected the demand as an attempt to dictate terms, saying "
        "that their forces would remain in place as long as the threat to civilians in "
        "the eastern provinces persisted and that any withdrawal would have to be "
        "matched by Russian units."
    ),
    (
        "Diplomats familiar with the discussions said the two sides had exchanged "
        "proposals through intermediaries in Turkey and Qatar but that no date had been "
        "set for a meeting, and that the gap between their positions on security "
        "guarantees remained wide."
    ),
    (
        "Analysts said the latest demand was likely aimed at domestic audiences as much "
        "as at Kyiv, noting that the Kremlin has repeatedly used public ultimatums to "
        "signal resolve ahead of negotiations while leaving room for compromise behind "
        "closed doors."
    ),
    (
        "The United Nations called on all parties to exercise restraint and to protect "
        "civilians, and its humanitarian agencies said they were preparing for a further "
        "rise in the number of people displaced by the fighting along the front line."
    ),
)

ORIGINAL = "\n\n".join(
    (
        (
            "MOSCOW (Reuters) - A senior Russian diplomat set out Moscow's conditions "
            "for talks on Tuesday in the sharpest terms yet."
        ),
        *_BODY,
    )
)

# Another outlet: its own opening paragraph (no dateline, no headline) and a few
# words edited further down.
COPY = (
    "\n\n".join(
        (
            "Moscow has laid out its terms for negotiations, a top diplomat said.",
            *_BODY,
        )
    )
    .replace("on Tuesday, raising", "on Tuesday, heightening")
    .replace("in Turkey and Qatar", "in Turkey and in Qatar")
)

UNRELATED = (
    "Heavy rain flooded parts of the capital on Sunday, closing schools and "
    "cutting power to thousands of homes, the city's emergency services said. "
    "Forecasters expect the storms to move east by Wednesday, and residents of "
    "low-lying districts were told to prepare sandbags and avoid the river banks "
    "while crews cleared drains blocked by debris from the overnight downpour."
)
