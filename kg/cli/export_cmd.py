"""`kg export`: the graph (or a subset) as RDF in the ontology's terms, or as FollowTheMoney entities."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Iterator, TextIO

import typer

from kg.cli.common import DatabaseOption, UriOption, UsernameOption, connected, reports_errors
from kg.cli.progress import spinner
from kg.errors import InputError
from kg.formats import EXPORT_FORMATS

# The choices of --format, from the one table of formats (kg.formats: the RDF syntaxes, then ftm).
ExportFormat = StrEnum("ExportFormat", {name.upper(): name for name in EXPORT_FORMATS})


def _since(value: str | None) -> str | None:
    if value is None:
        return None
    from kg.model import check_partial_date

    try:
        if len(value) == 10:  # a whole day, checked by the model's one parser of (partial) dates
            return check_partial_date(value)
    except ValueError:
        pass
    raise typer.BadParameter(f"{value!r} is not a date such as 2025-06-01")


@contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    """stdout, or a file written whole or not at all: a partial file beside it, renamed over it on success and
    deleted when the export fails."""
    if path is None:
        yield sys.stdout
        return
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open("w", encoding="utf-8", newline="\n") as out:
            yield out
        partial.replace(path)
    except OSError as e:
        partial.unlink(missing_ok=True)
        raise InputError(f"{path}: cannot be written ({e.strerror})", hint="Check the folder exists and is writable.") from e
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


@reports_errors
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help=(
        "turtle, nt (N-Triples) and nquads are streamed page by page, so memory stays flat however large the "
        "graph; trig, jsonld and xml (RDF/XML) build the whole graph in memory first; ftm writes "
        "FollowTheMoney entities as JSON lines (needs the ftm extra)."))] = ExportFormat.TURTLE,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.",
                                             show_default=False)] = None,
    article: Annotated[str | None, typer.Option("--article", help="Only this article (its SHA-256) and its claims.",
                                                show_default=False)] = None,
    since: Annotated[str | None, typer.Option("--since", callback=_since, show_default=False,
                                              help="Only articles published on or after this date (YYYY-MM-DD).")] = None,
    uri: UriOption = None, username: UsernameOption = None, database: DatabaseOption = None,
) -> None:
    """Export the graph as RDF in the ontology's IRIs (or FollowTheMoney JSON lines).

    IRIs are minted from the graph's content-hash ids and every section is sorted by id, so two exports of one
    graph are identical. TriG and N-Quads put each article and its claims in a named graph of their own; states,
    non-state parties, events and the law are in the default graph. Subsets keep the events, states, parties and
    organisations their claims name, and the whole law.
    """
    from kg.export import Subset, check_available, export as export_graph

    subset = Subset(article=article, since=since)
    check_available(fmt.value)
    with connected(uri, username, database) as graph, _output(out) as stream, spinner(f"Exporting ({fmt.value})..."):
        count, what = export_graph(graph, stream, fmt.value, subset)
    print(f"Exported {count} {what} ({fmt.value}) from {graph.uri}{f' to {out}' if out else ''}.",
          file=sys.stderr)
