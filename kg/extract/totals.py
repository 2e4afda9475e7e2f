"""Second counts of what a counted fact of the sentence moves, each a fact of its own for the same pair and item
(annotators record one fact per number):

- the order a counted delivery is part of: "Russia has delivered three of the five S-400 squadrons India ordered",
  "the first three of the 42 jets Indonesia ordered will arrive in 2026", "Egypt signed for 30 more, on top of the
  24 it bought in 2015", "the first of 24 that Argentina purchased", "part of an order for six jets": agreed when it
  was ordered or contracted, delivered when it was bought;
- a batch more: "about 11,000 soldiers ..., and roughly 3,000 more were sent", as certain as the fact counted;
- the rest of an order: "the remaining four of the six ordered are due this year", "the other 18 are due in 2026":
  planned when the clause says it is to come, else as certain as the fact counted;
- a total the count is expected to reach: "3,000 soldiers have been moved to Russia, and the number is expected to
  reach 10,000 by December": planned.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.drafts import Draft
from kg.extract.knowledge import Knowledge
from kg.extract.quantities import Count, find_counts
from kg.extract.screened import screened
from kg.extract.states import find_states
from kg.model import Kind, Qualifier, Status

_NUMBER = r"(?P<count>[\w,.-]+)"
# "of the five S-400 squadrons India ordered", "on top of the 24 it bought", "of the 50 F-35s it has on order", "the
# first of 24 that Argentina purchased"
_TOTAL = screened(r"(?i)\b(?:on\s+top\s+)?of\s+(?:(?:the|its|their|those)\s+)?" + _NUMBER + r"\s+"
                  r"(?:[\w'’-]+\s+){0,5}?(?:(?:that|which)\s+)?(?:(?:it|they|the\s+[\w-]+|[A-Z][\w-]+)\s+)?"
                  r"(?:(?:had|has|have|were|was)\s+)?(?:\w+ly\s+)?"
                  r"(?P<verb>ordered|contracted|bought|purchased|on\s+order|signed\s+for)\b")
# "part of an order for six jets", "under a contract for 48 fighters"
_ORDER_FOR = screened(r"(?i)\b(?:order|contract|deal)\s+(?:for|of|covering)\s+(?:(?:up\s+to|some|about|around)\s+)?"
                      + _NUMBER)
# "roughly 3,000 more were sent", "another 20", "a further 12" (not "one more batch of forty engines")
_MORE = screened(r"(?i)(?:\b" + _NUMBER + r"\s+more\b|\b(?:another|a\s+further|an\s+additional)\s+"
                 r"(?:(?:some|about|around|roughly|nearly)\s+)?(?P<count2>[\w,.-]+))"
                 r"(?!\s+(?:batch|batches|consignments?|shipments?|deliveries|delivery|times?|rounds\s+of|"
                 r"tranches?)\b)")
# Room before a count for a state that does something else with it: "and Belarus added four more".
_OTHER_ACTOR = 40
# "the remaining four", "the other 18 of the 29"
_REST = screened(r"(?i)\bthe\s+(?:remaining|other)\s+" + _NUMBER)
# what is still to come, in the rest of the clause: "are due this year", "will arrive", "are to be delivered"
_TO_COME = screened(r"(?i)[^.;]{0,80}?\b(?:due|will|would|to\s+be|expected|scheduled|set\s+to|are\s+to|is\s+to)\b")
# a total the count is expected to reach ("and the number is expected to reach 10,000 by December"): planned
_TO_REACH = screened(r"(?i)\b(?:the\s+)?(?:number|total|figure|tally|contingent|force)\s+"
                     r"(?:is|was|could|may|might|will)\s+(?:(?:be\s+)?(?:expected|set|likely|due)\s+to\s+)?"
                     r"(?:reach|rise\s+to|grow\s+to|climb\s+to|top)\s+"
                     r"(?:(?:about|around|some|roughly|nearly|up\s+to|as\s+many\s+as)\s+)?" + _NUMBER)
_AGREED_VERBS = ("ordered", "contracted", "on order", "signed for")
_COUNTED = (Kind.ARMS_TRANSFER, Kind.TROOP_DEPLOYMENT)


def order_totals(text: str, completed: list[Draft], knowledge: Knowledge) -> list[Draft]:
    """A fact for each second count of the sentence's counted facts (none for a count some fact has already, nor for
    a batch more or a rest that another state right before it handles: "and Belarus added four more")."""
    counted = [d for d in completed if d.kind in _COUNTED and d.quantity and d.giver and d.taker]
    if not counted:
        return []
    counts = find_counts(text)
    taken = {d.quantity[0] for d in completed if d.quantity}
    found: list[Draft] = []

    def add(start: int, status: Status | None, arms_only: bool = True, alone: bool = False) -> None:
        count = _count_at(counts, start)
        base = next((d for d in counted if not (arms_only and d.kind != Kind.ARMS_TRANSFER)), None)
        if count is None or base is None or count.value in taken:
            return
        if alone and any(m.code not in (base.giver, base.taker) and count.start - _OTHER_ACTOR <= m.start < count.start
                         for m in find_states(text, knowledge)):
            return
        taken.add(count.value)
        found.append(replace(base, quantity=(count.value, base.quantity[1], Qualifier(count.qualifier)),
                             status=status or base.status, period=None if status else base.period))

    for match in _TOTAL.finditer(text):
        verb = re.sub(r"\s+", " ", match["verb"].lower())
        add(match.start("count"), Status.AGREED if verb in _AGREED_VERBS else Status.DELIVERED)
    for match in _ORDER_FOR.finditer(text):
        add(match.start("count"), Status.AGREED)
    for match in _MORE.finditer(text):
        add(match.start("count") if match["count"] else match.start("count2"), None, arms_only=False, alone=True)
    for match in _REST.finditer(text):
        add(match.start("count"), Status.PLANNED if _TO_COME.match(text, match.end()) else None, alone=True)
    for match in _TO_REACH.finditer(text):
        add(match.start("count"), Status.PLANNED, arms_only=False)
    return found


def _count_at(counts: list[Count], start: int) -> Count | None:
    """The count whose number starts at `start` (a qualifier before it may open the count)."""
    return next((c for c in counts if c.start <= start < c.end), None)
