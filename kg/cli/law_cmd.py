"""`kg law list` and `kg law apply`: the law data kg loads, and re-applying it to every event in the graph."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from kg.cli.common import DatabaseOption, UriOption, UsernameOption, connected, reports_errors

app = typer.Typer(help="The sanctions law kg applies: list it, or re-apply it to the graph.", no_args_is_help=True)
LawOption = Annotated[list[Path], typer.Option("--law", help="Another regime's law file (YAML) to include.")]


@app.command("list")
@reports_errors
def list_command(
    law: LawOption = [],
    regime: Annotated[str | None, typer.Option(help="Only this regime (e.g. un-1718).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per paragraph on stdout.")] = False,
) -> None:
    """List the regimes, resolutions and paragraphs kg loads, with their windows and verification status.

    Reads the law files only (data/law/*.yaml and any --law); no server is needed.
    """
    from kg.law import list_law, load_all

    rows = [r for r in list_law(load_all(law)) if regime is None or r["regime"] == regime]
    if as_json:
        for row in rows:
            print(json.dumps(row, default=str))
        return
    table = Table("regime", "paragraph", "windows", "binding", "verified", "covers")
    for r in rows:
        covers = ", ".join(r["classes"] + r["services"]) + (f" (except {', '.join(r['except'])})" if r["except"] else "")
        table.add_row(r["regime"], r["paragraph"], "\n".join(r["windows"]), "yes" if r["binding"] else "no",
                      "yes" if r["verified"] else "no (number provisional)", covers or "-")
    Console(width=200).print(table)
    regimes = len({r["regime"] for r in rows})
    print(f"{regimes} regime(s), {len({r['resolution'] for r in rows})} resolution(s), {len(rows)} paragraph(s).",
          file=sys.stderr)


@app.command("apply")
@reports_errors
def apply_command(
    law: LawOption = [],
    uri: UriOption = None, username: UsernameOption = None, database: DatabaseOption = None,
) -> None:
    """Load the law into the graph and re-apply it to every event (after the law data changed).

    Events whose assessment is unchanged are not written, so running it twice changes nothing.
    """
    from kg import store
    from kg.ingest import apply_law, load_regimes
    from kg.law import load_all

    regimes = load_all(law)
    with connected(uri, username, database) as graph:
        store.apply_schema(graph)
        summary = load_regimes(graph, regimes)
        summary.add(apply_law(graph, regimes))
    print(f"Applied {len(regimes.files)} regime(s) to the graph at {graph.uri}: "
          f"{summary.relationships_created} assessment(s) written, {summary.relationships_deleted} removed, "
          f"{summary.properties_set} properties set.", file=sys.stderr)
