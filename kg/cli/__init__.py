"""The `kg` command line. The only package that prints, exits or imports typer; nothing imports it."""

from __future__ import annotations

import logging

import typer

from kg.cli import (articles_cmd, export_cmd, extract_cmd, import_cmd, law_cmd, neo4j_cmd, query_cmd, report_cmd,
                    validate_cmd)

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

# In the order a user meets them: a server, facts in, questions out, data out.
app.add_typer(neo4j_cmd.app, name="neo4j")
app.command("extract")(extract_cmd.extract)
app.command("import")(import_cmd.import_files)
app.command("schema")(import_cmd.schema)
app.add_typer(law_cmd.app, name="law")
app.add_typer(articles_cmd.app, name="articles")
app.command("query")(query_cmd.query)
app.command("report")(report_cmd.report)
app.command("export")(export_cmd.export)
app.command("validate")(validate_cmd.validate)
