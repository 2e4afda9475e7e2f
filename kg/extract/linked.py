"""Facts that come with an item's main fact in the same clause (used by `kg.extract.arms`):

- a used, foreign-made weapon that another state passed on gives two transfers, maker to that state and that
  state to the user ("Kornet missiles passed on from Syrian army stocks");
- the first batch of an order also gives the order ("the first two of six Su-30s ordered from Russia": the two
  delivered, the six agreed);
- an item people are trained on that a relative clause says was handed over also gives its arms transfer ("to
  handle the guns that Pyongyang shipped last year").
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract import cues as cue
from kg.extract.categories import Item
from kg.extract.drafts import Clause, Draft, draft, period, quantity
from kg.extract.knowledge import Knowledge
from kg.extract.roles import assign_sides
from kg.extract.screened import screened
from kg.extract.states import Mention
from kg.model import Category, Kind, Status


# A used weapon handed on by another state: "Kornet missiles that had been passed on from Syrian army stocks".
_PASSED_FROM = screened(r"(?i)\b(?:passed\s+on|handed\s+on|handed\s+over|transferred|supplied|delivered|given|sent|"
                        r"smuggled|diverted|re-exported)\s+(?:[\w’'-]+\s+){0,2}?(?:from|by)\s+(?:the\s+)?$")


def passed_on_from(clause: Clause, item: Item, made: Draft) -> str | None:
    """The state a used, foreign-made item was passed on from (or by: "re-exported by the Emirates"), when the clause
    names one after the item."""
    if not made.story_only or made.giver is None or made.taker is None:
        return None
    return next((m.code for m in clause.mentions if m.start >= item.end and m.code not in (made.giver, made.taker)
                 and _PASSED_FROM.search(clause.text, max(item.end, m.start - 60), m.start)), None)


_ORDERED_AFTER = screened(r"(?i)\s+(?:[\w’'-]+\s+){0,2}?(?:ordered|on order|contracted|bought|purchased|agreed)\b")
_OF = screened(r"(?i)\s+of\s+(?:the\s+|its\s+|their\s+)?")


def whole_order(clause: Clause, item: Item, made: Draft) -> list[Draft]:
    """"the first two of six Su-30s ordered from Russia", "the army has accepted 12 of its 30 howitzers": the part
    delivered, and the whole order (agreed)."""
    if made.quantity is None or not (_ORDERED_AFTER.match(clause.text, item.end) or made.status == Status.DELIVERED):
        return []
    whole = next((c for c in clause.counts
                  if c.end <= item.start and _few_words_between(clause.text[c.end:item.start])), None)
    part = next((c for c in clause.counts if whole is not None and c.end <= whole.start
                 and _OF.fullmatch(clause.text[c.end:whole.start])), None)
    if whole is None or part is None or part.value != made.quantity[0]:
        return []
    return [replace(made, quantity=quantity(whole, made.quantity[1]), status=Status.AGREED)]


def _few_words_between(text: str) -> bool:
    """At most three words between a count and its item, none of them "of"."""
    return bool(_WORDS_GAP.fullmatch(text)) and " of " not in f" {text} "


_WORDS_GAP = screened(r"(?:\s+[\w’'-]+){0,3}\s+")


# "... to handle the guns that Pyongyang shipped last year": a transfer in a relative clause right after the item.
_SINGULAR = screened(r"(?i)\b(?:was|is|has)\b")
_RELATIVE = screened(r"(?i)\s*,?\s+(?:that|which)\s+(?:[\w’'-]+\s+){1,3}?")


def shipped_too(clause: Clause, knowledge: Knowledge, item: Item, heads, counted) -> list[Draft]:
    """An item people are trained on that a relative clause also says was handed over: its arms transfer too
    (`counted` is the item's quantity, as the caller reads it)."""
    give = next((t for t in clause.triggers if t.type == "give" and t.start >= item.end
                 and _RELATIVE.fullmatch(clause.text, item.end, t.start)), None)
    if give is None or (item.text.endswith("s") and _SINGULAR.search(clause.text, item.end, give.start)):
        return []  # "instruction in operating drones, which was given in Russia": the instruction was given
    sides = assign_sides(clause.text, clause.mentions, give, heads, knowledge, clause.end)
    status = cue.status_of(Kind.ARMS_TRANSFER, clause.text, give, clause.start, knowledge)
    if status is None or sides.giver is None:
        return []
    return [draft(Kind.ARMS_TRANSFER, sides, status, category=Category(item.category), item=item.text,
                  quantity=counted, period=period(clause.periods))]


# Receivers that passed the goods on, in a relative clause after them: "sold from Serbian factories to buyers in Spain
# and the United States, which then sent it on to Kyiv".
_RELAY = screened(r"(?i),\s*(?:which|who)\s+(?:(?:then|later|in\s+turn|after\s+that|afterwards|subsequently|"
                  r"reportedly|allegedly|had|have|has)\s+)*(?:re-exported|sent|passed|shipped|transferred|delivered|"
                  r"handed|supplied|forwarded|funnell?ed)\s+(?:(?:it|them)\s+)?"
                  r"(?:(?:on|onward|onwards|further|over)\s+)?(?:to|into)\s+(?:the\s+)?$")


def relayed(text: str, mentions: list[Mention], drafts: list[Draft]) -> list[Draft]:
    """Each receiver named before ", which then sent it on to Y" gives the same goods to Y (none without such a
    relative clause, or when the receivers are not named before it)."""
    relay, onward = next(((r, m) for m in mentions if (r := _RELAY.search(text, max(0, m.start - 100), m.start))),
                         (None, None))
    if relay is None:
        return []
    before = {m.code for m in mentions if m.end <= relay.start()}
    return [replace(d, giver=d.taker, more_givers=d.more_takers, giver_party=d.taker_party,
                    taker=onward.code, more_takers=(), taker_party=onward.party)
            for d in drafts if d.kind == Kind.ARMS_TRANSFER and d.taker is not None and d.taker != onward.code
            and d.taker in before and all(t in before for t in d.more_takers)]
