"""`docs/benchmarks.md` from a run's results: the machine, every figure as a ratio to its same-run baseline,
and what limited each result."""

from __future__ import annotations

import json
import os
import platform
import re
import subprocess
from pathlib import Path

from bench.suite import Results

ANCHORED = ("evidence", "state_profile")


def machine(load_average: tuple = ()) -> dict[str, str]:
    cpuinfo = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    model = re.search(r"model name\s*:\s*(.+)", cpuinfo)
    meminfo = Path("/proc/meminfo").read_text() if Path("/proc/meminfo").exists() else ""
    mem = re.search(r"MemTotal:\s*(\d+)", meminfo)
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    return {"CPU": model[1].strip() if model else platform.processor(), "cores": str(os.cpu_count()),
            "memory": f"{int(mem[1]) / 1024 ** 2:.1f} GiB" if mem else "?",
            "load average at the end": " ".join(f"{x:.2f}" for x in load_average) or "not recorded",
            "OS": platform.platform(), "Python": platform.python_version(), "Java": java[0] if java else "?"}


def _f(value: float, digits: int = 1) -> str:
    return f"{value:,.{digits}f}"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f}"


def _runs(m) -> str:
    return ", ".join(_f(s) for s in (getattr(m, "samples", None) or [m.seconds]))


def import_section(r: Results) -> list[str]:
    naive, best = r.naive, max(r.per_size, key=lambda m: m.claims)
    lines = ["## Import", "", f"Baseline: one write transaction per fact (`bench/cypher/naive_write_fact.cypher`), "
             f"{naive.claims:,} facts from an empty graph: **{_f(naive.rate)} facts/s**. The baseline and each first "
             f"import ran {getattr(r.config, 'repeats', 1)} time(s) from an empty graph; the table gives the median "
             f"run and every run's seconds. Before any of them, both write paths ran once at full size and were discarded, so the "
             f"server's JIT is as warm for the baseline as for the importer.", "",
             "| run | claims | seconds (median) | every run, s | claims/s | × naive |",
             "| --- | ---: | ---: | --- | ---: | ---: |",
             f"| {naive.name} | {naive.claims:,} | {_f(naive.seconds)} | {_runs(naive)} | {_f(naive.rate)} | 1.0 |"]
    for m in r.per_size:
        lines.append(f"| {m.name} | {m.claims:,} | {_f(m.seconds)} | {_runs(m)} | {_f(m.rate)} | "
                     f"**{_f(m.rate / naive.rate)}** |")
    again = r.rerun
    lines.append(f"| {again.name} | {again.claims:,} | {_f(again.seconds)} | {_runs(again)} | {_f(again.rate)} | "
                 f"{_f(again.rate / naive.rate)} |")
    floor = getattr(r, "floor", None)  # results pickled before the floor existed lack it
    if floor:
        lines.append(f"| {floor.name} | {floor.claims:,} | {_f(floor.seconds)} | {_runs(floor)} | {_f(floor.rate)} | "
                     f"{_f(floor.rate / naive.rate)} |")
    lines += ["", f"- Importer vs naive ({best.claims:,} claims): **{_f(best.rate / naive.rate)}×** (target ≥ 30×).",
              f"- Rerun of the same {again.claims:,} claims: **{again.writes} writes** (summary counters: "
              f"{json.dumps({k: v for k, v in again.counters.items() if k not in ('articles', 'claims')})}); "
              f"**{_f(best.seconds / again.seconds, 2)}×** faster than the first run (target: 0 writes, ≥ 2×).",
              f"- Generating and checking the corpus (Python only, not in the figures above): "
              f"{_f(r.check_rate, 0)} claims/s.", ""]
    return lines + batch_section(r) + profile_section(r)


def batch_section(r: Results) -> list[str]:
    base = r.batches[0]
    lines = [f"### Batch size (`articles_per_transaction`, {base.claims:,} claims each, empty graph each time)", "",
             "| articles/transaction | seconds | claims/s | × 1 article/transaction |", "| ---: | ---: | ---: | ---: |"]
    for m in r.batches:
        size = m.name.split(",")[1].split()[0]
        lines.append(f"| {size} | {_f(m.seconds)} | {_f(m.rate)} | {_f(m.rate / base.rate, 2)} |")
    return lines + ["", f"Best: **{r.best_batch}** articles per transaction.", ""]


def profile_section(r: Results) -> list[str]:
    total = sum(r.profile.values()) or 1.0
    claims = r.batches[0].claims
    lines = [f"### Where the importer's time goes ({claims:,} claims, {r.best_batch} articles/transaction)", "",
             "| statement or step | seconds | share | ms per claim |", "| --- | ---: | ---: | ---: |"]
    for name, seconds in sorted(r.profile.items(), key=lambda kv: -kv[1]):
        lines.append(f"| {name} | {_f(seconds, 2)} | {_f(100 * seconds / total)}% | {_f(1000 * seconds / claims, 3)} |")
    return lines + [""]


