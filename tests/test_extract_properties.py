"""Property tests: no text crashes the extractor, and every fact's evidence is the input text at its offsets."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.extract import extract_facts
from kg.textfile import CONTROL_CHARACTERS

FRAGMENTS = [
    "North Korea", "Russia", "Iran", "the Kremlin", "Pyongyang", "Kim", "Putin", "U.S.", "Belarus", "Syria",
    " shipped ", " delivered ", " received ", " from ", " to ", " troops ", " deployed ", " treaty ", " signed ",
    " help produce ", "Shahed-136 drones", "KN-23", "152mm shells", " more than ", " about ", " at least ",
    "9 million", "3,000", "one", "late 2023", "between January and March", "last month", " according to ",
    " said", ", ", ". ", "; ", "\n", "\n\n", "“", "”", "\"", "'", "’s", " — ", "–", "-", "(", ")", "![x](y)",
    "URL: ", "Published: ", "By ", "0", "12345678901234567890", "İ", "ß", "🙂", "\u200b", "\r\n", "\t",
]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40).map("".join),
)


def _check(text: str) -> None:
    if not text.strip():
        return
    if CONTROL_CHARACTERS.search(text):  # refused, as kg.textfile refuses them in a file
        with pytest.raises(InputError, match="holds the control character"):
            extract_facts(text, name="generated", published="2025-06-20")
        return
    data = extract_facts(text, name="generated", published="2025-06-20").to_json_dict()
    for fact in data["facts"]:
        evidence = fact["evidence"]
        assert text[evidence["start"]:evidence["end"]] == evidence["text"]
        assert fact["from"] != fact["to"]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_no_text_crashes_the_extractor_and_evidence_offsets_hold(text: str) -> None:
    _check(text)


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="0123456789,. million", min_size=1, max_size=300))
def test_numbers_everywhere(text: str) -> None:
    _check("Title\n\nNorth Korea shipped " + text + " shells to Russia " + text)


def test_edge_texts() -> None:
    for text in ["x", "\n\n\n", "Title only", "Title\n\n" + "a" * 5000, "Title\n\n" + "Russia " * 3000,
                 "Title\n\n" + "North Korea shipped shells to Russia and " * 300,  # no sentence end
                 "Title\n\n“”\"'’—–-" * 50, "T\n\n" + "1,000,000,000,000 " * 100]:
        _check(text)


def test_ten_megabytes_in_one_pass() -> None:
    # speed is measured by `python -m bench.extraction_speed`, not here: this checks that a very long text gives
    # every fact once, with its exact evidence span
    filler = "The weather was mild and markets were calm on the day of the meeting, analysts noted. " * 8
    fact = "North Korea shipped more than 9 million shells to Russia in late 2023, officials said."
    block = (filler + "\n\n") * 49 + filler + fact + "\n\n"
    text = "A long article\n\n" + block * (10_000_000 // len(block))
    facts = extract_facts(text, name="big", published="2025-06-20").facts
    assert len(facts) == text.count(fact)
    assert all(text[f.evidence.start:f.evidence.end] == f.evidence.text == fact for f in facts)


def test_run_on_text_without_sentence_ends() -> None:
    text = "Title\n\n" + "Russia received drones from Iran and " * 3000
    facts = extract_facts(text, name="run-on").facts
    assert facts and all(text[f.evidence.start:f.evidence.end] == f.evidence.text for f in facts)
    assert max(len(f.evidence.text) for f in facts) <= 2000
