"""Production under another state's design: the designer hands the producer the technology.

"Venezuela's arms maker has assembled Iranian-designed drones", "Kazakhstan agreed to assemble Anka drones designed
by Turkish Aerospace", "a factory in Dushanbe that produces Ababil-2 drones", "builds Konkurs missiles under a licence
bought from Russia", "Zagil drones, a licensed copy of Iran's Ababil-3": a technology transfer from the state whose
design it is (named with the item, or the maker of a named system) to the state that makes it (the state named
last before the production verb, or where the goods are made: "Leopard 2 tanks are manufactured under licence at a
plant in Hungary", "produces Hermes 900 drones in Georgia under licence").
"""

from __future__ import annotations

from kg.extract import cues as cue
from kg.extract.categories import find_items
from kg.extract.drafts import Clause, Draft, draft, period
from kg.extract.knowledge import Knowledge
from kg.extract.roles import Sides, Trigger
from kg.extract.screened import screened
from kg.extract.states import Mention
from kg.model import Category, Kind

_PRODUCES = screened(r"(?i)(?<![-‐‑])\b(?:assembl(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|manufactur(?:e|es|ed|ing)|"
                     r"build|builds|building|built)\b")
# whose design it is, after the item: "designed by Turkish Aerospace", "under a licence bought from Russia",
# "a licensed copy of Iran's Ababil-3"
_DESIGNED_BY = screened(r"(?i)\s*,?\s*(?:(?:originally\s+)?designed\s+by|(?:built|made|produced|assembled)?\s*"
                        r"under\s+(?:a\s+)?licen[cs]e\s+(?:[\w’'-]+\s+){0,3}?from|"
                        r"(?:a\s+)?licen[cs]ed\s+(?:cop(?:y|ies)|version)\s+of|(?:a\s+)?local\s+version\s+of"
                        r"(?:\s+[\w’'-]+){0,3}?\s+designed\s+by)\s+(?:the\s+)?(?:state-owned\s+)?$")
_DESIGNED_BEFORE = screened(r"[-‐‑]designed\s+$")  # "Iranian-designed Mohajer-2 drones"
_ITEM_GAP = screened(r"^(?:\s+(?:the|a|an|its|their|more|new|[\w’'-]+ly))*\s+(?:[\w’'-]+\s+){0,3}?$")
# Between an item and its passive production verb: "Lynx vehicles are being manufactured", "the other carriers, which
# are fabricated", "the remaining 345 tanks were built"
_PASSIVE_GAP = screened(r"(?i)^(?:\s+(?:in\s+service\s+(?:with|in)|used\s+by|operated\s+by|flown\s+by)\s+(?:the\s+)?"
                        r"(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?"  # "the Arlan vehicles in service with the army are made"
                        r"(?:\s*,?\s*(?:which|that)\b)?(?:\s+(?:is|are|was|were|be|been|being|has|have|had|will|"
                        r"now|also|still|all|[\w’'-]+ly))+\s+$")
# Where the producer is, after the item: "in Switzerland", "at a plant in Hungary", "in Astana"
_MADE_IN = screened(r"(?i)^(?:\s+(?:under\s+(?:a\s+)?licen[cs]e|locally|since\s+\d{4}|in\s+\d{4}))*\s+"
                    r"(?:(?:at|near)\s+(?:[\w’'.-]+\s+){1,5}?)?in\s+(?:the\s+)?$")
_LICENCE = screened(r"(?i)\bunder\s+(?:a\s+)?licen[cs]e\b|\blicen[cs]ed\b|\blocally\b")


def names_production(text: str, knowledge: Knowledge) -> bool:
    """True when `text` may tell of production under another's design (a sentence worth reading with no cue)."""
    return _PRODUCES.search(text) is not None and knowledge.items.search(text) is not None


