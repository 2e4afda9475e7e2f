"""`kg report [--format md|html] [--out FILE]`: the breach dossier."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.common import DatabaseOption, UriOption, UsernameOption, connected, reports_errors
from kg.errors import InputError


class ReportFormat(StrEnum):
    MD = "md"
    HTML = "html"


@reports_errors
def report(
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="Markdown or HTML.")] = ReportFormat.MD,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of stdout.",
                                             show_default=False)] = None,
    regime: Annotated[str | None, typer.Option(help="Only findings under this regime (e.g. un-1737-iran).",
                                               show_default=False)] = None,
    uri: UriOption = None, username: UsernameOption = None, database: DatabaseOption = None,
) -> None:
    """Write a breach dossier in the style of a UN Panel of Experts finding, then the interpretive tier.

    It opens with when it was made, the size of the graph and a summary table (finding, states, paragraphs, tier,
    sources, date). Per breach: the finding, the paragraphs, the quantities by source, the evidence quotes with
    article titles and dates (linked to the article's web address), corroboration, conflicting numbers and
    single-source warnings.
    """
    from kg.report import gather, plural, render_report

    with connected(uri, username, database) as graph:
        breaches, interpretive, evidence, about = gather(graph, regime)
    text = render_report(fmt.value, breaches, interpretive, evidence, about)
    if out is None:
        sys.stdout.write(text)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as e:
        raise InputError(f"cannot write the report to {out}: {e.strerror}", hint="Check the folder exists.") from e
    entries = plural(len(interpretive), "interpretive entry", "interpretive entries")
    print(f"Wrote {plural(len(breaches), 'finding')} and {entries} to {out}.", file=sys.stderr)
