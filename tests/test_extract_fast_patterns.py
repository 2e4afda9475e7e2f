"""Faster forms of the rule patterns find exactly what the plain forms find: screened patterns
(kg/extract/screened.py) and tries of literal words (patterns.literal_trie)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kg.extract
from kg.extract.patterns import literal_trie
from kg.extract.quantities import NUMBER_WORDS, QUALIFIERS
from kg.extract.screened import Screened, required_words, screened

ARTICLES = sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))


def _rule_patterns() -> list[tuple[str, Screened]]:
    found = {}
    for info in pkgutil.iter_modules(kg.extract.__path__):
        module = importlib.import_module(f"kg.extract.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, Screened):
                found.setdefault(id(value), (f"{info.name}.{name}", value))
    return sorted(found.values(), key=lambda pair: pair[0])


RULE_PATTERNS = _rule_patterns()


def _span(found: re.Match | None) -> tuple[int, int] | None:
    return None if found is None else found.span()


@pytest.mark.parametrize("source, words", [
    (r"(?i)\b(?:repair|upgrad)(?:ed|ing)\b", {"repair", "upgrad"}),
    (r"(?i)\b(?:sent|sends|sending)\s+(?:\w+\s+)?troops\b", {"troops"}),  # the longest required word wins
    (r"(?i)\b(?:on\s+order|ordered|bought)\b", {"order", "bought"}),  # "ordered" holds "order"
    (r"(?:shipped)?\s+to\b", None),  # the only sure word is too short
    (r"(?i)\b(?:arms|weapons)?\s*deliveries\b", {"deliveries"}),
    (r"(?i)(?<=supplied\s)drones", {"drones"}),  # a lookbehind's words are not part of the match
    (r"(?i)(?:tanks){2,}", {"tanks"}),
    (r"(?i)(?:tanks)*", None),
    (r"[A-Z]\w+ly", None),
])
def test_required_words(source: str, words: set[str] | None) -> None:
    found = required_words(re.compile(source))
    assert (None if found is None else set(found)) == words


def test_a_pattern_without_words_stays_a_plain_pattern() -> None:
    assert isinstance(screened(r"\s+(?:\w+\s+){0,2}"), re.Pattern)
    assert isinstance(screened(r"(?i)\bdelivered\b"), Screened)


@pytest.mark.parametrize("text", [
    "Russia DELIVERED drones", "Russia deliv-ered drones", "ſent", "SENT", "ſENT", "İSENT", "ıranian troops",
    "Iranian troops", "TROOPS and ıt", "KELVIN K and troopſ", "troops\u212a", "no match at all",
])
def test_screening_agrees_with_re_on_case_folds(text: str) -> None:
    """The dotless i and the long s match "i" and "s" under IGNORECASE though their lower case differs, and "İ"
    lower-cases to two characters: such sentences are not screened, so nothing is missed."""
    for source in (r"(?i)\bsent\b", r"(?i)iranian\s+troops", r"(?i)troops", r"(?i)\bdelivered\b", r"troops\bk?"):
        plain, fast = re.compile(source), screened(source)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert _span(fast.search(text)) == _span(plain.search(text))


def test_the_rules_screen_their_patterns() -> None:
    assert len(RULE_PATTERNS) > 200  # most of the rule patterns have words to look for


def _sentences() -> list[str]:
    sentences = []
    for path in ARTICLES:
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            sentences += [s for s in re.split(r"(?<=[.!?])\s+", paragraph) if s]
    return sentences


def test_every_rule_pattern_finds_what_re_finds_in_the_test_articles() -> None:
    sentences = _sentences()
    assert len(sentences) > 100
    for name, fast in RULE_PATTERNS:
        plain = re.compile(fast.pattern, fast.flags)
        for text in sentences:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], name
            for pos, endpos in ((3, len(text)), (0, len(text) // 2)):
                assert _span(fast.search(text, pos, endpos)) == _span(plain.search(text, pos, endpos)), name


WORDS = sorted({w for _, fast in RULE_PATTERNS for w in fast.words})
FILLER = [" ", "  ", ", ", "\n", "-", "’s", "The ", "Russia ", "Iran ", "ı", "ſ", "İ", "K", "3,000 ", "A", "z"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS).map(str.upper), st.sampled_from(WORDS), st.sampled_from(FILLER)),
                max_size=25).map("".join),
       st.integers(min_value=0, max_value=40))
def test_every_rule_pattern_agrees_with_re_on_generated_text(text: str, pos: int) -> None:
    for name, fast in RULE_PATTERNS:
        plain = re.compile(fast.pattern, fast.flags)
        assert [m.span() for m in fast.finditer(text, pos)] == [m.span() for m in plain.finditer(text, pos)], name


LITERALS = sorted({*NUMBER_WORDS, *(w for words in QUALIFIERS.values() for w in words)})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(LITERALS), st.sampled_from(LITERALS).map(str.upper),
                          st.sampled_from([" ", "-", "x", "ty", "s", ".", "  "])), max_size=12).map("".join))
def test_a_literal_trie_matches_like_the_words_longest_first(text: str) -> None:
    """What the quantity patterns rely on: the trie of the number and qualifier words, followed by more pattern,
    matches what the alternation of the words sorted longest first matches, with the same groups."""
    alternation = "|".join(re.escape(w) for w in sorted(LITERALS, key=len, reverse=True))
    for tail in (r"\b", r"\s+\w", r"(?:\s+\w+)?"):
        plain = re.compile(rf"(?i)(?<!\w)(?P<w>{alternation}){tail}")
        trie = re.compile(rf"(?i)(?<!\w)(?P<w>{literal_trie(LITERALS)}){tail}")
        assert [(m.span(), m["w"]) for m in trie.finditer(text)] == [(m.span(), m["w"]) for m in plain.finditer(text)]


def test_a_literal_trie_takes_every_character_as_it_is() -> None:
    trie = re.compile(rf"(?:{literal_trie(['a dozen', 'approx.', 'twenty-one', 'twenty'])})$")
    assert trie.match("a dozen") and trie.match("approx.") and trie.match("twenty-one") and trie.match("twenty")
    assert not trie.match("a  dozen") and not trie.match("approxy") and not trie.match("twentyone")


def _module_level_compiles(path: Path) -> list[int]:
    """Line numbers of `re.compile(...)` calls run at import time (outside functions) in a module."""
    found: list[int] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if not in_function and isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute) and \
                    child.func.attr == "compile" and isinstance(child.func.value, ast.Name) and \
                    child.func.value.id == "re":
                found.append(child.lineno)
            visit(child, inside)

    visit(ast.parse(path.read_text(encoding="utf-8")), False)
    return found


def test_rule_modules_compile_their_patterns_screened() -> None:
    """A rule pattern compiled with plain re.compile still works, only slower: the house rule is screened()."""
    modules = Path(kg.extract.__file__).parent.glob("*.py")
    plain = {path.name: lines for path in modules if path.name not in ("patterns.py", "screened.py")
             and (lines := _module_level_compiles(path))}
    assert plain == {}, f"use screened(...) from kg.extract.screened for these patterns: {plain}"
