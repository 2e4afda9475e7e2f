"""`kg articles list` and `kg articles remove` on a real Neo4j: what goes, what stays, one transaction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import store
from kg.cli import app

REPO = Path(__file__).resolve().parent.parent
FACTS = REPO / "samples" / "facts"
runner = CliRunner()


def _kg(*args: object):
    return runner.invoke(app, [str(a) for a in args])


def _ids(graph, label: str) -> set[str]:
    records, _, _ = graph.driver.execute_query(f"MATCH (n:{label}) RETURN n.id AS id", database_=graph.database)
    return {r["id"] for r in records}


def _two_sources(tmp_path: Path) -> tuple[Path, Path]:
    """Two articles whose claims assert one shared event, each with events of its own."""
    first = json.loads((FACTS / "msmt-first-report.json").read_text())
    second = json.loads((FACTS / "hur-shell-estimate.json").read_text())
    paths = tmp_path / "first.json", tmp_path / "second.json"
    paths[0].write_text(json.dumps(first))
    paths[1].write_text(json.dumps(second))
    return paths


@pytest.mark.neo4j
def test_list_shows_every_article_with_its_claims(kg_env) -> None:
    assert _kg("import", *sorted(FACTS.glob("*.json"))).exit_code == 0
    result = _kg("articles", "list", "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 4 and sum(r["claims"] for r in rows) == 12
    assert set(rows[0]) == {"id", "title", "publisher", "published", "url", "claims"}
    assert "4 row(s) from articles" in result.stderr
    lines = _kg("articles", "list", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == rows


@pytest.mark.neo4j
def test_dry_run_prints_what_goes_and_changes_nothing(kg_env, neo4j_graph, tmp_path) -> None:
    first, second = _two_sources(tmp_path)
    assert _kg("import", first, second).exit_code == 0
    counts = store.count_graph(neo4j_graph)
    events = _ids(neo4j_graph, "Event")
    result = _kg("articles", "remove", first, "--dry-run", "--json")
    assert result.exit_code == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan["dryRun"] is True and plan["claims"] == 5 and len(plan["articles"]) == 1
    assert plan["eventsKept"], "the shell event is asserted by both articles"
    assert {e["id"] for e in plan["eventsRemoved"]} | {e["id"] for e in plan["eventsKept"]} <= events
    assert "Dry run: would remove 1 article(s), 5 claim(s)" in result.stderr
    assert store.count_graph(neo4j_graph) == counts
    text = _kg("articles", "remove", first, "--dry-run")
    assert "events left without claims (removed):" in text.stdout and "claims: 5" in text.stdout


@pytest.mark.neo4j
def test_remove_takes_the_article_its_claims_and_its_own_events_only(kg_env, neo4j_graph, tmp_path) -> None:
    first, second = _two_sources(tmp_path)
    assert _kg("import", first, second).exit_code == 0
    article = json.loads(first.read_text())["document"]
    plan = json.loads(_kg("articles", "remove", article["url"], "--json").stdout)
    assert plan["dryRun"] is False
    assert article["sha256"] not in _ids(neo4j_graph, "Article")
    remaining = _ids(neo4j_graph, "Event")
    assert not {e["id"] for e in plan["eventsRemoved"]} & remaining
    assert {e["id"] for e in plan["eventsKept"]} <= remaining
    records, _, _ = neo4j_graph.driver.execute_query(
        "MATCH (c:Claim) RETURN count(c) AS claims, count { MATCH (e:Event) WHERE NOT (e)<-[:ASSERTS]-() } AS bare",
        database_=neo4j_graph.database)
    assert records[0]["bare"] == 0 and records[0]["claims"] == 1  # the other article's claim is still there
    assert _kg("import", first).exit_code == 0  # and the removed article can come back
    assert article["sha256"] in _ids(neo4j_graph, "Article")


def _event_state(graph) -> dict:
    """Each event's law-step properties and assessments, by id."""
    records, _, _ = graph.driver.execute_query(
        "MATCH (e:Event) RETURN e.id AS id, toString(e.date) AS date, e.datedBy AS datedBy, "
        "e.articleCount AS articles, e.origins AS origins, "
        "[(e)-[r:FALLS_WITHIN|MAY_FALL_WITHIN]->(p) | [type(r), p.id, toString(r.dateUsed)]] AS assessments",
        database_=graph.database)
    return {r["id"]: {**r.data(), "assessments": sorted(r["assessments"])} for r in records}


@pytest.mark.neo4j
def test_kept_events_are_reassessed_as_if_the_removed_article_was_never_imported(kg_env, neo4j_graph,
                                                                                  tmp_path) -> None:
    first, second = _two_sources(tmp_path)
    assert _kg("import", second).exit_code == 0
    alone = _event_state(neo4j_graph)  # the graph of the second article only
    assert _kg("import", first).exit_code == 0
    shared = set(alone) & {e for e, state in _event_state(neo4j_graph).items() if state["articles"] == 2}
    assert shared, "the shell event is asserted by both articles"
    result = _kg("articles", "remove", first)
    assert result.exit_code == 0, result.stderr
    assert f"Re-applied the law to the {len(shared)} kept event(s)" in result.stderr
    assert _event_state(neo4j_graph) == alone


@pytest.mark.neo4j
def test_remove_by_id_prefix_and_by_article_text(kg_env, neo4j_graph) -> None:
    assert _kg("import", *sorted(FACTS.glob("*.json"))).exit_code == 0
    sha = json.loads((FACTS / "nis-troop-batches.json").read_text())["document"]["sha256"]
    assert _kg("articles", "remove", sha[:10]).exit_code == 0
    assert sha not in _ids(neo4j_graph, "Article")
    text = REPO / "samples" / "articles" / "msmt-first-report.txt"
    result = _kg("articles", "remove", text)
    assert result.exit_code == 0, result.stderr
    assert len(_ids(neo4j_graph, "Article")) == 2


@pytest.mark.neo4j
@pytest.mark.parametrize(("ref", "code", "message"), [
    ("https://example.org/nowhere", 4, "no stored article has the id, id prefix or URL"),
    ("0000000000", 4, "no stored article has the id"),
])
def test_unknown_references_are_refused(kg_env, ref, code, message) -> None:
    assert _kg("import", FACTS / "nis-troop-batches.json").exit_code == 0
    result = _kg("articles", "remove", ref)
    assert result.exit_code == code
    assert message in result.stderr and "kg articles list" in result.stderr


@pytest.mark.neo4j
def test_a_file_whose_article_is_not_stored_is_refused(kg_env) -> None:
    result = _kg("articles", "remove", FACTS / "nis-troop-batches.json")
    assert result.exit_code == 4
    assert "no article of this file is in the graph" in result.stderr
