"""The Neo4j the benchmarks run against: NEO4J_URI when set, else a dedicated local server in a temp home.

A dedicated server can also be loaded offline first (`neo4j-admin database import` into its stopped home), which
is how the query benchmark gets 1M claims onto disk in minutes rather than the online importer's hour.
"""

from __future__ import annotations

import os
import secrets
import subprocess
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from kg import server, store
from kg.config import Settings, user_dirs
from kg.server import local
from kg.server.jars import fetch_jars

BOLT_PORT, HTTP_PORT, HEAP, PAGECACHE = 27687, 27474, "2g", "1g"


def external() -> bool:
    return bool(os.environ.get("NEO4J_URI"))


def lib() -> Path:
    return fetch_jars(user_dirs()["cache"])


def prepare_home(home: Path) -> None:
    """conf/ and folders of a stopped server home, so neo4j-admin can import into it before the first start."""
    local.write_conf(home, BOLT_PORT, HTTP_PORT, HEAP, PAGECACHE)


def admin(home: Path, *args: str) -> subprocess.CompletedProcess:
    """Run neo4j-admin (the AdminTool class from the cached jars) against a stopped home."""
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    return subprocess.run(["java", "-Xmx2g", "-cp", f"{lib()}/*", "org.neo4j.cli.AdminTool", *args],
                          env=env, capture_output=True, text=True)


def set_password(home: Path) -> str:
    """Set a fresh initial password in a stopped home before its database folder exists; returns it."""
    password = secrets.token_urlsafe(12)
    local.set_initial_password(home, lib(), password)
    return password


@contextmanager
def bench_server(home: Path, password: str | None = None) -> Iterator[Settings]:
    """Settings of the server to measure: NEO4J_URI's, or a local one started in `home` and stopped after.

    `password` is the one already set in a home prepared offline (`set_password`), else a fresh one."""
    if external():
        yield Settings.from_env()
        return
    password = password or secrets.token_urlsafe(12)
    started = server.start_local(home, password, bolt_port=BOLT_PORT, http_port=HTTP_PORT, heap=HEAP,
                                 pagecache=PAGECACHE)
    try:
        yield Settings(uri=started.bolt_uri, password=password)
    finally:
        local.stop_server(home)


def empty_graph(settings: Settings) -> None:
    """Delete everything and apply the schema, so a measurement starts from the same empty database."""
    with store.connect(settings) as graph:
        store.delete_all(graph)
        store.apply_schema(graph)


def version(settings: Settings) -> str:
    with store.connect(settings) as graph:
        return store.server_info(graph).version
