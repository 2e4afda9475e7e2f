"""Applying the law to events: for each event, the paragraphs it falls within, with a tier and the reason.

Pure: the store hands in one row per event (its states and parties, its claims' items, dates and sources) and
writes back what `assess_events` returns. Tiers: `breach` (a binding paragraph clearly covers the event, in a
window holding the event's date), `interpretive` (an arguable reading, the reason given), or no finding. An
agreed or planned event keeps its tier but its stage is `intended`: never a completed breach. A window contested
by some states makes every finding in it carry the contest.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cached_property, lru_cache
from datetime import date

from kg.law.classes import ItemClasses, ItemReading, read_item
from kg.law.files import Condition, LawFile, Paragraph, Resolution, Window, paragraph_id

BREACH, INTERPRETIVE = "breach", "interpretive"
RELATIONSHIP = {BREACH: "FALLS_WITHIN", INTERPRETIVE: "MAY_FALL_WITHIN"}
CONDITION_REASONS = {
    Condition.ABOVE_CAP: "the cap binds the yearly total supplied; whether this supply went above it needs the "
                         "committee's figures",
}


Entry = tuple[LawFile, Resolution, Paragraph, tuple[Window, ...]]


@dataclass(frozen=True, eq=False)
class Law:
    """Every regime's law file and the item classes: all the assessment needs."""

    files: tuple[LawFile, ...]
    item_classes: ItemClasses
    sources: tuple[str, ...] = ()  # the file each regime was read from

    @cached_property
    def entries(self) -> tuple[Entry, ...]:
        """Every binding paragraph of every regime with its windows, in file order (computed once)."""
        return tuple((f, r, p, tuple(r.windows_of(p))) for f in self.files for r, p in f.iter_paragraphs()
                     if p.binding)

    @cached_property
    def entries_by_direction(self) -> dict[tuple[str, str], tuple[tuple[int, Entry], ...]]:
        """The entries (numbered in file order) of each regime and direction, so that an event meets only the
        paragraphs of the directions it has (most events are not even from or to a regime's target)."""
        grouped: dict[tuple[str, str], list[tuple[int, Entry]]] = {}
        for number, entry in enumerate(self.entries):
            grouped.setdefault((entry[0].regime.id, entry[2].direction.value), []).append((number, entry))
        return {key: tuple(numbered) for key, numbered in grouped.items()}

    def targets(self) -> tuple[list[str], list[str]]:
        """The states and the parties the regimes target."""
        states = sorted({f.regime.target for f in self.files if f.regime.target})
        return states, sorted({f.regime.target_party for f in self.files if f.regime.target_party})

    @property
    def version(self) -> str:
        texts = [f.model_dump_json() for f in self.files] + [self.item_classes.model_dump_json()]
        return hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Match:
    tier: str
    reason: str
    item: str


def _date(value) -> date | None:
    if value is None:
        return None
    return date.fromisoformat(value.iso_format() if hasattr(value, "iso_format") else str(value)[:10])


def event_date(event: dict) -> tuple[date | None, str]:
    """The claims' earliest period start wins; the earliest article's publication date only when no claim has one."""
    claimed, published = _date(event.get("claimDate")), _date(event.get("articleDate"))
    if claimed is not None:
        return claimed, "claim period"
    return (published, "article publication") if published is not None else (None, "undated")


def _class_match(covered: list[str], excluded: list[str], reading: ItemReading) -> Match | None:
    if reading.classes & set(excluded):
        return None
    hit = sorted(reading.classes & set(covered))
    if hit:
        return Match(BREACH, f"{reading.item}: {'; '.join(reading.labels[c] for c in hit)}", reading.item)
    arguable = sorted(set(reading.arguable) & set(covered))
    if arguable:
        return Match(INTERPRETIVE, f"{reading.item}: {reading.arguable[arguable[0]]}", reading.item)
    return None


def _item_match(p: Paragraph, kind: str, reading: ItemReading) -> Match | None:
    if kind == "arms_transfer" and p.classes:
        return _class_match(p.classes, p.except_classes, reading)
    helps = sorted(reading.services & {s.value for s in p.services})
    if kind in ("technology_transfer", "troop_deployment") and helps:
        found = _class_match(p.services_for, p.except_classes, reading)
        if found:
            return Match(found.tier, f"{', '.join(helps)} for {found.reason}", reading.item)
    return None


def _conditioned(p: Paragraph, found: Match, notified: bool | None) -> Match | None:
    """A duty to notify is breached only by a supply without notice; a cap only by the total above it."""
    if p.condition is Condition.UNLESS_NOTIFIED and found.tier == BREACH:
        if notified is True:
            return None
        if notified is None:
            return Match(INTERPRETIVE, f"{found.reason}; a breach only if supplied without the prior notice to the "
                                       "committee, and no claim says whether notice was given", found.item)
        return Match(BREACH, f"{found.reason}; supplied without the prior notice to the committee", found.item)
    if p.condition is Condition.ABOVE_CAP:
        return Match(INTERPRETIVE, f"{found.reason}; {CONDITION_REASONS[Condition.ABOVE_CAP]}", found.item)
    return found