def licensed_drafts(clause: Clause, knowledge: Knowledge) -> list[Draft]:
    """The technology transfers of production under another state's design in one clause (none without both a
    production verb and a designer other than the producer)."""
    found: list[Draft] = []
    for verb in _PRODUCES.finditer(clause.text, clause.start, clause.end):
        if any(t.type.startswith("technology") and t.end <= verb.start() for t in clause.triggers):
            continue  # "Russia is helping North Korea build Shahed-type drones": the helper gives, not the designer
        items = [i for i in find_items(clause.text[verb.end():clause.end], knowledge) if i.category != "other"]
        if items and _ITEM_GAP.match(clause.text[verb.end():verb.end() + items[0].start] + " "):
            item = items[0]
            start, end = verb.end() + item.start, verb.end() + item.end
            producer = _made_in(clause, end) if _LICENCE.search(clause.text, end, clause.end) else None
            producer = producer or next((m for m in reversed(clause.mentions) if m.end <= verb.start()), None)
        else:  # "Lynx vehicles are being manufactured under licence at a plant in Hungary"
            before = [i for i in find_items(clause.text[clause.start:verb.start()], knowledge) if i.category != "other"]
            if not before or not _PASSIVE_GAP.match(clause.text[clause.start + before[-1].end:verb.start()]):
                continue
            item = before[-1]
            start, end = clause.start + item.start, clause.start + item.end
            producer = _made_in(clause, verb.end())
        designer = _designer(clause, start, max(end, verb.end()), knowledge)
        if designer is None or producer is None or producer.code == designer.code:
            continue
        status = cue.status_of(Kind.TECHNOLOGY_TRANSFER, clause.text,
                               Trigger(verb.start(), verb.end(), verb.group(), "give"), clause.start, knowledge)
        if status is not None:
            sides = Sides(designer.code, producer.code, False, giver_party=designer.party, taker_party=producer.party)
            found.append(draft(Kind.TECHNOLOGY_TRANSFER, sides, status, category=Category(item.category),
                               item=item.text, period=period(clause.periods)))
    return found


def _made_in(clause: Clause, end: int) -> Mention | None:
    """The state the goods are made in, named after `end` ("built under licence in Switzerland", "at a plant in
    Hungary"); None when none is named there."""
    return next((m for m in clause.mentions if m.start >= end and _MADE_IN.match(clause.text[end:m.start])), None)


def _designer(clause: Clause, start: int, end: int, knowledge: Knowledge) -> Mention | None:
    """The state whose design the item at start..end is: named before it ("Iranian-designed"), after it
    ("designed by", "under licence from", "a licensed copy of"), else the maker of a named system."""
    before = next((m for m in clause.mentions if m.role == "demonyms" and _DESIGNED_BEFORE.match(clause.text, m.end)
                   and m.end < start), None)
    if before is not None:
        return before
    after = next((m for m in clause.mentions if end <= m.start <= end + 60 and
                  _DESIGNED_BY.search(clause.text, end, m.start)), None)
    if after is not None:
        return after
    maker = knowledge.maker_of(clause.text[start:end])
    if maker:
        return Mention(maker, start, end, "names", False, "")
    # the firm the producer works with under licence ("a joint venture with the Israeli company Aeronautics
    # produces Orbiter drones in Azerbaijan under licence")
    if _LICENCE.search(clause.text, end, clause.end):
        return next((m for m in clause.mentions if m.end <= start and m.role == "demonyms"
                     and _PARTNER_BEFORE.search(clause.text, max(0, m.start - 30), m.start)
                     and _FIRM_AFTER.match(clause.text, m.end)), None)
    return None


_PARTNER_BEFORE = screened(r"(?i)\b(?:joint\s+venture|partnership|agreement|deal)\s+with\s+(?:the\s+|an?\s+)?$")
_FIRM_AFTER = screened(r"(?i)\s+(?:state-owned\s+)?(?:company|firm|manufacturer|maker|group|shipbuilder|shipyard)\b")
