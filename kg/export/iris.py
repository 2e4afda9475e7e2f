"""Stable IRIs for the graph's nodes, minted from their deterministic Neo4j ids, and the named graphs of an export.

`https://w3id.org/kg-sanctions/id/claim/<id>`, `/event/<id>`, `/article/<sha256>`, `/state/<code>`,
`/organization/<id>`, `/party/<id>`, `/regime/<id>`, `/resolution/<id>`, `/paragraph/<id>`; ids that hold spaces, slashes or
brackets (resolution symbols, paragraph ids) are percent-encoded. Each article's claims live in the named graph
`https://w3id.org/kg-sanctions/graph/article/<sha256>`; everything else is in the default graph.
"""

from __future__ import annotations

from urllib.parse import quote, unquote

from rdflib import URIRef

ID_BASE = "https://w3id.org/kg-sanctions/id/"
GRAPH_BASE = "https://w3id.org/kg-sanctions/graph/"

SECTIONS = ("state", "organization", "party", "article", "event", "claim", "regime", "resolution", "paragraph")


def node_iri(section: str, node_id: str) -> URIRef:
    """`node_iri("claim", "0f3a...")` -> `<https://w3id.org/kg-sanctions/id/claim/0f3a...>`."""
    return URIRef(f"{ID_BASE}{section}/{quote(str(node_id), safe='')}")


def article_graph(article_id: str) -> URIRef:
    """The named graph holding one article and its claims."""
    return URIRef(f"{GRAPH_BASE}article/{quote(article_id, safe='')}")


def split_iri(iri: str) -> tuple[str, str] | None:
    """The section and id an IRI was minted from, or None for an IRI kg did not mint."""
    if not iri.startswith(ID_BASE):
        return None
    section, _, encoded = iri[len(ID_BASE):].partition("/")
    return (section, unquote(encoded)) if section in SECTIONS and encoded else None
