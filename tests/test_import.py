"""`kg import` on a real Neo4j: the sample facts, idempotence, refusal of bad input, two sources on one event."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from kg import store
from kg.cli import app


REPO = Path(__file__).resolve().parent.parent
SAMPLE_FACTS = sorted((REPO / "samples" / "facts").glob("*.json"))
runner = CliRunner()


def _import(*args: object):
    return runner.invoke(app, ["import", *map(str, args)])


def _counts(settings) -> tuple[int, int]:
    with store.connect(settings) as graph:
        return store.count_graph(graph)


def _rows(graph, query: str, **params) -> list[dict]:
    records, _, _ = graph.driver.execute_query(query, params, database_=graph.database)
    return [r.data() for r in records]


@pytest.mark.neo4j
def test_sample_facts_import_and_rerun_changes_nothing(kg_env) -> None:
    first = _import("--json", *SAMPLE_FACTS)
    assert first.exit_code == 0, first.stderr
    created = json.loads(first.stdout)
    assert created["articles"] == 4 and created["claims"] == 12
    assert created["nodes_created"] > 0
    counts = _counts(kg_env)
    again = json.loads(_import("--json", *SAMPLE_FACTS).stdout)
    assert again["articles_unchanged"] == 4
    assert {k: v for k, v in again.items() if k not in ("articles", "claims", "articles_unchanged")} == dict.fromkeys(
        ("nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted", "properties_set",
         "labels_added"), 0)
    assert _counts(kg_env) == counts


@pytest.mark.neo4j
def test_summary_goes_to_stderr(kg_env) -> None:
    result = _import(*SAMPLE_FACTS)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr.startswith("Imported 4 article(s), 0 unchanged, 12 claim(s) read, into ")
    again = _import(*SAMPLE_FACTS)
    assert again.exit_code == 0 and again.stdout == ""
    assert again.stderr.startswith("Imported 0 article(s), 4 unchanged (already stored with the same facts and "
                                   "metadata); nothing changed in ")


@pytest.mark.neo4j
def test_two_sources_on_one_event_give_one_event_with_two_claims(kg_env, neo4j_graph) -> None:
    assert _import(*SAMPLE_FACTS).exit_code == 0
    rows = _rows(neo4j_graph, """
        MATCH (e:ArmsTransfer {key: 'arms_transfer|PRK|RUS|ammunition|undated|occurred'})<-[:ASSERTS]-(c:Claim)
              -[:STATED_IN]->(a:Article)
        RETURN c.quantityValue AS value, c.quantityQualifier AS qualifier, a.publisher AS publisher
        ORDER BY value""")
    assert rows == [{"value": 9000000, "qualifier": "more-than", "publisher": "Arms Watch Review"},
                    {"value": 12000000, "qualifier": "approximately", "publisher": "Dnipro Dispatch"}]


@pytest.mark.neo4j
def test_graph_shape_follows_the_model(kg_env, neo4j_graph) -> None:
    assert _import(*SAMPLE_FACTS).exit_code == 0
    pantsir = _rows(neo4j_graph, """
        MATCH (s:State)<-[:SUPPLIER]-(e:Event:ArmsTransfer {category: 'air-defence-system'})-[:RECIPIENT]->(r:State)
        MATCH (e)<-[:ASSERTS]-(c:Claim)-[:ATTRIBUTED_TO]->(o:Organization)
        RETURN s.code AS supplier, r.code AS recipient, c.item AS item, o.name AS source""")
    assert pantsir == [{"supplier": "RUS", "recipient": "PRK", "item": "Pantsir air-defence system",
                        "source": "Multilateral Sanctions Monitoring Team"}]
    treaty = _rows(neo4j_graph, "MATCH (e:Agreement)-[:PARTY]->(s:State) RETURN s.code AS code ORDER BY code")
    assert treaty == [{"code": "PRK"}, {"code": "RUS"}]
    law = _rows(neo4j_graph, """
        MATCH (p:Paragraph {id: 'S/RES/1874 (2009) para 10'})-[:PART_OF]->(:Resolution)-[:PART_OF]->
              (:SanctionsRegime)-[:TARGETS]->(t:State)
        RETURN t.code AS target, p.direction AS direction, p.binding AS binding""")
    assert law == [{"target": "PRK", "direction": "to_target", "binding": True}]


@pytest.mark.neo4j
def test_claim_dates_are_stored_as_dates(kg_env, neo4j_graph) -> None:
    """New claims send their date as ISO text (kg.store.writes._to_create); the graph holds dates all the same."""
    assert _import(*SAMPLE_FACTS).exit_code == 0
    rows = _rows(neo4j_graph, """
        MATCH (c:Claim) WHERE c.periodStart IS NOT NULL
        RETURN count(c) AS dated, count(CASE WHEN valueType(c.date) STARTS WITH 'DATE' THEN 1 END) AS dates""")
    assert rows[0]["dated"] > 0 and rows[0]["dates"] == rows[0]["dated"], rows


def test_unwind_rows_repr_only_their_count() -> None:
    """The driver formats every RUN's parameters for its debug log: the rows say only how many they are."""
    from kg.store.writes import Rows

    rows = Rows({"id": str(i)} for i in range(3))
    assert repr({"rows": rows}) == "{'rows': <3 rows>}" and rows == [{"id": "0"}, {"id": "1"}, {"id": "2"}]


