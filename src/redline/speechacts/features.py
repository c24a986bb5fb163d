"""Sparse string features of a sentence and its source-target pair.

Every feature is a name with the value 1.0. The families (prefix before ``=``):

- ``w`` lemmas of the sentence, ``bi`` lemma bigrams with the source masked as ``<S>``
  and the target as ``<T>``, ``s+1``/``s+2``/``t-1``/``t-2``/``t+1`` the lemmas next to
  the pair, ``btw`` the lemmas between them, ``order`` which comes first;
- dependency features: ``lca`` the lowest common ancestor of the source's and the
  target's head tokens (usually the verb that relates them), ``path`` the lemmas on the
  path between them, ``sgov``/``tgov`` the nearest governing verbs, ``sdep``/``tdep``
  their arcs, ``tprep`` a preposition introducing the target, ``root`` and ``v`` the
  sentence's root and verbs, ``aux`` auxiliaries of the relating verb;
- ``cue``/``cuep``/``cuel``/``cueo`` PLOVER roots whose cue words (``data/cues.toml``)
  occur in the sentence, on the source-target path, as the relating verb, or among
  what it governs;
- ``neg``/``negp``/``negcue`` negation anywhere, on the path, and of a path cue.
"""

from __future__ import annotations

import functools
import itertools
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from redline.errors import RegistryError
from redline.nlp.parse import ParsedText, Token, parse_texts
from redline.speechacts.plv import ROOTS

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["CueLexicon", "featurize", "featurize_many", "load_cues"]

_NEG_WORDS = frozenset({"not", "never", "no", "n't", "neither", "nor", "without"})
_VERBAL = frozenset({"VERB", "AUX"})
_SKIP_POS = frozenset({"PUNCT", "SPACE", "SYM"})
_WINDOW = 12
_OBJECT_DEPS = frozenset(
    {"dobj", "xcomp", "ccomp", "attr", "oprd", "acomp", "dative", "nsubjpass", "advcl"}
)


@dataclass(frozen=True, slots=True, kw_only=True)
class CueLexicon:
    """Cue words of the PLOVER roots: single lemmas and multi-word lemma sequences."""

    lemmas: Mapping[str, tuple[str, ...]]
    phrases: tuple[tuple[tuple[str, ...], str], ...]


@functools.cache
def load_cues() -> CueLexicon:
    """Load the bundled cue lexicon (``speechacts/data/cues.toml``).

    Raises:
        RegistryError: the file is missing, not TOML, or names an unknown root.
    """
    try:
        text = (
            resources.files("redline.speechacts")
            .joinpath("data/cues.toml")
            .read_text(encoding="utf-8")
        )
        data = tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise RegistryError(f"speech-act cue lexicon unreadable: {e}") from e
    lemmas: dict[str, list[str]] = {}
    phrases: list[tuple[tuple[str, ...], str]] = []
    for root, spec in data.items():
        if root not in ROOTS or not isinstance(spec, dict):
            raise RegistryError(f"cues.toml: unknown PLOVER root table {root!r}")
        for lemma in spec.get("lemmas", []):
            roots = lemmas.setdefault(str(lemma).lower(), [])
            if root not in roots:
                roots.append(root)
        phrases.extend(
            (tuple(str(p).lower().split()), root) for p in spec.get("phrases", [])
        )
    return CueLexicon(
        lemmas={k: tuple(v) for k, v in lemmas.items()}, phrases=tuple(phrases)
    )


def featurize_many(
    items: Sequence[tuple[str, str, str]],
    *,
    nlp: Language | None = None,
    cues: CueLexicon | None = None,
) -> list[dict[str, float]]:
    """Parse each ``(sentence, source, target)`` once and return its features."""
    parsed = parse_texts([sentence for sentence, _, _ in items], nlp=nlp)
    return [
        featurize(p, source=source, target=target, cues=cues)
        for p, (_, source, target) in zip(parsed, items, strict=True)
    ]


