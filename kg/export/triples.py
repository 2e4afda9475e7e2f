"""Rows read from Neo4j -> quads `(subject, predicate, object, graph)` in the ontology's terms.

One function per section; each yields every quad of one node together, subject first, in a fixed predicate
order, so a streamed writer can print a subject block at a time and two exports of one graph are identical.
`graph` is None for the default graph.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Any, Callable, Iterator

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from kg.export.iris import article_graph, node_iri
from kg.vocab import KG

Quad = tuple[URIRef, URIRef, Any, URIRef | None]


def iso(value: Any) -> str:
    """A date from the driver (neo4j.time.Date) or Python, as ISO 8601 text."""
    return value.iso_format() if hasattr(value, "iso_format") else str(value)


def decimal_text(value: int | float) -> str:
    """The canonical xsd:decimal lexical form, which Turtle writers keep as is: 12000000.0, 0.5 (never 1.2E7)."""
    number = Decimal(str(value))
    if number == number.to_integral_value():
        return f"{int(number)}.0"
    return format(number.normalize(), "f")


def _string(value: Any) -> Literal:
    return Literal(str(value))


def _typed(datatype: URIRef, render: Callable[[Any], str] = str) -> Callable[[Any], Literal]:
    return lambda value: Literal(render(value), datatype=datatype)


def _boolean(value: Any) -> Literal:
    return Literal("true" if value else "false", datatype=XSD.boolean)


DATE = _typed(XSD.date, iso)
CLAIM_PROPS = (("kind", _string), ("fromState", _string), ("toState", _string), ("fromParty", _string),
               ("toParty", _string), ("category", _string),
               ("item", _string), ("quantityValue", _typed(XSD.decimal, decimal_text)),
               ("quantityUnit", _string), ("quantityQualifier", _string), ("periodStart", _string),
               ("periodEnd", _string), ("date", DATE), ("status", _string), ("evidenceText", _string),
               ("evidenceStart", _typed(XSD.nonNegativeInteger)), ("evidenceEnd", _typed(XSD.nonNegativeInteger)),
               ("extractionMethod", _string), ("contentHash", _string))
ARTICLE_PROPS = (("title", _string), ("publisher", _string), ("published", _string), ("publishedDate", DATE),
                 ("url", _typed(XSD.anyURI)), ("sha256", _string))
REGIME_PROPS = (("name", _string), ("authority", _string), ("targetState", _string), ("committee", _string),
                ("establishedBy", _string))
RESOLUTION_PROPS = (("symbol", _string), ("number", _typed(XSD.integer)), ("adopted", DATE), ("summary", _string),
                    ("regimeId", _string), ("contentHash", _string))
PARAGRAPH_PROPS = (("number", _string), ("resolution", _string), ("direction", _string),
                   ("activities", _string), ("interpretiveActivities", _string), ("categories", _string),
                   ("binding", _boolean), ("adopted", DATE), ("verified", _boolean), ("summary", _string),
                   ("note", _string), ("contentHash", _string))
CLAIM_PROPS, ARTICLE_PROPS, REGIME_PROPS, RESOLUTION_PROPS, PARAGRAPH_PROPS = (
    tuple((name, make, KG[name]) for name, make in table)
    for table in (CLAIM_PROPS, ARTICLE_PROPS, REGIME_PROPS, RESOLUTION_PROPS, PARAGRAPH_PROPS))
EVENT_CLASSES = {"arms_transfer": KG.ArmsTransfer, "troop_deployment": KG.TroopDeployment,
                 "technology_transfer": KG.TechnologyTransfer, "agreement": KG.Agreement}


@lru_cache(maxsize=8192)
def _literal(make: Callable[[Any], Literal], value: Any) -> Literal:
    """Literals by value: kinds, states, statuses and dates repeat across claims, and rdflib's Literal is slow to
    build, so the export reuses one object per recent value (rdflib terms are immutable)."""
    return make(value)


def _props(subject: URIRef, props: dict, table: tuple, graph: URIRef | None) -> Iterator[Quad]:
    """The datatype properties of `table` that the node has; list values give one quad each, sorted."""
    for name, make, predicate in table:
        value = props.get(name)
        if value is None:
            continue
        for one in sorted(value) if isinstance(value, list) else (value,):
            yield subject, predicate, _literal(make, one if not hasattr(one, "iso_format") else iso(one)), graph


def _head(subject: URIRef, classes: tuple[URIRef, ...], node_id: str, graph: URIRef | None) -> Iterator[Quad]:
    for cls in classes:
        yield subject, RDF.type, cls, graph
    yield subject, KG.id, Literal(node_id), graph


def state_quads(row: dict) -> Iterator[Quad]:
    subject = node_iri("state", row["id"])
    yield subject, RDF.type, KG.State, None
    yield subject, KG.code, Literal(row["id"]), None
    if row.get("name"):
        yield subject, KG.name, Literal(row["name"]), None


def organization_quads(row: dict) -> Iterator[Quad]:
    subject = node_iri("organization", row["id"])
    yield from _head(subject, (KG.Organization,), row["id"], None)
    yield subject, KG.name, Literal(row["name"]), None


def party_quads(row: dict) -> Iterator[Quad]:
    subject = node_iri("party", row["id"])
    yield from _head(subject, (KG.Party,), row["id"], None)
    yield subject, KG.name, Literal(row["name"]), None
    yield subject, KG.kind, Literal(row["kind"]), None
    for code in sorted(row["basedIn"]):
        yield subject, KG.basedIn, node_iri("state", code), None


def article_quads(row: dict) -> Iterator[Quad]:
    subject, graph = node_iri("article", row["id"]), article_graph(row["id"])
    yield from _head(subject, (KG.Article,), row["id"], graph)
    yield from _props(subject, row["props"], ARTICLE_PROPS, graph)


def event_quads(row: dict) -> Iterator[Quad]:
    subject = node_iri("event", row["id"])
    yield from _head(subject, (KG.Event, EVENT_CLASSES[row["kind"]]), row["id"], None)
    yield subject, KG.key, Literal(row["key"]), None
    yield subject, KG.kind, Literal(row["kind"]), None
    if row.get("category") is not None:
        yield subject, KG.category, Literal(row["category"]), None
    yield subject, KG.year, Literal("undated" if row.get("year") is None else str(row["year"])), None
    for prop, codes in ((KG.supplier, row["suppliers"]), (KG.recipient, row["recipients"]),
                        (KG.party, row["parties"])):
        for code in sorted(codes):
            yield subject, prop, node_iri("state", code), None
    for prop, ids in ((KG.supplierParty, row["supplierParties"]), (KG.recipientParty, row["recipientParties"]),
                      (KG.party, row["nonStateParties"])):
        for party_id in sorted(ids):
            yield subject, prop, node_iri("party", party_id), None


def claim_quads(row: dict) -> Iterator[Quad]:
    """A claim in its article's named graph, with PROV-O provenance beside the kg links."""
    subject, graph = node_iri("claim", row["id"]), article_graph(row["articleId"])
    article = node_iri("article", row["articleId"])
    yield from _head(subject, (KG.Claim,), row["id"], graph)
    yield subject, KG.asserts, node_iri("event", row["eventId"]), graph
    yield subject, KG.statedIn, article, graph
    yield subject, PROV.wasDerivedFrom, article, graph
    if row.get("organizationId"):
        organization = node_iri("organization", row["organizationId"])
        yield subject, KG.attributedTo, organization, graph
        yield subject, PROV.wasAttributedTo, organization, graph
    yield from _props(subject, row, CLAIM_PROPS, graph)


