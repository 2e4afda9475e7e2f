"""A facts file (JSON or YAML, the shape `kg extract` prints) -> a checked FactsFile; every problem is an
InputError naming the file, the fact (1-based) and the field."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from kg.errors import InputError, problem_lines
from kg.textfile import load_json, load_yaml
from kg.model import FactsFile

FACTS_SUFFIXES = {".json", ".yaml", ".yml"}


def _where(path: Path, loc: tuple) -> str:
    """`FILE: fact 2, field quantity.value` from a pydantic error location."""
    loc = list(loc)
    where = "document" if loc[:1] == ["document"] else ""
    if loc[:1] == ["facts"] and len(loc) > 1 and isinstance(loc[1], int):
        where, loc = f"fact {loc[1] + 1}", loc[2:]
    else:
        loc = loc[1:] if where else loc
    field = ".".join(str(part) for part in loc) or "(whole)"
    return f"{path}: {where + ', ' if where else ''}field {field}"


def describe_errors(path: Path, error: ValidationError) -> str:
    """One line per problem: which fact (1-based), which field, what is wrong."""
    return "\n".join(problem_lines(error, lambda loc: _where(path, loc)))


def parse_facts(path: Path, text: str) -> FactsFile:
    data = load_json(path, text) if path.suffix.lower() == ".json" else load_yaml(path, text)
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected an object with 'document' and 'facts', got {type(data).__name__}",
                         hint="See `kg schema` for the shape.")
    try:
        return FactsFile.model_validate(data)
    except ValidationError as e:
        raise InputError(describe_errors(path, e), hint="See `kg schema` for the allowed values.") from e
