"""RDF in the ontology's terms -> facts files, one per article, so that `kg import` takes back what `kg export`
wrote (Turtle, N-Triples, JSON-LD, TriG, N-Quads, RDF/XML).

Each kg:Article becomes a Document and each kg:Claim stated in it a Fact; the claims' kg:extractionMethod is kept
as the import's method. Events, states, organisations, parties and the law are not read: `kg import` derives
events, states and parties from the facts again (same keys, same ids; parties from data/parties.yaml) and loads
the law from the regimes kg ships.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from pydantic import ValidationError
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF

from kg.errors import InputError, problem_lines
from kg.model import ARTICLE_PROPERTIES, DERIVED_PROPERTIES, Document, Fact, FactsFile
from kg.ingest.rdf_source import parse_rdf
from kg.vocab import KG

DEFAULT_METHOD = "reviewed"


@dataclass(frozen=True)
class RdfArticle:
    facts_file: FactsFile
    method: str  # the claims' kg:extractionMethod


def _value(graph: Dataset, subject: URIRef, prop: URIRef) -> object | None:
    value = graph.value(subject, prop)
    if not isinstance(value, Literal):
        return None
    python = value.toPython()
    if isinstance(python, Decimal):
        return int(python) if python == python.to_integral_value() else float(python)
    return str(python) if not isinstance(python, (int, float, bool)) else python


def _document(graph: Dataset, article: URIRef) -> dict:
    return {name: _value(graph, article, KG[name]) for name in ARTICLE_PROPERTIES if name not in DERIVED_PROPERTIES}


def _fact(graph: Dataset, claim: URIRef) -> dict:
    value = lambda name: _value(graph, claim, KG[name])  # noqa: E731
    organization = graph.value(claim, KG.attributedTo)
    quantity = None
    if value("quantityValue") is not None:
        quantity = {"value": value("quantityValue"), "unit": value("quantityUnit"),
                    "qualifier": value("quantityQualifier") or "exact"}
    period = None
    if value("periodStart") is not None or value("periodEnd") is not None:
        period = {"start": value("periodStart"), "end": value("periodEnd")}
    return {"kind": value("kind"), "from": value("fromState"), "to": value("toState"),
            "from_party": value("fromParty"), "to_party": value("toParty"),
            "category": value("category"), "item": value("item"), "quantity": quantity, "period": period,
            "status": value("status"), "notified": value("notified"),
            "attributed_to": _value(graph, organization, KG.name) if organization is not None else None,
            "evidence": {"text": value("evidenceText"), "start": value("evidenceStart"),
                         "end": value("evidenceEnd")}}


def _problem(path: Path, subject: URIRef, error: ValidationError) -> InputError:
    lines = problem_lines(error, lambda loc: f"{path}: <{subject}>, field {'.'.join(map(str, loc)) or '(whole)'}")
    return InputError("\n".join(lines), hint="Export it again with `kg export`, or fix the triples named above.")


def _article(path: Path, graph: Dataset, article: URIRef) -> RdfArticle:
    try:
        document = Document.model_validate(_document(graph, article))
    except ValidationError as e:
        raise _problem(path, article, e) from e
    facts, methods = [], set()
    claims = sorted(graph.subjects(KG.statedIn, article), key=lambda c: str(_value(graph, c, KG.id) or c))
    for claim in claims:
        try:
            facts.append(Fact.model_validate({k: v for k, v in _fact(graph, claim).items() if v is not None}))
        except ValidationError as e:
            raise _problem(path, claim, e) from e
        methods.add(_value(graph, claim, KG.extractionMethod) or DEFAULT_METHOD)
    if len(methods) > 1:
        raise InputError(f"{path}: the claims of <{article}> were made by several methods ({', '.join(sorted(methods))})",
                         hint="kg imports one article's claims with one extraction method; split the file.")
    return RdfArticle(FactsFile(document=document, facts=facts), methods.pop() if methods else DEFAULT_METHOD)


def read_rdf_articles(path: Path) -> list[RdfArticle]:
    """One facts file per kg:Article in the RDF file, sorted by article id; InputError when there is none."""
    graph = parse_rdf(path)
    articles = sorted(set(graph.subjects(RDF.type, KG.Article)), key=str)
    if not articles:
        raise InputError(f"{path}: holds no kg:Article, so there is nothing to import",
                         hint="Give RDF written by `kg export` (or in the same terms).")
    return [_article(path, graph, article) for article in articles]
