"""The ontology is the one home of the vocabulary: Python enums, law data, shapes, the KG namespace and the
graph model document must all agree with it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import OWL, SH, SKOS

from kg import law, model
from kg.vocab import KG, concept_notations, load_ontology, load_shapes, neo4j_label_names, neo4j_relationship_types

REPO = Path(__file__).resolve().parent.parent
LAW_FILES = sorted((REPO / "data" / "law").glob("*.yaml"))
SCOPE_SCHEMES = ("CategoryScheme", "ServiceScopeScheme")


def values(enum: type) -> set[str]:
    return {member.value for member in enum}


@pytest.mark.parametrize(
    ("enum", "scheme"),
    [
        (model.Kind, "KindScheme"),
        (model.Category, "CategoryScheme"),
        (model.Status, "StatusScheme"),
        (model.Qualifier, "QualifierScheme"),
        (model.PartyKind, "PartyKindScheme"),
        (law.Direction, "DirectionScheme"),
        (law.Activity, "ActivityScheme"),
        (law.ServiceScope, "ServiceScopeScheme"),
    ],
    ids=lambda x: x if isinstance(x, str) else x.__name__,
)
def test_python_enums_equal_scheme_notations(enum: type, scheme: str) -> None:
    assert values(enum) == concept_notations(scheme)


def test_every_kind_is_an_activity() -> None:
    assert values(model.Kind) <= concept_notations("ActivityScheme")


@pytest.mark.parametrize("path", LAW_FILES, ids=lambda p: p.name)
def test_law_data_uses_only_ontology_terms(path: Path) -> None:
    activities = concept_notations("ActivityScheme")
    scopes = set().union(*(concept_notations(s) for s in SCOPE_SCHEMES))
    for resolution, paragraph in law.load_law(path).iter_paragraphs():
        where = law.paragraph_id(resolution.symbol, paragraph.number)
        assert {a.value for a in paragraph.activities + paragraph.interpretive_activities} <= activities, where
        assert set(paragraph.categories) <= scopes, where
        assert paragraph.direction.value in concept_notations("DirectionScheme"), where


def test_law_files_exist() -> None:
    assert LAW_FILES, "data/law/ holds no law file"


def test_kg_namespace_lists_exactly_the_ontology_terms() -> None:
    ontology = load_ontology()
    declared = {s for s in ontology.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(str(KG._NS))}
    listed = {KG[name] for name in KG.__annotations__}
    assert listed == declared


def _sh_in_lists(shapes: Graph) -> list[tuple[object, URIRef, set[str]]]:
    """(property shape, path, allowed values) of each sh:in on a property of a class's shape (sh:or branches left out)."""
    pairs = []
    for node_shape in shapes.subjects(SH.targetClass, None):
        for shape in shapes.objects(node_shape, SH.property):
            if shapes.value(shape, SH["in"]) is None:
                continue
            path = shapes.value(shape, SH.path)
            items = shapes.collection(shapes.value(shape, SH["in"]))
            pairs.append((shape, path, {str(item) for item in items}))
    return pairs


def test_shape_value_lists_equal_the_schemes() -> None:
    ontology, shapes = load_ontology(), load_shapes()
    checked = 0
    for shape, path, allowed in _sh_in_lists(shapes):
        # A property shape may name its own scheme (kg:kind on a Party takes the party kinds).
        scheme = shapes.value(shape, KG.valueScheme) or ontology.value(path, KG.valueScheme)
        if path == KG.categories:
            expected = set().union(*(concept_notations(s) for s in SCOPE_SCHEMES))
        else:
            assert scheme is not None, f"{path} has an sh:in list but no kg:valueScheme"
            expected = concept_notations(str(scheme).removeprefix(str(KG._NS)))
        assert allowed == expected, f"sh:in on {path} differs from {scheme}"
        checked += 1
    assert checked >= 10


def test_every_value_property_names_its_scheme() -> None:
    ontology = load_ontology()
    for prop in (KG.kind, KG.category, KG.status, KG.quantityQualifier, KG.direction, KG.activities,
                 KG.interpretiveActivities):
        scheme = ontology.value(prop, KG.valueScheme)
        assert (scheme, RDF.type, SKOS.ConceptScheme) in ontology, prop


def _graph_model_tables() -> dict[str, list[list[str]]]:
    """The markdown tables of docs/graph-model.md, by the heading above them, as rows of cells."""
    tables: dict[str, list[list[str]]] = {}
    heading = ""
    for line in (REPO / "docs" / "graph-model.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
        elif line.startswith("|") and not re.match(r"^\|[\s\-|]+\|$", line):
            tables.setdefault(heading, []).append([cell.strip() for cell in line.strip("|").split("|")])
    return {name: rows[1:] for name, rows in tables.items()}  # drop header rows


def _backticked(cell: str) -> list[str]:
    """The `names` in a cell, leaving out those in parentheses, which are examples and values."""
    while re.search(r"\([^()]*\)", cell):
        cell = re.sub(r"\([^()]*\)", "", cell)
    return re.findall(r"`([^`]+)`", cell)


def test_graph_model_labels_exist_in_the_ontology() -> None:
    rows = _graph_model_tables()["Nodes"]
    labels = {name for row in rows for name in _backticked(row[0])}
    assert {"State", "Claim", "Event", "ArmsTransfer", "Paragraph"} <= labels
    assert labels <= neo4j_label_names()


def test_graph_model_relationship_types_exist_in_the_ontology() -> None:
    rows = _graph_model_tables()["Relationships"]
    types = {name for row in rows for name in _backticked(row[0])}
    assert len(types) == 11
    assert types == neo4j_relationship_types()


def test_graph_model_node_properties_are_ontology_terms() -> None:
    ontology = load_ontology()
    properties = set()
    for row in _graph_model_tables()["Nodes"]:
        properties |= {name for cell in row[1:] for name in _backticked(cell)}
    assert {"code", "id", "quantityValue", "direction", "publishedDate"} <= properties
    for name in sorted(properties):
        assert name in KG, f"docs/graph-model.md names node property {name!r}, which the ontology lacks"
        term = KG[name]
        assert {OWL.DatatypeProperty, OWL.ObjectProperty} & set(ontology.objects(term, RDF.type)), name


def test_event_keys_from_the_check_stage_match_the_shape_pattern() -> None:
    from kg.ingest.rows import event_key

    shapes = load_shapes()
    pattern = next(str(shapes.value(s, SH.pattern)) for s in shapes.subjects(SH.path, KG.key))
    facts_files = sorted((REPO / "samples" / "facts").glob("*.json"))
    if not facts_files:
        pytest.skip("no samples/facts/*.json to take facts from")
    for path in facts_files:
        for fact in model.FactsFile.model_validate_json(path.read_text(encoding="utf-8")).facts:
            assert re.match(pattern, event_key(fact)), f"{path.name}: {event_key(fact)}"
