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
_COORDINATED = re.compile(r"^(?:'s|’s)?\s*(?:,\s*|\s+and\s+|,\s*and\s+|\s+as well as\s+)(?:the\s+)?$")
_PARTICIPLES = {"sent", "sold", "given", "flown", "bought", "got", "brought", "dealt", "built", "made", "lent"}
_FROM = re.compile(r"(?i)\bfrom\s+(?!(?:the\s+)?(?:start|beginning|end|early|late|mid|\d|january|february|march|april|may|june|july|august|september|october|november|december|storage|stock|depots?|warehouses?|factories|plants?|ports?)\b)")
_HEAD_GAP = re.compile(r"^(?:[\s-]+[\w-]+)?[\s-]+$|^[\s-]*$")  # "Iranian drones", "North Korean-made KN-23s"

GIVER = {
    "give": ("from", "origin", "by", "subject"),
    "give-passive": ("by", "from", "origin"),
    "receive": ("from", "origin"),
    "receive-passive": ("from", "origin"),
    "deploy": ("from", "origin", "subject"),
    "deploy-passive": ("by", "from", "origin"),
}
TAKER = {
    "give": ("to", "object"),
    "give-passive": ("to", "subject", "object", "in"),
    "receive": ("subject", "to", "object"),
    "receive-passive": ("by", "subject"),
    "deploy": ("to", "object", "in"),
    "deploy-passive": ("to", "in", "subject"),
}


_RANKED_AS = {"technology": "give", "technology-receive": "receive"}


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    text: str
    type: str  # give | receive | technology | technology-receive ("with Iranian help") | deploy


@dataclass(frozen=True)
class Sides:
    giver: str | None
    taker: str | None
    ambiguous: bool  # both came from plain subjects ("Kim and Putin agreed to send")
    more_givers: tuple[str, ...] = ()  # coordinated with the giver: "from Germany and the United States"
    more_takers: tuple[str, ...] = ()


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
    if m.before in words["object_verbs"]:
        return "object" if m.start > trigger.start else "other"
    if m.before in ("in", "inside", "within"):
        return "in"
    if m.role == "demonyms" and any(s >= m.end and _HEAD_GAP.match(text[m.end:s]) for s, _ in heads):
        return "origin"
    return "subject" if m.end <= trigger.start else "other"


def _pick(roles: list[tuple[Mention, str]], ranking: tuple[str, ...], exclude: str | None,
          pivot: int) -> tuple[str | None, str]:
    """The mention with the best-ranked role nearest the cue (after it, except for subjects)."""
    for wanted in ranking:
        candidates = [m for m, role in roles if role == wanted and m.code != exclude]
        if candidates:
            return min(candidates, key=lambda m: (wanted != "subject" and m.start < pivot, abs(m.start - pivot))).code, \
                wanted
    return None, ""


def assign_sides(text: str, mentions: list[Mention], trigger: Trigger, heads: list[tuple[int, int]],
                 knowledge: Knowledge, end: int | None = None) -> Sides:
    """The giving and receiving states for one trigger (None where the sentence does not say).

    When the clause names the source with "from" but not as a state ("from European partners"), the giving
    side is unknown and stays None even when other states are named, and the fact is dropped.
    """
    participle = trigger.text.split()[0].lower()
    participle = participle.endswith(("ed", "en", "wn")) or participle in _PARTICIPLES
    passive = participle and bool(_PASSIVE.search(text[max(0, trigger.start - 30):trigger.start]))
    key = _RANKED_AS.get(trigger.type, trigger.type) + ("-passive" if passive else "")
    roles = [(m, _role(m, trigger, text, heads, knowledge)) for m in mentions]
    giver, giver_role = _pick(roles, GIVER[key], None, trigger.start)
    taker, taker_role = _pick(roles, TAKER[key], giver, trigger.start)
    if giver is None and taker is not None:
        giver, giver_role = _pick(roles, GIVER[key], taker, trigger.start)
    if giver is None and _FROM.search(text, trigger.end, len(text) if end is None else end):
        return Sides(None, None, False)
    loose = ("subject", "other", "in") if key.startswith("deploy") or passive else ("subject", "other")
    leftovers = [m.code for m, role in roles if role in loose and m.code not in (giver, taker)]
    subjects = [m.code for m, role in roles if role == "subject" and m.code not in (giver, taker)]
    if giver is not None and taker is None and subjects:
        taker, taker_role = subjects[-1], "left"  # "Russian forces fired missiles supplied by Pyongyang"
    if passive and taker is None and leftovers:
        taker, taker_role = leftovers.pop(), "left"
    if giver is None and leftovers:
        giver, giver_role = leftovers.pop(0), "left"
    if taker is None and leftovers:
        taker, taker_role = leftovers[-1], "left"
    if giver_role == "subject" and taker_role == "left":
        # "Kim and Putin agreed to send troops": reading order; the document may turn it round.
        first = next(m.code for m, _ in roles if m.code in (giver, taker))
        return Sides(first, taker if first == giver else giver, True)
    return Sides(giver, taker, False, _partners(text, roles, giver, giver_role),
                 _partners(text, roles, taker, taker_role))


def _partners(text: str, roles: list[tuple[Mention, str]], code: str | None, role: str) -> tuple[str, ...]:
    """States joined to the chosen one by "and" or a comma ("to Russia and Belarus")."""
    if code is None or role in ("", "left"):
        return ()
    mentions = [m for m, _ in roles]
    chosen = [i for i, m in enumerate(mentions) if m.code == code]
    partners: list[str] = []
    for step in (-1, 1):
        i = chosen[0] if step < 0 else chosen[-1]
        while 0 <= i + step < len(mentions):
            a, b = sorted((mentions[i], mentions[i + step]), key=lambda m: m.start)
            if not _COORDINATED.match(text[a.end:b.start]):
                break
            i += step
            if mentions[i].code != code and mentions[i].code not in partners:
                partners.append(mentions[i].code)
    return tuple(partners)
