"""What `kg import` guards besides malformed input (issue 15): extracted facts that the importer accepts, reviewed
claims that article text cannot silently replace, and a word about an article without facts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import store
from kg.cli import app
from kg.ingest import prepare_articles

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
runner = CliRunner()


def _claim_methods(settings) -> list[str]:
    with store.connect(settings) as graph:
        records, _, _ = graph.driver.execute_query(
            "MATCH (c:Claim) RETURN DISTINCT c.extractionMethod AS method ORDER BY method", database_=graph.database)
    return [r["method"] for r in records]


def test_an_article_repeating_one_sentence_extracts_to_facts_the_importer_accepts(tmp_path) -> None:
    path = tmp_path / "repeated.txt"
    path.write_text("Repeated\nPublished: 2025-01-01\n\n" + "North Korea sent about 14,000 troops to Russia. " * 3000)
    (article,) = prepare_articles([path])  # raised "repeats fact 172" before extraction kept one fact per claim
    assert len(article.claims) > 1000
    assert len({c["id"] for c in article.claims}) == len(article.claims)


@pytest.mark.neo4j
def test_article_text_does_not_replace_reviewed_claims_unless_asked(kg_env) -> None:
    facts, text = SAMPLES / "facts" / "nis-troop-batches.json", SAMPLES / "articles" / "nis-troop-batches.txt"
    assert runner.invoke(app, ["import", str(facts)]).exit_code == 0
    with store.connect(kg_env) as graph:
        before = store.count_graph(graph)
    refused = runner.invoke(app, ["import", str(text)])
    assert refused.exit_code == 4
    assert refused.stderr.startswith(f"Error: {text}: the graph holds reviewed claims of the same article text")
    assert "--replace" in refused.stderr
    with store.connect(kg_env) as graph:
        assert store.count_graph(graph) == before
    assert _claim_methods(kg_env) == ["reviewed"]
    replaced = runner.invoke(app, ["import", "--replace", str(text)])
    assert replaced.exit_code == 0, replaced.stderr
    assert _claim_methods(kg_env) == ["rule-based"]


@pytest.mark.neo4j
def test_an_article_without_facts_is_imported_with_a_warning(kg_env, tmp_path) -> None:
    path = tmp_path / "empty.json"
    path.write_text(json.dumps({"document": {"title": "Nothing to see", "sha256": "ef" * 32}, "facts": []}))
    result = runner.invoke(app, ["import", str(path)])
    assert result.exit_code == 0, result.stderr
    assert f"Warning: {path} (Nothing to see): no facts; the article is imported without claims." in result.stderr
