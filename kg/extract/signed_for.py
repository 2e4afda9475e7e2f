"""A deal signed with a verb alone: "Argentina signed in April 2024 to buy 24 F-16s from Denmark", "Moscow has
contracted to supply Iran with 48 Su-35s", "Romania signed for 54 K9 howitzers". Annotators record the deal as an
agreement between buyer and seller beside the arms it covers; with no agreement noun ("a deal", "a contract") in the
sentence, the agreement step finds none, so it is made here from the arms the sentence's verb moves.

Only a past or perfect signing counts ("will sign for" is no deal), and only with its subject one of the two sides."""

from __future__ import annotations

from kg.extract.drafts import Draft, draft
from kg.extract.knowledge import Knowledge
from kg.extract.roles import Sides
from kg.extract.screened import screened
from kg.model import Kind, Status

# "signed for", "signed in April 2024 to buy", "has contracted to supply", "contracted last year to deliver"
_SIGNED_VERB = screened(r"(?i)\b(?:(?:has|have|had)\s+)?(?:signed|contracted)\s+(?:(?:in|on|last|this|early|late)\b"
                        r"[^,;.]{0,25}?\s+)?(?:for\b|to\s+(?:buy|acquire|purchase|procure|supply|deliver|sell|provide|"
                        r"export)\b)")
_SUBJECT_GAP = screened(r"(?i)(?:['’]s\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:(?:also|then|later|finally|already)\s+)?")


def signed_for_drafts(text: str, completed: list[Draft], knowledge: Knowledge) -> list[Draft]:
    """Agreements between the two sides of the sentence's arms, when a signing verb moves them and the sentence
    holds no agreement of its own."""
    if any(d.kind == Kind.AGREEMENT for d in completed):
        return []
    verb = _SIGNED_VERB.search(text)
    if verb is None:
        return []
    subjects = {found[0] for m in knowledge.states.finditer(text, 0, verb.start())
                if _SUBJECT_GAP.fullmatch(text, m.end(), verb.start()) and (found := knowledge.state_of(m))}
    pairs = dict.fromkeys(tuple(sorted((d.giver, d.taker))) for d in completed
                          if d.kind == Kind.ARMS_TRANSFER and d.status != Status.PLANNED
                          and subjects & {d.giver, d.taker})
    return [draft(Kind.AGREEMENT, Sides(a, b, False), Status.AGREED, item=verb.group().strip()) for a, b in pairs]
