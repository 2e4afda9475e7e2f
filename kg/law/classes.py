"""Item classes as data (`data/law/item-classes.yaml`): which classes an item is in, certainly or arguably, and
which kind of help a phrase describes. Paragraphs name the classes and kinds of help they cover."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict, Field, field_validator

from kg.law.files import ServiceScope
from kg.model import Category


class CategoryClasses(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    classes: list[str] = []
    arguable: dict[str, str] = {}


class System(BaseModel):
    """A named system or item phrase: its pattern, the classes it is certainly or arguably in, the help it names."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    match: str = Field(min_length=1)
    name: str = Field(min_length=1)
    classes: list[str] = []
    arguable: dict[str, str] = {}
    services: list[ServiceScope] = []

    @field_validator("match")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as e:
            raise ValueError(f"{value!r} is not a regular expression: {e}") from e
        return value


class ItemClasses(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    classes: dict[str, str] = Field(min_length=1)
    services: dict[ServiceScope, str] = Field(min_length=1)
    categories: dict[Category, CategoryClasses]
    systems: list[System] = []

    def unknown(self, names: list[str]) -> list[str]:
        return [n for n in names if n not in self.classes]

    def check_names(self) -> list[str]:
        """Problems: classes named by categories or systems that `classes` does not define."""
        problems = [f"categories.{c.value}: unknown class {n!r}" for c, entry in self.categories.items()
                    for n in self.unknown(entry.classes + list(entry.arguable))]
        problems += [f"systems ({s.name}): unknown class {n!r}" for s in self.systems
                     for n in self.unknown(s.classes + list(s.arguable))]
        missing = sorted(c.value for c in Category if c not in self.categories)
        if missing:
            problems.append(f"categories: no entry for {', '.join(missing)}")
        return problems


@dataclass(frozen=True)
class ItemReading:
    """What the law sees in one item: its certain classes, arguable classes with reasons, and kinds of help."""

    item: str
    classes: frozenset[str]
    arguable: dict[str, str] = field(default_factory=dict)
    services: frozenset[str] = frozenset()
    systems: tuple[str, ...] = ()
    labels: dict[str, str] = field(default_factory=dict)  # class id -> a short name for reasons


def read_item(item_classes: ItemClasses, item: str | None, category: str | None, kind: str) -> ItemReading:
    """An item's classes: its category's defaults, plus every named system or phrase found in the item text."""
    default = item_classes.categories.get(Category(category)) if category else None
    classes = set(default.classes) if default else set()
    arguable = dict(default.arguable) if default else {}
    services: set[str] = set()
    names = []
    for system in item_classes.systems:
        if item and re.search(system.match, item, flags=re.IGNORECASE):
            names.append(system.name)
            classes |= set(system.classes)
            arguable.update(system.arguable)
            services |= {s.value for s in system.services}
    if kind == "technology_transfer" and not services:
        services.add(ServiceScope.TECHNOLOGY.value)
    arguable = {c: reason for c, reason in arguable.items() if c not in classes}
    labels = {c: item_classes.classes[c].split(" (")[0].split(",")[0] for c in classes}
    return ItemReading(item or category or kind, frozenset(classes), arguable, frozenset(services), tuple(names),
                       labels)
