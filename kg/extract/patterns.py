"""Fast word-list patterns: many literal phrases compiled into one trie-shaped regular expression.

A plain alternation of hundreds of phrases makes `re` try every one at every position; a trie branches on the
first character, so matching costs about as much as a single phrase. Spaces in a phrase match any run of
whitespace; hyphens match any dash or nothing ("air-defence", "air defence" need both listed, "KN-23"/"KN23"
do not). The longest phrase wins.
"""

from __future__ import annotations

import re

_DASHES = r"\-‐‑–"
_SPACES_AND_DASHES = re.compile(rf"[\s{_DASHES}]+")


def _fragment(char: str) -> str:
    if char == " ":
        return r"\s+"
    if char == "-":
        return f"[{_DASHES}]?"
    return re.escape(char)


def _trie(words) -> dict:
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def trie_regex(phrases) -> str:
    """A regular expression (no anchors, no flags) matching any of `phrases`, longest first."""
    trie = _trie(phrases)
    return _build(trie, _fragment) if trie else "(?!x)x"


def literal_trie(words) -> str:
    """A regular expression (no anchors, no flags) matching any of `words` character for character (a space is a
    space), longer words before the words they start with: the matches of the alternation of the words sorted
    longest first, without `re` trying each word in turn at every position."""
    trie = _trie(words)
    return _build(trie, re.escape) if trie else "(?!x)x"


def _build(node: dict, fragment) -> str:
    branches = [fragment(char) + _build(child, fragment) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def normalise(text: str) -> str:
    """The lookup key of a matched phrase: lower case, without whitespace or dashes."""
    return _SPACES_AND_DASHES.sub("", text).lower()


def phrase_pattern(phrases, *, suffix: str = "", flags: int = re.IGNORECASE) -> re.Pattern:
    """Whole-word matches of any phrase; all-capital phrases ("NIS", "MRL") match only in capitals."""
    phrases = {p for p in phrases if p}
    capitals = [p for p in phrases if p.isupper()]
    others = [p for p in phrases if not p.isupper()] if flags & re.IGNORECASE else list(phrases)
    parts = []
    if others:
        parts.append(f"(?{'i' if flags & re.IGNORECASE else ''}:{trie_regex(others)})" if flags & re.IGNORECASE
                     else trie_regex(others))
    if capitals and flags & re.IGNORECASE:
        parts.append(trie_regex(capitals))
    body = "|".join(parts) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:{body}){suffix}(?!\w)")


class Found:
    """A match found by `Phrases`: offsets and text in the original (not lower-cased) string."""

    __slots__ = ("string", "_start", "_end")

    def __init__(self, string: str, start: int, end: int) -> None:
        self.string, self._start, self._end = string, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self.string[self._start:self._end]


# Characters that match an ASCII letter under IGNORECASE although their lower case is not that letter: the dotless
# i and the long s ("İ" lower-cases to two characters, so its text is never lower-cased here).
_FOLDS_TO_ASCII = ("ı", "ſ")
# The last text lower-cased: (text, its lower case when that keeps every offset else None, the same when the text
# also holds none of _FOLDS_TO_ASCII else None). One tuple, so that threads extracting at once never pair a text
# with another's lower case.
_last_lowered: tuple[str | None, str | None, str | None] = (None, None, None)


def _lowered(text: str) -> tuple[str | None, str | None, str | None]:
    global _last_lowered
    last = _last_lowered
    if last[0] is not text:
        lowered = text.lower()
        lowered = lowered if len(lowered) == len(text) else None
        plain = lowered if lowered is not None and not any(c in text for c in _FOLDS_TO_ASCII) else None
        last = _last_lowered = (text, lowered, plain)
    return last


def _lower(text: str) -> str | None:
    """`text` lower-cased when that keeps every offset (it does not for a few characters such as 'İ')."""
    return _lowered(text)[1]


def lower_as_ignorecase(text: str) -> str | None:
    """`text` lower-cased when that keeps every offset and an ASCII word is in it exactly when an IGNORECASE
    pattern of the word would match there; else None."""
    return _lowered(text)[2]


class Phrases:
    """Case-insensitive whole-word matching of many phrases, run on the lower-cased text (much faster in `re`
    than IGNORECASE); all-capital phrases ("NIS", "MRL") match only in capitals. Same calls as a pattern:
    finditer, search, match, with offsets into the original text."""

    def __init__(self, phrases, *, prefix: str = r"(?<!\w)", suffix: str = "", caps_suffix: str = "",
                 more: tuple = ()) -> None:
        """`more`: further (phrases, suffix, caps_suffix) groups searched in the same pass."""
        lower_parts, caps_parts = [], []
        for group, lower_suffix, capital_suffix in ((phrases, suffix, caps_suffix), *more):
            group = {p for p in group if p}
            lower = sorted({p.lower() for p in group if not p.isupper()})
            capitals = sorted(p for p in group if p.isupper())
            if lower:
                lower_parts.append(f"(?:{trie_regex(lower)}){lower_suffix}")
            if capitals:
                caps_parts.append(f"(?:{trie_regex(capitals)}){capital_suffix}")
        lower_body = "|".join(lower_parts) or "(?!x)x"
        self.lower = re.compile(rf"{prefix}(?:{lower_body})(?!\w)")
        self.fallback = re.compile(rf"{prefix}(?:{lower_body})(?!\w)", re.IGNORECASE)
        self.capitals = re.compile(rf"{prefix}(?:{'|'.join(caps_parts)})(?!\w)") if caps_parts else None
        # the last text searched and what was found in it by (pos, endpos), one tuple for the same reason as above
        self._seen: tuple[str | None, dict[tuple[int, int], list[Found]]] = (None, {})

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[Found]:
        endpos = len(text) if endpos is None else endpos
        seen = self._seen
        if seen[0] is not text:
            seen = self._seen = (text, {})
        found = seen[1].get((pos, endpos))
        if found is None:
            found = seen[1][pos, endpos] = self._finditer(text, pos, endpos)
        return list(found)

    def _finditer(self, text: str, pos: int, endpos: int) -> list[Found]:
        lowered = _lower(text)
        rx, subject = (self.lower, lowered) if lowered is not None else (self.fallback, text)
        found = [Found(text, m.start(), m.end()) for m in rx.finditer(subject, pos, endpos)]
        if self.capitals is not None:
            extra = [Found(text, m.start(), m.end()) for m in self.capitals.finditer(text, pos, endpos)]
            if extra:
                found = _without_overlaps(found + extra)
        return found

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Found | None:
        found = self.finditer(text, pos, endpos) if self.capitals is not None else None
        if found is not None:
            return found[0] if found else None
        lowered = _lower(text)
        rx, subject = (self.lower, lowered) if lowered is not None else (self.fallback, text)
        m = rx.search(subject, pos, len(text) if endpos is None else endpos)
        return Found(text, m.start(), m.end()) if m else None

    def match(self, text: str, pos: int = 0) -> Found | None:
        lowered = _lower(text)
        rx, subject = (self.lower, lowered) if lowered is not None else (self.fallback, text)
        m = rx.match(subject, pos) or (self.capitals.match(text, pos) if self.capitals is not None else None)
        return Found(text, m.start(), m.end()) if m else None


def _without_overlaps(found: list[Found]) -> list[Found]:
    kept: list[Found] = []
    for item in sorted(found, key=lambda f: (f.start(), -f.end())):
        if not kept or item.start() >= kept[-1].end():
            kept.append(item)
    return kept
