"""A regime's law file, `data/law/<regime id>.yaml`: the regime, its resolutions and their paragraphs.

Nothing here knows a particular regime: target, resolutions, directions, item classes, kinds of help and the
windows in which each paragraph applies all come from the file. Directions, activities and kinds of help mirror
the ontology's DirectionScheme, ActivityScheme and ServiceScopeScheme (`tests/test_ontology_drift.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, StrictBool, model_validator

from kg.model import PARTY_ID, STATE_CODE

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
    """The kinds of help a service or technology paragraph covers."""

    TRAINING = "training"
    TECHNICAL_ASSISTANCE = "technical-assistance"
    TECHNOLOGY = "technology"
    REPAIR_SERVICING = "repair-servicing"
    SPECIALISED_TEACHING = "specialised-teaching"
    SCIENTIFIC_COOPERATION = "scientific-cooperation"
    TROOPS = "troops"
    WORKERS = "workers"
    FINANCIAL = "financial"


class Condition(StrEnum):
    """A paragraph whose breach turns on a fact the claims may not give."""

    UNLESS_NOTIFIED = "unless-notified"  # a duty to notify the committee before supplying
    ABOVE_CAP = "above-cap"  # a cap on the yearly total supplied


def paragraph_id(resolution_symbol: str, number: str, limb: str | None = None) -> str:
    """`paragraph_id("S/RES/1718 (2006)", "8(b)")` is `"S/RES/1718 (2006) para 8(b)"`; a limb is added in brackets:
    `"S/RES/1874 (2009) para 10 [notification]"`."""
    return f"{resolution_symbol} para {number}" + (f" [{limb}]" if limb else "")


def _unique(values: list, what: str) -> list:
    duplicates = sorted({str(v) for v in values if values.count(v) > 1})
    if duplicates:
        raise ValueError(f"{what} repeated: {', '.join(duplicates)}")
    return values


class Window(BaseModel):
    """A period in which a paragraph applies: from `start` (inclusive) until `until` (exclusive, None = open)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    start: date = Field(alias="from")
    until: date | None = None
    contested_by: list[str] = []
    binding_view: str | None = None  # whose view holds it binding, when contested
    note: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> "Window":
        if self.until is not None and self.until <= self.start:
            raise ValueError(f"window ends ({self.until}) on or before it starts ({self.start})")
        bad = [c for c in self.contested_by if not STATE_CODE.match(c)]
        if bad:
            raise ValueError(f"contested_by names {bad}; use ISO alpha-3 state codes")
        if self.contested_by and not self.binding_view:
            raise ValueError("a contested window needs binding_view: whose view holds it binding")
        return self

    def holds(self, day: date) -> bool:
        return self.start <= day and (self.until is None or day < self.until)

    def label(self) -> str:
        return f"{self.start.isoformat()}..{self.until.isoformat() if self.until else ''}"


class Reading(BaseModel):
    """Conduct a paragraph reaches only on an analyst's reading, and why."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    activity: Activity
    reason: str = Field(min_length=1)


class Paragraph(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    number: str = Field(pattern=r"^(B\.)?\d+(\([a-z]+\))*$")
    limb: str | None = Field(default=None, pattern=r"^[a-z]+(-[a-z]+)*$")
    summary: str = Field(min_length=1)
    direction: Direction
    activities: list[Activity] = []
    classes: list[str] = []
    except_classes: list[str] = Field(default=[], alias="except")
    services: list[ServiceScope] = []
    services_for: list[str] = []
    interpretive: list[Reading] = []
    condition: Condition | None = None
    binding: StrictBool
    verified: StrictBool
    source: str = Field(min_length=1)
    windows: list[Window] = []
    replaced_by: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> "Paragraph":
        for name in ("activities", "classes", "except_classes", "services", "services_for"):
            _unique(list(getattr(self, name)), name)
        if self.services and not self.services_for:
            raise ValueError("services need services_for: the item classes the help must relate to")
        _unique([r.activity for r in self.interpretive], "interpretive activities")
        return self


class Resolution(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    symbol: str = Field(pattern=SYMBOL.pattern)
    number: int = Field(gt=0)
    adopted: date
    summary: str = Field(min_length=1)
    windows: list[Window] = []  # the default of its paragraphs; none means from adoption, open-ended
    paragraphs: list[Paragraph] = Field(min_length=1)

    @model_validator(mode="after")
    def _symbol_matches(self) -> "Resolution":
        match = SYMBOL.match(self.symbol)
        if match and int(match["number"]) != self.number:
            raise ValueError(f"symbol {self.symbol!r} does not match number {self.number}")
        if match and int(match["year"]) != self.adopted.year:
            raise ValueError(f"symbol {self.symbol!r} does not match the adoption year {self.adopted.year}")
        _unique([(p.number, p.limb or "") for p in self.paragraphs], "paragraph numbers")
        return self

    def windows_of(self, paragraph: Paragraph) -> list[Window]:
        """The windows in which a paragraph applies: its own, else its resolution's, else from adoption on."""
        return list(paragraph.windows or self.windows or [Window(start=self.adopted)])


class Regime(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    name: str = Field(min_length=1)
    authority: str = Field(min_length=1)
    target: str | None = Field(default=None, pattern=STATE_CODE.pattern)
    target_party: str | None = Field(default=None, pattern=PARTY_ID.pattern)
    committee: str | None = None
    established_by: str = Field(pattern=SYMBOL.pattern)

    @model_validator(mode="after")
    def _one_target(self) -> "Regime":
        if (self.target is None) == (self.target_party is None):
            raise ValueError("a regime names exactly one of target (a state) and target_party (a party id)")
        return self


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
