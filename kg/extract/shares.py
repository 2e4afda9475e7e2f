"""A count of a share of the arms a sentence named, set off after them: "Ethiopia had bought Su-27 fighters from
Russia, eight of which arrived in 1998", "Damascus signed for Pantsir-S1 systems, reportedly 50 of them", "Chunmoo
launchers, 218 of which were ordered in 2022".

The count goes to the transfer of the last item named before it: as its quantity when it has none, else as a
second fact of the same transfer with that count (a share of a number given already). A share that was shot down,
destroyed or lost counts no transfer; "most", "many" or "some of them" is no count."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.drafts import Draft, quantity
from kg.extract.quantities import find_counts
from kg.extract.screened import screened
from kg.model import Kind

# right after a comma (or "and", "while"), with at most a hedge: ", eight of which", ", reportedly 50 of them"
_SET_OFF = screened(r"(?i)(?:,|\band|\bwhile)\s+(?:(?:reportedly|apparently|probably|possibly|allegedly|now)\s+)?$")
_OF_WHICH = screened(r"(?i)\s+of\s+(?:which|them|those)\b(?!\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
                     r"(?:shot\s+down|destroyed|intercepted|lost|downed|killed|damaged))")


def shares_counted(drafts: list[Draft], text: str) -> list[Draft]:
    """The sentence's drafts with each set-off share count given to the transfer of the item named last before
    it."""
    arms = [d for d in drafts if d.kind == Kind.ARMS_TRANSFER and d.item]
    if not arms or " of " not in text:
        return drafts
    added: list[Draft] = []
    for count in find_counts(text):
        if not _OF_WHICH.match(text, count.end) or not _SET_OFF.search(text, max(0, count.start - 40), count.start):
            continue
        named = [(at, d) for d in arms if 0 <= (at := text.rfind(d.item, 0, count.start))]
        if not named:
            continue
        last = max(at for at, _ in named)
        for _, d in (pair for pair in named if pair[0] == last):
            if any(x.quantity and x.quantity[0] == count.value and (x.giver, x.taker, x.category) ==
                   (d.giver, d.taker, d.category) for x in drafts):
                continue  # counted by the clause already ("..., at least 11 of which were filmed")
            share = quantity(count, d.quantity[1] if d.quantity else "units")
            if d.quantity is None:
                drafts = [replace(x, quantity=share) if x is d else x for x in drafts]
            elif d.quantity[0] != count.value:
                added.append(replace(d, quantity=share))
    return drafts + added
