"""Conjuncts that leave out the verb of the clause before them, and repeat its fact with parts of their own.

- A gapped subject: a state and a count of its own ("Germany has given Ukraine 18 tanks, Portugal three and
  Norway eight"; "Washington pledged 50 Bradleys and Berlin 40 Marders"): the state takes the place the first
  clause's subject holds (the giver, or the receiver of "Ukraine received 31 Abrams and Poland 14"), the count and
  any item named after it replace the first clause's.
- A count sent from or to a state of its own: "Serbia received six MiG-29s from Russia and four from Belarus",
  "Germany sent 18 tanks to Ukraine and 14 to Poland": the first clause's fact with the new count (and item), the
  state in the place "from" or "to" names.
- A further batch: "ordered 24 jets in 2015 and another 30 in 2021", "signed for 212 guns and for a further 152",
  "bought 180 tanks and 96 more", "ordered six jets and has now received four" (with its own verb's status): the
  same sides and item with the new count (and the new period, when named).

The sentence is cut around each gapped conjunct, so the first clause does not take its state as a side. A conjunct
that holds another count, names a state of its own, or follows no counted fact is read as it stands.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg.extract.categories import find_items
from kg.extract.cues import status_of
from kg.extract.drafts import Draft, quantity, unit
from kg.extract.knowledge import Knowledge
from kg.extract.periods import TimeExpression
from kg.extract.quantities import Count
from kg.extract.roles import Trigger
from kg.extract.screened import screened
from kg.extract.states import Mention
from kg.model import Category, Kind

_JOINED = screened(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")  # ", Portugal", " and Norway", ", and the Dutch"
_TO_COUNT = screened(r"\s+(?:for\s+)?(?:another\s+|a\s+further\s+)?$")  # "and Croatia for six"
# What may follow the count before the conjunct ends: a few words naming the item, then a comma, "and", the end.
_TAIL = screened(r"((?:\s+[\w’'-]+){0,10}?)\s*(?=[,;:.]|\s+and\b|$)")
_NOT_ITEMS = screened(r"(?i)\b(?:years?|months?|weeks?|days?|hours?|per\s*cent|percent|times|km|kilometres?|"
                      r"miles?|metres?|dollars?|euros?|million|billion|%)\b")
_FURTHER_BEFORE = screened(r"(?i)\band\s+(?:then\s+)?(?:for\s+)?(?:another|a\s+further|an\s+additional|a\s+second"
                           r"(?:\s+batch|\s+lot|\s+tranche)?\s+of)\s+$")
# When a conjunct's batch came, after its count ("and Croatia six last year", "and Poland 14 in 2024")
_WHEN = screened(r"(?i)\s+(?:(?:last|this|next|that|the\s+same|the\s+following|the\s+previous)\s+"
                 r"(?:year|month|week|spring|summer|autumn|fall|winter)|(?:a|one|two|three|four|five)\s+"
                 r"(?:years?|months?|weeks?)\s+(?:later|earlier|ago|on))\b")
# "and 180 more", "and 2,000 in 2023": a bare count of the same item
_MORE_AFTER = screened(r"(?i)\s+(?:more\b|(?:in|during|over|since|under|last|this)\s)")
_AND_BEFORE = screened(r"(?i)\band\s+(?:then\s+)?(?:for\s+)?$")
# the first clause's list goes on after the conjunct ("..., as well as 10 million shells")
_LIST_GOES_ON = screened(r"(?i),?\s*(?:as\s+well\s+as|along\s+with|together\s+with|plus)\b")
_KINDS = (Kind.ARMS_TRANSFER, Kind.TROOP_DEPLOYMENT)


@dataclass(frozen=True)
class Gapped:
    start: int  # where the conjunct starts (its comma or "and"): the sentence is cut there
    end: int
    mention: Mention | None  # the conjunct's own state; None for a further batch of the same sides
    count: Count
    cue: Trigger | None = None  # the conjunct's own verb ("and has received four"), when it has one
    side: str | None = None  # "from" or "to": the side the conjunct's state takes ("and four from Belarus")


def gapped_conjuncts(text: str, mentions: list[Mention], triggers: list[Trigger],
                     counts: list[Count]) -> list[Gapped]:
    """The gapped conjuncts of a sentence, after a clause with a cue and a count of its own."""
    found: list[Gapped] = []
    for m in mentions:
        joint = _JOINED.search(text, max(0, m.start - 12), m.start)
        count = next((c for c in counts if c.start >= m.end), None)
        if m.possessive or joint is None or count is None or not _TO_COUNT.fullmatch(text, m.end, count.start):
            continue
        conjunct = _conjunct(text, joint.start(), m.start, count, triggers, counts)
        if conjunct is not None:
            found.append(Gapped(joint.start(), conjunct, m, count))
    for count in counts:
        further = _FURTHER_BEFORE.search(text, max(0, count.start - 40), count.start)
        more = _MORE_AFTER.match(text, count.end) and _AND_BEFORE.search(text, max(0, count.start - 12), count.start)
        start = further.start() if further else (more.start() if more else None)  # at "and"
        if start is None or any(g.start <= start < g.end for g in found):
            continue
        conjunct = _conjunct(text, start, start, count, triggers, counts)
        if conjunct is not None and not _names_a_state(mentions, start, conjunct):
            found.append(Gapped(start, conjunct, None, count))
    found += _verb_batches(text, mentions, triggers, counts, found)
    return sorted(found + _sourced_batches(text, mentions, triggers, counts, found), key=lambda g: g.start)


def _names_a_state(mentions: list[Mention], start: int, end: int) -> bool:
    """A batch that names a state of its own ("1,500 troops in Libya and 2,000 in Mali") is another fact."""
    return any(start <= m.start < end for m in mentions)


# "ordered six jets in 2018 and has now received four": a verb of its own before a bare count
_AND_VERB = screened(r"(?i)\band\s+(?:(?:has|have|had|is|are|was|were|so\s+far|since|now|already|then|\w+ly)\s+)*$")
_ONLY = screened(r"(?i)\s+(?:(?:only|just|about|some|around)\s+)?$")
_BARE_COUNT = screened(r"(?i)(?:\s+(?:of\s+(?:them|these|those)|so\s+far|to\s+date|by|in|since|already|last|this|"
                       r"during|under|before|after|at|on)\b|\s*(?:[,;.]|$))")


def _verb_batches(text: str, mentions: list[Mention], triggers: list[Trigger], counts: list[Count],
                  found: list[Gapped]) -> list[Gapped]:
    batches = []
    for count in counts:
        cue = next((t for t in triggers if t.type in ("give", "receive") and t.end <= count.start
                    and _ONLY.fullmatch(text, t.end, count.start)), None)
        joint = _AND_VERB.search(text, max(0, cue.start - 40), cue.start) if cue else None
        if joint is None or not _BARE_COUNT.match(text, count.end) or any(g.start <= joint.start() < g.end
                                                                         for g in found):
            continue
        conjunct = _conjunct(text, joint.start(), count.start, count, triggers, counts)
        if conjunct is not None and not _names_a_state(mentions, joint.start(), conjunct):
            batches.append(Gapped(joint.start(), conjunct, None, count, cue))
    return batches


# "and four from Belarus", ", 14 to Poland": a count, a few words naming the item, then "from" or "to" and a state,
# after a clause that names its own ("six from Russia", "18 tanks to Ukraine")
_JOINED_COUNT = screened(r"(?i)(?:,\s*(?:and\s+)?|\s+and\s+)(?:another\s+|a\s+further\s+)?$")
_SIDE_BEFORE = screened(r"(?i)\b(from|to)\s+(?:the\s+)?$")


def _sourced_batches(text: str, mentions: list[Mention], triggers: list[Trigger], counts: list[Count],
                     found: list[Gapped]) -> list[Gapped]:
    """Gapped counts sent from or to a state of their own, after a clause that names its own on the same side."""
    batches = []
    for count in counts:
        joint = _JOINED_COUNT.search(text, max(0, count.start - 20), count.start)
        state = next((m for m in mentions if count.end < m.start), None)
        side = _SIDE_BEFORE.search(text, max(0, state.start - 10), state.start) if state else None
        if joint is None or side is None or state.possessive or len(text[count.end:side.start()].split()) > 4 or \
                any(g.start <= joint.start() < g.end for g in found):
            continue
        conjunct = _conjunct(text, joint.start(), count.start, count, triggers, counts)
        word = side.group(1).lower()
        paired = any(m.end <= joint.start() and (b := _SIDE_BEFORE.search(text, max(0, m.start - 10), m.start))
                     and b.group(1).lower() == word for m in mentions)  # the first clause's own "from Russia"
        if conjunct is not None and paired and state.end <= conjunct and \
                not _names_a_state(mentions, state.end, conjunct):
            batches.append(Gapped(joint.start(), conjunct, state, count, side=word))
    return batches


def _conjunct(text: str, start: int, own: int, count: Count, triggers: list[Trigger],
              counts: list[Count]) -> int | None:
    """Where a conjunct starting at `start` ends, when it is gapped: no cue of its own, a cue and a count before it
    (the clause whose verb it leaves out), and only a few words naming no unit of time, money or distance and no
    other count after its count. None otherwise."""
    tail = _TAIL.match(text, count.end)
    if tail is None or _NOT_ITEMS.search(_WHEN.sub("", tail.group(1))):
        return None  # "and Croatia six last year": when the batch came names no unit
    end = tail.end()
    if any(count.end <= c.start < end for c in counts):
        return None  # "... and Norway six with 30 missiles": more than one fact, read as it stands
    if any(own <= t.start < end for t in triggers) or _LIST_GOES_ON.match(text, end):
        return None
    cue = next((t for t in triggers if t.end <= start), None)
    if cue is None or not any(cue.end <= c.start and c.end <= start for c in counts):
        return None
    return end


_TO_BEFORE = screened(r"(?i)\b(?:to|for|into)\s+(?:the\s+)?$")


def shared_receiver(gapped: Gapped, mentions: list[Mention], text: str) -> Mention | None:
    """The receiver named at the end of the last conjunct, which the clauses before it share ("Washington
    pledged 50 Bradleys and Berlin 40 Marders to Ukraine"); None when there is none."""
    return next((m for m in mentions if gapped.count.end <= m.start < gapped.end
                 and _TO_BEFORE.search(text, max(0, m.start - 10), m.start)), None)


def gapped_drafts(gapped: Gapped, before: list[Draft], subject: Mention | None, receiver: Mention | None,
                  text: str, periods: list[TimeExpression], knowledge: Knowledge) -> list[Draft]:
    """The fact of one gapped conjunct: the last counted arms or troop draft of the clause before, with the
    conjunct's count, item, period, shared receiver (`shared_receiver`) and (for a gapped subject) state in the
    place of the subject's."""
    counted = [d for d in before if d.quantity and d.kind in _KINDS]
    if not counted:
        return []
    base = counted[-1]
    items = find_items(text[gapped.count.end:gapped.end], knowledge)
    noun = unit(items[-1].text) if items else base.quantity[1]
    changed = replace(base, gapped=True, quantity=quantity(gapped.count, noun))
    if items:
        changed = replace(changed, item=items[-1].text, category=Category(items[-1].category))
    if receiver is not None and changed.taker is None:
        changed = replace(changed, taker=receiver.code, taker_party=receiver.party)
    own = [p for p in periods if gapped.start <= p.start < gapped.end]
    if own:
        changed = replace(changed, period=(own[0].period_start, own[0].period_end))
    if gapped.cue is not None:  # "and has received four": the status of its own verb
        status = status_of(base.kind, text, gapped.cue, gapped.start, knowledge)
        changed = replace(changed, status=status) if status else changed
    if gapped.mention is None:
        return [changed]
    state, party = gapped.mention.code, gapped.mention.party
    if gapped.side == "from":
        return [replace(changed, giver=state, giver_party=party, more_givers=())]
    if gapped.side == "to":
        return [replace(changed, taker=state, taker_party=party, more_takers=())]
    if subject is not None and subject.code == base.taker and subject.code != base.giver:
        return [replace(changed, taker=state, taker_party=party, more_takers=())]
    return [replace(changed, giver=state, giver_party=party, more_givers=())]
