"""SPARQL parity: sparql/breaches.rq and sparql/reciprocal_flows.rq over the N-Quads export, loaded into Oxigraph
(pyoxigraph, a separate engine), give the same result sets as cypher/breaches.cypher and
cypher/reciprocal_flows.cypher on Neo4j, on the sample articles and on a synthetic corpus."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import pyoxigraph
from typer.testing import CliRunner

from kg import store
from kg.cli import app
from kg.cypher import load_cypher
from kg.export import export_rdf
from kg.ingest import import_articles

pytestmark = pytest.mark.neo4j

REPO = Path(__file__).resolve().parent.parent
SAMPLE_FACTS = sorted((REPO / "samples" / "facts").glob("*.json"))
BREACH_PARAMS = {"regime": None, "since": "1900-01-01", "limit": 1_000_000}
runner = CliRunner()


def _oxigraph(graph) -> pyoxigraph.Store:
    out = io.StringIO()
    export_rdf(graph, out, "nquads")
    oxigraph = pyoxigraph.Store()
    oxigraph.load(input=out.getvalue().encode(), format=pyoxigraph.RdfFormat.N_QUADS)
    return oxigraph


def _sparql(oxigraph: pyoxigraph.Store, name: str) -> list[dict[str, str]]:
    query = (REPO / "sparql" / f"{name}.rq").read_text(encoding="utf-8")
    solutions = oxigraph.query(query, use_default_graph_as_union=True)
    names = [v.value for v in solutions.variables]
    return [{n: s[n].value if s[n] is not None else None for n in names} for s in solutions]


def _cypher(graph, name: str, params: dict) -> list[dict]:
    return store.run_cypher(graph, load_cypher(name), params)


def _breach_pairs_both_ways(graph) -> tuple[set, set]:
    cypher = {(row["eventId"], paragraph) for row in _cypher(graph, "breaches", BREACH_PARAMS)
              for paragraph in row["paragraphs"]}
    sparql = {(row["eventId"], row["paragraphId"]) for row in _sparql(_oxigraph(graph), "breaches")}
    return cypher, sparql


def _flows_both_ways(graph) -> tuple[dict, dict]:
    cypher = {(r["stateA"], r["stateB"]): ({f["eventId"] for f in r["aToB"]}, {f["eventId"] for f in r["bToA"]})
              for r in _cypher(graph, "reciprocal_flows", {"state": None, "limit": 1_000_000})}
    sparql = {(r["stateA"], r["stateB"]): (set(r["aToBIds"].split()), set(r["bToAIds"].split()))
              for r in _sparql(_oxigraph(graph), "reciprocal_flows")}
    return cypher, sparql


@pytest.fixture()
def samples(kg_env, neo4j_graph):
    assert runner.invoke(app, ["import", *map(str, SAMPLE_FACTS)]).exit_code == 0
    return neo4j_graph


@pytest.fixture()
def synthetic(neo4j_graph):
    corpus = pytest.importorskip("bench.corpus")
    import_articles(neo4j_graph, list(corpus.generate_checked(3000)), articles_per_transaction=200)
    return neo4j_graph


def test_breaches_match_on_the_samples(samples) -> None:
    cypher, sparql = _breach_pairs_both_ways(samples)
    assert cypher, "the samples hold breaches"
    assert sparql == cypher


def test_reciprocal_flows_match_on_the_samples(samples) -> None:
    cypher, sparql = _flows_both_ways(samples)
    assert cypher, "the samples hold flows both ways"
    assert sparql == cypher


@pytest.mark.slow
def test_breaches_and_flows_match_on_a_synthetic_corpus(synthetic) -> None:
    cypher, sparql = _breach_pairs_both_ways(synthetic)
    assert len(cypher) > 50
    assert sparql == cypher
    cypher_flows, sparql_flows = _flows_both_ways(synthetic)
    assert len(cypher_flows) > 5
    assert sparql_flows == cypher_flows
