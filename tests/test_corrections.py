"""Corrections: re-importing a facts file whose article metadata changed updates the Article node and re-dates
the events that article dates; `kg extract --publisher/--url` set the metadata at extraction."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.queries import run_query

REPO = Path(__file__).resolve().parent.parent
runner = CliRunner()


def _sample(tmp_path: Path, name: str = "msmt-first-report") -> tuple[Path, dict]:
    shutil.copy(REPO / "samples" / "articles" / f"{name}.txt", tmp_path / f"{name}.txt")
    return tmp_path / f"{name}.json", json.loads((REPO / "samples" / "facts" / f"{name}.json").read_text())


def _import_json(path: Path) -> dict:
    result = runner.invoke(app, ["import", "--json", str(path)])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def _article(graph) -> dict:
    records, _, _ = graph.driver.execute_query(
        "MATCH (a:Article) RETURN a.title AS title, a.publisher AS publisher, a.published AS published, "
        "toString(a.publishedDate) AS publishedDate, a.url AS url", database_=graph.database)
    assert len(records) == 1
    return records[0].data()


@pytest.mark.neo4j
def test_corrected_metadata_updates_the_article_and_redates_its_events(kg_env, neo4j_graph, tmp_path) -> None:
    path, data = _sample(tmp_path)
    path.write_text(json.dumps(data))
    _import_json(path)
    before = {r["eventId"]: r["eventDate"] for r in run_query(neo4j_graph, "state_profile", {"state": "PRK"})}
    assert set(before.values()) == {"2025-06-02"}  # undated claims: the article's date dates the events
    data["document"].update(publisher="Corrected Review", published="2025-05-20", title="Corrected title",
                            url="https://example.org/corrected")
    path.write_text(json.dumps(data))
    again = _import_json(path)
    assert again["articles_unchanged"] == 0 and again["properties_set"] > 0
    assert _article(neo4j_graph) == {"title": "Corrected title", "publisher": "Corrected Review",
                                     "published": "2025-05-20", "publishedDate": "2025-05-20",
                                     "url": "https://example.org/corrected"}
    after = {r["eventId"]: r["eventDate"] for r in run_query(neo4j_graph, "state_profile", {"state": "PRK"})}
    assert after == dict.fromkeys(before, "2025-05-20")
    # The law step ran again: the findings use the corrected date.
    used = {r["eventDate"] for r in run_query(neo4j_graph, "breaches") + run_query(neo4j_graph, "breaches_interpretive")}
    assert used == {"2025-05-20"}


@pytest.mark.neo4j
def test_a_corrected_date_before_the_regime_takes_its_findings_away(kg_env, neo4j_graph, tmp_path) -> None:
    """Re-dating an undated article to before resolution 1718 (14 October 2006) leaves its events outside every
    paragraph's window: the law step removes their assessments; dating it back restores them."""
    path, data = _sample(tmp_path)
    path.write_text(json.dumps(data))
    _import_json(path)
    findings = {r["eventId"] for r in run_query(neo4j_graph, "breaches")}
    assert findings, "the sample's events are breaches when dated by the article"
    path.write_text(json.dumps({**data, "document": {**data["document"], "published": "2005-03-01"}}))
    _import_json(path)
    assert run_query(neo4j_graph, "breaches") == [] and run_query(neo4j_graph, "breaches_interpretive") == []
    path.write_text(json.dumps(data))
    _import_json(path)
    assert {r["eventId"] for r in run_query(neo4j_graph, "breaches")} == findings


@pytest.mark.neo4j
def test_a_removed_publisher_is_removed_and_an_unchanged_reimport_writes_nothing(kg_env, neo4j_graph,
                                                                                  tmp_path) -> None:
    path, data = _sample(tmp_path)
    path.write_text(json.dumps(data))
    _import_json(path)
    data["document"]["publisher"] = None
    path.write_text(json.dumps(data))
    assert _import_json(path)["articles_unchanged"] == 0
    assert _article(neo4j_graph)["publisher"] is None
    same = _import_json(path)
    assert same["articles_unchanged"] == 1 and same["properties_set"] == 0


def test_extract_publisher_and_url_override_the_header(tmp_path) -> None:
    article = REPO / "samples" / "articles" / "msmt-first-report.txt"
    result = runner.invoke(app, ["extract", str(article), "--publisher", "Desk Review", "--url",
                                 "https://example.org/desk"])
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)["document"]
    assert document["publisher"] == "Desk Review" and document["url"] == "https://example.org/desk"
    plain = json.loads(runner.invoke(app, ["extract", str(article)]).stdout)["document"]
    assert plain["publisher"] != "Desk Review"
    assert {k: v for k, v in plain.items() if k not in ("publisher", "url")} == {
        k: v for k, v in document.items() if k not in ("publisher", "url")}
