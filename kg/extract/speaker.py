"""The state an article's speaker stands for, and the first-person words that name it.

An interview names its speaker in the title by a state and a role ("Armenia's deputy defence minister on ...",
"a Ukrainian battery commander on ..."); in what that speaker says, "we", "us" and "our" stand for that state
("handed over to us by France", "we signed for four batteries"). The interviewer's lines ("Q: ...") and the
article's own voice ("told us", "we spoke to") are not the speaker's.
"""

from __future__ import annotations

from kg.extract.knowledge import Knowledge
from kg.extract.screened import screened
from kg.extract.states import Mention, find_states, observes, word_before

# A state, then (after at most three words) the role of a person who speaks for it.
_ROLE_AFTER = screened(r"(?i)(?:'s|’s)?\s+(?:[\w’'-]+\s+){0,3}?(?:minister|official|officer|commander|planner|"
                       r"general|president|diplomat|envoy|ambassador|spokes(?:man|woman|person)|colonel|pilot|"
                       r"chief|adviser|advisor|secretary|captain|admiral|lawmaker|negotiator|veteran|"
                       # who speaks for a state's arms industry ("a Belgian surplus dealer on ...")
                       r"dealer|trader|exporter|refurbisher|executive|industrialist)s?\b")
# lower-case "us" only: "US" is the United States
_FIRST_PERSON = screened(r"\b(?:[Ww]e|us|[Oo]ur)\b")
# the article's own voice ("an attaché told us", "let us", "reminds us"), not the speaker's; nor what is fired at
_AUDIENCE = screened(r"(?i)\b(?:told|tell|tells|telling|let|join|joins|joined|reminds|remind|reminded|showed|"
                     r"show|shows|asked|asks|spoke\s+to|speaking\s+to|wrote\s+to|"
                     # or what is fired at ("the Russians opposite us", "coming at us")
                     r"opposite|facing|against|at)\s+$")
_SEEN = screened(r"(?i)(?:\s+(?:have|has|had|did|do|never|not|also|now|still|yet))*\s+(?:seen|see|saw|documented|"
                 r"counted|tracked|found|recorded)\b")
_INTERVIEWER = screened(r"^\s*Q\s*[:.]")
_INTERVIEWING = screened(r"\s+(?:spoke|talked|speak|talk)\s+(?:to|with)\b|\s+(?:asked|interviewed|met)\b")


def speaker_state(title: str, knowledge: Knowledge) -> str | None:
    """The state of the first speaker the title names with a role, None if none."""
    for mention in find_states(title, knowledge):
        if mention.party is None and _ROLE_AFTER.match(title, mention.end):
            return mention.code
    return None


def first_person(text: str, speaker: str | None, knowledge: Knowledge) -> list[Mention]:
    """The first-person words of a sentence as mentions of the speaker's state (none without a speaker, in the
    interviewer's lines, or where the article speaks to its readers); "our" only before the state's forces, people
    or arms ("our crews", "our minister", "our guns"; not "our count", "our chief", what the speaker knows)."""
    if speaker is None or _INTERVIEWER.match(text):
        return []
    return [Mention(speaker, m.start(), m.end(), "names", m.group().lower() == "our", word_before(text, m.start()))
            for m in _FIRST_PERSON.finditer(text)
            if not _AUDIENCE.search(text, max(0, m.start() - 20), m.start()) and not _INTERVIEWING.match(text, m.end())
            and not observes(text, m.end(), knowledge) and not _SEEN.match(text, m.end())
            and (m.group().lower() != "our" or _OURS.match(text, m.end()) or _owns_item(text, m.end(), knowledge))]


# What "our" names the speaker's state by: its forces, officials, country or industry
_OURS = screened(r"(?i)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:army|armed\s+forces|forces|troops|crews|pilots|soldiers|"
                 r"military|navy|air\s+force|units|battalions|brigades|gunners|sailors|officers|technicians|"
                 r"minister|ministry|government|country|side|industry|factories|plants|squadrons)\b")


def _owns_item(text: str, end: int, knowledge: Knowledge) -> bool:
    """True when an item follows "our" within two words ("our own F-35s", "our guns")."""
    return any(m.start() - end <= 20 for m in knowledge.items.finditer(text, end, min(len(text), end + 40)))
