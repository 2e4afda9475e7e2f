"""`kg export` on a real Neo4j: the sample graph in every format, stable IRIs, byte-identical reruns, subsets,
PROV-O provenance and named graphs per article."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD
from typer.testing import CliRunner

from kg.cli import app
from kg.export import FORMATS, Subset, export_dataset, export_rdf
from kg.export.iris import article_graph, node_iri, split_iri
from kg.vocab import KG


REPO = Path(__file__).resolve().parent.parent
SAMPLE_FACTS = sorted((REPO / "samples" / "facts").glob("*.json"))
HUR = "da81ea71b4fcccbbaea259bb54227c676511710846554a4deef68e72e4289f9d"
runner = CliRunner()


@pytest.fixture()
def sample_graph(kg_env):
    result = runner.invoke(app, ["import", *map(str, SAMPLE_FACTS)])
    assert result.exit_code == 0, result.stderr
    return kg_env


def _export(*args: str) -> str:
    result = runner.invoke(app, ["export", *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_iris_are_minted_from_ids_and_read_back() -> None:
    iri = node_iri("paragraph", "S/RES/1718 (2006) para 8(b)")
    assert str(iri) == "https://w3id.org/kg-sanctions/id/paragraph/S%2FRES%2F1718%20%282006%29%20para%208%28b%29"
    assert split_iri(str(iri)) == ("paragraph", "S/RES/1718 (2006) para 8(b)")
    assert split_iri("https://example.org/x") is None


@pytest.mark.neo4j
def test_ntriples_turtle_and_nquads_are_byte_identical_on_rerun(sample_graph) -> None:
    for fmt in ("nt", "turtle", "nquads"):
        assert _export("--format", fmt) == _export("--format", fmt)


@pytest.mark.neo4j
def test_every_format_parses_to_the_same_triples(sample_graph) -> None:
    reference = Graph().parse(data=_export("--format", "nt"), format="nt")
    assert len(reference) > 300
    for fmt, rdflib_format in FORMATS.items():
        dataset = Dataset(default_union=True)
        dataset.parse(data=_export("--format", fmt), format=rdflib_format)
        merged = Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            merged.add((s, p, o))
        assert len(merged) == len(reference), fmt
        assert set(merged) == set(reference), fmt


@pytest.mark.neo4j
def test_claims_carry_prov_and_sit_in_their_articles_graph(sample_graph, neo4j_graph) -> None:
    dataset = export_dataset(neo4j_graph)
    graph = dataset.graph(article_graph(HUR))
    claims = set(graph.subjects(RDF.type, KG.Claim))
    assert len(claims) == 1
    claim = claims.pop()
    article = node_iri("article", HUR)
    assert (claim, PROV.wasDerivedFrom, article) in graph
    assert (claim, KG.statedIn, article) in graph
    organization = graph.value(claim, PROV.wasAttributedTo)
    assert organization == graph.value(claim, KG.attributedTo) is not None
    assert (organization, KG.name, Literal("Main Directorate of Intelligence of Ukraine (HUR)")) in dataset
    assert graph.value(claim, KG.quantityValue) == Literal("12000000.0", datatype=XSD.decimal)
    assert (node_iri("state", "PRK"), RDF.type, KG.State) in dataset.default_graph


@pytest.mark.neo4j
def test_article_subset_holds_one_article_its_events_and_the_law(sample_graph, neo4j_graph) -> None:
    out = io.StringIO()
    export_rdf(neo4j_graph, out, "nt", Subset(article=HUR))
    graph = Graph().parse(data=out.getvalue(), format="nt")
    assert set(graph.subjects(RDF.type, KG.Article)) == {node_iri("article", HUR)}
    assert len(set(graph.subjects(RDF.type, KG.Claim))) == 1
    assert len(set(graph.subjects(RDF.type, KG.Event))) == 1
    assert set(graph.subjects(RDF.type, KG.Paragraph))
    assert set(graph.objects(None, KG.code)) == {Literal("PRK"), Literal("RUS"), Literal("IRN"), Literal("YEM")}
    # IRN: a regime's target; YEM: the base state of the Houthis, whom a regime targets


@pytest.mark.neo4j
def test_since_keeps_articles_published_on_or_after(sample_graph) -> None:
    graph = Graph().parse(data=_export("--format", "nt", "--since", "2025-07-15"), format="nt")
    dates = {str(d) for d in graph.objects(None, KG.publishedDate)}
    assert dates and all(d >= "2025-07-15" for d in dates)
    everything = Graph().parse(data=_export("--format", "nt"), format="nt")
    assert len(set(everything.subjects(RDF.type, KG.Article))) == 4 > len(set(graph.subjects(RDF.type, KG.Article)))


@pytest.mark.neo4j
def test_out_writes_a_file(sample_graph, tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    result = runner.invoke(app, ["export", "--out", str(target)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert len(Graph().parse(target, format="turtle")) > 300


@pytest.mark.neo4j
@pytest.mark.parametrize("fmt", ["xml", "nt", "jsonld"])
def test_a_control_character_stored_by_hand_is_refused_and_the_old_file_kept(sample_graph, neo4j_graph, tmp_path,
                                                                            fmt: str) -> None:
    """Imports refuse control characters, but a graph written by hand (or an older kg) may hold one: the export
    names the node and property, writes nothing, and leaves the previous export in place."""
    records, _, _ = neo4j_graph.driver.execute_query(
        "MATCH (c:Claim) WITH c ORDER BY c.id LIMIT 1 SET c.item = $item RETURN c.id AS id",
        item="mis\u0007siles", database_=neo4j_graph.database)
    target = tmp_path / "graph.out"
    target.write_text("the previous export\n")
    result = runner.invoke(app, ["export", "--format", fmt, "--out", str(target)])
    assert result.exit_code == 6, result.stderr
    assert result.stderr.startswith(f"Error: cannot export claims {records[0]['id']!r}: its item holds U+0007 at "
                                    "character 3"), result.stderr
    assert "Traceback" not in result.stderr and "kg articles remove" in result.stderr
    assert target.read_text() == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.out"]  # no partial file left behind


def test_unknown_format_is_a_usage_error() -> None:
    result = runner.invoke(app, ["export", "--format", "csv"])
    assert result.exit_code == 2


@pytest.mark.neo4j
def test_bad_since_is_refused(sample_graph) -> None:
    result = runner.invoke(app, ["export", "--since", "last week"])
    assert result.exit_code == 2
    assert "last week" in result.stderr
