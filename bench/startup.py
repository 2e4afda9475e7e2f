"""`python -m bench.startup [--runs N]`: how long `kg` takes to start, as ratios against `python -c pass` timed in
the same run (absolute times on a shared machine mean little). Commands that do not extract must not load spaCy.

Each command runs `runs` times in a fresh interpreter (no server needed: `kg --help` and `kg query list` read
only the package and the cypher/ headers); the median of each is reported.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

# The `kg` script installed beside this interpreter (what a user runs), else the same entry point through -c.
_SCRIPT = Path(sys.executable).with_name("kg")
KG = [str(_SCRIPT)] if _SCRIPT.is_file() else [sys.executable, "-c", "from kg.cli import app; app()"]
COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "kg --help": [*KG, "--help"],
    "kg query list": [*KG, "query", "list"],
}


def median_seconds(argv: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run(runs: int = 7) -> dict:
    """Median seconds per command, and each kg command's ratio to the bare interpreter."""
    medians = {name: median_seconds(argv, runs) for name, argv in COMMANDS.items()}
    baseline = medians["python -c pass"]
    return {"runs": runs, "median_seconds": {k: round(v, 3) for k, v in medians.items()},
            "ratio_to_python": {k: round(v / baseline, 1) for k, v in medians.items() if k != "python -c pass"}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.startup", description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="runs per command (the median is kept)")
    figures = run(parser.parse_args(argv).runs)
    for name, seconds in figures["median_seconds"].items():
        ratio = figures["ratio_to_python"].get(name)
        print(f"{name:16} {seconds * 1000:8.0f} ms" + (f"  {ratio:5.1f}x python -c pass" if ratio else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
