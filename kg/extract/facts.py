"""Draft facts of one sentence: kind, giving and receiving state, item, quantity, period and status.

A sentence is cut into clauses (at ";", "while", "whereas", ", but"); each clause gives
- one arms or technology fact per item named near a transfer cue,
- one troop fact per count of troops ("14,000 troops ... 10,900 soldiers in late 2023 and around 3,000 more"),
  or a single one when no count is given,
- one agreement fact when a treaty/pact/agreement is named with two states.
Sides the sentence leaves open are filled by the document (see `kg.extract.document_facts`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kg.extract import cues as cue
from kg.extract.attribution import Attribution, find_attribution
from kg.extract.categories import Item, find_items
from kg.extract.knowledge import Knowledge
from kg.extract.periods import TimeExpression, find_periods
from kg.extract.quantities import Count, find_counts
from kg.extract.roles import Sides, Trigger, assign_sides
from kg.extract.states import Mention, find_states

_CLAUSE_BREAK = re.compile(r";|\bwhile\b|\bwhereas\b|\bmeanwhile\b|,\s*(?:but|if|unless|after|because|though|although|"
                           r"even as|as well as)\b", re.IGNORECASE)
_GAP = re.compile(r"^(?:\s+(?!(?:and|or|to|from|with|by|in|on|for|the|than|as|at)\b)[\w’'-]+){0,3}\s+$", re.IGNORECASE)
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2})?\s*(?:\([^)]{1,20}\))?\s*(?:-{1,2}|–|—)\s")
_TECHNOLOGY_AFTER = re.compile(r"(?i)(?:[-\s]related)?\s+(?:technology|technologies|know-how|production)\b")
_AFTER_BREAK = re.compile(r"\band\b|\bor\b|\bbut\b|[;:]|,(?!\s*(?:which|that|\w+ly)?\s*(?:were|was|are|is|been|had been|have been|\w+ed\b|sent|sold))", re.IGNORECASE)
_EXCHANGE = re.compile(r"(?i)\bin (?:exchange|return) for\b|\bas payment for\b|\bto pay for\b")
_TOTAL = re.compile(r"(?i)\btotal(?:ling|ing)?\s+(?:(?:of|to)\s+)?(?:\w+\s+){0,2}$")
_MORE = re.compile(r"^\s+(?:more|additional|others|extra|further)\b", re.IGNORECASE)
_PAIR_WORDS = re.compile(r"\b(?:their|both|the two|bilateral|each other)\b", re.IGNORECASE)


@dataclass
class Draft:
    kind: str
    giver: str | None
    taker: str | None
    ambiguous: bool
    category: str | None
    item: str | None
    quantity: tuple[int | float, str, str] | None  # value, unit, qualifier
    period: tuple[str | None, str | None] | None
    status: str
    more_givers: tuple[str, ...] = ()
    more_takers: tuple[str, ...] = ()


@dataclass
class Clause:
    text: str  # the whole sentence (offsets below are into it)
    start: int
    end: int
    mentions: list[Mention]
    triggers: list[Trigger]
    counts: list[Count]
    periods: list[TimeExpression]
    source: tuple[int, int] = (0, 0)  # the span naming the source


def _partnered(sides, draft: Draft) -> Draft:
    draft.more_givers, draft.more_takers = sides.more_givers, sides.more_takers
    return draft


def _clauses(text: str) -> list[tuple[int, int]]:
    lowered = text.lower()
    breaks = _CLAUSE_BREAK.finditer(lowered if len(lowered) == len(text) else text)
    cuts = [0] + [m.start() for m in breaks] + [len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _count_before(clause: Clause, start: int) -> Count | None:
    for count in reversed(clause.counts):
        if count.end <= start and _GAP.match(clause.text[count.end:start] + " "):
            return count
    return None


def _unit(words: str) -> str:
    last = words.split()[-1].lower() if words.split() else ""
    if not last.isalpha():
        return "units"
    return last if last.endswith("s") else last + "s"


def _quantity(count: Count | None, unit: str):
    return (count.value, unit, count.qualifier) if count else None


def _period(expressions: list[TimeExpression]):
    return (expressions[0].period_start, expressions[0].period_end) if expressions else None


def _trigger_for(item: Item, triggers: list[Trigger], text: str, produced: bool) -> Trigger | None:
    """The last transfer cue before the item, else one right after it ("drones supplied by Iran"); a
    technology cue for an item that is produced ("help North Korea produce drones")."""
    usable = [t for t in triggers if t.type != "deploy"]
    technology = [t for t in usable if t.type.startswith("technology")]
    if produced and technology:
        return min(technology, key=lambda t: abs(t.start - item.start))
    before = [t for t in usable if t.start < item.start]
    if before:
        return before[-1]
    after = next((t for t in usable if t.start >= item.end), None)
    if after and after.start - item.end <= 60 and not _AFTER_BREAK.search(text, item.end, after.start):
        return after
    return None


def _produced(item: Item, text: str, knowledge: Knowledge) -> bool:
    """True when the item is what gets made ("tools Russia uses to build missiles"), not what is handed over."""
    if _TECHNOLOGY_AFTER.match(text, item.end) or knowledge.cues["technology"].match(text, item.end):
        return True  # "drone technology", "missile-related technology"
    window = text[max(0, item.start - 45):item.start]
    produce = None
    for produce in knowledge.cues["produce"].finditer(window):
        pass
    return produce is not None and len(window[produce.end():].split()) <= 5


def _clause_items(clause: Clause, knowledge: Knowledge) -> list[tuple[Item, bool]]:
    """Items of the clause with offsets into the sentence, each flagged when it is produced, not handed over."""
    items = [Item(i.text, i.category, i.start + clause.start, i.end + clause.start, i.generic, i.named)
             for i in find_items(clause.text[clause.start:clause.end], knowledge)]
    items = [i for i in items if not (clause.source[0] <= i.start < clause.source[1])]
    return [(item, _produced(item, clause.text, knowledge)) for item in items]


def _arms(clause: Clause, knowledge: Knowledge, items: list[tuple[Item, bool]]) -> list[Draft]:
    heads = [(i.start, i.end) for i, _ in items]
    handed = [i for i, produced in items if not produced]
    production = len(handed) < len(items) or any(t.type.startswith("technology") for t in clause.triggers)
    drafts = []
    for item, produced in items:
        trigger = _trigger_for(item, clause.triggers, clause.text, produced)
        if trigger is None or (produced and handed and not trigger.type.startswith("technology")):
            continue
        inputs = production and (produced or item.category == "other")  # tools and parts to make arms
        kind = "technology_transfer" if trigger.type.startswith("technology") or inputs else "arms_transfer"
        status = cue.status_of(kind, clause.text, trigger, clause.start, knowledge)
        if status is None:
            continue
        sides = assign_sides(clause.text, clause.mentions, trigger, heads, knowledge, clause.end)
        if trigger.end <= item.start and _EXCHANGE.search(clause.text, trigger.end, item.start):
            # "Russia is sending food in exchange for shells": the shells go the other way.
            sides = Sides(sides.taker, sides.giver, sides.ambiguous, sides.more_takers, sides.more_givers)
        technology = _TECHNOLOGY_AFTER.match(clause.text, item.end) if produced else None
        text = clause.text[item.start:technology.end()] if technology else item.text
        drafts.append(_partnered(sides, Draft(kind, sides.giver, sides.taker, sides.ambiguous, item.category, text,
                            _quantity(_count_before(clause, item.start), _unit(item.text)),
                            _period(clause.periods), status)))
    return drafts


def _technology_phrases(clause: Clause, knowledge: Knowledge, items: list, drafts: list[Draft]) -> list[Draft]:
    """Technology cues beyond the items: with no item in the clause, one fact ("satellite technology": other);
    and one per industry the clause names ("drone production") whose category no technology fact has yet."""
    body = clause.text[clause.start:clause.end]
    trigger = next((t for t in clause.triggers if t.type.startswith("technology") and
                    (t.text.lower() not in knowledge.cue_words["help"] or
                     knowledge.cues["military_context"].search(body))), None)
    if trigger is None:
        return []
    status = cue.status_of("technology_transfer", clause.text, trigger, clause.start, knowledge)
    if status is None:
        return []
    sides = assign_sides(clause.text, clause.mentions, trigger, [], knowledge, clause.end)
    industries = _industries(body, knowledge)
    if not items:
        phrase = re.split(r"[,;:—–(]| and ", clause.text[trigger.start:clause.end], maxsplit=1)[0][:80].strip(" .")
        industries = [(_hinted_category(body, knowledge), phrase)]
    covered = {d.category for d in drafts if d.kind == "technology_transfer"}
    return [_partnered(sides, Draft("technology_transfer", sides.giver, sides.taker, sides.ambiguous, category,
                                    text, None, _period(clause.periods), status))
            for category, text in dict(industries).items() if category not in covered][:3]


def _industries(body: str, knowledge: Knowledge) -> list[tuple[str, str]]:
    """(category, words) of arms words naming an industry ("drone production", "missile programme")."""
    found = []
    for match in knowledge.items.finditer(body):
        industry = knowledge.not_items_before.match(body, match.end())
        item = knowledge.item_of(match.group())
        if industry and item and not item[2]:
            found.append((item[0], body[match.start():industry.end()]))
    return found


def _hinted_category(body: str, knowledge: Knowledge) -> str:
    """The category of an arms word used as a modifier ("missile technologies"), else other."""
    for match in knowledge.items.finditer(body):
        found = knowledge.item_of(match.group())
        if found and not found[2]:
            return found[0]
    return "other"


def _troop_counts(clause: Clause, nouns: list[tuple[int, int]]) -> list[tuple[Count, str]]:
    found = []
    for count in clause.counts:
        noun = next((n for n in nouns if n[0] >= count.end and _GAP.match(clause.text[count.end:n[0]] + " ")), None)
        if noun is not None:
            found.append((count, clause.text[noun[0]:noun[1]].lower()))
        elif _MORE.match(clause.text[count.end:]) or _TOTAL.search(clause.text, max(0, count.start - 30), count.start):
            found.append((count, clause.text[nouns[0][0]:nouns[0][1]].lower()))
    return found


def _troop_period(clause: Clause, counts: list[tuple[Count, str]], index: int):
    start = counts[index][0].start
    end = counts[index + 1][0].start if index + 1 < len(counts) else clause.end
    inside = [p for p in clause.periods if start <= p.start < end]
    before = [p for p in clause.periods if p.end <= counts[0][0].start]
    return _period(inside or before)


def _troops(clause: Clause, knowledge: Knowledge) -> list[Draft]:
    nouns = [(a, b) for a, b in cue.spans(knowledge.cues["troop_nouns"], clause.text) if clause.start <= a < clause.end]
    deploys = [t for t in clause.triggers if t.type == "deploy"]
    if not nouns or not deploys:
        return []
    trigger = next((t for t in deploys if t.start < nouns[0][0]), deploys[0])
    status = cue.status_of("troop_deployment", clause.text, trigger, clause.start, knowledge)
    if status is None:
        return []
    sides = assign_sides(clause.text, clause.mentions, trigger, nouns, knowledge, clause.end)
    counts = _troop_counts(clause, nouns)
    if not counts:
        return [_partnered(sides, Draft("troop_deployment", sides.giver, sides.taker, sides.ambiguous, None, None, None,
                      _period(clause.periods), status))]
    return [_partnered(sides, Draft("troop_deployment", sides.giver, sides.taker, sides.ambiguous, None, None,
                  _quantity(count, unit), _troop_period(clause, counts, i), status))
            for i, (count, unit) in enumerate(counts)]


def _agreements(clause: Clause, knowledge: Knowledge) -> list[Draft]:
    text = clause.text
    for noun in knowledge.cues["agreement_nouns"].finditer(text, clause.start, clause.end):
        window = text[max(clause.start, noun.start() - 80):min(clause.end, noun.end() + 40)]
        signed = knowledge.cues["agreement_signing"].search(window)
        if not (signed or knowledge.cues["agreement_qualifiers"].search(window)):
            continue
        codes = list(dict.fromkeys(m.code for m in clause.mentions))
        if len(codes) < 2 and not (codes and _PAIR_WORDS.search(window)):
            continue
        status = cue.status_of("agreement", text, None, clause.start, knowledge) if signed else "agreed"
        status = "planned" if knowledge.cues["planned"].search(window) else (status or "agreed")
        period = _period(clause.periods) if signed else None
        return [Draft("agreement", codes[0], codes[1] if len(codes) > 1 else None, False, None,
                      noun.group(), None, period, status)]
    return []


def _party_mentions(text: str, attribution: Attribution, knowledge: Knowledge) -> list[Mention]:
    """States that can be parties: not inside an organisation's name, nor inside the source span unless the
    source is only states ("Putin and Pezeshkian said ...")."""
    organisations = cue.spans(knowledge.organisations, text)
    mentions = [m for m in find_states(text, knowledge) if not any(a <= m.start < b for a, b in organisations)]
    in_source = [m for m in mentions if attribution.start <= m.start < attribution.end]
    quoted = knowledge.cues["attribution_openers"].match(text, attribution.start)
    if in_source and attribution.name and not quoted:
        rest = attribution.name
        for m in in_source:
            rest = rest.replace(text[m.start:m.end], " ")
        if not re.sub(r"(?i)\b(?:and|the)\b|[\W_]", "", rest):
            return mentions
    return [m for m in mentions if m not in in_source]


def _has_cue(text: str, knowledge: Knowledge) -> bool:
    return knowledge.cues["any"].search(text) is not None


def sentence_drafts(text: str, published: date | None,
                    knowledge: Knowledge) -> tuple[list[Draft], Attribution | None]:
    """The draft facts of one sentence and the source it names (None: not read, the sentence has no cue)."""
    if not knowledge.states.search(text) or not _has_cue(text, knowledge):
        return [], None
    triggers = cue.find_triggers(text, knowledge)
    agreement_nouns = cue.spans(knowledge.cues["agreement_nouns"], text)
    positions = [t.start for t in triggers] + [a for a, _ in agreement_nouns] or [len(text)]
    attribution = find_attribution(text, min(positions), max(positions), knowledge)
    mentions = _party_mentions(text, attribution, knowledge)
    dateline = _DATELINE.match(text)
    periods = [p for p in find_periods(text, published) if not (attribution.start <= p.start < attribution.end)
               and not (dateline and p.start < dateline.end())]
    counts = [c for c in find_counts(text) if not (attribution.start <= c.start < attribution.end)]
    drafts: list[Draft] = []
    if not mentions:
        return drafts, attribution
    for start, end in _clauses(text):
        in_clause = [m for m in mentions if start <= m.start < end]
        if not in_clause:
            continue
        clause = Clause(text, start, end, in_clause,
                        [t for t in triggers if start <= t.start < end],
                        [c for c in counts if start <= c.start < end], [p for p in periods if start <= p.start < end],
                        (attribution.start, attribution.end))
        items = _clause_items(clause, knowledge)
        arms = _arms(clause, knowledge, items)
        drafts += arms + _technology_phrases(clause, knowledge, items, arms)
        drafts += _troops(clause, knowledge) + _agreements(clause, knowledge)
    return drafts, attribution
