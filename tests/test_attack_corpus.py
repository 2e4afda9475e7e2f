"""Hostile and careless inputs (issue 15), generated here, never committed as files: each must end in a clean error
(its exit code, a message naming the input, no traceback), within a time budget, with the graph unchanged (node
and relationship counts and a hash of the N-Triples export). Run with `-s` to see the figures.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
from typer.testing import CliRunner

from kg import store
from kg.cli import app

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
BUDGET_SECONDS = 60  # per input; a hang is an input that is still running after it
runner = CliRunner()
KG = "https://w3id.org/kg-sanctions/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"

FACT = {"kind": "arms_transfer", "from": "RUS", "to": "PRK", "category": "missile", "item": "missiles",
        "quantity": {"value": 5, "unit": None, "qualifier": "exact"}, "period": {"start": "2024", "end": None},
        "status": "delivered", "attributed_to": None,
        "evidence": {"text": "Russia delivered 5 missiles.", "start": 10, "end": 38}}
DOCUMENT = {"title": "A title", "published": "2025-06-20", "publisher": None, "url": None, "sha256": "ab" * 32}


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], list[str]]  # writes its input under the folder; returns the `kg` arguments
    exit_code: int
    message: str  # a fragment the error must contain (besides naming the input)


def _facts(fact_changes: dict | None = None, document_changes: dict | None = None) -> dict:
    fact, document = copy.deepcopy(FACT), copy.deepcopy(DOCUMENT)
    for target, changes in ((fact, fact_changes or {}), (document, document_changes or {})):
        for dotted, value in changes.items():
            *parents, last = dotted.split(".")
            node = target
            for part in parents:
                node = node[part]
            node[last] = value
    return {"document": document, "facts": [fact]}


def _write(name: str, content: str | bytes, *args: str) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        path = folder / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass"))
        return ["import", str(path), *args]
    return make


def _json(name: str, data: object) -> Callable[[Path], list[str]]:
    return _write(name, json.dumps(data))


def _fact_case(name: str, changes: dict, message: str, document: dict | None = None) -> Case:
    return Case(name, _json(f"{name}.json", _facts(changes, document)), 4, message)


def _special(name: str, build: Callable[[Path], None]) -> Callable[[Path], list[str]]:
    def make(folder: Path) -> list[str]:
        build(folder / name)
        return ["import", str(folder / name)]
    return make


def _sparse(size: int) -> Callable[[Path], None]:
    def build(path: Path) -> None:
        with path.open("wb") as handle:
            handle.truncate(size)
    return build


def _article(title: str = "A title", header: str = "",
             body: str = "Russia delivered 5 missiles to North Korea.") -> str:
    return f"{title}\n{header}\n{body}\n"


def _ttl(body: str) -> str:
    return f"@prefix kg: <{KG}> . @prefix xsd: <{XSD}> .\n{body}\n"


CLAIM = ('<http://x/c> a kg:Claim ; kg:statedIn <http://x/a> ; kg:kind "troop_deployment" ; kg:fromState "PRK" ; '
         'kg:toState "RUS" ; kg:status "deployed" ; kg:evidenceText "abc" ; kg:evidenceEnd 3 ; ')
ARTICLE = f'<http://x/a> a kg:Article ; kg:title "T" ; kg:sha256 "{"cd" * 32}" .'

FACTS_CASES = [
    Case("deep-json", _write("deep.json", "[" * 100_000 + "]" * 100_000), 4, "deeper than kg's limit of 64"),
    Case("deep-json-in-a-field", _write("field.json", json.dumps(_facts()).replace(
        '"item": "missiles"', '"item": ' + "[" * 10_000 + "]" * 10_000)), 4, "deeper than kg's limit"),
    Case("deep-yaml", _write("deep.yaml", "a:\n" + "".join(" " * i + "- \n" for i in range(1, 2000))), 4,
         "nesting deeper than 64 levels"),
    Case("deep-yaml-flow", _write("flow.yaml", "[" * 10_000 + "]" * 10_000), 4, "nesting deeper than 64"),
    Case("yaml-billion-laughs", _write("laughs.yaml", "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(9))), 4,
         "aliases (*name) are not allowed"),
    Case("duplicate-json-keys", _write("dup.json", '{"document": {}, "document": {}, "facts": []}'), 4,
         "the key 'document' appears twice"),
    Case("json-nan", _write("nan.json", json.dumps(_facts()).replace('"value": 5', '"value": NaN')), 4,
         "NaN is not a JSON number"),
    _fact_case("quantity-as-string", {"quantity.value": "5"}, "field quantity.value"),
    _fact_case("quantity-as-boolean", {"quantity.value": True}, "field quantity.value"),
    _fact_case("quantity-subnormal", {"quantity.value": 5e-324}, "is not a quantity between"),
    _fact_case("quantity-absurd", {"quantity.value": 1e12}, "is not a quantity between"),
    _fact_case("offset-as-string", {"evidence.start": "10"}, "field evidence.start"),
    _fact_case("offset-as-boolean", {"evidence.start": False}, "field evidence.start"),
    _fact_case("year-0000", {}, "has the year 0000", {"published": "0000"}),
    _fact_case("period-year-0000", {"period.start": "0000-01"}, "has the year 0000"),
    _fact_case("february-30", {"period.start": "2025-02-30"}, "is not a real calendar day"),
    _fact_case("date-trailing-newline", {}, "is not an ISO 8601 date", {"published": "2025-06-20\n"}),
    _fact_case("state-trailing-newline", {"from": "RUS\n"}, "is not an ISO 3166-1 alpha-3 code"),
    _fact_case("party-trailing-newline", {"from_party": "wagner-group\n"}, "is not a party id"),
    _fact_case("party-as-number", {"to_party": 7}, "field to_party"),
    _fact_case("unknown-party", {"to_party": "no-such-party"}, "field to_party"),
    _fact_case("whitespace-title", {}, "the title is only whitespace", {"title": " \t "}),
    _fact_case("lone-surrogate", {"evidence.text": "Russia delivered 5 missiles\ud83d",
                                  "evidence.end": 38}, "field evidence.text"),
    _fact_case("control-character", {"item": "mis\u0007siles"}, "control character (U+0007)"),
    _fact_case("nul-character", {"item": "mis\u0000siles"}, "control character (U+0000)"),
    Case("yaml-impossible-date", _write("date.yaml", "document: {title: T, published: 2025-02-30, sha256: '"
                                                     + "ab" * 32 + "'}\nfacts: []\n"), 4, "is not a real calendar day"),
    Case("too-many-facts", _json("many.json", {"document": DOCUMENT, "facts": [
        _facts({"evidence.start": i, "evidence.end": i + 28})["facts"][0] for i in range(5001)]}), 4,
         "over kg's limit of 5,000 per article"),
    Case("fifo", _special("fifo.json", lambda path: os.mkfifo(path)), 4, "is not a regular file"),
    Case("symlink-to-dev-zero", _special("zero.json", lambda path: path.symlink_to("/dev/zero")), 4,
         "is not a regular file"),
    Case("folder", _special("folder.json", lambda path: path.mkdir()), 4, "is not a regular file"),
    Case("oversized-facts-file", _special("huge.json", _sparse(65 * 1024 * 1024)), 4, "over kg's limit of 64 MB"),
    Case("malformed-json", _write("broken.json", '{"document": {'), 4, "malformed JSON"),
    Case("binary", _write("blob.json", b"\x00\x01\x02{}"), 4, "is a binary file"),
    Case("latin-1", _write("latin.json", '{"t": "caf\u00e9"}'.encode("latin-1")), 4, "is not UTF-8 text"),
    Case("unknown-kind", _json("kind.json", _facts({"kind": "smuggling"})), 4, "field kind"),
]

ARTICLE_CASES = [
    Case("header-february-30", _write("feb30.txt", _article(header="Published: 2025-02-30")), 4,
         "is not a real calendar day"),
    Case("header-year-0000", _write("y0.txt", _article(header="Published: 0000-01-01")), 4, "has the year 0000"),
    Case("published-option-february-30", _write("opt.txt", _article(), "--published", "2025-02-30"), 2,
         "--published"),
    Case("published-option-year-0000", _write("opt0.txt", _article(), "--published", "0000"), 2, "--published"),
    Case("article-control-character", _write("bell.txt", _article(body="Russia\u0007 delivered 5 missiles.")), 4,
         "control character U+0007"),
    Case("oversized-article", _special("huge.txt", _sparse(5 * 1024 * 1024)), 4, "over kg's limit of 4 MB"),
]

RDF_CASES = [
    Case("rdfxml-billion-laughs", _write("laughs.rdf", '<?xml version="1.0"?>\n<!DOCTYPE l [<!ENTITY a "aaaa">'
                                                       + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">'
                                                                 for p, c in zip("abcdefgh", "bcdefghi"))
                                         + ']>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
                                         '<rdf:Description rdf:about="http://x/s"><rdf:value>&i;</rdf:value>'
                                         '</rdf:Description></rdf:RDF>\n'), 4, "declares a DOCTYPE or an ENTITY"),
    Case("rdfxml-external-entity", _write("xxe.rdf", '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM '
                                                     '"file:///etc/passwd">]>\n<r>&x;</r>\n'), 4, "DOCTYPE"),
    Case("jsonld-http-context", _json("http.jsonld", {"@context": "http://127.0.0.1:9/context.jsonld",
                                                     "@id": "http://x/s"}), 4, "which kg does not fetch"),
    Case("jsonld-file-context", _json("file.jsonld", [{"@context": ["file:///etc/passwd"], "@id": "http://x/s"}]),
         4, "'file:///etc/passwd', which kg does not fetch"),
    Case("jsonld-import", _json("import.jsonld", {"@context": {"@import": "https://example.org/c.jsonld"},
                                                 "@id": "http://x/s"}), 4, "which kg does not fetch"),
    Case("jsonld-deep", _write("deep.jsonld", "[" * 50_000 + "]" * 50_000), 4, "deeper than kg's limit"),
    Case("offset-of-wrong-datatype", _write("offset.ttl", _ttl(ARTICLE + "\n" + CLAIM
                                                              + 'kg:evidenceStart "zero"^^xsd:integer .')), 4,
         "field evidence.start"),
    Case("offset-as-string-literal", _write("offset2.ttl", _ttl(ARTICLE + "\n" + CLAIM + 'kg:evidenceStart "0" .')),
         4, "field evidence.start"),
    Case("two-articles-one-text", _write("twins.ttl", _ttl(ARTICLE + "\n" + ARTICLE.replace("x/a", "x/b"))), 4,
         "holds two articles with the same text"),
    Case("rdf-control-character", _write("bell.ttl", _ttl(ARTICLE.replace('"T"', '"T\\u0007"'))), 4,
         "control character (U+0007)"),
    Case("nt-10mb-literal", _write("big.nt", '<http://x/s> <http://x/p> "' + "x" * 10_000_000 + '" .\n'), 4,
         "holds no kg:Article"),
    Case("turtle-deep-nesting", _write("deep.ttl", _ttl("<http://x/s> <http://x/p> " + "[ <http://x/p> " * 5000
                                                        + "1" + " ]" * 5000 + " .")), 4, "malformed turtle"),
    Case("malformed-nt", _write("broken.nt", "<http://x/s> <http://x/p> .\n"), 4, "malformed nt"),
]

PARAMETER_CASES = [
    Case("param-int-overflow", lambda _: ["query", "breaches", "--param", "limit=99999999999999999999"], 2, "limit"),
    Case("param-february-30", lambda _: ["query", "breaches", "--param", "since=2025-02-30"], 2, "since"),
    Case("param-year-0000", lambda _: ["query", "breaches", "--param", "since=0000"], 2, "since"),
    Case("param-negative-limit", lambda _: ["query", "breaches", "--param", "limit=-1"], 2, "outside its bounds"),
    Case("param-float-inf", lambda _: ["query", "breaches", "--param", "limit=1e999"], 2, "limit"),
    Case("param-garbage", lambda _: ["query", "breaches", "--param", "limit=" + "[" * 10_000], 2, "limit"),
    Case("articles-per-transaction-overflow", lambda folder: [
        "import", "--articles-per-transaction", "99999999999999999999",
        str(SAMPLES / "facts" / "msmt-first-report.json")],
         2, "--articles-per-transaction"),
    Case("export-since-year-0000", lambda _: ["export", "--format", "nt", "--since", "0000-01-01"], 2, "--since"),
    Case("extract-published-february-30", lambda _: ["extract", str(SAMPLES / "articles" / "msmt-first-report.txt"),
                                                     "--published", "2025-02-30"], 2, "--published"),
]

REVIEWED_CASES = [
    Case("article-text-over-reviewed-claims", lambda _: ["import", str(SAMPLES / "articles" / "nis-troop-batches.txt")],
         4, "holds reviewed claims of the same article text"),
]

CASES = FACTS_CASES + ARTICLE_CASES + RDF_CASES + PARAMETER_CASES + REVIEWED_CASES


class _Hang(Exception):
    pass


def _on_alarm(signum, frame):  # noqa: ANN001
    raise _Hang()


def _fingerprint(settings) -> tuple[int, int, str]:
    with store.connect(settings) as graph:
        nodes, relationships = store.count_graph(graph)
    result = runner.invoke(app, ["export", "--format", "nt"])
    assert result.exit_code == 0, result.output
    lines = sorted(line for line in result.stdout.splitlines() if line.strip())
    return nodes, relationships, hashlib.sha256("\n".join(lines).encode()).hexdigest()


def _run(case: Case, folder: Path) -> dict:
    folder.mkdir()
    args = case.make(folder)
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, BUDGET_SECONDS)
    started = time.monotonic()
    try:
        result = runner.invoke(app, args)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    output = result.stdout + result.stderr
    named = any(Path(a).name in result.stderr for a in args if "/" in a) or args[0] == "query" \
        or case.message.startswith("--")
    return {"case": case.name, "seconds": round(time.monotonic() - started, 1),
            "hang": isinstance(result.exception, _Hang),
            "traceback": "Traceback" in output or (result.exception is not None
                                                   and not isinstance(result.exception, (SystemExit, _Hang))),
            "clean": result.exit_code == case.exit_code and case.message in result.stderr
                     and named,
            "exit": result.exit_code, "stderr": result.stderr[:300]}


@pytest.mark.neo4j
def test_every_hostile_input_ends_in_a_clean_error_and_leaves_the_graph_as_it_was(kg_env, tmp_path) -> None:
    baseline = runner.invoke(app, ["import", *map(str, sorted((SAMPLES / "facts").glob("*.json")))])
    assert baseline.exit_code == 0, baseline.stderr
    before = _fingerprint(kg_env)
    results = []
    for index, case in enumerate(CASES):
        results.append(_run(case, tmp_path / f"{index:02d}-{case.name}"))
        results[-1]["graph_changed"] = _fingerprint(kg_env) != before
    bad = [r for r in results if not r["clean"] or r["traceback"] or r["hang"] or r["graph_changed"]]
    print(f"\nattack corpus: {len(results)} inputs tried, {sum(r['clean'] for r in results)} clean errors, "
          f"{sum(r['traceback'] for r in results)} tracebacks, {sum(r['hang'] for r in results)} hangs, "
          f"{sum(r['graph_changed'] for r in results)} graph changes; slowest "
          f"{max(results, key=lambda r: r['seconds'])['case']} ({max(r['seconds'] for r in results)} s)")
    assert not bad, "\n".join(json.dumps(r) for r in bad)
