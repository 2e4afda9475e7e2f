"""Plain data that flows between the stages: documents, facts and their parts. No I/O here.

The enums mirror the ontology (`ontology/kg.ttl`); `tests/test_ontology_drift.py` fails when they differ.
Field names are Python's (`from_state`, `to_state`); JSON and YAML use the vocabulary's `from` and `to`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import (AfterValidator, BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr,
                      field_validator, model_validator)


class Kind(StrEnum):
    ARMS_TRANSFER = "arms_transfer"
    TROOP_DEPLOYMENT = "troop_deployment"
    TECHNOLOGY_TRANSFER = "technology_transfer"
    AGREEMENT = "agreement"


class Category(StrEnum):
    AIRCRAFT = "aircraft"
    AIR_DEFENCE_SYSTEM = "air-defence-system"
    AMMUNITION = "ammunition"
    ARMOURED_VEHICLE = "armoured-vehicle"
    ARTILLERY = "artillery"
    MISSILE = "missile"
    NAVAL_VESSEL = "naval-vessel"
    SENSOR = "sensor"
    SMALL_ARMS = "small-arms"
    UAV = "uav"
    MILITARY_VEHICLE = "military-vehicle"
    OTHER = "other"


class Status(StrEnum):
    DELIVERED = "delivered"
    DEPLOYED = "deployed"
    AGREED = "agreed"
    PLANNED = "planned"
    REPORTED = "reported"


class PartyKind(StrEnum):
    ARMED_GROUP = "armed-group"
    PRIVATE_MILITARY_COMPANY = "private-military-company"
    COMPANY = "company"


class Qualifier(StrEnum):
    EXACT = "exact"
    APPROXIMATELY = "approximately"
    AT_LEAST = "at-least"
    MORE_THAN = "more-than"
    UP_TO = "up-to"


# Kinds whose facts name no category of materiel.
KINDS_WITHOUT_CATEGORY = frozenset({Kind.TROOP_DEPLOYMENT, Kind.AGREEMENT})

STATE_CODE = re.compile(r"^[A-Z]{3}$")
PARTY_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")

# A quantity above this is neither a count of anything a state can ship or send nor the value of a deal (money
# values reach tens of billions: "$4.6 billion of battlefield goods"); one below the minimum is noise (5e-324 would
# pass `> 0`).
MAX_QUANTITY = 100_000_000_000
MIN_QUANTITY = 0.001

# Characters no export syntax can carry (kg.textfile refuses them in article text too), and lone surrogates
# (from JSON escapes such as "\ud83d"), which no UTF-8 file can hold.
UNSAFE_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def check_text(value: str) -> str:
    """A string every export syntax can carry (ValueError naming the first character that is not)."""
    found = UNSAFE_CHARACTERS.search(value)
    if found:
        kind = "a lone surrogate" if "\ud800" <= found.group() <= "\udfff" else "a control character"
        raise ValueError(f"holds {kind} (U+{ord(found.group()):04X}) at character {found.start()}")
    return value


Text = Annotated[StrictStr, AfterValidator(check_text)]


def check_partial_date(value: str) -> str:
    """Accept ISO 8601 dates of year, month or day precision that exist on the calendar (ValueError else).

    The one parser of partial dates: the model, query parameters, export options and the rows all use it."""
    if not PARTIAL_DATE.fullmatch(value):
        raise ValueError(f"{value!r} is not an ISO 8601 date such as 2024, 2024-11 or 2024-11-05")
    if value.startswith("0000"):
        raise ValueError(f"{value!r} has the year 0000, which no calendar kg uses has")
    if len(value) == 10:
        try:
            date.fromisoformat(value)
        except ValueError as e:
            raise ValueError(f"{value!r} is not a real calendar day") from e
    return value


def first_day(partial: str | None) -> date | None:
    """2024 -> 2024-01-01, 2024-11 -> 2024-11-01, 2024-11-05 -> itself (a checked partial date, or None)."""
    if not partial:
        return None
    year, month, day = (check_partial_date(partial).split("-") + ["1", "1"])[:3]
    return date(int(year), int(month), int(day))


PartialDate = Annotated[StrictStr, AfterValidator(check_partial_date)]


def _finite_quantity(value: int | float) -> int | float:
    if not MIN_QUANTITY <= value <= MAX_QUANTITY:  # also refuses NaN, which compares false
        raise ValueError(f"{value!r} is not a quantity between {MIN_QUANTITY} and {MAX_QUANTITY:,}")
    return value


class Quantity(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    value: Annotated[StrictInt | StrictFloat, AfterValidator(_finite_quantity)]
    unit: Text | None = None
    qualifier: Qualifier = Qualifier.EXACT


class Period(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    start: PartialDate | None = None
    end: PartialDate | None = None

    @model_validator(mode="after")
    def _start_not_after_end(self) -> "Period":
        if self.start and self.end and self.end < self.start[: len(self.end)]:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")
        return self


class Evidence(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    text: Text = Field(min_length=1)
    start: StrictInt = Field(ge=0)
    end: StrictInt = Field(gt=0)

    @model_validator(mode="after")
    def _offsets_span_text(self) -> "Evidence":
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"offsets {self.start}..{self.end} span {self.end - self.start} characters "
                f"but the evidence text has {len(self.text)}"
            )
        return self


class Fact(BaseModel):
    """One source statement about one event, as extracted or reviewed, before it is stored as a claim."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    kind: Kind
    from_state: StrictStr = Field(alias="from")
    to_state: StrictStr = Field(alias="to")
    # A non-state supplier or recipient (an id of data/parties.yaml); `from` / `to` then hold its base state.
    from_party: StrictStr | None = Field(default=None,
                                         description="id of a non-state supplier in data/parties.yaml")
    to_party: StrictStr | None = Field(default=None, description="id of a non-state recipient in data/parties.yaml")
    category: Category | None = None
    item: Text | None = None
    quantity: Quantity | None = None
    period: Period | None = None
    status: Status = Status.REPORTED
    attributed_to: Text | None = None
    # Whether the supplier notified the sanctions committee in advance, when the source says so (else null).
    notified: StrictBool | None = None
    evidence: Evidence

    @field_validator("from_state", "to_state")
    @classmethod
    def _state_code(cls, value: str) -> str:
        if not STATE_CODE.fullmatch(value):
            raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-3 code such as PRK or RUS")
        return value

    @field_validator("from_party", "to_party")
    @classmethod
    def _party_id(cls, value: str | None) -> str | None:
        if value is not None and not PARTY_ID.fullmatch(value):
            raise ValueError(f"{value!r} is not a party id: lower-case kebab-case such as houthis or wagner-group")
        return value

    @model_validator(mode="after")
    def _category_fits_kind(self) -> "Fact":
        if self.from_state == self.to_state:
            raise ValueError(f"'from' and 'to' are the same state ({self.from_state})")
        if self.kind in KINDS_WITHOUT_CATEGORY and self.category is not None:
            raise ValueError(f"a {self.kind.value} fact has no category (got {self.category.value!r})")
        if self.kind not in KINDS_WITHOUT_CATEGORY and self.category is None:
            raise ValueError(f"a {self.kind.value} fact needs a category")
        return self


