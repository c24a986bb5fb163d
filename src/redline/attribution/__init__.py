"""Attribution stage: find source, cue and content spans over a dependency parse."""

from redline.attribution.model import Attribution, CharSpan
from redline.attribution.spans import find_attributions

__all__ = ["Attribution", "CharSpan", "find_attributions"]
