"""The import stage end to end: files -> checked articles -> Neo4j, with the law loaded alongside.

Every input is read and checked before anything is written, so one bad file or fact leaves the graph as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Sequence

from kg import store
from kg.errors import InputError
from kg.ingest.files import load_inputs
from kg.ingest.rows import check_facts, check_law
from kg.law import load_law
from kg.model import CheckedArticle
from kg.resources import resource_path


def prepare_articles(paths: Iterable[Path], *, published: str | None = None,
                     title: str | None = None) -> list[CheckedArticle]:
    """Read and check every input; InputError listing every rejected fact when any is found."""
    checked, problems = [], []
    for path in paths:
        for loaded in load_inputs(path, published=published, title=title):
            article = check_facts(loaded.facts_file, source=str(path), text=loaded.text, method=loaded.method)
            problems += [f"{path}: {'document' if r.index == 0 else f'fact {r.index}'}, field {r.field}: "
                         f"{r.message}" for r in article.rejections]
            checked.append(article)
    if problems:
        raise InputError("\n".join(problems) + "\nNothing was imported.",
                         hint="Fix or remove the facts named above, then import again.")
    _refuse_duplicate_articles(checked)
    return checked


def _refuse_duplicate_articles(checked: Sequence[CheckedArticle]) -> None:
    seen: dict[str, str] = {}
    for article in checked:
        earlier = seen.setdefault(article.article["id"], article.source)
        if earlier != article.source:
            raise InputError(f"{article.source} and {earlier} are facts of the same article text "
                             f"(sha256 {article.article['id'][:12]}...); nothing was imported.",
                             hint="Import one of them: the later would replace the earlier's claims.")


def law_files(extra: Sequence[Path] = ()) -> list[Path]:
    """The regimes kg ships (data/law/*.yaml), then any given on the command line."""
    return sorted(resource_path("data/law").glob("*.yaml")) + list(extra)


def load_regimes(graph: store.Graph, paths: Sequence[Path]) -> store.WriteSummary:
    summary = store.WriteSummary()
    for law in [check_law(load_law(path)) for path in paths]:
        summary.add(store.write_law(graph, law))
    return summary


def import_articles(graph: store.Graph, checked: Sequence[CheckedArticle], *,
                    law: Sequence[Path] = (), articles_per_transaction: int = 1,
                    on_article: Callable[[CheckedArticle], None] | None = None) -> store.WriteSummary:
    """Apply the schema, load the law, then write the articles; returns the summed counters."""
    store.apply_schema(graph)
    summary = load_regimes(graph, law_files(law))
    written = store.write_facts(graph, checked, articles_per_transaction, on_article)
    summary.add(written)
    summary.articles_unchanged = written.articles_unchanged
    summary.articles, summary.claims = len(checked), sum(len(a.claims) for a in checked)
    return summary
