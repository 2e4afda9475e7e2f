"""Quads -> text. N-Triples, N-Quads and Turtle are written as the quads come (one line, or one subject block, at
a time: memory stays flat); TriG, JSON-LD and RDF/XML need the whole graph in an rdflib Dataset first."""

from __future__ import annotations

from typing import Iterable, TextIO

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import PROV, RDF, XSD, NamespaceManager

from kg.export.triples import Quad
from kg.vocab import KG

PREFIXES = {"kg": str(KG._NS), "prov": str(PROV), "rdf": str(RDF), "xsd": str(XSD)}


def write_lines(quads: Iterable[Quad], out: TextIO, *, with_graph: bool) -> int:
    """N-Triples (`with_graph=False`: graphs dropped) or N-Quads, one line per quad; returns the count."""
    count, last_subject, subject_n3 = 0, None, ""
    predicates: dict[URIRef, str] = {}
    for subject, predicate, obj, graph in quads:
        if subject is not last_subject:
            last_subject, subject_n3 = subject, subject.n3()
        p = predicates.get(predicate) or predicates.setdefault(predicate, predicate.n3())
        g = f" {graph.n3()}" if with_graph and graph is not None else ""
        out.write(f"{subject_n3} {p} {obj.n3()}{g} .\n")
        count += 1
    return count


def _namespace_manager() -> NamespaceManager:
    manager = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        manager.bind(prefix, namespace)
    return manager


def write_turtle(quads: Iterable[Quad], out: TextIO) -> int:
    """Turtle, streamed: the prefixes, then one block per subject (graphs dropped); returns the triple count."""
    manager, count, current = _namespace_manager(), 0, None
    for prefix, namespace in PREFIXES.items():
        out.write(f"@prefix {prefix}: <{namespace}> .\n")
    for subject, predicate, obj, _ in quads:
        verb = "a" if predicate == RDF.type else predicate.n3(manager)
        if subject != current:
            out.write(" .\n" if current is not None else "")
            out.write(f"\n{subject.n3(manager)} {verb} {obj.n3(manager)}")
            current = subject
        else:
            out.write(f" ;\n    {verb} {obj.n3(manager)}")
        count += 1
    out.write(" .\n" if current is not None else "")
    return count


def build_dataset(quads: Iterable[Quad]) -> Dataset:
    """The whole export in memory: each article's named graph, and the default graph."""
    dataset, graphs = Dataset(), {}
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    for subject, predicate, obj, graph in quads:
        if graph is None:
            dataset.add((subject, predicate, obj))
        else:
            target = graphs.get(graph)
            if target is None:
                target = graphs[graph] = dataset.graph(graph)
            target.add((subject, predicate, obj))
    return dataset


def write_whole(quads: Iterable[Quad], out: TextIO, rdflib_format: str) -> int:
    """TriG and JSON-LD (named graphs kept) or RDF/XML (graphs merged), built in memory, then serialised."""
    dataset = build_dataset(quads)
    if rdflib_format == "xml":
        merged = Graph()
        for prefix, namespace in PREFIXES.items():
            merged.bind(prefix, namespace)
        for subject, predicate, obj, _ in dataset.quads((None, None, None, None)):
            merged.add((subject, predicate, obj))
        out.write(merged.serialize(format="xml"))
        return len(merged)
    extra = {"context": PREFIXES, "auto_compact": True} if rdflib_format == "json-ld" else {}
    out.write(dataset.serialize(format=rdflib_format, **extra))
    return sum(1 for _ in dataset.quads((None, None, None, None)))
