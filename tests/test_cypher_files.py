"""Every Cypher file: a full header, declared parameters equal to the `$names` used, `EXPLAIN` passes on a real
Neo4j; key-anchored canned queries seek an index; every canned query has a known row count on the sample graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import store
from kg.queries import canned_queries
from kg.cypher import HEADER_KEYS, parse_cypher_file
from kg.ingest import import_articles, prepare_articles

REPO = Path(__file__).resolve().parent.parent
FILES = sorted((REPO / "cypher").rglob("*.cypher"))
SAMPLES = sorted((REPO / "samples" / "facts").glob("*.json"))

# Row counts of every canned query, run with its header defaults, on the four sample articles.
SAMPLE_ROWS = {
    "breaches": 4,
    "breaches_interpretive": 8,
    "breaches_by_paragraph": 13,
    "reciprocal_flows": 1,
    "deployment_timeline": 4,
    "conflicting_claims": 1,
    "single_sourced": 9,
    "category_summary": 6,
    "evidence": 2,
    "state_profile": 10,
}
# Canned queries anchored on a key: (label, parameter) the plan must seek by index.
ANCHORED = {"evidence": "Event", "state_profile": "State"}


def _id(path: Path) -> str:
    return str(path.relative_to(REPO / "cypher"))


@pytest.mark.parametrize("path", FILES, ids=_id)
def test_header_is_complete_and_params_match_their_use(path: Path) -> None:
    cypher = parse_cypher_file(path)
    head = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("//")]
    assert [key for key in HEADER_KEYS if not any(line.startswith(f"// {key}:") for line in head)] == []
    assert cypher.description.strip() and cypher.statements
    assert {p.name for p in cypher.params} == cypher.used_params()
    expected_name = _id(path).removesuffix(".cypher")
    assert cypher.name == expected_name


def test_canned_queries_are_top_level_read_files_with_defaults_for_browser() -> None:
    queries = canned_queries()
    assert set(queries) == set(SAMPLE_ROWS)
    for query in queries.values():
        assert query.mode == "read" and len(query.statements) == 1
        assert all(not p.required for p in query.params), f"{query.name}: Browser :param lines need defaults"
        assert len(query.browser_params()) == len(query.params)


def _explain(graph, statement: str, params: dict):
    with graph.session() as session:
        return session.run("EXPLAIN " + statement, params).consume().plan


@pytest.mark.neo4j
def test_every_statement_passes_explain(neo4j_graph) -> None:
    failures = []
    for path in FILES:
        cypher = parse_cypher_file(path)
        params = {p.name: p.default for p in cypher.params}
        for statement in cypher.statements:
            try:
                _explain(neo4j_graph, statement, params)
            except Exception as error:  # noqa: BLE001 - collect every failing file, then fail once
                failures.append(f"{_id(path)}: {error}")
    assert failures == []


def _operators(plan) -> list[tuple[str, str]]:
    found = [(plan["operatorType"].split("@")[0], plan.get("args", {}).get("Details", ""))]
    for child in plan.get("children", []):
        found += _operators(child)
    return found


@pytest.mark.neo4j
@pytest.mark.parametrize("name", sorted(ANCHORED))
def test_key_anchored_queries_seek_an_index(neo4j_graph, name: str) -> None:
    cypher = canned_queries()[name]
    plan = _explain(neo4j_graph, cypher.statements[0], {p.name: p.default for p in cypher.params})
    label = ANCHORED[name]
    operators = _operators(plan)
    seeks = [d for op, d in operators if op in ("NodeUniqueIndexSeek", "NodeIndexSeek") and f":{label}(" in d]
    assert seeks, operators
    assert not [d for op, d in operators if op == "NodeByLabelScan" and d.endswith(f":{label}")], operators


@pytest.mark.neo4j
def test_row_counts_on_the_sample_graph(neo4j_graph) -> None:
    import_articles(neo4j_graph, prepare_articles(SAMPLES))
    counts = {}
    for name, query in canned_queries().items():
        rows = store.run_cypher(neo4j_graph, query, {p.name: p.default for p in query.params})
        counts[name] = len(rows)
    assert counts == SAMPLE_ROWS
