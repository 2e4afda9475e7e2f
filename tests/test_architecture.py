"""The flow goes one way: each module may import only what this table allows (STYLE.md, section 3).

A module is named by its first two dotted parts (`kg.store.writes` counts as `kg.store`).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"

ALLOWED_KG = {
    "kg": set(),
    "kg.model": set(),
    "kg.errors": set(),
    "kg.config": {"kg.errors"},
    "kg.resources": {"kg.errors"},
    "kg.cypher": {"kg.errors", "kg.resources"},
    "kg.law": {"kg.errors", "kg.model", "kg.resources"},
    "kg.vocab": {"kg.errors", "kg.resources"},
    "kg.check": {"kg.errors", "kg.law", "kg.model", "kg.resources", "kg.vocab"},
    "kg.extract": {"kg.errors", "kg.model", "kg.resources", "kg.vocab"},
    "kg.rdf_input": {"kg.errors", "kg.model", "kg.vocab"},
    "kg.inputs": {"kg.errors", "kg.extract", "kg.model", "kg.rdf_input"},
    "kg.store": {"kg.config", "kg.cypher", "kg.errors", "kg.model"},
    "kg.server": {"kg.config", "kg.errors", "kg.resources", "kg.store"},
    "kg.importer": {"kg.check", "kg.config", "kg.errors", "kg.inputs", "kg.law", "kg.model", "kg.resources",
                    "kg.store"},
    "kg.export": {"kg.config", "kg.cypher", "kg.errors", "kg.model", "kg.resources", "kg.store", "kg.vocab"},
    "kg.report": {"kg.errors", "kg.model"},
    "kg.cli": None,  # anything; nothing imports it
}
# Third-party packages only one layer may use.
OWNED_BY = {"neo4j": {"kg.store"}, "typer": {"kg.cli"}, "rich": {"kg.cli"}}


def _module_name(path: Path) -> str:
    parts = path.relative_to(KG.parent).with_suffix("").parts
    parts = parts[:-1] if parts[-1] == "__init__" else parts
    return ".".join(parts[:2])


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module == "kg":
            found |= {f"kg.{alias.name}" for alias in node.names}  # `from kg import store`
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


MODULES = sorted(p for p in KG.rglob("*.py") if "_data" not in p.parts)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(KG.parent)))
def test_module_imports_follow_the_table(path: Path) -> None:
    name = _module_name(path)
    assert name in ALLOWED_KG, f"{name} is not in the table: add it to ALLOWED_KG (and STYLE's flow) first"
    allowed = ALLOWED_KG[name]
    for imported in _imports(path):
        top = ".".join(imported.split(".")[:2]) if imported.startswith("kg.") or imported == "kg" else None
        if top is not None and top != name and allowed is not None:
            assert top in allowed, f"{path.name} ({name}) may not import {imported}"
        root = imported.split(".")[0]
        if root in OWNED_BY:
            assert name in OWNED_BY[root], f"{path.name} ({name}) may not import {root}: only {OWNED_BY[root]}"


def test_nothing_imports_the_cli() -> None:
    for path in MODULES:
        if _module_name(path) != "kg.cli":
            assert not any(i == "kg.cli" or i.startswith("kg.cli.") for i in _imports(path)), path
