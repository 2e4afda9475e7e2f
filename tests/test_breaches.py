"""Golden tests of the canned breach queries on the sample articles, a real Neo4j underneath: the stored
assessments (FALLS_WITHIN / MAY_FALL_WITHIN) must equal the independent oracle over the law data
(tests/law_oracle.py), and the rows must say how each event was dated, its stage and its sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import store
from kg.cypher import load_cypher
from kg.ingest import import_articles, prepare_articles
from law_oracle import expected

pytestmark = pytest.mark.neo4j

REPO = Path(__file__).resolve().parent.parent
SAMPLES = sorted((REPO / "samples" / "facts").glob("*.json"))
SYNTHETIC = REPO / "tests" / "data" / "facts"
N10, P9 = "S/RES/1874 (2009) para 10", "S/RES/1874 (2009) para 9"


def load(graph, paths) -> None:
    import_articles(graph, prepare_articles(paths))


def run(graph, name: str, **params) -> list[dict]:
    cypher = load_cypher(name)
    return store.run_cypher(graph, cypher, {**{p.name: p.default for p in cypher.params}, **params})


def by_category(rows: list[dict], supplier: str, category: str) -> dict:
    [row] = [r for r in rows if r["supplier"] == supplier and r["category"] == category]
    return row


def tiers(rows: list[dict]) -> dict[str, str]:
    return {r["paragraph"]: r["tier"] for row in rows for r in row["readings"]}


def oracle(graph, row: dict) -> dict[str, str]:
    """The oracle's reading of the event behind a row, from its claims as the evidence query gives them."""
    claims = run(graph, "evidence", event=row["eventId"])
    dated = [c["periodStart"] for c in claims if c["periodStart"]]
    return expected({"kind": row["kind"], "supplier": row["supplier"], "recipient": row["recipient"],
                     "claim_date": min(dated) if dated else None,
                     "article_date": min(c["published"] for c in claims),
                     "items": [{"item": c["item"], "category": row["category"]} for c in claims]})


@pytest.fixture()
def sample_graph(neo4j_graph):
    load(neo4j_graph, SAMPLES)
    return neo4j_graph


def test_every_stored_assessment_equals_the_oracle(sample_graph) -> None:
    rows = run(sample_graph, "breaches") + run(sample_graph, "breaches_interpretive")
    events = {r["eventId"]: r for r in rows}
    assert len(events) >= 8
    for event_id, row in events.items():
        stored = tiers([r for r in rows if r["eventId"] == event_id])
        assert stored == oracle(sample_graph, row), row["items"]


def test_pantsir_breaches_1874_para_10_and_may_fall_within_1718_8ai(sample_graph) -> None:
    breach = by_category(run(sample_graph, "breaches"), "RUS", "air-defence-system")
    assert breach["paragraphs"] == [N10] and breach["items"] == ["Pantsir air-defence system"]
    reading = by_category(run(sample_graph, "breaches_interpretive"), "RUS", "air-defence-system")
    assert reading["paragraphs"] == ["S/RES/1718 (2006) para 8(a)(i)", "S/RES/2397 (2017) para 7"]
    assert "Register class II" in reading["readings"][0]["reading"]


def test_dprk_launchers_and_guns_breach_1718_8b_and_1874_9(sample_graph) -> None:
    row = by_category(run(sample_graph, "breaches"), "PRK", "artillery")
    assert row["paragraphs"] == ["S/RES/1718 (2006) para 8(b)", P9]
    assert sorted(row["items"]) == ["multiple rocket launchers", "self-propelled guns"]


def test_dprk_shells_breach_1874_9_and_engage_1718_8b_only_on_a_reading(sample_graph) -> None:
    assert by_category(run(sample_graph, "breaches"), "PRK", "ammunition")["paragraphs"] == [P9]
    reading = by_category(run(sample_graph, "breaches_interpretive"), "PRK", "ammunition")
    assert reading["paragraphs"] == ["S/RES/1718 (2006) para 8(b)"]


def test_two_articles_show_both_numbers_and_count_articles_and_originating_sources(sample_graph) -> None:
    row = by_category(run(sample_graph, "breaches"), "PRK", "ammunition")
    assert (row["articles"], row["originatingSources"]) == (2, 2)
    numbers = {(q["value"], q["qualifier"], q["publisher"]) for q in row["quantities"]}
    assert numbers == {(9_000_000, "more-than", "Arms Watch Review"), (12_000_000, "approximately", "Dnipro Dispatch")}


def test_undated_events_are_dated_by_their_earliest_article_and_say_so(sample_graph) -> None:
    row = by_category(run(sample_graph, "breaches"), "PRK", "ammunition")
    assert (row["eventDate"].iso_format(), row["datedBy"]) == ("2025-06-02", "article publication")


def test_agreed_drone_help_is_intended_not_a_completed_breach(sample_graph) -> None:
    row = by_category(run(sample_graph, "breaches"), "RUS", "uav")
    assert row["stage"] == "intended" and row["finding"].startswith("intended")
    assert row["paragraphs"] == [N10, "S/RES/2270 (2016) para 8", "S/RES/2321 (2016) para 11"]


def test_troop_deployments_appear_only_in_the_interpretive_tier(sample_graph) -> None:
    assert "troop_deployment" not in {r["kind"] for r in run(sample_graph, "breaches")}
    rows = run(sample_graph, "breaches_interpretive", kind="troop_deployment")
    assert len(rows) == 4 and {r["tier"] for r in rows} == {"interpretive"}
    for row in rows:
        assert {"S/RES/1718 (2006) para 8(c)", P9, "S/RES/2397 (2017) para 8"} <= set(row["paragraphs"])
        assert row["attributions"] == ["National Intelligence Service"]
        assert all(r["reading"] for r in row["readings"])


def test_small_arms_2010_engage_the_notice_duty_and_2017_breach_2270_para_6(neo4j_graph) -> None:
    load(neo4j_graph, sorted(SYNTHETIC.glob("small-arms-*.json")))
    assert [r["eventDate"].year for r in run(neo4j_graph, "breaches")] == [2017]
    [row] = run(neo4j_graph, "breaches")
    assert row["paragraphs"] == ["S/RES/2270 (2016) para 6"] and row["datedBy"] == "claim period"
    [reading] = run(neo4j_graph, "breaches_interpretive")
    assert reading["eventDate"].year == 2010
    assert reading["paragraphs"] == [f"{N10} [notification]"]
    assert "no claim says whether notice was given" in reading["readings"][0]["reading"]


def test_parameters_filter_by_regime_date_and_limit(sample_graph) -> None:
    assert len(run(sample_graph, "breaches", regime="un-1718")) == len(run(sample_graph, "breaches")) == 4
    assert run(sample_graph, "breaches", regime="no-such-regime") == []
    assert run(sample_graph, "breaches", since="2025-06-10")[0]["category"] == "uav"
    assert len(run(sample_graph, "breaches", limit=2)) == 2
    assert len(run(sample_graph, "breaches_interpretive", kind="troop_deployment", since="2025-01-01")) == 3
