"""SHACL validation of an export with pySHACL, against `ontology/shapes.ttl` with the ontology as `ont_graph`.

Named graphs are merged first: a claim in its article's graph asserts an event in the default graph, and the
shapes look across both. Each result names its focus node, the node shape it broke (with the property path, for
a property shape) and the shape's message.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyshacl
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import SH

from kg.vocab import load_ontology, load_shapes


@dataclass(frozen=True)
class ShaclResult:
    focus: str
    shape: str  # the node shape, e.g. kgsh:ClaimShape
    path: str | None  # the property path, e.g. kg:evidenceText, for a property shape
    message: str
    value: str | None

    def describe(self) -> str:
        where = f"{self.shape}, path {self.path}" if self.path else self.shape
        value = f" (value {self.value})" if self.value is not None else ""
        return f"{self.focus}: {where}: {self.message}{value}"


def merge_graphs(dataset: Graph) -> Graph:
    """Every triple of every graph of a Dataset in one plain Graph (a plain Graph is copied)."""
    merged = Graph()
    quads = dataset.quads((None, None, None, None)) if isinstance(dataset, Dataset) else (
        (*t, None) for t in dataset)
    for subject, predicate, obj, _ in quads:
        merged.add((subject, predicate, obj))
    return merged


def _name(term: object, shapes: Graph) -> str | None:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return term.n3(shapes.namespace_manager)
    if isinstance(term, Literal):
        return term.n3()
    return str(term)


def _node_shape(shape: object, shapes: Graph) -> object:
    """The node shape a property shape (a blank node) belongs to, or the shape itself."""
    if isinstance(shape, BNode):
        owner = shapes.value(None, SH.property, shape)
        return owner if owner is not None else shape
    return shape


def _results(report: Graph, shapes: Graph) -> list[ShaclResult]:
    found = []
    for result in report.subjects(SH.resultSeverity, None):
        source = report.value(result, SH.sourceShape)
        message = report.value(result, SH.resultMessage) or shapes.value(source, SH.message) or ""
        found.append(ShaclResult(_name(report.value(result, SH.focusNode), shapes),
                                 _name(_node_shape(source, shapes), shapes),
                                 _name(report.value(result, SH.resultPath), shapes), str(message),
                                 _name(report.value(result, SH.value), shapes)))
    return sorted(found, key=lambda r: (r.focus, r.shape, r.path or "", r.message))


def validate_graph(data: Graph) -> list[ShaclResult]:
    """The SHACL results for the data (empty when it conforms); a Dataset's graphs are merged first."""
    shapes = load_shapes()
    conforms, report, _ = pyshacl.validate(merge_graphs(data), shacl_graph=shapes, ont_graph=load_ontology(),
                                           inference="none")
    return [] if conforms else _results(report, shapes)
