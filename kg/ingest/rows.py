"""Facts -> a checked graph: semantic checks the pydantic model cannot make alone, and the deterministic ids,
event keys and property rows the store writes. Pure: no I/O, no driver.

A fact that fails a check becomes a `Rejection` naming the fact (its 1-based position) and the field.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

import pycountry

from kg.errors import InputError
from kg.law import LawFile, paragraph_id
from kg.model import CheckedArticle, Document, Fact, FactsFile, Kind, Party, Reason, Rejection, Status, first_day
from kg.parties import load_parties, registry_path

INTENDED = frozenset({Status.AGREED, Status.PLANNED})
EXTRA_STATE_NAMES = {"XKX": "Kosovo"}


def digest(*parts: object, length: int = 16) -> str:
    return hashlib.sha256("|".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:length]


def state_name(code: str) -> str | None:
    """The state's name; states that no longer exist (SUN, CSK, YUG, DDR) by their historic ISO 3166-1 entry."""
    country = pycountry.countries.get(alpha_3=code)
    if country:
        return country.name
    former = pycountry.historic_countries.get(alpha_3=code)
    return former.name.split(",")[0] if former else EXTRA_STATE_NAMES.get(code)


def _side(state: str, party: str | None) -> str:
    """A side of the event key: the state code, or `YEM:houthis` for a party that is not a state."""
    return f"{state}:{party}" if party else state


def event_key(fact: Fact) -> str:
    """kind|from|to|category|year|stage; agreements sort their parties (docs/graph-model.md)."""
    sides = [_side(fact.from_state, fact.from_party), _side(fact.to_state, fact.to_party)]
    states = sorted(sides) if fact.kind == Kind.AGREEMENT else sides
    year = fact.period.start[:4] if fact.period and fact.period.start else "undated"
    stage = "intended" if fact.status in INTENDED else "occurred"
    category = fact.category.value if fact.category else "-"
    return "|".join([fact.kind.value, *states, category, year, stage])


def _check_parties(index: int, fact: Fact, parties: Mapping[str, Party]) -> list[Rejection]:
    """A party must be in the registry, and `from` / `to` must be its base state."""
    found = []
    for name, party_id, state in (("from", fact.from_party, fact.from_state), ("to", fact.to_party, fact.to_state)):
        party = parties.get(party_id) if party_id else None
        if party_id and party is None:
            found.append(Rejection(index, f"{name}_party", Reason.UNKNOWN_PARTY,
                                   f"{party_id!r} is not a known party (known: {', '.join(sorted(parties))}); "
                                   f"add it to {registry_path()}"))
        elif party and party.base_state != state:
            found.append(Rejection(index, f"{name}_party", Reason.PARTY_STATE_MISMATCH,
                                   f"{party.id} is based in {party.base_state}, but '{name}' is {state}; "
                                   f"set '{name}' to {party.base_state}"))
    return found


def _check_fact(index: int, fact: Fact, text: str | None, parties: Mapping[str, Party]) -> list[Rejection]:
    found = []
    for name, code in (("from", fact.from_state), ("to", fact.to_state)):
        if state_name(code) is None:
            found.append(Rejection(index, name, Reason.UNKNOWN_STATE,
                                   f"{code!r} is not an ISO 3166-1 alpha-3 state code"))
    found += _check_parties(index, fact, parties)
    ev = fact.evidence
    if text is not None and text[ev.start:ev.end] != ev.text:
        found.append(Rejection(index, "evidence", Reason.EVIDENCE_MISMATCH,
                               f"the article's characters {ev.start}..{ev.end} are not the evidence text"))
    return found


def _content_hash(props: dict) -> str:
    return digest(*sorted(f"{k}={v}" for k, v in props.items()))


def _claim_row(article_id: str, fact: Fact, key: str, method: str) -> dict:
    q, p, ev = fact.quantity, fact.period, fact.evidence
    props = {
        "kind": fact.kind.value, "fromState": fact.from_state, "toState": fact.to_state,
        "fromParty": fact.from_party, "toParty": fact.to_party,
        "category": fact.category.value if fact.category else None, "item": fact.item,
        "quantityValue": q.value if q else None, "quantityUnit": q.unit if q else None,
        "quantityQualifier": q.qualifier.value if q else None,
        "periodStart": p.start if p else None, "periodEnd": p.end if p else None,
        "date": first_day(p.start if p else None), "status": fact.status.value,
        "attributedTo": fact.attributed_to, "notified": fact.notified, "evidenceText": ev.text, "evidenceStart": ev.start,
        "evidenceEnd": ev.end, "extractionMethod": method,
    }
    claim_id = digest(article_id, key, fact.item, q.value if q else None, ev.start, ev.end)
    return {"id": claim_id, "eventId": digest(key), "articleId": article_id,
            "organizationId": digest(fact.attributed_to.casefold()) if fact.attributed_to else None,
            "contentHash": _content_hash(props), "props": props}


def _event_row(fact: Fact, key: str) -> dict:
    year = key.split("|")[4]
    return {"id": digest(key), "key": key, "kind": fact.kind.value,
            "category": fact.category.value if fact.category else None,
            "year": int(year) if year.isdigit() else None, "from": fact.from_state, "to": fact.to_state,
            "fromParty": fact.from_party, "toParty": fact.to_party}


