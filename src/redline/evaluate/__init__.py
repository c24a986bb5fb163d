"""evaluate stage: scores for extraction and claims against gold annotations."""

from redline.evaluate.extraction import (
    SHINGLE_SIZE,
    CorpusScore,
    PageScore,
    corpus_f1,
    make_page_dump,
    page_scores,
    shingles,
)

__all__ = [
    "SHINGLE_SIZE",
    "CorpusScore",
    "PageScore",
    "corpus_f1",
    "make_page_dump",
    "page_scores",
    "shingles",
]
