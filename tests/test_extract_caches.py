"""The extractor's caches (kg/extract/memo.py, Phrases) give the same answers as finding afresh, as new lists."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from kg.extract import extract_facts
from kg.extract.categories import find_items
from kg.extract.knowledge import load_knowledge
from kg.extract.memo import per_text
from kg.extract.patterns import Phrases
from kg.extract.states import find_states

SENTENCE = "Russia delivered 12 Pantsir air defence systems and 300 artillery shells to North Korea in May."


def test_per_text_remembers_by_text_and_knowledge_and_hands_out_copies() -> None:
    calls = []

    @per_text
    def words(text: str, knowledge) -> list[str]:
        calls.append((text, knowledge))
        return text.split()

    first = words("two words", "k1")
    first.append("changed")  # a caller's change stays its own
    assert words("two words", "k1") == ["two", "words"]
    assert len(calls) == 1
    assert words("two words", "k2") == ["two", "words"]  # other knowledge: found again
    assert len(calls) == 2
    for n in range(40):  # more texts than kept: still right
        assert words(f"text {n}", "k2") == ["text", str(n)]
    assert words("two words", "k2") == ["two", "words"]


def test_states_and_items_are_the_same_when_asked_again() -> None:
    knowledge = load_knowledge()
    states, items = find_states(SENTENCE, knowledge), find_items(SENTENCE, knowledge)
    assert [m.code for m in states] == ["RUS", "PRK"]
    assert [i.category for i in items] == ["air-defence-system", "ammunition"]
    states.clear()
    items.clear()
    assert [m.code for m in find_states(SENTENCE, knowledge)] == ["RUS", "PRK"]
    assert [i.category for i in find_items(SENTENCE, knowledge)] == ["air-defence-system", "ammunition"]


def test_phrases_answer_each_window_of_the_last_text_afresh() -> None:
    phrases = Phrases(["air defence", "shells", "NIS"])
    text = "The NIS said air defence systems and shells left; more shells followed."
    whole = [f.group() for f in phrases.finditer(text)]
    assert whole == ["NIS", "air defence", "shells", "shells"]
    found = phrases.finditer(text)
    found.clear()  # the caller's list, not the remembered one
    assert [f.group() for f in phrases.finditer(text)] == whole
    assert [f.group() for f in phrases.finditer(text, 20, 50)] == ["shells"]  # another window
    assert [f.group() for f in phrases.finditer(text.upper())] == ["NIS", "AIR DEFENCE", "SHELLS", "SHELLS"]


def test_threads_extracting_at_once_get_what_one_thread_gets() -> None:
    """The caches hold one tuple each, so a thread never reads another's text with its own."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))]
    alone = [extract_facts(text, name=f"a{i}").model_dump_json() for i, text in enumerate(texts)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(3):
            together = list(pool.map(lambda pair: extract_facts(pair[1], name=f"a{pair[0]}").model_dump_json(),
                                     enumerate(texts)))
            assert together == alone
