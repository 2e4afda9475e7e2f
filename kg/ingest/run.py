"""The import stage end to end: files -> checked articles -> Neo4j, with the law loaded alongside.

Every input is read and checked before anything is written, so one bad file or fact leaves the graph as it was.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Sequence

from kg import store
from kg.errors import InputError
from kg.ingest.files import load_inputs
from kg.ingest.rows import check_facts, check_law, party_row
from kg.parties import load_parties
from kg.law import Law, assess_events, load_all
from kg.model import CheckedArticle


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


def load_regimes(graph: store.Graph, law: Law) -> store.WriteSummary:
    """Write every regime of the law (its resolutions and paragraphs) into the graph."""
    summary = store.WriteSummary()
    checked = [check_law(law_file, path) for law_file, path in zip(law.files, law.sources)]  # all before writing
    targeted = sorted({f.regime.target_party for f in law.files if f.regime.target_party})
    if targeted:  # the parties a regime targets, named and BASED_IN their state, as facts would write them
        store.run_named(graph, "write_parties", {"rows": [party_row(load_parties()[p]) for p in targeted]})
    for rows in checked:
        summary.add(store.write_law(graph, rows))
    return summary


def apply_law(graph: store.Graph, law: Law, event_ids: Iterable[str] | None = None) -> store.WriteSummary:
    """Assess events (all of them when `event_ids` is None) and store what changed: the law step."""
    ids = store.all_event_ids(graph) if event_ids is None else event_ids
    return store.apply_law(graph, ids, partial(assess_events, law), law.targets())


def import_articles(graph: store.Graph, checked: Sequence[CheckedArticle], *,
                    law: Sequence[Path] = (), articles_per_transaction: int = 1,
                    on_article: Callable[[CheckedArticle], None] | None = None) -> store.WriteSummary:
    """Apply the schema, load the law, write the articles, then apply the law to their events (to every event
    when the law itself changed); returns the summed counters."""
    store.apply_schema(graph)
    regimes = load_all(law)
    summary = load_regimes(graph, regimes)
    law_changed = summary.changed
    written = store.write_facts(graph, checked, articles_per_transaction, on_article)
    summary.add(written)
    unchanged = set(written.unchanged_ids)
    events = None if law_changed else (e["id"] for a in checked if a.article["id"] not in unchanged for e in a.events)
    summary.add(apply_law(graph, regimes, events))
    summary.articles_unchanged = written.articles_unchanged
    summary.articles, summary.claims = len(checked), sum(len(a.claims) for a in checked)
    return summary
