"""Neo4j -> RDF in the ontology's terms, read in pages and written as it comes.

`export_quads` yields every quad of the graph (or of a subset) section by section, each section sorted by id;
`export_rdf` writes them in one of `FORMATS`; `export_dataset` builds the whole thing in an rdflib Dataset (for
validation and tests); `export_ftm` writes FollowTheMoney entities (kg.export.ftm).
"""

from __future__ import annotations

from typing import Iterator, TextIO

from rdflib import Dataset

from kg import store
from kg.config import Settings
from kg.errors import ConfigError
from kg.export.pages import PAGE_SIZE, Subset, read_pages
from kg.export.triples import SECTIONS, Quad
from kg.export.writers import build_dataset, write_lines, write_turtle, write_whole

# Format name -> rdflib's name for it; the first three are streamed, the rest built whole in memory.
FORMATS = {"turtle": "turtle", "nt": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld", "xml": "xml"}
STREAMED = ("turtle", "nt", "nquads")


def export_quads(driver: store.Driver, settings: Settings, subset: Subset = Subset(),
                 page_size: int = PAGE_SIZE) -> Iterator[Quad]:
    """Every quad of the export: states, organisations, articles, events, claims, then the law."""
    for section, make_quads in SECTIONS:
        for row in read_pages(driver, settings, section, subset, page_size):
            yield from make_quads(row)


def export_rdf(driver: store.Driver, settings: Settings, out: TextIO, fmt: str, subset: Subset = Subset(),
               page_size: int = PAGE_SIZE) -> int:
    """Write the export to `out` in format `fmt` (a key of FORMATS); returns the number of triples or quads."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown RDF format {fmt!r}", hint=f"Use one of {', '.join(FORMATS)}.")
    quads = export_quads(driver, settings, subset, page_size)
    if fmt in ("nt", "nquads"):
        return write_lines(quads, out, with_graph=fmt == "nquads")
    if fmt == "turtle":
        return write_turtle(quads, out)
    return write_whole(quads, out, FORMATS[fmt])


def export_dataset(driver: store.Driver, settings: Settings, subset: Subset = Subset()) -> Dataset:
    """The export as an rdflib Dataset in memory (each article's named graph, and the default graph)."""
    return build_dataset(export_quads(driver, settings, subset))


__all__ = ["FORMATS", "STREAMED", "Subset", "export_dataset", "export_quads", "export_rdf"]
