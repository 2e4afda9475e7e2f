"""Golden tests of the law step on a real Neo4j: each case of the law review (and of the Iran and Yemen notes) is
imported, the law applied at import, and the paragraphs and tiers read back through the canned queries must equal
both the pinned expectation and the independent oracle over the law data (tests/law_oracle.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from typer.testing import CliRunner

from kg import store
from kg.cli import app
from kg.cypher import load_cypher
from kg.ingest import apply_law, import_articles
from kg.law import load_all
from law_cases import CONTESTED_CASES, DPRK_CASES, HOUTHI_GRAPH_CASES, IRAN_CASES, NEVER_FOR_DRONE_HELP, SNAPBACK, Case
from law_oracle import expected

pytestmark = pytest.mark.neo4j
CASES = {case.name: case for case in DPRK_CASES}
REPO = Path(__file__).resolve().parent.parent
SAMPLE = sorted(p.name for p in (REPO / "samples" / "facts").glob("*.json"))[0]


def run(graph, name: str, **params) -> list[dict]:
    cypher = load_cypher(name)
    return store.run_cypher(graph, cypher, {**{p.name: p.default for p in cypher.params}, **params})


def findings(graph) -> dict[str, dict[str, str]]:
    """{event id: {paragraph: tier}} from the breaches and breaches_interpretive queries."""
    found: dict[str, dict[str, str]] = {}
    for name in ("breaches", "breaches_interpretive"):
        for row in run(graph, name, limit=10_000):
            found.setdefault(row["eventId"], {}).update({r["paragraph"]: r["tier"] for r in row["readings"]})
    return found


@pytest.fixture(scope="module")
def graph(neo4j_server):
    """All cases imported once (each case is its own event); the module's tests only read."""
    settings = neo4j_server.settings
    with store.connect(settings) as graph:
        store.delete_all(graph)
        import_articles(graph, [case.article() for case in DPRK_CASES])
        yield graph, findings(graph)


@pytest.mark.parametrize("case", DPRK_CASES, ids=lambda c: c.name)
def test_case_gives_the_pinned_paragraphs_and_tiers(graph, case: Case) -> None:
    _, found = graph
    assert found.get(case.event_id, {}) == case.expected
    assert expected(case.oracle_event()) == case.expected, "the oracle disagrees with the pinned reading"


def test_drone_production_help_engages_no_wrong_hook(graph) -> None:
    _, found = graph
    for name in ("drone-production-agreed", "drone-production-delivered"):
        assert not set(found[CASES[name].event_id]) & NEVER_FOR_DRONE_HELP


def test_agreed_help_is_intended_never_a_completed_breach(graph) -> None:
    handle, _ = graph
    rows = {r["eventId"]: r for r in run(handle, "breaches", limit=10_000)}
    agreed = rows[CASES["drone-production-agreed"].event_id]
    assert agreed["stage"] == "intended" and agreed["finding"].startswith("intended")
    assert rows[CASES["drone-production-delivered"].event_id]["finding"] == "breach"


def test_events_are_dated_by_their_claims_and_the_fallback_is_flagged(graph) -> None:
    handle, _ = graph
    rows = {r["eventId"]: r for r in run(handle, "breaches", limit=10_000)}
    rows.update({r["eventId"]: r for r in run(handle, "breaches_interpretive", limit=10_000)})
    late = rows[CASES["old-transfer-reported-late"].event_id]
    assert (late["eventDate"].iso_format(), late["datedBy"]) == ("2012-01-01", "claim period")
    shells = rows[CASES["shells"].event_id]
    assert (shells["eventDate"].iso_format(), shells["datedBy"]) == ("2023-08-01", "claim period")
    undated = rows[CASES["undated-shells"].event_id]
    assert (undated["eventDate"].iso_format(), undated["datedBy"]) == ("2025-06-02", "article publication")


def test_reapplying_the_law_writes_nothing(graph) -> None:
    handle, before = graph
    summary = apply_law(handle, load_all())
    assert not summary.changed
    assert findings(handle) == before


def test_breaches_by_paragraph_counts_the_stored_findings(graph) -> None:
    handle, found = graph
    rows = {r["paragraph"]: r for r in run(handle, "breaches_by_paragraph")}
    for paragraph, row in rows.items():
        assert row["breaches"] == sum(1 for f in found.values() if f.get(paragraph) == "breach"), paragraph
        assert row["interpretive"] == sum(1 for f in found.values() if f.get(paragraph) == "interpretive"), paragraph
    assert rows["S/RES/1874 (2009) para 9"]["regime"] == "un-1718"


def test_a_replaced_dprk_paragraph_applies_only_in_its_window(graph) -> None:
    handle, found = graph
    notice = "S/RES/1874 (2009) para 10 [notification]"
    [row] = [r for r in run(handle, "breaches_by_paragraph") if r["paragraph"] == notice]
    assert row["windows"] == ["2009-06-12..2016-03-02"]
    assert found[CASES["small-arms-2010-no-notice"].event_id] == {notice: "breach"}
    assert found[CASES["small-arms-2017"].event_id] == {"S/RES/2270 (2016) para 6": "breach"}


