"""The export benchmark runs end to end on a small graph: each measurement in a child process, rates and peaks
reported, the export's triple count equal to the file's."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from bench.export_bench import MEASURED, run
from kg.cli import app

REPO = Path(__file__).resolve().parent.parent
SAMPLE_FACTS = sorted((REPO / "samples" / "facts").glob("*.json"))


@pytest.mark.neo4j
@pytest.mark.slow
def test_export_bench_measures_the_loaded_graph(kg_env) -> None:
    assert CliRunner().invoke(app, ["import", *map(str, SAMPLE_FACTS)]).exit_code == 0
    figures = run(settings=kg_env, claims=12)["per_size"][12]
    assert set(MEASURED) <= set(figures)
    assert figures["nt"]["items"] == figures["turtle"]["items"] == 2318
    assert figures["baseline"]["items"] == 119  # rows: 4 states, 4 organisations, 4 articles, 10 events, 12 claims,
    # and the law: 3 regimes, 18 resolutions, 63 paragraphs, and the party a regime targets
    assert figures["nt"]["triples_per_second"] > 0
    assert all(figures[w]["rss_peak_kb"] >= figures[w]["rss_start_kb"] > 0 for w in MEASURED)
