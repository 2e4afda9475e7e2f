"""Online import: kg's importer against a naive one-transaction-per-fact baseline, batch sizes, and a rerun.

Every measurement starts from an empty database on the same server, with the corpus already generated and
checked in memory, so the figures time only the writes (check time is reported on its own).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterator, Sequence

from bench.corpus import generate_checked
from bench.server import empty_graph
from kg import store
from kg.config import Settings
from kg.cypher import load_cypher, parse_cypher_file
from kg.ingest import import_articles
from kg.model import CheckedArticle

BENCH_CYPHER = Path(__file__).parent / "cypher"
BATCHES = (1, 10, 50, 200, 500, 1000)
LAW_STEP = "law step (lock, read, assess, write)"


@dataclass
class Measure:
    name: str
    claims: int
    seconds: float
    counters: dict = field(default_factory=dict)
    samples: list = field(default_factory=list)  # seconds of each repeat when `seconds` is their median

    @property
    def rate(self) -> float:
        return self.claims / self.seconds if self.seconds else 0.0

    @property
    def writes(self) -> int:
        return sum(v for k, v in self.counters.items() if k not in ("articles", "claims", "articles_unchanged"))


def checked_corpus(n_claims: int, seed: int = 7) -> tuple[list[CheckedArticle], float]:
    """The corpus, checked, in memory; and the seconds generating and checking took (Python only)."""
    started = time.perf_counter()
    checked = list(generate_checked(n_claims, seed))
    return checked, time.perf_counter() - started


def naive_params(checked: Sequence[CheckedArticle]) -> Iterator[dict]:
    """One parameter map per claim: the claim with its article, event, state names and organisation."""
    for article in checked:
        events = {e["id"]: e for e in article.events}
        names = {s["code"]: s["name"] for s in article.states}
        organizations = {o["id"]: o for o in article.organizations}
        for claim in article.claims:
            event = events[claim["eventId"]]
            yield {"article": article.article, "event": event, "claim": claim, "fromName": names[event["from"]],
                   "toName": names[event["to"]], "organization": organizations.get(claim["organizationId"])}


def run_naive(settings: Settings, checked: Sequence[CheckedArticle]) -> Measure:
    """Each claim in its own write transaction, through the driver, from an empty graph."""
    empty_graph(settings)
    statement = parse_cypher_file(BENCH_CYPHER / "naive_write_fact.cypher").statements[0]
    counted = store.WriteSummary()
    params = list(naive_params(checked))
    with store.connect(settings) as graph, graph.session() as session:
        started = time.perf_counter()
        for row in params:
            counted.add(session.execute_write(lambda tx, p: tx.run(statement, p).consume().counters, row))
        seconds = time.perf_counter() - started
    return Measure("naive: one transaction per fact", len(params), seconds, counted.as_dict())


def run_importer(settings: Settings, checked: Sequence[CheckedArticle], batch: int, *, fresh: bool = True,
                 name: str | None = None) -> Measure:
    """`kg.ingest.import_articles` with `batch` articles per transaction (from an empty graph when fresh)."""
    if fresh:
        empty_graph(settings)
    with store.connect(settings) as graph:
        started = time.perf_counter()
        summary = import_articles(graph, checked, articles_per_transaction=batch)
        seconds = time.perf_counter() - started
    claims = sum(len(a.claims) for a in checked)
    return Measure(name or f"importer, {batch} articles/transaction", claims, seconds, summary.as_dict())


FLOOR_NAME = "write floor: plain CREATE, no law step"


def run_floor(settings: Settings, checked: Sequence[CheckedArticle], batch: int) -> Measure:
    """The ceiling on import speed here: the articles, states, events and claims the importer writes, in the
    plainest statements (`bench/cypher/floor_*.cypher`), `batch` articles per transaction, from an empty graph.

    It writes less than the importer (no kind labels, parties, ATTRIBUTED_TO links or content hashes), never
    MERGEs or checks what is stored, and skips the law step: an importer that writes at least this graph in
    the same transactions cannot be faster, so its ratio to the naive baseline bounds what any importer
    reaches on this machine."""
    from kg.store.writes import group_params

    empty_graph(settings)
    floor = {name: parse_cypher_file(BENCH_CYPHER / f"floor_{name}.cypher").statements[0]
             for name in ("articles", "events", "claims")}
    written: set[str] = set()
    groups = []
    for start in range(0, len(checked), batch):  # parameters first: the clock times the writes only
        group = checked[start:start + batch]
        params = group_params(group, with_claims=())
        events = [e for e in params["write_events"]["rows"] if e["id"] not in written]
        written.update(e["id"] for e in events)
        groups.append([(floor["articles"], [a.article for a in group]),
                       (load_cypher("write_states").statements[0], params["write_states"]["rows"]),
                       (floor["events"], events), (floor["claims"], params["write_new_claims"]["rows"])])

    def work(tx, statements: list) -> None:
        for statement, rows in statements:
            tx.run(statement, {"rows": rows}).consume()

    with store.connect(settings) as graph, graph.session() as session:
        started = time.perf_counter()
        for statements in groups:
            session.execute_write(work, statements)
        seconds = time.perf_counter() - started
    return Measure(f"{FLOOR_NAME}, {batch} articles/transaction", sum(len(a.claims) for a in checked), seconds)


def run_floor_repeated(settings: Settings, checked: Sequence[CheckedArticle], batch: int, repeats: int) -> Measure:
    return median_of([run_floor(settings, checked, batch) for _ in range(repeats)])


def run_batches(settings: Settings, checked: Sequence[CheckedArticle],
                batches: Sequence[int] = BATCHES) -> list[Measure]:
    return [run_importer(settings, checked, batch) for batch in batches]


def best_batch(measures: Sequence[Measure]) -> int:
    best = max(measures, key=lambda m: m.rate)
    return int(best.name.split(",")[1].split()[0])


def median_of(runs: Sequence[Measure]) -> Measure:
    """The run of median time among repeats of the same work, with every repeat's seconds in `samples`: one slow
    or fast run on a shared machine does not decide a ratio."""
    ordered = sorted(runs, key=lambda m: m.seconds)
    middle = ordered[(len(ordered) - 1) // 2]
    return replace(middle, samples=[m.seconds for m in runs])


def run_naive_repeated(settings: Settings, checked: Sequence[CheckedArticle], repeats: int) -> Measure:
    return median_of([run_naive(settings, checked) for _ in range(repeats)])


def run_rerun(settings: Settings, checked: Sequence[CheckedArticle], batch: int,
              repeats: int = 1) -> tuple[Measure, Measure]:
    """The first import into an empty graph (`repeats` times, the median kept), then the same import again
    (target: no writes, >= 2x faster)."""
    first = median_of([run_importer(settings, checked, batch, name=f"importer first run, {batch} articles/transaction")
                       for _ in range(repeats)])
    again = run_importer(settings, checked, batch, fresh=False, name="importer rerun of the same articles")
    return first, again


def graph_counts(settings: Settings) -> dict[str, int]:
    """Nodes per label and relationships per type, to compare the online and offline imports."""
    with store.connect(settings) as graph:
        rows = [row for name in ("count_labels", "count_types")
                for row in store.run_cypher(graph, parse_cypher_file(BENCH_CYPHER / f"{name}.cypher"))]
    return {row["label"]: row["n"] for row in rows}


class _Fetched(list):
    """A result's rows and summary, fetched at once; iterates and consumes like the driver's result."""

    def __init__(self, result) -> None:  # a driver result (bench code does not import the driver)
        super().__init__(result)
        self.summary = result.consume()

    def consume(self):
        return self.summary


def profile_statements(settings: Settings, checked: Sequence[CheckedArticle], batch: int) -> dict[str, float]:
    """Where the importer's time goes: seconds per statement name (and commit), the importer's own statements
    and parameters run one by one (`kg.store.writes.write_changed`) in transactions of `batch` articles, from an
    empty graph with the law loaded; then the law step over the same events, as one row."""
    from kg.ingest import apply_law, load_regimes
    from kg.law import load_all
    from kg.store.writes import ARTICLE_STATEMENTS, write_changed

    empty_graph(settings)
    statements = {name: load_cypher(name).statements[0] for name in ARTICLE_STATEMENTS}
    spent = dict.fromkeys([*ARTICLE_STATEMENTS, "commit", LAW_STEP], 0.0)
    law = load_all(())
    with store.connect(settings) as graph:
        load_regimes(graph, law)
    with store.connect(settings) as graph, graph.session() as session:
        for start in range(0, len(checked), batch):
            tx = session.begin_transaction()

            def run(name: str, params: dict) -> _Fetched:
                began = time.perf_counter()
                fetched = _Fetched(tx.run(statements[name], params))  # all rows now: the time is the statement's
                spent[name] += time.perf_counter() - began
                return fetched

            write_changed(run, checked[start:start + batch])
            began = time.perf_counter()
            tx.commit()
            spent["commit"] += time.perf_counter() - began
    with store.connect(settings) as graph:
        began = time.perf_counter()
        apply_law(graph, law, [e["id"] for a in checked for e in a.events])
        spent[LAW_STEP] = time.perf_counter() - began
    return spent
