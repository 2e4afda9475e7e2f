"""Getting a Neo4j server: an existing one (NEO4J_URI), Docker compose, or a local server from Maven jars.

`up` picks the first that applies, waits until Bolt answers, and records what it started so that `down` stops
exactly that. `resolve_settings` lets every other command find the server `up` started.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from kg import store
from kg.config import Settings, user_dirs
from kg.errors import ConfigError, StoreError
from kg.server import docker, guide, local
from kg.server.jars import fetch_jars
from kg.server.password import ensure_password, read_password

MODE_FILE = "kg-mode.json"


@dataclass(frozen=True)
class Running:
    """What `up` found or started."""

    mode: str  # "external", "docker" or "local"
    uri: str
    browser_url: str
    reused: bool
    seconds: float


def server_home() -> Path:
    return user_dirs()["data"] / "neo4j"


def _write_mode(mode: str, uri: str, browser_url: str) -> None:
    home = server_home()
    home.mkdir(parents=True, exist_ok=True)
    (home / MODE_FILE).write_text(json.dumps({"mode": mode, "uri": uri, "browser": browser_url}) + "\n")


def _read_mode() -> dict | None:
    try:
        return json.loads((server_home() / MODE_FILE).read_text())
    except (FileNotFoundError, ValueError):
        return None


def resolve_settings(settings: Settings) -> Settings:
    """Fill in the URI and password of the server `kg neo4j up` started, unless NEO4J_URI says otherwise."""
    password = settings.password
    if password is None and not settings.uri_from_env:
        password = read_password(user_dirs()["config"])
    if settings.uri_from_env:
        return settings.with_overrides(password=password)
    mode = _read_mode()
    uri = mode["uri"] if mode else None
    return Settings(uri=uri or settings.uri, username=settings.username, password=password,
                    database=settings.database, uri_from_env=False)


def wait_for_bolt(settings: Settings, deadline_seconds: float, server_home_for_log: Path | None = None) -> None:
    deadline = time.monotonic() + deadline_seconds
    while True:
        try:
            with store.connect(settings):
                return
        except StoreError as error:
            if "refused the login" in error.message or time.monotonic() > deadline:
                if server_home_for_log is not None:
                    error.hint = f"Server log ({server_home_for_log}/logs/console.log):\n" + \
                        local.console_tail(server_home_for_log)
                raise
            time.sleep(0.5)


def start_local(home: Path, password: str, bolt_port: int = 7687, http_port: int = 7474,
                heap: str = "1g", pagecache: str = "512m") -> local.LocalServer:
    """Start (or reuse) the local server in `home`; returns when Bolt accepts the login."""
    running = local.running_server(home)
    if running is not None:
        guide.start_guide(home)
        return running
    lib = fetch_jars(user_dirs()["cache"])
    bolt = local.free_port(bolt_port)
    http = local.free_port(http_port, avoid={bolt})
    guide_port = local.free_port(guide.GUIDE_PORT, avoid={bolt, http})
    local.write_conf(home, bolt, http, heap, pagecache)
    guide.add_browser_settings(home, guide_port)
    local.set_initial_password(home, lib, password)
    guide.start_guide(home, guide_port)  # stopped with the server (local.stop_server)
    server = local.LocalServer(str(home), local.launch(home, lib, heap), bolt, http)
    local.save_state(server)
    try:
        wait_for_bolt(Settings(uri=server.bolt_uri, password=password), 120, home)
    except StoreError:
        local.stop_server(home)
        raise
    return server


def up(settings: Settings) -> Running:
    started = time.monotonic()
    if settings.uri_from_env:
        wait_for_bolt(settings, 5)
        return Running("external", settings.uri, "", True, time.monotonic() - started)
    password = ensure_password(user_dirs()["config"], settings.password)
    home = server_home()
    if docker.docker_engine_answers():
        docker.compose_up(password)
        uri, browser = "bolt://127.0.0.1:7687", "http://127.0.0.1:7474/browser/"
        wait_for_bolt(settings.with_overrides(uri=uri, password=password), 120)
        _write_mode("docker", uri, browser)
        guide.start_guide(home, guide.GUIDE_PORT)  # docker-compose.yml names this port
        return Running("docker", uri, browser, False, time.monotonic() - started)
    reused = local.running_server(home) is not None
    server = start_local(home, password)
    _write_mode("local", server.bolt_uri, server.browser_url)
    return Running("local", server.bolt_uri, server.browser_url, reused, time.monotonic() - started)


def down() -> str:
    """Stop what `up` started; returns a sentence saying what was stopped."""
    mode = _read_mode()
    if mode is None:
        return "kg has not started a Neo4j server; nothing to stop."
    if mode["mode"] == "docker":
        docker.compose_down()
        guide.stop_guide(server_home())
        stopped = "the Docker compose project 'kg'"
    else:
        server = local.stop_server(server_home())
        stopped = f"the local server (pid {server.pid})" if server else "nothing (the local server was not running)"
    (server_home() / MODE_FILE).unlink(missing_ok=True)
    return f"Stopped {stopped}."


def describe(settings: Settings) -> store.ServerInfo:
    """Version, edition and counts of the configured server; StoreError with the reason when unreachable."""
    if not settings.password:
        raise ConfigError(f"no password for Neo4j at {settings.uri}",
                          hint="Set NEO4J_PASSWORD, or run `kg neo4j up` first.")
    with store.connect(settings) as driver:
        return store.server_info(driver, settings)
