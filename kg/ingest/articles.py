"""Articles already in the graph: listing them, and taking one out again (`kg articles list|remove`).

A reference names an article by its id (the SHA-256 of its text, or a prefix of 8+ characters), its URL, or a
file: a facts file (its document.sha256), RDF from `kg export` (every article in it) or the article text itself.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from kg import store
from kg.errors import InputError, UsageError
from kg.ingest.facts_file import FACTS_SUFFIXES, parse_facts
from kg.formats import RDF_SUFFIXES
from kg.ingest.rdf import read_rdf_articles
from kg.ingest.run import apply_law
from kg.law import load_all
from kg.textfile import read_text


@dataclass(frozen=True)
class Removal:
    """What removing articles takes out (or would, on a dry run)."""

    articles: list[dict]  # id, title, publisher, published, url, claims
    claims: int
    events_removed: list[dict]  # id, caption, assessments: events no other article's claim asserts
    events_kept: list[dict]  # id, caption: events other articles' claims still assert
    assessments: int
    dry_run: bool
    reassessed: store.WriteSummary | None = None  # the law step over the kept events, after a real removal


def list_articles(graph: store.Graph) -> list[dict]:
    return store.run_named(graph, "articles/list")


def _file_ids(path: Path) -> list[str]:
    suffix = path.suffix.lower()
    if suffix in FACTS_SUFFIXES:
        return [parse_facts(path, read_text(path)).document.sha256]
    if suffix in RDF_SUFFIXES:
        return [article.facts_file.document.sha256 for article in read_rdf_articles(path)]
    return [hashlib.sha256(read_text(path).encode("utf-8", "surrogatepass")).hexdigest()]


def resolve(graph: store.Graph, ref: str) -> list[str]:
    """The ids of the stored articles `ref` names; InputError when it names none, UsageError when ambiguous."""
    path = Path(ref)
    if path.is_file():
        wanted = _file_ids(path)
        found = [i for i in wanted if store.run_named(graph, "articles/find", {"ref": i})]
        if not found:
            raise InputError(f"{ref}: no article of this file is in the graph",
                             hint="`kg articles list` shows the stored articles.")
        return found
    rows = store.run_named(graph, "articles/find", {"ref": ref})
    if not rows:
        raise InputError(f"no stored article has the id, id prefix or URL {ref!r} (and no such file exists)",
                         hint="`kg articles list` shows each article's id and URL.")
    if len(rows) > 1:
        raise UsageError(f"{ref!r} names {len(rows)} articles: {', '.join(r['id'][:12] for r in rows)}",
                         hint="Give more characters of the id, or the full id.")
    return [rows[0]["id"]]


def remove_articles(graph: store.Graph, refs: list[str], *, dry_run: bool, law: Sequence[Path] = ()) -> Removal:
    """Remove the articles the references name, all in one transaction (nothing at all on a dry run); then apply
    the law (data/law and any `law` files) again to the events other articles still assert, since their date,
    articles and originating sources may have changed with the claims that went."""
    regimes = load_all(law)  # a bad law file is refused before anything is removed
    ids = list(dict.fromkeys(i for ref in refs for i in resolve(graph, ref)))
    row = store.run_named(graph, "articles/remove", {"ids": ids, "dryRun": dry_run})[0]
    reassessed = None if dry_run else apply_law(graph, regimes, [e["id"] for e in row["eventsKept"]])
    return Removal(row["articles"], row["claims"], row["eventsRemoved"], row["eventsKept"], row["assessments"],
                   dry_run, reassessed)
