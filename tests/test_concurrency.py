"""Parallel importers: four `kg import` processes started together on an empty database (no data, no schema)
all succeed and leave the graph a serial import of the same files leaves."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.corpus import generate_articles
from bench.fingerprint import fingerprint
from kg import store
from kg.config import Settings

REPO = Path(__file__).resolve().parent.parent
IMPORTERS, ROUNDS, CLAIMS = 4, 3, 200


def write_corpus(folder: Path, claims: int, seed: int = 7) -> list[Path]:
    """Synthetic facts files (bench's corpus: events shared across articles, states shared by all)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, facts_file in enumerate(generate_articles(claims, seed)):
        path = folder / f"article-{index:05d}.json"
        path.write_text(json.dumps(facts_file.to_json_dict()), encoding="utf-8")
        paths.append(path)
    return paths


def _kg(settings: Settings) -> tuple[list[str], dict[str, str]]:
    env = {**os.environ, "NEO4J_URI": settings.uri, "NEO4J_USERNAME": settings.username,
           "NEO4J_PASSWORD": settings.password or ""}
    env.pop("NEO4J_DATABASE", None)
    return [str(Path(sys.executable).parent / "kg")], env


def _empty_database(settings: Settings) -> None:
    """No nodes and no constraints or indexes: the state a fresh server starts in."""
    with store.connect(settings) as driver:
        store.delete_all(driver, settings)
        store.run_named(driver, settings, "admin/drop_schema")


def _overlapping_shares(facts: list[Path]) -> list[list[Path]]:
    """Each importer gets half the files, shifted by a quarter: every file goes to two importers."""
    n, step = len(facts), -(-len(facts) // IMPORTERS)
    return [[facts[(start + k) % n] for k in range(n // 2 + 1)] for start in range(0, n, step)]


def _import_in_parallel(settings: Settings, facts: list[Path]) -> list[subprocess.CompletedProcess]:
    command, env = _kg(settings)
    processes = [subprocess.Popen([*command, "import", *map(str, share)], env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for share in _overlapping_shares(facts)]
    results = []
    for process in processes:
        out, err = process.communicate(timeout=300)
        results.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return results


@pytest.mark.neo4j
@pytest.mark.slow
def test_parallel_importers_on_an_empty_database_equal_one_serial_import(neo4j_settings: Settings, tmp_path: Path) -> None:
    facts = write_corpus(tmp_path / "facts", CLAIMS)
    assert len(_overlapping_shares(facts)) == IMPORTERS
    assert {f for share in _overlapping_shares(facts) for f in share} == set(facts)
    command, env = _kg(neo4j_settings)
    _empty_database(neo4j_settings)
    serial = subprocess.run([*command, "import", *map(str, facts)], env=env, capture_output=True, text=True)
    assert serial.returncode == 0, serial.stderr
    expected = fingerprint(neo4j_settings)
    assert expected.labels["Claim"] > 0
    for round_ in range(ROUNDS):
        _empty_database(neo4j_settings)
        for result in _import_in_parallel(neo4j_settings, facts):
            assert result.returncode == 0, f"round {round_ + 1}: {result.stderr}"
            assert "Error" not in result.stderr and "Traceback" not in result.stderr, result.stderr
        assert fingerprint(neo4j_settings).differences(expected) == [], f"round {round_ + 1}"
