"""Golden tests of the breach rule on a real Neo4j: the sample articles, and synthetic small-arms transfers that
show time matters. The expected paragraphs are derived from data/law/un-1718.yaml by an independent Python
reading of the rule, then pinned by the cases the law's own notes name."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg import store
from kg.cypher import load_cypher
from kg.ingest import import_articles, prepare_articles
from kg.law import load_law, paragraph_id

pytestmark = pytest.mark.neo4j

REPO = Path(__file__).resolve().parent.parent
SAMPLES = sorted((REPO / "samples" / "facts").glob("*.json"))
SYNTHETIC = REPO / "tests" / "data" / "facts"
LAW = load_law(REPO / "data" / "law" / "un-1718.yaml")
DEFAULTS = {"regime": None, "since": "1900-01-01", "limit": 500}


def expected_paragraphs(kind: str, category: str, supplier: str, recipient: str, when: date) -> set[str]:
    """The rule of `breaches`, read off the law file in Python."""
    target, found = LAW.regime.target, set()
    directions = ({"to_target", "both"} if recipient == target else set()) | \
                 ({"from_target", "both"} if supplier == target else set())
    for resolution in LAW.resolutions:
        for p in resolution.paragraphs:
            in_scope = category in p.categories or (kind == "technology_transfer" and "technology" in p.categories)
            if (p.binding and p.direction.value in directions and kind in {a.value for a in p.activities}
                    and in_scope and resolution.adopted <= when):
                found.add(paragraph_id(resolution.symbol, p.number))
    return found


def load(graph, paths) -> None:
    import_articles(graph, prepare_articles(paths))


def run(graph, name: str, **params) -> list[dict]:
    cypher = load_cypher(name)
    return store.run_cypher(graph, cypher, {**{p.name: p.default for p in cypher.params}, **params})


def by_category(rows: list[dict], supplier: str, category: str) -> dict:
    [row] = [r for r in rows if r["supplier"] == supplier and r["category"] == category]
    return row


@pytest.fixture()
def sample_graph(neo4j_graph):
    load(neo4j_graph, SAMPLES)
    return neo4j_graph


def test_pantsir_to_the_dprk_breaches_1874_para_10_not_1718_8ai(sample_graph) -> None:
    row = by_category(run(sample_graph, "breaches"), "RUS", "air-defence-system")
    expected = expected_paragraphs("arms_transfer", "air-defence-system", "RUS", "PRK", date(2025, 6, 2))
    assert set(row["paragraphs"]) == expected
    assert "S/RES/1874 (2009) para 10" in row["paragraphs"]
    assert "S/RES/1718 (2006) para 8(a)(i)" not in row["paragraphs"]
    assert row["recipient"] == "PRK" and row["items"] == ["Pantsir air-defence system"]


def test_dprk_artillery_to_russia_breaches_1718_8b_and_1874_9(sample_graph) -> None:
    row = by_category(run(sample_graph, "breaches"), "PRK", "artillery")
    assert {"S/RES/1718 (2006) para 8(b)", "S/RES/1874 (2009) para 9"} <= set(row["paragraphs"])
    assert set(row["paragraphs"]) == expected_paragraphs("arms_transfer", "artillery", "PRK", "RUS", date(2025, 6, 2))
    assert sorted(row["items"]) == ["multiple rocket launchers", "self-propelled guns"]


def test_dprk_shells_breach_1874_9_but_not_1718_8b(sample_graph) -> None:
    row = by_category(run(sample_graph, "breaches"), "PRK", "ammunition")
    assert "S/RES/1874 (2009) para 9" in row["paragraphs"]
    assert "S/RES/1718 (2006) para 8(b)" not in row["paragraphs"]
    assert set(row["paragraphs"]) == expected_paragraphs("arms_transfer", "ammunition", "PRK", "RUS", date(2025, 6, 2))


def test_two_articles_on_one_event_count_two_sources_and_show_both_numbers(sample_graph) -> None:
    row = by_category(run(sample_graph, "breaches"), "PRK", "ammunition")
    assert row["sources"] == 2
    numbers = {(q["value"], q["qualifier"], q["publisher"]) for q in row["quantities"]}
    assert numbers == {(9_000_000, "more-than", "Arms Watch Review"), (12_000_000, "approximately", "Dnipro Dispatch")}
    assert len(row["evidence"]) == 2


def test_undated_events_are_dated_by_their_earliest_article(sample_graph) -> None:
    row = by_category(run(sample_graph, "breaches"), "PRK", "ammunition")
    assert (row["eventDate"].iso_format(), row["datedBy"]) == ("2025-06-02", "article publication")


def test_paragraph_labels_are_sorted_by_resolution_then_number(sample_graph) -> None:
    row = by_category(run(sample_graph, "breaches"), "RUS", "uav")
    assert row["paragraphs"][:2] == ["S/RES/1718 (2006) para 8(a)(ii)", "S/RES/1718 (2006) para 8(c)"]
    assert row["paragraphs"].index("S/RES/2270 (2016) para 8") < row["paragraphs"].index("S/RES/2270 (2016) para 17")
    assert row["stage"] == "intended"


def test_one_row_per_event_and_no_troop_deployment_in_the_breach_tier(sample_graph) -> None:
    rows = run(sample_graph, "breaches")
    assert len({r["eventId"] for r in rows}) == len(rows) == 5
    assert {r["kind"] for r in rows} == {"arms_transfer", "technology_transfer"}
    assert {r["tier"] for r in rows} == {"breach"}


def test_troop_deployments_appear_only_in_the_interpretive_tier(sample_graph) -> None:
    rows = run(sample_graph, "breaches_interpretive")
    assert len(rows) == 4 and {r["kind"] for r in rows} == {"troop_deployment"}
    assert {r["tier"] for r in rows} == {"interpretive"}
    for row in rows:
        assert {"S/RES/1718 (2006) para 8(c)", "S/RES/1874 (2009) para 9", "S/RES/2397 (2017) para 8"} <= \
            set(row["paragraphs"])
        assert row["attributions"] == ["National Intelligence Service"]
        assert all(r["reading"] in ("interpretive", "named without a category") for r in row["readings"])
    breach_events = {r["eventId"] for r in run(sample_graph, "breaches")}
    assert not breach_events & {r["eventId"] for r in rows}


def test_small_arms_to_the_dprk_in_2010_breach_nothing_but_in_2017_breach_2270_para_6(neo4j_graph) -> None:
    load(neo4j_graph, sorted(SYNTHETIC.glob("small-arms-*.json")))
    rows = run(neo4j_graph, "breaches")
    assert [r["eventDate"].year for r in rows] == [2017]
    [row] = rows
    assert row["datedBy"] == "claim period" and row["supplier"] == "BLR" and row["category"] == "small-arms"
    assert "S/RES/2270 (2016) para 6" in row["paragraphs"]
    assert "S/RES/1874 (2009) para 10" not in row["paragraphs"]
    assert expected_paragraphs("arms_transfer", "small-arms", "BLR", "PRK", date(2010, 5, 1)) == set()
    assert set(row["paragraphs"]) == expected_paragraphs("arms_transfer", "small-arms", "BLR", "PRK", date(2017, 5, 1))


def test_parameters_filter_by_regime_date_and_limit(sample_graph) -> None:
    assert len(run(sample_graph, "breaches", regime="un-1718")) == 5
    assert run(sample_graph, "breaches", regime="no-such-regime") == []
    assert run(sample_graph, "breaches", since="2025-06-10")[0]["category"] == "uav"
    assert len(run(sample_graph, "breaches", limit=2)) == 2
    assert len(run(sample_graph, "breaches_interpretive", since="2025-01-01")) == 3
