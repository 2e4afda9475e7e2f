"""Starting the local server safely: our own process proves it started before kg sends it a password.

Readiness is read from the server's own output (`logs/console.log`, from where it stood at launch): the line
"Bolt enabled on ...:PORT." and then "Started.", while the process we launched still holds the home's lock.
Only then does kg log in. If another program took a port first, our server stops itself; kg never connects to
that port, and tries other ports. A store whose first start never completed holds nothing of the user's, so
it is discarded and provisioned again rather than left half-initialised.
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

from kg import store
from kg.config import Settings, user_dirs
from kg.errors import LoginRefused, StoreError
from kg.server import guide, local
from kg.server.jars import fetch_jars

PROVISIONING_MARK = "run/kg-provisioning"  # present from a fresh store's creation until its first login
START_ATTEMPTS = 3
START_SECONDS = 240.0
STARTED = re.compile(r"\bINFO\s+Started\.\s*$", re.M)
PORT_TAKEN = ("PortBindException", "Address already in use")


class PortTaken(Exception):
    """Our server could not bind a port (another program has it) and stopped itself."""


def wait_for_bolt(settings: Settings, deadline_seconds: float, home: Path | None = None) -> None:
    """Log in until it works; retried while the server does not answer, never when it refuses the login."""
    deadline = time.monotonic() + deadline_seconds
    while True:
        try:
            with store.connect(settings):
                return
        except LoginRefused as error:
            raise _with_log(error, home)
        except StoreError as error:
            if time.monotonic() > deadline:
                raise _with_log(error, home)
        time.sleep(0.5)


def _with_log(error: StoreError, home: Path | None) -> StoreError:
    if home is not None:
        error.hint = f"Server log ({home}/logs/console.log):\n" + local.console_tail(home)
    return error


def start_local(home: Path, password: str, bolt_port: int = 7687, http_port: int = 7474,
                heap: str = "1g", pagecache: str = "512m") -> local.LocalServer:
    """Start (or reuse) the local server in `home`; returns when Bolt accepts the login."""
    running = local.running_server(home)
    if running is not None:
        guide.start_guide(home)
        return running
    lib = fetch_jars(user_dirs()["cache"])
    taken: set[int] = set()
    for _ in range(START_ATTEMPTS):
        bolt = local.free_port(bolt_port, avoid=taken)
        http = local.free_port(http_port, avoid=taken | {bolt})
        try:
            return _start_once(home, lib, password, (bolt, http), (heap, pagecache))
        except PortTaken:
            taken |= {bolt, http}
    raise StoreError(f"the local Neo4j server in {home} could not bind its ports: other programs took "
                     f"{', '.join(map(str, sorted(taken)))} while it started ({START_ATTEMPTS} attempts)",
                     hint="Stop whatever keeps grabbing ports on 127.0.0.1, then run `kg neo4j up` again.")


def _start_once(home: Path, lib: Path, password: str, ports: tuple[int, int],
                memory: tuple[str, str]) -> local.LocalServer:
    local.write_conf(home, *ports, *memory)
    guide_port = local.free_port(guide.GUIDE_PORT, avoid=set(ports))
    guide.add_browser_settings(home, guide_port)
    provisioning = _prepare_store(home, lib, password)
    guide.start_guide(home, guide_port)  # stopped with the server (local.stop_server)
    offset = _log_size(home)
    server = local.LocalServer(str(home), local.launch(home, lib, memory[0]), *ports)
    local.save_state(server)
    try:
        _await_started(home, server.bolt_port, offset)
        wait_for_bolt(Settings(uri=server.bolt_uri, password=password), 60, home)
    except BaseException:  # also Ctrl-C or SIGTERM while waiting: no server is left running behind the caller
        local.stop_server(home)  # SIGTERM: a clean shutdown, so the store stays consistent
        if provisioning:
            _discard_store(home)
        raise
    if provisioning:
        (home / PROVISIONING_MARK).unlink(missing_ok=True)
    return server


def _prepare_store(home: Path, lib: Path, password: str) -> bool:
    """Set the initial password of a fresh store; True when this start creates the store."""
    mark = home / PROVISIONING_MARK
    if (home / "data" / "databases").exists() and not mark.exists():
        return False
    local.write_private(mark, "a store is being created; kg discards it if its first start does not complete\n")
    _discard_store(home)  # fresh, or left by a first start that never completed: nothing of the user's
    local.set_initial_password(home, lib, password)
    return True


def _discard_store(home: Path) -> None:
    shutil.rmtree(home / "data", ignore_errors=True)
    local.make_home(home)


def _log_size(home: Path) -> int:
    try:
        return (home / "logs" / "console.log").stat().st_size
    except FileNotFoundError:
        return 0


def _log_since(home: Path, offset: int) -> str:
    try:
        with open(home / "logs" / "console.log", "rb") as log:
            log.seek(offset)
            return log.read().decode("utf-8", errors="replace")
    except FileNotFoundError:
        return ""


def _await_started(home: Path, bolt_port: int, offset: int, seconds: float = START_SECONDS) -> None:
    """Return once our process's own log says Bolt listens on `bolt_port` and the server started."""
    bolt_enabled = re.compile(rf"\bBolt enabled on \S+:{bolt_port}\.\s*$", re.M)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        log = _log_since(home, offset)
        if not local.is_alive(home):
            if any(sign in log for sign in PORT_TAKEN):
                raise PortTaken(bolt_port)
            raise StoreError(f"the local Neo4j server in {home} stopped while starting",
                             hint=f"Server log ({home}/logs/console.log):\n{local.console_tail(home)}")
        if (found := bolt_enabled.search(log)) and STARTED.search(log, found.end()):
            return
        time.sleep(0.5)
    raise StoreError(f"the local Neo4j server in {home} did not start within {seconds:.0f} s",
                     hint=f"Server log ({home}/logs/console.log):\n{local.console_tail(home)}")
