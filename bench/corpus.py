"""A deterministic synthetic corpus with the shape of real reporting, for the benchmarks.

~200 real states (ISO alpha-3 from pycountry, so the check accepts them), ~2,000 weapons systems named like
"Xx-123", articles of 3-8 claims each, and claims drawn from a pool of events (about one event per three
claims, skewed so a few events are reported many times): several articles assert one event, which is what
corroboration and conflicting numbers look like in the graph.

Everything is a function of (seed, index), so the generator is lazy and its memory does not grow with the size.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

import pycountry

from kg.ingest.rows import check_facts
from kg.model import (KINDS_WITHOUT_CATEGORY, CheckedArticle, Category, Document, Evidence, Fact, FactsFile,
                      Kind, Period, Quantity, Qualifier, Status)

SIZES = (10_000, 100_000, 1_000_000)
N_STATES, N_SYSTEMS = 200, 2_000
CLAIMS_PER_ARTICLE = (3, 8)
CLAIMS_PER_EVENT = 3  # on average; the draw is skewed, so some events have dozens of claims
FOCUS_STATES = ("PRK", "RUS", "IRN", "SYR", "CHN")  # the states sanctions reporting is mostly about
KIND_WEIGHTS = {Kind.ARMS_TRANSFER: 6, Kind.TECHNOLOGY_TRANSFER: 2, Kind.TROOP_DEPLOYMENT: 1, Kind.AGREEMENT: 1}
STATUSES = {Kind.ARMS_TRANSFER: (Status.DELIVERED, Status.REPORTED, Status.AGREED, Status.PLANNED),
            Kind.TECHNOLOGY_TRANSFER: (Status.DELIVERED, Status.REPORTED, Status.PLANNED),
            Kind.TROOP_DEPLOYMENT: (Status.DEPLOYED, Status.REPORTED, Status.PLANNED),
            Kind.AGREEMENT: (Status.AGREED, Status.PLANNED)}
PUBLISHERS = ("Reuters", "AP", "NK News", "38 North", "Yonhap", "Kyiv Independent", "RUSI", "Janes", "BBC", "AFP")
SOURCES = ("US officials", "the UN Panel of Experts", "South Korea's NIS", "Ukraine's HUR", "satellite imagery",
           "the Ministry of Defence", "Conflict Armament Research", "diplomats", "a leaked report", "Japan's MOD")
YEARS = range(2006, 2026)


@dataclass(frozen=True)
class System:
    name: str
    category: Category


@dataclass(frozen=True)
class EventSpec:
    kind: Kind
    from_state: str
    to_state: str
    category: Category | None
    year: int
    status: Status
    system: System | None


@lru_cache(maxsize=8)
def states(seed: int = 7) -> tuple[str, ...]:
    """~200 real alpha-3 codes, the focus states always among them."""
    others = sorted(c.alpha_3 for c in pycountry.countries if c.alpha_3 not in FOCUS_STATES)
    return FOCUS_STATES + tuple(sorted(random.Random(seed).sample(others, N_STATES - len(FOCUS_STATES))))


@lru_cache(maxsize=8)
def systems(seed: int = 7) -> tuple[System, ...]:
    """~2,000 distinct weapons systems, "Xx-123", each of one category."""
    rng, found = random.Random(seed * 31 + 1), {}
    categories = [c for c in Category if c is not Category.OTHER]
    while len(found) < N_SYSTEMS:
        name = f"{rng.choice('ABCDEFGHKLMNPRSTVZ')}{rng.choice('aehiklmorsuvz')}-{rng.randrange(1, 1000)}"
        found.setdefault(name, System(name, rng.choice(categories)))
    return tuple(found.values())


def _pair(rng: random.Random, codes: tuple[str, ...]) -> tuple[str, str]:
    """Half the events touch a focus state; the rest are between any two states."""
    first = rng.choice(FOCUS_STATES) if rng.random() < 0.5 else rng.choice(codes)
    second = rng.choice(codes)
    while second == first:
        second = rng.choice(codes)
    return (first, second) if rng.random() < 0.5 else (second, first)


def event_spec(seed: int, index: int) -> EventSpec:
    """Event number `index`: the same (kind, from, to, category, year, stage) every time it is drawn."""
    rng = random.Random(seed * 1_000_003 + index)
    kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
    from_state, to_state = _pair(rng, states(seed))
    system = None if kind in KINDS_WITHOUT_CATEGORY else rng.choice(systems(seed))
    return EventSpec(kind, from_state, to_state, system.category if system else None, rng.choice(YEARS),
                     rng.choice(STATUSES[kind]), system)


def _sentence(spec: EventSpec, quantity: Quantity | None, source: str | None) -> str:
    what = f"{quantity.value:g} " if quantity else ""
    what += spec.system.name if spec.system else ("troops" if spec.kind == Kind.TROOP_DEPLOYMENT else "an accord")
    lead = f"According to {source}, " if source else ""
    return f"{lead}{spec.from_state} {spec.status.value} {what} with {spec.to_state} in {spec.year}."


def _fact(spec: EventSpec, rng: random.Random, offset: int) -> Fact:
    quantity = None
    if spec.kind != Kind.AGREEMENT and rng.random() < 0.7:
        quantity = Quantity(value=rng.choice((2, 6, 12, 24, 50, 100, 300, 1000, 5000)) * rng.randint(1, 3),
                            unit="troops" if spec.kind == Kind.TROOP_DEPLOYMENT else "units",
                            qualifier=rng.choice(list(Qualifier)))
    source = rng.choice(SOURCES) if rng.random() < 0.6 else None
    month = rng.randint(1, 12)
    end = f"{spec.year}-{rng.randint(month, 12):02d}" if rng.random() < 0.2 else None
    text = _sentence(spec, quantity, source)
    return Fact(kind=spec.kind, from_state=spec.from_state, to_state=spec.to_state, category=spec.category,
                item=spec.system.name if spec.system else None, quantity=quantity,
                period=Period(start=f"{spec.year}-{month:02d}", end=end), status=spec.status, attributed_to=source,
                evidence=Evidence(text=text, start=offset, end=offset + len(text)))


def _event_index(rng: random.Random, n_events: int) -> int:
    """Skewed toward low numbers: a few events are reported again and again, most once or twice."""
    return min(int(n_events * rng.random() ** 2), n_events - 1)


def _article(seed: int, number: int, n_claims: int, n_events: int) -> FactsFile:
    rng = random.Random(seed * 7_919 + number * 104_729 + 17)
    chosen: dict[int, EventSpec] = {}
    while len(chosen) < n_claims:
        index = _event_index(rng, n_events)
        chosen.setdefault(index, event_spec(seed, index))
    facts, offset = [], 0
    for spec in chosen.values():
        facts.append(_fact(spec, rng, offset))
        offset = facts[-1].evidence.end + 1  # sentences separated by one space
    text = " ".join(f.evidence.text for f in facts)
    latest = max(spec.year for spec in chosen.values())
    document = Document(title=f"Synthetic report {seed}-{number}", published=f"{latest}-{rng.randint(1, 12):02d}",
                        publisher=rng.choice(PUBLISHERS), url=f"https://example.org/{seed}/{number}",
                        sha256=hashlib.sha256(f"{seed}:{number}:{text}".encode()).hexdigest())
    return FactsFile(document=document, facts=facts)


def generate_articles(n_claims: int, seed: int = 7) -> Iterator[FactsFile]:
    """Articles until exactly `n_claims` claims are made; the last article may hold fewer than three."""
    n_events = max(1, n_claims // CLAIMS_PER_EVENT)
    made, number = 0, 0
    while made < n_claims:
        rng = random.Random(seed * 65_537 + number)
        size = min(rng.randint(*CLAIMS_PER_ARTICLE), n_claims - made, n_events)
        yield _article(seed, number, size, n_events)
        made, number = made + size, number + 1


def generate_checked(n_claims: int, seed: int = 7) -> Iterator[CheckedArticle]:
    """The same articles through kg's check (no text, so evidence offsets are only length-checked)."""
    for number, facts_file in enumerate(generate_articles(n_claims, seed)):
        yield check_facts(facts_file, source=f"synthetic:{seed}:{number}", method="synthetic")
