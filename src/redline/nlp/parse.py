"""Turn spaCy ``Doc`` objects into plain, picklable parse records."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from redline.nlp.load import load_nlp

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["ParsedText", "Token", "lemma_fixes", "parse_texts"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Token:
    """One token: text, offsets, tags, dependency arc and entity label."""

    i: int
    text: str
    idx: int
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    ent_type: str
    ent_iob: str
    sent: int
    like_num: bool

    @property
    def end(self) -> int:
        """Character offset just past the token."""
        return self.idx + len(self.text)


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedText:
    """A parsed text: tokens, sentence boundaries (token ranges) and children."""

    text: str
    tokens: tuple[Token, ...]
    sents: tuple[tuple[int, int], ...]
    children: tuple[tuple[int, ...], ...]


@functools.cache
def lemma_fixes() -> Mapping[str, str]:
    """The bundled form → lemma table (``data/lemma_fixes.toml``), lower case."""
    raw = resources.files("redline.nlp").joinpath("data/lemma_fixes.toml").read_text()
    return {str(k): str(v) for k, v in tomllib.loads(raw)["lemmas"].items()}


def _convert(doc: Doc) -> ParsedText:
    fixes = lemma_fixes()
    sent_of: dict[int, int] = {}
    sents: list[tuple[int, int]] = []
    for n, sent in enumerate(doc.sents):
        sents.append((sent.start, sent.end))
        for i in range(sent.start, sent.end):
            sent_of[i] = n
    tokens = tuple(
        Token(
            i=t.i,
            text=t.text,
            idx=t.idx,
            lemma=fixes.get(t.lower_, t.lemma_),
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            ent_type=t.ent_type_,
            ent_iob=t.ent_iob_,
            sent=sent_of.get(t.i, 0),
            like_num=bool(t.like_num),
        )
        for t in doc
    )
    kids: list[list[int]] = [[] for _ in tokens]
    for t in tokens:
        if t.head != t.i:
            kids[t.head].append(t.i)
    return ParsedText(
        text=doc.text,
        tokens=tokens,
        sents=tuple(sents),
        children=tuple(tuple(k) for k in kids),
    )


def parse_texts(
    texts: Iterable[str], *, nlp: Language | None = None, batch_size: int = 16
) -> Iterator[ParsedText]:
    """Parse texts in batches (``batch_size`` ≤ 32 keeps memory flat)."""
    pipeline = nlp if nlp is not None else load_nlp()
    for doc in pipeline.pipe(texts, batch_size=min(batch_size, 32)):
        yield _convert(doc)
