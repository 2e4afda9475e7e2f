"""cypher/schema.cypher holds one uniqueness constraint per keyed label of the ontology, and nothing else
disagrees with it. No database needed."""

from __future__ import annotations

import re

from kg.resources import resource_path
from kg.vocab import KG, neo4j_label_names, neo4j_labels

CONSTRAINT = re.compile(
    r"^CREATE CONSTRAINT (\w+) IF NOT EXISTS FOR \(n:(\w+)\) REQUIRE n\.(\w+) IS UNIQUE$")
INDEX = re.compile(r"^CREATE INDEX (\w+) IF NOT EXISTS FOR \(n:(\w+)\) ON \(n\.(\w+)\)$")
RETIRED = re.compile(r"^DROP INDEX (\w+) IF EXISTS$")


def statements() -> list[str]:
    text = resource_path("cypher/schema.cypher").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    return [" ".join(part.split()) for part in body.split(";") if part.strip()]


def test_header() -> None:
    lines = resource_path("cypher/schema.cypher").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "// name: schema"
    assert lines[1].startswith("// description: ")
    assert lines[2:4] == ["// params: none", "// mode: write"]


def test_every_statement_is_an_idempotent_constraint_or_index() -> None:
    for statement in statements():
        assert CONSTRAINT.match(statement) or INDEX.match(statement) or RETIRED.match(statement), statement


def test_retired_indexes_are_dropped_and_never_created() -> None:
    retired = [RETIRED.match(s).group(1) for s in statements() if RETIRED.match(s)]
    created = {INDEX.match(s).group(1) for s in statements() if INDEX.match(s)}
    assert retired == ["claim_kind", "claim_date", "event_key"]
    assert not created & set(retired)


def test_constraints_equal_the_ontology_labels_and_keys() -> None:
    found = [CONSTRAINT.match(s).groups() for s in statements() if CONSTRAINT.match(s)]
    assert {label: key for _, label, key in found} == neo4j_labels()
    assert len(found) == len(neo4j_labels())
    assert len({name for name, _, _ in found}) == len(found)
    assert neo4j_labels()["Event"] == "id"
    assert "ArmsTransfer" not in neo4j_labels()


def test_lookup_indexes() -> None:
    found = {(label, prop) for _, label, prop in (INDEX.match(s).groups() for s in statements() if INDEX.match(s))}
    assert found == {("Event", "kind"), ("Paragraph", "binding"), ("Article", "publishedDate"), ("Event", "date"),
                     ("Event", "breachDate")}
    for label, prop in found:
        assert label in neo4j_label_names()
        assert prop in KG


def test_drop_schema_drops_exactly_what_schema_creates() -> None:
    created = [("CONSTRAINT" if CONSTRAINT.match(s) else "INDEX", s.split()[2]) for s in statements()
               if not RETIRED.match(s)]
    retired = [("INDEX", s.split()[2]) for s in statements() if RETIRED.match(s)]
    text = resource_path("cypher/admin/drop_schema.cypher").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    dropped = [tuple(part.split()[1:3]) for part in body.split(";") if part.strip()]
    assert sorted(dropped) == sorted(created + retired)
    assert all(part.split()[3:] == ["IF", "EXISTS"] for part in body.split(";") if part.strip())