def _sample(tmp_path: Path, name: str = "msmt-first-report") -> tuple[Path, dict]:
    """A copy of one sample facts file (with its article beside it) that a test may spoil."""
    shutil.copy(REPO / "samples" / "articles" / f"{name}.txt", tmp_path / f"{name}.txt")
    return tmp_path / f"{name}.json", json.loads((REPO / "samples" / "facts" / f"{name}.json").read_text())


@pytest.mark.neo4j
def test_a_state_that_no_longer_exists_imports_under_its_historic_code(kg_env, tmp_path: Path) -> None:
    """Reviewed facts may name the Soviet Union (SUN) or another withdrawn ISO 3166-1 code: the state keeps the
    historic entry's name."""
    target, data = _sample(tmp_path)
    data["facts"][0].update({"from": "SUN", "period": {"start": "1989", "end": None}})
    target.write_text(json.dumps(data), encoding="utf-8")
    result = _import(target)
    assert result.exit_code == 0, result.stderr
    with store.connect(kg_env) as graph:
        assert _rows(graph, "MATCH (s:State {code: 'SUN'})<-[:SUPPLIER]-(:Event) RETURN DISTINCT s.name AS name") == \
            [{"name": "USSR"}]


BAD_FACTS = [
    ("unknown kind", lambda d: d["facts"][1].update(kind="arms_sale"),
     "fact 2, field kind: Input should be 'arms_transfer', 'troop_deployment', 'technology_transfer' or 'agreement'"),
    ("unknown category", lambda d: d["facts"][0].update(category="lasers"), "fact 1, field category: Input should be"),
    ("unknown state", lambda d: d["facts"][2].update(to="XYZ"),
     "fact 3, field to: 'XYZ' is not an ISO 3166-1 alpha-3 state code"),
    ("malformed state", lambda d: d["facts"][2].update(to="Russia"),
     "fact 3, field to: Value error, 'Russia' is not an ISO 3166-1 alpha-3 code"),
    ("impossible date", lambda d: d["facts"][0].update(period={"start": "2024-02-30", "end": None}),
     "fact 1, field period.start: Value error, '2024-02-30' is not a real calendar day"),
    ("negative quantity", lambda d: d["facts"][1]["quantity"].update(value=-5),
     "fact 2, field quantity.value: Value error, -5 is not a quantity between 0.001 and 100,000,000,000"),
    ("absurd quantity", lambda d: d["facts"][1]["quantity"].update(value=5e12),
     "fact 2, field quantity.value: Value error, 5000000000000.0 is not a quantity between 0.001 and 100,000,000,000"),
    ("offsets off the text", lambda d: d["facts"][0]["evidence"].update(start=10, end=10 + len(
        d["facts"][0]["evidence"]["text"])),
     "fact 1, field evidence: the article's characters 10..111 are not the evidence text"),
    ("offsets of the wrong length", lambda d: d["facts"][0]["evidence"].update(end=5),
     "fact 1, field evidence: Value error, offsets"),
    ("duplicate fact", lambda d: d["facts"].append(d["facts"][0]),
     "fact 6, field facts: repeats fact 1 (same event, item, quantity and evidence)"),
    ("unknown field", lambda d: d["facts"][0].update(source="me"),
     "fact 1, field source: Extra inputs are not permitted"),
]