def featurize(
    parsed: ParsedText,
    *,
    source: str,
    target: str,
    cues: CueLexicon | None = None,
) -> dict[str, float]:
    """Features of one parsed sentence and its source and target strings.

    Args:
        parsed: the sentence, parsed by :func:`redline.nlp.parse_texts`.
        source: the actor string (matched case-insensitively in the sentence).
        target: the target string.
        cues: the cue lexicon (default: the bundled one).

    Returns:
        Feature names, each with the value 1.0.
    """
    lex = cues if cues is not None else load_cues()
    tokens = parsed.tokens
    src = _span(parsed, source, avoid=())
    tgt = _span(parsed, target, avoid=src)
    feats: set[str] = set()
    lemmas = [_lemma(t) for t in tokens]
    content = [t.i for t in tokens if t.pos not in _SKIP_POS]
    feats.update(f"w={lemmas[i]}" for i in content if not tokens[i].like_num)
    feats.update(_sequence_features(lemmas, content, src, tgt))
    cue_roots = _cue_positions(lemmas, content, lex)
    feats.update(f"cue={root}" for roots in cue_roots.values() for root in roots)
    feats.update(f"root={lemmas[t.i]}" for t in tokens if t.dep == "ROOT")
    feats.update(f"v={lemmas[t.i]}" for t in tokens if t.pos == "VERB")
    negated = {t.head for t in tokens if _is_neg(t)}
    if negated:
        feats.add("neg")
    if not src or not tgt:
        feats.add("pair=incomplete")
    s_head = _head(parsed, src)
    t_head = _head(parsed, tgt)
    if s_head is None or t_head is None:
        return dict.fromkeys(feats, 1.0)
    s_up = _ancestors(tokens, s_head)
    t_up = _ancestors(tokens, t_head)
    common = next((i for i in s_up if i in t_up), s_up[-1])
    path = [i for i in s_up[: s_up.index(common)] if i != s_head]
    if common in t_up:
        path += [i for i in t_up[: t_up.index(common)] if i != t_head]
    if common in src or common in tgt or tokens[common].pos not in _VERBAL:
        # "India and Pakistan agreed": the pair is coordinated; relate it by its verb.
        common = next(
            (i for i in _ancestors(tokens, common) if tokens[i].pos in _VERBAL), common
        )
    on_path = {*path, common}
    lca = lemmas[common]
    objects = _objects(parsed, common, skip={*src, *tgt})
    feats.update(f"obj={lemmas[i]}" for i in objects)
    feats.update(f"lca_obj={lca}|{lemmas[i]}" for i in objects)
    feats.update(
        {
            f"lca={lca}",
            f"lca_pos={tokens[common].pos}",
            f"sdep={tokens[s_head].dep}",
            f"tdep={tokens[t_head].dep}",
            f"sdep_lca={tokens[s_head].dep}|{lca}",
            f"tdep_lca={tokens[t_head].dep}|{lca}",
        }
    )
    feats.update(f"path={lemmas[i]}" for i in path)
    feats.update(
        f"aux={lemmas[k]}"
        for k in parsed.children[common]
        if tokens[k].dep in {"aux", "auxpass"}
    )
    for prefix, head in (("sgov", s_head), ("tgov", t_head)):
        gov = next(
            (i for i in _ancestors(tokens, head)[1:] if tokens[i].pos in _VERBAL), None
        )
        if gov is not None:
            feats.add(f"{prefix}={lemmas[gov]}")
            on_path.add(gov)
    parent = tokens[tokens[t_head].head]
    if parent.pos == "ADP":
        feats.add(f"tprep={lemmas[parent.i]}")
        feats.add(f"tprep_lca={lemmas[parent.i]}|{lca}")
    for i, roots in cue_roots.items():
        if i in on_path:
            feats.update(f"cuep={root}" for root in roots)
            if i in negated:
                feats.update(f"negcue={root}" for root in roots)
        if i == common:
            feats.update(f"cuel={root}" for root in roots)
        if i in objects:
            feats.update(f"cueo={root}" for root in roots)
    if on_path & negated:
        feats.add("negp")
    return dict.fromkeys(feats, 1.0)


def _lemma(token: Token) -> str:
    return (token.lemma or token.text).lower()


def _is_neg(token: Token) -> bool:
    return token.dep == "neg" or token.text.lower() in _NEG_WORDS


