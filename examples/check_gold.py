"""Check the hand-written gold under examples/expected/ against the sample articles.

Stdlib only. Run from the repository root:

    .venv/bin/python examples/check_gold.py

For every gold file it verifies that the file is valid JSON with the expected
keys, that the article it names exists (for JSONL: that the record exists),
that ``body_starts_with`` and ``body_ends_with`` occur in the article text in
that order, that every ``evidence`` string occurs inside that body span, that
summary lines, captions and the strings listed in ``body_must_not_contain``
occur on the page but outside the body, and that stances, issues, actor ids and
dates use the agreed vocabularies. It also checks that every article (and every
JSONL record) has a gold file. Exits with status 1 on any problem.
"""

# ruff: noqa: INP001  (a stand-alone script, not a package)
from __future__ import annotations

import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

EXAMPLES = Path(__file__).resolve().parent
ROOT = EXAMPLES.parent
ARTICLES = EXAMPLES / "articles"
EXPECTED = EXAMPLES / "expected"

STANCES = frozenset(
    [
        "demand",
        "propose",
        "accept",
        "reject",
        "threaten",
        "warn",
        "accuse",
        "pledge",
        "deny",
        "concede",
    ]
)
ISSUES = frozenset(
    [
        "alliance_membership",
        "sanctions",
        "neutrality",
        "frozen_assets",
        "minority_rights",
        "territory_control",
        "security_guarantees",
        "ceasefire",
        "prisoner_exchange",
        "troop_withdrawal",
        "trade_tariffs",
        "market_access",
        "fishing_rights",
        "energy_supply",
        "debt_restructuring",
        "nuclear_program",
        "humanitarian_access",
        "budget",
        "elections",
    ]
)
BODIES = frozenset({"NATO", "EU", "UN", "IMF", "WTO", "OPEC", "WEST", "EUR"})
SECTIONS = (
    "positions",
    "threats",
    "no_comment",
    "historical_positions",
    "other_true_claims",
)
TOP_KEYS = frozenset({"about", "doc", "article", *SECTIONS})
ARTICLE_KEYS = frozenset(
    [
        "title",
        "authors",
        "published",
        "outlet",
        "dateline",
        "summary",
        "captions_contain",
        "body_starts_with",
        "body_ends_with",
    ]
)
JSONL_KEYS = frozenset({"id", "title", "text", "published", "url", "outlet"})
WHEN_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ACTOR_RE = re.compile(r"^[A-Z]{3}$")
ISO_TS_RE = re.compile(
    r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$"
)
MIN_RECORDS = 2
MAX_TITLE = 300
MIN_WORDS, MAX_WORDS = 350, 700
MAX_EVIDENCE = 160

Json = dict[str, Any]


def squash(text: str) -> str:
    """Collapse runs of whitespace so that HTML line breaks do not matter."""
    return re.sub(r"\s+", " ", text)