def party_row(party: Party) -> dict:
    """The parameters of one row of write_parties.cypher."""
    return {"id": party.id, "name": party.name, "kind": party.kind.value, "baseState": party.base_state,
            "baseStateName": state_name(party.base_state)}


def _article_row(document: Document) -> dict:
    return {"id": document.sha256, "title": document.title, "publisher": document.publisher,
            "published": document.published, "publishedDate": first_day(document.published),
            "url": document.url, "sha256": document.sha256}


def check_facts(facts_file: FactsFile, *, source: str, text: str | None = None, method: str = "reviewed",
                parties: Mapping[str, Party] | None = None) -> CheckedArticle:
    """Check one article's facts and turn them into rows; `text`, when known, verifies hash and offsets;
    `parties` is the registry of non-state parties (by default the one kg ships)."""
    document, rejections = facts_file.document, []
    parties = load_parties() if parties is None else parties
    if text is not None and hashlib.sha256(text.encode()).hexdigest() != document.sha256:
        rejections.append(Rejection(0, "document.sha256", Reason.TEXT_HASH_MISMATCH,
                                    "the article text does not hash to document.sha256"))
    events, claims, seen = {}, {}, {}
    for index, fact in enumerate(facts_file.facts, start=1):
        problems = _check_fact(index, fact, text, parties)
        key = event_key(fact)
        claim = _claim_row(document.sha256, fact, key, method)
        if claim["id"] in seen:
            problems.append(Rejection(index, "facts", Reason.DUPLICATE_FACT,
                                      f"repeats fact {seen[claim['id']]} (same event, item, quantity and evidence)"))
        rejections += problems
        if not problems:
            seen[claim["id"]] = index
            claims[claim["id"]] = claim
            events.setdefault(claim["eventId"], _event_row(fact, key))
    codes = {c["props"][k] for c in claims.values() for k in ("fromState", "toState")}
    named = {e[k] for e in events.values() for k in ("fromParty", "toParty") if e[k]}
    organizations = {c["organizationId"]: {"id": c["organizationId"], "name": c["props"]["attributedTo"]}
                     for c in claims.values() if c["organizationId"]}
    article = _article_row(document)
    # Equal only when the article and every one of its claims are unchanged: lets a re-import skip it whole.
    article["factsHash"] = digest(_content_hash(article), *sorted(f"{c['id']}:{c['contentHash']}"
                                                                 for c in claims.values()))
    return CheckedArticle(source, article, [{"code": c, "name": state_name(c)} for c in sorted(codes)],
                          list(organizations.values()), [party_row(parties[p]) for p in sorted(named)],
                          list(events.values()), list(claims.values()), rejections,
                          method)


def _paragraph_props(regime_id: str, resolution, paragraph) -> dict:
    windows = resolution.windows_of(paragraph)
    return {"number": paragraph.number, "limb": paragraph.limb, "resolution": resolution.symbol,
            "regime": regime_id, "direction": paragraph.direction.value,
            "activities": [a.value for a in paragraph.activities],
            "interpretiveActivities": [r.activity.value for r in paragraph.interpretive],
            "classes": list(paragraph.classes), "exceptClasses": list(paragraph.except_classes),
            "services": [s.value for s in paragraph.services], "servicesFor": list(paragraph.services_for),
            "condition": paragraph.condition.value if paragraph.condition else None,
            "windows": [w.label() for w in windows],
            "contestedBy": sorted({c for w in windows for c in w.contested_by}),
            "replacedBy": paragraph.replaced_by, "binding": paragraph.binding, "adopted": resolution.adopted,
            "verified": paragraph.verified, "source": paragraph.source, "summary": paragraph.summary,
            "note": paragraph.note}


def check_law(law: LawFile, source: str = "law file") -> dict:
    """A law file as the parameters of `write_law.cypher`: the regime, its resolutions and their paragraphs.
    InputError when it targets, or names as contesting, a state that is not an ISO 3166-1 alpha-3 code."""
    regime = law.regime
    named = {regime.target} if regime.target else set()
    named |= {c for resolution, p in law.iter_paragraphs() for w in resolution.windows_of(p) for c in w.contested_by}
    unknown = sorted(code for code in named if state_name(code) is None)
    if unknown:
        raise InputError(f"{source}: regime {regime.id} names unknown state code(s) {', '.join(unknown)}",
                         hint="Use ISO 3166-1 alpha-3 codes such as PRK, IRN or RUS.")
    resolutions = []
    for resolution in law.resolutions:
        paragraphs = []
        for paragraph in resolution.paragraphs:
            props = _paragraph_props(regime.id, resolution, paragraph)
            paragraphs.append({"id": paragraph_id(resolution.symbol, paragraph.number, paragraph.limb),
                               "props": props, "contentHash": _content_hash(props)})
        props = {"symbol": resolution.symbol, "number": resolution.number, "adopted": resolution.adopted,
                 "summary": resolution.summary, "regimeId": regime.id}
        resolutions.append({"id": resolution.symbol, "props": props, "paragraphs": paragraphs,
                            "contentHash": _content_hash(props)})
    return {"regime": {"id": regime.id, "name": regime.name, "authority": regime.authority,
                       "targetState": regime.target, "targetParty": regime.target_party,
                       "targetName": state_name(regime.target) if regime.target else None,
                       "committee": regime.committee, "establishedBy": regime.established_by},
            "resolutions": resolutions}
