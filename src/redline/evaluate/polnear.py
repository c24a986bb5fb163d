"""Score attribution spans (source, cue, content) against PolNeAR brat annotations.

Input: a folder holding ``text/<article>.txt`` and ``attributions/<article>_<ann>.ann``
(one PolNeAR split as unpacked), or the split's ``.tar.gz`` read in place.

Scoring, per article and per annotator file:

- Gold spans of a role are the distinct spans (by fragments) that some attribution
  (``E`` line) gives that role; ``Content2`` counts as content. One source span shared
  by several attributions counts once; so does one predicted source span.
- A prediction's content is one span whose fragments are the prediction's content
  fragments.
- **Exact**: a predicted span matches a gold span with the same fragments.
- **Overlap**: the two spans share at least one character. Pairs are matched one to
  one, greedily by the number of shared characters (largest first, ties in text
  order), so one prediction cannot match two gold spans nor the reverse.
- Counts (matched, predicted, gold) are summed over articles (micro-average). Where an
  article has several annotators' files, it is scored against each and the counts
  of those files are averaged, so the article weighs as much as a singly annotated
  one.
"""

from __future__ import annotations

import tarfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from redline.attribution import Attribution, find_attributions
from redline.errors import AnnotationFormatError, NoArticlesFound, SourceNotFound
from redline.evaluate.brat import BratFile, parse_brat
from redline.nlp import load_nlp, parse_texts

__all__ = [
    "ROLES",
    "PolnearArticle",
    "PolnearReport",
    "RoleScore",
    "evaluate_polnear",
    "format_polnear_report",
    "load_polnear",
    "score_attributions",
]

ROLES: tuple[str, ...] = ("source", "cue", "content")
_ROLE_OF = {"Source": "source", "Cue": "cue", "Content": "content"}

