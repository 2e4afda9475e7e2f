"""Arms a state holds that another state made: "Pakistan's Chinese-made fighters", "Pakistan said its
Chinese-made fighters shot down ...", "French-built Indian Rafale jets". That one state holds what another made
means the maker's goods reached the holder, so the sentence states a delivered transfer even when no verb of it
moves anything. Only items the sentence's other facts leave untouched are read this way.
"""

from __future__ import annotations

from kg.extract.categories import find_items
from kg.extract.cues import status_of
from kg.extract.drafts import Draft, draft
from kg.extract.knowledge import Knowledge
from kg.extract.roles import MADE_AFTER, Sides, Trigger
from kg.extract.screened import screened
from kg.extract.states import Mention, find_states
from kg.model import Category, Kind, Status

# Up to two words between a holder and what it holds ("Pakistan's ageing Chinese-made", "Chinese-made Barak")
_FEW_WORDS = screened(r"\s+(?:[\w’'.-]+\s+){0,2}")
# "its" or "their" right before the words of the item: the holder is the subject before it
_OWN = screened(r"(?i)\b(?:its|their)\s+(?:[a-z][\w-]*\s+){0,2}$")
# What may stand between the subject and "its": a few words, no preposition or conjunction ("Pakistan said its",
# "India has retired its"; not "talks with Riyadh about its")
_SUBJECT_TO_OWN = screened(r"(?i)(?:\s+(?!(?:about|with|from|to|for|of|in|on|at|by|and|or|but)\s)[\w’'-]+){1,4}?"
                           r"\s+")
_ANY_OWN = screened(r"(?i)\b(?:its|their)\b")
_HOLDER_ROLES = ("names", "capitals", "metonyms", "leaders")


def owned_drafts(text: str, completed: list[Draft], knowledge: Knowledge) -> list[Draft]:
    """Delivered transfers for items made by one state and held by another, as the words around the item say."""
    if "-" not in text:
        return []
    mentions = find_states(text, knowledge)
    if len(mentions) < 2 and not _ANY_OWN.search(text):
        return []
    covered = {d.item for d in completed if d.item}
    found: list[Draft] = []
    for item in find_items(text, knowledge):
        if item.text in covered or item.category in (None, "other"):
            continue
        maker = _maker_before(text, item.start, mentions)
        if maker is not None:
            holder = _holder(text, maker, item.start, mentions) or _holder_after(text, item.end, mentions)
            giver = maker.code
        elif item.named:  # "Azerbaijan's TB2 drones": a named system's maker
            giver, holder = knowledge.maker_of(item.text), _possessor(text, item.start, mentions)
        else:
            continue
        if giver is None or holder is None or holder.code == giver or knowledge.also_made_by(holder.code, item.text):
            continue
        if any(d.kind == Kind.ARMS_TRANSFER and (d.giver, d.taker) == (giver, holder.code) for d in completed):
            continue
        # the item stands for the cue: "Athens would not send its S-300s" denies the sentence; a source's "said"
        # does not hedge what the state holds ("Pakistan said its Chinese-made jets shot down ...")
        if status_of(Kind.ARMS_TRANSFER, text, Trigger(item.start, item.end, item.text, "use"), 0, knowledge) is None:
            continue
        sides = Sides(giver, holder.code, False, taker_party=holder.party)
        found.append(draft(Kind.ARMS_TRANSFER, sides, Status.DELIVERED, category=Category(item.category),
                           item=item.text))
    return found


def _maker_before(text: str, start: int, mentions: list[Mention]) -> Mention | None:
    """The demonym of "Chinese-made" (with at most a holder's demonym and two words after it) before the item."""
    for m in reversed([m for m in mentions if m.end <= start and start - m.end < 60]):
        made = MADE_AFTER.match(text, m.end) if m.role in ("demonyms", "names") else None
        if made is None:
            continue
        between = text[made.end():start]
        plain = not any(made.end() <= o.start < start for o in mentions)  # no state named in between
        if between.strip() == "" or (plain and _FEW_WORDS.fullmatch(between)) or \
                _holder_demonym(text, made.end(), start, mentions):
            return m
        return None
    return None


def _holder_demonym(text: str, after: int, start: int, mentions: list[Mention]) -> Mention | None:
    """The demonym between the made-phrase and the item: "French-built Indian Rafale jets"."""
    return next((m for m in mentions if m.role == "demonyms" and after < m.start and m.end <= start
                 and text[after:m.start].strip() == "" and (text[m.end:start].strip() == "" or
                                                          _FEW_WORDS.fullmatch(text[m.end:start] + " "))), None)


def _holder(text: str, maker: Mention, start: int, mentions: list[Mention]) -> Mention | None:
    """Who holds the item: a demonym after the made-phrase, a possessive right before it, or the subject of the
    sentence when "its" or "their" stands before it."""
    made = MADE_AFTER.match(text, maker.end)
    named = _holder_demonym(text, made.end(), start, mentions)
    return named if named is not None else _possessor(text, maker.start, mentions)


# After the item: "J-10C fighters of the Pakistan Air Force", "Wing Loong drones operated by the UAE"
_HELD_BY = screened(r"(?i)\s+(?:of|operated\s+by|flown\s+by|used\s+by|in\s+service\s+with)\s+(?:the\s+)?")


def _holder_after(text: str, end: int, mentions: list[Mention]) -> Mention | None:
    """The state whose forces hold the item, named right after it."""
    after = next((m for m in mentions if m.start >= end), None)
    return after if after is not None and _HELD_BY.fullmatch(text, end, after.start) else None


def _possessor(text: str, at: int, mentions: list[Mention]) -> Mention | None:
    """A state in the possessive a few words before `at`, or the subject of the sentence when "its" or "their"
    stands there."""
    before = [m for m in mentions if m.end <= at]
    possessor = before[-1] if before else None
    if possessor is not None and possessor.possessive and \
            _FEW_WORDS.fullmatch(text[possessor.end + 2:at] or " ") is not None:
        return possessor
    own = _OWN.search(text, max(0, at - 30), at)
    if own is None or own.end() != at:
        return None
    subject = next((m for m in reversed(before) if m.end <= own.start()), None)
    if subject is not None and not subject.possessive and subject.role in _HOLDER_ROLES and \
            _SUBJECT_TO_OWN.fullmatch(text, subject.end, own.start()):
        return subject
    return None
