"""`python -m bench [--sizes 10000 100000] [--query-sizes 100000 1000000] [--quick]`: run every benchmark
and regenerate docs/benchmarks.md."""

from __future__ import annotations

import argparse
import logging
import pickle
import signal
import sys
from pathlib import Path

from bench.notes import notes
from bench.report import render
from bench.suite import Config, run_all

OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"


def parse_config(argv: list[str] | None = None) -> tuple[Config, argparse.Namespace]:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000],
                        help="claims per online import (the smallest also runs the batch sizes)")
    parser.add_argument("--query-sizes", type=int, nargs="+", default=[100_000, 1_000_000],
                        help="graph sizes (claims) to time the canned queries at, loaded with neo4j-admin")
    parser.add_argument("--naive-sample", type=int, default=2_000, help="facts for the naive baseline")
    parser.add_argument("--runs", type=int, default=60,
                        help="timed runs per query (after warm-up runs); p95 needs a few dozen to mean anything")
    parser.add_argument("--budget", type=float, default=45.0, help="seconds per query before stopping at 3+ runs")
    parser.add_argument("--repeats", type=int, default=3,
                        help="runs of the naive baseline and of each first import (the median counts; 1 with --quick)")
    parser.add_argument("--results", type=Path, help="also pickle the raw results here")
    parser.add_argument("--render", type=Path, help="only render docs from results pickled by --results")
    parser.add_argument("--quick", action="store_true", help="a smoke run of a few minutes on small sizes")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if args.quick:
        return Config([2_000], [2_000, 10_000], naive_sample=200, batches=(1, 50), runs=3, budget=3.0, warmup=1,
                      quick=True, repeats=1), args
    return Config(sorted(args.sizes), sorted(args.query_sizes), naive_sample=args.naive_sample, runs=args.runs,
                  budget=args.budget, repeats=args.repeats), args


def main(argv: list[str] | None = None) -> None:
    # `kill` (SIGTERM) unwinds like Ctrl-C, so the bench's Neo4j servers and temporary folders are cleaned up.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    logging.getLogger("neo4j").setLevel(logging.ERROR)
    config, args = parse_config(argv)
    if args.render:
        results = pickle.loads(args.render.read_bytes())
    else:
        results = run_all(config)
        if args.results:
            args.results.write_bytes(pickle.dumps(results))
    args.output.write_text(render(results, notes(results)), encoding="utf-8")
    logging.getLogger("bench").info("wrote %s", args.output)


if __name__ == "__main__":
    main()
