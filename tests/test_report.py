"""`kg report`: the dossier's content in Markdown and HTML, escaping, and the command on the sample graph."""

from __future__ import annotations

import html
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.ingest import import_articles, prepare_articles
from kg.report import About, render_report

REPO = Path(__file__).resolve().parent.parent
SAMPLES = sorted((REPO / "samples" / "facts").glob("*.json"))
runner = CliRunner()

HOSTILE = "<script>alert('x')</script> & \"quotes\""
BREACH = {
    "tier": "breach", "eventId": "e1", "kind": "arms_transfer", "stage": "occurred", "supplier": "PRK",
    "recipient": "RUS", "items": ["artillery shells"], "category": "ammunition", "eventDate": "2025-06-02",
    "datedBy": "article publication", "paragraphs": ["S/RES/1874 (2009) para 9", "S/RES/2270 (2016) para 6"], "articles": 2,
    "origins": ["HUR", "MSMT"],
    "readings": [{"paragraph": "S/RES/1874 (2009) para 9", "tier": "breach", "verified": False,
                  "reason": "artillery shells: all arms and related materiel"},
                 {"paragraph": "S/RES/2270 (2016) para 6", "tier": "breach",
                  "reason": "artillery shells: all arms and related materiel"}],
    "quantities": [
        {"value": 9000000, "unit": "rounds", "qualifier": "more-than", "attributedTo": "MSMT", "article": "A",
         "publisher": "Wire A", "published": "2025-06-02"},
        {"value": 12000000, "unit": "rounds", "qualifier": "approximately", "attributedTo": "HUR",
         "article": HOSTILE, "publisher": "Wire B", "published": "2025-07-15", "url": "javascript:alert(1)"}],
    "evidence": ["s1", HOSTILE],
}
SINGLE = {**BREACH, "eventId": "e2", "articles": 2, "origins": ["MSMT"], "category": "artillery", "items": ["guns"], "quantities": [],
          "stage": "intended", "datedBy": "claim period", "eventDate": "2024-01-01"}
TROOPS = {"tier": "interpretive", "eventId": "t1", "kind": "troop_deployment", "stage": "occurred",
          "supplier": "PRK", "recipient": "RUS", "items": ["troops"], "category": None, "eventDate": "2023-09-01",
          "datedBy": "claim period", "paragraphs": ["S/RES/2397 (2017) para 8"], "attributions": ["NIS"],
          "readings": [{"paragraph": "S/RES/2397 (2017) para 8", "tier": "interpretive", "reading": "untested"}],
          "quantities": [], "articles": 1, "origins": ["NIS"], "evidence": ["q"]}
EVIDENCE = {"e1": [{"evidence": "s1", "attributedTo": "MSMT", "article": "A", "publisher": "Wire A",
                    "published": "2025-06-02", "url": "https://wire-a.example/story?id=1"},
                   {"evidence": HOSTILE, "attributedTo": "HUR", "article": HOSTILE, "publisher": "Wire B",
                    "published": "2025-07-15"}]}
ABOUT = About("2026-12-01 10:00 UTC", nodes=120, relationships=340, articles=1, claims=12, events=3)


