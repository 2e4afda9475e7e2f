"""Commands that do not extract start without the extractor: `kg --help`, `kg query`, `kg neo4j status` and
`kg export` must not load spaCy or dateparser (bench/startup.py measures what that buys)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("spacy", "dateparser", "kg.extract", "pyshacl", "followthemoney")


def _loaded_after(code: str) -> list[str]:
    probe = f"import sys\n{code}\nprint('loaded:', *(m for m in {HEAVY!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return result.stdout.splitlines()[-1].split()[1:]


def test_importing_the_cli_loads_no_extractor() -> None:
    assert _loaded_after("import kg.cli") == []


def test_kg_help_and_query_list_load_no_extractor() -> None:
    code = ("from kg.cli import app\nfor argv in (['--help'], ['query', 'list']):\n"
            "    try:\n        app(argv, standalone_mode=False)\n    except SystemExit:\n        pass")
    assert _loaded_after(code) == []


def test_kg_help_loads_no_driver_model_or_rdf() -> None:
    """`kg --help` reads the command tree only: the driver, pydantic and rdflib load inside the commands that use
    them (they made it take over a second)."""
    code = "from kg.cli import app\ntry:\n    app(['--help'], standalone_mode=False)\nexcept SystemExit:\n    pass"
    probe = f"import sys\n{code}\nprint('loaded:', *(m for m in ('neo4j', 'pydantic', 'rdflib', 'kg.store') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines()[-1].split()[1:] == []


def test_startup_bench_reports_ratios() -> None:
    from bench.startup import run

    figures = run(runs=1)
    assert set(figures["ratio_to_python"]) == {"kg --help", "kg query list"}
    assert all(ratio > 0 for ratio in figures["ratio_to_python"].values())
