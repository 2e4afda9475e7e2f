"""Counts in text: "more than 9 million", "about 3,000", "at least one", "up to 200", "a dozen", "100 or more".

Each found count has a value, a qualifier (exact, approximately, at-least, more-than, up-to) and its offsets.
Years, calibres ("152mm"), percentages, money and ordinals are not counts; a weight is one only when it weighs
something ("750 tonnes of weapons", not "a 40-ton truck"). A supplier's share of a state's imports is read apart
(`share_before`, `share_in`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.patterns import literal_trie
from kg.extract.screened import screened
from kg.model import MAX_QUANTITY

QUALIFIERS = {
    "more-than": ["more than", "over", "in excess of", "upwards of", "exceeding", "well over", "above"],
    "at-least": ["at least", "no fewer than", "no less than", "a minimum of", "not less than"],
    "approximately": ["about", "around", "approximately", "roughly", "nearly", "almost", "some", "an estimated",
                      "estimated", "close to", "approx.", "circa", "an approximate", "~", "just over", "just under",
                      "perhaps", "maybe", "possibly"],
    "up-to": ["up to", "as many as", "as much as", "a maximum of", "at most", "no more than"],
}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "hundred": 100, "a hundred": 100, "a thousand": 1000, "a dozen": 12, "dozen": 12, "a single": 1, "single": 1,
    "a": 1, "an": 1,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
NUMBER_WORDS.update({"thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
                     "seventy": 70, "eighty": 80, "ninety": 90, "a million": 1_000_000, "half a million": 500_000,
                     "a billion": 1_000_000_000, "a pair of": 2, "a couple of": 2})
NUMBER_WORDS.update({f"{tens}{joint}{unit}": value + n for tens, value in _TENS.items() for unit, n in _UNITS.items()
                     for joint in ("-", " ")})
SCALES = {"dozen": 12, "million": 1_000_000, "millions": 1_000_000, "m": 1_000_000, "mn": 1_000_000,
          "billion": 1_000_000_000, "bn": 1_000_000_000, "thousand": 1000, "thousands": 1000, "k": 1000, "hundred": 100}

_qualifier_words = sorted((w for ws in QUALIFIERS.values() for w in ws), key=len, reverse=True)
_number_words = sorted((w for w in NUMBER_WORDS if w not in ("a", "an", "single")), key=len, reverse=True)
_QUANTITY = screened(
    r"(?<![\w$£€.,:-])(?!\d{1,2}:\d)"  # a clock time or a ratio ("10:22", "3:1") is no count
    r"(?<!\bseveral\s)(?<!\bfew\s)(?<!\bmany\s)"  # "several hundred" is no count (nor "several thousand")
    r"(?:(?P<qual>" + literal_trie(_qualifier_words) + r")\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|" + literal_trie(_number_words) + r"|"
    # "Romania's single Patriot battery" (not "the largest single buyer", "a single-engine jet")
    r"(?<!largest\s)(?<!biggest\s)(?<!greatest\s)single(?![-‐])(?=\s+(?!(?:largest|biggest|most|buyer|customer|"
    r"supplier|source|exporter|importer|market)\b)))"
    r"(?!\.\d|(?:\s*(?:million|billion|bn|mn|m)\b)?\s+(?:euros?|(?:U\.?S\.?\s+)?dollars)\b)"  # money: `find_money`
    # a scale, not a model's name ("28 M-55S tanks")
    r"(?:\s*(?P<scale>million|millions|billion|thousands|thousand|hundred|dozen|mn|bn|m|k)\b(?![-‐]\w))?"
    r"(?:\s+(?P<post>or more|or so)\b)?"  # "100 or more missiles", "a dozen or so"
    r"(?!\s*(?:%|percent|per cent|mm\b|-mm\b|millimet|km\b|kg\b|(?:tons?|tonnes?)\b(?!\s+of\b)|years?\b|st\b|nd\b|rd\b|th\b))"
    r"(?![\w,]*\d)(?!-(?:year|month|day|week|hour|minute|page|mile|kilomet|km|point|nation|member|country|seat|"
    r"ton(?!(?:ne)?s?\s+(?:[\w-]+\s+){0,2}(?:shipments?|cargo(?:es)?|consignments?|loads?)\b)|"
    r"stor(?:y|ey)|metre|meter|foot|feet|inch|second))",
)
_QUANTITY_ANY_CASE = screened(_QUANTITY.pattern, re.IGNORECASE)
_WORD_NUMBER = screened(r"\b(?:" + literal_trie(_number_words) + r")\b")
_YEAR = screened(r"^(?:19|20)\d{2}$")
_DESIGNATION = screened(r"\b(?:Type|Model|Project|Mark|Block|Batch|Series|No\.)\s*$")
_NAME_WORDS = screened(r"(?:\s+(?-i:[A-Z][\w-]*)){1,3}\s+")  # capitalised words of a name between two numbers
_MONTHS = screened(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$")
# a month's name after a day, in the text as written ("On 6 January", not "two may have")
_MONTH_AFTER = screened(r"\s+(?:Jan(?:uary)?|Feb(?:ruary)?|March|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                        r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b(?![-‐])")


# An amount in US dollars ("$406 million", "more than $300m", "US$1.2 billion", "300 million (U.S.) dollars").
_MONEY = screened(
    r"(?i)(?<![\w$])(?:(?P<qual>" + literal_trie(_qualifier_words) + r")\s+)?(?:(?:US\s?)?\$\s?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?P<scale>million|billion|bn|mn|m)\b)?"
    r"|(?P<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?P<scale2>million|billion|bn|mn))?"
    r"\s+(?:U\.?S\.?\s+)?dollars\b)")
# An amount in euros ("€250 million", "2.7 billion euros").
_EUROS = screened(
    r"(?i)(?<![\w$€])(?:(?P<qual>" + literal_trie(_qualifier_words) + r")\s+)?(?:€\s?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?P<scale>million|billion|bn|mn|m)\b)?"
    r"|(?P<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?P<scale2>million|billion|bn|mn))?\s+euros?\b)")


@dataclass(frozen=True)
class Count:
    value: int | float
    qualifier: str
    start: int
    end: int


_POSTFIX = {"or more": "at-least", "or so": "approximately"}


def _qualifier(word: str | None, post: str | None = None) -> str:
    if post:
        return _POSTFIX[post.lower()]
    if not word:
        return "exact"
    word = word.lower()
    return next((name for name, words in QUALIFIERS.items() if word in words), "exact")


def _value(number: str, scale: str | None) -> int | float | None:
    number = number.lower()
    value = NUMBER_WORDS.get(number)
    if value is None:
        value = float(number.replace(",", ""))
    if scale:
        value *= SCALES[scale.lower()]
    return int(value) if float(value).is_integer() else value


# A verb whose particle is "over" ("handed over", "turned over"): the "over" after it qualifies no count
_PARTICLE_VERB = screened(r"(?i)\b(?:hand|hands|handed|handing|turn|turns|turned|turning|sign|signs|signed|signing|"
                          r"pass|passes|passed|passing)\s+$")


def find_counts(text: str) -> list[Count]:
    """Counts in `text` in order; years, numbers right after a month name and model numbers ("Type 92") are left
    out."""
    counts = []
    lowered = text.lower()
    if not any(map(str.isdigit, text)) and not _WORD_NUMBER.search(lowered) and "single" not in lowered:
        return counts
    pattern, subject = (_QUANTITY, lowered) if len(lowered) == len(text) else (_QUANTITY_ANY_CASE, text)
    for match in pattern.finditer(subject):
        number, scale = match["num"], match["scale"]
        if not scale and _YEAR.match(number):
            continue
        before = text[max(0, match.start() - 10):match.start()]
        if (_MONTHS.search(before) or _DESIGNATION.search(before)) and not match["qual"]:
            continue  # a day ("on March 24"), a model's name ("Type 92 vehicles", "Project 636 submarines")
        if not scale and not match["qual"] and _MONTH_AFTER.match(text, match.end()):
            continue  # a day before its month ("On 6 January Russia delivered ...")
        if counts and not match["qual"] and _NAME_WORDS.fullmatch(text, counts[-1].end, match.start()):
            continue  # a number inside a name after a count ("three Ground Master 200 radars")
        value = _value(number, scale)
        start, qual = match.start(), match["qual"]
        if qual and qual.lower() == "over" and _PARTICLE_VERB.search(text, max(0, start - 12), start):
            start, qual = match.start("num"), None  # "handed over 18 tanks": the verb's "over", not "more than"
        if value and 0 < value <= 1_000_000_000:
            counts.append(Count(value, _qualifier(qual, match["post"]), start, match.end()))
    return _ranges_as_lower_bounds(text, counts)


# A range of two counts ("between 60,000 and 70,000 tonnes", "from 3,500 to 4,500 fighters", "400 to 500 soldiers",
# "400-500"): one count, its lower bound, "at least" (a bare first number takes the scale of the second: "between 1
# and 2 million"). A change ("rose from 3,000 to 12,000") is no range.
_RANGE_GAP = screened(r"(?i)\s*(?:and|to|-|–)\s*$")
_RANGE_OPENER = screened(r"(?i)\b(?:between|from)\s+$")
_CHANGE_BEFORE = screened(r"(?i)\b(?:rose|rise|rises|risen|rising|grew|grow|grows|grown|increased|increase|increases|"
                          r"jumped|jump|climbed|climb|fell|fall|dropped|drop|doubled|tripled|went|up|down|raised|"
                          r"cut|reduced|expanded)\b(?:\s+[\w’'-]+){0,4}\s+$")


def _ranges_as_lower_bounds(text: str, counts: list[Count]) -> list[Count]:
    found: list[Count] = []
    skip = False
    for low, high in zip(counts, counts[1:] + [None]):
        if skip:
            skip = False
            continue
        gap = text[low.end:high.start] if high is not None else ""
        opener = _RANGE_OPENER.search(text, max(0, low.start - 10), low.start)
        changed = opener and opener.group().lower().startswith("from") and \
            _CHANGE_BEFORE.search(text, max(0, opener.start() - 40), opener.start())
        if high is None or not _RANGE_GAP.fullmatch(gap) or changed or high.value <= low.value / 1000 or \
                ("to" not in gap.lower() and "and" in gap.lower() and not opener):
            found.append(low)
            continue
        value = low.value * _scale_of(high.value, low.value) if low.value < high.value / 1000 else low.value
        qualifier = low.qualifier if low.qualifier != "exact" else "at-least"
        found.append(Count(value, qualifier, low.start, high.end))
        skip = True
    return found


def _scale_of(high: int | float, low: int | float) -> int:
    """The scale a bare lower bound shares with the upper one ("between 1 and 2 million": a million)."""
    for scale in (1_000_000_000, 1_000_000, 1000):
        if high >= scale and low < scale:
            return scale
    return 1


# A share of a state's imports ("45 per cent of Ukraine's imports"): the one kind of percentage kept, as the
# quantity of the share item (categories._SHARE_OF_IMPORTS).
_SHARE = screened(r"(?i)(?:(?P<qual>" + literal_trie(_qualifier_words) + r")\s+)?"
                  r"(?P<num>\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)")
_SHARE_BEFORE = screened(_SHARE.pattern + r"\s+of\s+[^,;%]{0,40}$")


def share_before(text: str, start: int) -> Count | None:
    """The percentage that ends right before the share item starting at `start`, None without one."""
    found = _SHARE_BEFORE.search(text, max(0, start - 60), start)
    return Count(_value(found["num"], None), _qualifier(found["qual"]), found.start(), found.end()) if found else None


def share_in(text: str, start: int, end: int) -> Count | None:
    """The first percentage ("about 12 per cent", "45%") within text[start:end], None without one."""
    found = _SHARE.search(text, start, end)
    return Count(_value(found["num"], None), _qualifier(found["qual"]), found.start(), found.end()) if found else None


def find_money(text: str, start: int = 0, end: int | None = None) -> list[Count]:
    """Amounts in US dollars or euros in `text[start:end]`, as counts (value in the currency; `money_unit` names
    it), in text order."""
    if "$" not in text and "€" not in text and "euro" not in text and "dollars" not in text:
        return []
    end = len(text) if end is None else end
    found = [Count(_value(g["num"] or g.get("num2"), g["scale"] or g.get("scale2")), _qualifier(g["qual"]),
                   m.start(), m.end())
             for pattern in (_MONEY, _EUROS) for m in pattern.finditer(text, start, end) if (g := m.groupdict())]
    # at most the largest quantity a fact can hold
    return sorted((c for c in found if 0 < c.value <= MAX_QUANTITY), key=lambda c: c.start)


def money_unit(text: str, amount: Count) -> str:
    """The currency of an amount `find_money` found in `text`."""
    return "euros" if _EUROS.fullmatch(text, amount.start, amount.end) else "US dollars"
