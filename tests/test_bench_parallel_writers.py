"""The parallel-writers experiment imports the same graph as `kg import`'s one writer, so its ratios compare like
with like. No timing here."""

from __future__ import annotations

from bench.fingerprint import fingerprint
from bench.import_bench import checked_corpus, run_importer
from bench.parallel_writers import _writers
from kg import store


def test_three_writers_import_the_graph_one_writer_imports(neo4j_settings):
    checked, _ = checked_corpus(600)
    run_importer(neo4j_settings, checked, 20)
    alone = fingerprint(neo4j_settings)
    with _writers(3):
        assert store.write_facts.__module__ == "bench.parallel_writers"
        run_importer(neo4j_settings, checked, 20)
    assert store.write_facts.__module__ == "kg.store.writes"  # put back after the experiment
    assert fingerprint(neo4j_settings) == alone