def _matches(p: Paragraph, kind: str, readings: list[tuple[ItemReading, bool | None]]) -> list[Match]:
    found = []
    for reading, notified in readings:
        match = _item_match(p, kind, reading)
        match = _conditioned(p, match, notified) if match else None
        if match:
            found.append(match)
    breaches = [m for m in found if m.tier == BREACH]
    if breaches:
        return breaches
    readings_of_kind = [r for r in p.interpretive if r.activity.value == kind]
    return found + [Match(INTERPRETIVE, r.reason, "") for r in readings_of_kind]


def _directions(law: LawFile, event: dict) -> set[str]:
    regime = law.regime
    if regime.target:
        to_target, from_target = event["recipient"] == regime.target, event["supplier"] == regime.target
    else:
        to_target = event.get("recipientParty") == regime.target_party
        from_target = event.get("supplierParty") == regime.target_party
    return ({"to_target", "both"} if to_target else set()) | ({"from_target", "both"} if from_target else set())


@lru_cache(maxsize=65536)
def _window(law: Law, number: int, day: date) -> Window | None:
    """The window of law entry `number` holding `day` (events share few distinct days: each pair is looked up
    once per law)."""
    return next((w for w in law.entries[number][3] if w.holds(day)), None)


def _finding(law: LawFile, resolution: Resolution, p: Paragraph, window: Window, matches: list[Match],
             event: dict, day: date, dated_by: str) -> dict:
    tier = matches[0].tier
    reasons = list(dict.fromkeys(m.reason for m in matches if m.tier == tier))
    reason = "; ".join(reasons)
    if window.contested_by:
        reason = (f"binding on the view of {window.binding_view}; contested by "
                  f"{', '.join(window.contested_by)}. {reason}").strip()
    pid = paragraph_id(resolution.symbol, p.number, p.limb)
    props = {"id": hashlib.sha256(f"{event['id']}|{pid}".encode()).hexdigest()[:16], "tier": tier,
             "reason": reason, "stage": event.get("stage") or "occurred", "dateUsed": day, "datedBy": dated_by,
             "regime": law.regime.id, "contested": bool(window.contested_by),
             "contestedBy": list(window.contested_by), "window": window.label(),
             "items": sorted({m.item for m in matches if m.tier == tier and m.item})}
    return {"paragraph": pid, "type": RELATIONSHIP[tier], "props": props}


@lru_cache(maxsize=65536)
def _read(law: Law, item: str | None, category: str | None, kind: str) -> ItemReading:
    """Items repeat across events and batches: each is classified once per law."""
    return read_item(law.item_classes, item, category, kind)


def assess_event(law: Law, event: dict) -> list[dict]:
    """The findings of one event: one per paragraph it falls within, in file order."""
    day, dated_by = event_date(event)
    if day is None or event["kind"] == "agreement":
        return []
    claims = sorted(event.get("items") or [], key=lambda c: (c.get("item") or "", c.get("category") or "",
                                                              str(c.get("notified"))))
    readings = [(_read(law, c.get("item"), c.get("category"), event["kind"]), c.get("notified")) for c in claims]
    met = sorted((numbered for f in law.files for direction in _directions(f, event)
                  for numbered in law.entries_by_direction.get((f.regime.id, direction), ())), key=lambda n: n[0])
    findings = []
    for number, (law_file, resolution, p, _) in met:
        window = _window(law, number, day)
        matches = _matches(p, event["kind"], readings) if window else []
        if matches:
            findings.append(_finding(law_file, resolution, p, window, matches, event, day, dated_by))
    return findings


def assess_events(law: Law, events: list[dict]) -> list[dict]:
    """One row per event for the store: its date, how it was dated, its sources, findings and an assessment hash
    (the store skips events whose stored hash is equal, so applying the law twice writes nothing)."""
    rows = []
    for event in events:
        day, dated_by = event_date(event)
        findings = assess_event(law, event)
        origins = sorted({o for o in event.get("origins") or [] if o})
        row = {"id": event["id"], "date": day, "datedBy": dated_by, "articles": event.get("articles") or 0,
               "origins": origins, "originCount": len(origins),
               "breachDate": day if any(f["type"] == RELATIONSHIP[BREACH] for f in findings) else None,
               "findings": findings}
        row["lawHash"] = hashlib.sha256(json.dumps(row, default=str, sort_keys=True).encode()).hexdigest()[:16]
        if row["lawHash"] != event.get("lawHash"):
            rows.append(row)
    return rows
