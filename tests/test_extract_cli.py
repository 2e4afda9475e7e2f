"""`kg extract`: success, several files, --out, YAML, overrides, and every failure path (exit code 4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from kg.cli import app

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
WIRE = ARTICLES / "wire-iran-missiles-russia.txt"
SYRIA = ARTICLES / "syria-russia-jets.txt"


def run(*args: str):
    return CliRunner().invoke(app, ["extract", *args])


def test_one_article_prints_one_json_object() -> None:
    result = run(str(WIRE), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"document", "facts"}
    assert data["document"]["published"] == "2024-09-11"
    assert data["document"]["url"] == "https://example.org/wire/2024/09/iran-missiles-russia"
    assert {(f["kind"], f["from"], f["to"]) for f in data["facts"]} >= {("arms_transfer", "IRN", "RUS")}
    assert result.stderr == ""


def test_several_articles_print_json_lines() -> None:
    result = run(str(WIRE), str(SYRIA))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["document"]["title"][:6] for line in lines] == ["Iran s", "Russia"]


def test_out_writes_one_file_per_article(tmp_path: Path) -> None:
    result = run(str(WIRE), str(SYRIA), "--out", str(tmp_path / "facts"))
    assert result.exit_code == 0
    assert result.stdout == ""
    written = sorted(p.name for p in (tmp_path / "facts").iterdir())
    assert written == ["syria-russia-jets.json", "wire-iran-missiles-russia.json"]
    assert f"Wrote {tmp_path / 'facts' / 'syria-russia-jets.json'}" in result.stderr


def test_yaml_format(tmp_path: Path) -> None:
    result = run(str(SYRIA), "--format", "yaml")
    assert result.exit_code == 0
    data = yaml.safe_load(result.stdout)
    assert data["facts"][0]["from"] == "RUS" and data["facts"][0]["to"] == "SYR"
    result = run(str(SYRIA), "--format", "yaml", "--out", str(tmp_path))
    assert (tmp_path / "syria-russia-jets.yaml").exists()


def test_published_and_title_override_the_header() -> None:
    result = run(str(SYRIA), "--published", "2021-02-03", "--title", "Another title")
    document = json.loads(result.stdout)["document"]
    assert (document["title"], document["published"]) == ("Another title", "2021-02-03")


def test_missing_file() -> None:
    result = run("/nonexistent/article.txt")
    assert result.exit_code == 4
    assert result.stdout == ""
    assert result.stderr == "Error: /nonexistent/article.txt: no such file\nHint: Check the path of the article.\n"


def test_non_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Titre\n\nLa Corée du Nord a livré des obus.".encode("latin-1"))
    result = run(str(path))
    assert result.exit_code == 4
    assert result.stderr == (f"Error: {path}: is not UTF-8 text (invalid byte at offset 13)\n"
                             "Hint: Convert it to UTF-8, e.g. `iconv -f latin1 -t utf-8`.\n")


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7\n\x00\x01\x02\x03")
    result = run(str(path))
    assert result.exit_code == 4
    assert result.stderr == (f"Error: {path}: is a binary file, not article text\n"
                             "Hint: Give a plain-text article (UTF-8); convert PDFs or word-processor files first.\n")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("\n \n", encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == 4
    assert result.stderr == f"Error: {path}: is empty\nHint: Give an article with a title line and body text.\n"


def test_one_bad_file_stops_before_any_output(tmp_path: Path) -> None:
    result = run(str(WIRE), str(tmp_path / "missing.txt"), "--out", str(tmp_path / "facts"))
    assert result.exit_code == 4
    assert result.stdout == ""
    assert not (tmp_path / "facts").exists()


def test_bad_date_option() -> None:
    result = run(str(WIRE), "--published", "someday")
    assert result.exit_code == 4
    assert result.stderr == (f"Error: {WIRE}: the publication date 'someday' is not a date\n"
                             "Hint: Give a date such as 2025-06-20 or '20 Jun. 2025'.\n")


def test_help_documents_json_lines() -> None:
    result = CliRunner().invoke(app, ["extract", "--help"])
    assert result.exit_code == 0
    assert "JSON lines" in result.stdout and "--out" in result.stdout


PARTY_ARTICLE = """Armed groups and contractors find foreign suppliers
Published: 2024-03-02

Iran supplied the Houthis with 20 cruise missiles in January 2024, a monitoring group said.

North Korea delivered 5,000 artillery shells to the Wagner Group last year, officials said.
"""


@pytest.mark.neo4j
def test_extracted_parties_load_with_kg_import(kg_env, neo4j_graph, tmp_path) -> None:
    article = tmp_path / "parties.txt"
    article.write_text(PARTY_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = run(str(article), "--format", "json", "--out", str(out))
    assert result.exit_code == 0, result.output
    out = out / "parties.json"
    facts = json.loads(out.read_text(encoding="utf-8"))["facts"]
    assert {(f["from"], f["to"], f["to_party"]) for f in facts} == {("IRN", "YEM", "houthis"),
                                                                    ("PRK", "RUS", "wagner-group")}
    loaded = CliRunner().invoke(app, ["import", "--json", str(out)])
    assert loaded.exit_code == 0, loaded.output
    records, _, _ = neo4j_graph.driver.execute_query(
        "MATCH (e:Event)-[:RECIPIENT_PARTY]->(p:Party) RETURN p.id AS id ORDER BY id", database_=neo4j_graph.database)
    assert [r["id"] for r in records] == ["houthis", "wagner-group"]