def test_markdown_has_finding_paragraphs_numbers_quotes_and_warnings() -> None:
    text = render_report("md", [BREACH, SINGLE], [TROOPS], EVIDENCE, ABOUT)
    assert text.startswith("# Breach dossier: sanctions findings from the knowledge graph\n\nGenerated 2026-12-01 "
                           "10:00 UTC from a graph of 1 article, 12 claims and 3 events (120 nodes, 340 "
                           "relationships).\n")
    summary = text.split("## Summary\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert summary == [
        "| # | Finding | States | Paragraphs | Tier | Sources | Date |", "|---|---|---|---|---|---|---|",
        "| 1 | supplied ammunition | PRK \u2192 RUS | S/RES/1874 (2009) para 9; S/RES/2270 (2016) para 6 | breach | "
        "2 articles, 2 originating sources | 2025-06-02 (article date) |",
        "| 2 | agreed or planned to supply artillery | PRK \u2192 RUS | S/RES/1874 (2009) para 9; S/RES/2270 (2016) "
        "para 6 | intended (not a completed breach) | 2 articles, 1 originating source | 2024-01-01 |",
        "| I1 | deployed troops | PRK \u2192 RUS | S/RES/2397 (2017) para 8 | interpretive | 1 article, 1 originating "
        "source | 2023-09-01 |"]
    assert text.index("## Summary") < text.index("## Findings (2)")
    assert ("The Panel-style finding: PRK supplied artillery shells (ammunition) to RUS (event dated 2025-06-02 by "
            "article publication (no claim gives a date)), in breach of S/RES/1874 (2009) para 9 and S/RES/2270 "
            "(2016) para 6.") in text
    # Paragraphs read for the same reason share one line: the item list is not repeated per paragraph.
    assert ("- S/RES/1874 (2009) para 9 (paragraph number provisional) and S/RES/2270 (2016) para 6: artillery "
            "shells: all arms and related materiel\n") in text
    assert text.count("artillery shells: all arms") == 2  # once per finding (the two share the readings)
    # Links: an http(s) address becomes a Markdown link; a javascript: one stays plain text.
    assert "> \u2014 MSMT, as reported in [\u201cA\u201d](https://wire-a.example/story?id=1) (Wire A, 2025-06-02)" in text
    assert "javascript:" not in text
    assert "Dating: no claim gives a date; dated by its earliest article (2025-06-02)" in text
    assert "- more than 9,000,000 rounds: according to MSMT, in \u201cA\u201d (Wire A, 2025-06-02)" in text
    assert "Corroboration: 2 independent originating sources (2 articles, 2 originating sources: HUR and MSMT)." in text
    assert "one originating source (2 articles, 1 originating source: MSMT)" in text
    assert "Conflicting numbers: the sources disagree (more than 9,000,000 rounds per MSMT; about 12,000,000 " \
           "rounds per HUR)." in text
    assert ("PRK agreed or planned to supply guns (artillery) to RUS (event dated 2024-01-01 by its claims' period), "
            "which, if carried out, would fall within S/RES/1874 (2009) para 9 and S/RES/2270 (2016) para 6; agreed or planned, this is not a "
            "completed breach.") in text
    assert text.count("Single-source warning") == 2  # the second breach and the troop deployment
    interpretive = text.split("## Interpretive tier (1)", 1)[1]
    assert "### I1. PRK -> RUS troop deployment (event t1)" in interpretive
    assert "Characterised by NIS" in interpretive and "- S/RES/2397 (2017) para 8: untested" in interpretive
    assert "The Panel-style finding" not in interpretive


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_html_escapes_everything_from_the_graph() -> None:
    page = render_report("html", [BREACH], [TROOPS], EVIDENCE, ABOUT)
    assert "<script>" not in page and html.escape(HOSTILE) in page
    parsed = _Collector()
    parsed.feed(page)
    assert "script" not in parsed.tags and {"section", "blockquote", "h1", "h2", "h3"} <= set(parsed.tags)
    assert HOSTILE in "".join(parsed.text)
    assert '<a href="https://wire-a.example/story?id=1">' in page and "javascript:" not in page
    assert '<a href="#finding-1">1</a>' in page and 'id="finding-1"' in page and 'id="finding-I1"' in page
    assert "@media print" in page and "<thead>" in page


def test_an_empty_graph_gives_an_empty_dossier() -> None:
    text = render_report("md", [], [], {}, About("2026-12-01 10:00 UTC"))
    assert "## Findings (0)" in text and "## Interpretive tier (0)" in text
    assert "from a graph of 0 articles, 0 claims and 0 events (0 nodes, 0 relationships)" in text
    assert "No findings: the law step found no event within a binding paragraph" in text


@pytest.mark.neo4j
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_report_command_writes_the_sample_dossier(kg_env, neo4j_graph, tmp_path, fmt: str) -> None:
    import_articles(neo4j_graph, prepare_articles(SAMPLES))
    out = tmp_path / f"dossier.{fmt}"
    result = runner.invoke(app, ["report", "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"Wrote 4 findings and 8 interpretive entries to {out}.\n"
    text = out.read_text(encoding="utf-8")
    for expected in ("S/RES/1874 (2009) para 10", "Pantsir air-defence system", "about 12,000,000 rounds",
                     "Seoul spy agency counts some 14,000 North Korean soldiers sent to Russia"):
        assert html.escape(expected, quote=True) in text if fmt == "html" else expected in text


@pytest.mark.neo4j
def test_report_to_stdout_and_unwritable_out(kg_env, tmp_path) -> None:
    result = runner.invoke(app, ["report"])
    assert result.exit_code == 0 and result.stdout.startswith("# Breach dossier")
    result = runner.invoke(app, ["report", "--out", str(tmp_path / "missing" / "x.md")])
    assert result.exit_code == 4
    assert result.stderr.startswith(f"Error: cannot write the report to {tmp_path / 'missing' / 'x.md'}:")
