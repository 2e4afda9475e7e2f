"""Canned queries, warm: p50/p95 of every top-level `cypher/*.cypher` file of mode read, at two graph sizes.

Each query runs the way `kg query` runs it (`store.run_cypher`: a session, a read transaction, every row fetched).
Key-anchored queries (evidence, state_profile) get a typical key picked from the graph: an event with three
claims and the median state; the default PRK profile is measured too, as the hub it is.
"""

from __future__ import annotations

import logging
import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from bench.corpus import FOCUS_STATES
from kg import store
from kg.config import Settings
from kg.cypher import CypherFile, list_cypher, load_cypher, parse_cypher_file

ANCHORED = {"evidence": "event", "state_profile": "state"}
log = logging.getLogger("bench")
BENCH_CYPHER = Path(__file__).parent / "cypher"


@dataclass
class Timing:
    query: str
    label: str
    runs: int
    rows: int
    p50: float
    p95: float


def pick_anchors(settings: Settings) -> dict:
    with store.connect(settings) as graph:
        rows = store.run_cypher(graph, parse_cypher_file(BENCH_CYPHER / "pick_anchors.cypher"),
                                {"focus": list(FOCUS_STATES)})
    return rows[0]


def _percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def time_query(graph: store.Graph, cypher: CypherFile, params: dict, label: str, *,
               warmup: int = 3, runs: int = 20, budget: float = 60.0) -> Timing:
    """Warm-up runs, then up to `runs` timed runs (fewer, at least three, when `budget` seconds run out)."""
    full = {p.name: p.default for p in cypher.params} | params
    log.info("query %s (%s)", cypher.name, label)
    for _ in range(warmup):
        rows = store.run_cypher(graph, cypher, full)
    times, deadline = [], time.perf_counter() + budget
    while len(times) < runs and (len(times) < 3 or time.perf_counter() < deadline):
        started = time.perf_counter()
        rows = store.run_cypher(graph, cypher, full)
        times.append(time.perf_counter() - started)
    return Timing(cypher.name, label, len(times), len(rows), statistics.median(times), _percentile(times, 0.95))


def run(settings: Settings, *, runs: int = 20, budget: float = 60.0, warmup: int = 3) -> list[Timing]:
    """Every read query at its defaults, the anchored ones on typical keys, plus state_profile on PRK."""
    anchors = pick_anchors(settings)
    timings = []
    with store.connect(settings) as graph:
        for cypher in list_cypher("read"):
            params, label = {}, "defaults"
            if cypher.name in ANCHORED:
                key = ANCHORED[cypher.name]
                params, label = {key: anchors[key]}, f"typical: {key} = {anchors[key]}"
            timings.append(time_query(graph, cypher, params, label, warmup=warmup, runs=runs,
                                      budget=budget))
        timings.append(time_query(graph, load_cypher("state_profile"), {"state": "PRK"},
                                  "hub: state = PRK", warmup=warmup, runs=runs, budget=budget))
    return timings


def growth(small: Sequence[Timing], large: Sequence[Timing]) -> dict[tuple[str, str], float]:
    """p50 at the large size over p50 at the small size, per (query, label)."""
    before = {(t.query, t.label.split(":")[0]): t for t in small}
    ratios = {}
    for t in large:
        earlier = before.get((t.query, t.label.split(":")[0]))
        if earlier and earlier.p50:
            ratios[(t.query, t.label)] = t.p50 / earlier.p50
    return ratios
