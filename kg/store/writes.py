"""Writing checked articles into Neo4j: UNWIND batches that MERGE on ids, one transaction per group of articles
(`kg import` groups 500), so an article is stored whole or not at all."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Callable, Container, Iterable, Sequence

import neo4j
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

from kg.cypher import load_cypher
from kg.errors import StoreError
from kg.model import CheckedArticle
from kg.store.connection import Graph

# In the order a transaction runs them; the new article's claims take the CREATE path, the others the MERGE one.
ARTICLE_STATEMENTS = ("write_article", "admin/articles_with_claims", "write_states", "write_organizations",
                      "write_parties", "write_events", "write_new_claims", "write_claims", "prune_article_claims")


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
    # Ids of the articles skipped because they were stored with the same facts (not a counter; not in as_dict).
    unchanged_ids: list[str] = field(default_factory=list, repr=False)

    def add(self, counters: "neo4j.SummaryCounters | WriteSummary") -> None:
        """Add a transaction's counters (or another summary's) to this one."""
        for name in COUNTERS:
            setattr(self, name, getattr(self, name) + getattr(counters, name))

    @property
    def changed(self) -> bool:
        return any(getattr(self, name) for name in COUNTERS)

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "unchanged_ids"}


class Rows(list):
    """The rows of an UNWIND parameter, whose repr is only their count. The driver formats every RUN's parameters
    for its debug log even when debug logging is off (neo4j 6.4, `Bolt5x0.run`); for batches of thousands of rows
    that formatting took about a tenth of the client's time in an import."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


def _unique(rows: Iterable[dict], key: str) -> list[dict]:
    """One row per key, in key order: importers running side by side then take their locks in the same order,
    which keeps them from deadlocking."""
    by_key = {row[key]: row for row in rows}
    return Rows(by_key[k] for k in sorted(by_key))


def _to_create(claim: dict) -> dict:
    """A claim to create: null values need not travel (a new node has no property to remove), and its date goes as
    ISO text that `write_new_claims` turns back into a date (the driver packs date objects in Python, slowly)."""
    day = claim["props"].get("date")
    props = {k: v for k, v in claim["props"].items() if v is not None and k != "date"}
    return {**claim, "props": props, "date": day.isoformat() if day else None}


def _by_event(claims: Iterable[dict]) -> list[dict]:
    return Rows(sorted(claims, key=lambda claim: claim["eventId"]))


def group_params(group: Sequence[CheckedArticle], with_claims: Container[str]) -> dict[str, dict]:
    """The parameters of the statements after the articles' own, for a group of articles (each statement runs
    once per group). `with_claims` holds the ids of the articles that hold claims in the graph already: their
    claims are merged and pruned; the others' claims are created."""
    return {
        "write_states": {"rows": _unique((s for a in group for s in a.states), "code")},
        "write_organizations": {"rows": _unique((o for a in group for o in a.organizations), "id")},
        "write_parties": {"rows": _unique((p for a in group for p in a.parties), "id")},
        "write_events": {"rows": _unique((e for a in group for e in a.events), "id")},
        "write_new_claims": {"rows": _by_event(_to_create(c) for a in group if a.article["id"] not in with_claims
                                               for c in a.claims)},
        "write_claims": {"rows": _by_event(c for a in group if a.article["id"] in with_claims for c in a.claims)},
        "prune_article_claims": {"articles": Rows({"id": a.article["id"], "claimIds": [c["id"] for c in a.claims]}
                                                  for a in group if a.article["id"] in with_claims)},
    }


Run = Callable[[str, dict], "neo4j.Result"]


def write_changed(run: Run, group: Sequence[CheckedArticle]) -> WriteSummary:
    """Write a group of articles with `run(statement name, parameters)`, in the order of ARTICLE_STATEMENTS.

    The articles are written first, which takes their write locks; only then is it read which of them hold
    claims, so an importer running alongside on the same article waits and then takes the MERGE path."""
    counted = WriteSummary()
    counted.add(run("write_article", {"articles": Rows(a.article for a in group)}).consume().counters)
    ids = [a.article["id"] for a in group]
    with_claims = {row["id"] for row in run("admin/articles_with_claims", {"ids": ids})}
    params = group_params(group, with_claims)
    for name in ARTICLE_STATEMENTS[2:]:
        if any(params[name].values()):  # an empty UNWIND writes nothing; skip its round trip
            counted.add(run(name, params[name]).consume().counters)
    return counted


def _write_group(tx: neo4j.ManagedTransaction, group: Sequence[CheckedArticle],
                 statements: dict[str, str]) -> WriteSummary:
    """One transaction's work; a fresh summary each time, since the driver may retry the function.

    Articles already stored with the same facts are skipped: a re-import reads one index lookup per article.
    """
    keys = Rows({"id": a.article["id"], "factsHash": a.article["factsHash"]} for a in group)
    unchanged = {row["id"] for row in tx.run(statements["admin/unchanged_articles"], {"articles": keys})}
    changed = [a for a in group if a.article["id"] not in unchanged]
    counted = WriteSummary()
    if changed:
        counted = write_changed(lambda name, params: tx.run(statements[name], params), changed)
    counted.articles_unchanged = len(group) - len(changed)
    counted.unchanged_ids = sorted(unchanged)
    return counted


# A group of articles is cut short past this many claims, so that a big group of long articles stays within the
# server's transaction memory (an article alone may have up to kg.ingest.run.MAX_FACTS_PER_ARTICLE).
MAX_CLAIMS_PER_TRANSACTION = 5_000


def group_statements() -> dict[str, str]:
    """The Cypher text of every statement `_write_group` runs, by name (the article statements and the check for
    unchanged articles)."""
    return {name: load_cypher(name).statements[0] for name in ARTICLE_STATEMENTS + ("admin/unchanged_articles",)}


def write_facts(graph: Graph, articles: Iterable[CheckedArticle],
                articles_per_transaction: int = 1,
                on_article: Callable[[CheckedArticle], None] | None = None) -> WriteSummary:
    """Write articles, `articles_per_transaction` at a time (fewer when a group reaches MAX_CLAIMS_PER_TRANSACTION
    claims), each group in one transaction (all or nothing)."""
    summary, group, claims = WriteSummary(), [], 0
    statements = group_statements()
    with graph.session(neo4j.WRITE_ACCESS) as session:
        for article in list(articles) + [None]:  # None flushes the last group
            if article is not None:
                group.append(article)
                claims += len(article.claims)
                if len(group) < articles_per_transaction and claims < MAX_CLAIMS_PER_TRANSACTION:
                    continue
            if group:
                _run_group(session, graph.uri, group, statements, summary, on_article)
                group, claims = [], 0
    return summary


def _run_group(session: neo4j.Session, uri: str, group: list[CheckedArticle],
               statements: dict[str, str], summary: WriteSummary,
               on_article: Callable[[CheckedArticle], None] | None) -> None:
    try:
        counted = session.execute_write(_write_group, group, statements)
    except (Neo4jError, ServiceUnavailable, SessionExpired) as e:
        names = ", ".join(a.source for a in group[:3]) + (f" and {len(group) - 3} more" if len(group) > 3 else "")
        raise StoreError(f"writing {names} to {uri} failed; that transaction was rolled back: {e}") from e
    summary.add(counted)
    summary.articles_unchanged += counted.articles_unchanged
    summary.unchanged_ids += counted.unchanged_ids
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