class Document(BaseModel):
    """The article a set of facts comes from."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: Text = Field(min_length=1)
    published: PartialDate | None = None
    publisher: Text | None = None
    url: Text | None = None
    sha256: StrictStr = Field(pattern=r"^[0-9a-f]{64}$")

    @field_validator("title")
    @classmethod
    def _title_has_words(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the title is only whitespace")
        return value


class FactsFile(BaseModel):
    """The output of `kg extract` and the input of `kg import`: one document and its facts."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    document: Document
    facts: list[Fact]

    def to_json_dict(self) -> dict:
        """The vocabulary's JSON shape, with `from`/`to` keys and nulls kept."""
        return self.model_dump(mode="json", by_alias=True)

    def with_metadata(self, *, publisher: str | None = None, url: str | None = None) -> "FactsFile":
        """A copy whose document takes the given publisher and url (those left None keep their value)."""
        given = {k: v for k, v in (("publisher", publisher), ("url", url)) if v is not None}
        return self.model_copy(update={"document": self.document.model_copy(update=given)}) if given else self


class Party(BaseModel):
    """A supplier or recipient that is not a state (data/parties.yaml): an armed group, a private military
    company or a company, with the state it is based in."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=PARTY_ID.pattern)
    name: str = Field(min_length=1)
    kind: PartyKind
    base_state: str = Field(pattern=STATE_CODE.pattern)
    aliases: list[str] = Field(default_factory=list)


# What the check stage hands to the store: plain rows, ids computed, rejections with reasons.

class Reason(StrEnum):
    UNKNOWN_STATE = "unknown-state"
    UNKNOWN_PARTY = "unknown-party"
    PARTY_STATE_MISMATCH = "party-state-mismatch"
    EVIDENCE_MISMATCH = "evidence-mismatch"
    DUPLICATE_FACT = "duplicate-fact"
    TEXT_HASH_MISMATCH = "text-hash-mismatch"


@dataclass(frozen=True)
class Rejection:
    index: int  # 1-based position of the fact in its file; 0 for the document itself
    field: str
    reason: Reason
    message: str


# The properties of the Claim and Article nodes, written once: kg.ingest.rows makes them, cypher/export/*.cypher
# reads them back, kg.export.triples gives each its datatype and kg.ingest.rdf reads them from RDF;
# tests/test_property_tables.py checks that every one of those agrees with these tables.
CLAIM_PROPERTIES = ("kind", "fromState", "toState", "fromParty", "toParty", "category", "item", "quantityValue",
                    "quantityUnit", "quantityQualifier", "periodStart", "periodEnd", "date", "status", "attributedTo",
                    "notified",
                    "evidenceText", "evidenceStart", "evidenceEnd", "extractionMethod")
ARTICLE_PROPERTIES = ("title", "publisher", "published", "publishedDate", "url", "sha256")
# Derived from the text, so not read back from RDF: `kg import` derives them again.
DERIVED_PROPERTIES = frozenset({"date", "publishedDate"})


@dataclass(frozen=True)
class CheckedArticle:
    """Everything the store writes for one article, as plain rows of parameters."""

    source: str
    article: dict
    states: list[dict]
    organizations: list[dict]
    parties: list[dict]
    events: list[dict]
    claims: list[dict]
    rejections: list[Rejection] = field(default_factory=list)
    method: str = "reviewed"  # how the facts were made: "rule-based" (extracted by kg) or "reviewed"
