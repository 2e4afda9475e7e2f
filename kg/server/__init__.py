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
from kg.errors import ConfigError
from kg.server import docker, local
from kg.server.password import ensure_password, read_password
from kg.server.startup import start_local, wait_for_bolt

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


def _mode_record() -> dict:
    """The mode file: what runs ("mode", "uri", "browser"), and "given", every URI kg has printed."""
    try:
        record = json.loads((server_home() / MODE_FILE).read_text())
    except (FileNotFoundError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def _save_mode_record(record: dict) -> None:
    local.make_home(server_home())
    local.write_private(server_home() / MODE_FILE, json.dumps(record) + "\n")


def _write_mode(mode: str, uri: str, browser_url: str) -> None:
    given = [u for u in _mode_record().get("given", []) if u != uri][-9:] + [uri]
    _save_mode_record({"mode": mode, "uri": uri, "browser": browser_url, "given": given})


def _read_mode() -> dict | None:
    record = _mode_record()
    return record if "mode" in record and "uri" in record else None


def gave_out(uri: str) -> bool:
    """True when `uri` is one kg printed for a server it started (the `eval "$(kg neo4j up)"` case)."""
    return uri in _mode_record().get("given", [])


def resolve_settings(settings: Settings) -> Settings:
    """Fill in the URI and password of the server `kg neo4j up` started, unless NEO4J_URI says otherwise."""
    password = settings.password
    if password is None and not settings.uri_from_env:
        password = read_password(user_dirs()["config"])
    if settings.uri_from_env:
        return settings.with_overrides(password=password)
    mode = _read_mode()  # what runs; after `down`, the last URI kg gave out (so status names kg's server)
    given = _mode_record().get("given", [])
    uri = mode["uri"] if mode else (given[-1] if given else None)
    return Settings(uri=uri or settings.uri, username=settings.username, password=password,
                    database=settings.database, uri_from_env=False)


def up(settings: Settings) -> Running:
    """Start what applies; NEO4J_URI counts as someone else's server unless kg itself gave it out."""
    started = time.monotonic()
    if settings.uri_from_env and not gave_out(settings.uri):
        wait_for_bolt(settings, 5)
        return Running("external", settings.uri, "", True, time.monotonic() - started)
    password = ensure_password(user_dirs()["config"], settings.password)
    home = server_home()
    if docker.docker_engine_answers():
        docker.compose_up(password)
        uri, browser = "bolt://127.0.0.1:7687", "http://127.0.0.1:7474/browser/"
        wait_for_bolt(settings.with_overrides(uri=uri, password=password), 120)
        _write_mode("docker", uri, browser)
        return Running("docker", uri, browser, False, time.monotonic() - started)
    reused = local.running_server(home) is not None
    last = local.last_state(home)  # the ports of the last start, so a restart keeps the URI kg gave out
    server = start_local(home, password, *((last.bolt_port, last.http_port) if last else ()))
    _write_mode("local", server.bolt_uri, server.browser_url)
    return Running("local", server.bolt_uri, server.browser_url, reused, time.monotonic() - started)


def down() -> str:
    """Stop what `up` started; returns a sentence saying what was stopped."""
    mode = _read_mode()
    if mode is None:
        return "kg has not started a Neo4j server; nothing to stop."
    if mode["mode"] == "docker":
        docker.compose_down()
        stopped = "the Docker compose project 'kg'"
    else:
        server = local.stop_server(server_home())
        stopped = f"the local server (pid {server.pid})" if server else "nothing (the local server was not running)"
    _save_mode_record({"given": _mode_record().get("given", [])})
    return f"Stopped {stopped}."


def describe(settings: Settings) -> store.ServerInfo:
    """Version, edition and counts of the configured server; StoreError with the reason when unreachable."""
    if not settings.password:
        raise ConfigError(f"no password for Neo4j at {settings.uri}",
                          hint="Set NEO4J_PASSWORD, or run `kg neo4j up` first.")
    with store.connect(settings) as graph:
        return store.server_info(graph)
