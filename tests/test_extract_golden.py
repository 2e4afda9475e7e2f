"""Golden tests: the hand-labelled development set in tests/data/articles and tests/data/expected.

Each article's facts are compared as normalised keys (kind, from, to, category) with their quantity values,
which is what the labels fix; an expected file may list `known_misses` (keys the extractor does not find yet, or keys with a quantity value it
does not find) and `known_extras` (keys it wrongly adds), left out of the comparison on both sides and counted against it by the scorer; item wording, periods and attribution are reported by bench/extraction_quality.py.
`KG_UPDATE_GOLDEN=1` rewrites the expected files from the extractor's output: review the diff like code,
because the files are labelled by hand.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from bench.extraction_quality import score
from kg.extract import extract_facts, read_article

DATA = Path(__file__).resolve().parent / "data"
ARTICLES = sorted((DATA / "articles").glob("*.txt"))


def _normalised(facts: list[dict], misses: set[tuple] = frozenset()) -> dict[tuple, set]:
    """{(kind, from, to, category): {quantity values}}; agreement states sorted; known misses left out."""
    found: dict[tuple, set] = {}
    for fact in facts:
        states = sorted([fact["from"], fact["to"]]) if fact["kind"] == "agreement" else [fact["from"], fact["to"]]
        key = (fact["kind"], *states, fact.get("category"))
        if key not in misses:
            found.setdefault(key, set()).update([fact["quantity"]["value"]] if fact.get("quantity") else [])
    return found


def _extracted(article: Path) -> dict:
    return extract_facts(read_article(article), name=str(article)).to_json_dict()


def test_the_development_set_is_large_enough() -> None:
    assert len(ARTICLES) >= 10
    for article in ARTICLES:
        words = len(read_article(article).split())
        assert 150 <= words <= 400, f"{article.name} has {words} words"
        assert (DATA / "expected" / f"{article.stem}.json").exists()


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_golden(article: Path) -> None:
    expected_path = DATA / "expected" / f"{article.stem}.json"
    extracted = _extracted(article)
    if os.environ.get("KG_UPDATE_GOLDEN") == "1":  # keeps the labels' own keys (known_misses, known_extras)
        kept = json.loads(expected_path.read_text(encoding="utf-8")) if expected_path.exists() else {}
        updated = extracted | {k: v for k, v in kept.items() if k not in extracted}
        expected_path.write_text(json.dumps(updated, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    text = read_article(article)
    for fact in expected["facts"]:
        evidence = fact["evidence"]
        assert text[evidence["start"]:evidence["end"]] == evidence["text"], "the label's evidence offsets"
    assert expected["document"] == extracted["document"]
    known = expected.get("known_misses", []) + expected.get("known_extras", [])
    misses = {tuple(k) for k in known if len(k) == 4}
    want = _normalised(expected["facts"], misses)
    for kind, giver, taker, category, value in (k for k in known if len(k) == 5):  # a quantity not found
        want[(kind, giver, taker, category)].discard(value)
    assert _normalised(extracted["facts"], misses) == want


def test_development_set_meets_the_targets() -> None:
    pairs = [(json.loads((DATA / "expected" / f"{a.stem}.json").read_text(encoding="utf-8")), _extracted(a))
             for a in ARTICLES]
    figures = score(pairs)
    assert figures["relation"]["f1"] >= 0.90
    assert figures["item"]["f1"] >= 0.80
    assert figures["quantity"]["recall"] >= 0.85


def test_score_tolerates_missing_evidence_and_counts_sets() -> None:
    fact = {"kind": "arms_transfer", "from": "PRK", "to": "RUS", "category": "ammunition",
            "quantity": {"value": 9000000, "unit": "shells", "qualifier": "more-than"}}
    agreement = {"kind": "agreement", "from": "RUS", "to": "PRK", "category": None, "quantity": None}
    swapped = dict(agreement, **{"from": "PRK", "to": "RUS"})
    figures = score([({"facts": [fact, agreement]}, {"facts": [fact, fact, swapped]})])
    assert figures["relation"]["f1"] == figures["item"]["f1"] == figures["quantity"]["recall"] == 1.0
