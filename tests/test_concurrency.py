"""Importers that run together or die: each case ends in the graph one clean serial import gives (nodes per
label, relationships per type, digest of the export). `python -m bench.crash` runs more, and kills the server.

- four `kg import` processes started together on an empty database (no data, no schema) all succeed;
- `kg import` killed with SIGKILL at random points of an import of many articles, then run again.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import NamedTuple

import pytest
from neo4j.exceptions import ClientError, TransientError

from bench.crash import clean_import, kill_importer, overlapping_shares, parallel_import, write_corpus
from bench.fingerprint import Fingerprint, fingerprint
from kg.config import Settings
from kg.store.connection import retry_transient

PARALLEL_ROUNDS, KILL_RUNS, CLAIMS = 3, 3, 400


class Reference(NamedTuple):
    files: list[Path]
    graph: Fingerprint
    seconds: float


@pytest.fixture()
def reference(neo4j_settings: Settings, tmp_path: Path) -> Reference:
    """A synthetic corpus and the graph (and time) of its clean import into an empty database."""
    files = write_corpus(tmp_path / "facts", CLAIMS)
    graph, seconds = clean_import(neo4j_settings, files)
    assert graph.labels["Claim"] == CLAIMS
    return Reference(files, graph, seconds)


def _failing(errors: list[Exception]):
    calls = []

    def work() -> str:
        calls.append(1)
        if errors:
            raise errors.pop(0)
        return "done"
    return work, calls


def test_transient_errors_are_retried_until_the_work_succeeds() -> None:
    work, calls = _failing([TransientError(), TransientError()])
    assert retry_transient(work) == "done" and len(calls) == 3


def test_other_errors_and_a_spent_budget_are_raised() -> None:
    work, calls = _failing([ClientError()])
    with pytest.raises(ClientError):
        retry_transient(work)
    assert len(calls) == 1
    work, calls = _failing([TransientError()] * 50)
    with pytest.raises(TransientError):
        retry_transient(work, seconds=0.5)
    assert 2 <= len(calls) < 10


def test_shares_overlap_and_cover_every_file(tmp_path: Path) -> None:
    files = [tmp_path / f"{n}.json" for n in range(41)]
    shares = overlapping_shares(files)
    assert len(shares) == 4
    assert all(sum(f in share for share in shares) >= 2 for f in files)


@pytest.mark.neo4j
@pytest.mark.slow
def test_parallel_importers_on_an_empty_database_equal_one_serial_import(neo4j_settings: Settings,
                                                                        reference: Reference) -> None:
    for round_ in range(1, PARALLEL_ROUNDS + 1):
        assert parallel_import(neo4j_settings, reference.files) == [], f"round {round_}"
        assert fingerprint(neo4j_settings).differences(reference.graph) == [], f"round {round_}"


@pytest.mark.neo4j
@pytest.mark.slow
def test_importer_killed_at_random_points_then_rerun_equals_a_clean_import(neo4j_settings: Settings,
                                                                            reference: Reference) -> None:
    rng = random.Random()
    for run in range(1, KILL_RUNS + 1):
        after = rng.uniform(0.1, 0.9) * reference.seconds
        assert kill_importer(neo4j_settings, reference.files, after) == [], f"run {run}, killed at {after:.1f} s"
        assert fingerprint(neo4j_settings).differences(reference.graph) == [], f"run {run}, killed at {after:.1f} s"
