"""Foreign parts in the remains of a weapon: the parts' maker supplied the state whose weapon it was.

"Chinese-made microcontrollers were found in the wreckage of Russian Kh-101 missiles", "the debris contained
navigation modules made in China", "a downed drone contained an engine produced by a Chinese manufacturer": an arms
transfer from the state that made the parts to the state whose weapon held them (named before the weapon, else the
weapon's maker, else the story's), in the weapon's category.
"""

from __future__ import annotations

import re

from kg.extract import cues as cue
from kg.extract.categories import find_items
from kg.extract.drafts import Clause, Draft, draft, period
from kg.extract.knowledge import Knowledge
from kg.extract.roles import Sides
from kg.extract.screened import screened
from kg.model import Category, Kind

_PART = (r"(?:(?:piston|jet|turbojet|small|commercial|electronic)\s+)?(?:engines?|motors?|microcontrollers?|"
         r"micro-?chips?|chips|semiconductors|electronics|(?:electronic\s+)?components|parts|(?:navigation\s+)?"
         r"modules?|antenna\s+arrays?|antennas?|processors?|transceivers?|receivers?|circuit\s+boards?|cameras?)")
# the state before the parts: "Chinese-made engines", "Chinese-built turbojet engines", "Chinese components"
_MADE_BEFORE = screened(r"(?i)(?:[-‐‑](?:made|built|produced|manufactured|origin)\s+(?:[\w-]+\s+){0,2}?|\s+)"
                        + _PART + r"\b")
# the state after the parts: "modules and antenna arrays made in China", "engines produced by a Chinese company"
_MADE_AFTER = screened(r"(?i)" + _PART + r"(?:\s+and\s+(?:[\w-]+\s+){0,2}?" + _PART + r")?,?\s+"
                       r"(?:(?:were|was|are|is)\s+)?(?:made|built|produced|manufactured)\s+"
                       r"(?:in\s+|by\s+(?:a|an|the)\s+)$")
_DOWNED = screened(r"(?i)\b(?:downed|shot\s+down|intercepted)\b")
_REMAINS = screened(r"(?i)\b(?:wreckage|debris|remains|fragments|remnants|downed|shot\s+down|taken\s+apart|"
                    r"took\s+apart|recovered)\b")


def component_drafts(clause: Clause, knowledge: Knowledge) -> list[Draft]:
    """The transfer of foreign parts found in a weapon's remains (none without remains, foreign parts and a
    weapon in the clause)."""
    body = clause.body
    if not _REMAINS.search(body):
        return []
    maker = _parts_maker(clause)
    if maker is None:
        return []
    code, part_start, part_end = maker
    # a downed weapon is a target to find_items; here it is the weapon the parts were in (offsets kept)
    shown = _DOWNED.sub(lambda m: " " * len(m.group()), body)
    weapons = [i for i in find_items(shown, knowledge) if i.category != "other" and
               not re.fullmatch(r"(?i)" + _PART, i.text)]
    if not weapons:
        return []
    weapon = weapons[0]
    start, end = clause.start + weapon.start, clause.start + weapon.end
    owner = next((m.code for m in clause.mentions if m.end <= start and
                  re.fullmatch(r"(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?", clause.text[m.end:start])), None)
    owner = owner or knowledge.maker_of(weapon.text)
    if owner == code:
        return []
    status = cue.status_of(Kind.ARMS_TRANSFER, clause.text, None, clause.start, knowledge)
    if status is None:
        return []
    made = draft(Kind.ARMS_TRANSFER, Sides(code, owner, False), status, category=Category(weapon.category),
                 item=clause.text[part_start:part_end], period=period(clause.periods))
    made.story_only = owner is None
    return [made]


def _parts_maker(clause: Clause) -> tuple[str, int, int] | None:
    """The state that made the parts and where the words naming the parts and their maker begin and end."""
    for m in clause.mentions:
        found = _MADE_BEFORE.match(clause.text, m.end) if m.role == "demonyms" else None
        if found is not None and found.end() <= clause.end:
            return m.code, m.start, found.end()
        found = _MADE_AFTER.search(clause.text, max(clause.start, m.start - 90), m.start)
        if found is not None:
            return m.code, found.start(), m.end
    return None
