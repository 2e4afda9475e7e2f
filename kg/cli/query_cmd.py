"""`kg query list` and `kg query NAME [--param key=value ...] [--format table|json|csv]`: the canned queries."""

from __future__ import annotations

import csv
import json
import re
import sys
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from kg import server, store
from kg.cli.common import DatabaseOption, UriOption, UsernameOption, reports_errors, settings_from
from kg.cypher import CypherFile, Param, list_cypher
from kg.errors import KgError

_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class UsageError(KgError):
    """A canned query or one of its parameters named wrongly on the command line."""

    exit_code = 2


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


def canned_queries() -> dict[str, CypherFile]:
    """The canned queries: top-level `cypher/*.cypher` files in read mode, by name (sub-folders such as
    `cypher/export/` and `cypher/admin/` hold other stages' statements)."""
    return {f.name: f for f in list_cypher("read")}


def find_query(name: str) -> CypherFile:
    queries = canned_queries()
    if name not in queries:
        raise UsageError(f"no canned query named {name!r}", hint=f"Known queries: {', '.join(queries)}.")
    return queries[name]


def typed_value(query: CypherFile, param: Param, raw: str) -> Any:
    """The command-line text of a parameter as the type its header declares; UsageError when it is not one."""
    if raw == "null" and not param.required:
        return None
    try:
        return _convert(param.type, raw)
    except ValueError as e:
        raise UsageError(f"query {query.name!r}: parameter {param.name!r} must be {_article(param.type)} {param.type}, not {raw!r}"
                         f" ({e})", hint="Write `--param name=value`; `null` clears an optional one.") from None


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def _convert(kind: str, raw: str) -> Any:
    if kind == "int":
        return int(raw)
    if kind == "float":
        return float(raw)
    if kind == "bool":
        if raw.lower() not in ("true", "false"):
            raise ValueError("use true or false")
        return raw.lower() == "true"
    if kind == "date":
        if not _PARTIAL_DATE.match(raw):
            raise ValueError("use an ISO date such as 2024, 2024-06 or 2024-06-01")
        return date.fromisoformat((raw + "-01-01")[:10] if len(raw) == 4 else (raw + "-01")[:10]).isoformat()
    if kind in ("list", "map"):
        value = json.loads(raw)
        if not isinstance(value, list if kind == "list" else dict):
            raise ValueError(f"give a JSON {'array' if kind == 'list' else 'object'}")
        return value
    return raw


def query_params(query: CypherFile, pairs: list[str]) -> dict[str, Any]:
    """Defaults from the header, overridden by `key=value` pairs; every parameter typed."""
    declared = {p.name: p for p in query.params}
    values = {p.name: p.default for p in query.params}
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep:
            raise UsageError(f"--param {pair!r} is not key=value", hint=f"For example --param {key}=...")
        if key.strip() not in declared:
            known = ", ".join(declared) or "none"
            raise UsageError(f"query {query.name!r} has no parameter {key.strip()!r}", hint=f"Its parameters: {known}.")
        values[key.strip()] = typed_value(query, declared[key.strip()], raw)
    missing = [p.name for p in query.params if p.required and values[p.name] is None]
    if missing:
        raise UsageError(f"query {query.name!r} needs --param {missing[0]}=...")
    return values


def plain(value: Any) -> Any:
    """Neo4j values as JSON-ready Python: temporal values become ISO strings."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


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
    with store.connect(settings) as driver:
        rows = store.run_cypher(driver, settings, cypher, values)
    print_rows(rows, fmt, cypher.name)
