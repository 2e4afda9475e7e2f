"""The Browser guide server: serves browser/kg-guide.html and browser/kg.grass on loopback for Neo4j Browser.

Neo4j Browser 5.x fetches a remote guide (`:guide URL`, `:play URL`, `:style URL`) from the web page, so the host
must send CORS headers (Browser's request carries `Cache-Control`/`Pragma`, hence a preflight) and its hostname
must be in the server setting `browser.remote_content_hostname_whitelist` (default `guides.neo4j.com,localhost`).
Neo4j's own HTTP server serves no static files of ours, hence this small detached process. Its pid and port are
kept in `run/kg-guide.json` of the server home so that `kg neo4j down` stops exactly it.

Run as `python -m kg.server.guide --port N` (what `start_guide` spawns).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from kg.errors import ConfigError
from kg.resources import resource_path

STATE_FILE = "run/kg-guide.json"
GUIDE_PORT = 7480
FILES = {"/kg-guide.html": ("browser/kg-guide.html", "text/html; charset=utf-8"),
         "/kg.grass": ("browser/kg.grass", "text/plain; charset=utf-8")}


def guide_url(port: int) -> str:
    return f"http://localhost:{port}/kg-guide.html"


def browser_settings(port: int) -> dict[str, str]:
    """Server settings that let Browser fetch the guide and open it once connected (docker-compose.yml sets the
    same through NEO4J_ variables)."""
    return {"browser.remote_content_hostname_whitelist": "localhost,127.0.0.1",
            "browser.post_connect_cmd": f"guide {guide_url(port)}"}


def add_browser_settings(home: Path, port: int) -> None:
    """Append `browser_settings` to the home's conf/neo4j.conf (written just before by `local.write_conf`)."""
    with open(home / "conf" / "neo4j.conf", "a", encoding="utf-8") as conf:
        conf.writelines(f"{name}={value}\n" for name, value in browser_settings(port).items())


class _Handler(BaseHTTPRequestHandler):
    def _cors(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", self.headers.get("Access-Control-Request-Headers", "*"))

    def do_OPTIONS(self) -> None:  # noqa: N802 - the CORS preflight
        self.send_response(204)
        self._cors()
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802
        entry = FILES.get(self.path.split("?")[0].split("#")[0])
        if entry is None:
            self.send_error(404)
            return
        body = resource_path(entry[0]).read_bytes()
        self.send_response(200)
        self._cors()
        self.send_header("Content-Type", entry[1])
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def _answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/kg-guide.html", timeout=2) as response:
            return response.status == 200 and b'<article class="guide">' in response.read()
    except OSError:
        return False


def running_guide(home: Path) -> int | None:
    """Port of the guide server kg started for this home, if it still answers."""
    port = recorded_port(home)
    return port if port and _answers(port) else None


def recorded_port(home: Path) -> int | None:
    try:
        return json.loads((home / STATE_FILE).read_text(encoding="utf-8"))["port"]
    except (FileNotFoundError, ValueError, KeyError):
        return None


def start_guide(home: Path, port: int | None = None) -> int:
    """Start (or reuse) the guide server on 127.0.0.1:`port` (default: the port recorded for this home, else
    GUIDE_PORT); returns the port once it answers."""
    port = port or recorded_port(home) or GUIDE_PORT
    if running_guide(home) == port:
        return port
    stop_guide(home)
    process = subprocess.Popen([sys.executable, "-m", "kg.server.guide", "--port", str(port)],
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    (home / STATE_FILE).parent.mkdir(parents=True, exist_ok=True)
    state = os.open(home / STATE_FILE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # private like the rest
    with os.fdopen(state, "w", encoding="utf-8") as handle:
        handle.write(json.dumps({"pid": process.pid, "port": port}) + "\n")
    deadline = time.monotonic() + 15
    while not _answers(port):
        if process.poll() is not None or time.monotonic() > deadline:
            stop_guide(home)
            raise ConfigError(f"the Browser guide server could not listen on 127.0.0.1:{port}",
                              hint="Free that port (or stop what listens there) and run `kg neo4j up` again.")
        time.sleep(0.1)
    return port


def stop_guide(home: Path) -> None:
    """Stop the guide server kg started for this home, if it still runs."""
    path = home / STATE_FILE
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return
    proc = Path(f"/proc/{state['pid']}/cmdline")
    if Path("/proc/self").exists():  # Linux: the pid must still be our process
        ours = proc.exists() and b"kg.server.guide" in proc.read_bytes()
    else:
        ours = _answers(state["port"])
    if ours:
        try:
            os.kill(state["pid"], signal.SIGTERM)
        except ProcessLookupError:
            pass
    path.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve kg's Neo4j Browser guide on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=GUIDE_PORT)
    port = parser.parse_args().port
    ThreadingHTTPServer(("127.0.0.1", port), _Handler).serve_forever()


if __name__ == "__main__":
    main()
