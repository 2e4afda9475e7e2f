"""Connecting to Neo4j and running named Cypher files. The only place (with its siblings) that imports neo4j."""

from __future__ import annotations

import random
import re
import time
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import Any, Callable, Iterator, TypeVar

import neo4j
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable, SessionExpired

from kg.config import Settings
from kg.cypher import CypherFile, load_cypher
from kg.errors import LoginRefused, StoreError

T = TypeVar("T")
RETRY_SECONDS = 30.0  # the driver's own bound for managed transactions (max_transaction_retry_time)
_AUTO_COMMIT = re.compile(r"\bIN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b", re.IGNORECASE)
_HINT = "Start a server with `kg neo4j up`, or point NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD at a running one."


@dataclass(frozen=True)
class Graph:
    """One handle to the graph: the driver, the database to use (None: the server's default) and the URI, for
    messages. `connect` opens one; every store, ingest, export and report function takes it."""

    driver: neo4j.Driver
    database: str | None
    uri: str

    def session(self, access_mode: str = neo4j.WRITE_ACCESS) -> neo4j.Session:
        return self.driver.session(database=self.database, default_access_mode=access_mode)


@contextmanager
def connect(settings: Settings) -> Iterator[Graph]:
    """A verified handle to the configured server, closed on exit; connection and login failures become
    StoreError."""
    driver = GraphDatabase.driver(settings.uri, auth=(settings.username, settings.require_password()),
                                  connection_timeout=10, max_connection_lifetime=3600)
    try:
        try:
            driver.verify_connectivity()
        except AuthError as e:
            raise LoginRefused(f"Neo4j at {settings.uri} refused the login of user {settings.username!r}",
                               hint="Check NEO4J_USERNAME and NEO4J_PASSWORD.") from e
        except (DriverError, OSError, ValueError, Neo4jError) as e:
            raise StoreError(f"Neo4j is not reachable at {settings.uri} (NEO4J_URI): {_reason(e)}", hint=_HINT) from e
        yield Graph(driver, settings.database, settings.uri)
    finally:
        driver.close()


def _reason(error: Exception) -> str:
    if isinstance(error, ServiceUnavailable):
        return "no server answers there"
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


@contextmanager
def query_errors(uri: str, name: str) -> Iterator[None]:
    """Turn the driver's failures while running the named query into StoreError naming the query and the URI."""
    try:
        yield
    except Neo4jError as e:
        raise StoreError(f"query {name!r} failed on {uri}: {e.message or _reason(e)}") from e
    except (ServiceUnavailable, SessionExpired) as e:
        raise StoreError(f"Neo4j went away at {uri} while running {name!r}", hint=_HINT) from e


def _access(cypher: CypherFile) -> str:
    return neo4j.READ_ACCESS if cypher.mode == "read" else neo4j.WRITE_ACCESS


def run_cypher(graph: Graph, cypher: CypherFile,
               params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Run every statement of a Cypher file in the file's access mode; rows of the last statement as dicts.

    A read-mode file runs in a read transaction, so the server refuses any write it might contain.
    """
    rows: list[dict[str, Any]] = []
    with query_errors(graph.uri, cypher.name), graph.session(_access(cypher)) as session:
        for statement in cypher.statements:
            if cypher.mode == "read":
                rows = session.execute_read(_collect, statement, params or {})
            elif _AUTO_COMMIT.search(statement):
                rows = retry_transient(partial(_collect_auto, session, statement, params or {}))
            else:
                rows = session.execute_write(_collect, statement, params or {})
    return rows


def retry_transient(work: Callable[[], T], seconds: float = RETRY_SECONDS) -> T:
    """`work()`, run again after a growing, jittered pause while it fails with an error the server calls
    transient (deadlock, lock timeout, leader switch), for at most `seconds`; the last error is raised.

    The driver retries managed transactions itself; this is for the statements that must run auto-commit
    (`CALL { } IN TRANSACTIONS`), which are idempotent here (MERGE, DETACH DELETE), so running one again is safe.
    """
    deadline, pause = time.monotonic() + seconds, 0.1
    while True:
        try:
            return work()
        except Neo4jError as e:
            if not e.is_retryable() or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause * random.uniform(0.8, 1.2))
        pause = min(pause * 2, 2.0)


def _collect(tx: neo4j.ManagedTransaction, statement: str, params: dict) -> list[dict[str, Any]]:
    return [record.data() for record in tx.run(statement, params)]


def _collect_auto(session: neo4j.Session, statement: str, params: dict) -> list[dict[str, Any]]:
    """Auto-commit run: needed for `CALL { } IN TRANSACTIONS`."""
    return [record.data() for record in session.run(statement, params)]


def run_named(graph: Graph, name: str,
              params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    return run_cypher(graph, load_cypher(name), params)
