"""NLP stage: build the spaCy pipeline once and turn texts into plain parse records.

spaCy objects never leave this package: :func:`parse_texts` returns
:class:`ParsedText` records (tokens with heads, labels and character offsets) that the
claims stage reads.
"""

from redline.nlp.load import MODEL_NAME, load_nlp
from redline.nlp.parse import ParsedText, Token, parse_texts

__all__ = ["MODEL_NAME", "ParsedText", "Token", "load_nlp", "parse_texts"]
