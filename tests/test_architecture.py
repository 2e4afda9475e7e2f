"""The flow goes one way: each module may import only what this table allows (docs/architecture.md).

A module is named by its first two dotted parts (`kg.store.writes` counts as `kg.store`).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"

ALLOWED_KG = {
    "kg": set(),
    "kg.model": set(),
    "kg.errors": set(),
    "kg.formats": set(),
    "kg.config": {"kg.errors"},
    "kg.resources": {"kg.errors"},
    "kg.cypher": {"kg.errors", "kg.resources"},
    "kg.law": {"kg.errors", "kg.model", "kg.parties", "kg.resources", "kg.textfile"},
    "kg.parties": {"kg.errors", "kg.model", "kg.resources"},
    "kg.vocab": {"kg.errors", "kg.resources"},
    "kg.textfile": {"kg.errors"},
    "kg.extract": {"kg.errors", "kg.model", "kg.resources", "kg.textfile", "kg.vocab"},
    "kg.store": {"kg.config", "kg.cypher", "kg.errors", "kg.model"},
    "kg.server": {"kg.config", "kg.errors", "kg.resources", "kg.store"},
    # kg.ingest.files imports kg.extract lazily, inside the function that extracts article text.
    "kg.ingest": {"kg.errors", "kg.extract", "kg.formats", "kg.law", "kg.model", "kg.parties", "kg.resources",
                  "kg.store", "kg.textfile", "kg.vocab"},
    "kg.export": {"kg.cypher", "kg.errors", "kg.formats", "kg.model", "kg.resources", "kg.store", "kg.vocab"},
    "kg.queries": {"kg.cypher", "kg.errors", "kg.model", "kg.store"},
    "kg.report": {"kg.errors", "kg.model", "kg.queries", "kg.store"},
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
    assert name in ALLOWED_KG, f"{name} is not in the table: add it to ALLOWED_KG (and docs/architecture.md) first"
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


# Tools beside the package: they use kg's library (any module but the CLI, whose commands they may run as a
# subprocess) and reach Neo4j only through kg.store's handle, so they never import the driver, typer or rich.
TOOLS = sorted(p for folder in ("bench", "browser") for p in (KG.parent / folder).rglob("*.py"))
TOOLS_MAY_NOT = {"kg.cli", *OWNED_BY}


@pytest.mark.parametrize("path", TOOLS, ids=lambda p: str(p.relative_to(KG.parent)))
def test_bench_and_browser_use_the_library_not_the_cli_or_the_driver(path: Path) -> None:
    assert TOOLS, "bench/ and browser/ hold Python files"
    for imported in _imports(path):
        root = ".".join(imported.split(".")[:2]) if imported.startswith("kg.") else imported.split(".")[0]
        assert root not in TOOLS_MAY_NOT, f"{path.relative_to(KG.parent)} may not import {imported}"


ARCHITECTURE = (KG.parent / "docs" / "architecture.md").read_text(encoding="utf-8")


def test_every_path_the_architecture_doc_names_exists() -> None:
    paths = [p for p in re.findall(r"`([\w./*-]+/[\w./*-]*)`", ARCHITECTURE) if "NAME" not in p]
    assert paths
    missing = [p for p in paths if not any(KG.parent.glob(p.rstrip("/")))]
    assert missing == []


def test_every_kg_package_and_module_is_in_the_architecture_doc() -> None:
    rooms = {f"kg/{p.name}/" for p in KG.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    rooms |= {f"kg/{p.name}" for p in KG.glob("*.py") if p.name != "__init__.py"}
    assert [room for room in sorted(rooms) if f"`{room}`" not in ARCHITECTURE] == []


def test_the_architecture_doc_table_is_the_import_table() -> None:
    rows = re.findall(r"^\| `kg/(\w+)(?:\.py|/)` \| [^|]+ \| ([^|]+) \|$", ARCHITECTURE, re.M)
    assert len(rows) == len(ALLOWED_KG) - 1  # every module but the package root
    for module, allowed in rows:
        text = allowed.strip()
        documented = None if text == "anything" else set() if text == "nothing of kg" else {
            f"kg.{word.replace('(lazily)', '').strip()}" for word in text.split(",")}
        assert documented == ALLOWED_KG[f"kg.{module}"], module
