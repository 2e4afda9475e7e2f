"""Neo4j -> RDF in the ontology's terms, read in pages and written as it comes.

`export_quads` yields every quad of the graph (or of a subset) section by section, each section sorted by id;
`export_rdf` writes them in one of `FORMATS`; `export_dataset` builds the whole thing in an rdflib Dataset (for
validation and tests); `export_ftm` writes FollowTheMoney entities (kg.export.ftm); `export` picks by format name.
A new export format is a module here, named in `export`.
"""

from __future__ import annotations

from typing import Iterator, TextIO

from rdflib import Dataset

from kg import store
from kg.errors import ConfigError
from kg.formats import EXPORT_FORMATS, RDF_SYNTAXES
from kg.export.pages import PAGE_SIZE, Subset, read_pages
from kg.export.triples import SECTIONS, Quad
from kg.export.writers import build_dataset, write_lines, write_turtle, write_whole

# RDF format name -> rdflib's name for it (kg.formats.RDF_SYNTAXES); every format `export` writes is EXPORT_FORMATS.
FORMATS = {name: rdflib for name, (rdflib, _) in RDF_SYNTAXES.items()}


def export_quads(graph: store.Graph, subset: Subset = Subset(),
                 page_size: int = PAGE_SIZE) -> Iterator[Quad]:
    """Every quad of the export: states, organisations, articles, events, claims, then the law."""
    for section, make_quads in SECTIONS:
        for row in read_pages(graph, section, subset, page_size):
            yield from make_quads(row)


def export_rdf(graph: store.Graph, out: TextIO, fmt: str, subset: Subset = Subset(),
               page_size: int = PAGE_SIZE) -> int:
    """Write the export to `out` in format `fmt` (a key of FORMATS); returns the number of triples or quads."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown RDF format {fmt!r}", hint=f"Use one of {', '.join(FORMATS)}.")
    quads = export_quads(graph, subset, page_size)
    if fmt in ("nt", "nquads"):
        return write_lines(quads, out, with_graph=fmt == "nquads")
    if fmt == "turtle":
        return write_turtle(quads, out)
    return write_whole(quads, out, FORMATS[fmt])


def check_available(fmt: str) -> None:
    """Fail before connecting when a format needs a library that is missing (ftm needs followthemoney)."""
    if fmt == "ftm":
        from kg.export.ftm import ftm_model

        ftm_model()


def export(graph: store.Graph, out: TextIO, fmt: str, subset: Subset = Subset()) -> tuple[int, str]:
    """Write the export in any of EXPORT_FORMATS; returns the count and what was counted (triples, entities)."""
    if fmt == "ftm":
        from kg.export.ftm import export_ftm  # followthemoney loads only for this format

        return export_ftm(graph, out, subset), "entities"
    return export_rdf(graph, out, fmt, subset), "triples"


def export_dataset(graph: store.Graph, subset: Subset = Subset()) -> Dataset:
    """The export as an rdflib Dataset in memory (each article's named graph, and the default graph)."""
    return build_dataset(export_quads(graph, subset))


__all__ = ["EXPORT_FORMATS", "FORMATS", "Subset", "check_available", "export", "export_dataset", "export_quads",
           "export_rdf"]
