"""Arms made elsewhere that a state shot down: "Ukraine's air force shot down 23 Iranian-made Shahed drones
overnight", "Pakistan says it shot down 25 Israeli-made Harop drones". Someone used them against the shooter, so their
maker gave them to that user: the state named as launching them ("launched by Russia"), else the story's last
partner of the maker (the document fills it). The shooter is never the receiver.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.categories import find_items
from kg.extract.drafts import Draft, draft, quantity
from kg.extract.knowledge import Knowledge
from kg.extract.quantities import find_counts
from kg.extract.roles import MADE_AFTER, Sides
from kg.extract.screened import screened
from kg.extract.states import find_states
from kg.model import Category, Kind, Status

# The downing verb ("downed" is left out: "downed Russian drones" is mostly an adjective, the drones' owner's).
_DOWNED = screened(r"(?i)\b(?:shot|shoots|shooting|brought|brings|bringing)\s+down\b")
_LAUNCHED_BY = screened(r"(?i)^\s*,?\s*(?:which\s+(?:were|was|had\s+been)\s+)?(?:launched|fired|flown|sent)\s+by\s+"
                        r"(?:the\s+)?$")
_GAP = 48  # characters between the downing verb and the maker's demonym
_JUST_BEFORE = screened(r"\s+")  # a demonym right before the goods: "the Iranian drones"


@dataclass(frozen=True)
class Downed:
    made: Draft  # giver: the maker; taker: the user the sentence names, else None
    shooter: str | None  # the state that shot them down: never their receiver
    marked: bool = True  # the maker is marked as such ("Iranian-made"); else a plain demonym ("the Iranian drones")


def downed_drafts(text: str, knowledge: Knowledge) -> list[Downed]:
    """One draft per item made elsewhere that the sentence says was shot down."""
    verb = _DOWNED.search(text)
    if verb is None:
        return []
    mentions = find_states(text, knowledge)
    shooter = next((m.code for m in reversed(mentions) if m.end <= verb.start()), None)
    found = []
    for item in find_items(text[verb.end():], knowledge):
        start, end = item.start + verb.end(), item.end + verb.end()
        # a maker marked as such ("Israeli-made Harops"); a plain demonym ("223 of the Iranian drones") only where the
        # story has that state giving arms (the document checks): "Indian jets" are mostly India's own
        maker = next((m for m in mentions if verb.end() <= m.end and 0 <= start - m.end <= 12 and
                      m.role == "demonyms" and (MADE_AFTER.match(text, m.end) or _JUST_BEFORE.fullmatch(
                          text, m.end, start))), None)
        if maker is None or start - verb.end() > _GAP or maker.code == shooter:
            continue
        # whose the downed arms were: a state between the verb and the maker ("the Malian army's Turkish-made
        # Akinci"), else the one that launched them ("launched by Russia")
        user = next((m for m in mentions if verb.end() <= m.start and m.end <= maker.start and m.code != maker.code),
                    None) or next((m for m in mentions if m.start > end and _LAUNCHED_BY.fullmatch(text, end, m.start)),
                                  None)
        count = next((c for c in reversed(find_counts(text)) if verb.end() <= c.start and c.end <= maker.start), None)
        sides = Sides(maker.code, user.code if user else None, False)
        made = draft(Kind.ARMS_TRANSFER, sides, Status.DELIVERED, category=Category(item.category), item=item.text,
                     quantity=quantity(count, item.text.split()[-1]))
        found.append(Downed(made, shooter, MADE_AFTER.match(text, maker.end) is not None))
    return found
