"""A clause that says other states did what the clause before it says: "Ghana bought TB2 drones from Turkey in
2021, and Togo and Benin did the same a year later". Each state named as its subject plays the part the first
clause's subject played (here the buyer), in a fact like the first one, without its count; a clause that follows
with a count of its own ("..., and Belarus followed with four more") has that count.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.drafts import Draft, quantity
from kg.extract.knowledge import Knowledge
from kg.extract.quantities import find_counts
from kg.extract.screened import screened
from kg.extract.states import COORDINATED, Mention, find_states
from kg.model import Kind

# "did the same", "have done likewise", "followed suit"; "followed with four more" (the count is the new fact's)
_LIKEWISE = screened(r"(?i)\b(?:(?:did|do|does|have\s+done|has\s+done|had\s+done)\s+(?:the\s+same|likewise)|"
                     r"followed\s+suit|followed\s+with\s+(?P<more>(?:another\s+)?[\w,.-]+(?:\s+more|\s+others)?)\b)")
# What may stand before the states (a joint) and after them (a few adverbs or auxiliaries); between them, a
# coordinator (states.COORDINATED).
_JOINT = screened(r"(?i)(?:,\s*(?:and|while)\s+|;\s*|\s+and\s+)(?:then\s+|later\s+|soon\s+)?(?:the\s+)?$")
_BEFORE_PHRASE = screened(r"(?i)(?:\s+(?:have|has|had|also|soon|later|quickly|since|then|too|both|all|\w+ly))*\s+")
_ACTS = (Kind.ARMS_TRANSFER, Kind.TROOP_DEPLOYMENT, Kind.TECHNOLOGY_TRANSFER)


def likewise_drafts(text: str, completed: list[Draft], knowledge: Knowledge) -> list[Draft]:
    """Facts for the states of a "did the same" clause, copied from the last fact of the sentence before it."""
    phrase = _LIKEWISE.search(text)
    base = next((d for d in reversed(completed) if d.kind in _ACTS and d.giver and d.taker), None)
    if phrase is None or base is None:
        return []
    mentions = find_states(text, knowledge)
    subjects = _subjects(text, mentions, phrase.start())
    if not subjects:
        return []
    first = {code: next((m.start for m in mentions if m.code == code), len(text)) for code in (base.giver, base.taker)}
    takes = first[base.taker] < first[base.giver]  # "Ghana bought ... from Turkey": the subject is the buyer
    count = next((c for c in find_counts(text) if phrase.start("more") <= c.start < phrase.end("more")), None) \
        if phrase["more"] else None
    if phrase["more"] and count is None:
        return []  # "followed with a statement": no goods
    noun = base.quantity[1] if base.quantity else ""
    found = []
    for code in dict.fromkeys(m.code for m in subjects):
        if code in (base.giver, base.taker):
            continue
        sides = dict(taker=code, taker_party=None) if takes else dict(giver=code, giver_party=None)
        found.append(replace(base, quantity=quantity(count, noun), more_givers=(), more_takers=(), **sides))
    return found


def _subjects(text: str, mentions: list[Mention], phrase: int) -> list[Mention]:
    """The states listed right before the phrase, after a joint ("..., and Togo and Benin did the same")."""
    listed: list[Mention] = []
    end = phrase
    for m in reversed([m for m in mentions if m.end <= phrase]):
        gap = text[m.end:end]
        if not (_BEFORE_PHRASE.fullmatch(gap) if not listed else COORDINATED.match(gap)) or m.possessive:
            break
        listed.insert(0, m)
        end = m.start
    if listed and _JOINT.search(text, max(0, listed[0].start - 16), listed[0].start):
        return listed
    return []
