"""RDF export speed and memory: triples per second for N-Triples and Turtle, and peak memory, at two graph sizes.

`python -m bench.export_bench --sizes 100000 1000000` loads each size of the synthetic corpus (bench.corpus)
offline into a fresh local Neo4j (bench.admin_import; with NEO4J_URI set, online into that server instead), then
measures each format in a child process of its own, writing to a sink that discards the text:

- baseline: the same page queries (cypher/export_*.cypher) read through the driver, without RDF (run once first
  as a discarded warm-up, so all three find the page cache and query plans hot);
- nt and turtle: the streamed export (`kg.export.export_rdf`).

Peak memory is the child's maximum resident set (getrusage), also given above the child's resident set after
imports and connecting ("added"), so the ratio between sizes shows whether memory grows with the graph.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg import store
from kg.config import Settings
from kg.export import export_rdf
from kg.export.pages import read_pages
from kg.export.triples import SECTIONS
from kg.ingest import import_articles, load_regimes
from kg.law import load_all

DEFAULT_SIZES = (100_000, 1_000_000)
MEASURED = ("baseline", "nt", "turtle")


class Sink(io.TextIOBase):
    """A text stream that counts and discards what is written."""

    def __init__(self) -> None:
        self.chars = 0

    def write(self, text: str) -> int:
        self.chars += len(text)
        return len(text)


def _rss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def measure(settings: Settings, what: str) -> dict:
    """One measurement in this process: items (rows or triples), seconds, characters, resident set before/peak."""
    with store.connect(settings) as graph:
        store.count_graph(graph)  # connection warm, before the first mark
        rss_start, sink, started = _rss_kb(), Sink(), time.perf_counter()
        if what == "baseline":
            items = sum(1 for section, _ in SECTIONS for _ in read_pages(graph, section))
        else:
            items = export_rdf(graph, sink, what)
        seconds = time.perf_counter() - started
    return {"items": items, "seconds": seconds, "chars": sink.chars, "rss_start_kb": rss_start,
            "rss_peak_kb": _rss_kb()}


def measure_in_child(settings: Settings, what: str) -> dict:
    """`measure` in a fresh interpreter, so each peak resident set is that measurement's alone."""
    env = {**os.environ, "NEO4J_URI": settings.uri, "NEO4J_USERNAME": settings.username,
           "NEO4J_PASSWORD": settings.password or ""}
    if settings.database:
        env["NEO4J_DATABASE"] = settings.database
    result = subprocess.run([sys.executable, "-m", "bench.export_bench", "--child", what], env=env,
                            capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent)
    if result.returncode != 0:
        raise RuntimeError(f"export_bench child {what} failed:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure_graph(settings: Settings, claims: int) -> dict:
    """Every measurement of one loaded graph, with the rates derived from them."""
    measure_in_child(settings, "baseline")  # warm-up, discarded: page cache and query plans hot for all three
    figures = {what: measure_in_child(settings, what) for what in MEASURED}
    for what in ("nt", "turtle"):
        figures[what]["triples_per_second"] = figures[what]["items"] / figures[what]["seconds"]
        figures[what]["vs_baseline_seconds"] = figures[what]["seconds"] / figures["baseline"]["seconds"]
    figures["baseline"]["rows_per_second"] = figures["baseline"]["items"] / figures["baseline"]["seconds"]
    figures["claims"] = claims
    return figures


def _load_online(settings: Settings, size: int) -> float:
    from bench.corpus import generate_checked

    started = time.perf_counter()
    with store.connect(settings) as graph:
        store.delete_all(graph)
        import_articles(graph, list(generate_checked(size)), articles_per_transaction=500)
    return time.perf_counter() - started


def _measure_offline(size: int, tmp: Path) -> dict:
    """Load `size` claims with neo4j-admin into a fresh home, start it, add schema and law, measure, stop."""
    from bench import server as bench_server
    from bench.admin_import import load_offline
    from bench.corpus import generate_checked

    home, folder = tmp / f"home-{size}", tmp / f"csv-{size}"
    bench_server.prepare_home(home)
    password = bench_server.set_password(home)
    started = time.perf_counter()
    load_offline(generate_checked(size), home, folder)
    shutil.rmtree(folder)
    load_seconds = time.perf_counter() - started
    with bench_server.bench_server(home, password) as settings, store.connect(settings) as graph:
        store.apply_schema(graph)
        load_regimes(graph, load_all())
        figures = measure_graph(settings, size)
    shutil.rmtree(home, ignore_errors=True)
    return {**figures, "load_seconds": load_seconds, "load": "neo4j-admin import (offline)"}


def _summary(per_size: dict[int, dict]) -> dict:
    """Rates per size, and the peak-memory ratio of each size to the one before it (target: <= 1.2 at 10x)."""
    sizes = sorted(per_size)
    ratios = {f"{large}/{small}": {w: round(per_size[large][w]["rss_peak_kb"] / per_size[small][w]["rss_peak_kb"], 3)
                                   for w in MEASURED} for small, large in zip(sizes, sizes[1:])}
    return {
        "sizes": sizes,
        "nt_triples_per_second": {s: round(per_size[s]["nt"]["triples_per_second"]) for s in sizes},
        "turtle_triples_per_second": {s: round(per_size[s]["turtle"]["triples_per_second"]) for s in sizes},
        "peak_rss_mb": {s: {w: round(per_size[s][w]["rss_peak_kb"] / 1024, 1) for w in MEASURED} for s in sizes},
        "peak_rss_ratio": ratios,
        "nt_target_met": min(per_size[s]["nt"]["triples_per_second"] for s in sizes) >= 100_000,
        "memory_target_met": all(r[w] <= 1.2 for r in ratios.values() for w in ("nt", "turtle")),
    }


def run(sizes: tuple[int, ...] = DEFAULT_SIZES, settings: Settings | None = None,
        claims: int | None = None) -> dict:
    """Figures per size and a summary. With `settings` (the suite's loaded server) only that graph is measured."""
    if settings is not None:
        return {"per_size": {claims or 0: measure_graph(settings, claims or 0)}}
    per_size = {}
    with tempfile.TemporaryDirectory(prefix="kg-export-bench-") as tmp:
        for size in sorted(sizes):
            if os.environ.get("NEO4J_URI"):
                external = Settings.from_env()
                load_seconds = _load_online(external, size)
                per_size[size] = {**measure_graph(external, size), "load_seconds": load_seconds, "load": "online"}
            else:
                per_size[size] = _measure_offline(size, Path(tmp))
            print(json.dumps({size: per_size[size]}), file=sys.stderr)
    return {"per_size": per_size, "summary": _summary(per_size) if len(per_size) > 1 else None}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.export_bench", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES), help="claims per graph")
    parser.add_argument("--child", choices=MEASURED, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(Settings.from_env(), args.child)))
        return
    print(json.dumps(run(tuple(args.sizes)), indent=2))


if __name__ == "__main__":
    main()
