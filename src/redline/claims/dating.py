"""When a claim was made.

A date in its sentence, one the words point back to, or the article's year for a
stance the verb itself puts in the past. :class:`DatingMixin` gives the claim
builder (:mod:`redline.claims.extract`) these rules; the date expressions
themselves are read by :mod:`redline.claims.dates`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from redline.claims._tree import children, subtree_range
from redline.claims.cues import Cue
from redline.claims.dates import DateRef, find_date
from redline.claims.lexicon import Lexicon
from redline.model import Article
from redline.nlp import ParsedText

if TYPE_CHECKING:
    from redline.claims.extract import _State

__all__ = ["DatingMixin"]

_NOMINAL = frozenset({"PROPN", "NOUN"})
# How a date names a thing ("last week's agreement", "the July 1986 pact"); not
# "compound": the parser takes "said Friday Iran has ..." for one noun phrase.
_NAMING_DEPS = frozenset({"poss", "nmod", "nummod", "amod"})
_ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass"})


class DatingMixin:
    """Dating rules for the claim builder, which supplies the state below."""

    pt: ParsedText
    lexicon: Lexicon
    article: Article
    state: _State

    def _when(
        self,
        lo: int,
        hi: int,
        items: list[tuple[int, int]],
        cue: int | None = None,
    ) -> DateRef | None:
        pt = self.pt
        s_start, s_end = pt.tokens[lo].idx, pt.tokens[hi - 1].end
        chars = list(pt.text[s_start:s_end])
        # Dates inside the content, or in a relative clause about a party ("NATO,
        # founded in 1949, says ..."), do not date the claim.
        # Nor does a date that only names a thing ("last week's agreement", "the
        # July 1986 pact"): it dates the thing, not the stance taken on it.
        named_things = [
            subtree_range(pt, tok.i)
            for tok in pt.tokens[lo:hi]
            if tok.dep in _NAMING_DEPS
            and tok.ent_type == "DATE"
            and pt.tokens[tok.head].pos in _NOMINAL
            and pt.tokens[tok.head].ent_type != "DATE"
            # "at Wednesday's hearing" dates the act held there
            and pt.tokens[tok.head].dep in _ARGUMENT_DEPS
            and not _within(pt, cue, tok.head)
        ]
        masked_ranges = (
            list(items)
            + named_things
            + [
                subtree_range(pt, tok.i)
                for tok in pt.tokens[lo:hi]
                if tok.dep in {"relcl", "acl"} and pt.tokens[tok.head].pos in _NOMINAL
            ]
        )
        for i_lo, i_hi in masked_ranges:
            for k in range(
                max(0, pt.tokens[i_lo].idx - s_start),
                min(len(chars), pt.tokens[i_hi - 1].end - s_start),
            ):
                chars[k] = " "
        if cue is not None:
            # "warned Tony Blair on 7 March 2003 that ...": a date on the cue verb
            # itself dates the claim even where it sits inside the content
            for kid in children(pt, cue):
                if kid.dep not in {"prep", "npadvmod"}:
                    continue
                k_lo, k_hi = subtree_range(pt, kid.i)
                if any(t.ent_type == "DATE" for t in pt.tokens[k_lo:k_hi]):
                    a = max(0, pt.tokens[k_lo].idx - s_start)
                    b = min(len(chars), pt.tokens[k_hi - 1].end - s_start)
                    chars[a:b] = list(pt.text[s_start + a : s_start + b])
        masked = "".join(chars)
        date = find_date(masked, published=self.article.published, not_after=True)
        if date is not None:
            return date
        # "urged lawmakers ..., writing on Twitter last week": words that point back
        # from the article's date date the act even inside the content.
        unnamed = list(pt.text[s_start:s_end])
        for i_lo, i_hi in named_things:
            a = max(0, pt.tokens[i_lo].idx - s_start)
            b = min(len(unnamed), pt.tokens[i_hi - 1].end - s_start)
            unnamed[a:b] = [" "] * (b - a)
        whole = find_date(
            "".join(unnamed), published=self.article.published, not_after=True
        )
        if whole is not None and whole.past:
            return whole
        low = masked.lower()
        if cue is not None:
            # "The Soviets rejected the U.S. offer then": the cue's own "then" or "at
            # the time", even where the content reaches over it
            low += " " + " ".join(
                pt.text[pt.tokens[a].idx : pt.tokens[b - 1].end].lower()
                for a, b in (
                    subtree_range(pt, k.i)
                    for k in children(pt, cue)
                    if k.dep in {"advmod", "prep"}
                )
            )
        if any(
            re.search(rf"\b{re.escape(p)}\b", low) for p in self.lexicon.anaphoric_time
        ):
            return self.state.prev_when
        return None

    def _held_before(self, cue: Cue) -> DateRef | None:
        """An undated stance the verb itself puts in the past: the article's year.

        "Nakasone had vowed to press on" (past perfect), "the Commission originally
        proposed" (``[time] earlier``). The year is the least precise date the text
        allows; a stance of an earlier year is dated too late. A past perfect in
        reported words ("Aydemir said Turkey had proposed ...") is only the tense
        moved back under "said": the stance may stand now.
        """
        published = self.article.published
        if published is None:
            return None
        kids = list(children(self.pt, cue.token))
        perfect = (
            cue.frame is None
            and self.pt.tokens[cue.token].tag == "VBN"
            and any(k.dep == "aux" and k.text.lower() == "had" for k in kids)
        )
        earlier = any(
            k.dep == "advmod" and k.text.lower() in self.lexicon.earlier_adverbs
            for k in kids
        )
        if not (perfect or earlier):
            return None
        tok = self.pt.tokens[cue.token]
        return DateRef(when=str(published.year), start=tok.idx, end=tok.end, past=True)

    def _dates_an_act(self, start: int) -> bool:
        """Whether the date at character ``start`` says when a verb's act took place.

        "During the 2016 campaign, several women went public", "the pact, agreed to
        last July": a time phrase on a verb; "the 1979 pact", "interference in the
        2016 election" name a thing.
        """
        toks = self.pt.tokens
        k = next((t for t in toks if t.idx >= start), None)
        for _ in range(6):
            if k is None or k.head == k.i:
                return False
            head = toks[k.head]
            if k.dep in {"npadvmod", "advmod"} and head.pos in {"VERB", "AUX"}:
                return True
            if k.dep == "pobj":
                return toks[head.head].pos in {"VERB", "AUX"}
            k = head
        return False

    def _narrated(self, cue: Cue) -> DateRef | None:
        """A past act told right after a sentence set in an earlier month or year.

        "The accusations emerged during the 2016 campaign ... Trump apologized for
        the remarks": a stance verb in the simple past, not reported by anyone in its
        sentence, carries on the story of the sentence before, and its date.
        """
        when = self.state.narrative_when
        tok = self.pt.tokens[cue.token]
        if when is None or cue.frame is not None or cue.rule != "verb":
            return None
        if tok.tag != "VBD" or tok.dep not in {"ROOT", "conj"}:
            return None
        return DateRef(when=when.when, start=tok.idx, end=tok.end, past=True)


def _within(pt: ParsedText, i: int | None, head: int) -> bool:
    """Whether token ``i`` sits in the phrase of ``head`` (a stance told inside it)."""
    if i is None:
        return False
    lo, hi = subtree_range(pt, head)
    return lo <= i < hi
