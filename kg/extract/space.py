"""Satellites put into orbit by another state's rockets: a launch service, read as technology from the state whose
rocket launches to the state whose satellite it is ("a Russian Soyuz rocket put Iran's Khayyam satellite into
orbit", "Russia built and launched Iran's Khayyam satellite"). The satellite is then no arms the launcher used."""

from __future__ import annotations

from kg.extract import cues as cue
from kg.extract.drafts import Clause, Draft, draft, period
from kg.extract.knowledge import Knowledge
from kg.extract.patterns import normalise
from kg.extract.roles import Sides, Trigger
from kg.extract.screened import screened
from kg.model import Category, Kind, Status

_LAUNCH = screened(r"(?i)\b(?:launched|launches|launch|launching|put|puts|putting|placed|carried|lofted|lofts)\b")
_SATELLITE = screened(r"(?i)\bsatellites?\b")
# A rocket and the words before it that may name its state ("a Russian Soyuz rocket", "Russia's Angara rockets") or
# the rocket itself (weapons.yaml `launch_vehicles`: "a Soyuz rocket").
_ROCKET = screened(r"(?i)\b(?:rockets?|launch\s+vehicles?|launchers?)\b")
_OWNER_GAP = 40  # characters between the verb and the satellite in which the owner is named
_ROCKET_GAP = 30  # characters before the rocket word in which its state is named


# A satellite sent up on a rocket or by a launcher ("Pakistan's PRSC-EO1 satellite, launched on a Long March 2D",
# "South Korea's fourth reconnaissance satellite went up on a SpaceX Falcon 9", "was launched by SpaceX").
# A booking or a ride on one is a launch to come or done ("satellites are booked on Russian launches", "will fly on
# Russian rockets", "rode a Chinese rocket into orbit").
_SENT_UP = screened(r"(?i)\b(?:(?:was|were|been|be|is|are)\s+)?(?P<verb>launched|lofted|went\s+up|lifted\s+off|"
                    r"(?:put|carried|placed)\s+into\s+orbit|booked|fly|flies|flew|flown|rode|ride|rides)\s+"
                    r"(?:[\w-]+\s+){0,3}?(?:on|aboard|by|atop)\s+(?:(?:a|an|the|two|three)\s+)?|"
                    r"\b(?:rode|ride|rides)\s+(?:a|an|the)\s+(?=(?:[\w-]+\s+){0,3}?(?:rocket|launch))")
_SATELLITE_BEFORE = 70  # characters between a satellite's owner and the satellite word, and that word and the verb


def names_a_satellite(text: str) -> bool:
    """True when the sentence names a satellite and a launch verb (worth reading even without a transfer cue)."""
    return "satellite" in text.lower() and (_LAUNCH.search(text) is not None or _SENT_UP.search(text) is not None)


def satellite_launches(clause: Clause, knowledge: Knowledge) -> list[Draft]:
    """One technology draft (category other) per launch of another state's satellite the clause states."""
    if "satellite" not in clause.body.lower():
        return []
    sent_up = _sent_up(clause, knowledge)
    if sent_up:
        return sent_up
    for verb in _LAUNCH.finditer(clause.text, clause.start, clause.end):
        satellite = _SATELLITE.search(clause.text, verb.end(), min(clause.end, verb.end() + _OWNER_GAP + 30))
        if satellite is None:
            continue
        owner = next((m for m in clause.mentions if verb.end() <= m.start < satellite.start()
                      and (m.possessive or m.role == "demonyms")), None)
        launcher = _launcher(clause, verb.start(), knowledge)
        if owner is None or launcher is None or launcher == owner.code:
            continue
        trigger = Trigger(verb.start(), verb.end(), verb.group(), "technology")
        status = cue.status_of(Kind.TECHNOLOGY_TRANSFER, clause.text, trigger, clause.start, knowledge)
        if status is None:
            return []
        return [draft(Kind.TECHNOLOGY_TRANSFER, Sides(launcher, owner.code, False), status, category=Category.OTHER,
                      item=satellite.group(), period=period(clause.periods))]
    return []


def _launcher(clause: Clause, verb_start: int, knowledge: Knowledge) -> str | None:
    """The state whose rocket launches: named just before the rocket word, the state of a rocket named by its name,
    or a state as the subject right before the verb ("Russia built and launched")."""
    rocket = None
    for found in _ROCKET.finditer(clause.text, clause.start, verb_start):
        rocket = found
    if rocket is not None and verb_start - rocket.end() <= 20:
        near = [m for m in clause.mentions if rocket.start() - _ROCKET_GAP <= m.start < rocket.start()]
        if near:
            return near[-1].code
        return _vehicle_state(clause, max(clause.start, rocket.start() - _ROCKET_GAP), rocket.end(), knowledge)
    subject = [m for m in clause.mentions if m.end <= verb_start and verb_start - m.end <= 30 and m.role != "demonyms"
               and not m.possessive]
    return subject[-1].code if subject else None


def launch_goods(item: str | None, category: str | None, knowledge: Knowledge) -> bool:
    """True when an item read in a clause that states a launch is the satellite or the rocket that carried it."""
    text = item or ""
    return (category == Category.OTHER and "satellite" in text.lower()) or _ROCKET.search(text) is not None or \
        knowledge.cues["launch_vehicles"].search(text) is not None


def _vehicle_state(clause: Clause, start: int, end: int, knowledge: Knowledge) -> str | None:
    """The state of the first launch vehicle or launch company named between `start` and `end` ("Soyuz", "Long
    March 2D", "SpaceX")."""
    found = knowledge.cues["launch_vehicles"].search(clause.text, start, end)
    return knowledge.launch_vehicles.get(normalise(found.group())) if found else None


def _sent_up(clause: Clause, knowledge: Knowledge) -> list[Draft]:
    """A satellite of one state sent up on another's rocket: "Pakistan's PRSC-EO1 satellite, launched on a Long
    March 2D", "South Korea's reconnaissance satellite went up on a SpaceX Falcon 9"."""
    for verb in _SENT_UP.finditer(clause.text, clause.start, clause.end):
        satellite = None
        for found in _SATELLITE.finditer(clause.text, max(clause.start, verb.start() - _SATELLITE_BEFORE),
                                         verb.start()):
            satellite = found
        if satellite is None:
            continue
        owner = next((m for m in reversed(clause.mentions) if m.end <= satellite.start()
                      and satellite.start() - m.end <= _SATELLITE_BEFORE and (m.possessive or m.role == "demonyms")),
                     None)
        near = [m for m in clause.mentions if verb.end() <= m.start <= verb.end() + 12 and m.role == "demonyms"]
        launcher = near[0].code if near else _vehicle_state(clause, verb.end(), min(clause.end, verb.end() + 40),
                                                            knowledge)
        if owner is None or launcher is None or launcher == owner.code:
            continue
        trigger = Trigger(verb.start(), verb.end(), verb.group(), "technology")
        status = cue.status_of(Kind.TECHNOLOGY_TRANSFER, clause.text, trigger, clause.start, knowledge)
        if status is None:
            return []
        if (verb["verb"] or "").lower() == "booked":
            status = Status.PLANNED  # "booked on Russian launches": launches to come
        return [draft(Kind.TECHNOLOGY_TRANSFER, Sides(launcher, owner.code, False), status, category=Category.OTHER,
                      item=satellite.group(), period=period(clause.periods))]
    return []
