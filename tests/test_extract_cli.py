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


def test_several_articles_print_one_json_array() -> None:
    result = run(str(WIRE), str(SYRIA))
    assert result.exit_code == 0
    documents = json.loads(result.stdout)
    assert isinstance(documents, list)
    assert [d["document"]["title"][:6] for d in documents] == ["Iran s", "Russia"]


def test_jsonl_prints_one_object_per_line() -> None:
    result = run(str(WIRE), str(SYRIA), "--format", "jsonl")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert [json.loads(line) for line in lines] == json.loads(run(str(WIRE), str(SYRIA)).stdout)
    one = run(str(WIRE), "--format", "jsonl").stdout
    assert one.count("\n") == 1 and json.loads(one)["document"]["published"] == "2024-09-11"


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
    path = tmp_path / "report.bin"
    path.write_bytes(b"data\n\x00\x01\x02\x03")
    result = run(str(path))
    assert result.exit_code == 4
    assert result.stderr == (f"Error: {path}: is a binary file, not article text\n"
                             "Hint: Give a plain-text article (UTF-8); convert PDFs or word-processor files first.\n")


SIGNED = [
    ("plain-text PDF", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n", "is a PDF document", "pdftotext"),
    ("docx", b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "is a zip archive", "plain text"),
    ("ELF", b"\x7fELF\x02\x01\x01\x00", "is an executable (ELF)", "text file"),
    ("PNG", b"\x89PNG\r\n\x1a\n\x00\x00", "is a PNG image", "OCR"),
    ("GIF", b"GIF89a\x01\x00", "is a GIF image", "OCR"),
    ("JPEG", b"\xff\xd8\xff\xe0\x00\x10JFIF", "is a JPEG image", "OCR"),
    ("OLE", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "is an OLE document", "plain text"),
]


@pytest.mark.parametrize(("case", "data", "message", "hint"), SIGNED, ids=[c[0] for c in SIGNED])
def test_binary_formats_renamed_txt_are_refused_by_name(tmp_path: Path, case, data, message, hint) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    result = run(str(path))
    assert result.exit_code == 4 and result.stdout == ""
    assert result.stderr.startswith(f"Error: {path}: {message}") and ", not text (it starts with" in result.stderr
    assert hint in result.stderr.split("Hint:", 1)[1]


@pytest.mark.parametrize("text", ["Title only\n", "Sanctions\nPRK RUS 2024\n12 34 56\n", "Attachment 1.\nSee p. 4.\n"])
def test_text_without_a_sentence_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == 4
    assert result.stderr == (f"Error: {path}: holds no sentence, so it is not article text\n"
                             "Hint: Give the article as plain text: a title line, then its body in sentences.\n")


def test_a_short_article_with_one_sentence_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text("Shells\n\nNorth Korea sent shells to Russia.\n", encoding="utf-8")
    assert run(str(path)).exit_code == 0


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


@pytest.mark.parametrize("value", ["someday", "2025-02-30", "0000", "2025-13"])
def test_bad_date_option_is_a_usage_error(value: str) -> None:
    result = run(str(WIRE), "--published", value)
    assert result.exit_code == 2
    assert "--published" in result.stderr and "is not a real date" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


@pytest.mark.parametrize(("header", "message"), [("2025-02-30", "is not a real calendar day"),
                                                  ("0000-01-01", "has the year 0000")])
def test_impossible_header_date_is_an_input_error(tmp_path: Path, header: str, message: str) -> None:
    path = tmp_path / "article.txt"
    path.write_text(f"A title\nPublished: {header}\n\nRussia delivered 5 missiles to North Korea.\n")
    result = run(str(path))
    assert result.exit_code == 4
    assert result.stderr.startswith(f"Error: {path}: header, field published: Value error, '{header}' {message}")


def test_help_documents_the_json_array_and_jsonl() -> None:
    result = CliRunner().invoke(app, ["extract", "--help"])
    assert result.exit_code == 0
    assert "ONE JSON array" in result.stdout and "jsonl" in result.stdout and "--out" in result.stdout


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
