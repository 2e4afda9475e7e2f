"""States named in a sentence (names, demonyms, capitals, governments, leaders, places) and their context."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.knowledge import Knowledge

_POSSESSIVE = re.compile(r"^(?:'s|’s|')(?!\w)")
_WORD = re.compile(r"[\w'’-]+")
_BEFORE_NAME = re.compile(r"(?i)(?:\s+(?:the|occupied|eastern|southern|northern|western))+$")
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "neighbouring", "neighboring", "ally", "allied"}


@dataclass(frozen=True)
class Mention:
    code: str
    start: int  # offsets in the sentence
    end: int
    role: str  # names | demonyms | capitals | metonyms | leaders | places
    possessive: bool
    before: str  # the word before the mention, lower-cased, determiners skipped ("" at the start)


def _word_before(text: str, start: int) -> str:
    words = [w.lower() for w in _WORD.findall(text[max(0, start - 60):start])]
    while words and words[-1] in _DETERMINERS:
        words.pop()
    return words[-1] if words else ""


def _excluded(text: str, start: int, excluded_ends: set[int]) -> bool:
    """True when the words before the mention make it a battlefield or a target ("war in Ukraine")."""
    begin = max(0, start - 40)
    window = _BEFORE_NAME.sub("", text[begin:start].rstrip())
    return begin + len(window) in excluded_ends


def find_states(text: str, knowledge: Knowledge) -> list[Mention]:
    """State mentions in `text` that can be a party to a fact (battlefields and targets left out)."""
    mentions = []
    excluded_ends: set[int] | None = None
    for match in knowledge.states.finditer(text):
        found = knowledge.state_of(match)
        if found is None:
            continue
        code, role = found
        if excluded_ends is None:
            excluded_ends = {m.end() for m in knowledge.cues["excluded_before"].finditer(text)}
        if _excluded(text, match.start(), excluded_ends):
            continue
        possessive = bool(_POSSESSIVE.match(text[match.end():match.end() + 3]))
        mentions.append(Mention(code, match.start(), match.end(), role, possessive,
                                _word_before(text, match.start())))
    return mentions


def has_state(text: str, knowledge: Knowledge) -> bool:
    return knowledge.states.search(text) is not None
