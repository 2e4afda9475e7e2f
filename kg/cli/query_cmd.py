"""`kg query list` and `kg query NAME [--param key=value ...] [--format table|json|csv]`: the canned queries
(kg.queries finds, types and runs them; this module prints them)."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from kg import server, store
from kg.cli.common import DatabaseOption, UriOption, UsernameOption, reports_errors, settings_from
from kg.queries import canned_queries, find_query, plain, query_params, run_query


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(_cell(v) for v in value)
    if isinstance(value, dict) and "value" in value:
        number = f"{value['value']:,}" if isinstance(value["value"], (int, float)) else str(value["value"])
        source = ", ".join(str(value[k]) for k in ("attributedTo", "publisher", "published") if value.get(k))
        return f"{number} {value.get('unit') or ''} ({value.get('qualifier')}) - {source}".replace("  ", " ")
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_cell(v)}" for k, v in value.items() if v is not None)
    return str(value)


def _fits(rows: list[dict], width: int) -> bool:
    """Whether one row per line fits the terminal: the widest cell of each column, plus borders."""
    widest = [max(len(str(c)), *(max(map(len, _cell(r[c]).splitlines() or [""])) for r in rows)) for c in rows[0]]
    return sum(widest) + 3 * len(widest) + 1 <= width


def _tables(rows: list[dict], title: str, width: int) -> list[Table]:
    """One table when it fits; else one two-column (field, value) table per row, like psql's expanded mode."""
    if _fits(rows, width):
        table = Table(title=title, show_lines=True)
        for column in rows[0]:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*(_cell(v) for v in row.values()))
        return [table]
    tables = []
    for number, row in enumerate(rows, start=1):
        table = Table(title=f"{title} {number}/{len(rows)}", show_header=False, show_lines=True, title_justify="left")
        table.add_column("field", style="bold", no_wrap=True)
        table.add_column("value", overflow="fold")
        for column, value in row.items():
            table.add_row(column, _cell(value))
        tables.append(table)
    return tables


def print_rows(rows: list[dict], fmt: Format, title: str) -> None:
    rows = [plain(r) for r in rows]
    if fmt is Format.JSON:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    elif fmt is Format.CSV and rows:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(rows[0].keys())
        for row in rows:
            writer.writerow(v if isinstance(v, (str, int, float)) or v is None else json.dumps(v, ensure_ascii=False)
                            for v in row.values())
    elif fmt is Format.TABLE and rows:
        console = Console(file=sys.stdout)
        for table in _tables(rows, title, console.width):
            console.print(table)
    print(f"{len(rows)} row(s) from {title}.", file=sys.stderr)


def print_list() -> None:
    for query in canned_queries().values():
        params = ", ".join(f"{p.name}={json.dumps(p.default)}" if not p.required else f"{p.name} (required)"
                           for p in query.params) or "no parameters"
        print(f"{query.name}\n  {query.description}\n  params: {params}")


@reports_errors
def query(
    name: Annotated[str, typer.Argument(help="A canned query (see `kg query list`), or `list`.", show_default=False)],
    param: Annotated[list[str], typer.Option("--param", "-p", help="A parameter as key=value (repeatable).")] = [],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output: a table, JSON lines or CSV.")] = Format.TABLE,
    uri: UriOption = None, username: UsernameOption = None, database: DatabaseOption = None,
) -> None:
    """Run a canned Cypher query from cypher/ in read mode; `kg query list` shows them with their parameters.

    Parameters default to the values in the file's header; values are typed by the header (int, date, list...).
    """
    if name == "list":
        print_list()
        return
    cypher = find_query(name)
    values = query_params(cypher, param)
    settings = server.resolve_settings(settings_from(uri, username, database))
    with store.connect(settings) as graph:
        rows = run_query(graph, cypher, values)
    print_rows(rows, fmt, cypher.name)
