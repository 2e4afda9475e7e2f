"""The benchmark corpus: deterministic from its seed, with the shape the benchmarks rely on. No timing here."""

from __future__ import annotations

import itertools
from collections import Counter

from bench.corpus import CLAIMS_PER_ARTICLE, N_STATES, N_SYSTEMS, generate_articles, generate_checked, states, systems
from kg.ingest.rows import state_name


def _dump(n_claims: int, seed: int) -> list[dict]:
    return [f.to_json_dict() for f in generate_articles(n_claims, seed)]


def test_same_seed_same_corpus_other_seed_other_corpus():
    assert _dump(500, 7) == _dump(500, 7)
    assert _dump(500, 7) != _dump(500, 8)


def test_exact_size_and_claims_per_article():
    articles = list(generate_articles(2_000))
    sizes = [len(a.facts) for a in articles]
    assert sum(sizes) == 2_000
    low, high = CLAIMS_PER_ARTICLE
    assert all(low <= n <= high for n in sizes[:-1]) and 1 <= sizes[-1] <= high
    assert len({a.document.sha256 for a in articles}) == len(articles)


def test_states_and_systems_are_real_and_many():
    assert len(set(states())) == N_STATES and all(state_name(code) for code in states())
    assert len({s.name for s in systems()}) == N_SYSTEMS


def test_checked_corpus_is_accepted_and_events_are_shared_across_articles():
    checked = list(generate_checked(3_000))
    assert not [r for a in checked for r in a.rejections]
    claims_per_event = Counter(c["eventId"] for a in checked for c in a.claims)
    assert sum(claims_per_event.values()) == 3_000
    corroborated = [n for n in claims_per_event.values() if n > 1]
    assert len(corroborated) > len(claims_per_event) / 3
    assert max(claims_per_event.values()) >= 10
    articles_per_event = Counter(e["id"] for a in checked for e in a.events)
    assert articles_per_event == claims_per_event  # one claim per event per article: corroboration, not repetition


def test_evidence_offsets_fit_their_text():
    for facts_file in itertools.islice(generate_articles(1_000, seed=3), 50):
        for fact in facts_file.facts:
            assert fact.evidence.end - fact.evidence.start == len(fact.evidence.text)


def test_repeated_runs_keep_the_median_and_every_run():
    from bench.import_bench import Measure, median_of

    runs = [Measure("importer", 100, seconds) for seconds in (3.0, 1.0, 2.0)]
    kept = median_of(runs)
    assert kept.seconds == 2.0 and kept.samples == [3.0, 1.0, 2.0]
    assert median_of(runs[:2]).seconds == 1.0  # an even count keeps the faster middle run
