"""The `kg` command line. The only package that prints, exits or imports typer; nothing imports it."""

from __future__ import annotations

import logging

import typer

from kg.cli import extract_cmd, import_cmd, neo4j_cmd

# The driver logs connection failures itself; kg reports them once, as an error message.
logging.getLogger("neo4j").addHandler(logging.NullHandler())
logging.getLogger("neo4j").propagate = False

app = typer.Typer(
    name="kg",
    help="A knowledge graph of sanctions violations: article text -> facts -> Neo4j -> breaches and RDF.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)

app.add_typer(neo4j_cmd.app, name="neo4j")
app.command("import")(import_cmd.import_files)
app.command("schema")(import_cmd.schema)
# Commands from the other stages register below, one line each.
app.command("extract")(extract_cmd.extract)
app.command("export")(__import__("kg.cli.export_cmd", fromlist=["export"]).export)
app.command("query")(__import__("kg.cli.query_cmd", fromlist=["query"]).query)
app.command("report")(__import__("kg.cli.report_cmd", fromlist=["report"]).report)
app.command("validate")(__import__("kg.cli.validate_cmd", fromlist=["validate"]).validate)
