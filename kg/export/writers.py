"""Quads -> text. N-Triples, N-Quads and Turtle are written as the quads come (one line, or one subject block, at
a time: memory stays flat); TriG, JSON-LD and RDF/XML need the whole graph in an rdflib Dataset first."""

from __future__ import annotations

from typing import Iterable, TextIO

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import PROV, RDF, XSD, NamespaceManager

from kg.export.iris import ID_BASE
from kg.export.triples import Quad
from kg.vocab import KG

PREFIXES = {"kg": str(KG._NS), "prov": str(PROV), "rdf": str(RDF), "xsd": str(XSD)}


class _Terms:
    """The text of terms, cached. Minted IRIs are valid by construction (percent-encoded ids), so they skip
    rdflib's per-character check; vocabulary IRIs are cached by value and literals by identity, since the export
    hands the same literal object out for a repeated value (kg.export.triples). With a namespace manager,
    vocabulary IRIs and datatypes come out prefixed, for Turtle."""

    LIMIT = 65536

    def __init__(self, manager: NamespaceManager | None = None) -> None:
        self.manager, self.vocabulary, self.literals = manager, {}, {}

    def text(self, term: object) -> str:
        if type(term) is URIRef:
            if term.startswith(ID_BASE):
                return f"<{term}>"
            text = self.vocabulary.get(term)
            if text is None:
                text = self.vocabulary[term] = term.n3(self.manager)
            return text
        entry = self.literals.get(id(term))
        if entry is None or entry[0] is not term:
            if len(self.literals) > self.LIMIT:
                self.literals.clear()
            entry = self.literals[id(term)] = (term, term.n3(self.manager))
        return entry[1]


def write_lines(quads: Iterable[Quad], out: TextIO, *, with_graph: bool) -> int:
    """N-Triples (`with_graph=False`: graphs dropped) or N-Quads, one line per quad; returns the count."""
    terms, count, last_subject, subject_text = _Terms(), 0, None, ""
    for subject, predicate, obj, graph in quads:
        if subject is not last_subject:
            last_subject, subject_text = subject, terms.text(subject)
        g = f" <{graph}>" if with_graph and graph is not None else ""
        out.write(f"{subject_text} {terms.text(predicate)} {terms.text(obj)}{g} .\n")
        count += 1
    return count


def _namespace_manager() -> NamespaceManager:
    manager = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, namespace in PREFIXES.items():
        manager.bind(prefix, namespace)
    return manager


def write_turtle(quads: Iterable[Quad], out: TextIO) -> int:
    """Turtle, streamed: the prefixes, then one block per subject (graphs dropped); returns the triple count."""
    terms, count, current = _Terms(_namespace_manager()), 0, None
    for prefix, namespace in PREFIXES.items():
        out.write(f"@prefix {prefix}: <{namespace}> .\n")
    for subject, predicate, obj, _ in quads:
        verb = "a" if predicate == RDF.type else terms.text(predicate)
        if subject is not current:
            out.write(" .\n" if current is not None else "")
            out.write(f"\n{terms.text(subject)} {verb} {terms.text(obj)}")
            current = subject
        else:
            out.write(f" ;\n    {verb} {terms.text(obj)}")
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
