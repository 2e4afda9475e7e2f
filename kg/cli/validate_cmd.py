"""`kg validate [FILE]`: SHACL validation of an RDF export, or of the live graph exported in memory."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.common import DatabaseOption, UriOption, UsernameOption, connected, reports_errors
from kg.errors import CheckFailed


@reports_errors
def validate(
    file: Annotated[Path | None, typer.Argument(
        help="An RDF file (.ttl, .nt, .jsonld, .trig, .nq, .rdf; format from the suffix). Without it, the live "
             "graph is exported in memory and validated.", show_default=False)] = None,
    uri: UriOption = None, username: UsernameOption = None, database: DatabaseOption = None,
) -> None:
    """Validate RDF against the SHACL shapes of ontology/shapes.ttl (pySHACL, the ontology as ont_graph).

    Prints one line per result (focus node, node shape and path, message) on stdout and exits with code 6 when
    the graph does not conform; the verdict (the error, or one OK line) goes to stderr.
    """
    from kg.export import export_dataset
    from kg.export.shacl import merge_graphs, validate_graph  # pySHACL loads only for this command
    from kg.ingest.rdf_source import parse_rdf

    if file is not None:
        data, source = parse_rdf(file), str(file)
    else:
        with connected(uri, username, database) as graph:
            data, source = export_dataset(graph), f"the graph at {graph.uri}"
    merged = merge_graphs(data)
    results = validate_graph(merged)
    for result in results:
        print(result.describe())
    if results:
        raise CheckFailed(f"{source} does not conform to ontology/shapes.ttl: {len(results)} SHACL result(s)",
                          hint="Each line above names the node, the shape and what is wrong.")
    print(f"OK: {source} conforms to ontology/shapes.ttl ({len(merged)} triples).", file=sys.stderr)
