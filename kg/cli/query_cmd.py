"""`kg query list` and `kg query NAME [--param key=value ...] [--format table|json|csv]`: the canned queries
(kg.queries finds, types and runs them; this module prints them)."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from kg.cli.common import DatabaseOption, UriOption, UsernameOption, connected, reports_errors
from kg.cli.output import Format, print_rows


def print_list() -> None:
    from kg.queries import canned_queries

    for query in canned_queries().values():
        params = ", ".join(f"{p.name}={json.dumps(p.default)}" if not p.required else f"{p.name} (required)"
                           for p in query.params) or "no parameters"
        print(f"{query.name}\n  {query.description}\n  params: {params}")


@reports_errors
def query(
    name: Annotated[str, typer.Argument(help="A canned query (see `kg query list`), or `list`.", show_default=False)],
    param: Annotated[list[str], typer.Option("--param", "-p", help="A parameter as key=value (repeatable).")] = [],
    fmt: Annotated[Format, typer.Option("--format", "-f",
                                        help="Output: a table, one JSON array, JSON lines or CSV.")] = Format.TABLE,
    uri: UriOption = None, username: UsernameOption = None, database: DatabaseOption = None,
) -> None:
    """Run a canned Cypher query from cypher/ in read mode; `kg query list` shows them with their parameters.

    Parameters default to the values in the file's header; values are typed by the header (int, date, list...).
    """
    if name == "list":
        print_list()
        return
    from kg.queries import explain_empty, find_query, query_params, run_query

    cypher = find_query(name)
    values = query_params(cypher, param)
    with connected(uri, username, database) as graph:
        rows = run_query(graph, cypher, values)
        reasons = [] if rows else explain_empty(graph, cypher, values)
    print_rows(rows, fmt, cypher.name)
    explain(rows, reasons)


def explain(rows: list[dict], reasons: list[str]) -> None:
    """After an empty answer, say why on stderr: each parameter naming nothing in the graph, with a hint."""
    if rows:
        return
    for reason in reasons:
        print(f"Note: {reason}.", file=sys.stderr)
    if not reasons:
        print("Note: every parameter names something in the graph, but nothing matches them together "
              "(`kg query list` shows each query's parameters and defaults).", file=sys.stderr)
