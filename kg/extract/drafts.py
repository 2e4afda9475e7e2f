"""The parts a sentence is read into: a clause with its cues, and the draft facts it gives.

A draft is a fact not yet completed by the document: a side may still be open (None), and the states are
codes (a non-state party rides along with its base state).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable

from kg.extract.periods import TimeExpression
from kg.extract.quantities import Count
from kg.extract.roles import Sides, Trigger
from kg.extract.screened import screened
from kg.extract.states import Mention
from kg.model import Category, Kind, Qualifier, Status

# Words between a count and its noun: up to three words, none a preposition or article ("3,000 North Korean
# troops"), optionally after "of" and a possessive ("twenty-four of Russia's most modern jets") or a weight
# ("750 tonnes of weapons").
_GAP = screened(r"^(?:[-‐](?:tonnes?|tons?)(?=\s)"  # "a 750-tonne arms shipment", not "a 40-ton truck"
                r"(?!\s+(?:[\w-]+\s+)?(?:trucks?|lorr(?:y|ies)|ships?|vessels?|dhows?|boats?|barges?|planes?|"
                r"aircraft|trains?|wagons?|containers?|cranes?)\b))?"
                r"(?:[-‐](?:strong|man|member)(?=\s))?"  # "an 830-strong battalion", "a 40-man team"
                r"(?:\s+(?:more|additional|further|extra))?"  # "40 more of the drones"
                # "200 engines for drones", "350,000 small electric motors for drones"
                r"(?:\s+(?:[a-z][\w-]*\s+){0,2}?(?:engines|motors|warheads|parts|components|guidance kits|kits|"
                r"chips|controllers|cores)\s+for)?"
                r"(?:\s+(?:metric\s+)?(?:tonnes|tons|kilograms|kilos)\s+of)?"
                # "four batteries of the S-300 system", "12 sets of the jammers"
                r"(?:\s+(?:batteries|battalions|sets|complexes|pieces|units)\s+of(?:\s+(?:the|its|their))?(?=\s))?"
                r"(?:\s+of\s+(?:the|its|their|[\w.’'-]+(?:'s|’s)))?"
                # "up to 300 military and civilian personnel"
                r"(?:\s+(?:military|civilian)\s+and\s+(?:military|civilian))?"
                # at most three words; a preposition ends the count's noun ("three companies over missile sales")
                r"(?:\s+(?!(?:and|or|to|from|with|by|in|on|for|the|than|as|at|over|against|into|through|via|"
                r"across|after|during|since|under)\b)[\w.’'\"“”-]+){0,3}\s+$",
                re.IGNORECASE)
_CLOSING_QUOTES = {"”", '"'}
_PART_OF = screened(r"(?i)^\s+of\s+(?:the\s+|its\s+|their\s+)?$")  # "the first two of six jets": two came
_WEIGHT = screened(r"(?i)\s+(?:metric\s+)?(tonnes|tons|kilograms|kilos)\s+of\b|[-‐](tonne|ton)(?=\s)")
_RATE = screened(r"(?i)\s+(?:a|per|each|every)\s+(?:day|week|month|year)\b")
_COUNT_AFTER = screened(r"\s+(?:to|at|of|reached|reaching)\s+$")
_TOTAL_BEFORE = screened(r"(?i)\btotal\b")
# A running total named by its verb ("taking the number sent so far to about 14,000", "bringing it to 20"), as a
# regex alternative that ends right before the count.
TAKING_TO = (r"\b(?:bringing|taking|raising|pushing|lifting|brings|takes|raises|brought|took|raised)\s+"
             r"(?:(?:the|its|their|that|this)\s+)?(?:[\w’'-]+\s+){0,14}?to\s+(?:(?:about|around|some|nearly|almost|"
             r"roughly|over|more than|at least)\s+)?$")
# A figure put on a total or on what the story is about ("the agency had put the tally at", "it put the combined
# number of artillery systems at", "the number of launchers in the republic will reach"), as a regex alternative that
# ends right before the count; `what` / `what2` hold what is counted, when named.
FIGURE_PUT = (r"\b(?:(?:put|puts|putting|placed|places|set|sets)\s+(?:the|its|their)\s+"
              r"(?:(?:combined|total|overall|latest|new)\s+)?(?:number|tally|figure|count|total|estimate)"
              r"(?:\s+of\s+(?P<what>[^,;:]{1,60}?))?"
              # what the total counts, as a participle ("put the total sent to Russia at")
              r"(?:\s+(?:sent|deployed|dispatched|delivered|shipped|supplied)(?:\s+(?:to|in|into)\s+[^,;:]{1,30}?)?)?"
              r"\s+at|"
              r"the\s+(?:total\s+)?number\s+of\s+(?P<what2>[^,;:]{1,60}?)\s+(?:will\s+reach|would\s+reach|"
              r"reached|has\s+reached|stands\s+at|stood\s+at|rose\s+to|has\s+risen\s+to|grew\s+to)|"
              # the strength of a force abroad ("officials put their strength at", "put the North Korean contingent
              # at", "the Russian contingent would number")
              r"(?:put|puts|putting|placed|places)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
              r"(?P<force>strength|contingent|presence|size\s+of\s+the\s+(?:force|contingent|deployment))\s+at|"
              r"\b(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}?(?P<force2>contingent|garrison)\s+"
              r"(?:would|will|is\s+to|was\s+to)\s+number)\s+$")
EXCHANGE = screened(r"(?i)\bin (?:exchange|return) for\b|\bas payment for\b|\bto pay for\b|\bas a reward for\b|"
                    r"\b(?:payback|payment|compensation|reward)\s+for\b")


def paid_with(clause: "Clause", trigger: Trigger, pays: Callable[[Trigger], bool]) -> Trigger | None:
    """The cue that what follows "in exchange for" pays for ("gave jets in return for the troops it sent",
    "shipped shells in exchange for help with its satellites"): the last cue `pays` accepts before the last
    exchange phrase ahead of `trigger`; None without one."""
    phrases = list(EXCHANGE.finditer(clause.text, clause.start, trigger.start))
    if not phrases:
        return None
    return next((t for t in reversed(clause.triggers) if t.end <= phrases[-1].start() and pays(t)), None)


@dataclass
class Draft:
    kind: Kind
    giver: str | None
    taker: str | None
    ambiguous: bool
    category: Category | None
    item: str | None
    quantity: tuple[int | float, str, Qualifier] | None  # value, unit, qualifier
    period: tuple[str | None, str | None] | None
    status: Status
    more_givers: tuple[str, ...] = ()
    more_takers: tuple[str, ...] = ()
    giver_party: str | None = None
    taker_party: str | None = None
    continuation: bool = False  # from a sentence naming no state: both sides are the story's last pair
    story_only: bool = False  # an open side may come from the story's last pair only (use of a foreign-made item)
    nominal: bool = False  # the cue is a noun ("the supply of"): its sides come from the words around, not a verb
    earlier_item: bool = False  # a bare count ("about 200 have been delivered"): the item is the story's last arms
    figure: bool = False  # a figure put on what the story is about ("put the tally at 9 million"): arms or troops
    tally: bool = False  # a state tallied with an amount ("Thailand: $28 million"): the story says on which side
    signers: int = 0  # an agreement of "the three countries": the last three states the article named sign it
    story_status: bool = False  # counted arms with no verb of their own ("The largest item is 82 launchers"): a plain
    # delivered status is the story's last fact's
    gapped: bool = False  # a gapped conjunct ("..., and Norway six"): an open side is the one the fact before it got
    packaged: bool = False  # listed as what a package holds: goods a third state made may be another state's package

    def turned_round(self) -> "Draft":
        """The draft going the other way: giver and taker swapped, with their parties."""
        return replace(self, giver=self.taker, taker=self.giver, giver_party=self.taker_party,
                       taker_party=self.giver_party)


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
    production: bool = False  # the sentence is about making arms (a technology cue in any of its clauses)

    @property
    def body(self) -> str:
        return self.text[self.start:self.end]


def draft(kind: Kind, sides: Sides, status: Status, *, category: Category | None = None, item: str | None = None,
          quantity=None, period=None) -> Draft:
    """A draft with the sides (and the states coordinated with them) of `sides`."""
    return Draft(kind, sides.giver, sides.taker, sides.ambiguous, category, item, quantity, period, status,
                 sides.more_givers, sides.more_takers, sides.giver_party, sides.taker_party)


def count_before(clause: Clause, start: int, end: int | None = None) -> Count | None:
    """The count right before a noun ("over 300,000 artillery shells"; the part in "two of the six jets"), None
    when there is none or when it is a rate ("300 drones a month")."""
    for i, count in enumerate(reversed(clause.counts)):
        gap = clause.text[count.end:start]
        if gap[:1] in _CLOSING_QUOTES and " " in clause.text[count.start:count.end]:
            gap = gap[1:]  # a quoted count ('fired "more than 150" missiles'), not a quoted name ('"358" missiles')
        if count.end <= start and _GAP.match(gap + " "):
            if end is not None and _RATE.match(clause.text, end):
                return None
            part = clause.counts[len(clause.counts) - 2 - i] if i + 1 < len(clause.counts) else None
            return part if part is not None and _PART_OF.match(clause.text[part.end:count.start]) else count
    return None


def weight_unit(clause: Clause, count: Count, start: int) -> str | None:
    """"tonnes" when the count weighs the item ("750 tonnes of weapons"), else None."""
    found = _WEIGHT.match(clause.text, count.end, start)
    if not found:
        return None
    return found.group(1).lower() if found.group(1) else found.group(2).lower() + "s"


def total_after(clause: Clause, start: int, end: int) -> Count | None:
    """The count a total gives after its noun ("the total number of containers to 20,000")."""
    if not _TOTAL_BEFORE.search(clause.text, max(clause.start, start - 30), start):
        return None
    return next((c for c in clause.counts if c.start >= end and c.start - end <= 20
                 and _COUNT_AFTER.match(clause.text[end:c.start] + " ")), None)


def gap_ok(text: str) -> bool:
    return bool(_GAP.match(text + " "))


_SAME_PLURAL = {"aircraft", "personnel", "artillery", "ammunition", "materiel", "equipment", "hardware", "gear"}


def unit(words: str) -> str:
    last = words.split()[-1].lower() if words.split() else ""
    if not last.isalpha():
        return "units"
    return last if last.endswith("s") or last in _SAME_PLURAL else last + "s"


def quantity(count: Count | None, noun: str):
    return (count.value, noun, Qualifier(count.qualifier)) if count else None


def period(expressions: list[TimeExpression]):
    return (expressions[0].period_start, expressions[0].period_end) if expressions else None
