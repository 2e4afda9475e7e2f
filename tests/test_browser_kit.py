"""The Neo4j Browser kit stays true: the favourites match the canned queries, the style sheet styles every label
of the graph model, and events carry the caption it shows."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from kg.ingest import import_articles, prepare_articles

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "browser"))
import build_guide  # noqa: E402

LABELS = ("State", "Event", "ArmsTransfer", "TroopDeployment", "TechnologyTransfer", "Agreement", "Claim", "Article",
          "Organization", "Party", "SanctionsRegime", "Resolution", "Paragraph")


def test_committed_favourites_are_up_to_date() -> None:
    wanted = build_guide.favorites()
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in (REPO / "browser" / "favorites").glob("*.cypher")}
    assert on_disk == wanted, "run `.venv/bin/python browser/build_guide.py` and commit browser/favorites/"


def test_every_favourite_sets_each_param_before_its_statement() -> None:
    for name, text in build_guide.favorites().items():
        lines = text.splitlines()
        assert lines[0] == f"// kg: {name.removesuffix('.cypher')}"
        params = [line for line in lines if line.startswith(":param ")]
        used = set(re.findall(r"\$([A-Za-z_]\w*)", text))
        assert {re.match(r":param (\w+) =>", p)[1] for p in params} == used


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
