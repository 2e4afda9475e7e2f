"""How commands print rows: a rich table (or one field/value table per row when too wide), one JSON array,
JSON lines or CSV, as sqlite-utils and datasette do. Data on stdout; the row count on stderr."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from typing import Any

from rich.console import Console
from rich.table import Table


class Format(StrEnum):
    TABLE = "table"
    JSON = "json"
    JSONL = "jsonl"
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
    """Rows on stdout as a table, ONE JSON array, JSON lines (one object a line) or CSV; the count on stderr."""
    from kg.queries import plain

    rows = [plain(r) for r in rows]
    if fmt is Format.JSON:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt is Format.JSONL:
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
