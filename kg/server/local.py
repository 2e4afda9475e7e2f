"""A local Neo4j Community server run from the Maven-fetched jars: its home folder, start, stop, and state.

The home holds conf/ data/ logs/ run/ import/ plugins/, private to the user (folders 0700, files 0600).
`run/kg-server.json` records the process kg started. That process inherits an exclusive `flock` on
`run/kg-server.lock` and holds it until it exits, so "is our server alive?" is one non-blocking lock attempt:
no pid-reuse guess and no /proc, on any POSIX system. `kg neo4j down` stops exactly that process.
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

try:
    import fcntl
except ImportError:  # not POSIX: the local server is not supported there (Docker or NEO4J_URI are)
    fcntl = None

STATE_FILE = "run/kg-server.json"
LOCK_FILE = "run/kg-server.lock"
FOLDERS = ("conf", "data", "logs", "run", "import", "plugins")
UMASK = 0o077  # everything the server and neo4j-admin create is the user's alone
# The JVM flags Neo4j's own launcher takes from its default neo4j.conf (server.jvm.additional), as the Docker image
# runs with them; without TrustFinalNonStaticFields and the rest, 100,000-claim imports ran about 12% slower on the
# same machine (servers of each kind started in turn). Left out: AlwaysPreTouch, which makes every start touch the
# whole heap first.
JAVA_OPTIONS = ["-XX:+UseG1GC", "-XX:-OmitStackTraceInFastThrow", "-XX:+UnlockExperimentalVMOptions",
                "-XX:+TrustFinalNonStaticFields", "-XX:+DisableExplicitGC", "-Djdk.nio.maxCachedBufferSize=1024",
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "-Dio.netty.tryReflectionSetAccessible=true",
                "-Dfile.encoding=UTF-8"]


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


def make_home(home: Path) -> None:
    """The home and its folders, readable by the user only (also tightens a home made by an older kg)."""
    for folder in (home, *(home / name for name in FOLDERS)):
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)


def write_private(path: Path, text: str) -> None:
    """Write `text` to a file created with mode 0600 (and left so, even if it existed)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.chmod(path, 0o600)


def write_conf(home: Path, bolt_port: int, http_port: int, heap: str, pagecache: str) -> None:
    make_home(home)
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
    write_private(home / "conf" / "neo4j.conf", "\n".join(lines) + "\n")


def _argfile_quote(value: str) -> str:
    """`value` as one quoted argument of a java @argfile (backslash and double quote escaped)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def set_initial_password(home: Path, lib: Path, password: str) -> None:
    """Only has effect before the first start of a fresh data folder.

    The password goes to neo4j-admin in a java @argfile (mode 0600, deleted right after): the launcher reads
    the arguments from it, so they never appear in the process list.
    """
    if (home / "data" / "databases").exists():
        return
    make_home(home)
    argfile = home / "run" / f"set-initial-password.{os.getpid()}.args"
    write_private(argfile, f"org.neo4j.cli.AdminTool dbms set-initial-password -- {_argfile_quote(password)}\n")
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    try:
        result = subprocess.run(["java", "-cp", f"{lib}/*", f"@{argfile}"], env=env, capture_output=True,
                                text=True, umask=UMASK)
    finally:
        argfile.unlink(missing_ok=True)
    if result.returncode != 0:
        raise ConfigError(f"neo4j-admin could not set the initial password in {home}: "
                          f"{(result.stderr or result.stdout).strip()[-500:]}")


def launch(home: Path, lib: Path, heap: str) -> int:
    """Start the server process in its own session, output appended to logs/console.log; returns its pid.

    The child inherits the home's lock (see the module docstring); ConfigError if a server already holds it.
    """
    command = ["java", f"-Xms{heap}", f"-Xmx{heap}", *JAVA_OPTIONS, "-cp", f"{home / 'plugins'}/*:{lib}/*",
               "org.neo4j.server.CommunityEntryPoint", f"--home-dir={home}", f"--config-dir={home / 'conf'}",
               "--console-mode"]
    if fcntl is None:
        raise ConfigError("the local Neo4j server needs a POSIX system", hint="Use Docker, or set NEO4J_URI.")
    lock = os.open(home / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as e:
            raise ConfigError(f"a Neo4j server kg started is already running in {home}",
                              hint="Run `kg neo4j down` first.") from e
        log_path = home / "logs" / "console.log"
        with os.fdopen(os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "ab") as log:
            os.chmod(log_path, 0o600)
            process = subprocess.Popen(command, cwd=home, stdout=log, stderr=subprocess.STDOUT,
                                       stdin=subprocess.DEVNULL, start_new_session=True, pass_fds=(lock,),
                                       umask=UMASK)
    finally:
        os.close(lock)  # the child's copy keeps the lock
    return process.pid


def is_alive(home: Path) -> bool:
    """True while the server process kg launched in `home` lives (it holds the home's lock)."""
    if fcntl is None:
        return False
    try:
        lock = os.open(home / LOCK_FILE, os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(lock, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(lock)  # closing releases a lock we may have taken
    return False


def save_state(server: LocalServer) -> None:
    write_private(Path(server.home) / STATE_FILE, json.dumps(asdict(server), indent=2) + "\n")


def last_state(home: Path) -> LocalServer | None:
    """What kg recorded when it last started a server in this home (alive or not)."""
    try:
        return LocalServer(**json.loads((home / STATE_FILE).read_text(encoding="utf-8")))
    except (FileNotFoundError, ValueError, TypeError):
        return None


def running_server(home: Path) -> LocalServer | None:
    """The server kg started in this home, if its process is still alive."""
    server = last_state(home)
    return server if server is not None and is_alive(home) else None


def stop_server(home: Path, timeout: float = 60.0) -> LocalServer | None:
    """SIGTERM the process kg started (SIGKILL after `timeout`); None when none was running."""
    server = running_server(home)
    if server is not None:
        _signal(server.pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while is_alive(home) and time.monotonic() < deadline:
            time.sleep(0.2)
        if is_alive(home):
            _signal(server.pid, signal.SIGKILL)
            deadline = time.monotonic() + 10
            while is_alive(home) and time.monotonic() < deadline:
                time.sleep(0.1)
    (home / STATE_FILE).unlink(missing_ok=True)
    guide.stop_guide(home)
    return server


def _signal(pid: int, signum: int) -> None:
    try:
        os.kill(pid, signum)
    except ProcessLookupError:
        pass


def console_tail(home: Path, lines: int = 20) -> str:
    try:
        return "\n".join((home / "logs" / "console.log").read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no console log)"
