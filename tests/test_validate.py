"""`kg validate`: every export of the sample graph conforms to ontology/shapes.ttl, and a deliberately broken
one is rejected with exit code 6, naming the offending node and shape."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF
from typer.testing import CliRunner

from kg.cli import app
from kg.export.iris import node_iri
from kg.export.shacl import validate_graph
from kg.vocab import KG

REPO = Path(__file__).resolve().parent.parent
SAMPLE_FACTS = sorted((REPO / "samples" / "facts").glob("*.json"))
SUFFIXES = {"turtle": ".ttl", "nt": ".nt", "nquads": ".nq", "trig": ".trig", "jsonld": ".jsonld", "xml": ".rdf"}
runner = CliRunner()


@pytest.fixture()
def exported(kg_env, tmp_path: Path) -> dict[str, Path]:
    assert runner.invoke(app, ["import", *map(str, SAMPLE_FACTS)]).exit_code == 0
    files = {}
    for fmt, suffix in SUFFIXES.items():
        files[fmt] = tmp_path / f"graph{suffix}"
        result = runner.invoke(app, ["export", "--format", fmt, "--out", str(files[fmt])])
        assert result.exit_code == 0, result.stderr
    return files


@pytest.mark.neo4j
def test_every_export_of_the_sample_graph_conforms(exported: dict[str, Path]) -> None:
    for fmt, path in exported.items():
        result = runner.invoke(app, ["validate", str(path)])
        assert result.exit_code == 0, (fmt, result.stdout, result.stderr)
        assert result.stdout == "" and result.stderr.startswith(f"OK: {path} conforms to ontology/shapes.ttl ("), fmt


@pytest.mark.neo4j
def test_the_live_graph_conforms(exported: dict[str, Path]) -> None:
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 0, result.stdout + result.stderr
    assert result.stdout == "" and result.stderr.startswith("OK: the graph at ")


@pytest.mark.neo4j
def test_a_claim_without_evidence_names_the_claim_and_the_shape(exported: dict[str, Path], tmp_path: Path) -> None:
    graph = Graph().parse(exported["nt"], format="nt")
    claim = sorted(graph.subjects(RDF.type, KG.Claim))[0]
    graph.remove((claim, KG.evidenceText, None))
    broken = tmp_path / "broken.nt"
    graph.serialize(broken, format="nt")
    result = runner.invoke(app, ["validate", str(broken)])
    assert result.exit_code == 6
    assert result.stdout == (f"{claim.n3()}: kgsh:ClaimShape, path kg:evidenceText: A claim needs its evidence: "
                             "exactly one non-empty evidenceText, verbatim from the article.\n")
    assert result.stderr.startswith(f"Error: {broken} does not conform to ontology/shapes.ttl: 1 SHACL result(s)")


@pytest.mark.neo4j
def test_a_bad_state_code_names_the_state_and_the_shape(exported: dict[str, Path]) -> None:
    graph = Graph().parse(exported["turtle"], format="turtle")
    state = node_iri("state", "PRK")
    graph.set((state, KG.code, Literal("DPRK")))
    results = validate_graph(graph)
    assert [(r.focus, r.shape, r.path, r.value) for r in results] == [
        (state.n3(), "kgsh:StateShape", "kg:code", '"DPRK"')]


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(tmp_path / "none.ttl")])
    assert result.exit_code == 4
    assert result.stderr.startswith(f"Error: {tmp_path / 'none.ttl'}: no such file")
