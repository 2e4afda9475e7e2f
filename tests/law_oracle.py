"""An independent reading of the law data for the tests: plain Python over the raw YAML of data/law/, written
apart from kg.law so that a mistake in one shows up as a difference with the other.

`expected(event)` returns {paragraph id: tier} for an event given as a plain dict: kind, supplier, recipient
(state codes), supplier_party / recipient_party, stage, claim_date / article_date (ISO strings or None), and
items: a list of {item, category, notified}.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

LAW = Path(__file__).resolve().parent.parent / "data" / "law"
CLASSES = yaml.safe_load((LAW / "item-classes.yaml").read_text(encoding="utf-8"))
REGIMES = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(LAW.glob("*.yaml"))
           if p.name != "item-classes.yaml"]


def item_classes(item: str | None, category: str | None, kind: str) -> tuple[set, set, set]:
    """(certain classes, arguable classes, kinds of help) of one item."""
    entry = CLASSES["categories"].get(category) or {}
    certain, arguable, helps = set(entry.get("classes") or []), set((entry.get("arguable") or {})), set()
    for system in CLASSES["systems"]:
        if item and re.search(system["match"], item, re.IGNORECASE):
            certain |= set(system.get("classes") or [])
            arguable |= set(system.get("arguable") or {})
            helps |= set(system.get("services") or [])
    if kind == "technology_transfer" and not helps:
        helps = {"technology"}
    return certain, arguable - certain, helps


def _tier(covered: list, excluded: list, certain: set, arguable: set) -> str | None:
    if certain & set(excluded):
        return None
    if certain & set(covered):
        return "breach"
    return "interpretive" if arguable & set(covered) else None


def _in_force(resolution: dict, paragraph: dict, day: str) -> bool:
    windows = paragraph.get("windows") or resolution.get("windows") or [{"from": resolution["adopted"]}]
    return any(str(w["from"]) <= day and (w.get("until") is None or day < str(w["until"])) for w in windows)


def _paragraph_tier(p: dict, event: dict) -> str | None:
    kind, best = event["kind"], None
    for claim in event["items"]:
        certain, arguable, helps = item_classes(claim.get("item"), claim.get("category"), kind)
        if kind == "arms_transfer" and p.get("classes"):
            tier = _tier(p["classes"], p.get("except") or [], certain, arguable)
        elif kind in ("technology_transfer", "troop_deployment") and helps & set(p.get("services") or []):
            tier = _tier(p["services_for"], p.get("except") or [], certain, arguable)
        else:
            tier = None
        if tier == "breach" and p.get("condition") == "unless-notified":
            tier = {True: None, False: "breach"}.get(claim.get("notified"), "interpretive")
        elif tier and p.get("condition") == "above-cap":
            tier = "interpretive"
        if tier == "breach" or (tier and best is None):
            best = tier
    if best is None and any(r["activity"] == kind for r in p.get("interpretive") or []):
        best = "interpretive"
    return best


def expected(event: dict) -> dict[str, str]:
    day = event.get("claim_date") or event.get("article_date")
    day = {4: f"{day}-01-01", 7: f"{day}-01"}.get(len(day or ""), day)
    if not day or event["kind"] == "agreement":
        return {}
    found = {}
    for law in REGIMES:
        regime = law["regime"]
        if "target" in regime:
            into, out = event["recipient"] == regime["target"], event["supplier"] == regime["target"]
        else:
            into = event.get("recipient_party") == regime["target_party"]
            out = event.get("supplier_party") == regime["target_party"]
        directions = ({"to_target", "both"} if into else set()) | ({"from_target", "both"} if out else set())
        for resolution in law["resolutions"]:
            for p in resolution["paragraphs"]:
                if not p["binding"] or p["direction"] not in directions or not _in_force(resolution, p, day[:10]):
                    continue
                tier = _paragraph_tier(p, event)
                if tier:
                    pid = f"{resolution['symbol']} para {p['number']}" + (f" [{p['limb']}]" if p.get("limb") else "")
                    found[pid] = tier
    return found
