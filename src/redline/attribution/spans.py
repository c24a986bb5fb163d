"""Attribution spans over the dependency parse: rules propose, a cue model decides.

Each verb's complement frames are candidates; the cue model
(:mod:`redline.attribution.classifier`, trained on PolNeAR train) keeps the verb
when its most likely frame reaches the model's threshold. The frame gives the
content:

- ``clause``: a clausal complement (``X said (that) …``, also inverted ``"…," X
  said``), or the clause around a verb in parataxis (``The deal, X said, is off``),
  in two fragments when the cue interrupts it; a quotation around the complement is
  taken whole, across sentences;
- ``infinitive`` (``X wants to …``), ``object`` (``X criticized the plan``),
  ``prep`` (``X called for …``; not a date: "spoke on Monday") and ``passive``
  (``it was reported by X``: the passive subject);
- ``quote``: the quotation just before (and, split, after) a verb with no
  complement; ``colon``: the line after ``X reports: …``.

Quote marks ``"`` and ``''`` open after a space and close otherwise.

Some rules need no model: ``according to X`` (source is the prepositional object,
content the rest of the sentence), ``X said, citing Y`` (source X, content Y) and a
noun cue with a ``that``-clause (``X's claim that …``: source is the possessor).
Inside a quotation only the verb rules (whose model knows it) and the colon and poll
rules apply: what a quoted speaker reports is rarely annotated.

The source is the subject noun phrase (pronouns included), the agent of a passive, the
subject of the governing verb for participles and conjoined verbs (``…, adding that``,
``by saying``, ``is quick to add``), the passive subject of the governing verb (``X
was quoted as saying``), the noun a relative clause modifies (``X, who said …``), or
the speaker parsed as an object after a quotation (``"…," exhorted X``). Raising
verbs (``seem``, ``appear``) and passive participles (``Asked about it, X said``)
give none.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from redline.attribution.classifier import CueModel, load_cue_model
from redline.attribution.features import cue_features, quotation_flags
from redline.attribution.lexicon import CueLexicon, load_cue_lexicon
from redline.attribution.model import Attribution, CharSpan
from redline.nlp import ParsedText, Token

__all__ = ["candidate_features", "find_attributions"]

_QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''"})
_OPEN = frozenset({"\u201c", "``"})
_CLOSE = frozenset({"\u201d"})
_EITHER = frozenset({'"', "''"})  # open or close by the spaces around them
_BEFORE_OPEN = frozenset("([{\u2014\u2013-/")
_MAX_QUOTE = 150
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_MAX_COLON_SOURCE = 6
_MIN_COLON_CONTENT = 3
_QUOTE_END = frozenset({",", ".", "!", "?"})
_DASHES = frozenset({"--", "\u2013", "\u2014"})


def _subtree(parsed: ParsedText, root: int) -> list[int]:
    out: list[int] = []
    stack = [root]
    while stack:
        i = stack.pop()
        out.append(i)
        stack.extend(parsed.children[i])
    return sorted(out)


def _is_trimmable(token: Token) -> bool:
    return (token.pos == "PUNCT" and token.text not in _QUOTES) or token.dep == "cc"


def _runs(parsed: ParsedText, indices: Iterable[int]) -> tuple[CharSpan, ...]:
    """Character spans of the contiguous runs of tokens, edge punctuation trimmed."""
    ordered = sorted(set(indices))
    runs: list[list[int]] = []
    for i in ordered:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    spans: list[CharSpan] = []
    tokens = parsed.tokens
    for run in runs:
        while run and _is_trimmable(tokens[run[0]]):
            run.pop(0)
        while run and _is_trimmable(tokens[run[-1]]):
            run.pop()
        if run:
            spans.append(CharSpan(start=tokens[run[0]].idx, end=tokens[run[-1]].end))
    return tuple(spans)


def _one_span(parsed: ParsedText, indices: Sequence[int]) -> CharSpan | None:
    indices = list(indices)
    while indices and parsed.tokens[indices[-1]].tag == "POS":  # "the senator's"
        indices.pop()
    spans = _runs(parsed, range(min(indices), max(indices) + 1)) if indices else ()
    if not spans:
        return None
    return CharSpan(start=spans[0].start, end=spans[-1].end)


def _child(parsed: ParsedText, i: int, deps: frozenset[str]) -> int | None:
    return next((c for c in parsed.children[i] if parsed.tokens[c].dep in deps), None)


class _Finder:
    """Applies the rules to one parsed text."""

    def __init__(
        self, parsed: ParsedText, lexicon: CueLexicon, model: CueModel
    ) -> None:
        self.parsed = parsed
        self.tokens = parsed.tokens
        self.lex = lexicon
        self.model = model
        self.quoted = quotation_flags(parsed)

    def source_of(self, verb: int, depth: int = 0) -> CharSpan | None:
        """The source noun phrase of a cue verb, or None."""
        tok = self.tokens[verb]
        subj = _child(self.parsed, verb, _SUBJECTS)
        passive = subj is None and tok.tag == "VBN" and tok.dep == "advcl"
        if passive or (subj is not None and self.tokens[subj].dep == "nsubjpass"):
            # "X was asked by Y", and "Asked about it, X said": X was asked
            agent = _child(self.parsed, verb, frozenset({"agent"}))
            obj = (
                _child(self.parsed, agent, frozenset({"pobj"}))
                if agent is not None
                else None
            )
            return _one_span(self.parsed, _subtree(self.parsed, obj)) if obj else None
        if subj is not None:
            return self.subject_span(verb, subj)
        inverted = self.inverted_subject(verb)
        if inverted is not None:
            return _one_span(self.parsed, _subtree(self.parsed, inverted))
        if depth > 2 or tok.head == verb:  # noqa: PLR2004 - bounded climb
            return None
        head = self.tokens[tok.head]
        if tok.dep == "relcl" and head.pos in {"NOUN", "PROPN", "PRON"}:
            kept = [
                i
                for i in _subtree(self.parsed, tok.head)
                if i < verb and i not in _subtree(self.parsed, verb)
            ]
            while kept and self.tokens[kept[-1]].tag in {"WP", "WDT", ",", "WP$"}:
                kept.pop()
            return _one_span(self.parsed, kept)
        if tok.dep in {"conj", "advcl", "xcomp", "pcomp"}:
            governor = self.governor(verb)
            if governor is None:
                return None
            patient = _child(self.parsed, governor, frozenset({"nsubjpass"}))
            if (
                tok.dep != "conj"
                and patient is not None
                and not self.has_agent(governor)
            ):
                # "X was asked to say", "X was quoted as saying": X
                return self.subject_span(governor, patient)
            return self.source_of(governor, depth + 1)
        if tok.dep == "acl" and tok.tag == "VBG" and head.pos in {"NOUN", "PROPN"}:
            return self.noun_source(tok.head, depth)
        return None

    def inverted_subject(self, verb: int) -> int | None:
        """The speaker parsed as the verb's object in '"…," exhorted the aide'.

        The verb follows a closing quote mark (commas between) and a noun phrase
        hanging on it comes right after it.
        """
        j = verb - 1
        while j >= 0 and self.tokens[j].text in {",", "\u2014", "-"}:
            j -= 1
        if j < 0 or not self.is_close(j) or verb + 1 >= len(self.tokens):
            return None
        after = self.tokens[verb + 1]
        noun = after.i if after.head == verb else after.head
        tok = self.tokens[noun]
        if (
            tok.head != verb
            or noun == verb
            or tok.dep not in {"dobj", "attr", "npadvmod", "appos", "dep"}
            or tok.pos not in {"NOUN", "PROPN"}
        ):
            return None
        return noun

    def has_agent(self, verb: int) -> bool:
        return _child(self.parsed, verb, frozenset({"agent"})) is not None

    def governor(self, verb: int) -> int | None:
        """The verb a dependent verb hangs on.

        Through a preposition ("by saying"), adjectives and adverbs ("is quick to
        add", "aside from stating").
        """
        i = self.tokens[verb].head
        for _ in range(3):
            tok = self.tokens[i]
            if tok.pos in {"VERB", "AUX"}:
                return i if i != verb else None
            if tok.pos not in {"ADP", "ADJ", "ADV"} or tok.head == i:
                return None
            i = tok.head
        return None

    def noun_source(self, noun: int, depth: int) -> CharSpan | None:
        """The source of a participle on an object: "X issued a statement saying …"."""
        tok = self.tokens[noun]
        if tok.dep == "dobj":
            return self.source_of(tok.head, depth + 1)
        return None

    def subject_span(self, verb: int, subj: int) -> CharSpan | None:
        """The subject's noun phrase, cut after a dateline dash or a quotation.

        ``WASHINGTON (AP) — Smith said``: the source starts after the dash.
        ``"…, the plan," Smith said``: a subject reaching into a quotation that ends
        before the verb is misparsed; the words between the quotation and the verb
        are the source.
        """
        indices = _subtree(self.parsed, subj)
        dash = [i for i in indices if i < subj and self.is_dash(i)]
        if dash:
            indices = [i for i in indices if i > dash[-1]]
        if subj < verb:
            close = [
                j
                for j in range(max(min(indices), 1), verb)
                if self.tokens[j].text in _QUOTES
                and self.tokens[j - 1].text in _QUOTE_END
            ]
            after = range(close[-1] + 1, verb) if close else range(0)
            if any(self.tokens[j].pos in {"NOUN", "PROPN", "PRON"} for j in after):
                indices = list(after)
        return _one_span(self.parsed, indices)

    def is_open(self, i: int) -> bool:
        """An opening quote mark; a straight one (or ``''``) opens after a space."""
        tok = self.tokens[i]
        if tok.text in _OPEN:
            return True
        if tok.text not in _EITHER:
            return False
        text = self.parsed.text
        before = text[tok.idx - 1 : tok.idx]
        after = text[tok.end : tok.end + 1]
        return (not before or before.isspace() or before in _BEFORE_OPEN) and (
            bool(after) and not after.isspace()
        )

    def is_close(self, i: int) -> bool:
        """A closing quote mark (a straight one that does not open)."""
        text = self.tokens[i].text
        return text in _CLOSE or (text in _EITHER and not self.is_open(i))

    def is_dash(self, i: int) -> bool:
        """A dash between words (a hyphen counts only with spaces around it)."""
        tok = self.tokens[i]
        if tok.text in _DASHES:
            return True
        text = self.parsed.text
        return (
            tok.text == "-"
            and text[tok.idx - 1 : tok.idx].isspace()
            and text[tok.end : tok.end + 1].isspace()
        )

    def cue_span(self, verb: int) -> CharSpan:
        tok = self.tokens[verb]
        end = tok.end
        prt = _child(self.parsed, verb, frozenset({"prt"}))
        if prt is not None and prt == verb + 1:
            end = self.tokens[prt].end
        return CharSpan(start=tok.idx, end=end)

    def with_quotes(self, indices: list[int]) -> list[int]:
        """Extend a content run to the quotation around it.

        An opening quote mark right before the run takes the closing one within two
        tokens after it; a closing quote mark within two tokens after a run with no
        opening one takes the quotation back to its opening mark, across sentences
        ('"We will win. We always win," she said'), or, when the run holds an
        unclosed quote mark, the closing one.
        """
        if not indices:
            return indices
        lo, hi = min(indices), max(indices)
        out = set(indices)
        close = next(
            (
                j
                for j in range(hi + 1, min(hi + 3, len(self.tokens)))
                if self.is_close(j)
            ),
            None,
        )
        marks = [i for i in indices if self.is_open(i) or self.is_close(i)]
        if lo > 0 and self.is_open(lo - 1):
            out.add(lo - 1)
            if close is not None:
                out.update(range(hi + 1, close + 1))
        elif close is not None and len(marks) % 2 == 1:  # '… and will “do so."'
            out.update(range(hi + 1, close + 1))
        elif close is not None:
            start = lo - 1
            while start >= 0 and lo - start < _MAX_QUOTE:
                if self.is_open(start):
                    out.update(range(start, close + 1))
                    break
                if self.is_close(start):
                    break
                start -= 1
        return sorted(out)

    def verb_frames(self, verb: int) -> list[tuple[str, list[int], int]]:
        """The complement frames a verb has: (frame, content tokens, cue end token).

        Frames, in the order the rules try them: ``clause`` (a ``ccomp``, or the
        clause around a verb in parataxis), ``infinitive`` (an ``xcomp`` with
        ``to``), ``object`` (a non-pronoun direct object) and ``prep`` (the object
        of a preposition the verb governs: "called for", "pointed to"); failing
        all of these, ``quote`` (the quotation just before the verb).
        """
        tok = self.tokens[verb]
        if tok.pos not in {"VERB", "AUX"} or (tok.pos == "AUX" and tok.dep == "aux"):
            return []
        out: list[tuple[str, list[int], int]] = []
        comp = _child(self.parsed, verb, frozenset({"ccomp"}))
        if comp is not None:
            content = self.with_quotes(_subtree(self.parsed, comp))
            if comp < verb:  # '"…," she said, "…"': both parts
                content += [i for i in self.quote_after(verb) if i > verb]
            out.append(("clause", content, verb))
        elif tok.dep == "parataxis":
            inner = set(_subtree(self.parsed, verb))
            rest = [i for i in _subtree(self.parsed, tok.head) if i not in inner]
            out.append(("clause", rest, verb))
        comp = _child(self.parsed, verb, frozenset({"xcomp"}))
        if comp is not None and any(
            self.tokens[c].tag == "TO" for c in self.parsed.children[comp]
        ):
            out.append(("infinitive", _subtree(self.parsed, comp), verb))
        obj = _child(self.parsed, verb, frozenset({"dobj"}))
        if obj is not None and self.tokens[obj].pos != "PRON":
            out.append(("object", _subtree(self.parsed, obj), verb))
        prep = _child(self.parsed, verb, frozenset({"prep"}))
        pobj = (
            _child(self.parsed, prep, frozenset({"pobj", "pcomp"}))
            if prep is not None and verb < prep <= verb + 2
            else None
        )
        if (
            prep is not None
            and pobj is not None
            and self.tokens[pobj].ent_type not in {"DATE", "TIME"}  # "spoke on Monday"
        ):
            out.append(("prep", _subtree(self.parsed, pobj), prep))
        subj = _child(self.parsed, verb, frozenset({"nsubjpass"}))
        agent = _child(self.parsed, verb, frozenset({"agent"}))
        if subj is not None and agent is not None:
            out.append(("passive", _subtree(self.parsed, subj), verb))
        if not out:
            quote = self.quote_before(verb) + self.quote_after(verb)
            if quote:
                out.append(("quote", quote, verb))
            elif colon := self.after_colon(verb):
                out.append(("colon", colon, verb))
        return out

    def after_colon(self, verb: int) -> list[int]:
        """The paragraph after a colon right after the verb ('X reports: …').

        The words from the colon (the verb's particle may come between) to the end
        of the line the first of them is on, when there are at least three.
        """
        j = verb + 1
        while j < len(self.tokens) and self.tokens[j].dep == "prt":
            j += 1
        if j >= len(self.tokens) or self.tokens[j].text != ":":
            return []
        j += 1
        while j < len(self.tokens) and self.tokens[j].pos == "SPACE":
            j += 1
        if j >= len(self.tokens):
            return []
        text = self.parsed.text
        line_end = text.find("\n", self.tokens[j].idx)
        line_end = len(text) if line_end < 0 else line_end
        out: list[int] = []
        while j < len(self.tokens) and self.tokens[j].end <= line_end:
            if self.tokens[j].pos != "SPACE":
                out.append(j)
            j += 1
        words = sum(self.tokens[k].pos != "PUNCT" for k in out)
        return out if words >= _MIN_COLON_CONTENT else []

    def quote_before(self, verb: int) -> list[int]:
        """The quotation that ends just before the verb's clause ('"…," she said').

        The tokens from the opening quote mark to the closing one, when only the
        verb's subject, commas and quote marks stand between the quote and the verb
        (the quotation may span several sentences).
        """
        subj = _child(self.parsed, verb, _SUBJECTS)
        first = min(_subtree(self.parsed, subj)) if subj is not None else verb
        if subj is not None and subj > verb:  # "…," said X
            first = verb
        j = first - 1
        while j >= 0 and self.tokens[j].text in {",", "—", "-"}:
            j -= 1
        if j < 0 or not self.is_close(j):
            return []
        end = j
        start = end - 1
        while start >= 0 and end - start < _MAX_QUOTE:
            if self.is_open(start):
                return list(range(start, end + 1))
            if self.is_close(start):
                return []
            start -= 1
        return []

    def quote_after(self, verb: int) -> list[int]:
        """The quotation that opens right after the verb ('she said, "…"').

        The tokens from the opening quote mark (after the verb, its particle, a
        subject after it and commas or a colon) to the closing one, within one
        paragraph.
        """
        j = verb + 1
        subj = _child(self.parsed, verb, _SUBJECTS)
        if subj is not None and subj > verb:  # '…," said Smith, "…'
            j = max(_subtree(self.parsed, subj)) + 1
        colon = False
        while j < len(self.tokens) and (
            self.tokens[j].text in {",", ":"}
            or self.tokens[j].dep == "prt"
            or (colon and self.tokens[j].pos == "SPACE")
        ):
            colon = colon or self.tokens[j].text == ":"
            j += 1
        if j >= len(self.tokens) or not self.is_open(j):
            return []
        end = j + 1
        while end < len(self.tokens) and end - j < _MAX_QUOTE:
            if self.is_close(end):
                return list(range(j, end + 1))
            if self.is_open(end) or "\n" in self.tokens[end].text:
                return []
            end += 1
        return []

    def candidates(self, verb: int) -> list[tuple[str, list[int], int, list[str]]]:
        """The verb's frames with content, each with its cue-model features."""
        lemma = self.tokens[verb].lemma.lower()
        return [
            (
                frame,
                content,
                cue_end,
                cue_features(
                    self.parsed,
                    verb,
                    frame,
                    content,
                    listed=lemma in self.lex.frames.get(frame, frozenset()),
                    quoted=self.quoted[verb],
                ),
            )
            for frame, content, cue_end in self.verb_frames(verb)
            if _runs(self.parsed, content)
        ]

    def verb_rule(self, verb: int) -> Attribution | None:
        """The verb's most likely frame, when the cue model accepts it."""
        best: tuple[float, list[int], int] | None = None
        for _frame, content, cue_end, features in self.candidates(verb):
            p = self.model.probability(features)
            if p >= self.model.threshold and (best is None or p > best[0]):
                best = (p, content, cue_end)
        if best is None:
            return None
        _, content, cue_end = best
        cue = self.cue_span(verb)
        if cue_end != verb:
            cue = CharSpan(start=cue.start, end=self.tokens[cue_end].end)
        lemma = self.tokens[verb].lemma.lower()
        source = None if lemma in self.lex.sourceless_verbs else self.source_of(verb)
        return Attribution(cue=cue, source=source, content=_runs(self.parsed, content))

    def prep_rule(self, i: int) -> Attribution | None:
        """``according to X`` / ``citing X`` / ``per X``."""
        words = [t.text.lower() for t in self.tokens[i : i + 3]]
        match = next(
            (p for p in self.lex.source_preps if tuple(words[: len(p)]) == p), None
        )
        if match is None:
            return None
        last = i + len(match) - 1
        obj = _child(self.parsed, last, frozenset({"pobj", "dobj"}))
        if obj is None or (match == ("per",) and not self.names_someone(obj)):
            return None
        if match == ("citing",) and self.tokens[i].pos == "VERB":
            return self.citing_rule(i, obj)
        sent = self.parsed.sents[self.tokens[i].sent]
        phrase = set(_subtree(self.parsed, i)) | set(range(i, last + 1))
        phrase |= set(_subtree(self.parsed, obj))
        content = [j for j in range(sent[0], sent[1]) if j not in phrase]
        spans = _runs(self.parsed, content)
        if not spans:
            return None
        return Attribution(
            cue=CharSpan(start=self.tokens[i].idx, end=self.tokens[last].end),
            source=_one_span(self.parsed, _subtree(self.parsed, obj)),
            content=spans,
        )

    def citing_rule(self, verb: int, obj: int) -> Attribution | None:
        """``X said, citing Y``: X (the governing subject) cites Y, the content."""
        spans = _runs(self.parsed, self.with_quotes(_subtree(self.parsed, obj)))
        if not spans:
            return None
        return Attribution(
            cue=self.cue_span(verb), source=self.source_of(verb), content=spans
        )

    def names_someone(self, noun: int) -> bool:
        """A proper name or a noun with a determiner or possessor.

        "per the report" and "per Smith" name a source; "per capita" does not.
        """
        tok = self.tokens[noun]
        return tok.pos == "PROPN" or any(
            self.tokens[c].dep in {"det", "poss"} for c in self.parsed.children[noun]
        )

    def poll_rule(self, i: int) -> Attribution | None:
        """``In a new poll, X leads``: the poll is the source, its clause the content.

        The ``in`` phrase opens the sentence or follows a comma, and hangs on a verb.
        """
        tok = self.tokens[i]
        if tok.text.lower() != "in" or tok.dep != "prep":
            return None
        obj = _child(self.parsed, i, frozenset({"pobj"}))
        if obj is None or self.tokens[obj].lemma.lower() not in self.lex.source_nouns:
            return None
        head = tok.head
        sent_start = self.parsed.sents[tok.sent][0]
        if self.tokens[head].pos not in {"VERB", "AUX"} or not (
            i == sent_start or self.tokens[i - 1].text == ","
        ):
            return None
        phrase = set(_subtree(self.parsed, i))
        content = [j for j in _subtree(self.parsed, head) if j not in phrase]
        spans = _runs(self.parsed, content)
        if not spans:
            return None
        return Attribution(
            cue=CharSpan(start=tok.idx, end=tok.end),
            source=_one_span(self.parsed, _subtree(self.parsed, obj)),
            content=spans,
        )

    def colon_rule(self, i: int) -> Attribution | None:
        """``Smith: The deal is off``: a name opening a line, a colon, what it said.

        The words before the colon (at most six, from the line's or the sentence's
        start) must be a name: nouns and proper nouns, at least one proper, no verb
        and no leading determiner ("The Latest: …" is a title). The content runs to
        the end of the line.
        """
        tok = self.tokens[i]
        if tok.text != ":" or i == 0:
            return None
        text = self.parsed.text
        line_start = text.rfind("\n", 0, tok.idx) + 1
        first = max(self.parsed.sents[tok.sent][0], 0)
        left = [j for j in range(first, i) if self.tokens[j].idx >= line_start]
        words = [j for j in left if self.tokens[j].pos != "PUNCT"]
        if (
            not words
            or len(left) > _MAX_COLON_SOURCE
            or len("".join(self.tokens[j].text for j in words)) < 2  # noqa: PLR2004
            or all(self.tokens[j].ent_type in {"GPE", "DATE"} for j in words)
        ):
            return None
        kinds = {self.tokens[j].pos for j in words}
        if (
            not kinds <= {"PROPN", "NOUN", "ADJ"}
            or (
                "PROPN" not in kinds
                and not any(
                    self.tokens[j].lemma.lower() in self.lex.source_nouns for j in words
                )
            )
            or not self.tokens[left[0]].text[:1].isupper()
        ):
            return None
        line_end = text.find("\n", tok.end)
        line_end = len(text) if line_end < 0 else line_end
        content = [
            j
            for j in range(i + 1, len(self.tokens))
            if self.tokens[j].end <= line_end and self.tokens[j].pos != "SPACE"
        ]
        content = content[
            : next(
                (n for n, j in enumerate(content) if self.tokens[j].idx >= line_end),
                len(content),
            )
        ]
        if sum(self.tokens[j].pos != "PUNCT" for j in content) < _MIN_COLON_CONTENT:
            return None
        spans = _runs(self.parsed, content)
        if not spans:
            return None
        return Attribution(
            cue=CharSpan(start=tok.idx, end=tok.end),
            source=_one_span(self.parsed, left),
            content=(CharSpan(start=spans[0].start, end=spans[-1].end),),
        )

    def noun_rule(self, noun: int) -> Attribution | None:
        """``X's claim that …``: a cue noun with a ``that``-clause."""
        tok = self.tokens[noun]
        if tok.pos != "NOUN" or tok.lemma.lower() not in self.lex.clause_nouns:
            return None
        comp = _child(self.parsed, noun, frozenset({"acl", "ccomp"}))
        if comp is None or not any(
            self.tokens[c].dep == "mark" and self.tokens[c].text.lower() == "that"
            for c in self.parsed.children[comp]
        ):
            return None
        poss = _child(self.parsed, noun, frozenset({"poss"}))
        source = (
            _one_span(self.parsed, _subtree(self.parsed, poss))
            if poss is not None
            else None
        )
        spans = _runs(self.parsed, _subtree(self.parsed, comp))
        if not spans:
            return None
        cue = CharSpan(start=tok.idx, end=tok.end)
        return Attribution(cue=cue, source=source, content=spans)

    def naming_rule(self, verb: int) -> Attribution | None:
        """``X called Y "a loser"``: a naming verb with an object and its predicate."""
        tok = self.tokens[verb]
        if tok.pos != "VERB" or tok.lemma.lower() not in self.lex.naming_verbs:
            return None
        obj = _child(self.parsed, verb, frozenset({"dobj"}))
        oprd = _child(self.parsed, verb, frozenset({"oprd"}))
        if obj is None or oprd is None:
            return None
        content = _runs(
            self.parsed,
            self.with_quotes(
                sorted(
                    set(_subtree(self.parsed, obj)) | set(_subtree(self.parsed, oprd))
                )
            ),
        )
        if not content:
            return None
        return Attribution(
            cue=self.cue_span(verb), source=self.source_of(verb), content=content
        )

    def as_rule(self, verb: int) -> Attribution | None:
        """``As Politico reported, …``: the main clause is what the source said."""
        tok = self.tokens[verb]
        if tok.dep != "advcl" or tok.lemma.lower() not in self.lex.frames["clause"]:
            return None
        if not any(
            self.tokens[k].dep == "mark" and self.tokens[k].text.lower() == "as"
            for k in self.parsed.children[verb]
        ):
            return None
        if _child(self.parsed, verb, frozenset({"ccomp", "dobj"})) is not None:
            return None
        inner = set(_subtree(self.parsed, verb))
        content = [k for k in _subtree(self.parsed, tok.head) if k not in inner]
        spans = _runs(self.parsed, content)
        if not spans:
            return None
        return Attribution(
            cue=self.cue_span(verb), source=self.source_of(verb), content=spans
        )

    def run(self) -> tuple[Attribution, ...]:
        found: list[Attribution] = []
        for tok in self.tokens:
            # what a quoted speaker reports is rarely an attribution of its own
            quoted = self.quoted[tok.i]
            hit = (
                (None if quoted else self.prep_rule(tok.i))
                or self.colon_rule(tok.i)
                or self.poll_rule(tok.i)
                or self.verb_rule(tok.i)
                or (
                    None
                    if quoted
                    else (
                        self.naming_rule(tok.i)
                        or self.as_rule(tok.i)
                        or self.noun_rule(tok.i)
                    )
                )
            )
            if hit is not None:
                found.append(hit)
        return tuple(found)


def find_attributions(
    parsed: ParsedText,
    *,
    lexicon: CueLexicon | None = None,
    model: CueModel | None = None,
) -> tuple[Attribution, ...]:
    """Find the attributions of a parsed text, in cue order.

    Args:
        parsed: The text's parse (:func:`redline.nlp.parse_texts`).
        lexicon: Cue lists; the bundled ones by default.
        model: The cue model deciding which verb frames are cues; the bundled one
            by default.

    Returns:
        One :class:`Attribution` per cue, with character offsets into ``parsed.text``.
    """
    finder = _Finder(parsed, lexicon or load_cue_lexicon(), model or load_cue_model())
    return finder.run()


def candidate_features(
    parsed: ParsedText, *, lexicon: CueLexicon | None = None
) -> list[tuple[int, str, list[str]]]:
    """Every candidate cue of a text: (verb token, frame, features), for training."""
    finder = _Finder(
        parsed,
        lexicon or load_cue_lexicon(),
        CueModel(bias=0.0, threshold=1.0, weights={}),
    )
    return [
        (tok.i, frame, features)
        for tok in parsed.tokens
        for frame, _content, _end, features in finder.candidates(tok.i)
    ]