def _span(parsed: ParsedText, needle: str, *, avoid: Iterable[int]) -> tuple[int, ...]:
    """Token indices of the first match of ``needle`` not overlapping ``avoid``."""
    taken = set(avoid)
    candidates = [needle.strip()]
    words = [w for w in re.findall(r"\w+", needle) if len(w) > 2]  # noqa: PLR2004
    if words:
        candidates.append(max(words, key=len))
    for candidate in candidates:
        if not candidate:
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(candidate)}", re.IGNORECASE)
        for match in pattern.finditer(parsed.text):
            start, end = match.span()
            span = tuple(t.i for t in parsed.tokens if t.idx < end and t.end > start)
            if span and not taken.intersection(span):
                return span
    return ()


def _head(parsed: ParsedText, span: tuple[int, ...]) -> int | None:
    inside = set(span)
    for i in span:
        head = parsed.tokens[i].head
        if head == i or head not in inside:
            return i
    return span[0] if span else None


def _ancestors(tokens: Sequence[Token], i: int) -> list[int]:
    chain = [i]
    while tokens[chain[-1]].head != chain[-1] and len(chain) <= len(tokens):
        chain.append(tokens[chain[-1]].head)
    return chain


def _objects(parsed: ParsedText, verb: int, *, skip: set[int]) -> set[int]:
    """Nouns and verbs a relating verb governs directly or through a preposition.

    Light verbs carry their meaning in these: "held a protest", "called for sanctions",
    "declared a ceasefire", "threatened to impose tariffs".
    """
    out: set[int] = set()
    for k in parsed.children[verb]:
        dep = parsed.tokens[k].dep
        if k in skip:
            continue
        if dep in _OBJECT_DEPS:
            out.add(k)
            out.update(
                c
                for c in parsed.children[k]
                if parsed.tokens[c].dep in {"compound", "dobj", "pobj", "amod"}
                and c not in skip
            )
        elif dep in {"prep", "agent"}:
            out.update(
                c
                for c in parsed.children[k]
                if parsed.tokens[c].dep in {"pobj", "pcomp"} and c not in skip
            )
    return out


def _sequence_features(
    lemmas: Sequence[str],
    content: Sequence[int],
    src: tuple[int, ...],
    tgt: tuple[int, ...],
) -> set[str]:
    s_set, t_set = set(src), set(tgt)
    symbols: list[tuple[int, str]] = []
    for i in content:
        sym = "<S>" if i in s_set else "<T>" if i in t_set else lemmas[i]
        if symbols and sym in {"<S>", "<T>"} and symbols[-1][1] == sym:
            continue
        symbols.append((i, sym))
    feats = {f"bi={a}|{b}" for (_, a), (_, b) in itertools.pairwise(symbols)}
    syms = [s for _, s in symbols]
    if "<S>" not in syms or "<T>" not in syms:
        return feats
    s_pos, t_pos = syms.index("<S>"), syms.index("<T>")
    feats.add("order=st" if s_pos < t_pos else "order=ts")
    for offset, name in ((1, "s+1"), (2, "s+2")):
        if s_pos + offset < len(syms):
            feats.add(f"{name}={syms[s_pos + offset]}")
    for offset, name in ((-1, "t-1"), (-2, "t-2"), (1, "t+1")):
        if 0 <= t_pos + offset < len(syms):
            feats.add(f"{name}={syms[t_pos + offset]}")
    lo, hi = sorted((s_pos, t_pos))
    feats.update(f"btw={s}" for s in syms[lo + 1 : hi][:_WINDOW])
    return feats


def _cue_positions(
    lemmas: Sequence[str], content: Sequence[int], lex: CueLexicon
) -> dict[int, set[str]]:
    """Token index → the roots whose cue starts or is at that token."""
    found: dict[int, set[str]] = {}
    for i in content:
        roots = lex.lemmas.get(lemmas[i])
        if roots:
            found.setdefault(i, set()).update(roots)
    seq = [lemmas[i] for i in content]
    for words, root in lex.phrases:
        n = len(words)
        for k in range(len(seq) - n + 1):
            if tuple(seq[k : k + n]) == words:
                found.setdefault(content[k], set()).add(root)
    return found
