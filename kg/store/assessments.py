"""The law step's reads and writes: what the law needs of each event, and its findings stored as relationships
from events to paragraphs. The assessment itself is a pure function handed in by the caller."""

from __future__ import annotations

from typing import Callable, Iterable, Iterator

import neo4j
from neo4j.exceptions import Neo4jError, ServiceUnavailable

from kg.cypher import load_cypher
from kg.errors import StoreError
from kg.store.connection import Graph
from kg.store.pages import read_page, read_rows
from kg.store.writes import Rows, WriteSummary

Assess = Callable[[list[dict]], list[dict]]


def all_event_ids(graph: Graph, page: int = 5000) -> Iterator[str]:
    """Every event id in the graph, a page at a time."""
    after = ""
    while True:
        rows = read_page(graph, "admin/event_ids", {"after": after, "page": page})
        yield from (row["id"] for row in rows)
        if len(rows) < page:
            return
        after = rows[-1]["id"]


def _batches(ids: Iterable[str], size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    for event_id in ids:
        batch.append(event_id)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def apply_law(graph: Graph, event_ids: Iterable[str], assess: Assess,
              targets: tuple[list[str], list[str]], batch: int = 2000) -> WriteSummary:
    """Read each batch of events that involve a target (states, parties) or were assessed before, assess them,
    and store the changed assessments (one transaction per batch, holding the events' write locks).

    Events whose stored assessment hash equals the new one are not written, so applying the law twice writes
    nothing."""
    states, parties = targets
    statements = (load_cypher("admin/lock_events").statements[0], load_cypher("admin/law_events").statements[0],
                  load_cypher("write_assessments").statements[0])
    summary = WriteSummary()
    with graph.session(neo4j.WRITE_ACCESS) as session:
        for ids in _batches(dict.fromkeys(event_ids), batch):
            params = {"ids": Rows(ids), "states": states, "parties": parties}
            try:
                summary.add(session.execute_write(_assess_batch, statements, params, assess))
            except (Neo4jError, ServiceUnavailable) as e:
                raise StoreError(f"storing the law's assessments in {graph.uri} failed: {e}") from e
    return summary


def _assess_batch(tx: neo4j.ManagedTransaction, statements: tuple[str, str, str], params: dict,
                  assess: Assess) -> WriteSummary:
    """Lock the batch's events, read them, assess them and write what changed, in one transaction: an importer
    running alongside cannot add a claim between the read and the write (its own law step then sees it)."""
    lock, read, write = statements
    tx.run(lock, {"ids": params["ids"]}).consume()
    rows = assess(read_rows(tx, read, params))
    counted = WriteSummary()
    if rows:
        counted.add(tx.run(write, {"rows": Rows(rows)}).consume().counters)
    return counted