@pytest.mark.neo4j
@pytest.mark.parametrize(("case", "spoil", "message"), BAD_FACTS, ids=[c[0] for c in BAD_FACTS])
def test_one_bad_fact_refuses_the_import_and_leaves_the_graph_as_it_was(kg_env, tmp_path, case, spoil,
                                                                         message) -> None:
    assert _import(*SAMPLE_FACTS[:1]).exit_code == 0
    before = _counts(kg_env)
    path, data = _sample(tmp_path)
    spoil(data)
    path.write_text(json.dumps(data))
    result = _import(SAMPLE_FACTS[1], path)
    assert result.exit_code == 4, result.stdout + result.stderr
    assert f"Error: {path}: {message}" in result.stderr
    assert _counts(kg_env) == before


@pytest.mark.neo4j
@pytest.mark.parametrize(("name", "content", "message"), [
    ("broken.json", '{"document": {', "malformed JSON: Expecting property name enclosed in double quotes"),
    ("broken.yaml", "document: [unclosed", "malformed YAML: while parsing a flow sequence"),
    ("list.json", "[1, 2]", "expected an object with 'document' and 'facts', got list"),
    ("empty.json", "  \n", "is empty"),
    ("missing.json", None, "no such file"),
    ("notes.pdf", "%PDF-1.7", "kg does not know how to import a .pdf file"),
])
def test_unreadable_files_are_refused_with_their_name(kg_env, tmp_path, name, content, message) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content)
    result = _import(path)
    assert result.exit_code == 4
    assert result.stderr.startswith(f"Error: {path}: {message}")
    assert _counts(kg_env) == (0, 0)


@pytest.mark.neo4j
def test_non_utf8_and_binary_files_are_refused(kg_env, tmp_path) -> None:
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"document": "Pyongyang caf\u00e9"}'.encode("latin-1"))
    binary = tmp_path / "blob.json"
    binary.write_bytes(b"\x00\x01\x02{}")
    assert f"Error: {latin}: is not UTF-8 text (invalid byte at offset 27)" in _import(latin).stderr
    assert f"Error: {binary}: is a binary file" in _import(binary).stderr


