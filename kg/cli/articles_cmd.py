"""`kg articles list` and `kg articles remove REF...`: the articles in the graph, and taking wrong ones out."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from kg.cli.common import DatabaseOption, UriOption, UsernameOption, connected, reports_errors
from kg.cli.output import Format, print_rows

if TYPE_CHECKING:
    from kg.ingest.articles import Removal

app = typer.Typer(help="The articles in the graph: list them, remove a wrong one with what only it asserted.",
                  no_args_is_help=True)


@app.command("list")
@reports_errors
def list_command(
    fmt: Annotated[Format, typer.Option("--format", "-f",
                                        help="Output: a table, one JSON array, JSON lines or CSV.")] = Format.TABLE,
    uri: UriOption = None, username: UsernameOption = None, database: DatabaseOption = None,
) -> None:
    """List the stored articles: id (SHA-256 of the text), title, publisher, published, url and claims."""
    from kg.ingest.articles import list_articles

    with connected(uri, username, database) as graph:
        rows = list_articles(graph)
    print_rows(rows, fmt, "articles")


def _describe(removal: Removal) -> list[str]:
    lines = []
    for article in removal.articles:
        lines.append(f"article {article['id']}  {article['title']!r} ({article['publisher'] or 'unknown publisher'}, "
                     f"{article['published'] or 'undated'}): {article['claims']} claim(s)")
    lines.append(f"claims: {removal.claims}")
    lines.append(f"events left without claims (removed): {len(removal.events_removed)}")
    lines += [f"  {e['id']}  {e['caption']}  ({e['assessments']} assessment(s))" for e in removal.events_removed]
    lines.append(f"events still asserted by other articles (kept): {len(removal.events_kept)}")
    lines += [f"  {e['id']}  {e['caption']}" for e in removal.events_kept]
    lines.append(f"assessments (paragraph edges of removed events): {removal.assessments}")
    return lines


@app.command("remove")
@reports_errors
def remove_command(
    refs: Annotated[list[str], typer.Argument(help="Article id (or 8+ character prefix), URL, or a file: facts "
                                              "file, article text or RDF export.", metavar="ID|URL|FILE...",
                                              show_default=False)],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print what would go; remove nothing.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print what goes as one JSON object.")] = False,
    uri: UriOption = None, username: UsernameOption = None, database: DatabaseOption = None,
) -> None:
    """Remove articles, their claims and the events only they assert, in one transaction.

    An event no other article's claim asserts goes with its assessments (its edges to paragraphs); events other
    articles' claims still assert stay, and the law is applied to them again (their date, articles and originating
    sources may change). --dry-run prints the same account and changes nothing.
    """
    from kg.ingest.articles import remove_articles

    with connected(uri, username, database) as graph:
        removal = remove_articles(graph, refs, dry_run=dry_run)
    if as_json:
        print(json.dumps({"articles": removal.articles, "claims": removal.claims,
                          "eventsRemoved": removal.events_removed, "eventsKept": removal.events_kept,
                          "assessments": removal.assessments, "dryRun": dry_run}, ensure_ascii=False, indent=2))
    else:
        print("\n".join(_describe(removal)))
    verb = "Dry run: would remove" if dry_run else "Removed"
    print(f"{verb} {len(removal.articles)} article(s), {removal.claims} claim(s), {len(removal.events_removed)} "
          f"event(s){'; nothing was changed' if dry_run else ''}.", file=sys.stderr)
    if removal.reassessed is not None and removal.events_kept:
        print(f"Re-applied the law to the {len(removal.events_kept)} kept event(s): "
              f"{removal.reassessed.relationships_created} assessment(s) written, "
              f"{removal.reassessed.relationships_deleted} removed.", file=sys.stderr)
