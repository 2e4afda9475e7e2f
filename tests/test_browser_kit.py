"""The Neo4j Browser kit stays true: the guide matches the canned queries and the style sheet, the style sheet
styles every label of the graph model, and events carry the caption it shows."""

from __future__ import annotations

import html
import re
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml

from kg.ingest import import_articles, prepare_articles
from kg.queries import canned_queries
from kg.server import guide, local

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "browser"))
import build_guide  # noqa: E402

LABELS = ("State", "Event", "ArmsTransfer", "TroopDeployment", "TechnologyTransfer", "Agreement", "Claim", "Article",
          "Organization", "Party", "SanctionsRegime", "Resolution", "Paragraph")


def test_committed_guide_is_up_to_date() -> None:
    on_disk = (REPO / "browser" / "kg-guide.html").read_text(encoding="utf-8")
    assert on_disk == build_guide.guide(), \
        "run `.venv/bin/python browser/build_guide.py` and commit browser/kg-guide.html"


def _slides() -> list[tuple[str, list[str]]]:
    """(heading, texts of the runnable blocks) of each slide, as Neo4j Browser reads them (`<slide>`,
    `pre.runnable`)."""
    page = (REPO / "browser" / "kg-guide.html").read_text(encoding="utf-8")
    found = []
    for slide in re.findall(r"<slide[^>]*>(.*?)</slide>", page, re.S):
        heading = re.search(r"<h3>(.*?)</h3>", slide)[1]
        blocks = re.findall(r'<pre class="pre-scrollable code runnable">(.*?)</pre>', slide, re.S)
        found.append((heading, [html.unescape(block) for block in blocks]))
    return found


def test_guide_has_the_style_sheet_then_one_slide_per_canned_query() -> None:
    slides = _slides()
    grass = (REPO / "browser" / "kg.grass").read_text(encoding="utf-8")
    assert slides[0] == ("Style sheet", [":style\n" + grass.strip()])
    assert [heading for heading, _ in slides[1:]] == list(canned_queries())


def test_each_query_slide_sets_every_param_then_runs_the_statement() -> None:
    queries = canned_queries()
    for name, blocks in _slides()[1:]:
        query = queries[name]
        params = blocks[0].splitlines() if query.params else []
        assert blocks == ([blocks[0]] if params else []) + [query.statements[0] + ";"], name
        assert params == query.browser_params(), name
        assert {re.match(r":param (\w+) =>", p)[1] for p in params} == query.used_params(), name


def test_style_sheet_gives_every_label_a_colour_and_a_caption() -> None:
    grass = (REPO / "browser" / "kg.grass").read_text(encoding="utf-8")
    rules = dict(re.findall(r"node\.(\w+) \{\n(.*?)\n\}", grass, re.S))
    assert set(LABELS) <= set(rules)
    for label in LABELS:
        assert re.search(r"color: #[0-9A-F]{6};", rules[label]) and "caption:" in rules[label], label
    for label in ("Event", "ArmsTransfer", "TroopDeployment", "TechnologyTransfer", "Agreement"):
        assert 'caption: "{caption}";' in rules[label]


@pytest.mark.neo4j
def test_events_carry_a_readable_caption(neo4j_graph) -> None:
    import_articles(neo4j_graph, prepare_articles(sorted((REPO / "samples/facts").glob("*.json"))))
    with neo4j_graph.session() as session:
        captions = {r["caption"] for r in session.run("MATCH (e:Event) RETURN e.caption AS caption")}
    assert {"PRK -> RUS ammunition", "RUS -> PRK air-defence-system", "PRK -> RUS troop_deployment"} <= captions


def test_compose_file_gives_browser_the_same_guide_settings_as_the_local_server() -> None:
    environment = yaml.safe_load((REPO / "docker-compose.yml").read_text())["services"]["neo4j"]["environment"]
    for name, value in guide.browser_settings(guide.GUIDE_PORT).items():
        variable = "NEO4J_" + name.replace("_", "__").replace(".", "_")
        assert environment[variable] == value


def test_guide_server_serves_the_guide_with_cors_and_nothing_else(tmp_path) -> None:
    port = guide.start_guide(tmp_path, local.free_port(27480))
    try:
        assert guide.start_guide(tmp_path) == port  # a second start reuses it
        url = guide.guide_url(port)
        preflight = urllib.request.Request(url, method="OPTIONS", headers={
            "Origin": "http://127.0.0.1:7474", "Access-Control-Request-Headers": "pragma,cache-control"})
        with urllib.request.urlopen(preflight) as response:
            assert response.headers["Access-Control-Allow-Origin"] == "*"
            assert response.headers["Access-Control-Allow-Headers"] == "pragma,cache-control"
        with urllib.request.urlopen(url) as response:
            assert response.headers["Access-Control-Allow-Origin"] == "*"
            assert response.read().decode() == (REPO / "browser" / "kg-guide.html").read_text(encoding="utf-8")
        with pytest.raises(urllib.error.HTTPError, match="404"):
            urllib.request.urlopen(url.replace("kg-guide.html", "pyproject.toml"))
    finally:
        guide.stop_guide(tmp_path)
    assert guide.running_guide(tmp_path) is None
