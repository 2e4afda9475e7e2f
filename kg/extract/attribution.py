"""Who a sentence says is the source of its claim, and the span of the sentence that names the source.

Recognised shapes: "According to X, ...", "..., according to X.", "X said (that) ...", "..., X said.",
"..., said X." A known organisation (data/extract/organisations.yaml) inside the source gives its canonical
name; a generic reference ("the report", "the ministry") is returned as such so that the caller can resolve it
to the last organisation named, with its words for when the article names none before it ("naval sources",
"the country's defence ministry"); anything else gives the phrase as written ("Ukrainian military officials").
States named inside the source span are not parties to the claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.knowledge import Knowledge
from kg.extract.screened import screened

_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "this", "that", "which", "who"}
# A time put first ("Last November", "On Monday", "In early May"): not part of who speaks.
_TIME_FIRST = (r"(?:(?:last|this|earlier\s+this|in|on|in\s+(?:late|early|mid-?))\s*(?:january|february|march|april|"
               r"may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|"
               r"friday|saturday|sunday)|in\s+(?:(?:late|early|mid-?)\s*)?\d{4}|on\s+\d{1,2}\s+[a-z]+(?:\s+\d{4})?)")
_TRIM_LEFT = screened(r"^(?:(?:and|but|the|a|an|also|meanwhile|however|now|separately|earlier|later|"
                      r"(?:last|this|earlier\s+this)\s+"
                      r"(?:year|month|week|spring|summer|autumn|fall|winter)|" + _TIME_FIRST + r")\b[\s,]*)+",
                      re.IGNORECASE)
_LEADING_TIME = screened(r"(?i)\s*" + _TIME_FIRST + r"\b,?\s*")
_TRIM_RIGHT = screened(r"(?:\s+(?:also|has|have|had|were|was|is|are|previously|recently|earlier|separately|on|last|this|"
                       r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year))+$",
                       re.IGNORECASE)
_THAT = screened(r"(?:\s+[\w’'-]+){0,8}?\s+that\b")
GENERIC = "generic"
PREVIOUS = "previous"  # a pronoun ("it said", "he added"): the source of the sentence before


@dataclass(frozen=True)
class Attribution:
    name: str | None  # canonical organisation, phrase as written, GENERIC, PREVIOUS, or None
    start: int  # span of the sentence naming the source (excluded from parties and periods)
    end: int
    words: str | None = None  # a GENERIC reference as written, cleaned ("industry sources", "ministry")


NONE = Attribution(None, 0, 0)


_SPEAKER = screened(r"^\s*[A-Z][A-Z .'-]+:\s*")


# A liveblog entry's heading: its time, then the place the entry is about ("12:02 - Niger: ...").
HEADING = screened(r"\s*(?:\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|CET|EET|MSK|KST|[ap]\.?m\.?)?\s*[—–-]+\s*)?"
                   r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}:\s+")
_TIME_STAMP = screened(r"^\s*(?:\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|CET|EET|MSK|KST|[ap]\.?m\.?))?)\s*[—–-]*\s*",
                       re.IGNORECASE)


# A dateline ("HELSINKI — ", "Dec 18 (Meridian Wire) - ") or a label ("For context: ") before who speaks.
_DATELINE_FIRST = screened(r"^\s*(?:[A-Z][A-Z .'-]+\s*[—–]\s*|"  # "HELSINKI — " (capitals only)
                           r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([^)]{1,40}\)\s*[—–-]\s*|"
                           r"(?i:for)\s+[^:]{1,50}:\s+)")
# A conjunction that opens the clause the source speaks in ("when Kim Jong Un ...", "although Shoigu ...").
_SUBORDINATOR = screened(r"(?i)^(?:when|while|as|since|although|though|because|if|unless|once|whether)\s+")
# What no source's name opens with: a preposition left from a phrase ("Under the AUKUS pathway", "By most accounts",
# "In one case").
_NOT_A_NAME = {"under", "by", "for", "in", "on", "at", "with", "after", "before", "if", "until"}


def _clean(phrase: str) -> str:
    # a liveblog entry's time ("13:20 — the ministry says"), then a dateline or a label
    phrase = _DATELINE_FIRST.sub("", _TIME_STAMP.sub("", phrase))
    phrase = re.sub(r"\s+", " ", _SPEAKER.sub("", phrase).strip(" ,;:.—–-\"'“”()"))
    phrase = _TRIM_RIGHT.sub("", _TRIM_LEFT.sub("", _SUBORDINATOR.sub("", phrase))).strip(" ,")
    return phrase


def _attributed(source: str, start: int, end: int, knowledge: Knowledge) -> Attribution:
    """The attribution of the source words `source`, naming the sentence span start:end."""
    name = _name(source, knowledge)
    return Attribution(name, start, end, _speaker_words(_clean(source), knowledge) if name == GENERIC else None)


def _speaker_words(phrase: str, knowledge: Knowledge) -> str | None:
    """A generic source's words when they name a speaker or a record (cues.yaml `source_nouns`), the noun ending
    the phrase or followed by one of `source_noun_followers` ("officials familiar with the talks"); None for a
    reference back ("the same source") and for words that are no source ("a package worth")."""
    words = phrase.split()
    if not words or words[0].lower() in _NOT_A_NAME | {"same"}:
        return None
    nouns, followers = knowledge.cues["source_nouns"], knowledge.cues["source_noun_followers"]
    for noun in nouns.finditer(phrase):
        after = phrase[noun.end():]
        next_word = len(after) - len(after.lstrip())
        if not after.strip() or followers.match(after, next_word) or nouns.match(after, next_word):
            return phrase
    return None


def _name(source: str, knowledge: Knowledge) -> str | None:
    organisation = knowledge.organisations.search(source)
    if organisation:
        return knowledge.organisation_of(organisation.group())
    phrase = _clean(source)
    if phrase.lower() in ("he", "she", "it", "they"):
        return PREVIOUS
    if not phrase or phrase.split()[0].lower() in _PRONOUNS or len(phrase.split()) > 8:
        return None
    if knowledge.cues["source_references"].search(phrase) or not re.search(r"[A-Z]", phrase):
        return GENERIC
    return None if phrase.split()[0].lower() in _NOT_A_NAME else phrase


# A comma that separates words, not the thousands of a number ("11,000").
_COMMA = screened(r",(?!(?<=\d,)\d)")


def _commas(text: str, start: int, end: int) -> list[int]:
    return [m.start() for m in _COMMA.finditer(text, start, end)]


_CLAIM_OPENS = screened(r"\s*(?:the|this|these|those|its|their)\s+[a-z]")


def _opener(text: str, first_cue: int, knowledge: Knowledge) -> Attribution | None:
    match = knowledge.cues["attribution_openers"].search(text)
    if not match:
        return None
    if match.start() < first_cue:
        before = _commas(text, match.end(), first_cue)
        if before and (text[:match.start()].rstrip().endswith(",") or _CLAIM_OPENS.match(text, before[0] + 1)):
            before = before[:1]  # an aside between commas ("Among the cargo, according to CENTCOM, were ..."), or
            # the claim opening after the first comma ("According to the Panel, the cargo, hidden under ..., included")
        end = before[-1] if before else next(iter(_commas(text, match.end(), len(text))), -1)
        if end < 0:
            return None
        return _attributed(text[match.end():end], match.start(), end + 1, knowledge)
    end = next(iter(_commas(text, match.end(), len(text))), len(text))
    return _attributed(text[match.end():end], match.start(), end, knowledge)


def _appositive(text: str, begin: int) -> int:
    """Where a source with an appositive starts ("Shin Won-sik, South Korean defense minister, said"):
    before the comma that opens the appositive, when the words before it are a short name."""
    comma = text.rfind(",", 0, max(0, begin - 1))
    aside = text[comma + 1:begin - 1].split()
    # or a participle phrase of where and when ("Jean Dupont, speaking at a press conference in Rome, said"; not
    # "an officer, speaking on condition of anonymity, said the army had ...": the officer's army is his state's)
    spoke_at = _PARTICIPLE.match(" ".join(aside[:2])) is not None
    if comma < 0 or len(aside) > (14 if spoke_at else 6):
        return begin
    start = max(text.rfind(",", 0, comma), text.rfind(";", 0, comma)) + 1
    timed = _LEADING_TIME.match(text, start, comma)  # "Last November Seoul's adviser, Shin Won-sik, told"
    named = len(text[timed.end() if timed else start:comma].split())
    return start if 0 < named <= (6 if spoke_at else 4) else begin


_PARTICIPLE = screened(r"(?i)(?:speaking|writing|testifying|talking|standing|appearing)\s+(?:at|in|before|alongside|"
                       r"after|during|from|to|beside)\b|addressing\b")


def _names_an_item(text: str, start: int, end: int, knowledge: Knowledge) -> bool:
    """True when a weapon is named between a reporting verb and its "that" ("showed two helicopters that ..."):
    the words are the claim, not the circumstances of saying it."""
    return any(start <= m.start() < end for m in knowledge.items.finditer(text, start, end))


# "an estimated 10,000 troops": an adjective of the count, not a reporting verb
_AN_ESTIMATED = screened(r"(?i)\ban\s+$")


def _reporting(text: str, first_cue: int, last_cue: int, knowledge: Knowledge) -> Attribution | None:
    for verb in knowledge.cues["reporting_verbs"].finditer(text):
        if verb.group().lower() == "according" or _RAISED.search(text, 0, verb.start()) or \
                _FOUND_WHERE.match(text, verb.end()) and verb.group().lower() == "found" or \
                _COUNTED_ON.match(text, verb.end()) and verb.group().lower() == "counted" or \
                _AN_ESTIMATED.search(text, max(0, verb.start() - 5), verb.start()):
            continue  # "shells are said to have been delivered": a hedge on the claim, not a source; "drones were
            # found in Houthi depots": a passive verb whose subject is the goods
        if verb.end() <= first_cue:
            begin = max(_commas(text, 0, verb.start())[-1:] + [text.rfind(";", 0, verb.start())]) + 1
            relative = _RELATIVE_SOURCE.search(text, begin, verb.start())
            if relative:  # "showed two helicopters that it said had been received": the source is "it" alone
                begin = relative.start("who")
            that = _THAT.match(text, verb.end())  # "told a news conference in London that"
            that = that if that and that.end() <= first_cue and not _names_an_item(text, verb.end(), that.end(),
                                                                                     knowledge) else None
            heading = HEADING.match(text, begin, verb.start())
            if heading:
                begin = heading.end()  # "12:02 - Niger: The defence ministry said": the entry's place is no source
            if not text[begin:verb.start()].strip():
                begin = _appositive(text, begin) if begin > 0 else begin
                if not text[begin:verb.start()].strip():
                    continue
            return _attributed(text[begin:verb.start()], begin, that.end() if that else verb.end(), knowledge)
        trailing = _trailing(text, verb, first_cue, knowledge)
        if trailing:
            return trailing
    return None


_QUOTES = "\"”“"
# "Iranian parts found in Houthi missiles": a participle saying where goods were found, not who found what.
_FOUND_WHERE = screened(r"\s+(?:in|inside|aboard|among|on\s+board)\b")
_COUNTED_ON = screened(r"(?i)\s+on\b")  # "Moscow counted on Pyongyang's shells": reliance, not a count
# A reporting verb between a form of "be" and "to" names no source: "are said to", "was reported to have".
_RAISED = screened(r"(?i)\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$")
# A source inside a relative clause: "... helicopters that it said", "... drones which officials say".
_RELATIVE_SOURCE = screened(r"(?i)\b(?:that|which)\s+"
                            r"(?P<who>(?:it|they|he|she|(?:[\w.-]+\s+)?officials|the\s+\w+|[a-z]+s)\s+)"
                            r"(?:has\s+|had\s+|have\s+)?$")


def _trailing(text: str, verb, first_cue: int, knowledge: Knowledge) -> Attribution | None:
    """", the ministry said (on Monday)[,.]" or ", said the ministry." after the claim; after a closing quote
    the rest of the sentence belongs to the source ("...,” said the NIS, as cited by lawmakers.")."""
    if verb.start() < first_cue:
        return None
    comma = text.rfind(",", 0, verb.start())
    tail = re.split(r"[,;]", text[verb.end():], maxsplit=1)[0]
    before = text[comma + 1:verb.start()].strip(_QUOTES + " ")
    if comma > 0 and not before:  # "..., Seoul's adviser at the time, Shin Won-sik, said": the title names it
        comma, before = _before_appositive(text, comma)
    if comma < 0 or len(tail.split()) > 8 or len(before.split()) > 8:
        return None
    if knowledge.cues["any"].search(tail) or knowledge.items.search(tail):
        return None  # "..., officials say four jets followed": the claim goes on after the verb
    quoted = text[comma - 1:comma] in _QUOTES or text[comma + 1:comma + 2] in _QUOTES
    source = before if before.strip() else tail.strip(" .;" + _QUOTES)
    return _attributed(source, comma, len(text) if quoted else verb.end() + len(tail), knowledge)


def _before_appositive(text: str, comma: int) -> tuple[int, str]:
    """The comma before a trailing source whose name is set off by commas ("..., Seoul's national security adviser
    at the time, Shin Won-sik, said"), and its title; (`comma`, "") unless the name is a few words and the title
    before it a few more."""
    named = text.rfind(",", 0, comma)
    if named < 0 or not 0 < len(text[named + 1:comma].split()) <= 4:
        return comma, ""
    start = text.rfind(",", 0, named)
    title = text[start + 1:named].strip(_QUOTES + " ")
    return (start, title) if start >= 0 and 0 < len(title.split()) <= 8 else (comma, "")


def find_attribution(text: str, first_cue: int, last_cue: int, knowledge: Knowledge) -> Attribution:
    """The source a sentence names, with the span naming it; NONE when it names none."""
    return (_opener(text, first_cue, knowledge) or _reporting(text, first_cue, last_cue, knowledge) or NONE)
