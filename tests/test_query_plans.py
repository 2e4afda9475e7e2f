"""Key-anchored canned queries start from a unique-index seek on their key, never from a label or all-nodes scan."""

from __future__ import annotations

import pytest

from bench.corpus import generate_checked
from kg.cypher import load_cypher
from kg.ingest import import_articles

pytestmark = pytest.mark.neo4j

# query -> (its key parameter, the anchor node as the plan names it, a value of the key)
ANCHORED = {
    "evidence": ("event", "e:Event", None),
    "state_profile": ("state", "s:State", "PRK"),
}
SCANS = ("NodeByLabelScan", "AllNodesScan", "NodeIndexScan", "NodeUniqueIndexScan")


def _operators(plan) -> list[tuple[str, str]]:
    found = [(plan["operatorType"], str(plan.get("args", {}).get("Details", "")))]
    for child in plan.get("children", []):
        found += _operators(child)
    return found


@pytest.fixture()
def loaded(neo4j_graph):
    checked = list(generate_checked(300, seed=11))
    import_articles(neo4j_graph, checked, articles_per_transaction=50)
    return checked[0].claims[0]["eventId"]


@pytest.mark.parametrize("name", sorted(ANCHORED))
def test_anchored_query_seeks_its_key(neo4j_graph, loaded, name):
    key, anchor, value = ANCHORED[name]
    cypher = load_cypher(name)
    params = {p.name: p.default for p in cypher.params} | {key: value or loaded}
    with neo4j_graph.session() as session:
        plan = session.run("EXPLAIN " + cypher.statements[0], params).consume().plan
    operators = _operators(plan)
    seeks = [details for op, details in operators if op.startswith("NodeUniqueIndexSeek") and anchor in details]
    assert seeks, f"{name}: no unique index seek on {anchor}; plan: {operators}"
    scans = [(op, details) for op, details in operators if op.split("@")[0] in SCANS]
    assert not scans, f"{name}: scans {scans}"


@pytest.mark.parametrize(("name", "index"), [("breaches", "Event(breachDate)"), ("breaches_interpretive", "Event(date)")])
def test_breach_queries_read_the_newest_findings_from_a_date_index(neo4j_graph, loaded, name, index):
    """Top-N by date from an index, so the query's cost follows N, not the size of the graph."""
    cypher = load_cypher(name)
    params = {p.name: p.default for p in cypher.params}
    with neo4j_graph.session() as session:
        plan = session.run("EXPLAIN " + cypher.statements[0], params).consume().plan
    operators = _operators(plan)
    assert any(op.startswith("NodeIndexSeekByRange") and index in details for op, details in operators), operators
    assert not [op for op, _ in operators if op.split("@")[0] in SCANS]


def test_breaches_by_paragraph_counts_from_relationship_degrees(neo4j_graph, loaded):
    cypher = load_cypher("breaches_by_paragraph")
    params = {p.name: p.default for p in cypher.params}
    with neo4j_graph.session() as session:
        plan = session.run("EXPLAIN " + cypher.statements[0], params).consume().plan
    details = " ".join(d for _, d in _operators(plan))
    assert "getDegree" in details or "GetDegree" in " ".join(op for op, _ in _operators(plan)), _operators(plan)
