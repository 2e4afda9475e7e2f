"""Facts -> a checked graph: semantic checks the pydantic model cannot make alone, and the deterministic ids,
event keys and property rows the store writes. Pure: no I/O, no driver.

A fact that fails a check becomes a `Rejection` naming the fact (its 1-based position) and the field.
"""

from __future__ import annotations

import hashlib

import pycountry

from kg.law import LawFile, paragraph_id
from kg.model import CheckedArticle, Document, Fact, FactsFile, Kind, Reason, Rejection, Status, first_day

INTENDED = frozenset({Status.AGREED, Status.PLANNED})
EXTRA_STATE_NAMES = {"XKX": "Kosovo"}


def digest(*parts: object, length: int = 16) -> str:
    return hashlib.sha256("|".join("" if p is None else str(p) for p in parts).encode()).hexdigest()[:length]


def state_name(code: str) -> str | None:
    country = pycountry.countries.get(alpha_3=code)
    return country.name if country else EXTRA_STATE_NAMES.get(code)


def event_key(fact: Fact) -> str:
    """kind|from|to|category|year|stage; agreements sort their parties (docs/graph-model.md)."""
    states = sorted([fact.from_state, fact.to_state]) if fact.kind == Kind.AGREEMENT else [fact.from_state,
                                                                                           fact.to_state]
    year = fact.period.start[:4] if fact.period and fact.period.start else "undated"
    stage = "intended" if fact.status in INTENDED else "occurred"
    category = fact.category.value if fact.category else "-"
    return "|".join([fact.kind.value, *states, category, year, stage])


def _check_fact(index: int, fact: Fact, text: str | None) -> list[Rejection]:
    found = []
    for name, code in (("from", fact.from_state), ("to", fact.to_state)):
        if state_name(code) is None:
            found.append(Rejection(index, name, Reason.UNKNOWN_STATE,
                                   f"{code!r} is not an ISO 3166-1 alpha-3 state code"))
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
        "category": fact.category.value if fact.category else None, "item": fact.item,
        "quantityValue": q.value if q else None, "quantityUnit": q.unit if q else None,
        "quantityQualifier": q.qualifier.value if q else None,
        "periodStart": p.start if p else None, "periodEnd": p.end if p else None,
        "date": first_day(p.start if p else None), "status": fact.status.value,
        "attributedTo": fact.attributed_to, "evidenceText": ev.text, "evidenceStart": ev.start,
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
            "year": int(year) if year.isdigit() else None, "from": fact.from_state, "to": fact.to_state}


def _article_row(document: Document) -> dict:
    return {"id": document.sha256, "title": document.title, "publisher": document.publisher,
            "published": document.published, "publishedDate": first_day(document.published),
            "url": document.url, "sha256": document.sha256}


def check_facts(facts_file: FactsFile, *, source: str, text: str | None = None,
                method: str = "reviewed") -> CheckedArticle:
    """Check one article's facts and turn them into rows; `text`, when known, verifies hash and offsets."""
    document, rejections = facts_file.document, []
    if text is not None and hashlib.sha256(text.encode()).hexdigest() != document.sha256:
        rejections.append(Rejection(0, "document.sha256", Reason.TEXT_HASH_MISMATCH,
                                    "the article text does not hash to document.sha256"))
    events, claims, seen = {}, {}, {}
    for index, fact in enumerate(facts_file.facts, start=1):
        problems = _check_fact(index, fact, text)
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
    organizations = {c["organizationId"]: {"id": c["organizationId"], "name": c["props"]["attributedTo"]}
                     for c in claims.values() if c["organizationId"]}
    article = _article_row(document)
    # Equal only when the article and every one of its claims are unchanged: lets a re-import skip it whole.
    article["factsHash"] = digest(_content_hash(article), *sorted(f"{c['id']}:{c['contentHash']}"
                                                                 for c in claims.values()))
    return CheckedArticle(source, article, [{"code": c, "name": state_name(c)} for c in sorted(codes)],
                          list(organizations.values()), list(events.values()), list(claims.values()), rejections,
                          method)


def check_law(law: LawFile) -> dict:
    """A law file as the parameters of `write_law.cypher`: the regime, its resolutions and their paragraphs."""
    regime = law.regime
    resolutions = []
    for resolution in law.resolutions:
        paragraphs = []
        for paragraph in resolution.paragraphs:
            props = {"number": paragraph.number, "resolution": resolution.symbol,
                     "direction": paragraph.direction.value,
                     "activities": [a.value for a in paragraph.activities],
                     "interpretiveActivities": [a.value for a in paragraph.interpretive_activities],
                     "categories": list(paragraph.categories), "binding": paragraph.binding,
                     "adopted": resolution.adopted, "verified": paragraph.verified, "summary": paragraph.summary,
                     "note": paragraph.note}
            paragraphs.append({"id": paragraph_id(resolution.symbol, paragraph.number), "props": props,
                               "contentHash": _content_hash(props)})
        props = {"symbol": resolution.symbol, "number": resolution.number, "adopted": resolution.adopted,
                 "summary": resolution.summary, "regimeId": regime.id}
        resolutions.append({"id": resolution.symbol, "props": props, "paragraphs": paragraphs,
                            "contentHash": _content_hash(props)})
    return {"regime": {"id": regime.id, "name": regime.name, "authority": regime.authority,
                       "targetState": regime.target, "targetName": state_name(regime.target),
                       "committee": regime.committee, "establishedBy": regime.established_by},
            "resolutions": resolutions}
