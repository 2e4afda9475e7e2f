"""Non-state parties end to end on a real Neo4j: Iranian missiles for the Houthis and North Korean shells for the
Wagner Group import as Party nodes linked to their events and base states; re-import is a no-op; an unknown party
or a wrong base state is refused with the graph unchanged; queries, RDF, SHACL and FtM carry the parties."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import store
from kg.ingest.rows import check_facts, event_key
from kg.cli import app
from kg.model import Fact, FactsFile
from kg.parties import load_parties

REPO = Path(__file__).resolve().parent.parent
FACTS = REPO / "tests" / "data" / "facts" / "parties-houthis-wagner.json"
runner = CliRunner()


def _invoke(*args: object):
    return runner.invoke(app, [*map(str, args)])


def _rows(graph, query: str, **params) -> list[dict]:
    records, _, _ = graph.driver.execute_query(query, params, database_=graph.database)
    return [r.data() for r in records]


def _facts_file() -> FactsFile:
    return FactsFile.model_validate_json(FACTS.read_text(encoding="utf-8"))


def _spoiled(tmp_path: Path, **changes: object) -> Path:
    """A copy of the facts file (and its article) whose first fact has `changes`."""
    data = json.loads(FACTS.read_text(encoding="utf-8"))
    data["facts"][0].update(changes)
    target = tmp_path / FACTS.name
    target.write_text(json.dumps(data), encoding="utf-8")
    target.with_suffix(".txt").write_text(FACTS.with_suffix(".txt").read_text(encoding="utf-8"), encoding="utf-8")
    return target


def test_the_registry_has_the_contract_parties() -> None:
    parties = load_parties()
    assert {p: parties[p].base_state for p in ("houthis", "wagner-group", "hezbollah")} == {
        "houthis": "YEM", "wagner-group": "RUS", "hezbollah": "LBN"}


def test_party_ids_are_part_of_the_event_key() -> None:
    houthis, government, wagner = _facts_file().facts
    assert event_key(houthis) == "arms_transfer|IRN|YEM:houthis|missile|2024|occurred"
    assert event_key(government) == "arms_transfer|IRN|YEM|missile|2024|occurred"
    assert event_key(wagner) == "arms_transfer|PRK|RUS:wagner-group|ammunition|2023|occurred"


def test_agreements_sort_sides_with_their_parties() -> None:
    fact = Fact.model_validate({"kind": "agreement", "from": "RUS", "to": "MLI", "from_party": "africa-corps",
                                "evidence": {"text": "x", "start": 0, "end": 1}})
    assert event_key(fact) == "agreement|MLI|RUS:africa-corps|-|undated|occurred"


def test_unknown_party_and_wrong_base_state_are_rejected_naming_the_field() -> None:
    base = _facts_file()
    unknown = base.facts[0].model_copy(update={"to_party": "houthi-rebels"})
    elsewhere = base.facts[2].model_copy(update={"to_state": "UKR"})
    checked = check_facts(base.model_copy(update={"facts": [unknown, elsewhere]}), source="x")
    found = {(r.index, r.field, r.reason.value): r.message for r in checked.rejections}
    assert set(found) == {(1, "to_party", "unknown-party"), (2, "to_party", "party-state-mismatch")}
    message = found[(1, "to_party", "unknown-party")]
    assert "(known: africa-corps, " in message and ", houthis, " in message and "wagner-group)" in message
    assert "parties.yaml" in found[(1, "to_party", "unknown-party")]
    assert found[(2, "to_party", "party-state-mismatch")] == (
        "wagner-group is based in RUS, but 'to' is UKR; set 'to' to RUS")


def test_a_malformed_party_id_is_a_model_error() -> None:
    with pytest.raises(ValueError, match="kebab-case"):
        Fact.model_validate({"kind": "agreement", "from": "RUS", "to": "MLI", "from_party": "Africa Corps",
                             "evidence": {"text": "x", "start": 0, "end": 1}})


def test_schema_lists_the_party_fields() -> None:
    result = _invoke("schema")
    fact = json.loads(result.stdout)["$defs"]["Fact"]["properties"]
    assert {"from_party", "to_party"} <= set(fact)


@pytest.mark.neo4j
def test_parties_import_as_nodes_and_edges_and_reimport_is_a_no_op(kg_env, neo4j_graph) -> None:
    first = _invoke("import", "--json", FACTS)
    assert first.exit_code == 0, first.stderr
    parties = _rows(neo4j_graph, "MATCH (p:Party)-[:BASED_IN]->(s:State) "
                                  "RETURN p.id AS id, p.name AS name, p.kind AS kind, s.code AS base ORDER BY id")
    assert parties == [
        {"id": "houthis", "name": "Ansar Allah (the Houthis)", "kind": "armed-group", "base": "YEM"},
        {"id": "wagner-group", "name": "Wagner Group", "kind": "private-military-company", "base": "RUS"}]
    edges = _rows(neo4j_graph, "MATCH (s:State)<-[:SUPPLIER]-(e:Event)-[:RECIPIENT]->(r:State) "
                                "OPTIONAL MATCH (e)-[:RECIPIENT_PARTY]->(p:Party) "
                                "OPTIONAL MATCH (e)-[:SUPPLIER_PARTY]->(q:Party) "
                                "RETURN s.code AS supplier, r.code AS recipient, q.id AS supplierParty, "
                                "p.id AS recipientParty, e.key AS key ORDER BY key")
    assert [(r["supplier"], r["recipient"], r["supplierParty"], r["recipientParty"]) for r in edges] == [
        ("IRN", "YEM", None, "houthis"), ("IRN", "YEM", None, None), ("PRK", "RUS", None, "wagner-group")]
    claims = _rows(neo4j_graph, "MATCH (c:Claim) RETURN c.toParty AS toParty ORDER BY toParty")
    assert [c["toParty"] for c in claims] == ["houthis", "wagner-group", None]
    with store.connect(kg_env) as graph:
        counts = store.count_graph(graph)
    again = json.loads(_invoke("import", "--json", FACTS).stdout)
    assert again["articles_unchanged"] == 1 and again["nodes_created"] == again["relationships_created"] == 0
    assert again["properties_set"] == 0
    with store.connect(kg_env) as graph:
        assert store.count_graph(graph) == counts


@pytest.mark.neo4j
@pytest.mark.parametrize(("change", "message"), [
    ({"to_party": "houthi-rebels"}, "fact 1, field to_party: 'houthi-rebels' is not a known party"),
    ({"to": "SAU"}, "fact 1, field to_party: houthis is based in YEM, but 'to' is SAU; set 'to' to YEM"),
])
def test_a_bad_party_refuses_the_import_and_leaves_the_graph_unchanged(kg_env, tmp_path, change, message) -> None:
    assert _invoke("import", FACTS).exit_code == 0
    with store.connect(kg_env) as graph:
        before = store.count_graph(graph)
    spoiled = _spoiled(tmp_path, **change)
    result = _invoke("import", spoiled)
    assert result.exit_code == 4
    assert f"{spoiled}: {message}" in result.stderr
    assert "Nothing was imported." in result.stderr
    with store.connect(kg_env) as graph:
        assert store.count_graph(graph) == before


@pytest.mark.neo4j
def test_yaml_facts_carry_parties(kg_env, neo4j_graph, tmp_path) -> None:
    import yaml

    target = tmp_path / "parties.yaml"
    target.write_text(yaml.safe_dump(json.loads(FACTS.read_text(encoding="utf-8"))), encoding="utf-8")
    assert _invoke("import", target).exit_code == 0
    assert _rows(neo4j_graph, "MATCH (:Event)-[:RECIPIENT_PARTY]->(p:Party) RETURN p.id AS id ORDER BY id") == [
        {"id": "houthis"}, {"id": "wagner-group"}]


def _query(name: str, **params: object) -> list[dict]:
    args = [arg for key, value in params.items() for arg in ("--param", f"{key}={value}")]
    result = _invoke("query", name, *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.neo4j
def test_queries_show_the_parties(kg_env) -> None:
    assert _invoke("import", FACTS).exit_code == 0
    yemen = _query("state_profile", state="YEM")
    assert {(r["role"], r["party"], r["counterpart"], r["counterpartParty"]) for r in yemen} == {
        ("recipient", None, "IRN", None), ("recipient", "houthis", "IRN", None)}
    # the shipped Yemen regime (data/law/un-2140-yemen.yaml) targets the Houthis, not Yemen's government
    assert {(r["party"], tuple(r["partyTargetedBy"])) for r in yemen} == {(None, ()), ("houthis", ("un-2140-yemen",))}
    russia = _query("state_profile", state="RUS")
    assert [(r["role"], r["party"], r["counterpart"]) for r in russia] == [("recipient", "wagner-group", "PRK")]
    summary = _query("category_summary")
    assert {(r["supplier"], r["recipient"], r["recipientParty"], r["category"]) for r in summary} == {
        ("IRN", "YEM", None, "missile"), ("IRN", "YEM", "houthis", "missile"),
        ("PRK", "RUS", "wagner-group", "ammunition")}
    single = _query("single_sourced")
    assert {r["recipientParty"] for r in single} == {None, "houthis", "wagner-group"}
    assert {r["supplierParty"] for r in single} == {None}
    houthi_event = next(r["eventId"] for r in single if r["recipientParty"] == "houthis")
    [evidence] = _query("evidence", event=houthi_event)
    assert (evidence["supplierParty"], evidence["recipientParty"]) == (None, "houthis")


def _graphs(path: Path) -> dict[str, object]:
    from rdflib import Dataset, Graph

    dataset = Dataset()
    dataset.parse(path, format="trig")
    graphs: dict[str, Graph] = {}
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = "" if g is None or str(g).startswith("urn:x-rdflib:") else str(g)
        graphs.setdefault(name, Graph()).add((s, p, o))
    return graphs


@pytest.mark.neo4j
def test_rdf_export_carries_parties_validates_and_round_trips(kg_env, tmp_path) -> None:
    from rdflib import Literal, URIRef
    from rdflib.compare import isomorphic

    from kg.vocab import KG

    first, second = tmp_path / "first.trig", tmp_path / "second.trig"
    assert _invoke("import", FACTS).exit_code == 0
    assert _invoke("export", "--format", "trig", "--out", first).exit_code == 0
    graph = _graphs(first)[""]
    houthis = URIRef("https://w3id.org/kg-sanctions/id/party/houthis")
    assert (houthis, KG.kind, Literal("armed-group")) in graph
    assert (houthis, KG.basedIn, URIRef("https://w3id.org/kg-sanctions/id/state/YEM")) in graph
    assert len(set(graph.subjects(KG.recipientParty, houthis))) == 1
    validated = _invoke("validate", first)
    assert validated.exit_code == 0, validated.stdout + validated.stderr
    with store.connect(kg_env) as graph:
        store.delete_all(graph)
        store.apply_schema(graph)
    assert _invoke("import", first).exit_code == 0
    assert _invoke("export", "--format", "trig", "--out", second).exit_code == 0
    before, after = _graphs(first), _graphs(second)
    assert sorted(before) == sorted(after)
    for name in before:
        assert isomorphic(before[name], after[name]), name


@pytest.mark.neo4j
def test_shacl_catches_a_party_based_elsewhere(kg_env, tmp_path) -> None:
    target = tmp_path / "graph.ttl"
    assert _invoke("import", FACTS).exit_code == 0
    assert _invoke("export", "--out", target).exit_code == 0
    text = target.read_text(encoding="utf-8").replace("kg:basedIn <https://w3id.org/kg-sanctions/id/state/YEM>",
                                                      "kg:basedIn <https://w3id.org/kg-sanctions/id/state/IRN>")
    target.write_text(text, encoding="utf-8")
    result = _invoke("validate", target)
    assert result.exit_code == 6
    assert "A supplier or recipient party must be based in the event's supplier or recipient state." in result.stdout


@pytest.mark.neo4j
def test_ftm_export_has_parties_as_organizations_linked_from_events(ftm_model, kg_env) -> None:
    model = ftm_model
    assert _invoke("import", FACTS).exit_code == 0
    result = _invoke("export", "--format", "ftm")
    assert result.exit_code == 0, result.stderr
    entities = [model.get_proxy(json.loads(line), cleaned=False) for line in result.stdout.splitlines()]
    ids = {entity.id for entity in entities}
    for entity in entities:
        assert entity.schema.validate(entity.to_dict()) is None
        for prop, value in entity.itervalues():
            if prop.type.name == "entity":
                assert value in ids, (entity.id, prop.name, value)
    wagner = next(e for e in entities if e.id == "kg-party-wagner-group")
    assert wagner.schema.name == "Organization" and wagner.get("country") == ["ru"]
    linked = [e for e in entities if e.schema.name == "Event" and "kg-party-houthis" in e.get("involved")]
    assert len(linked) == 1 and "kg-state-YEM" in linked[0].get("involved")


@pytest.mark.neo4j
def test_an_agreement_with_a_non_state_party_links_it_as_a_party(kg_env, neo4j_graph, tmp_path) -> None:
    text = "Mali signed a security agreement with the Africa Corps in 2024."
    target = tmp_path / "agreement.json"
    target.write_text(json.dumps({
        "document": {"title": "Synthetic test: an agreement with a private military company",
                     "published": "2024-06-01", "sha256": hashlib.sha256(text.encode()).hexdigest()},
        "facts": [{"kind": "agreement", "from": "MLI", "to": "RUS", "to_party": "africa-corps",
                   "period": {"start": "2024"}, "status": "agreed",
                   "evidence": {"text": text, "start": 0, "end": len(text)}}]}), encoding="utf-8")
    assert _invoke("import", target).exit_code == 0
    rows = _rows(neo4j_graph, "MATCH (e:Agreement)-[:PARTY]->(n) RETURN e.key AS key, labels(n)[0] AS label, "
                               "coalesce(n.code, n.id) AS id ORDER BY id")
    assert [(r["label"], r["id"]) for r in rows] == [("State", "MLI"), ("State", "RUS"), ("Party", "africa-corps")]
    assert rows[0]["key"] == "agreement|MLI|RUS:africa-corps|-|2024|intended"
    exported = tmp_path / "graph.ttl"
    assert _invoke("export", "--out", exported).exit_code == 0
    validated = _invoke("validate", exported)
    assert validated.exit_code == 0, validated.stdout + validated.stderr


@pytest.mark.neo4j
def test_a_regime_targeting_a_party_shows_in_the_queries_and_the_export(kg_env, neo4j_graph, tmp_path) -> None:
    assert _invoke("import", FACTS).exit_code == 0
    regime = _rows(neo4j_graph, "MATCH (r:SanctionsRegime) RETURN r.id AS id LIMIT 1")[0]["id"]
    _rows(neo4j_graph, "MATCH (r:SanctionsRegime {id: $regime}), (p:Party {id: 'houthis'}) MERGE (r)-[:TARGETS]->(p)",
          regime=regime)
    yemen = {r["party"]: r["partyTargetedBy"] for r in _query("state_profile", state="YEM")}
    assert set(yemen["houthis"]) == {regime, "un-2140-yemen"} and yemen[None] == []
    directions = {r["recipientParty"]: r["direction"] for r in _query("category_summary") if r["recipient"] == "YEM"}
    # IRN, the supplier, is the 1737 regime's target as well: both directions for the Houthis' share
    assert directions == {"houthis": "both", None: "from_target"}
    exported = tmp_path / "graph.ttl"
    assert _invoke("export", "--out", exported).exit_code == 0
    assert "<https://w3id.org/kg-sanctions/id/party/houthis>" in exported.read_text(encoding="utf-8")
    validated = _invoke("validate", exported)
    assert validated.exit_code == 0, validated.stdout + validated.stderr
