"""Rule patterns that look for their words before they run.

Most rule patterns find nothing in most sentences, and `re` learns that slowly: a pattern that opens with `\\b`, a
lookbehind or `(?i)` gets no first-character scan, so the whole pattern is tried at every position of the
sentence. When every match of a pattern must contain one of a few words ("train", "taught", "teach", ...), one
pass that looks for those words in the lower-cased sentence answers "no match" for a fraction of the cost.

`screened(source, flags)` compiles a pattern like `re.compile` and reads those words from the parsed pattern, so
they cannot drift from it. A pattern with no such words (every part optional, or words under three letters) is
returned as the plain `re.Pattern`. `search` and `finditer` are screened; every other method is the pattern's own.
"""

from __future__ import annotations

import re
import sys
from typing import Iterator

from kg.extract.patterns import lower_as_ignorecase

try:  # the parser `re` itself uses (a private module since Python 3.11)
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - another Python: patterns are not screened, nothing else changes
    _sre = _sre_parse = None

_SHORTEST_WORD = 3  # shorter words are in nearly every sentence: looking for them first costs more than it saves


def _words_of_sequence(items) -> set[str] | None:
    """The words one of which every match of this sequence of parsed items contains (lower case), or None."""
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if op is _sre.AT:  # \b, ^, $: zero width, the letters on both sides stay next to each other
            continue
        if run:
            candidates.append({"".join(run)})
            run = []
        words = None
        if op is _sre.SUBPATTERN:
            words = _words_of_sequence(av[3])
        elif op is _sre.BRANCH:
            branches = [_words_of_sequence(branch) for branch in av[1]]
            words = None if any(b is None for b in branches) else set().union(*branches)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            words = _words_of_sequence(av[2])
        elif op is _sre.ATOMIC_GROUP:
            words = _words_of_sequence(av)
        if words:  # lookarounds, classes, ANY and optional parts require nothing
            candidates.append(words)
    if run:
        candidates.append({"".join(run)})
    # the most selective requirement: the longest shortest word, then the fewest words
    return max(candidates, key=lambda words: (min(map(len, words)), -len(words))) if candidates else None


def required_words(pattern: re.Pattern) -> frozenset[str] | None:
    """Lower-case words one of which is in every match of `pattern`, none of them a part of another; None when
    the pattern has no such words of three letters or more (or Python's parser is not at hand)."""
    if _sre_parse is None:
        return None
    try:
        words = _words_of_sequence(_sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - a pattern this reading does not know stays unscreened
        return None
    if not words or min(map(len, words)) < _SHORTEST_WORD:
        return None
    return frozenset(w for w in words if not any(other != w and other in w for other in words))


class Screened:
    """A compiled pattern and the words its matches need; `search` and `finditer` look for the words first."""

    __slots__ = ("compiled", "words", "_words_in", "_search", "_finditer", "pattern", "flags", "groups",
                 "groupindex", "match", "fullmatch", "findall", "sub", "subn", "split")

    def __init__(self, compiled: re.Pattern, words: frozenset[str]) -> None:
        self.compiled, self.words = compiled, words
        self._words_in = re.compile("|".join(re.escape(w) for w in sorted(words))).search
        self._search, self._finditer = compiled.search, compiled.finditer
        self.pattern, self.flags, self.groups, self.groupindex = (compiled.pattern, compiled.flags, compiled.groups,
                                                                  compiled.groupindex)
        self.match, self.fullmatch, self.findall = compiled.match, compiled.fullmatch, compiled.findall
        self.sub, self.subn, self.split = compiled.sub, compiled.subn, compiled.split

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        lowered = lower_as_ignorecase(text)
        if lowered is not None and self._words_in(lowered, pos, endpos) is None:
            return None
        return self._search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        lowered = lower_as_ignorecase(text)
        if lowered is not None and self._words_in(lowered, pos, endpos) is None:
            return iter(())
        return self._finditer(text, pos, endpos)

    def __repr__(self) -> str:
        return f"screened({self.pattern!r}, words={sorted(self.words)})"


def screened(source: str, flags: int = 0) -> re.Pattern | Screened:
    """`re.compile(source, flags)`, screened by the words every match needs when it has some."""
    compiled = re.compile(source, flags)
    words = required_words(compiled)
    return compiled if words is None else Screened(compiled, words)
