"""Features of a candidate cue (a verb in one complement frame) for the cue model."""

from __future__ import annotations

from collections.abc import Sequence

from redline.nlp import ParsedText
from redline.nlp.quotes import quotation_flags

__all__ = ["cue_features", "inside_quotation", "quotation_flags"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})
_FIRST_WORDS = frozenset(
    {"that", "to", '"', "\u201c", "whether", "if", "the", "a", "he", "she", "it"}
    | {"they", "we", "i"}
)
_LENGTH_BUCKETS = 6
_BUCKET = 5


def _subject_kind(parsed: ParsedText, subj: int | None) -> str:
    if subj is None:
        return "none"
    tok = parsed.tokens[subj]
    if tok.pos == "PRON":
        return f"PRON-{tok.text.lower()}"
    return f"{tok.pos}-{tok.ent_type}" if tok.ent_type else tok.pos


def cue_features(
    parsed: ParsedText,
    verb: int,
    frame: str,
    content: Sequence[int],
    *,
    listed: bool,
    quoted: bool | None = None,
) -> list[str]:
    """The binary features of one candidate, as names.

    Args:
        parsed: The text's parse.
        verb: The candidate verb's token index.
        frame: Its complement frame (``clause``, ``infinitive``, ``object``, ``prep``,
            ``quote``).
        content: The content tokens that frame gives.
        listed: Whether the hand cue lists name the lemma for that frame.
        quoted: Whether the verb stands inside a quotation (worked out when None).
    """
    tok = parsed.tokens[verb]
    lemma = tok.lemma.lower()
    kids = [parsed.tokens[c] for c in parsed.children[verb]]
    subj = next((c.i for c in kids if c.dep in _SUBJECTS), None)
    kind = _subject_kind(parsed, subj)
    out = [
        f"lf={lemma}|{frame}",
        f"l={lemma}",
        f"f={frame}",
        f"dep={tok.dep}|{frame}",
        f"tag={tok.tag}",
        f"sk={kind}",
        f"sk={kind}|{frame}",
        f"lsk={lemma}|{kind.split('-')[0]}",
        f"hand={listed}|{frame}",
        f"len={min(len(content) // _BUCKET, _LENGTH_BUCKETS)}|{frame}",
    ]
    out += [f"kid={k.dep}" for k in kids]
    if any(k.dep == "neg" for k in kids):
        out.append("neg")
    if any(parsed.tokens[i].text in _QUOTE_MARKS for i in content):
        out.append(f"quote|{frame}")
    if tok.head != verb:
        out.append(f"hl={parsed.tokens[tok.head].lemma.lower()}|{tok.dep}")
    if subj is not None:
        out.append(f"sl={parsed.tokens[subj].lemma.lower()}")
    if content:
        first = parsed.tokens[min(content)]
        word = first.text.lower()
        out.append(f"c0={word if word in _FIRST_WORDS else 'other'}|{frame}")
        out.append(f"c0pos={first.pos}|{frame}")
    if verb > 0:
        out.append(f"prev={parsed.tokens[verb - 1].text.lower()}")
    if verb + 1 < len(parsed.tokens):
        out.append(f"next={parsed.tokens[verb + 1].text.lower()}|{frame}")
    if subj is not None and subj > verb:
        out.append(f"inverted|{frame}")
    if quoted is None:
        quoted = inside_quotation(parsed, verb)
    if quoted:
        out.append(f"inquote|{frame}")
    out.append(f"chain={_chain(parsed, verb)}|{frame}")
    return out


def _chain(parsed: ParsedText, verb: int) -> str:
    """The dependency labels from the verb up to its sentence's root (at most 3)."""
    deps: list[str] = []
    i = verb
    while parsed.tokens[i].head != i and len(deps) < 3:  # noqa: PLR2004
        deps.append(parsed.tokens[i].dep)
        i = parsed.tokens[i].head
    return ">".join(deps) or "root"


def inside_quotation(parsed: ParsedText, i: int) -> bool:
    """Whether token ``i`` stands inside a quotation (see :func:`quotation_flags`)."""
    return quotation_flags(parsed)[i]
