"""`kg import FILE...` and `kg schema`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kg.cli.common import DatabaseOption, UriOption, UsernameOption, checked_published, connected, reports_errors
from kg.cli.progress import counter, spinner

if TYPE_CHECKING:
    from kg.store import WriteSummary


@reports_errors
def import_files(
    files: Annotated[list[Path], typer.Argument(
        help="Facts files (.json, .yaml), article text (.txt, .md) or RDF from `kg export` (.ttl, .nt, .jsonld, "
             ".trig, .nq).", show_default=False)],
    law: Annotated[list[Path], typer.Option("--law", help="Another regime's law file (YAML) to load and apply too.")] = [],
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON on stdout.")] = False,
    published: Annotated[str | None, typer.Option(callback=checked_published,
                                                  help="Publication date for article text without one.")] = None,
    per_transaction: Annotated[int, typer.Option(
        "--articles-per-transaction", min=1, max=10_000,
        help="Articles written per transaction (200 to 1000 run within a few per cent of each other in "
             "docs/benchmarks.md); each group is all or nothing.")] = 500,
    replace: Annotated[bool, typer.Option("--replace", help="Let article text replace the reviewed claims of the "
                                                           "same article (refused otherwise).")] = False,
    uri: UriOption = None, username: UsernameOption = None, database: DatabaseOption = None,
) -> None:
    """Import facts (or articles, extracted on the fly) into Neo4j, with the shipped sanctions law.

    Every file is read and checked first; one bad fact stops the import before anything is written. Articles
    are written in groups, each group in one transaction, MERGEd on content-hash ids, so importing again changes
    nothing.
    Then the law is applied to the imported events (to every event when the law files changed): each gets a
    FALLS_WITHIN or MAY_FALL_WITHIN relationship to the paragraphs it falls within.
    """
    from kg.ingest import articles_without_facts, import_articles, prepare_articles

    with spinner(f"Reading and checking {len(files)} file(s)..."):
        checked = prepare_articles(files, published=published)
    for empty in articles_without_facts(checked):
        print(f"Warning: {empty}: no facts; the article is imported without claims.", file=sys.stderr)
    with connected(uri, username, database) as graph, counter("Importing articles", len(checked)) as advance:
        summary = import_articles(graph, checked, law=law, articles_per_transaction=per_transaction,
                                  replace_reviewed=replace, on_article=advance)
    if as_json:
        print(json.dumps(summary.as_dict()))
        return
    print(describe(summary, graph.uri), file=sys.stderr)


def describe(summary: WriteSummary, uri: str) -> str:
    """The summary line: articles imported and articles skipped as unchanged are counted apart."""
    imported = summary.articles - summary.articles_unchanged
    head = f"Imported {imported} article(s), {summary.articles_unchanged} unchanged"
    if not summary.changed:
        return f"{head} (already stored with the same facts and metadata); nothing changed in {uri}."
    return (f"{head}, {summary.claims} claim(s) read, into {uri}: {summary.nodes_created} nodes and "
            f"{summary.relationships_created} relationships created, {summary.properties_set} properties set, "
            f"{summary.nodes_deleted} nodes deleted.")


def schema() -> None:
    """Print the JSON Schema of a facts file (the output of `kg extract`, the input of `kg import`)."""
    from kg.model import FactsFile

    print(json.dumps(FactsFile.model_json_schema(by_alias=True), indent=2))
