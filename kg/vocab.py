"""rdflib terms mirroring `ontology/kg.ttl`, and readers for what the ontology declares.

`KG` lists every term of the ontology (`_fail = True`: a misspelt term raises instead of minting a new IRI);
`tests/test_ontology_drift.py` checks the list against the file. The Neo4j schema is read from the ontology's
`kg:neo4jLabel`, `kg:neo4jKey` and `kg:neo4jType` annotations, so labels and keys are spelt in one place.
"""

from __future__ import annotations

from functools import lru_cache

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SKOS, DefinedNamespace

from kg.errors import ConfigError
from kg.resources import resource_path

ONTOLOGY_IRI = URIRef("https://w3id.org/kg-sanctions/ontology")
SHAPES = Namespace("https://w3id.org/kg-sanctions/shapes#")


class KG(DefinedNamespace):
    """The kg ontology: classes, properties, annotation properties, concept schemes and concepts."""

    _NS = Namespace("https://w3id.org/kg-sanctions/ontology#")
    _fail = True

    # Classes
    State: URIRef
    Organization: URIRef
    Party: URIRef
    Person: URIRef
    WeaponsSystem: URIRef
    Event: URIRef
    ArmsTransfer: URIRef
    TroopDeployment: URIRef
    TechnologyTransfer: URIRef
    Agreement: URIRef
    Claim: URIRef
    Article: URIRef
    SanctionsRegime: URIRef
    Resolution: URIRef
    Paragraph: URIRef
    Assessment: URIRef

    # Object properties (Neo4j relationship types)
    asserts: URIRef
    statedIn: URIRef
    attributedTo: URIRef
    supplier: URIRef
    recipient: URIRef
    party: URIRef
    supplierParty: URIRef
    recipientParty: URIRef
    basedIn: URIRef
    partOf: URIRef
    targets: URIRef
    fallsWithin: URIRef
    mayFallWithin: URIRef
    assessedEvent: URIRef
    assessedParagraph: URIRef

    # Datatype properties (Neo4j node properties)
    id: URIRef
    contentHash: URIRef
    name: URIRef
    alias: URIRef
    kind: URIRef
    category: URIRef
    code: URIRef
    key: URIRef
    year: URIRef
    periodStart: URIRef
    periodEnd: URIRef
    fromState: URIRef
    toState: URIRef
    fromParty: URIRef
    toParty: URIRef
    item: URIRef
    quantityValue: URIRef
    quantityUnit: URIRef
    quantityQualifier: URIRef
    date: URIRef
    status: URIRef
    notified: URIRef
    evidenceText: URIRef
    evidenceStart: URIRef
    evidenceEnd: URIRef
    extractionMethod: URIRef
    title: URIRef
    publisher: URIRef
    published: URIRef
    publishedDate: URIRef
    url: URIRef
    sha256: URIRef
    authority: URIRef
    targetState: URIRef
    committee: URIRef
    establishedBy: URIRef
    symbol: URIRef
    number: URIRef
    adopted: URIRef
    regimeId: URIRef
    resolution: URIRef
    summary: URIRef
    note: URIRef
    direction: URIRef
    activities: URIRef
    interpretiveActivities: URIRef
    datedBy: URIRef
    breachDate: URIRef
    articleCount: URIRef
    originCount: URIRef
    origins: URIRef
    tier: URIRef
    reason: URIRef
    stage: URIRef
    dateUsed: URIRef
    contested: URIRef
    contestedBy: URIRef
    window: URIRef
    limb: URIRef
    classes: URIRef
    exceptClasses: URIRef
    services: URIRef
    servicesFor: URIRef
    condition: URIRef
    windows: URIRef
    replacedBy: URIRef
    source: URIRef
    regime: URIRef
    targetParty: URIRef
    binding: URIRef
    verified: URIRef

    # Annotation properties
    neo4jLabel: URIRef
    neo4jKey: URIRef
    neo4jType: URIRef
    valueScheme: URIRef

    # Concept schemes
    KindScheme: URIRef
    CategoryScheme: URIRef
    StatusScheme: URIRef
    QualifierScheme: URIRef
    DirectionScheme: URIRef
    ActivityScheme: URIRef
    ServiceScopeScheme: URIRef
    TierScheme: URIRef
    PartyKindScheme: URIRef

    # Concepts
    kind_arms_transfer: URIRef
    kind_troop_deployment: URIRef
    kind_technology_transfer: URIRef
    kind_agreement: URIRef
    category_aircraft: URIRef
    category_air_defence_system: URIRef
    category_ammunition: URIRef
    category_armoured_vehicle: URIRef
    category_artillery: URIRef
    category_missile: URIRef
    category_naval_vessel: URIRef
    category_sensor: URIRef
    category_small_arms: URIRef
    category_uav: URIRef
    category_military_vehicle: URIRef
    category_other: URIRef
    status_delivered: URIRef
    status_deployed: URIRef
    status_agreed: URIRef
    status_planned: URIRef
    status_reported: URIRef
    qualifier_exact: URIRef
    qualifier_approximately: URIRef
    qualifier_at_least: URIRef
    qualifier_more_than: URIRef
    qualifier_up_to: URIRef
    direction_to_target: URIRef
    direction_from_target: URIRef
    direction_both: URIRef
    activity_arms_transfer: URIRef
    activity_troop_deployment: URIRef
    activity_technology_transfer: URIRef
    activity_agreement: URIRef
    activity_training: URIRef
    activity_workers: URIRef
    activity_financing: URIRef
    scope_training: URIRef
    scope_technical_assistance: URIRef
    scope_technology: URIRef
    scope_troops: URIRef
    scope_workers: URIRef
    scope_financial: URIRef
    scope_repair_servicing: URIRef
    scope_specialised_teaching: URIRef
    scope_scientific_cooperation: URIRef
    tier_breach: URIRef
    tier_interpretive: URIRef
    party_kind_armed_group: URIRef
    party_kind_private_military_company: URIRef
    party_kind_company: URIRef


