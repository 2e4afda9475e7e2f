"""Arms a relative clause says a state supplied, used by the sentence's subject: "The Houthis have spent months
attacking ships with drones that Iran supplied" gives Iran to the Houthis (Yemen), the side the clause leaves open.
Only a subject the sentence opens with counts (a state's name or a party's), and only when it is not the giver.

A relative clause whose pronoun stands for the receiver ("the Syrian army, which Moscow had been supplying with
Kornets", "the junta, to which Beijing sold jets") gives what it names after the pronoun from its subject to the
state named right before the pronoun."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.drafts import Draft
from kg.extract.knowledge import Knowledge
from kg.extract.screened import screened
from kg.model import Kind

# "that Iran supplied", "which Tehran had provided", "that Russia has sent", right after the arms ("missiles that
# Iran supplied"; not "said that Iran had shipped")
_RELATIVE_BEFORE = screened(r"\s(?:that|which)\s+$")
_SUPPLIED_AFTER = screened(r"^(?:'s\s+|’s\s+)?\s*(?:(?:had|has|have)\s+)?(?:\w+ly\s+)?"
                           r"(?:supplied|provided|sent|gave|given|delivered|shipped|smuggled|transferred)\b")
# a subject after at most a short opening phrase ("In the Red Sea, the Houthis ...")
_OPENING = screened(r"^(?:[A-Z][^,]{0,40},\s*)?(?:[Tt]he\s+)?$")


def _relative_givers(text: str, knowledge: Knowledge) -> set[str]:
    """States named as the subject of a "that/which <state> supplied" clause."""
    givers = set()
    for match in knowledge.states.finditer(text):
        relative = _RELATIVE_BEFORE.search(text, max(0, match.start() - 12), match.start())
        if relative and _SUPPLIED_AFTER.match(text[match.end():match.end() + 40]) and \
                any(item.end() == relative.start() for item in knowledge.items.finditer(text, 0, relative.start())):
            found = knowledge.state_of(match)
            if found:
                givers.add(found[0])
    return givers


def _opening_subject(text: str, knowledge: Knowledge) -> tuple[str, str | None] | None:
    """(state, party id or None) of the state or party the sentence opens with; None when it opens otherwise."""
    party = knowledge.parties.search(text, 0, 60)
    state = knowledge.states.search(text, 0, 60)
    first = min((m for m in (party, state) if m), key=lambda m: m.start(), default=None)
    if first is None or not _OPENING.match(text[:first.start()]):
        return None
    if first is party:
        found = knowledge.party_of(party.group())
        return (found[1], found[0]) if found else None
    named = knowledge.state_of(state)
    return (named[0], None) if named and named[1] != "demonyms" else None


def supplied_to_subject(drafts: list[Draft], text: str, knowledge: Knowledge) -> list[Draft]:
    """Drafts of arms with a giver and no receiver, whose giver supplied them in a relative clause, go to the
    sentence's opening subject."""
    if not any(d.kind == Kind.ARMS_TRANSFER and d.giver and d.taker is None for d in drafts):
        return drafts
    givers = _relative_givers(text, knowledge)
    subject = _opening_subject(text, knowledge) if givers else None
    if subject is None:
        return drafts
    return [replace(d, taker=subject[0], taker_party=subject[1], story_only=False)
            if d.kind == Kind.ARMS_TRANSFER and d.taker is None and d.giver in givers and d.giver != subject[0]
            else d for d in drafts]


# "<state ...>, which Moscow had been supplying with", "<state ...>, to which Beijing sold", "whom Iran arms with"
_WHICH_RECEIVES = screened(r",\s+(?:to\s+)?(?:which|whom)\s+$")
_SUPPLYING_WITH = screened(r"^(?:'s\s+|’s\s+)?\s*(?:(?:had|has|have)\s+)?(?:been\s+)?(?:\w+ly\s+)?"
                           r"(?:(?:supplied|supplying|supplies|armed|arming|arms|equipped|equipping|provided|providing)"
                           r"\s+(?:it\s+|them\s+)?with|sold|sells|selling|gave|gives|giving|delivered|delivers|"
                           r"delivering|shipped|ships|shipping)\b")


def relative_receiver(drafts: list[Draft], text: str, knowledge: Knowledge) -> list[Draft]:
    """Arms drafts between the two states of a "<receiver>, which <giver> had been supplying with ..." clause, of
    items named after the clause's verb, go from the clause's subject to the state named before the pronoun."""
    if not any(d.kind == Kind.ARMS_TRANSFER and d.item for d in drafts) or "which" not in text and "whom" not in text:
        return drafts
    mentions = [(m, found) for m in knowledge.states.finditer(text) if (found := knowledge.state_of(m))]
    for (before, receiver), (match, giver) in zip(mentions, mentions[1:]):
        relative = _WHICH_RECEIVES.search(text, max(0, match.start() - 14), match.start())
        verb = _SUPPLYING_WITH.match(text[match.end():match.end() + 50])
        if relative is None or verb is None or giver[0] == receiver[0] or \
                "," in text[before.end():relative.start()] or relative.start() - before.end() > 40:
            continue
        after = match.end() + verb.end()
        pair = {giver[0], receiver[0]}
        drafts = [replace(d, giver=giver[0], taker=receiver[0], giver_party=None, taker_party=None)
                  if d.kind == Kind.ARMS_TRANSFER and {d.giver, d.taker} <= pair | {None} and d.item
                  and text.find(d.item, after) >= 0 else d for d in drafts]
    return drafts
