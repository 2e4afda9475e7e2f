"""`kg query`: listing, the three output formats, typed parameters, every failure path, and read mode."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import store
from kg.cli import app
from kg.queries import canned_queries
from kg.cypher import parse_cypher_file
from kg.errors import StoreError
from kg.ingest import import_articles, prepare_articles

REPO = Path(__file__).resolve().parent.parent
SAMPLES = sorted((REPO / "samples" / "facts").glob("*.json"))
runner = CliRunner()


@pytest.fixture()
def sample_env(kg_env, neo4j_graph):
    import_articles(neo4j_graph, prepare_articles(SAMPLES))
    return kg_env


def test_list_names_every_canned_query_with_its_parameters() -> None:
    result = runner.invoke(app, ["query", "list"])
    assert result.exit_code == 0, result.stderr
    for name, query in canned_queries().items():
        assert f"{name}\n  {query.description}\n" in result.stdout
    assert '  params: regime=null, since="1900-01-01", limit=500\n' in result.stdout
    assert 'params: event="f5e6f0ac0893c101"' in result.stdout


def test_unknown_query_names_the_known_ones() -> None:
    result = runner.invoke(app, ["query", "write_events"])
    assert result.exit_code == 2
    known = ", ".join(canned_queries())
    assert result.stderr == f"Error: no canned query named 'write_events'\nHint: Known queries: {known}.\n"


def test_unknown_parameter_is_refused() -> None:
    result = runner.invoke(app, ["query", "breaches", "--param", "state=PRK"])
    assert result.exit_code == 2
    assert result.stderr == ("Error: query 'breaches' has no parameter 'state'\n"
                             "Hint: Its parameters: regime, since, limit.\n")


@pytest.mark.parametrize(("pair", "message"), [
    ("limit=ten", "Error: query 'breaches': parameter 'limit' must be an int, not 'ten' "
                  "(invalid literal for int() with base 10: 'ten')\n"),
    ("limit=-1", "Error: query 'breaches': parameter 'limit' must be an int, not '-1' (outside its bounds 1..)\n"),
    ("limit=0", "Error: query 'breaches': parameter 'limit' must be an int, not '0' (outside its bounds 1..)\n"),
    ("since=June 2024", "Error: query 'breaches': parameter 'since' must be a date, not 'June 2024' "
                        "('June 2024' is not an ISO 8601 date such as 2024, 2024-11 or 2024-11-05)\n"),
    ("since=2024-13-01", "Error: query 'breaches': parameter 'since' must be a date, not '2024-13-01' "
                         "('2024-13-01' is not an ISO 8601 date such as 2024, 2024-11 or 2024-11-05)\n"),
])
def test_bad_values_are_refused_by_type(pair: str, message: str) -> None:
    result = runner.invoke(app, ["query", "breaches", "--param", pair])
    assert result.exit_code == 2
    assert result.stderr == message + "Hint: Write `--param name=value`; `null` clears an optional one.\n"


def test_a_param_without_equals_is_refused() -> None:
    result = runner.invoke(app, ["query", "breaches", "-p", "limit"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --param 'limit' is not key=value\n")


def test_unreachable_server_exits_5(monkeypatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:9")
    monkeypatch.setenv("NEO4J_PASSWORD", "whatever-it-is")
    result = runner.invoke(app, ["query", "breaches"])
    assert result.exit_code == 5
    assert result.stderr.startswith("Error: Neo4j is not reachable at bolt://127.0.0.1:9 (NEO4J_URI)")


@pytest.mark.neo4j
def test_json_is_one_array_and_jsonl_one_row_per_line(sample_env) -> None:
    result = runner.invoke(app, ["query", "breaches", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert isinstance(rows, list) and len(rows) == 4 and rows[0]["eventDate"] == "2025-06-02"
    assert result.stderr == "4 row(s) from breaches.\n"
    lines = runner.invoke(app, ["query", "breaches", "--format", "jsonl"]).stdout.splitlines()
    assert [json.loads(line) for line in lines] == rows


@pytest.mark.neo4j
def test_typed_params_reach_the_query(sample_env) -> None:
    result = runner.invoke(app, ["query", "breaches", "-p", "since=2025-06-10", "-p", "limit=1", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    [row] = json.loads(result.stdout)
    assert row["category"] == "uav"
    result = runner.invoke(app, ["query", "state_profile", "-p", "state=RUS", "-p", "regime=x"])
    assert result.exit_code == 2


@pytest.mark.neo4j
def test_csv_has_a_header_and_nested_values_as_json(sample_env) -> None:
    result = runner.invoke(app, ["query", "evidence", "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["value"] for r in rows] == ["9000000", "12000000"]
    result = runner.invoke(app, ["query", "breaches", "--format", "csv"])
    paragraphs = [json.loads(row["paragraphs"]) for row in csv.DictReader(io.StringIO(result.stdout))]
    assert ["S/RES/1874 (2009) para 9"] in paragraphs


@pytest.mark.neo4j
def test_table_shows_the_paragraphs(sample_env) -> None:
    result = runner.invoke(app, ["query", "breaches"])
    assert result.exit_code == 0, result.stderr
    assert "S/RES/1874 (2009) para 10" in result.stdout and "Pantsir air-defence system" in result.stdout
    result = runner.invoke(app, ["query", "reciprocal_flows", "-p", "state=USA"])
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.startswith("0 row(s) from reciprocal_flows.\nNote: state='USA' is not a known state")


EMPTY = [
    (["state_profile", "-p", "state=prk"],
     "Note: state='prk' is not a state code in the graph; codes are upper case (ISO 3166-1 alpha-3): "
     "try --param state=PRK.\n"),
    (["state_profile", "-p", "state=XXX"], "Note: state='XXX' is not a known state in the graph; give an ISO"),
    (["evidence", "-p", "event=deadbeef"], "Note: event='deadbeef' is not an event id in the graph; event ids are"),
    (["breaches", "-p", "regime=nowhere"], "Note: regime='nowhere' is not a sanctions regime in the graph; "
                                           "known regimes: "),
    (["breaches", "-p", "since=2999-01-01"], "Note: every parameter names something in the graph, but nothing"),
]


@pytest.mark.neo4j
def test_empty_answers_say_why_on_stderr(sample_env) -> None:
    for args, message in EMPTY:
        for fmt in ("table", "json"):
            result = runner.invoke(app, ["query", *args, "--format", fmt])
            assert result.exit_code == 0, (args, result.stderr)
            assert result.stdout == ("[]\n" if fmt == "json" else ""), args
            assert result.stderr.startswith(f"0 row(s) from {args[0]}.\n"), args
            assert message in result.stderr, (args, result.stderr)


@pytest.mark.neo4j
def test_a_write_smuggled_into_a_read_query_is_refused(neo4j_graph, tmp_path) -> None:
    path = tmp_path / "sneaky.cypher"
    path.write_text("// name: sneaky\n// description: pretends to read\n// params: name (string = \"x\")\n"
                    "// mode: read\nCREATE (:State {code: $name}) RETURN 1 AS one\n", encoding="utf-8")
    before = store.count_graph(neo4j_graph)
    with pytest.raises(StoreError, match="query 'sneaky' failed"):
        store.run_cypher(neo4j_graph, parse_cypher_file(path), {"name": "XXX"})
    assert store.count_graph(neo4j_graph) == before


def test_header_bounds_are_read_and_checked(tmp_path) -> None:
    from kg.cypher import parse_cypher_file
    from kg.errors import ConfigError

    def header(params: str) -> Path:
        path = tmp_path / "q.cypher"
        path.write_text(f"// name: q\n// description: d\n// params: {params}\n// mode: read\nRETURN 1\n")
        return path

    share, limit = parse_cypher_file(header("share (float 0..1 = 0.5), limit (int 1.. = 5)")).params
    assert (share.low, share.high, limit.low, limit.high) == (0, 1, 1, None)
    assert share.out_of_bounds(1.5) == "outside its bounds 0..1" and share.out_of_bounds(1.0) is None
    assert limit.out_of_bounds(0) == "outside its bounds 1.." and limit.out_of_bounds(10**12) is None
    for bad, message in [("name (string 1.. = \"x\")", "has bounds but is a string"),
                         ("limit (int 1.. = 0)", "default of 'limit' is outside its bounds 1..")]:
        with pytest.raises(ConfigError, match=message):
            parse_cypher_file(header(bad))