def _parse(relative: str) -> Graph:
    path = resource_path(relative)
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as e:  # rdflib raises several parser-specific types
        raise ConfigError(
            f"kg cannot parse its file {path}: {e}",
            hint="The installation is damaged, or the file was edited by hand: check it with an RDF validator.",
        ) from e
    graph.bind("kg", KG._NS)
    return graph


def load_ontology() -> Graph:
    """A fresh graph holding `ontology/kg.ttl`."""
    return _parse("ontology/kg.ttl")


def load_shapes() -> Graph:
    """A fresh graph holding the SHACL shapes of `ontology/shapes.ttl`."""
    graph = _parse("ontology/shapes.ttl")
    graph.bind("kgsh", SHAPES)
    return graph


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    return load_ontology()


def concept_notations(scheme_local_name: str) -> set[str]:
    """The skos:notation strings of the concepts in one scheme, e.g. `concept_notations("CategoryScheme")`."""
    scheme = KG[scheme_local_name]
    graph = _ontology()
    if (scheme, RDF.type, SKOS.ConceptScheme) not in graph:
        raise ConfigError(f"the ontology has no concept scheme kg:{scheme_local_name}")
    return {
        str(notation)
        for concept in graph.subjects(SKOS.inScheme, scheme)
        for notation in graph.objects(concept, SKOS.notation)
    }


def _annotation(subject: URIRef, prop: URIRef) -> str | None:
    value = _ontology().value(subject, prop)
    return str(value) if isinstance(value, Literal) else None


def neo4j_labels() -> dict[str, str]:
    """Each Neo4j label that has a key, mapped to that key (`{"State": "code", "Claim": "id", ...}`).

    Labels without a key (the event subclass labels such as ArmsTransfer, which share the `Event` key) are left
    out; `neo4j_label_names()` lists those too.
    """
    labels = {}
    for cls, label in _ontology().subject_objects(KG.neo4jLabel):
        key = _annotation(cls, KG.neo4jKey)
        if key is not None:
            labels[str(label)] = key
    return labels


def neo4j_label_names() -> set[str]:
    """Every Neo4j label the ontology declares, with or without a key of its own."""
    return {str(label) for label in _ontology().objects(None, KG.neo4jLabel)}


def neo4j_relationship_types() -> set[str]:
    """Every Neo4j relationship type the ontology declares (`{"ASSERTS", "STATED_IN", ...}`)."""
    return {str(rel_type) for rel_type in _ontology().objects(None, KG.neo4jType)}
