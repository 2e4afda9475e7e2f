"""Reading the graph in pages: keyset pagination on each label's id (`WHERE n.id > $after ORDER BY n.id LIMIT
$page`, one read-mode file `cypher/export_SECTION.cypher` per section), so memory holds one page at a time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from kg import store
from kg.config import Settings
from kg.store.pages import read_page

PAGE_SIZE = 5000
# Sections whose page query takes the subset parameters; the law is always exported whole.
SUBSET_SECTIONS = frozenset({"states", "organizations", "articles", "events", "claims"})


@dataclass(frozen=True)
class Subset:
    """Which part of the graph to export: one article (sha256), and/or articles published on or after a date."""

    article: str | None = None
    since: str | None = None

    def params(self, section: str) -> dict:
        return {"article": self.article, "since": self.since} if section in SUBSET_SECTIONS else {}


def read_pages(driver: store.Driver, settings: Settings, section: str, subset: Subset = Subset(),
               page_size: int = PAGE_SIZE) -> Iterator[dict]:
    """Every row of `cypher/export_SECTION.cypher`, sorted by id, one page (one read transaction) at a time."""
    after = ""
    while True:
        rows = read_page(driver, settings, f"export_{section}",
                         {**subset.params(section), "after": after, "page": page_size})
        yield from rows
        if len(rows) < page_size:
            return
        after = rows[-1]["id"]