def ceiling_section(r: Results) -> list[str]:
    lines = ["## Ceiling: `neo4j-admin database import full` of the same corpus as CSV", "",
             "| claims | CSV write s (incl. generate + check) | CSV MB | admin import s | claims/s | "
             "index build s (schema.cypher after start) | graph equal to online import |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    for o in r.offline:
        same = "yes" if o.counts == r.online_counts else ("n/a (other size)" if o.size != max(r.config.sizes)
                                                          else f"**no**: {o.counts} vs {r.online_counts}")
        lines.append(f"| {o.size:,} | {_f(o.load.csv_seconds)} | {_f(o.load.csv_bytes / 1e6)} | "
                     f"{_f(o.load.import_seconds)} | {_f(o.load.rate)} | {_f(o.index_seconds)} | {same} |")
    match = [o for o in r.offline if o.size == max(r.config.sizes)]
    online = max(r.per_size, key=lambda m: m.claims)
    if match:
        o = match[0]
        with_index = o.size / (o.load.import_seconds + o.index_seconds)
        lines += ["", f"- Online import at {o.size:,} claims: **{_f(100 * online.rate / o.load.rate)}%** of "
                  f"neo4j-admin's throughput (target ≥ 10%); {_f(100 * online.rate / with_index)}% when the "
                  "offline load is charged for building the indexes too."]
    return lines + [""]


def query_section(r: Results) -> list[str]:
    sizes = sorted(r.queries)
    if not sizes:
        return ["## Queries", "", "Not measured in this run.", ""]
    head = " | ".join(f"p50 ms @{s:,} | p95 ms @{s:,}" for s in sizes)
    pairs = list(zip(sizes, sizes[1:]))
    growth_head = " | ".join(f"growth p50 {b:,}/{a:,}" for a, b in pairs)
    lines = ["## Queries (warm; `store.run_cypher`, every row fetched)", "",
             f"| query | parameters | rows @{sizes[-1]:,} | {head} | {growth_head} |",
             "| --- | --- | ---: | " + " | ".join("---: | ---:" for _ in sizes) + " | ---:" * len(pairs) + " |"]
    for t in r.queries[sizes[-1]]:
        per = [x for s in sizes for x in _pair(r, s, t)]
        grows = [_growth(_match(r, a, t), _match(r, b, t), t) for a, b in pairs]
        lines.append(f"| {t.query} | {t.label} | {t.rows:,} | {' | '.join(per)} | {' | '.join(grows)} |")
    return lines + [""]


def _match(r: Results, size: int, t):
    found = [x for x in r.queries[size] if x.query == t.query and x.label.split(":")[0] == t.label.split(":")[0]]
    return found[0] if found else None


def _growth(small, large, t) -> str:
    if not (small and large and small.p50):
        return "–"
    text = f"{large.p50 / small.p50:.2f}×"
    return f"**{text}**" if t.query in ANCHORED and "typical" in t.label else text


def _pair(r: Results, size: int, t) -> list[str]:
    match = _match(r, size, t)
    return [_ms(match.p50), _ms(match.p95)] if match else ["–", "–"]


def extras_section(r: Results) -> list[str]:
    lines = []
    for name, value in r.extras.items():
        lines += [f"## {name.capitalize()}", ""]
        if isinstance(value, str):
            lines.append(value)
        else:
            lines += ["```json", json.dumps(value, indent=2, default=str), "```"]
        lines.append("")
    return lines


def notes_section(r: Results, notes: str) -> list[str]:
    return ["## What limited the results", "", notes.strip(), ""]


def render(r: Results, notes: str) -> str:
    cfg = r.config
    head = ["# Benchmarks", "",
            "Generated by `python -m bench` (`make bench`); do not edit by hand, rerun it. Every figure is a ratio "
            "against a baseline measured in the same run on the same machine: absolute times on a shared "
            "2-core machine mean little.", "",
            f"Run: sizes {', '.join(f'{s:,}' for s in cfg.sizes)} claims (import), "
            f"{', '.join(f'{s:,}' for s in cfg.query_sizes)} (queries), naive sample {cfg.naive_sample:,}, "
            f"median of {getattr(cfg, 'repeats', 1)} run(s) for the baseline and each first import, "
            f"up to {cfg.runs} timed runs per query, seed {cfg.seed}{', --quick' if cfg.quick else ''}; "
            f"took {r.seconds / 60:.1f} min.", "",
            "| machine | |", "| --- | --- |"]
    facts = {**machine(getattr(r, "load_average", ())), "Neo4j": r.neo4j_version}
    head += [f"| {k} | {v} |" for k, v in facts.items()]
    body = import_section(r) + ceiling_section(r) + query_section(r) + extras_section(r) + notes_section(r, notes)
    return "\n".join(head + [""] + body)
