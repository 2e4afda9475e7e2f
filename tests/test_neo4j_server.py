"""`kg neo4j up | down | status` against real servers: the session's, and one started here from scratch."""

from __future__ import annotations

import os
import re
import shutil
import socket
import stat
import urllib.request

import pytest
from typer.testing import CliRunner

from kg import store
from kg.cli import app
from kg.config import Settings, user_dirs
from kg.server import docker
from kg.server.versions import NEO4J_VERSION

runner = CliRunner()


def _unused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.neo4j
def test_status_runs_cypher_through_kg(kg_env: Settings) -> None:
    result = runner.invoke(app, ["neo4j", "status"])
    assert result.exit_code == 0, result.stderr
    assert f"Neo4j {NEO4J_VERSION} community at {kg_env.uri}" in result.stdout
    assert "nodes: 0  relationships: 0" in result.stdout


@pytest.mark.neo4j
def test_up_with_neo4j_uri_only_checks_that_server(kg_env: Settings) -> None:
    result = runner.invoke(app, ["neo4j", "up"])
    assert result.exit_code == 0, result.stderr
    assert f"NEO4J_URI is set: using the server at {kg_env.uri} (it answers); nothing started." in result.stderr


@pytest.mark.neo4j
def test_browser_is_served(neo4j_server) -> None:
    if not neo4j_server.browser_url:
        pytest.skip("this server's HTTP port is unknown (set KG_TEST_BROWSER_URL)")
    with urllib.request.urlopen(neo4j_server.browser_url, timeout=10) as response:
        page = response.read().decode("utf-8")
    assert response.status == 200
    assert "<title>Neo4j Browser</title>" in page


def test_status_of_a_stopped_server_fails_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    uri = f"bolt://127.0.0.1:{_unused_port()}"
    monkeypatch.setenv("NEO4J_URI", uri)
    monkeypatch.setenv("NEO4J_PASSWORD", "not-a-real-password")
    result = runner.invoke(app, ["neo4j", "status"])
    assert result.exit_code == 5
    assert result.stderr.startswith(f"Error: Neo4j is not reachable at {uri} (NEO4J_URI): ")
    assert "Hint: Start a server with `kg neo4j up`" in result.stderr
    assert "not-a-real-password" not in result.stdout + result.stderr


@pytest.mark.neo4j
def test_wrong_password_is_named_without_echoing_it(neo4j_server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", neo4j_server.settings.uri)
    monkeypatch.setenv("NEO4J_PASSWORD", "wrong-password-123")
    result = runner.invoke(app, ["neo4j", "status"])
    assert result.exit_code == 5
    assert f"Error: Neo4j at {neo4j_server.settings.uri} refused the login of user 'neo4j'" in result.stderr
    assert "wrong-password-123" not in result.stdout + result.stderr


@pytest.fixture()
def user_home(tmp_path, monkeypatch: pytest.MonkeyPatch):
    """A fresh user: own data and config folders, the shared jar cache, no NEO4J_* variables."""
    if docker.docker_engine_answers():
        pytest.skip("a Docker engine answers here, so `kg neo4j up` would use docker compose")
    if not (shutil.which("java") and shutil.which("mvn")):
        pytest.skip("Java 17 and Maven are needed to build the local server")
    cache = user_dirs()["cache"].parent
    for name in ("NEO4J_URI", "NEO4J_PASSWORD", "NEO4J_USERNAME", "NEO4J_USER", "NEO4J_DATABASE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    yield tmp_path
    runner.invoke(app, ["neo4j", "down"])


@pytest.mark.neo4j
@pytest.mark.slow
def test_local_server_from_scratch_up_status_restart_down(user_home) -> None:
    first = runner.invoke(app, ["neo4j", "up"])
    assert first.exit_code == 0, first.stderr
    assert "Neo4j (local) started in" in first.stderr
    uri = re.search(r"^export NEO4J_URI=(\S+)$", first.stdout, re.M).group(1)
    browser = re.search(r"^Browser: (\S+)$", first.stderr, re.M).group(1)
    password_file = user_home / "config" / "kg" / "neo4j-password"
    assert stat.S_IMODE(os.stat(password_file).st_mode) == 0o600
    password = password_file.read_text().strip()
    assert password not in first.stdout + first.stderr

    status = runner.invoke(app, ["neo4j", "status"])
    assert status.exit_code == 0, status.stderr
    assert f"Neo4j {NEO4J_VERSION} community at {uri}" in status.stdout
    with urllib.request.urlopen(browser, timeout=10) as response:
        assert "<title>Neo4j Browser</title>" in response.read().decode()

    settings = Settings(uri=uri, password=password)
    with store.connect(settings) as graph:
        graph.driver.execute_query("CREATE (:Probe {name: 'kept across restarts'})")
    again = runner.invoke(app, ["neo4j", "up"])
    assert again.exit_code == 0 and "already running" in again.stderr

    assert runner.invoke(app, ["neo4j", "down"]).exit_code == 0
    assert runner.invoke(app, ["neo4j", "up"]).exit_code == 0
    restarted = runner.invoke(app, ["neo4j", "status"])
    assert "nodes: 1  relationships: 0" in restarted.stdout

    stopped = runner.invoke(app, ["neo4j", "down"])
    assert stopped.exit_code == 0 and "Stopped the local server (pid" in stopped.stderr
    # Ask about the stopped server by its URI: without one, status falls back to the default URI, where another
    # server (`make demo`'s) may well be listening on this machine.
    after = runner.invoke(app, ["neo4j", "status", "--uri", uri], env={"NEO4J_PASSWORD": password})
    assert after.exit_code == 5
    assert f"Error: Neo4j is not reachable at {uri}" in after.stderr