@pytest.mark.parametrize("case", IRAN_CASES, ids=lambda c: c.name)
def test_iran_case_on_a_graph_of_its_own(neo4j_graph, case: Case) -> None:
    import_articles(neo4j_graph, [case.article()])
    found = findings(neo4j_graph)
    assert found.get(case.event_id, {}) == case.expected == expected(case.oracle_event())
    rows = run(neo4j_graph, "breaches", regime="un-1737-iran")
    for reading in (r for row in rows for r in row["readings"]):
        contested = case.name in CONTESTED_CASES
        assert reading["contested"] is contested
        assert reading["reason"].startswith(SNAPBACK) is contested
    assert all(row["finding"] == ("breach on a contested reading of the law" if case.name in CONTESTED_CASES
                                  else "breach") for row in rows)


def test_the_report_never_words_a_contested_finding_as_a_bare_breach(kg_env, neo4j_graph) -> None:
    cases = [c for c in IRAN_CASES if c.name in CONTESTED_CASES]
    import_articles(neo4j_graph, [case.article() for case in cases])
    result = CliRunner().invoke(app, ["report", "--regime", "un-1737-iran"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("a breach on the view of those holding the measures binding and contested") == 2
    assert "in breach of" not in result.stdout
    assert SNAPBACK in result.stdout
    other = CliRunner().invoke(app, ["report", "--regime", "un-1718"])
    assert "## Findings (0)" in other.stdout


@pytest.mark.parametrize(("change", "message"), [
    ({"target": "ZZZ", "target_party": None}, "regime zz-test names unknown state code(s) ZZZ"),
    ({"target": None, "target_party": "no-such-group"}, "'no-such-group' is not a party of data/parties.yaml"),
], ids=["state", "party"])
def test_a_law_file_targeting_an_unknown_state_or_party_is_an_input_error(kg_env, neo4j_graph, tmp_path, change,
                                                                          message) -> None:
    data = yaml.safe_load((REPO / "data" / "law" / "un-2140-yemen.yaml").read_text(encoding="utf-8"))
    data["regime"].update(id="zz-test", **change)
    law = tmp_path / "zz-test.yaml"
    law.write_text(yaml.safe_dump(data), encoding="utf-8")
    result = CliRunner().invoke(app, ["import", "--law", str(law), str(REPO / "samples" / "facts" / SAMPLE)])
    assert result.exit_code == 4
    assert str(law) in result.stderr and message in result.stderr
    assert store.count_graph(neo4j_graph) == (0, 0)


def test_an_iran_russia_article_goes_from_text_to_a_contested_assessment(kg_env, neo4j_graph) -> None:
    article = REPO / "tests" / "data" / "law" / "iran-russia-drones.txt"
    result = CliRunner().invoke(app, ["import", str(article)])
    assert result.exit_code == 0, result.stderr
    # The title states the shipment too (no period there, so that event is dated by the article).
    [row] = [r for r in run(neo4j_graph, "breaches", regime="un-1737-iran") if r["items"] == ["Shahed-136 drones"]]
    assert (row["supplier"], row["recipient"]) == ("IRN", "RUS")
    assert row["paragraphs"] == ["S/RES/1737 (2006) para 7", "S/RES/1747 (2007) para 5"]
    assert row["contested"] and row["datedBy"] == "claim period" and row["eventDate"].iso_format() == "2025-11-01"


@pytest.mark.parametrize("case", HOUTHI_GRAPH_CASES, ids=lambda c: c.name)
def test_iranian_arms_for_the_houthis_on_the_graph(neo4j_graph, case: Case) -> None:
    import_articles(neo4j_graph, [case.article()])
    found = findings(neo4j_graph)
    assert found.get(case.event_id, {}) == case.expected == expected(case.oracle_event())
    if case.expected:
        [row] = [r for r in run(neo4j_graph, "breaches", regime="un-2140-yemen")]
        assert (row["recipient"], row["recipientParty"]) == ("YEM", "houthis")


def test_an_iran_houthis_article_goes_from_text_to_an_assessment_of_the_houthis(kg_env, neo4j_graph) -> None:
    article = REPO / "tests" / "data" / "law" / "iran-houthis-missiles.txt"
    result = CliRunner().invoke(app, ["import", str(article)])
    assert result.exit_code == 0, result.stderr
    [row] = run(neo4j_graph, "breaches", regime="un-2140-yemen")
    assert (row["supplier"], row["recipient"], row["recipientParty"]) == ("IRN", "YEM", "houthis")
    assert "S/RES/2216 (2015) para 14" in row["paragraphs"]
    assert row["datedBy"] == "claim period" and row["eventDate"].iso_format() == "2025-03-01"


@pytest.mark.parametrize("make, message", [
    (lambda path: os.mkfifo(path), "is not a regular file"),
    (lambda path: path.write_text("a: &a [x, x]\nb: [*a, *a]\n", encoding="utf-8"), "aliases"),
    (lambda path: path.write_text("a: " + "[" * 100 + "]" * 100 + "\n", encoding="utf-8"), "deeper than"),
])
def test_a_law_file_is_read_within_the_input_bounds(kg_env, neo4j_graph, tmp_path, make, message) -> None:
    law = tmp_path / "hostile-law.yaml"
    make(law)
    result = CliRunner().invoke(app, ["import", "--law", str(law), str(REPO / "samples" / "facts" / SAMPLE)])
    assert result.exit_code == 4, result.output
    assert str(law) in result.stderr and message in result.stderr and "Traceback" not in result.output
    assert store.count_graph(neo4j_graph) == (0, 0)