def test_a_pdf_renamed_txt_is_refused_before_connecting(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    path = tmp_path / "report.txt"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    result = _import(path)
    assert result.exit_code == 4
    assert f"{path}: is a PDF document, not text" in result.stderr and "pdftotext" in result.stderr


@pytest.mark.neo4j
def test_yaml_facts_files_are_accepted(kg_env, tmp_path) -> None:
    path, data = _sample(tmp_path)
    path = path.with_suffix(".yaml")
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    result = _import("--json", path)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["claims"] == 5


@pytest.mark.neo4j
def test_values_reach_neo4j_as_data_only(kg_env, neo4j_graph, tmp_path) -> None:
    path, data = _sample(tmp_path, "hur-shell-estimate")
    hostile = "Robert'); MATCH (n) DETACH DELETE n //"
    data["facts"][0]["item"] = hostile
    data["facts"][0]["attributed_to"] = '" }) MATCH (x) DELETE x //'
    path.write_text(json.dumps(data))
    assert _import(path).exit_code == 0
    assert _rows(neo4j_graph, "MATCH (c:Claim) RETURN c.item AS item") == [{"item": hostile}]
    assert _counts(kg_env)[0] > 20  # the law and the article are all still there


@pytest.mark.neo4j
def test_reimport_of_an_edited_article_updates_and_prunes_its_claims(kg_env, neo4j_graph, tmp_path) -> None:
    path, data = _sample(tmp_path)
    path.write_text(json.dumps(data))
    assert _import(path).exit_code == 0
    data["facts"][1]["quantity"]["value"] = 9500000
    del data["facts"][4]  # the reloading vehicles
    path.write_text(json.dumps(data))
    assert _import(path).exit_code == 0
    rows = _rows(neo4j_graph, "MATCH (c:Claim) RETURN c.item AS item, c.quantityValue AS value ORDER BY item")
    assert [r["item"] for r in rows] == ["Pantsir air-defence system", "artillery shells and rockets",
                                         "multiple rocket launchers", "self-propelled guns"]
    assert rows[1]["value"] == 9500000
    assert _rows(neo4j_graph, "MATCH (e:Event {category: 'military-vehicle'}) RETURN e") == []


@pytest.mark.neo4j
def test_same_article_twice_in_one_run_is_refused(kg_env, tmp_path) -> None:
    path, data = _sample(tmp_path)
    path.write_text(json.dumps(data))
    copy = tmp_path / "copy.json"
    copy.write_text(json.dumps(data))
    result = _import(path, copy)
    assert result.exit_code == 4
    assert "are facts of the same article text" in result.stderr


def test_schema_prints_the_facts_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert set(schema["properties"]) == {"document", "facts"}
    assert "from" in schema["$defs"]["Fact"]["properties"]


def test_import_without_a_server_fails_clearly(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    monkeypatch.setenv("NEO4J_PASSWORD", "irrelevant-password")
    result = _import(*SAMPLE_FACTS)
    assert result.exit_code == 5
    assert "Error: Neo4j is not reachable at bolt://127.0.0.1:1 (NEO4J_URI)" in result.stderr


SEED = REPO.parent / "shared" / "seed"


@pytest.mark.neo4j
def test_article_text_is_extracted_then_imported(kg_env, neo4j_graph) -> None:
    articles = sorted((REPO / "samples" / "articles").glob("*.txt"))
    result = _import("--json", *articles)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["claims"] >= 10
    methods = _rows(neo4j_graph, "MATCH (c:Claim) RETURN DISTINCT c.extractionMethod AS method")
    assert methods == [{"method": "rule-based"}]
    pantsir = _rows(neo4j_graph, """
        MATCH (:State {code: 'RUS'})<-[:SUPPLIER]-(e:ArmsTransfer {category: 'air-defence-system'})
              -[:RECIPIENT]->(:State {code: 'PRK'})
        RETURN count(e) AS events""")
    assert pantsir == [{"events": 1}]


@pytest.mark.neo4j
@pytest.mark.skipif(not SEED.is_dir(), reason="the seed article is not beside the repository")
def test_seed_article_imports_with_its_facts(kg_env, neo4j_graph) -> None:
    result = _import("--json", *sorted(SEED.glob("*.txt")))
    assert result.exit_code == 0, result.stderr
    rows = _rows(neo4j_graph, """
        MATCH (c:Claim)-[:ASSERTS]->(e:Event)
        RETURN e.kind AS kind, c.fromState AS source, c.toState AS target, c.category AS category,
               c.quantityValue AS value ORDER BY kind, category, value""")
    facts = {(r["kind"], r["source"], r["target"], r["category"], r["value"]) for r in rows}
    assert {("troop_deployment", "PRK", "RUS", None, 10900), ("troop_deployment", "PRK", "RUS", None, 3000),
            ("arms_transfer", "RUS", "PRK", "air-defence-system", 1),
            ("arms_transfer", "PRK", "RUS", "ammunition", 9000000)} <= facts
    assert any(r["kind"] == "technology_transfer" and r["category"] == "uav" for r in rows)
    assert any(r["kind"] == "agreement" for r in rows)


@pytest.mark.neo4j
def test_several_articles_per_transaction_give_the_same_graph(kg_env) -> None:
    one = json.loads(_import("--json", "--articles-per-transaction", "1", *SAMPLE_FACTS).stdout)
    counts = _counts(kg_env)
    with store.connect(kg_env) as graph:
        store.delete_all(graph)
    grouped = json.loads(_import("--json", "--articles-per-transaction", "3", *SAMPLE_FACTS).stdout)
    same = ("articles", "claims", "nodes_created", "relationships_created", "labels_added")
    assert {k: grouped[k] for k in same} == {k: one[k] for k in same}
    assert _counts(kg_env) == counts
    rerun = json.loads(_import("--json", "--articles-per-transaction", "4", *SAMPLE_FACTS).stdout)
    assert rerun["nodes_created"] == rerun["properties_set"] == rerun["relationships_created"] == 0


@pytest.mark.neo4j
def test_a_group_of_articles_ends_at_the_claims_cap(kg_env, neo4j_graph, monkeypatch) -> None:
    from kg.ingest.run import prepare_articles
    from kg.store import writes

    checked = prepare_articles(SAMPLE_FACTS)
    groups: list[list[int]] = []
    write_group = writes._run_group

    def spy(session, uri, group, *rest):
        groups.append([len(article.claims) for article in group])
        return write_group(session, uri, group, *rest)

    monkeypatch.setattr(writes, "MAX_CLAIMS_PER_TRANSACTION", 3)
    monkeypatch.setattr(writes, "_run_group", spy)
    summary = store.write_facts(neo4j_graph, checked, articles_per_transaction=500)
    assert summary.articles == len(checked) and len(groups) > 1
    assert all(sum(group[:-1]) < 3 for group in groups)  # a group closes with the article that reaches the cap
