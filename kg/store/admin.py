"""Server facts and housekeeping: version, counts, schema, wiping the graph."""

from __future__ import annotations

from dataclasses import dataclass

from neo4j.exceptions import Neo4jError

from kg.errors import StoreError
from kg.store.connection import Graph, run_named

# What `CREATE ... IF NOT EXISTS` raises when another session created the same rule between its check and its
# commit (parallel importers on a fresh database): the rule exists, so running the file again is a no-op.
SCHEMA_RACES = frozenset({"Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
                          "Neo.ClientError.Schema.ConstraintAlreadyExists",
                          "Neo.ClientError.Schema.IndexAlreadyExists"})
SCHEMA_ATTEMPTS = 5


@dataclass(frozen=True)
class ServerInfo:
    uri: str
    version: str
    edition: str
    nodes: int
    relationships: int


def server_info(graph: Graph) -> ServerInfo:
    """Version, edition and counts."""
    component = next(row for row in run_named(graph, "admin/server_components")
                     if row["name"] == "Neo4j Kernel")
    counts = run_named(graph, "admin/graph_counts")[0]
    return ServerInfo(graph.uri, component["version"], component["edition"],
                      counts["nodes"], counts["relationships"])


def apply_schema(graph: Graph) -> None:
    """Create the constraints and indexes of `cypher/schema.cypher` (idempotent: IF NOT EXISTS).

    Deadlocks between parallel importers are retried as transient errors; a rule another session created
    meanwhile means running the file once more, which then finds everything in place.
    """
    for attempt in range(1, SCHEMA_ATTEMPTS + 1):
        try:
            run_named(graph, "schema")
            break
        except StoreError as error:
            cause = error.__cause__
            if attempt == SCHEMA_ATTEMPTS or not (isinstance(cause, Neo4jError) and cause.code in SCHEMA_RACES):
                raise
    run_named(graph, "admin/await_indexes")


def delete_all(graph: Graph) -> None:
    run_named(graph, "admin/delete_all")


def count_graph(graph: Graph) -> tuple[int, int]:
    counts = run_named(graph, "admin/graph_counts")[0]
    return counts["nodes"], counts["relationships"]
