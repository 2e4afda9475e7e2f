"""The law as data: a sanctions regime, its resolutions and their paragraphs, read from `data/law/*.yaml`.

One file per regime. Nothing here knows about any particular regime: the target state, the resolutions and the
paragraphs' direction, activities and categories all come from the file. Activities, directions and service
scopes mirror the ontology's ActivityScheme, DirectionScheme and ServiceScopeScheme; categories mirror
kg.model.Category. `tests/test_ontology_drift.py` fails when they drift from `ontology/kg.ttl`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, StrictBool, ValidationError, field_validator, model_validator

from kg.errors import InputError, problem_lines
from kg.model import STATE_CODE, Category

SYMBOL = re.compile(r"^S/RES/(?P<number>\d+) \((?P<year>\d{4})\)$")


class Direction(StrEnum):
    TO_TARGET = "to_target"
    FROM_TARGET = "from_target"
    BOTH = "both"


class Activity(StrEnum):
    ARMS_TRANSFER = "arms_transfer"
    TROOP_DEPLOYMENT = "troop_deployment"
    TECHNOLOGY_TRANSFER = "technology_transfer"
    AGREEMENT = "agreement"
    TRAINING = "training"
    WORKERS = "workers"
    FINANCING = "financing"


class ServiceScope(StrEnum):
    TRAINING = "training"
    TECHNICAL_ASSISTANCE = "technical-assistance"
    TECHNOLOGY = "technology"
    TROOPS = "troops"
    WORKERS = "workers"
    FINANCIAL = "financial"


# What a paragraph's `categories` may name: a category of materiel or a service scope.
SCOPE_TERMS = frozenset(c.value for c in Category) | frozenset(s.value for s in ServiceScope)


def paragraph_id(resolution_symbol: str, number: str) -> str:
    """The id of a paragraph: `paragraph_id("S/RES/1718 (2006)", "8(b)")` is `"S/RES/1718 (2006) para 8(b)"`."""
    return f"{resolution_symbol} para {number}"


def _unique(values: list, what: str) -> list:
    duplicates = sorted({str(v) for v in values if values.count(v) > 1})
    if duplicates:
        raise ValueError(f"{what} repeated: {', '.join(duplicates)}")
    return values


class Paragraph(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    number: str = Field(pattern=r"^\d+(\([a-z]+\))*$")
    summary: str = Field(min_length=1)
    direction: Direction
    activities: list[Activity] = Field(min_length=1)
    interpretive_activities: list[Activity] = []
    categories: list[str] = Field(min_length=1)
    binding: StrictBool
    verified: StrictBool
    note: str | None = None

    @field_validator("categories")
    @classmethod
    def _known_categories(cls, values: list[str]) -> list[str]:
        unknown = [v for v in values if v not in SCOPE_TERMS]
        if unknown:
            raise ValueError(f"unknown categories {unknown}; use a category or one of {sorted(s.value for s in ServiceScope)}")
        return _unique(values, "categories")

    @model_validator(mode="after")
    def _activities_apart(self) -> "Paragraph":
        _unique(self.activities, "activities")
        _unique(self.interpretive_activities, "interpretive_activities")
        both = sorted(set(self.activities) & set(self.interpretive_activities))
        if both:
            raise ValueError(f"{', '.join(both)} is in both activities and interpretive_activities; keep it in one")
        return self


class Resolution(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    symbol: str = Field(pattern=SYMBOL.pattern)
    number: int = Field(gt=0)
    adopted: date
    summary: str = Field(min_length=1)
    paragraphs: list[Paragraph] = Field(min_length=1)

    @model_validator(mode="after")
    def _symbol_matches(self) -> "Resolution":
        match = SYMBOL.match(self.symbol)
        if match and int(match["number"]) != self.number:
            raise ValueError(f"symbol {self.symbol!r} does not match number {self.number}")
        if match and int(match["year"]) != self.adopted.year:
            raise ValueError(f"symbol {self.symbol!r} does not match the adoption year {self.adopted.year}")
        _unique([p.number for p in self.paragraphs], "paragraph numbers")
        return self


class Regime(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    name: str = Field(min_length=1)
    authority: str = Field(min_length=1)
    target: str = Field(pattern=STATE_CODE.pattern)
    committee: str | None = None
    established_by: str = Field(pattern=SYMBOL.pattern)


class LawFile(BaseModel):
    """One regime and its resolutions, as in `data/law/<regime id>.yaml`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    regime: Regime
    resolutions: list[Resolution] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> "LawFile":
        symbols = [r.symbol for r in self.resolutions]
        _unique(symbols, "resolution symbols")
        if self.regime.established_by not in symbols:
            raise ValueError(f"regime.established_by {self.regime.established_by!r} is not among the resolutions")
        return self

    def iter_paragraphs(self) -> Iterator[tuple[Resolution, Paragraph]]:
        """Every paragraph with the resolution it belongs to, in file order."""
        for resolution in self.resolutions:
            for paragraph in resolution.paragraphs:
                yield resolution, paragraph


def _label(node: object) -> str | None:
    """A resolution's symbol or a paragraph's number, to name the entry an error is in."""
    if not isinstance(node, dict):
        return None
    if "symbol" in node:
        return str(node["symbol"])
    return f"para {node['number']}" if "number" in node else None


def _where(loc: tuple, data: object) -> str:
    """`resolutions[1] (S/RES/1874 (2009)).paragraphs[0] (para 9).direction` from a pydantic error location."""
    parts: list[str] = []
    node = data
    for step in loc:
        if isinstance(step, int):
            parts.append(f"[{step}]")
            node = node[step] if isinstance(node, list) and step < len(node) else None
            label = _label(node)
            if label:
                parts.append(f" ({label})")
        else:
            parts.append(f".{step}" if parts else str(step))
            node = node.get(step) if isinstance(node, dict) else None
    return "".join(parts) or "top level"


def load_law(path: str | Path) -> LawFile:
    """Read and check one law file; raise InputError naming the file and the offending field."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read law file {path}: {e}") from e
    except yaml.YAMLError as e:
        raise InputError(f"law file {path} is not valid YAML: {e}") from e
    if not isinstance(data, dict):
        raise InputError(f"law file {path} must hold a mapping with 'regime' and 'resolutions'")
    try:
        return LawFile.model_validate(data)
    except ValidationError as e:
        problems = problem_lines(e, lambda loc: _where(loc, data))[:3]
        more = f" (and {e.error_count() - 3} more)" if e.error_count() > 3 else ""
        raise InputError(
            f"law file {path} is malformed: " + "; ".join(problems) + more,
            hint="Fix the field named above; docs/graph-model.md and the ontology list the allowed values.",
        ) from e
