"""Writing checked articles into Neo4j: UNWIND batches that MERGE on ids, one transaction per article
(or per group of articles), so an article is stored whole or not at all."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Callable, Iterable, Sequence

import neo4j
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

from kg.cypher import load_cypher
from kg.errors import StoreError
from kg.model import CheckedArticle
from kg.store.connection import Graph

ARTICLE_STATEMENTS = ("write_article", "write_states", "write_organizations", "write_parties", "write_events",
                      "write_claims", "prune_article_claims")


COUNTERS = ("nodes_created", "nodes_deleted", "relationships_created", "relationships_deleted",
            "properties_set", "labels_added")


@dataclass
class WriteSummary:
    articles: int = 0
    claims: int = 0
    articles_unchanged: int = 0
    nodes_created: int = 0
    nodes_deleted: int = 0
    relationships_created: int = 0
    relationships_deleted: int = 0
    properties_set: int = 0
    labels_added: int = 0

    def add(self, counters: "neo4j.SummaryCounters | WriteSummary") -> None:
        """Add a transaction's counters (or another summary's) to this one."""
        for name in COUNTERS:
            setattr(self, name, getattr(self, name) + getattr(counters, name))

    @property
    def changed(self) -> bool:
        return any(getattr(self, name) for name in COUNTERS)

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _unique(rows: Iterable[dict], key: str) -> list[dict]:
    return list({row[key]: row for row in rows}.values())


def group_params(group: Sequence[CheckedArticle]) -> dict[str, dict]:
    """The parameters of each statement for a group of articles: every statement runs once per group."""
    return {
        "write_article": {"articles": [a.article for a in group]},
        "write_states": {"rows": _unique((s for a in group for s in a.states), "code")},
        "write_organizations": {"rows": _unique((o for a in group for o in a.organizations), "id")},
        "write_parties": {"rows": _unique((p for a in group for p in a.parties), "id")},
        "write_events": {"rows": _unique((e for a in group for e in a.events), "id")},
        "write_claims": {"rows": [c for a in group for c in a.claims]},
        "prune_article_claims": {"articles": [{"id": a.article["id"], "claimIds": [c["id"] for c in a.claims]}
                                              for a in group]},
    }


def _write_group(tx: neo4j.ManagedTransaction, group: Sequence[CheckedArticle],
                 statements: dict[str, str]) -> WriteSummary:
    """One transaction's work; a fresh summary each time, since the driver may retry the function.

    Articles already stored with the same facts are skipped: a re-import reads one index lookup per article.
    """
    counted = WriteSummary()
    keys = [{"id": a.article["id"], "factsHash": a.article["factsHash"]} for a in group]
    unchanged = {row["id"] for row in tx.run(statements["admin/unchanged_articles"], {"articles": keys})}
    changed = [a for a in group if a.article["id"] not in unchanged]
    counted.articles_unchanged = len(group) - len(changed)
    if changed:
        params = group_params(changed)
        for name in ARTICLE_STATEMENTS:
            counted.add(tx.run(statements[name], params[name]).consume().counters)
    return counted


def write_facts(graph: Graph, articles: Iterable[CheckedArticle],
                articles_per_transaction: int = 1,
                on_article: Callable[[CheckedArticle], None] | None = None) -> WriteSummary:
    """Write articles, `articles_per_transaction` at a time, each group in one transaction (all or nothing)."""
    summary, group = WriteSummary(), []
    names = ARTICLE_STATEMENTS + ("admin/unchanged_articles",)
    statements = {name: load_cypher(name).statements[0] for name in names}
    with graph.session(neo4j.WRITE_ACCESS) as session:
        for article in list(articles) + [None]:  # None flushes the last group
            if article is not None:
                group.append(article)
                if len(group) < articles_per_transaction:
                    continue
            if group:
                _run_group(session, graph.uri, group, statements, summary, on_article)
                group = []
    return summary


def _run_group(session: neo4j.Session, uri: str, group: list[CheckedArticle],
               statements: dict[str, str], summary: WriteSummary,
               on_article: Callable[[CheckedArticle], None] | None) -> None:
    try:
        counted = session.execute_write(_write_group, group, statements)
    except (Neo4jError, ServiceUnavailable, SessionExpired) as e:
        names = ", ".join(a.source for a in group)
        raise StoreError(f"writing {names} to {uri} failed; that transaction was rolled back: {e}") from e
    summary.add(counted)
    summary.articles_unchanged += counted.articles_unchanged
    for article in group:
        summary.articles += 1
        summary.claims += len(article.claims)
        if on_article:
            on_article(article)


def write_law(graph: Graph, law: dict) -> WriteSummary:
    """Write one regime (the parameters `kg.ingest.rows.check_law` makes) in one transaction."""
    statement = load_cypher("write_law").statements[0]

    def work(tx: neo4j.ManagedTransaction) -> WriteSummary:
        counted = WriteSummary()
        counted.add(tx.run(statement, law).consume().counters)
        return counted

    try:
        with graph.session(neo4j.WRITE_ACCESS) as session:
            return session.execute_write(work)
    except (Neo4jError, ServiceUnavailable, SessionExpired) as e:
        raise StoreError(f"writing regime {law['regime']['id']} to {graph.uri} failed: {e}") from e
