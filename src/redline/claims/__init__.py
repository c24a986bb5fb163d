"""Claims stage: speech acts, actors, sources, conditions and dates → Claim records."""

from redline.claims.extract import EXTRACTOR, extract_claims
from redline.claims.lexicon import Lexicon, load_lexicon

__all__ = ["EXTRACTOR", "Lexicon", "extract_claims", "load_lexicon"]
