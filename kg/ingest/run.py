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

# One article is written in one transaction; past this many claims the server may refuse it for memory.
MAX_FACTS_PER_ARTICLE = 5_000


def prepare_articles(paths: Iterable[Path], *, published: str | None = None,
                     title: str | None = None) -> list[CheckedArticle]:
    """Read and check every input; InputError listing every rejected fact when any is found."""
    checked, problems = [], []
    for path in paths:
        for loaded in load_inputs(path, published=published, title=title):
            _refuse_oversized(path, len(loaded.facts_file.facts))
            article = check_facts(loaded.facts_file, source=str(path), text=loaded.text, method=loaded.method)
            problems += [f"{path}: {'document' if r.index == 0 else f'fact {r.index}'}, field {r.field}: "
                         f"{r.message}" for r in article.rejections]
            checked.append(article)
    if problems:
        raise InputError("\n".join(problems) + "\nNothing was imported.",
                         hint="Fix or remove the facts named above, then import again.")
    _refuse_duplicate_articles(checked)
    return checked


def _refuse_oversized(path: Path, facts: int) -> None:
    if facts > MAX_FACTS_PER_ARTICLE:
        raise InputError(f"{path}: has {facts:,} facts, over kg's limit of {MAX_FACTS_PER_ARTICLE:,} per article "
                         "(each article is written in one transaction); nothing was imported.",
                         hint="Split the article into several, or review the facts: so many usually means the "
                              "same sentence repeated.")


def _refuse_duplicate_articles(checked: Sequence[CheckedArticle]) -> None:
    seen: set[str] = set()
    sources: dict[str, str] = {}
    for article in checked:
        sha = article.article["id"]
        if sha in seen:
            earlier = sources[sha]
            both = f"{article.source} holds two articles with the same text" if earlier == article.source else \
                f"{article.source} and {earlier} are facts of the same article text"
            raise InputError(f"{both} (sha256 {sha[:12]}...); nothing was imported.",
                             hint="Import one of them: the later would replace the earlier's claims.")
        seen.add(sha)
        sources[sha] = article.source


def articles_without_facts(checked: Sequence[CheckedArticle]) -> list[str]:
    """`SOURCE (title)` of every article that has no facts: imported, but worth a warning."""
    return [f"{a.source} ({a.article['title']})" for a in checked if not a.claims]


def _refuse_replacing_reviewed(graph: store.Graph, checked: Sequence[CheckedArticle]) -> None:
    extracted = {a.article["id"]: a for a in checked if a.method == "rule-based"}
    if not extracted:
        return
    reviewed = [extracted[row["id"]].source for row in store.run_named(graph, "admin/reviewed_articles",
                                                                          {"ids": sorted(extracted)})]
    if reviewed:
        raise InputError(f"{', '.join(sorted(reviewed))}: the graph holds reviewed claims of the same article text "
                         "(imported from a facts file or RDF); extracting it again would replace them. "
                         "Nothing was imported.",
                         hint="Import the reviewed facts file instead, or pass --replace to replace its claims "
                              "with the extracted ones.")


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
                    law: Sequence[Path] = (), articles_per_transaction: int = 1, replace_reviewed: bool = False,
                    on_article: Callable[[CheckedArticle], None] | None = None) -> store.WriteSummary:
    """Apply the schema, load the law, write the articles, then apply the law to their events (to every event
    when the law itself changed); returns the summed counters.

    Article text extracted by rule never replaces the reviewed claims of the same article (InputError, nothing
    written) unless `replace_reviewed`."""
    store.apply_schema(graph)
    if not replace_reviewed:
        _refuse_replacing_reviewed(graph, checked)
    regimes = load_all(law)
    summary = load_regimes(graph, regimes)
    law_changed = summary.changed
    written = store.write_facts(graph, checked, articles_per_transaction, on_article)
    summary.add(written)
    # Unchanged articles' events too: an import killed between its writes and the law step left them unassessed,
    # and the law step writes only what differs from the stored assessment (its law hash), so this stays a no-op.
    events = None if law_changed else (e["id"] for a in checked for e in a.events)
    summary.add(apply_law(graph, regimes, events))
    summary.articles_unchanged = written.articles_unchanged
    summary.articles, summary.claims = len(checked), sum(len(a.claims) for a in checked)
    return summary
