"""Reading the graph in pages: keyset pagination on each label's id (`WHERE n.id > $after ORDER BY n.id LIMIT
$page`, one read-mode file `cypher/export/SECTION.cypher` per section), so memory holds two pages at most."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Iterator

from kg import store
from kg.errors import CheckFailed
from kg.model import UNSAFE_CHARACTERS
from kg.store.pages import read_page

PAGE_SIZE = 5000
# Sections whose page query takes the subset parameters; the law is always exported whole.
SUBSET_SECTIONS = frozenset({"states", "organizations", "parties", "articles", "events", "claims"})


@dataclass(frozen=True)
class Subset:
    """Which part of the graph to export: one article (sha256), and/or articles published on or after a date."""

    article: str | None = None
    since: str | None = None

    def params(self, section: str) -> dict:
        return {"article": self.article, "since": self.since} if section in SUBSET_SECTIONS else {}


def read_pages(graph: store.Graph, section: str, subset: Subset = Subset(),
               page_size: int = PAGE_SIZE) -> Iterator[dict]:
    """Every row of `cypher/export/SECTION.cypher`, sorted by id, one page (one read transaction) at a time.

    The next page is fetched in a background thread while the caller turns this one into triples, so the
    server's work and the client's overlap; at most two pages are held at once.
    """
    def fetch(after: str) -> list[dict]:
        return read_page(graph, f"export/{section}",
                         {**subset.params(section), "after": after, "page": page_size})

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"export-{section}") as pool:
        pending: Future | None = pool.submit(fetch, "")
        while pending is not None:
            rows = pending.result()
            pending = pool.submit(fetch, rows[-1]["id"]) if len(rows) == page_size else None
            yield from (_carriable(section, row) for row in rows)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


def _carriable(section: str, row: dict) -> dict:
    """The row, when every text in it can be written in every RDF syntax and read back by `kg import`.

    Imports refuse control characters and lone surrogates, but a graph written by an older kg or by hand may hold
    them; exporting them would give RDF/XML no parser reads, or files `kg import` refuses. CheckFailed names the
    node and the property instead."""
    for key, value in row.items():
        for text in _strings(value):
            found = UNSAFE_CHARACTERS.search(text)
            if found:
                raise CheckFailed(
                    f"cannot export {section} {row.get('id')!r}: its {key} holds U+{ord(found.group()):04X} at "
                    f"character {found.start()}, which no export syntax can carry so that kg imports it again. "
                    "Nothing was exported.",
                    hint="Remove the article that holds it (`kg articles remove ID`) and import a corrected copy, "
                         "or fix the property in Neo4j.")
    return row
