"""Server facts and housekeeping: version, counts, schema, wiping the graph."""

from __future__ import annotations

from dataclasses import dataclass

from kg.store.connection import Graph, run_named


@dataclass(frozen=True)
class ServerInfo:
    uri: str
    version: str
    edition: str
    nodes: int
    relationships: int


def server_info(graph: Graph, _settings: object = None) -> ServerInfo:
    """Version, edition and counts. (`_settings` is ignored: kg.server still passes its settings along.)"""
    component = next(row for row in run_named(graph, "admin/server_components")
                     if row["name"] == "Neo4j Kernel")
    counts = run_named(graph, "admin/graph_counts")[0]
    return ServerInfo(graph.uri, component["version"], component["edition"],
                      counts["nodes"], counts["relationships"])


def apply_schema(graph: Graph) -> None:
    """Create the constraints and indexes of `cypher/schema.cypher` (idempotent: IF NOT EXISTS)."""
    run_named(graph, "schema")
    run_named(graph, "admin/await_indexes")


def delete_all(graph: Graph) -> None:
    run_named(graph, "admin/delete_all")


def count_graph(graph: Graph) -> tuple[int, int]:
    counts = run_named(graph, "admin/graph_counts")[0]
    return counts["nodes"], counts["relationships"]
