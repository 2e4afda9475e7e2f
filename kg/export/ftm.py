"""The graph as FollowTheMoney entities (JSON lines), built with the `followthemoney` library, so OpenSanctions'
tools can read them. Streamed page by page like the RDF export.

States are PublicBody entities (FtM has no schema for a sovereign state; `country` and `jurisdiction` carry the
ISO code), organisations Organization, non-state parties (armed groups, private military companies, companies)
Organization with their base state as `country` and their kind as `legalForm`, articles Article; every event (arms
and technology transfers, troop deployments, agreements) is an Event with its states and parties `involved` (the
supplier and the supplier party also as `organizer`); each claim is
a Documentation linking its article to its event (role: the claim's status, summary: the verbatim evidence), and
a second Documentation links the article to the organisation the claim is attributed to; a sanctions regime is a
Sanction on each state or party it targets. The graph holds no people, so no Person entities are made.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Iterator, TextIO

from kg import store
from kg.errors import ConfigError
from kg.export.pages import Subset, read_pages
from kg.export.triples import iso

PREFIX = "kg-"


def ftm_model() -> Any:
    """followthemoney's model, or a ConfigError saying how to install it."""
    try:
        from followthemoney import model
    except ImportError as e:
        raise ConfigError("--format ftm needs the followthemoney library, which is not installed",
                          hint="Install the extra; from a clone: .venv/bin/pip install -e '.[ftm]' "
                               "(it builds PyICU, which needs libicu-dev).") from e
    return model


def _entity(model: Any, schema: str, entity_id: str, **props: Any) -> Any:
    entity = model.make_entity(schema)
    entity.id = f"{PREFIX}{entity_id}"
    for name, value in props.items():
        for one in value if isinstance(value, (list, tuple)) else [value]:
            if one is not None and one != "":
                entity.add(name, iso(one) if hasattr(one, "iso_format") else str(one))
    return entity


def state_entities(model: Any, row: dict) -> Iterator[Any]:
    yield _entity(model, "PublicBody", f"state-{row['id']}", name=row.get("name") or row["id"],
                  country=row["id"], jurisdiction=row["id"], keywords="state")


def organization_entities(model: Any, row: dict) -> Iterator[Any]:
    yield _entity(model, "Organization", f"org-{row['id']}", name=row["name"])


def party_entities(model: Any, row: dict) -> Iterator[Any]:
    yield _entity(model, "Organization", f"party-{row['id']}", name=row["name"], country=row["basedIn"],
                  legalForm=row["kind"].replace("-", " "), keywords=["non-state party", row["kind"]])


def article_entities(model: Any, row: dict) -> Iterator[Any]:
    props = row["props"]
    yield _entity(model, "Article", f"article-{row['id']}", title=props.get("title"),
                  publisher=props.get("publisher"), publishedAt=props.get("published"),
                  sourceUrl=props.get("url"))


def event_entities(model: Any, row: dict) -> Iterator[Any]:
    states = sorted(set(row["suppliers"] + row["recipients"] + row["parties"]))
    parties = sorted(set(row["supplierParties"] + row["recipientParties"] + row["nonStateParties"]))
    kind, parts = row["kind"].replace("_", " "), row["key"].split("|")
    name = f"{kind}: {' and '.join(parts[1:3])}" if row["parties"] else f"{kind}: {parts[1]} to {parts[2]}"
    yield _entity(model, "Event", f"event-{row['id']}", name=name, summary=row["key"],
                  date=None if row.get("year") is None else str(row["year"]),
                  involved=[f"{PREFIX}state-{code}" for code in states] + [f"{PREFIX}party-{p}" for p in parties],
                  organizer=[f"{PREFIX}state-{code}" for code in row["suppliers"]]
                  + [f"{PREFIX}party-{p}" for p in row["supplierParties"]],
                  country=states, keywords=[row["kind"], row.get("category")])


def claim_entities(model: Any, row: dict) -> Iterator[Any]:
    props, article = row, f"{PREFIX}article-{row['articleId']}"
    quantity = " ".join(str(props[k]) for k in ("quantityQualifier", "quantityValue", "quantityUnit")
                        if props.get(k) is not None)
    yield _entity(model, "Documentation", f"claim-{row['id']}", document=article,
                  entity=f"{PREFIX}event-{row['eventId']}", role=props.get("status"),
                  summary=props.get("evidenceText"), description=quantity or None,
                  startDate=props.get("periodStart"), endDate=props.get("periodEnd"))
    if row.get("organizationId"):
        yield _entity(model, "Documentation", f"claim-{row['id']}-source", document=article,
                      entity=f"{PREFIX}org-{row['organizationId']}", role="source of the statement",
                      summary=props.get("evidenceText"))


def regime_entities(model: Any, row: dict) -> Iterator[Any]:
    props = row["props"]
    targets = [(f"state-{code}", code) for code in row["targets"]]
    targets += [(f"party-{party}", None) for party in row.get("targetParties", ())]
    for target, country in targets:
        yield _entity(model, "Sanction", f"regime-{row['id']}-{target.split('-', 1)[1]}", entity=f"{PREFIX}{target}",
                      program=props.get("name"), programId=row["id"], authority=props.get("authority"),
                      country=country, summary=props.get("committee"))


SECTIONS: tuple[tuple[str, Callable[[Any, dict], Iterator[Any]]], ...] = (
    ("states", state_entities), ("organizations", organization_entities), ("parties", party_entities),
    ("articles", article_entities),
    ("events", event_entities), ("claims", claim_entities), ("regimes", regime_entities))


def export_ftm(graph: store.Graph, out: TextIO, subset: Subset = Subset()) -> int:
    """Write one FtM entity per line (sorted keys, sections in a fixed order); returns the number written."""
    model, count = ftm_model(), 0
    for section, make_entities in SECTIONS:
        for row in read_pages(graph, section, subset):
            for entity in make_entities(model, row):
                out.write(json.dumps(entity.to_dict(), sort_keys=True, ensure_ascii=False) + "\n")
                count += 1
    return count
