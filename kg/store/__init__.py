"""Neo4j: connect, apply the schema, write facts, run named queries. The only package that imports neo4j."""

from kg.store.admin import ServerInfo, apply_schema, count_graph, delete_all, server_info
from kg.store.assessments import all_event_ids, apply_law
from kg.store.connection import Graph, connect, run_cypher, run_named
from kg.store.writes import WriteSummary, write_facts, write_law

__all__ = ["Graph", "ServerInfo", "WriteSummary", "all_event_ids", "apply_law", "apply_schema", "connect",
           "count_graph", "delete_all", "run_cypher", "run_named", "server_info", "write_facts", "write_law"]
