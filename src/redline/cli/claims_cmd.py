"""``redline claims``: list stored claims."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from redline.cli._options import DbOption, JsonOption, build_settings
from redline.serialize import claim_to_json
from redline.store import Store

__all__ = ["claims"]


def claims(
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
    json_out: JsonOption = False,
) -> None:
    """List stored claims as a table of positions, or JSON Lines with --json."""
    settings = build_settings(db=db)
    with Store.open(settings.db_url) as store:
        rows = list(store.iter_claims(actor=actor, issue=issue, action=action))
    if json_out:
        for row in rows:
            obj = claim_to_json(row.claim)
            obj["article_id"] = row.article_id
            sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
        return
    table = Table(title=f"positions ({len(rows)} claims)", show_lines=True)
    for col in (
        "date",
        "holder",
        "action",
        "addressee",
        "issue",
        "content",
        "sources",
        "outlet",
    ):
        table.add_column(col, overflow="fold")
    for row in rows:
        c = row.claim
        date = (
            c.when
            if c.historical and c.when
            else (row.published.date().isoformat() if row.published else "")
        )
        table.add_row(
            date + (" (hist.)" if c.historical else ""),
            c.holder.id + (f" ({c.voiced_by.name})" if c.voiced_by else ""),
            c.action + (" (not)" if c.negated else ""),
            c.addressee.id if c.addressee else "",
            ", ".join(c.issues),
            c.content[:120],
            "; ".join(s.text for s in c.sources)[:80],
            row.outlet or "",
        )
    Console(width=200).print(table)
