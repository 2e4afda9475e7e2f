"""`python -m bench.parallel_writers [--claims 100000] [--rounds 2]`: would concurrent writers lift the import?

The machine has two cores and the importer writes from one session, so one might expect a second session to use the
other core. This runs, on one bench server and in one window, the naive baseline (one transaction per fact) and then
`kg.ingest.import_articles` with its groups of 500 articles written by 1, 2 and 3 threads, each with its own session
(the law step after them as usual), and prints each import's ratio to the naive baseline measured in the same round.
It is an experiment: `kg import` keeps one writer (see docs/benchmarks.md, "What limited the results").
"""

from __future__ import annotations

import argparse
import logging
import tempfile
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from bench import import_bench
from bench import server as bench_server
from bench.suite import warm_up
from kg import store
from kg.store import writes

BATCH = 500
WRITERS = (1, 2, 3)


def _concurrent_write_facts(writers: int):
    """A stand-in for `kg.store.write_facts` that writes its groups of articles from `writers` threads."""
    def write_facts(graph, articles, articles_per_transaction=1, on_article=None) -> writes.WriteSummary:
        statements = writes.group_statements()
        articles = list(articles)
        groups = [articles[i:i + articles_per_transaction] for i in range(0, len(articles), articles_per_transaction)]

        def write_group(group) -> writes.WriteSummary:
            with graph.session() as session:  # a write session of its own: sessions are not shared by threads
                return session.execute_write(writes._write_group, group, statements)

        summary = writes.WriteSummary()
        with ThreadPoolExecutor(writers) as pool:
            for counted in pool.map(write_group, groups):
                summary.add(counted)
        return summary
    return write_facts


@contextmanager
def _writers(count: int) -> Iterator[None]:
    original = store.write_facts
    if count > 1:
        store.write_facts = _concurrent_write_facts(count)
    try:
        yield
    finally:
        store.write_facts = original


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.parallel_writers", description=__doc__)
    parser.add_argument("--claims", type=int, default=100_000, help="claims per import")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of naive + 1, 2, 3 writers (alternated)")
    parser.add_argument("--naive-sample", type=int, default=2_000, help="facts for the naive baseline")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    logging.getLogger("neo4j").setLevel(logging.ERROR)
    log = logging.getLogger("bench")
    sample, _ = import_bench.checked_corpus(args.naive_sample, 7)
    checked, _ = import_bench.checked_corpus(args.claims, 7)
    print("round\twriters\tnaive facts/s\timporter claims/s\tratio to naive")
    with tempfile.TemporaryDirectory() as tmp, bench_server.bench_server(Path(tmp) / "home") as settings:
        warm_up(settings, sample, min(args.claims, 10_000), 7)
        for round_ in range(1, args.rounds + 1):
            log.info("round %d: naive baseline on %d facts", round_, args.naive_sample)
            naive = import_bench.run_naive_repeated(settings, sample, 3)
            for count in WRITERS:
                log.info("round %d: %d claims with %d writer(s)", round_, args.claims, count)
                with _writers(count):
                    imported = import_bench.median_of([import_bench.run_importer(settings, checked, BATCH)
                                                       for _ in range(2)])
                print(f"{round_}\t{count}\t{naive.rate:.1f}\t{imported.rate:.0f}\t{imported.rate / naive.rate:.1f}x",
                      flush=True)


if __name__ == "__main__":
    main()