def regime_quads(row: dict) -> Iterator[Quad]:
    subject = node_iri("regime", row["id"])
    yield from _head(subject, (KG.SanctionsRegime,), row["id"], None)
    yield from _props(subject, row["props"], REGIME_PROPS, None)
    for code in sorted(row["targets"]):
        yield subject, KG.targets, node_iri("state", code), None
    for party_id in sorted(row.get("targetParties", ())):
        yield subject, KG.targets, node_iri("party", party_id), None


def resolution_quads(row: dict) -> Iterator[Quad]:
    subject = node_iri("resolution", row["id"])
    yield from _head(subject, (KG.Resolution,), row["id"], None)
    yield from _props(subject, row["props"], RESOLUTION_PROPS, None)
    for regime in sorted(row["partOf"]):
        yield subject, KG.partOf, node_iri("regime", regime), None


def paragraph_quads(row: dict) -> Iterator[Quad]:
    subject = node_iri("paragraph", row["id"])
    yield from _head(subject, (KG.Paragraph,), row["id"], None)
    yield from _props(subject, row["props"], PARAGRAPH_PROPS, None)
    for resolution in sorted(row["partOf"]):
        yield subject, KG.partOf, node_iri("resolution", resolution), None


# Section order of every export, each with its page query (cypher/export/NAME.cypher) and its quads.
SECTIONS = (("states", state_quads), ("organizations", organization_quads), ("parties", party_quads),
            ("articles", article_quads),
            ("events", event_quads), ("claims", claim_quads), ("regimes", regime_quads),
            ("resolutions", resolution_quads), ("paragraphs", paragraph_quads))
