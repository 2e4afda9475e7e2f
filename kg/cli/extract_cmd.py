"""`kg extract ARTICLE...`: article text to facts (JSON or YAML), offline."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
import yaml

from kg.cli.common import checked_published, reports_errors
from kg.errors import InputError
from kg.textfile import read_article


class OutputFormat(StrEnum):
    JSON = "json"
    JSONL = "jsonl"
    YAML = "yaml"


def _render(data: dict, output_format: OutputFormat) -> str:
    if output_format is OutputFormat.YAML:
        return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    if output_format is OutputFormat.JSONL:
        return json.dumps(data, ensure_ascii=False) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _print_all(results: list[dict], output_format: OutputFormat) -> None:
    """One document as itself; several as ONE JSON array (json), one object a line (jsonl) or YAML documents."""
    if output_format is OutputFormat.JSON and len(results) > 1:
        sys.stdout.write(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
        return
    for index, data in enumerate(results):
        if output_format is OutputFormat.YAML and index:
            sys.stdout.write("---\n")
        sys.stdout.write(_render(data, output_format))


def _write(out: Path, article: Path, text: str, output_format: OutputFormat) -> None:
    target = out / f"{article.stem}.{'yaml' if output_format is OutputFormat.YAML else 'json'}"
    try:
        out.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as e:
        raise InputError(f"{target}: cannot be written ({e.strerror or e})",
                         hint="Choose an --out folder you can write to.") from None
    print(f"Wrote {target}", file=sys.stderr)


@reports_errors
def extract(
    articles: Annotated[list[Path], typer.Argument(help="Article text files (UTF-8).", metavar="ARTICLE...",
                                                   show_default=False)],
    output_format: Annotated[OutputFormat, typer.Option("--format", help="Output format.")] = OutputFormat.JSON,
    out: Annotated[Path | None, typer.Option("--out", help="Write DIR/<article stem>.json|yaml per article "
                                             "instead of printing.", metavar="DIR", show_default=False)] = None,
    published: Annotated[str | None, typer.Option(
        callback=checked_published, help="Publication date (overrides the article's 'Published:' line), e.g. "
                                         "2025-06-20.", show_default=False)] = None,
    title: Annotated[str | None, typer.Option(help="Title (overrides the article's first line).",
                                              show_default=False)] = None,
    publisher: Annotated[str | None, typer.Option(help="Publisher (overrides the article's 'Publisher:' line).",
                                                  show_default=False)] = None,
    url: Annotated[str | None, typer.Option(help="Address of the article (overrides its 'URL:' line).",
                                            show_default=False)] = None,
) -> None:
    """Extract facts (arms and technology transfers, troop deployments, agreements) from article text.

    Offline and deterministic. One article prints one JSON object; several print ONE JSON array of them
    (--format jsonl: one object per line; --format yaml: one YAML document each, separated by '---').
    With --out DIR each article is written to DIR/<stem>.json (or .yaml) and stdout stays empty.
    Every article is read and checked before anything is written or printed.
    """
    from kg.extract import extract_facts  # spaCy and dateparser load only for commands that extract

    texts = [(article, read_article(article)) for article in articles]
    results = [(article, extract_facts(text, name=str(article), published=published, title=title)
                .with_metadata(publisher=publisher, url=url).to_json_dict()) for article, text in texts]
    if out is None:
        _print_all([data for _, data in results], output_format)
        return
    for article, data in results:
        _write(out, article, _render(data, output_format), output_format)
