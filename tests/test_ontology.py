"""The ontology and its shapes: they parse, every term is documented, HermiT finds the ontology consistent,
and the SHACL shapes accept the valid sample graph and reject the broken one for the expected reasons."""

from __future__ import annotations

from pathlib import Path

import pyshacl
import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import OWL, SH, SKOS

from kg.vocab import KG, ONTOLOGY_IRI, load_ontology, load_shapes

SAMPLES = Path(__file__).parent / "data" / "rdf"
EX = "https://w3id.org/kg-sanctions/id/"
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
              SKOS.ConceptScheme, SKOS.Concept)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def kg_terms(graph: Graph, term_type: URIRef) -> set[URIRef]:
    return {s for s in graph.subjects(RDF.type, term_type) if isinstance(s, URIRef) and s in KG}


def validate(data: Graph, shapes: Graph, ontology: Graph) -> tuple[bool, Graph]:
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none")
    return conforms, results


def test_files_parse_and_declare_the_ontology(ontology: Graph, shapes: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert len(shapes) > 0
    assert set(shapes.subjects(RDF.type, SH.NodeShape))


def test_term_counts(ontology: Graph) -> None:
    assert len(kg_terms(ontology, OWL.Class)) == 15
    assert len(kg_terms(ontology, OWL.ObjectProperty)) == 11
    assert len(kg_terms(ontology, SKOS.ConceptScheme)) == 8
    assert len(kg_terms(ontology, SKOS.Concept)) == 45


@pytest.mark.parametrize("term_type", TERM_TYPES, ids=lambda t: t.split("#")[-1].split("/")[-1])
def test_every_term_has_a_label_and_a_one_line_comment(ontology: Graph, term_type: URIRef) -> None:
    terms = kg_terms(ontology, term_type)
    assert terms
    for term in terms:
        assert ontology.value(term, RDFS.label) is not None, f"{term} has no rdfs:label"
        comment = ontology.value(term, RDFS.comment) or ontology.value(term, SKOS.definition)
        assert comment is not None, f"{term} has no rdfs:comment or skos:definition"
        assert "\n" not in str(comment), f"{term}'s comment is more than one line"


def test_every_category_maps_to_sipri(ontology: Graph) -> None:
    categories = set(ontology.subjects(SKOS.inScheme, KG.CategoryScheme))
    assert len(categories) == 12
    for concept in categories:
        assert "SIPRI" in str(ontology.value(concept, SKOS.scopeNote)), concept
    for concept in (KG.category_ammunition, KG.category_small_arms):
        assert "does not count" in str(ontology.value(concept, SKOS.scopeNote))


def test_every_shape_speaks_to_people(shapes: Graph) -> None:
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        assert shapes.value(shape, RDFS.label) or shapes.value(shape, SH.message), shape
    for owner, prop in shapes.subject_objects(SH.property):
        if shapes.value(owner, SH.targetClass) is not None:
            assert shapes.value(prop, SH.message) is not None, f"a property shape of {owner} has no sh:message"


def test_every_kg_class_has_a_shape(ontology: Graph, shapes: Graph) -> None:
    targeted = set(shapes.objects(None, SH.targetClass))
    assert kg_terms(ontology, OWL.Class) <= targeted


def test_ontology_concepts_meet_the_concept_shape(ontology: Graph, shapes: Graph) -> None:
    conforms, results = validate(ontology, shapes, ontology)
    assert conforms, results.serialize(format="turtle")


def test_valid_sample_conforms(ontology: Graph, shapes: Graph) -> None:
    data = Graph().parse(SAMPLES / "sample-valid.ttl")
    conforms, results = validate(data, shapes, ontology)
    assert conforms, results.serialize(format="turtle")


def test_event_shape_reaches_subclass_instances_through_the_ontology(ontology: Graph, shapes: Graph) -> None:
    data = Graph().parse(SAMPLES / "sample-valid.ttl")
    event = URIRef(EX + "event-shells")
    data.remove((event, RDF.type, KG.Event))
    data.remove((event, KG.key, None))
    conforms, results = validate(data, shapes, ontology)
    assert not conforms
    assert set(results.objects(None, SH.focusNode)) == {event}


def test_broken_sample_is_rejected_for_each_planted_fault(ontology: Graph, shapes: Graph) -> None:
    data = Graph().parse(SAMPLES / "sample-broken.ttl")
    conforms, results = validate(data, shapes, ontology)
    assert not conforms
    found = {
        (str(results.value(r, SH.focusNode)).removeprefix(EX), str(results.value(r, SH.resultMessage)))
        for r in results.subjects(RDF.type, SH.ValidationResult)
    }
    expected = {
        ("state-KOREA", "A state needs exactly one code, an ISO 3166-1 alpha-3 code of three capital letters such as PRK."),
        ("claim-no-evidence", "A claim needs its evidence: exactly one non-empty evidenceText, verbatim from the article."),
        ("claim-no-evidence", "A claim needs exactly one evidenceStart, a non-negative integer offset below its evidenceEnd."),
        ("claim-no-evidence", "A claim needs exactly one evidenceEnd, a non-negative integer offset."),
        ("claim-no-evidence", "A claim's category must be one of the category scheme's notations (aircraft ... other)."),
        ("event-tanks", "An event has at most one category, from the category scheme (aircraft ... other)."),
        ("paragraph-orphan", "A paragraph must be part of exactly one Resolution."),
        ("claim-mismatch", "A claim needs exactly one evidenceStart, a non-negative integer offset below its evidenceEnd."),
        ("claim-mismatch", "A claim's kind must equal the kind of the event it asserts."),
        ("party-militia", "A party needs exactly one kind: armed-group, private-military-company or company."),
        ("party-militia", "A party must be based in exactly one State."),
        ("event-misplaced", "A supplier or recipient party must be based in the event's supplier or recipient state."),
    }
    assert found == expected


def test_unknown_category_is_the_value_reported(ontology: Graph, shapes: Graph) -> None:
    data = Graph().parse(SAMPLES / "sample-broken.ttl")
    _, results = validate(data, shapes, ontology)
    in_results = set(results.subjects(SH.sourceConstraintComponent, SH.InConstraintComponent))
    assert {results.value(r, SH.value) for r in in_results} == {Literal("tank"), Literal("militia")}


def _hermit(graph: Graph, tmp_path: Path):
    """Run HermiT over `graph`; xsd:date is outside the OWL 2 datatype map, so HermiT gets xsd:dateTime."""
    from owlready2 import World, sync_reasoner
    from rdflib.namespace import XSD  # imported here: pytest's collection trips XSD's unknown-term warning

    graph = graph + Graph()
    for s, p, _ in list(graph.triples((None, None, XSD.date))):
        graph.remove((s, p, XSD.date))
        graph.add((s, p, XSD.dateTime))
    path = tmp_path / "kg.owl"
    graph.serialize(path, format="xml")
    world = World()
    world.get_ontology(path.as_uri()).load()
    sync_reasoner(world, infer_property_values=False, debug=0)
    return world


@pytest.mark.slow
def test_ontology_is_consistent_under_hermit(ontology: Graph, tmp_path: Path) -> None:
    from owlready2 import OwlReadyInconsistentOntologyError

    try:
        world = _hermit(ontology, tmp_path)
    except OwlReadyInconsistentOntologyError as e:  # pragma: no cover - the failure being tested for
        pytest.fail(f"HermiT finds the ontology inconsistent: {e}")
    assert list(world.inconsistent_classes()) == []


@pytest.mark.slow
def test_hermit_catches_an_event_of_two_disjoint_kinds(ontology: Graph, tmp_path: Path) -> None:
    from owlready2 import OwlReadyInconsistentOntologyError

    bad = ontology + Graph()
    both = URIRef(EX + "event-both")
    bad.add((both, RDF.type, OWL.NamedIndividual))
    bad.add((both, RDF.type, KG.ArmsTransfer))
    bad.add((both, RDF.type, KG.Agreement))
    with pytest.raises(OwlReadyInconsistentOntologyError):
        _hermit(bad, tmp_path)
