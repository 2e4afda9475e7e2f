"""A local Neo4j Community server run from the Maven-fetched jars: its home folder, start, stop, and state.

The home holds conf/ data/ logs/ run/ import/ plugins/; `run/kg-server.json` records the process kg started,
so `kg neo4j down` stops exactly that process and `kg neo4j up` twice reuses it.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from kg.errors import ConfigError
from kg.server import guide
from kg.server.versions import NEO4J_VERSION

STATE_FILE = "run/kg-server.json"
JAVA_OPTIONS = ["-XX:+UseG1GC", "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "-Dio.netty.tryReflectionSetAccessible=true", "-Dfile.encoding=UTF-8"]


@dataclass(frozen=True)
class LocalServer:
    home: str
    pid: int
    bolt_port: int
    http_port: int
    version: str = NEO4J_VERSION

    @property
    def bolt_uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def browser_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/browser/"


def free_port(preferred: int, avoid: set[int] = frozenset()) -> int:
    """`preferred` when nothing listens there on loopback, else the next free port above it."""
    for port in range(preferred, preferred + 200):
        if port in avoid:
            continue
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise ConfigError(f"no free port on 127.0.0.1 between {preferred} and {preferred + 199}")


def write_conf(home: Path, bolt_port: int, http_port: int, heap: str, pagecache: str) -> None:
    for folder in ("conf", "data", "logs", "run", "import", "plugins"):
        (home / folder).mkdir(parents=True, exist_ok=True)
    lines = [
        "server.default_listen_address=127.0.0.1",
        "server.default_advertised_address=127.0.0.1",
        f"server.bolt.listen_address=127.0.0.1:{bolt_port}",
        f"server.bolt.advertised_address=127.0.0.1:{bolt_port}",
        f"server.http.listen_address=127.0.0.1:{http_port}",
        f"server.http.advertised_address=127.0.0.1:{http_port}",
        "server.https.enabled=false",
        "dbms.security.auth_enabled=true",
        *(f"server.directories.{name}={home / name}" for name in ("data", "logs", "run", "import", "plugins")),
        f"server.memory.heap.initial_size={heap}",
        f"server.memory.heap.max_size={heap}",
        f"server.memory.pagecache.size={pagecache}",
        "db.tx_log.rotation.retention_policy=keep_none",
        "dbms.usage_report.enabled=false",
    ]
    (home / "conf" / "neo4j.conf").write_text("\n".join(lines) + "\n", encoding="utf-8")


def set_initial_password(home: Path, lib: Path, password: str) -> None:
    """Only has effect before the first start of a fresh data folder."""
    if (home / "data" / "databases").exists():
        return
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    result = subprocess.run(["java", "-cp", f"{lib}/*", "org.neo4j.cli.AdminTool", "dbms",
                             "set-initial-password", password], env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise ConfigError(f"neo4j-admin could not set the initial password in {home}: "
                          f"{(result.stderr or result.stdout).strip()[-500:]}")


def launch(home: Path, lib: Path, heap: str) -> int:
    """Start the server process in its own session, output to logs/console.log; returns its pid."""
    command = ["java", f"-Xms{heap}", f"-Xmx{heap}", *JAVA_OPTIONS, "-cp", f"{home / 'plugins'}/*:{lib}/*",
               "org.neo4j.server.CommunityEntryPoint", f"--home-dir={home}", f"--config-dir={home / 'conf'}",
               "--console-mode"]
    log = open(home / "logs" / "console.log", "ab")  # noqa: SIM115 - the child keeps the descriptor
    process = subprocess.Popen(command, cwd=home, stdout=log, stderr=subprocess.STDOUT,
                               stdin=subprocess.DEVNULL, start_new_session=True)
    log.close()
    return process.pid


def save_state(server: LocalServer) -> None:
    path = Path(server.home) / STATE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(asdict(server), indent=2) + "\n", encoding="utf-8")


def running_server(home: Path) -> LocalServer | None:
    """The server kg started in this home, if its process is still alive."""
    path = home / STATE_FILE
    try:
        server = LocalServer(**json.loads(path.read_text(encoding="utf-8")))
    except (FileNotFoundError, ValueError, TypeError):
        return None
    return server if _is_our_process(server) else None


def _is_our_process(server: LocalServer) -> bool:
    try:
        cmdline = Path(f"/proc/{server.pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return False
    return "CommunityEntryPoint" in cmdline and f"--home-dir={server.home}" in cmdline


def stop_server(home: Path, timeout: float = 60.0) -> LocalServer | None:
    """SIGTERM the process kg started (SIGKILL after `timeout`); None when none was running."""
    server = running_server(home)
    if server is not None:
        os.kill(server.pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while _is_our_process(server) and time.monotonic() < deadline:
            time.sleep(0.2)
        if _is_our_process(server):
            os.kill(server.pid, signal.SIGKILL)
    (home / STATE_FILE).unlink(missing_ok=True)
    guide.stop_guide(home)
    return server


def console_tail(home: Path, lines: int = 20) -> str:
    try:
        return "\n".join((home / "logs" / "console.log").read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no console log)"
