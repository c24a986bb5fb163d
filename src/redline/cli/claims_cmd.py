"""``redline claims``: list stored claims."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from redline.cli._options import DbOption, JsonOption, build_settings
from redline.model import POSITION_ACTIONS
from redline.serialize import claim_to_json
from redline.store import Store, StoredClaim

__all__ = ["claims"]

_SHOWN = POSITION_ACTIONS | {"no_comment"}


def _date(row: StoredClaim) -> str:
    claim = row.claim
    if claim.historical and claim.when:
        return f"{claim.when} (hist.)"
    if row.published is not None:
        return row.published.date().isoformat()
    return claim.when or ""


def _order(row: StoredClaim) -> tuple[str, str, str, int]:
    claim = row.claim
    issue = claim.issues[0] if claim.issues else "~"
    return (
        claim.holder.id,
        issue,
        _date(row).replace(" (hist.)", ""),
        row.claim.evidence.start,
    )


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width] + "…"


def claims(  # noqa: PLR0917 - Typer options are parameters
    db: DbOption = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Holder or addressee id, e.g. RUS.")
    ] = None,
    issue: Annotated[
        str | None, typer.Option("--issue", help="Issue code, e.g. sanctions.")
    ] = None,
    action: Annotated[
        str | None, typer.Option("--action", help="Action, e.g. demand.")
    ] = None,
    positions: Annotated[
        bool,
        typer.Option(
            "--positions",
            help="Only stances (demand … concede) and no-comments, grouped by holder "
            "and issue, oldest first.",
        ),
    ] = False,
    json_out: JsonOption = False,
) -> None:
    """List stored claims as a table, or JSON Lines with --json."""
    settings = build_settings(db=db)
    with Store.open(settings.db_url) as store:
        rows = list(store.iter_claims(actor=actor, issue=issue, action=action))
    if positions:
        rows = sorted((r for r in rows if r.claim.action in _SHOWN), key=_order)
    if json_out:
        for row in rows:
            obj = claim_to_json(row.claim)
            obj["article_id"] = row.article_id
            obj["reports"] = row.reports
            sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
        return
    title = "positions" if positions else "claims"
    table = Table(title=f"{title} ({len(rows)})", show_lines=False)
    for col in (
        "holder",
        "action",
        "addressee",
        "issue",
        "content",
        "sources",
        "date",
        "reports",
    ):
        table.add_column(col, overflow="fold")
    previous = ""
    for row in rows:
        c = row.claim
        holder = c.holder.id + (f" ({c.voiced_by.name})" if c.voiced_by else "")
        table.add_row(
            holder if holder != previous else "",
            c.action + (" (not)" if c.negated else ""),
            c.addressee.id if c.addressee else "",
            ", ".join(c.issues[:2]),
            _cut(c.content, 70),
            "; ".join(
                s.text[:30] + (f" [{s.count}]" if s.count else "") for s in c.sources
            ),
            _date(row),
            str(row.reports),
        )
        previous = holder
    Console(width=180).print(table)
