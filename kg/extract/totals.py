"""The order a counted delivery is part of: "Russia has delivered three of the five S-400 squadrons India ordered",
"the first three of the 42 jets Indonesia ordered will arrive in 2026", "Egypt signed for 30 more, on top of the 24
it bought in 2015". The total after "of the" (or "on top of the") is a fact of its own, for the same pair and item:
agreed when it was ordered or contracted, delivered when it was bought.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.drafts import Draft
from kg.extract.quantities import find_counts
from kg.extract.screened import screened
from kg.model import Kind, Qualifier, Status

# "of the five S-400 squadrons India ordered", "on top of the 24 it bought", "of the 50 F-35s it has on order"
_TOTAL = screened(r"(?i)\b(?:on\s+top\s+)?of\s+(?:the|its|their|those)\s+(?P<count>[\w,.-]+)\s+"
                  r"(?:[\w'’-]+\s+){0,5}?(?:(?:that|which)\s+)?(?:(?:it|they|the\s+[\w-]+|[A-Z][\w-]+)\s+)?"
                  r"(?:(?:had|has|have|were|was)\s+)?(?:\w+ly\s+)?"
                  r"(?P<verb>ordered|contracted|bought|purchased|on\s+order|signed\s+for)\b")
_AGREED_VERBS = ("ordered", "contracted", "on order", "signed for")


def order_totals(text: str, completed: list[Draft]) -> list[Draft]:
    """A fact with the order's total for each counted arms fact of the sentence that names the order it is part of
    (none when the sentence states the total already)."""
    counted = [d for d in completed if d.kind == Kind.ARMS_TRANSFER and d.quantity and d.giver and d.taker]
    if not counted or "of " not in text:
        return []
    found, counts = [], {c.start: c for c in find_counts(text)}
    for match in _TOTAL.finditer(text):
        count = counts.get(match.start("count"))
        if count is None:
            continue
        base = next((d for d in counted if d.quantity[0] != count.value), None)
        if base is None or any(d.quantity[0] == count.value for d in completed if d.quantity):
            continue
        verb = re.sub(r"\s+", " ", match["verb"].lower())
        status = Status.AGREED if verb in _AGREED_VERBS else Status.DELIVERED
        found.append(replace(base, quantity=(count.value, base.quantity[1], Qualifier(count.qualifier)),
                             status=status, period=None))
    return found
