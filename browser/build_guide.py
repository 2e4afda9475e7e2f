"""Writes browser/favorites/NAME.cypher for every canned query: a title line, its `:param` lines with the header's
defaults, then the statement, ready for Neo4j Browser's Favorites > Import (or to paste into the editor).

Run from the repository root: `.venv/bin/python browser/build_guide.py`. tests/test_browser_kit.py fails when
the committed files differ from what this writes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kg.queries import canned_queries

FOLDER = Path(__file__).resolve().parent / "favorites"


def favorites() -> dict[str, str]:
    """File name -> content, for every canned query."""
    files = {}
    for name, query in canned_queries().items():
        lines = [f"// kg: {name}", f"// {query.description}", *query.browser_params(), query.statements[0] + ";"]
        files[f"{name}.cypher"] = "\n".join(lines) + "\n"
    return files


def main() -> int:
    FOLDER.mkdir(exist_ok=True)
    wanted = favorites()
    for stale in set(p.name for p in FOLDER.glob("*.cypher")) - set(wanted):
        (FOLDER / stale).unlink()
    for name, text in wanted.items():
        (FOLDER / name).write_text(text, encoding="utf-8")
    print(f"Wrote {len(wanted)} favourites to {FOLDER}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
