"""Which state gives and which receives, from the words around each state name and the cue (trigger).

Each mention gets a role from its context: `to` (to/into/for/alongside X), `from` (from X), `by` (by X),
`object` ("supplied X with", "help X produce", "support X"), `in` (in X), `origin` (a demonym naming
the item or the troops: "Iranian drones", "North Korean troops"), `subject` (before the cue) or `other`.
Each trigger type ranks the roles for the giving and the receiving side; a passive cue ("were supplied by")
ranks them differently. Mentions left over fill an empty side in reading order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.knowledge import Knowledge
from kg.extract.states import Mention

_PASSIVE = re.compile(r"(?i)\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$")
_HEAD_GAP = re.compile(r"^(?:[\s-]+[\w-]+){0,3}?[\s-]+$|^[\s-]*$")

GIVER = {
    "give": ("from", "origin", "by", "subject"),
    "give-passive": ("by", "from", "origin"),
    "receive": ("from", "origin"),
    "receive-passive": ("from", "origin"),
    "deploy": ("from", "origin", "subject"),
    "deploy-passive": ("by", "from", "origin"),
}
TAKER = {
    "give": ("to", "object", "in"),
    "give-passive": ("to", "subject", "object", "in"),
    "receive": ("subject", "to", "object"),
    "receive-passive": ("by", "subject"),
    "deploy": ("to", "object", "in"),
    "deploy-passive": ("to", "in", "subject"),
}


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    text: str
    type: str  # give | receive | technology | deploy (technology cues rank roles as give does)


@dataclass(frozen=True)
class Sides:
    giver: str | None
    taker: str | None
    ambiguous: bool  # both came from plain subjects ("Kim and Putin agreed to send")


def _role(m: Mention, trigger: Trigger, text: str, heads: list[tuple[int, int]], knowledge: Knowledge) -> str:
    words = knowledge.cue_words
    if m.possessive and 0 <= trigger.start - m.end <= 25:
        return "subject"  # "Pyongyang's shipment", "Russia's purchases"
    if m.before in words["to_words"]:
        return "to"
    if m.before in words["from_words"]:
        return "from"
    if m.before == "by":
        return "by"
    if m.before in words["object_verbs"] and m.start > trigger.start:
        return "object"
    if m.before in ("in", "inside", "within"):
        return "in"
    if m.role == "demonyms" and any(s >= m.end and _HEAD_GAP.match(text[m.end:s]) for s, _ in heads):
        return "origin"
    return "subject" if m.end <= trigger.start else "other"


def _pick(roles: list[tuple[Mention, str]], ranking: tuple[str, ...], exclude: str | None) -> tuple[str | None, str]:
    for wanted in ranking:
        for mention, role in roles:
            if role == wanted and mention.code != exclude:
                return mention.code, role
    return None, ""


def assign_sides(text: str, mentions: list[Mention], trigger: Trigger, heads: list[tuple[int, int]],
                 knowledge: Knowledge) -> Sides:
    """The giving and receiving states for one trigger (None where the sentence does not say)."""
    passive = bool(_PASSIVE.search(text[max(0, trigger.start - 30):trigger.start]))
    key = ("give" if trigger.type == "technology" else trigger.type) + ("-passive" if passive else "")
    roles = [(m, _role(m, trigger, text, heads, knowledge)) for m in mentions]
    giver, giver_role = _pick(roles, GIVER[key], None)
    taker, taker_role = _pick(roles, TAKER[key], giver)
    if giver is None and taker is not None:
        giver, giver_role = _pick(roles, GIVER[key], taker)
    leftovers = [m.code for m, role in roles if role in ("subject", "other", "in") and m.code not in (giver, taker)]
    if giver is None and leftovers:
        giver, giver_role = leftovers.pop(0), "left"
    if taker is None and leftovers:
        taker, taker_role = leftovers[-1], "left"
    ambiguous = giver_role == "subject" and taker_role == "left"
    return Sides(giver, taker, ambiguous)
