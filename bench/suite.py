"""The benchmark run: online import on one server, offline (neo4j-admin) loads for the ceiling and the query
sizes, then the export and extraction figures of their own modules. Returns plain results for `bench.report`."""

from __future__ import annotations

import importlib
import inspect
import logging
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench import import_bench, query_bench
from bench import server as bench_server
from bench.admin_import import AdminImport, load_offline
from bench.corpus import generate_checked
from kg import store
from kg.config import Settings
from kg.ingest import apply_law, load_regimes
from kg.law import load_all

log = logging.getLogger("bench")


@dataclass
class Config:
    sizes: list[int]
    query_sizes: list[int]
    naive_sample: int = 2_000
    repeats: int = 3  # the naive baseline and each first import run this many times; the median counts
    batches: tuple[int, ...] = import_bench.BATCHES
    runs: int = 60
    budget: float = 45.0
    warmup: int = 3
    seed: int = 7
    quick: bool = False


@dataclass
class Offline:
    size: int
    load: AdminImport
    index_seconds: float
    counts: dict


@dataclass
class Results:
    config: Config
    neo4j_version: str = ""
    check_rate: float = 0.0
    naive: import_bench.Measure | None = None
    batches: list = field(default_factory=list)
    best_batch: int = 0
    per_size: list = field(default_factory=list)
    rerun: import_bench.Measure | None = None
    floor: import_bench.Measure | None = None  # the plainest writes of the largest size: a ceiling on the importer
    profile: dict = field(default_factory=dict)
    online_counts: dict = field(default_factory=dict)
    offline: list = field(default_factory=list)
    queries: dict = field(default_factory=dict)
    extras: dict = field(default_factory=dict)
    remarks: list = field(default_factory=list)
    seconds: float = 0.0
    load_average: tuple = ()  # the machine's at the end of the run (rendering later must not read its own)


def online_phase(cfg: Config, home: Path, results: Results) -> None:
    """Naive baseline, batch sizes, import per size with the best batch, rerun and write floor of the largest, a
    profile."""
    with bench_server.bench_server(home) as settings:
        results.neo4j_version = bench_server.version(settings)
        sample, check_seconds = import_bench.checked_corpus(cfg.naive_sample, cfg.seed)
        results.check_rate = cfg.naive_sample / check_seconds
        warm_up(settings, sample, min(cfg.sizes), cfg.seed)
        log.info("naive baseline on %d facts", cfg.naive_sample)
        results.naive = import_bench.run_naive_repeated(settings, sample, cfg.repeats)
        smallest, _ = import_bench.checked_corpus(min(cfg.sizes), cfg.seed)
        log.info("batch sizes %s on %d claims", cfg.batches, min(cfg.sizes))
        results.batches = import_bench.run_batches(settings, smallest, cfg.batches)
        results.best_batch = import_bench.best_batch(results.batches)
        results.profile = import_bench.profile_statements(settings, smallest, results.best_batch)
        del smallest
        for size in sorted(cfg.sizes):
            log.info("importer on %d claims", size)
            checked, _ = import_bench.checked_corpus(size, cfg.seed)
            first, again = import_bench.run_rerun(settings, checked, results.best_batch, cfg.repeats)
            results.per_size.append(first)
        results.rerun = again
        results.online_counts = import_bench.graph_counts(settings)
        results.extras["export"] = run_extra("bench.export_bench", settings=settings, claims=max(cfg.sizes))
        log.info("write floor on %d claims", size)  # last: it replaces the importer's graph the two above read
        results.floor = import_bench.run_floor_repeated(settings, checked, results.best_batch, cfg.repeats)


def warm_up(settings: Settings, naive_sample: list, claims: int, seed: int) -> None:
    """The write paths once at full size, discarded, so that the JIT and the plan cache are warm for all: a
    cold server ran the naive baseline's first pass about twice as slow as its later passes, which would
    flatter the importer (and a cold write floor would understate the ceiling)."""
    import_bench.run_naive(settings, naive_sample)
    other, _ = import_bench.checked_corpus(claims, seed + 1)
    import_bench.run_importer(settings, other, max(import_bench.BATCHES))
    import_bench.run_floor(settings, other, max(import_bench.BATCHES))


def offline_phase(cfg: Config, tmp: Path, size: int, results: Results) -> None:
    """neo4j-admin import of `size` claims into a fresh home, schema and law online, then the queries."""
    home, folder = tmp / f"offline-{size}", tmp / f"csv-{size}"
    bench_server.prepare_home(home)
    password = bench_server.set_password(home)
    log.info("neo4j-admin import of %d claims", size)
    load = load_offline(generate_checked(size, cfg.seed), home, folder)
    shutil.rmtree(folder)
    with bench_server.bench_server(home, password) as settings, store.connect(settings) as graph:
        started = time.perf_counter()
        store.apply_schema(graph)
        index_seconds = time.perf_counter() - started
        law = load_all()
        load_regimes(graph, law)
        apply_law(graph, law)  # the law step the online import runs, over every event
        results.offline.append(Offline(size, load, index_seconds, import_bench.graph_counts(settings)))
        if size in cfg.query_sizes:
            log.info("queries at %d claims", size)
            results.queries[size] = query_bench.run(settings, runs=cfg.runs, budget=cfg.budget, warmup=cfg.warmup)


def external_query_phase(cfg: Config, results: Results) -> None:
    """With NEO4J_URI there is no home to import into offline: load each query size online, then query."""
    settings = Settings.from_env()
    for size in sorted(cfg.query_sizes):
        checked, _ = import_bench.checked_corpus(size, cfg.seed)
        import_bench.run_importer(settings, checked, results.best_batch or 50)
        results.queries[size] = query_bench.run(settings, runs=cfg.runs, budget=cfg.budget, warmup=cfg.warmup)


def run_extra(module: str, **available) -> object:
    """`module.run(...)` with whichever of `available` it accepts; a sentence when the module is missing/fails."""
    try:
        target = importlib.import_module(module)
    except ModuleNotFoundError:
        return f"`{module}` does not exist (yet); no figures."
    runner = getattr(target, "run", None)
    if runner is None:
        return f"`{module}` has no run(); no figures."
    accepted = inspect.signature(runner).parameters
    try:
        return runner(**{k: v for k, v in available.items() if k in accepted})
    except Exception as error:  # noqa: BLE001 - another module's failure is reported, not fatal
        log.exception("%s failed", module)
        return f"`{module}.run` failed: {type(error).__name__}: {error}"


def run_all(cfg: Config) -> Results:
    results, started = Results(cfg), time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        online_phase(cfg, Path(tmp) / "online", results)
        if bench_server.external():
            external_query_phase(cfg, results)
        else:
            for size in sorted({max(cfg.sizes), *cfg.query_sizes}):
                offline_phase(cfg, Path(tmp), size, results)
    results.extras["extraction speed"] = run_extra("bench.extraction_speed")
    results.extras["extraction quality"] = run_extra("bench.extraction_quality")
    results.extras["start-up"] = run_extra("bench.startup")
    results.seconds = time.perf_counter() - started
    results.load_average = os.getloadavg()
    return results
