"""The behavioural challenge set (`bench/challenge.yaml`): templates of verb frames, filled with five state pairs and
five items or three troop words, and one frame per word of its vocabulary lists (verbs, item and troop nouns). The rate is pinned so that a rule change breaking a frame shows here; sentences
that state nothing (denials, conditions, questions, refuted reports) must give nothing."""

from __future__ import annotations

from bench import challenge
from kg.extract import extract_facts

FLOOR = 0.94  # 95% of 3,080 sentences at round 8 (2026-12-01); `python -m bench.challenge --verbose` lists the failing


def _outcomes() -> list[tuple[dict, list[str]]]:
    outcomes = []
    for case in challenge.cases():
        text = challenge.HEADER + case["text"] + "\n"
        facts = extract_facts(text, name="challenge").to_json_dict()["facts"]
        outcomes.append((case, challenge.problems(case, facts)))
    return outcomes


def test_challenge_rate_and_no_fact_from_sentences_that_state_none() -> None:
    outcomes = _outcomes()
    passed = sum(not problems for _, problems in outcomes) / len(outcomes)
    assert passed >= FLOOR, passed
    wrongly = [case["text"] for case, problems in outcomes if case["expect"] == "none" and problems]
    assert wrongly == []


def test_every_template_expands_with_every_filler() -> None:
    per_template: dict[str, int] = {}
    for case in challenge.cases():
        assert "{" not in case["text"], case["text"]
        per_template[case["template"]] = per_template.get(case["template"], 0) + 1
        # 5 state pairs x 5 items or 3 troop words; a vocabulary frame ("give:furnished") has one word
        size = 5 if ":" in case["template"] else 25 if case["kind"] == "arms_transfer" else 15
        assert per_template[case["template"]] <= size
    assert set(per_template.values()) <= {25, 15, 5}