class _TextOf(HTMLParser):
    """Visible text of an HTML page (script and style dropped), blocks on new lines."""

    _BLOCKS = frozenset(
        [
            "p",
            "li",
            "h1",
            "h2",
            "h3",
            "figcaption",
            "div",
            "section",
            "header",
            "footer",
            "article",
            "nav",
            "ul",
        ]
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, _attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style"}:
            self._skip += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"}:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_text(raw: str) -> str:
    """Return the visible text of an HTML page."""
    parser = _TextOf()
    parser.feed(raw)
    parser.close()
    return html.unescape("".join(parser.parts))


def load_records(path: Path) -> dict[str, Json]:
    """Return the records of a JSONL file by id."""
    records: dict[str, Json] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            records[rec["id"]] = rec
    return records


class Checker:
    """Collects problems across all sample articles and their gold files."""

    def __init__(self) -> None:
        """Start with no problems found."""
        self.errors: list[str] = []
        self.checked = 0

    def fail(self, where: str, msg: str) -> None:
        """Record one problem."""
        self.errors.append(f"{where}: {msg}")

    # -- article sources ---------------------------------------------------------
    def check_jsonl(self, path: Path) -> None:
        """Check a JSONL article file: keys, dates, fictional note, gold files."""
        where = str(path.relative_to(ROOT))
        try:
            records = load_records(path)
        except (json.JSONDecodeError, KeyError) as exc:
            self.fail(where, f"invalid JSONL: {exc}")
            return
        if len(records) < MIN_RECORDS:
            self.fail(where, f"needs at least {MIN_RECORDS} records")
        for rid, rec in records.items():
            at = f"{where}#{rid}"
            missing = JSONL_KEYS - rec.keys()
            if missing:
                self.fail(at, f"missing keys {sorted(missing)}")
            if not ISO_TS_RE.match(str(rec.get("published", ""))):
                self.fail(at, f"published is not ISO-8601: {rec.get('published')!r}")
            if rec.get("note") != "fictional sample":
                self.fail(at, 'missing "note": "fictional sample"')
            gold = EXPECTED / f"{path.stem}--{rid}.json"
            if not gold.exists():
                self.fail(at, f"no gold file {gold.relative_to(ROOT)}")

    def source_texts(self, doc: Json, where: str) -> tuple[str, str] | None:
        """Return (whole page text, readable text) for the document a gold names."""
        path = ROOT / doc.get("file", "")
        if not doc.get("file") or not path.is_file():
            self.fail(where, f"doc.file does not exist: {doc.get('file')!r}")
            return None
        raw = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            rid = doc.get("record")
            records = load_records(path)
            if rid not in records:
                self.fail(where, f"record {rid!r} not in {doc['file']}")
                return None
            rec = records[rid]
            return rec["title"] + "\n\n" + rec["text"], rec["text"]
        if path.suffix in {".html", ".htm"}:
            # Visible text first, then the markup itself (meta tags count as page).
            return html_text(raw) + "\n" + raw, html_text(raw)
        return raw, raw

    # -- gold files --------------------------------------------------------------
    def check_actor(self, where: str, value: object, *, allow_none: bool) -> None:
        """Check an actor id: ISO alpha-3 or one of the known bodies."""
        if value is None and allow_none:
            return
        if not isinstance(value, str) or not (value in BODIES or ACTOR_RE.match(value)):
            self.fail(where, f"bad actor id {value!r}")

    def check_reported_by(self, where: str, rb: object) -> None:
        """Check a reported_by block."""
        if not isinstance(rb, dict) or "anonymous" not in rb:
            self.fail(where, "reported_by needs at least 'anonymous'")
            return
        if rb["anonymous"] and "count" not in rb:
            self.fail(where, "anonymous reported_by needs a 'count' (null if unknown)")
        self.check_actor(where + ".affiliation", rb.get("affiliation"), allow_none=True)

    def body_span(self, where: str, art: Json, page: str, readable: str) -> str | None:
        """Check the article block and return the body span of the readable text."""
        missing = ARTICLE_KEYS - art.keys()
        if missing:
            self.fail(where, f"article is missing {sorted(missing)}")
            return None
        published = art["published"]
        if published is not None and not ISO_TS_RE.match(published):
            self.fail(where, f"article.published is not ISO-8601: {published!r}")
        if len(art["title"]) >= MAX_TITLE:
            self.fail(where, f"title is {MAX_TITLE} characters or longer")
        flat = squash(readable)
        start = flat.find(squash(art["body_starts_with"]))
        end_str = squash(art["body_ends_with"])
        end = flat.rfind(end_str)
        if start < 0:
            self.fail(where, f"body_starts_with not found: {art['body_starts_with']!r}")
        if end < 0:
            self.fail(where, f"body_ends_with not found: {art['body_ends_with']!r}")
        if start < 0 or end < 0:
            return None
        if end < start:
            self.fail(where, "body_ends_with occurs before body_starts_with")
            return None
        body = flat[start : end + len(end_str)]
        words = len(body.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            self.fail(where, f"body has {words} words, not {MIN_WORDS}-{MAX_WORDS}")
        dateline = art.get("dateline")
        if dateline is not None and squash(dateline["text"]) not in flat:
            self.fail(where, f"dateline text not found: {dateline['text']!r}")
        on_page = squash(page)
        outside = [
            *art["summary"],
            *art["captions_contain"],
            *art.get("body_must_not_contain", []),
        ]
        for item in outside:
            if squash(item) not in on_page:
                self.fail(where, f"not on the page at all: {item!r}")
            elif squash(item) in body:
                self.fail(where, f"leaks into the body span: {item!r}")
        return body

    def check_claim(self, where: str, section: str, claim: Json, body: str) -> None:
        """Check one claim of a gold section against the body text."""
        evidence = claim.get("evidence")
        if not evidence:
            self.fail(where, "no evidence")
            return
        self.checked += 1
        if squash(evidence) not in body:
            self.fail(where, f"evidence not in article body: {evidence!r}")
        if len(evidence) > MAX_EVIDENCE:
            self.fail(where, f"evidence is not short (>{MAX_EVIDENCE} chars)")
        if section == "no_comment":
            return
        self.check_actor(where + ".holder", claim.get("holder"), allow_none=False)
        if section == "threats":
            self.check_actor(where + ".target", claim.get("target"), allow_none=True)
            self.check_reported_by(where, claim.get("reported_by"))
            return
        if claim.get("stance") not in STANCES:
            self.fail(where, f"bad stance {claim.get('stance')!r}")
        needs_issue = section in {"positions", "historical_positions"}
        if needs_issue and claim.get("issue") not in ISSUES:
            self.fail(where, f"bad issue {claim.get('issue')!r}")
        if section == "positions":
            addressee = claim.get("addressee")
            self.check_actor(where + ".addressee", addressee, allow_none=True)
            self.check_reported_by(where, claim.get("reported_by"))
            if not claim.get("content"):
                self.fail(where, "no content")
        when = claim.get("when")
        dated = section == "historical_positions" or claim.get("historical")
        if dated and not (isinstance(when, str) and WHEN_RE.match(when)):
            self.fail(where, f"bad when {when!r}")

    def check_gold(self, gold_path: Path) -> None:
        """Check one gold file."""
        where = str(gold_path.relative_to(ROOT))
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            self.fail(where, f"invalid JSON: {exc}")
            return
        missing = TOP_KEYS - gold.keys()
        if missing:
            self.fail(where, f"missing keys {sorted(missing)}")
            return
        texts = self.source_texts(gold["doc"], where)
        if texts is None:
            return
        body = self.body_span(where, gold["article"], *texts)
        if body is None:
            return
        for section in SECTIONS:
            for i, claim in enumerate(gold[section]):
                self.check_claim(f"{where}:{section}[{i}]", section, claim, body)

    def run(self) -> int:
        """Check everything, report on stdout, return the exit status."""
        articles = sorted(p for p in ARTICLES.iterdir() if p.is_file())
        golds = sorted(EXPECTED.glob("*.json"))
        for art in articles:
            if art.suffix == ".jsonl":
                self.check_jsonl(art)
            elif not (EXPECTED / f"{art.stem}.json").exists():
                self.fail(str(art.relative_to(ROOT)), "no gold file")
        for gold in golds:
            self.check_gold(gold)
        lines = [f"FAIL {err}" for err in self.errors]
        status = "FAILED" if self.errors else "OK"
        lines.append(
            f"{status}: {len(articles)} article files, {len(golds)} gold files, "
            f"{self.checked} evidence strings checked, {len(self.errors)} problems"
        )
        sys.stdout.write("\n".join(lines) + "\n")
        return 1 if self.errors else 0


if __name__ == "__main__":
    sys.exit(Checker().run())
