"""One real Neo4j server for the whole test session, and an empty graph for each test that asks for one.

Where the server comes from, in order: NEO4J_URI when set (a database that is not empty is never wiped unless
KG_TEST_ALLOW_WIPE=1); else testcontainers when a Docker engine answers; else the local server built from
Maven Central jars, in a fresh temporary home on free ports; else the tests that need it are skipped, except
under CI=true or KG_REQUIRE_NEO4J=1, where a missing server is an error.
"""

from __future__ import annotations

import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

from kg import server, store
from kg.config import Settings
from kg.errors import KgError
from kg.server import docker, local
from kg.server.versions import DOCKER_IMAGE

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Neo4jServer:
    settings: Settings
    browser_url: str | None
    origin: str


def _require_server() -> bool:
    return os.environ.get("CI", "").lower() == "true" or os.environ.get("KG_REQUIRE_NEO4J") == "1"


def _from_env() -> Iterator[Neo4jServer]:
    settings = Settings.from_env()
    with store.connect(settings) as graph:
        nodes, _ = store.count_graph(graph)
    if nodes and os.environ.get("KG_TEST_ALLOW_WIPE") != "1":
        pytest.exit(f"NEO4J_URI={settings.uri} holds {nodes} nodes; the tests wipe the database. "
                    "Point NEO4J_URI at an empty database, or set KG_TEST_ALLOW_WIPE=1.", returncode=3)
    yield Neo4jServer(settings, os.environ.get("KG_TEST_BROWSER_URL"), "NEO4J_URI")


def _from_testcontainers() -> Iterator[Neo4jServer]:
    from testcontainers.neo4j import Neo4jContainer

    password = secrets.token_urlsafe(12)
    with Neo4jContainer(DOCKER_IMAGE, password=password).with_exposed_ports(7474) as container:
        host = container.get_container_host_ip()
        browser = f"http://{host}:{container.get_exposed_port(7474)}/browser/"
        yield Neo4jServer(Settings(uri=container.get_connection_url(), password=password), browser,
                          "testcontainers")


def _from_maven_jars(tmp: Path) -> Iterator[Neo4jServer]:
    home, password = tmp / "neo4j-home", secrets.token_urlsafe(12)
    # Random preferred ports: test sessions started side by side on one machine must not pick the same ones
    # (each server takes a while between choosing its ports and listening on them).
    bolt = 20000 + secrets.randbelow(20000)
    started = server.start_local(home, password, bolt_port=bolt, http_port=bolt + 1, heap="1g", pagecache="256m")
    try:
        yield Neo4jServer(Settings(uri=started.bolt_uri, password=password), started.browser_url, "local jars")
    finally:
        local.stop_server(home)


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jServer]:
    if os.environ.get("NEO4J_URI"):
        source = _from_env()
    elif docker.docker_engine_answers():
        source = _from_testcontainers()
    elif shutil.which("java") and shutil.which("mvn"):
        source = _from_maven_jars(tmp_path_factory.mktemp("neo4j"))
    else:
        reason = "no Neo4j: NEO4J_URI is unset, no Docker engine answers, and Java 17 + Maven are missing"
        if _require_server():
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        yield from source
    except KgError as error:
        if _require_server():
            raise
        pytest.skip(f"no Neo4j: {error.message}")


@pytest.fixture()
def ftm_model():
    """followthemoney's model; its tests skip without the optional `ftm` extra, except under CI, which installs it."""
    if os.environ.get("CI", "").lower() == "true":
        from followthemoney import model  # CI installs the extra: a missing library is a failure there

        return model
    return pytest.importorskip("followthemoney", reason="the optional ftm extra is not installed").model


@pytest.fixture()
def neo4j_settings(neo4j_server: Neo4jServer) -> Iterator[Settings]:
    """Settings for a server whose graph is empty (data deleted, schema applied) when the test starts."""
    settings = neo4j_server.settings
    with store.connect(settings) as graph:
        store.delete_all(graph)
        store.apply_schema(graph)
    yield settings


@pytest.fixture()
def neo4j_graph(neo4j_settings: Settings):
    with store.connect(neo4j_settings) as graph:
        yield graph


@pytest.fixture()
def kg_env(neo4j_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """The environment a user would have after `kg neo4j up`: NEO4J_* pointing at the test server."""
    monkeypatch.setenv("NEO4J_URI", neo4j_settings.uri)
    monkeypatch.setenv("NEO4J_USERNAME", neo4j_settings.username)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_settings.password or "")
    monkeypatch.delenv("NEO4J_DATABASE", raising=False)
    return neo4j_settings
