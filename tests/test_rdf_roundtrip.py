"""Export -> empty database -> `kg import` the export -> export again gives an isomorphic graph, in every format
that can carry it; and RDF that is not a kg export is refused with a message naming the file and the node."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg import store
from kg.cli import app
from kg.errors import InputError
from kg.ingest.rdf import read_rdf_articles
from kg.vocab import KG


REPO = Path(__file__).resolve().parent.parent
SAMPLE_FACTS = sorted((REPO / "samples" / "facts").glob("*.json"))
FORMATS = {"turtle": ".ttl", "nt": ".nt", "jsonld": ".jsonld", "trig": ".trig", "nquads": ".nq"}
RDFLIB = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".trig": "trig", ".nq": "nquads"}
runner = CliRunner()


def _run(*args: object) -> None:
    result = runner.invoke(app, [*map(str, args)])
    assert result.exit_code == 0, result.stderr


def _graphs(path: Path) -> dict[str, Graph]:
    """Each graph of the file by name ('' for the default graph), so named graphs are compared one by one."""
    dataset = Dataset()
    dataset.parse(path, format=RDFLIB[path.suffix])
    graphs: dict[str, Graph] = {}
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = "" if g is None or str(g).startswith("urn:x-rdflib:") else str(g)
        graphs.setdefault(name, Graph()).add((s, p, o))
    return graphs


def _empty(settings) -> None:
    with store.connect(settings) as graph:
        store.delete_all(graph)
        store.apply_schema(graph)


@pytest.mark.neo4j
@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_import_export_is_isomorphic(kg_env, tmp_path: Path, fmt: str) -> None:
    first, second = tmp_path / f"first{FORMATS[fmt]}", tmp_path / f"second{FORMATS[fmt]}"
    _run("import", *SAMPLE_FACTS)
    _run("export", "--format", fmt, "--out", first)
    _empty(kg_env)
    _run("import", first)
    _run("export", "--format", fmt, "--out", second)
    before, after = _graphs(first), _graphs(second)
    assert sorted(before) == sorted(after)
    for name in before:
        assert isomorphic(before[name], after[name]), name
    assert len(before) == (5 if fmt in ("trig", "nquads", "jsonld") else 1)


@pytest.mark.neo4j
def test_rdf_articles_keep_their_method_and_facts(kg_env, tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    _run("import", *SAMPLE_FACTS)
    _run("export", "--out", target)
    articles = read_rdf_articles(target)
    assert len(articles) == 4 and sum(len(a.facts_file.facts) for a in articles) == 12
    assert {a.method for a in articles} == {"reviewed"}
    hur = next(a.facts_file for a in articles if a.facts_file.document.publisher == "Dnipro Dispatch")
    fact = hur.facts[0]
    assert (fact.from_state, fact.to_state, fact.quantity.value) == ("PRK", "RUS", 12000000)
    assert fact.attributed_to == "Main Directorate of Intelligence of Ukraine (HUR)"


def test_claim_without_evidence_is_refused_naming_it(tmp_path: Path) -> None:
    target = tmp_path / "broken.ttl"
    target.write_text(f"""
@prefix kg: <{KG._NS}> .
<https://w3id.org/kg-sanctions/id/article/a> a kg:Article ; kg:title "T" ;
    kg:sha256 "{'a' * 64}" .
<https://w3id.org/kg-sanctions/id/claim/c> a kg:Claim ;
    kg:statedIn <https://w3id.org/kg-sanctions/id/article/a> ;
    kg:kind "troop_deployment" ; kg:fromState "PRK" ; kg:toState "RUS" ; kg:status "deployed" .
""")
    with pytest.raises(InputError) as caught:
        read_rdf_articles(target)
    assert f"{target}: <https://w3id.org/kg-sanctions/id/claim/c>, field evidence" in caught.value.message


def test_rdf_without_articles_and_malformed_rdf_are_refused(tmp_path: Path) -> None:
    empty, bad = tmp_path / "empty.nt", tmp_path / "bad.ttl"
    empty.write_text("<urn:a> <urn:b> <urn:c> .\n")
    bad.write_text("this is not turtle")
    result = runner.invoke(app, ["import", str(empty)])
    assert result.exit_code == 4
    assert f"Error: {empty}: holds no kg:Article, so there is nothing to import" in result.stderr
    result = runner.invoke(app, ["import", str(bad)])
    assert result.exit_code == 4
    assert f"Error: {bad}: malformed turtle" in result.stderr
