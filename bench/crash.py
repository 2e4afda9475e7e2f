"""`python -m bench.crash`: kill -9 the importer, then the server, at random points of an import, and start
four importers at once on an empty database; after each, the graph must equal one clean serial import.

Runs against a dedicated local server in a temporary home (its process is the one killed), on a synthetic
corpus written as facts files; prints "equal to clean / total" per kind of run and exits 1 on any mismatch.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from bench.corpus import generate_articles
from bench.fingerprint import Fingerprint, fingerprint
from kg import server, store
from kg.config import Settings
from kg.server import local

IMPORTERS = 4


def write_corpus(folder: Path, claims: int, seed: int = 7) -> list[Path]:
    """Synthetic facts files (events shared across articles, states shared by all), one per article."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, facts_file in enumerate(generate_articles(claims, seed)):
        path = folder / f"article-{index:05d}.json"
        path.write_text(json.dumps(facts_file.to_json_dict()), encoding="utf-8")
        paths.append(path)
    return paths


def kg_import(settings: Settings, files: list[Path]) -> subprocess.Popen:
    """`kg import FILES` in its own process, pointed at `settings` through the environment."""
    env = {**os.environ, "NEO4J_URI": settings.uri, "NEO4J_USERNAME": settings.username,
           "NEO4J_PASSWORD": settings.password or ""}
    env.pop("NEO4J_DATABASE", None)
    return subprocess.Popen([str(Path(sys.executable).parent / "kg"), "import", *map(str, files)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen, timeout: float = 600) -> tuple[int, str]:
    """Exit code and stderr of an importer process."""
    _, err = process.communicate(timeout=timeout)
    return process.returncode, err


def empty_database(settings: Settings) -> None:
    """No nodes and no constraints or indexes: the state a fresh server starts in."""
    with store.connect(settings) as graph:
        store.delete_all(graph)
        store.run_named(graph, "admin/drop_schema")


def clean_import(settings: Settings, files: list[Path]) -> tuple[Fingerprint, float]:
    """The reference: one import into an empty database; its fingerprint and how long the process took."""
    empty_database(settings)
    began = time.monotonic()
    code, err = finish(kg_import(settings, files))
    if code != 0:
        raise RuntimeError(f"the clean import failed (exit {code}): {err}")
    return fingerprint(settings), time.monotonic() - began


def overlapping_shares(files: list[Path], importers: int = IMPORTERS) -> list[list[Path]]:
    """Each importer gets two n/importers slices in a row, shifted by one slice: every file goes to two."""
    n, step = len(files), -(-len(files) // importers)
    return [[files[(start + k) % n] for k in range(min(n, 2 * step))] for start in range(0, n, step)]


def parallel_import(settings: Settings, files: list[Path]) -> list[str]:
    """Four importers at once on an empty database; the problems seen (empty when all exit 0 quietly)."""
    empty_database(settings)
    processes = [kg_import(settings, share) for share in overlapping_shares(files)]
    problems = []
    for number, process in enumerate(processes, 1):
        code, err = finish(process)
        if code != 0 or "Error" in err or "Traceback" in err:
            problems.append(f"importer {number} exit {code}: {err.strip()[-400:]}")
    return problems


def kill_importer(settings: Settings, files: list[Path], after: float) -> list[str]:
    """Start an import into an empty database, kill -9 it after `after` seconds, then import again."""
    empty_database(settings)
    process = kg_import(settings, files)
    time.sleep(after)
    process.kill()
    process.communicate()  # reaps it and closes its pipes
    return _rerun(settings, files)


def kill_server(settings: Settings, home: Path, files: list[Path], after: float,
                restart: Callable[[], Settings]) -> tuple[list[str], Settings]:
    """Start an import, kill -9 the server after `after` seconds, restart it, then import again.

    The importer that lost its server must fail clearly: exit 5 (or 0 if it had finished), no traceback.
    Returns the problems and the restarted server's settings (its port may have changed)."""
    empty_database(settings)
    process = kg_import(settings, files)
    time.sleep(after)
    running = local.running_server(home)
    os.kill(running.pid, signal.SIGKILL)
    while local.is_alive(home):
        time.sleep(0.1)
    code, err = finish(process)
    problems = [] if code in (0, 5) and "Traceback" not in err else [f"importer exit {code}: {err[-400:]}"]
    settings = restart()
    return problems + _rerun(settings, files), settings


def _rerun(settings: Settings, files: list[Path]) -> list[str]:
    code, err = finish(kg_import(settings, files))
    return [] if code == 0 else [f"rerun exit {code}: {err.strip()[-400:]}"]


@dataclass
class Tally:
    name: str
    equal: int = 0
    total: int = 0

    def record(self, problems: list[str], graph: Fingerprint, reference: Fingerprint) -> None:
        problems = problems + graph.differences(reference)
        self.total += 1
        self.equal += not problems
        print(f"  {self.name} run {self.total}: {'equal to clean' if not problems else 'DIFFERENT'}",
              *problems, sep="\n    ", file=sys.stderr)

    def __str__(self) -> str:
        return f"{self.name}: {self.equal}/{self.total} equal to a clean import"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.crash", description=__doc__)
    parser.add_argument("--claims", type=int, default=1500, help="claims in the synthetic corpus")
    parser.add_argument("--importer-kills", type=int, default=5)
    parser.add_argument("--server-kills", type=int, default=3)
    parser.add_argument("--parallel-runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=None, help="seed of the kill times (default: random)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="kg-crash-") as tmp:
        tallies = run(Path(tmp), args, rng)
    for tally in tallies:
        print(tally)
    return 0 if all(t.equal == t.total for t in tallies) else 1


def run(tmp: Path, args: argparse.Namespace, rng: random.Random) -> list[Tally]:
    files = write_corpus(tmp / "facts", args.claims)
    home, password = tmp / "neo4j", "crash-" + os.urandom(9).hex()

    def start() -> Settings:
        started = server.start_local(home, password, bolt_port=37687, http_port=37474, heap="1g",
                                     pagecache="256m")
        return Settings(uri=started.bolt_uri, password=password)

    settings = start()
    try:
        reference, seconds = clean_import(settings, files)
        print(f"clean import of {len(files)} articles ({args.claims} claims): {seconds:.1f} s", file=sys.stderr)
        tallies = [Tally("importer kill -9"), Tally("server kill -9"), Tally("4 parallel importers")]
        for _ in range(args.importer_kills):
            problems = kill_importer(settings, files, rng.uniform(0.1, 0.9) * seconds)
            tallies[0].record(problems, fingerprint(settings), reference)
        for _ in range(args.server_kills):
            problems, settings = kill_server(settings, home, files, rng.uniform(0.2, 0.9) * seconds, start)
            tallies[1].record(problems, fingerprint(settings), reference)
        for _ in range(args.parallel_runs):
            tallies[2].record(parallel_import(settings, files), fingerprint(settings), reference)
        return tallies
    finally:
        local.stop_server(home)


if __name__ == "__main__":
    sys.exit(main())
