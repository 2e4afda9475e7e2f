"""Server facts and housekeeping: version, counts, schema, wiping the graph."""

from __future__ import annotations

from dataclasses import dataclass

import neo4j

from kg.config import Settings
from kg.store.connection import run_named


@dataclass(frozen=True)
class ServerInfo:
    uri: str
    version: str
    edition: str
    nodes: int
    relationships: int


def server_info(driver: neo4j.Driver, settings: Settings) -> ServerInfo:
    component = next(row for row in run_named(driver, settings, "admin/server_components")
                     if row["name"] == "Neo4j Kernel")
    counts = run_named(driver, settings, "admin/graph_counts")[0]
    return ServerInfo(settings.uri, component["version"], component["edition"],
                      counts["nodes"], counts["relationships"])


def apply_schema(driver: neo4j.Driver, settings: Settings) -> None:
    """Create the constraints and indexes of `cypher/schema.cypher` (idempotent: IF NOT EXISTS)."""
    run_named(driver, settings, "schema")
    run_named(driver, settings, "admin/await_indexes")


def delete_all(driver: neo4j.Driver, settings: Settings) -> None:
    run_named(driver, settings, "admin/delete_all")


def count_graph(driver: neo4j.Driver, settings: Settings) -> tuple[int, int]:
    counts = run_named(driver, settings, "admin/graph_counts")[0]
    return counts["nodes"], counts["relationships"]
