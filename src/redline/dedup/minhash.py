r"""MinHash signatures of article bodies and an LSH index of near-duplicates.

A body is normalised to its lower-case ``\w+`` words; its shingles are the word
5-grams (a body of fewer words is one shingle). A signature is the MinHash of those
shingles (datasketch, scheme ``affine32``, seed 1) packed as little-endian ``uint32``
bytes, so it is the same in every process and can be stored and reloaded.

datasketch (and numpy, scipy under it) is imported on first use, not at import time.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "NUM_PERM",
    "SHINGLE_WORDS",
    "NearDuplicateIndex",
    "jaccard",
    "shingles",
    "signature",
]

#: Permutations per signature; a signature is ``4 * NUM_PERM`` bytes.
NUM_PERM = 128
#: Words per shingle.
SHINGLE_WORDS = 5

_SEED = 1
_SCHEME = "affine32"
_DTYPE = "<u4"
_EMPTY = 0xFFFFFFFF  # every hash value of the empty set's signature (affine32)
_CANDIDATE_MARGIN = 0.1  # LSH threshold below the match threshold
_CANDIDATE_WEIGHTS = (0.1, 0.9)  # false positives, false negatives
_WORD = re.compile(r"\w+")


def shingles(text: str, *, size: int = SHINGLE_WORDS) -> set[str]:
    r"""The word ``size``-grams of the lower-cased ``\w+`` words of ``text``."""
    words = _WORD.findall(text.lower())
    if not words:
        return set()
    if len(words) <= size:
        return {" ".join(words)}
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str, *, num_perm: int = NUM_PERM) -> bytes:
    """The MinHash signature of ``text``'s shingles as ``4 * num_perm`` bytes.

    A text without words gets the signature of the empty set, which matches nothing.
    """
    import numpy as np  # noqa: PLC0415
    from datasketch import MinHash  # type: ignore[import-untyped]  # noqa: PLC0415

    mh = MinHash(num_perm=num_perm, seed=_SEED, scheme=_SCHEME)
    mh.update_batch([s.encode("utf-8") for s in sorted(shingles(text))])
    return bytes(np.asarray(mh.hashvalues).astype(_DTYPE).tobytes())


def jaccard(a: bytes, b: bytes) -> float:
    """The Jaccard similarity estimated from two signatures of the same length."""
    if len(a) != len(b):
        msg = f"signatures differ in length: {len(a)} and {len(b)} bytes"
        raise ValueError(msg)
    import numpy as np  # noqa: PLC0415

    left = np.frombuffer(a, dtype=_DTYPE)
    right = np.frombuffer(b, dtype=_DTYPE)
    if _is_empty(left) or _is_empty(right):
        return 0.0
    return float(np.count_nonzero(left == right)) / float(len(left))


def _is_empty(values: Any) -> bool:  # noqa: ANN401  # a numpy array; numpy is lazy
    """Whether ``values`` is the signature of the empty set (all at the maximum)."""
    return bool((values == _EMPTY).all())


class NearDuplicateIndex:
    """Article ids by signature; :meth:`find` returns a stored near-duplicate.

    Wraps :class:`datasketch.MinHashLSH`: LSH proposes candidates (tuned below
    ``threshold`` so that it rarely misses one), and a candidate counts only if its
    estimated Jaccard similarity is at least ``threshold``. Build it
    from stored signatures with :meth:`add_signature` so that later runs and other
    processes see the articles stored before.
    """

    def __init__(self, threshold: float = 0.8, *, num_perm: int = NUM_PERM) -> None:
        """An empty index matching at Jaccard ``threshold`` or more."""
        if not 0.0 < threshold <= 1.0:
            msg = f"threshold must be in (0, 1], got {threshold}"
            raise ValueError(msg)
        from datasketch import MinHashLSH  # noqa: PLC0415

        self.threshold = threshold
        self.num_perm = num_perm
        # LSH misses many pairs just above its own threshold (the S-curve is steep
        # there), so it proposes candidates from a lower one, weighted against false
        # negatives, and the estimate decides: at 0.8 a pair estimated at 0.8 is a
        # candidate with probability ~0.998 (20 bands of 6 rows), not ~0.4.
        self._lsh: Any = MinHashLSH(
            threshold=max(threshold - _CANDIDATE_MARGIN, 0.05),
            num_perm=num_perm,
            weights=_CANDIDATE_WEIGHTS,
        )
        self._signatures: dict[str, bytes] = {}
        self._order: dict[str, int] = {}

    def __len__(self) -> int:
        """The number of articles in the index."""
        return len(self._signatures)

    def __contains__(self, article_id: object) -> bool:
        """Whether ``article_id`` is in the index."""
        return article_id in self._signatures

    def add(self, article_id: str, text: str) -> None:
        """Add the article ``article_id`` with body ``text``."""
        self.add_signature(article_id, signature(text, num_perm=self.num_perm))

    def add_signature(self, article_id: str, sig: bytes) -> None:
        """Add a signature made by :func:`signature`; a known id is left as it is.

        Raises:
            ValueError: ``sig`` has another number of permutations than the index.
        """
        if article_id in self._signatures:
            return
        self._check(sig)
        if not _is_empty(_values(sig)):
            self._lsh.insert(article_id, _lean(sig))
        self._order[article_id] = len(self._order)
        self._signatures[article_id] = sig

    def remove(self, article_id: str) -> None:
        """Drop ``article_id`` from the index; an unknown id is ignored."""
        if self._signatures.pop(article_id, None) is None:
            return
        self._order.pop(article_id, None)
        if article_id in self._lsh:
            self._lsh.remove(article_id)

    def find(self, text: str) -> str | None:
        """The id of a stored near-duplicate of ``text``, or ``None``."""
        return self.find_signature(signature(text, num_perm=self.num_perm))

    def find_signature(self, sig: bytes) -> str | None:
        """The id of the most similar stored article at or above the threshold.

        Ties go to the article added first, so the original wins over later copies.
        """
        return next(iter(self.matches(sig)), None)

    def matches(self, sig: bytes) -> list[str]:
        """Ids at or above the threshold, most similar (then earliest added) first."""
        self._check(sig)
        if _is_empty(_values(sig)):
            return []
        scored: list[tuple[float, int, str]] = []
        for key in self._lsh.query(_lean(sig)):
            article_id = str(key)
            score = jaccard(sig, self._signatures[article_id])
            if score >= self.threshold:
                scored.append((-score, self._order[article_id], article_id))
        return [article_id for _, _, article_id in sorted(scored)]

    def extend(self, items: Iterable[tuple[str, bytes]]) -> None:
        """:meth:`add_signature` each ``(article_id, signature)`` pair."""
        for article_id, sig in items:
            self.add_signature(article_id, sig)

    def _check(self, sig: bytes) -> None:
        if len(sig) != 4 * self.num_perm:
            msg = (
                f"a signature of {len(sig)} bytes does not fit an index of "
                f"{self.num_perm} permutations"
            )
            raise ValueError(msg)


def _values(sig: bytes) -> Any:  # noqa: ANN401  # a numpy array; numpy is lazy
    import numpy as np  # noqa: PLC0415

    return np.frombuffer(sig, dtype=_DTYPE)


def _lean(sig: bytes) -> Any:  # noqa: ANN401  # datasketch is untyped
    from datasketch import LeanMinHash  # noqa: PLC0415

    return LeanMinHash(seed=_SEED, hashvalues=_values(sig), scheme=_SCHEME)
