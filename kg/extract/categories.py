"""Items of materiel named in a sentence, each with its category from `data/extract/weapons.yaml`.

A named system followed by a generic term forms one item ("Pantsir mobile air defense system",
"Shahed-type drones"); a calibre before an item belongs to it ("152mm artillery shells"). A term right
before "factory", "production" and the like names an industry, not an item; "units" after a counted item
names pieces ("160 long-range artillery units"), without a count a formation ("artillery units"). Catch-all terms ("weapons")
count only when the sentence names nothing more specific.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from kg.extract.knowledge import Knowledge
from kg.extract.memo import per_text
from kg.extract.screened import screened
from kg.extract.states import observes

# the words between a named system and its generic term: up to three, a variant's number among them ("FA-50 Block 70
# jets", "Type 26 Batch 2 frigates")
_VARIANT_NUMBER = r"(?:(?<=Block )|(?<=Batch )|(?<=Mk )|(?<=Mark )|(?<=Lot ))\d+"
_JOIN = screened(r"^[ \t]*(?:[-‐‑][A-Za-z0-9]+\s*|(?:[A-Za-z]+|" + _VARIANT_NUMBER +
                 r")(?:[-‐‑][A-Za-z0-9]+)*[ \t]+){0,3}$")
_CALIBRE = screened(r"(?:\d+(?:\.\d+)?[ -]?(?:mm|millimet(?:er|re))|\d+-millimet(?:er|re))[ -]*$", re.IGNORECASE)
_EXAMPLES = screened(r"(?:\s+[\w’'-]+){0,4}?\s*,?\s*(?:such as|including|like|notably|in particular|e\.g\.)\s",
                     re.IGNORECASE)
_STOP_WORDS = {"and", "or", "to", "from", "for", "with", "by", "of", "in", "on", "as", "at", "than", "the", "a", "an",
               "which", "that", "were", "was", "is", "are", "has", "have", "including", "alongside", "besides",
               "plus", "beside", "replacing", "unlike"}


_COUNTED_UNITS = screened(r"(?i)\s+units?$")
_COUNT_BEFORE = screened(r"(?i)(?:\b\d[\d,.]*|\b(?:dozens?|hundreds?|thousands?|million|several|two|three|four|five|six|"
                         r"seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty))(?:\s+(?:of\s+)?[\w-]+){0,2}\s+$")


@dataclass(frozen=True)
class Item:
    text: str
    category: str
    start: int
    end: int
    generic: bool
    named: bool = False


def _raw_items(text: str, knowledge: Knowledge):
    matches = list(knowledge.items.finditer(text))
    if matches:
        blocked = [(m.start(), m.end()) for m in knowledge.cues["not_items"].finditer(text)]
        matches = [m for m in matches if not any(a < m.end() and m.start() < b for a, b in blocked)]
    starts = {match.start() for match in matches}
    for match in matches:
        found = knowledge.item_of(match.group())
        if found is None:
            continue
        category, named, generic = found
        industry = knowledge.not_items_before.match(text, match.end())
        if industry and _COUNTED_UNITS.match(industry.group()) and _COUNT_BEFORE.search(text, 0, match.start()):
            yield match.start(), industry.end(), category, named, generic  # "160 artillery units": pieces
            continue
        if industry and industry.end() - len(industry.group().lstrip()) not in starts:
            continue
        yield match.start(), match.end(), category, named, generic


# a variant between ("JF-17C Block III fighters", "F-16 Block 70 fighters")
_AIRCRAFT_ROLE = screened(r"(?i)(?:\s+(?:Block|Batch|Lot|Mk|Mark)\s+(?:\d+|[IVX]+\b))?"
                          r"[\s-]+(?:fighters?|interceptors?|bombers?|fighter-bombers?|gunships?)\b")


_MISSILES_END = screened(r"(?i)\b(?:missiles?|interceptors?)$")
_INTERCEPTOR = screened(r"(?i)interceptors?")
# what a system's missiles may name instead ("surface-to-air missile system", "interceptor drones", "interceptor
# craft"): a battery, a drone or a boat, no missile
_NOT_MISSILES_AFTER = screened(r"(?i)[\s-]+(?:systems?|batter(?:y|ies)|defen[cs]es?|complex(?:es)?|units?|"
                               r"launchers?|drones?|craft|boats?|vessels?|aircraft|jets?|planes?)\b")


def _missiles_apart(text: str, system: Item, end: int, knowledge: Knowledge) -> bool:
    """True when an air-defence system's name before "missiles" or "interceptors" names missiles shipped apart from
    its batteries ("Patriot missiles", "NASAMS interceptors"; weapons.yaml `interceptors_apart`)."""
    return system.category == "air-defence-system" and bool(_MISSILES_END.search(text, 0, end)) and \
        not _NOT_MISSILES_AFTER.match(text, end) and \
        knowledge.cues["interceptors_apart"].search(system.text) is not None


def _joinable(gap: str) -> bool:
    return bool(_JOIN.match(gap)) and not (set(re.findall(r"[a-z]+", gap.lower())) & _STOP_WORDS)


# A ship named by its class ("Guardian-class vessel", "Hamilton-class cutters", "Sa'ar-class boats"): a named naval
# vessel, whether or not the class is in the vocabulary
_CLASS_VESSEL = screened(r"(?<![\w-])[A-Z][\w’']*-class\s+(?:vessel|boat|ship|cutter|craft)s?\b")


# Some of the ships the story is about, counted: "two of the vessels", "four of the boats" (generic)
# (not the one ship that carried a cargo: "one of the vessels used")
_COUNTED_VESSELS = screened(r"(?i)\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all|each)"
                            r"\s+of\s+(?:the|these|those|its|their)\s+(?:new\s+|patrol\s+)?"
                            r"(?P<ships>vessels|boats|ships)\b(?!\s+(?:used|carrying|involved)\b)")


def _ships_the_vocabulary_lacks(text: str, raw: list[tuple]) -> list[tuple]:
    """The raw items with the ships named by their class that the vocabulary does not hold, and ships counted as
    some of those the story is about, in text order."""
    if "-class" not in text and " of " not in text:
        return raw
    more = [(m.start(), m.end(), "naval-vessel", True, False) for m in _CLASS_VESSEL.finditer(text)
            if not any(start < m.end() and m.start() < end for start, end, *_ in raw)]
    more += [(m.start("ships"), m.end("ships"), "naval-vessel", False, True) for m in _COUNTED_VESSELS.finditer(text)
             if not any(start < m.end() and m.start() < end for start, end, *_ in raw + more)]
    return sorted(raw + more) if more else raw


@per_text
def find_items(text: str, knowledge: Knowledge) -> list[Item]:
    """Items in `text`, in order, one per distinct mention; named systems absorb the generic term after them."""
    items: list[Item] = []
    for start, end, category, named, generic in _ships_the_vocabulary_lacks(text, list(_raw_items(text, knowledge))):
        if _INTERCEPTOR.fullmatch(text, start, end) and _NOT_MISSILES_AFTER.match(text, end):
            continue  # "interceptor drones", "two fast interceptor craft"
        previous = items[-1] if items else None
        if previous and previous.named and _joinable(text[previous.end:start]):
            joined = "missile" if _missiles_apart(text, previous, end, knowledge) else previous.category
            items[-1] = Item(text[previous.start:end], joined, previous.start, end, False, True)
            continue
        calibre = _CALIBRE.search(text, max(0, start - 20), start)
        if calibre:
            start = calibre.start()
        role = _AIRCRAFT_ROLE.match(text, end) if named and category == "aircraft" else None
        end = role.end() if role else end  # "MiG-29 fighters" are aircraft, not combatants
        items.append(Item(text[start:end], category, start, end, generic, named))
    carriers = [_conveyance(text, item) for item in items]
    alone = len(items) == 1 and _ARRIVING.match(text, items[0].end) and not _CARGO.search(items[0].text)
    items = [item for i, item in enumerate(items) if not _hypernym(text, item, items[i + 1:])
             and not (carriers[i] and not alone) and not _part_of_next(text, item, items[i + 1:])]
    items = _catch_alls_joined(text, _launchers_as_missiles(text, _without_appositions(text, items)))
    items = _shared_heads(text, items, knowledge)
    items = [_parts_for_makers(text, item, knowledge) for item in items]
    items = _repeated_heads(items)
    items = [item for item in items if not _interdicting(text, item, knowledge)]
    specific = [item for item in items if not item.generic]
    if not items:  # "supplied 45 per cent of Ukraine's imports": a share of a state's arms imports
        items = [Item(m.group("what"), "other", m.start("what"), m.end("what"), True)
                 for m in _SHARE_OF_IMPORTS.finditer(text)]
    if not items:  # "a long-standing supplier to the Ethiopian military": what a state's forces get is arms
        items = [Item(m.group("what"), "other", m.start("what"), m.end("what"), True)
                 for m in _SUPPLIES_FORCES.finditer(text)]
    return specific or items


# "seized by", "were stopped by": the goods an interdiction takes, not the ships that make it
_PASSIVE_BY = screened(r"(?i)\s+(?:[\w-]+\s+){1,3}?by\b")


def _interdicting(text: str, item: Item, knowledge: Knowledge) -> bool:
    """True for warships that stop, board or seize ("British and French warships have stopped 18 dhows carrying
    Iranian weapons"): the ships act for the state that interdicts; they are not the goods moved."""
    return item.category == "naval-vessel" and observes(text, item.end, knowledge) and \
        not _PASSIVE_BY.match(text, item.end)


_SUPPLIES_FORCES = screened(r"(?i)\b(?:suppliers?\s+(?:to|of)|supplies|supplied|supplying)\s+(?:the\s+)?"
                            r"(?:(?-i:[A-Z])[\w-]*\s+){1,2}(?P<what>military|army|armed\s+forces|air\s+force|navy)\b"
                            r"(?!\s+(?:with|of)\b)")  # not "supplies the army with fuel"
_SHARE_OF_IMPORTS = screened(r"(?i)(?:%|\bper\s*cent|\bpercent)\s+of\s+"
                             r"(?:(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*(?:'s|’s)\s+|its\s+|their\s+)"
                             r"(?P<what>(?:major\s+)?(?:arms\s+)?imports)\b")


# An apposition that says what the item before it is for ("nitrocellulose, a key ingredient in the propellant for
# artillery shells"): the items inside it are not handed over.
_APPOSITION = screened(r"(?i)^\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:ingredient|component|part|precursor|input|"
                       r"material)s?\s+(?:of|in|for|used)\b[^,;]*$")


def _without_appositions(text: str, items: list[Item]) -> list[Item]:
    kept: list[Item] = []
    for item in items:
        if not (kept and _APPOSITION.match(text[kept[-1].end:item.start])):
            kept.append(item)
    return kept


# Two items joined by a conjunction alone ("shells and rockets", "weapons and military equipment").
JOINED = screened(r"^\s+(?:and|or|&)\s+$")


def _shared_heads(text: str, items: list[Item], knowledge: Knowledge) -> list[Item]:
    """A weapon word joined by "and" to ammunition whose head it also modifies ("artillery and tank rounds",
    "artillery and mortar ammunition") is one ammunition item with it, not a gun."""
    merged: list[Item] = []
    for item in items:
        previous = merged[-1] if merged else None
        if previous is not None and item.category == "ammunition" and previous.category != "ammunition" and \
                " " not in previous.text and " " in item.text and JOINED.match(text[previous.end:item.start]):
            shared = knowledge.item_of(f"{previous.text} {item.text.split()[-1]}")
            if shared is not None and shared[0] == "ammunition":
                merged[-1] = Item(text[previous.start:item.end], "ammunition", previous.start, item.end, False, False)
                continue
        merged.append(item)
    return merged


def _catch_alls_joined(text: str, items: list[Item]) -> list[Item]:
    """A catch-all joined by "and" to another item of its category ("750 tons of weapons and military equipment")
    is one item with it, so that the count before the first counts both."""
    joined: list[Item] = []
    for item in items:
        previous = joined[-1] if joined else None
        if previous and previous.generic and previous.category == item.category and \
                JOINED.match(text[previous.end:item.start]):
            joined[-1] = Item(text[previous.start:item.end], item.category, previous.start, item.end, item.generic,
                              item.named)
        else:
            joined.append(item)
    return joined


# A carrier named after "on", "aboard", "by" or "via" ("flown to Vladivostok on Russian planes"); not "by sending it
# jets", nor the "on" of relying or spending ("relies heavily on Iranian jets", "sanctions on ...").
_CARRIED_ON = screened(r"(?i)\b(?:on|aboard|on board|by|via)\s+(?!\w+ing\s)(?:(?:a|an|the|two|several)\s+)?"
                       r"(?:[\w’'-]+\s+){0,2}$")
_ON_WITHOUT_CARRIAGE = screened(r"(?i)\b(?:rel(?:y|ies|ied|ying)|depend(?:s|ed|ing|ent)?|based|spent|spend|sanctions|"
                                r"embargo)\s+(?:\w+ly\s+)?on\s+(?:(?:a|an|the|two|several)\s+)?"
                                r"(?:[\w’'-]+\s+){0,2}$")
# "a cargo plane delivered": the vehicle is the subject of the carrying verb
_CARRIES = screened(r"(?i)s?\s+(?:(?:has|had|have|also|then|reportedly)\s+)*(?:delivered|carried|carrying|"
                    r"transported|brought|flew|flown|ferried|landed|docked|arrived|unloaded|shipped|moved|hauled|"
                    r"airlifted|trucked|loaded\s+with|laden\s+with|packed\s+with)\b")
# Aircraft that arrive or land carrying nothing the sentence names are what was delivered ("six fighter jets arrived
# in Russia"), unless they are cargo planes.
_ARRIVING = screened(r"(?i)s?\s+(?:(?:has|had|have|also|then|reportedly)\s+)*(?:arrived|landed)\b")
_CARGO = screened(r"(?i)\b(?:cargo|transport|freight|freighter|airliner)\b")
_CAPABLE_OF = screened(r"(?i)\b(?:(?:capable\s+of|able\s+to|designed\s+to|built\s+to|meant\s+to|used\s+to)\s+"
                       r"(?:carry|carrying|deliver|delivering|launch|launching|fire|firing|hold|holding)|"
                       r"to\s+carry)\s+"  # "launchers capable of carrying warheads", "jets converted to carry"
                       r"(?:[\w’'-]+\s+){0,2}$")
_CONVEYANCES = {"aircraft", "military-vehicle", "naval-vessel"}


_TARGETED = screened(r"(?i)\b(?:fired|launched|aimed|directed|used)\s+(?:[\w’'-]+\s+){0,4}?(?:at|against)\s+"
                     r"(?:the\s+)?(?:[A-Za-z’'-]+\s+){0,2}$|"
                     r"\b(?:downed|shot\s+down|intercept|intercepted|intercepting|target|targets|targeted|targeting|"
                     r"struck|hitting|attacked|attacking)\s+"
                     # "intercepted a dhow carrying Iranian rifles": the cargo of what is stopped is no target
                     r"(?:(?!(?:of|carrying|transporting|laden|loaded)\b)[\w’']+\s+){0,4}$")


_PART_NOUN = screened(r"(?i)^(?:(?:spare|key|critical)\s+)?(?:components?|parts?|engines?|motors?|spares)$")
_PART_OF = screened(r"(?i)^\s+(?:for|of)\s+(?:the\s+)?$")
_LAUNCHER_FOR = screened(r"(?i)^\s+(?:for|of)\s+(?:the\s+|its\s+|their\s+)?$")


def _part_of_next(text: str, item: Item, later: list[Item]) -> bool:
    """True for a generic part noun before "for" or "of" and an item ("engines for drones", "components of
    anti-aircraft missiles"): the part is in the category of what it is for, which the next item carries."""
    return bool(later) and item.category == "other" and bool(_PART_NOUN.match(item.text)) and \
        bool(_PART_OF.match(text[item.end:later[0].start]))


# Parts sent to the makers of a weapon ("components to Russian drone makers"): the weapon's category.
_TO_MAKERS = screened(r"(?i)\s+(?:[\w’'-]+\s+){0,8}?to\s+(?:[\w’'-]+\s+){0,3}?(?P<weapon>[\w-]+)\s+"
                      r"(?:makers?|manufacturers?|producers?|factories|factory|plants?|assemblers?|industry|"
                      r"programmes?|programs?)\b")


def _parts_for_makers(text: str, item: Item, knowledge: Knowledge) -> Item:
    if item.category != "other" or not _PART_NOUN.match(item.text.split()[-1]):
        return item
    makers = _TO_MAKERS.match(text, item.end)
    found = knowledge.item_of(makers["weapon"]) if makers else None
    return replace(item, category=found[0]) if found and found[0] != "other" else item


def _repeated_heads(items: list[Item]) -> list[Item]:
    """A bare part noun repeating the head of a part named before ("drone engines ..., including 26 engines") is
    that part again, in its category."""
    kept: list[Item] = []
    for item in items:
        word = item.text.lower().rstrip("s")
        earlier = next((k for k in reversed(kept) if " " in k.text and k.text.lower().split()[-1].rstrip("s") == word),
                       None)
        kept.append(replace(item, category=earlier.category) if earlier is not None and item.category == "other"
                    and _PART_NOUN.match(item.text) and earlier.category != "other" else item)
    return kept


def _launchers_as_missiles(text: str, items: list[Item]) -> list[Item]:
    """Launchers for missiles ("launchers for its Fath-360 missiles") are part of the missile system, not artillery;
    the missiles after them are what the launchers are for, not a second item."""
    kept: list[Item] = []
    for item in items:
        previous = kept[-1] if kept else None
        if previous and item.category == "missile" and previous.text.lower().rstrip("s") == "launcher" and \
                _LAUNCHER_FOR.match(text[previous.end:item.start]):
            kept[-1] = replace(previous, category="missile")
        else:
            kept.append(item)
    return kept


def _conveyance(text: str, item: Item) -> bool:
    """True for the plane, truck or ship that carries what is sent ("flown to Vladivostok on Russian planes",
    "a Russian cargo plane delivered ammunition"), for a target ("launched drones at US warships") and for what
    an item can carry ("launchers capable of carrying nuclear warheads")."""
    window = max(0, item.start - 80)
    carrier = item.category in _CONVEYANCES and not item.named and \
        ((_CARRIED_ON.search(text, window, item.start) and not _ON_WITHOUT_CARRIAGE.search(text, window, item.start))
         or _CARRIES.match(text, item.end))
    cargo_plane = item.category == "aircraft" and (_CARGO.search(item.text) or _CARGO_BEFORE.search(text, window,
                                                                                                  item.start))
    if cargo_plane and _CARRYING_AHEAD.match(text, item.end):
        return True  # "cargo aircraft flying from the Emirates carried weapons", "transport planes landed carrying"
    return bool(carrier) or bool(_TARGETED.search(text, window, item.start)) or \
        bool(_CAPABLE_OF.search(text, window, item.start))


_CARGO_BEFORE = screened(r"(?i)\b(?:cargo|transport|freight)\s+$")
_CARRYING_AHEAD = screened(r"(?i)(?:[^.;:]{0,80}?)\b(?:carried|carrying|carries|carry|loaded\s+with|laden\s+with|"
                           r"bringing|brought|ferrying|ferried)\b")


def _hypernym(text: str, item: Item, later: list[Item]) -> bool:
    """True for a catch-all followed by its examples ("other military equipment such as radars")."""
    return item.category == "other" and any(not i.generic and i.category != "other" for i in later) and \
        bool(_EXAMPLES.match(text, item.end))
