"""`kg neo4j up | down | status` against real servers: the session's, and one started here from scratch."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import stat
import subprocess
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import store
from kg.cli import app
from kg.config import Settings, user_dirs
from kg.errors import KgError
from kg.server import docker, local, startup
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


class PortThief:
    """Another program on this machine: as soon as kg writes the server's conf, it listens on the Bolt port
    kg chose and plays a Bolt 5.4 server far enough to receive a login, keeping every byte it is sent."""

    def __init__(self, conf: Path | None = None, port: int | None = None) -> None:
        self.conf, self.port, self.received = conf, port, b""
        self.ready, self.stop = threading.Event(), threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _wait_for_port(self) -> int | None:
        while not self.stop.is_set():
            text = self.conf.read_text() if self.conf.exists() else ""
            found = re.search(r"^server\.bolt\.listen_address=127\.0\.0\.1:(\d+)$", text, re.M)
            if found:
                return int(found.group(1))
            time.sleep(0.02)
        return None

    def _run(self) -> None:
        self.port = self.port or self._wait_for_port()
        if self.port is None:
            return
        with socket.socket() as listener:
            listener.bind(("127.0.0.1", self.port))
            listener.listen()
            listener.settimeout(0.2)
            self.ready.set()
            while not self.stop.is_set():
                try:
                    connection = listener.accept()[0]
                except socket.timeout:
                    continue
                with connection:
                    self._serve(connection)

    def _serve(self, connection: socket.socket) -> None:
        connection.settimeout(1.0)
        try:
            self.received += connection.recv(20)  # magic and four proposed versions
            connection.sendall(b"\x00\x00\x04\x05")  # agree on Bolt 5.4
            while chunk := connection.recv(65536):  # HELLO, then LOGON with the credentials
                self.received += chunk
                connection.sendall(b"\x00\x03\xb1\x70\xa0\x00\x00")  # SUCCESS {} to each
        except OSError:
            pass

    def close(self) -> None:
        self.stop.set()
        self.thread.join(5)


def test_the_port_thief_would_see_a_login(monkeypatch: pytest.MonkeyPatch) -> None:
    """The device of the test below works: a driver that logs in there hands it the password."""
    thief = PortThief(port=_unused_port())
    assert thief.ready.wait(5)
    try:
        with pytest.raises(KgError):
            with store.connect(Settings(uri=f"bolt://127.0.0.1:{thief.port}", password="sent-to-the-thief")):
                pass
    finally:
        thief.close()
    assert b"sent-to-the-thief" in thief.received


class ProcessList:
    """Every distinct full command line `ps -ww -eo args` shows, polled every 50 ms while it runs."""

    def __init__(self) -> None:
        self.lines: set[str] = set()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop.is_set():
            listing = subprocess.run(["ps", "-ww", "-eo", "args"], capture_output=True, text=True).stdout
            self.lines.update(listing.splitlines())
            time.sleep(0.05)

    def close(self) -> None:
        self.stop.set()
        self.thread.join(5)


def _up_while_watched(home: Path) -> tuple[object, PortThief, ProcessList]:
    thief, processes = PortThief(home / "conf" / "neo4j.conf"), ProcessList()
    try:
        result = runner.invoke(app, ["neo4j", "up"])
    finally:
        thief.close()
        processes.close()
    return result, thief, processes


def _assert_private(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        if not path.is_symlink():
            assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, f"{path} is open to others"


@pytest.mark.neo4j
@pytest.mark.slow
def test_up_in_a_fresh_home_is_safe_against_a_port_thief_and_the_process_list(user_home) -> None:
    """The first start loses its Bolt port to another program: kg never connects there, discards the store
    its failed first start created, and starts on other ports; the password never shows in `ps`."""
    home = user_home / "data" / "kg" / "neo4j"
    first, thief, processes = _up_while_watched(home)
    assert first.exit_code == 0, first.stderr
    uri = re.search(r"^export NEO4J_URI=(\S+)$", first.stdout, re.M).group(1)
    assert thief.port is not None and not uri.endswith(f":{thief.port}")
    password = (user_home / "config" / "kg" / "neo4j-password").read_text().strip()
    assert password.encode() not in thief.received
    assert any("CommunityEntryPoint" in line for line in processes.lines)
    assert any("set-initial-password" in line for line in processes.lines)  # provisioning was seen
    assert not [line for line in processes.lines if password in line]
    assert password not in (home / "logs" / "console.log").read_text()
    _assert_private(home)
    _assert_private(user_home / "config" / "kg")
    status = runner.invoke(app, ["neo4j", "status"])
    assert status.exit_code == 0 and "nodes: 0  relationships: 0" in status.stdout, status.stderr


@pytest.mark.neo4j
@pytest.mark.slow
def test_local_server_from_scratch_up_status_restart_down(user_home, monkeypatch: pytest.MonkeyPatch) -> None:
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

    # `eval "$(kg neo4j up)"`, then the server dies: `up` in that shell restarts it on the URI it gave out.
    relaunched = runner.invoke(app, ["neo4j", "up"])
    assert relaunched.exit_code == 0, relaunched.stderr
    uri = re.search(r"^export NEO4J_URI=(\S+)$", relaunched.stdout, re.M).group(1)
    state = json.loads((user_home / "data" / "kg" / "neo4j" / "run" / "kg-server.json").read_text())
    os.kill(state["pid"], signal.SIGKILL)
    while local.is_alive(user_home / "data" / "kg" / "neo4j"):
        time.sleep(0.1)
    monkeypatch.setenv("NEO4J_URI", uri)
    monkeypatch.setenv("NEO4J_PASSWORD", password)
    revived = runner.invoke(app, ["neo4j", "up"])
    assert revived.exit_code == 0, revived.stderr
    assert "Neo4j (local) started in" in revived.stderr and f"export NEO4J_URI={uri}" in revived.stdout
    assert "nodes: 1  relationships: 0" in runner.invoke(app, ["neo4j", "status"]).stdout


@pytest.mark.neo4j
@pytest.mark.slow
def test_a_start_interrupted_while_waiting_leaves_no_server_running(user_home,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C (or SIGTERM turned into SystemExit, as `python -m bench` does) while kg waits for the new server to
    accept logins stops the server it launched and discards the half-provisioned store: nothing is left running."""
    home = user_home / "data" / "kg" / "neo4j"
    home.mkdir(parents=True)

    def interrupted(*_args, **_kwargs) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(startup, "wait_for_bolt", interrupted)
    with pytest.raises(KeyboardInterrupt):
        startup.start_local(home, "a-password-for-this-test", bolt_port=local.free_port(17687),
                            http_port=local.free_port(17474))
    assert local.running_server(home) is None
    left = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert not [line for line in left.splitlines() if "CommunityEntryPoint" in line and str(home) in line]
