"""The RDF syntaxes kg writes and reads, written once, with no dependency (the CLI reads them at start-up).

kg's name -> (rdflib's name, file suffixes). `kg export --format` takes the names, and `ftm`; `kg import` and
`kg validate` tell the syntax by the suffix.
"""

from __future__ import annotations

RDF_SYNTAXES: dict[str, tuple[str, tuple[str, ...]]] = {
    "turtle": ("turtle", (".ttl",)),
    "nt": ("nt", (".nt",)),
    "nquads": ("nquads", (".nq",)),
    "trig": ("trig", (".trig",)),
    "jsonld": ("json-ld", (".jsonld",)),
    "xml": ("xml", (".rdf", ".owl")),
}
RDF_SUFFIXES = {suffix: rdflib for rdflib, suffixes in RDF_SYNTAXES.values() for suffix in suffixes}
EXPORT_FORMATS = (*RDF_SYNTAXES, "ftm")