Fragments = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class PolnearArticle:
    """One article: its text and every annotator's file for it."""

    name: str
    text: str
    files: tuple[BratFile, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Counts:
    """Matched (exact, overlap), predicted and gold span counts (may be averages)."""

    exact: float = 0.0
    overlap: float = 0.0
    predicted: float = 0.0
    gold: float = 0.0

    def __add__(self, other: Counts) -> Counts:
        """Sum two counts."""
        return Counts(
            exact=self.exact + other.exact,
            overlap=self.overlap + other.overlap,
            predicted=self.predicted + other.predicted,
            gold=self.gold + other.gold,
        )

    def scaled(self, factor: float) -> Counts:
        """Every count times ``factor``."""
        return Counts(
            exact=self.exact * factor,
            overlap=self.overlap * factor,
            predicted=self.predicted * factor,
            gold=self.gold * factor,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class RoleScore:
    """Precision, recall and F1 of one role, exact and overlap."""

    role: str
    exact_precision: float
    exact_recall: float
    exact_f1: float
    overlap_precision: float
    overlap_recall: float
    overlap_f1: float
    predicted: float
    gold: float


@dataclass(frozen=True, slots=True, kw_only=True)
class PolnearReport:
    """Scores over one PolNeAR folder."""

    articles: int
    files: int
    roles: tuple[RoleScore, ...]
    seconds: float

    def role(self, name: str) -> RoleScore:
        """The score of one role."""
        return next(r for r in self.roles if r.role == name)


def _merged(fragments: Iterable[tuple[int, int]]) -> Fragments:
    return tuple(sorted((s, e) for s, e in fragments if e > s))


def gold_spans(file: BratFile) -> dict[str, set[Fragments]]:
    """The distinct gold spans of each role in one annotator file."""
    out: dict[str, set[Fragments]] = {role: set() for role in ROLES}
    for attribution in file.attributions:
        if attribution.source is not None:
            out["source"].add(_merged(attribution.source.fragments))
        if attribution.cue is not None:
            out["cue"].add(_merged(attribution.cue.fragments))
        for content in attribution.content:
            out["content"].add(_merged(content.fragments))
    return {role: {f for f in spans if f} for role, spans in out.items()}


def predicted_spans(attributions: Sequence[Attribution]) -> dict[str, set[Fragments]]:
    """The distinct predicted spans of each role."""
    out: dict[str, set[Fragments]] = {role: set() for role in ROLES}
    for a in attributions:
        if a.source is not None:
            out["source"].add(_merged([(a.source.start, a.source.end)]))
        out["cue"].add(_merged([(a.cue.start, a.cue.end)]))
        out["content"].add(_merged((c.start, c.end) for c in a.content))
    return {role: {f for f in spans if f} for role, spans in out.items()}


def _shared(a: Fragments, b: Fragments) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def overlap_matches(predicted: set[Fragments], gold: set[Fragments]) -> int:
    """Greedy one-to-one matching by shared characters; returns the matched pairs."""
    pairs = sorted(
        (
            (-shared, p, g)
            for p in predicted
            for g in gold
            if (shared := _shared(p, g)) > 0
        ),
    )
    used_p: set[Fragments] = set()
    used_g: set[Fragments] = set()
    for _, p, g in pairs:
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
    return len(used_p)


def score_attributions(
    attributions: Sequence[Attribution], file: BratFile
) -> dict[str, Counts]:
    """Counts of each role for one prediction against one annotator file."""
    pred = predicted_spans(attributions)
    gold = gold_spans(file)
    return {
        role: Counts(
            exact=len(pred[role] & gold[role]),
            overlap=overlap_matches(pred[role], gold[role]),
            predicted=len(pred[role]),
            gold=len(gold[role]),
        )
        for role in ROLES
    }


def _prf(matched: float, predicted: float, gold: float) -> tuple[float, float, float]:
    p = matched / predicted if predicted else 1.0
    r = matched / gold if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _role_score(role: str, c: Counts) -> RoleScore:
    ep, er, ef = _prf(c.exact, c.predicted, c.gold)
    op, orr, of = _prf(c.overlap, c.predicted, c.gold)
    return RoleScore(
        role=role,
        exact_precision=ep,
        exact_recall=er,
        exact_f1=ef,
        overlap_precision=op,
        overlap_recall=orr,
        overlap_f1=of,
        predicted=c.predicted,
        gold=c.gold,
    )


def _members(path: Path) -> Iterable[tuple[PurePosixPath, bytes]]:
    if path.is_file():
        try:
            with tarfile.open(path, "r:*") as tar:
                for member in tar.getmembers():
                    handle = tar.extractfile(member) if member.isfile() else None
                    if handle is not None:
                        yield PurePosixPath(member.name), handle.read()
        except (OSError, tarfile.TarError) as e:
            raise AnnotationFormatError(f"{path.name}: cannot read archive: {e}") from e
        return
    for sub in ("text", "attributions"):
        for file in sorted((path / sub).glob("*")):
            if file.is_file():
                yield PurePosixPath(sub, file.name), file.read_bytes()


def _decode(name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise AnnotationFormatError(f"{name}: not UTF-8: {e}") from e


def load_polnear(path: Path, *, limit: int | None = None) -> tuple[PolnearArticle, ...]:
    """Read a PolNeAR split: a folder (``text/``, ``attributions/``) or its tarball.

    Articles come sorted by name; ``limit`` keeps the first ``limit`` of them. A text
    with no annotation file is skipped; an annotation file with no text is an error.

    Raises:
        SourceNotFound: the path does not exist.
        NoArticlesFound: it holds no ``text/*.txt``.
        AnnotationFormatError: a malformed ``.ann`` file, or one without its text.
    """
    if not path.exists():
        raise SourceNotFound(f"no such PolNeAR folder or archive: {path}")
    texts: dict[str, str] = {}
    anns: dict[str, list[tuple[str, str]]] = {}
    for member, data in _members(path):
        folder = member.parent.name
        if folder == "text" and member.suffix == ".txt":
            texts[member.stem] = _decode(member.name, data)
        elif folder == "attributions" and member.suffix == ".ann":
            article = member.stem.rsplit("_", 1)[0]
            anns.setdefault(article, []).append(
                (member.name, _decode(member.name, data))
            )
    if not texts:
        raise NoArticlesFound(
            f"{path}: no text/*.txt (expected text/ and attributions/)"
        )
    missing = sorted(set(anns) - set(texts))
    if missing:
        raise AnnotationFormatError(f"{missing[0]}: annotations without a text file")
    names = sorted(n for n in texts if n in anns)
    if limit is not None:
        names = names[:limit]
    return tuple(
        PolnearArticle(
            name=name,
            text=texts[name],
            files=tuple(
                parse_brat(content, name=file, text_len=len(texts[name]))
                for file, content in sorted(anns[name])
            ),
        )
        for name in names
    )


def score_articles(
    articles: Sequence[PolnearArticle],
    predictions: Sequence[Sequence[Attribution]],
    *,
    seconds: float = 0.0,
) -> PolnearReport:
    """Score predictions (one sequence per article) against every annotator file."""
    totals = {role: Counts() for role in ROLES}
    for article, predicted in zip(articles, predictions, strict=True):
        if not article.files:
            continue
        weight = 1.0 / len(article.files)
        for file in article.files:
            for role, counts in score_attributions(predicted, file).items():
                totals[role] = totals[role] + counts.scaled(weight)
    return PolnearReport(
        articles=len(articles),
        files=sum(len(a.files) for a in articles),
        roles=tuple(_role_score(role, totals[role]) for role in ROLES),
        seconds=seconds,
    )


def evaluate_polnear(path: Path, *, limit: int | None = None) -> PolnearReport:
    """Find attributions in every article of a PolNeAR split and score them.

    Args:
        path: The split's folder (``text/`` and ``attributions/``) or its tarball.
        limit: Score only the first ``limit`` articles (by name).

    Raises:
        SourceNotFound: the path does not exist.
        AnnotationFormatError: a malformed annotation file.
    """
    started = time.perf_counter()
    articles = load_polnear(path, limit=limit)
    predictions = [
        find_attributions(parsed)
        for parsed in parse_texts(
            (a.text for a in articles),
            # plain parses, as the cue model was trained
            nlp=load_nlp(name_norms=False, prefixed_words=False),
            batch_size=16,
        )
    ]
    return score_articles(articles, predictions, seconds=time.perf_counter() - started)


def format_polnear_report(report: PolnearReport) -> str:
    """A plain-text table of the report."""
    head = (
        f"PolNeAR: {report.articles} articles, {report.files} annotation files, "
        f"{report.seconds:.1f} s"
    )
    columns = (
        f"{'role':<8} {'exact P':>8} {'R':>6} {'F1':>6}   {'overlap P':>9} "
        f"{'R':>6} {'F1':>6}   {'pred':>7} {'gold':>7}"
    )
    lines = [head, columns]
    lines += [
        f"{r.role:<8} {r.exact_precision:8.3f} {r.exact_recall:6.3f} "
        f"{r.exact_f1:6.3f}   {r.overlap_precision:9.3f} {r.overlap_recall:6.3f} "
        f"{r.overlap_f1:6.3f}   {r.predicted:7.1f} {r.gold:7.1f}"
        for r in report.roles
    ]
    return "\n".join(lines)
