"""Warnings: kg's own code raises none (pytest turns them into errors) and uses no deprecated rdflib API."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"
# rdflib 7 deprecations: ConjunctiveGraph, Dataset.contexts(), Dataset.default_context, Graph.get_context().
DEPRECATED_RDFLIB = re.compile(r"ConjunctiveGraph|\.contexts\(|default_context|\.get_context\(")


def test_a_warning_raised_from_kg_code_fails_the_test() -> None:
    namespace = {"__name__": "kg.some_module", "warnings": warnings}
    with pytest.raises(DeprecationWarning, match="old API"):
        exec("warnings.warn('old API', DeprecationWarning)", namespace)  # noqa: S102
    with pytest.raises(UserWarning, match="odd input"):
        exec("warnings.warn('odd input')", namespace)  # noqa: S102


def test_third_party_deprecations_are_ignored_by_name() -> None:
    namespace = {"__name__": "rdflib.graph", "warnings": warnings}
    with warnings.catch_warnings(record=True) as caught:
        exec("warnings.warn('Dataset.default_context is deprecated', DeprecationWarning)", namespace)  # noqa: S102
    assert caught == []


def test_kg_uses_no_deprecated_rdflib_api() -> None:
    found = [f"{path.relative_to(KG.parent)}:{number}: {line.strip()}"
             for path in sorted(KG.rglob("*.py")) if "_data" not in path.parts
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if DEPRECATED_RDFLIB.search(line)]
    assert found == []
