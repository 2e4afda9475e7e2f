"""The Claim and Article property lists are written once (kg.model.CLAIM_PROPERTIES, ARTICLE_PROPERTIES); every
other place that names them must agree: the rows the import writes, the export's page queries and datatypes, and
the RDF reader."""

from __future__ import annotations

import inspect
import re

from kg.cypher import load_cypher
from kg.export import triples
from kg.ingest import rdf, rows
from kg.model import ARTICLE_PROPERTIES, CLAIM_PROPERTIES, DERIVED_PROPERTIES, Document, FactsFile

FACTS = FactsFile.model_validate({
    "document": {"title": "T", "published": "2024-05", "publisher": "P", "url": "https://example.org/a",
                 "sha256": "0" * 64},
    "facts": [{"kind": "arms_transfer", "from": "RUS", "to": "PRK", "category": "artillery", "item": "howitzers",
               "quantity": {"value": 12, "unit": None, "qualifier": "exact"}, "period": {"start": "2024", "end": None},
               "status": "reported", "attributed_to": "A panel",
               "evidence": {"text": "twelve howitzers", "start": 0, "end": 16}}],
})
# Bookkeeping the store adds to the node besides its properties (the content hash a re-import compares).
BOOKKEEPING = ("contentHash",)
# A claim's organisation is a node of its own in the export, not a literal of the claim.
AS_NODES = {"attributedTo"}


def test_import_rows_carry_exactly_the_claim_and_article_properties() -> None:
    checked = rows.check_facts(FACTS, source="t")
    assert tuple(checked.claims[0]["props"]) == CLAIM_PROPERTIES
    assert set(ARTICLE_PROPERTIES) <= set(checked.article)


def test_export_datatypes_follow_the_tables() -> None:
    assert tuple(n for n, _, _ in triples.CLAIM_PROPS) == tuple(
        p for p in CLAIM_PROPERTIES if p not in AS_NODES) + BOOKKEEPING
    assert tuple(n for n, _, _ in triples.ARTICLE_PROPS) == ARTICLE_PROPERTIES


def test_export_page_query_returns_every_claim_property() -> None:
    statement = load_cypher("export/claims").statements[0]
    columns = re.findall(r"c\.(\w+) AS (\w+)", statement)
    assert all(a == b for a, b in columns)
    assert [a for a, _ in columns if a != "id"] == [n for n, _, _ in triples.CLAIM_PROPS]


def test_rdf_reader_reads_the_claim_properties_back() -> None:
    read = set(re.findall(r'value\("(\w+)"\)', inspect.getsource(rdf._fact)))
    assert read == set(CLAIM_PROPERTIES) - DERIVED_PROPERTIES - AS_NODES - {"extractionMethod"}
    assert set(Document.model_fields) == set(ARTICLE_PROPERTIES) - DERIVED_PROPERTIES
