"""The extractor's knowledge, loaded once from `data/extract/*.yaml` and compiled into regular expressions.

Analysts extend states, weapons, organisations and cue words by editing those files; no code changes.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
import yaml

from kg.errors import ConfigError
from kg.extract.patterns import Phrases, normalise, phrase_pattern, trie_regex
from kg.resources import resource_path

TRIGGER_LISTS = ("give", "receive", "technology", "deploy", "use", "remains")  # cues.yaml lists, also the trigger types
STATUS_LISTS = ("negated", "conditional", "agreed", "planned", "pledged", "hedged")
STATE_ROLES = ("names", "demonyms", "capitals", "metonyms", "leaders", "places", "firm_places")
_NAMED_SUFFIX = r"(?:[- ]?\d+[a-z0-9]*)?"  # "Shahed-136", "Geran-2s"
_NAMED_CAPS_SUFFIX = r"(?:[- ]?\d+[A-Za-z0-9]*)?"
_PLURAL = r"(?:s|es|'s|’s)?"
# A design ending in a digit takes a variant's letters ("su-30sme", "mig-29k"; in capitals "J-10CE", "T-72B3") or a
# number after a separator, never more digits: "CH-47F" is no CH-4.
_VARIANT_SUFFIX = r"(?:[- ]\d+[a-z0-9]*|[a-z]{1,4}\d?)?"
_VARIANT_CAPS_SUFFIX = r"(?:[- ]\d+[A-Za-z0-9]*|[A-Z]{1,4}\d?)?"
# Words between a state and the institution it names ("a U.S. defense official", "Israeli and western
# intelligence officials"), matched in lower case.
_INSTITUTION_MODIFIERS = (r"(?:(?:and|defen[cs]e|military|senior|top|western|intelligence|government|foreign|"
                          r"security|naval|navy|army|administration|other)\s+){0,3}")


@dataclass(frozen=True)
class Knowledge:
    states: re.Pattern  # case-sensitive
    state_names: dict[str, tuple[str, str]]  # exact name (whitespace collapsed) -> (code, role)
    single_word_leaders: frozenset[str]
    items: Phrases
    item_terms: dict[str, tuple[str, bool, bool]]  # normalised term -> (category, named, generic)
    not_items_before: Phrases
    organisations: Phrases
    organisation_names: dict[str, str]  # normalised alias -> canonical name
    cues: dict[str, Phrases]
    cue_words: dict[str, tuple[str, ...]]
    trigger_keys: dict[str, frozenset[str]]
    parties: Phrases  # aliases of non-state parties (data/parties.yaml)
    party_names: dict[str, tuple[str, str]]  # normalised alias -> (party id, base state)
    makers: dict[str, str]  # normalised named system -> the state that makes it (weapons.yaml `makers`)
    copiers: dict[str, frozenset[str]] = field(default_factory=dict)  # named system -> states that also make it
    forces: frozenset[str] = frozenset()  # ids of parties that are armed forces themselves (private military companies)
    launch_vehicles: dict[str, str] = field(default_factory=dict)  # rocket name -> its state (weapons.yaml)
    organisation_states: dict[str, str] = field(default_factory=dict)  # canonical name -> the state whose body it is
    companies: frozenset[str] = frozenset()  # ids of parties that are firms (kind `company`)

    def state_of(self, match: re.Match) -> tuple[str, str] | None:
        """(code, role) of a state match; None for a one-word leader before a capitalised word ("Kim Yo-jong")."""
        text = " ".join(match.group().split())
        if text in self.single_word_leaders and re.match(r"\s+[A-Z]", match.string[match.end():match.end() + 3]):
            return None
        return self.state_names.get(text)

    def item_of(self, text: str) -> tuple[str, bool, bool] | None:
        """(category, named, generic) of an item match: the longest known term the match starts with
        (the pattern matched a term followed by a plural or a number suffix such as "-136")."""
        key = normalise(text)
        for end in range(len(key), 0, -1):
            found = self.item_terms.get(key[:end])
            if found is not None:
                return found
        return None

    def maker_of(self, item: str | None) -> str | None:
        """The state that makes the first named system in an item's words ("Su-30SME fighter jets": RUS)."""
        return self._first_named(item, self.makers)

    def also_made_by(self, state: str | None, item: str | None) -> bool:
        """True when `state` makes the first named system of the item's words as a copy or under licence
        (weapons.yaml `also_made_by`: Russia's Geran-2 is a Shahed)."""
        return bool(state) and state in (self._first_named(item, self.copiers) or ())

    def _first_named(self, item: str | None, table: dict):
        """The value `table` holds for the first named system in the item's words (the longest known prefix)."""
        if not item or not table:
            return None
        for match in self.items.finditer(item):
            key = normalise(match.group())
            for end in range(len(key), 0, -1):
                if key[:end] in table:
                    return table[key[:end]]
        return None

    def trigger_types(self, text: str, lists: tuple[str, ...] = TRIGGER_LISTS) -> tuple[str, ...]:
        """The cues.yaml lists (trigger lists by default) that hold a matched cue ("sent": give and deploy)."""
        key = normalise(text)
        return tuple(name for name in lists if key in self.trigger_keys.get(name, ()))

    def party_of(self, text: str) -> tuple[str, str] | None:
        """(party id, base state) of a matched party alias ("Wagner", "the Houthis")."""
        return self.party_names.get(normalise(re.sub(r"(?i)^the\s+|(?:'s|’s)$", "", text)))

    def organisation_of(self, text: str) -> str:
        alias = re.sub(r"(?i)^the\s+", "", text)
        return self.organisation_names.get(normalise(alias), " ".join(alias.split()))


def _load_yaml(relative: str) -> dict:
    path: Path = resource_path(relative)
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"cannot read the extraction data file {path}: {e}",
                          hint="Fix the YAML syntax or restore the file from the repository.") from e


def _absence_pattern(cue_words: dict) -> re.Pattern:
    """An absence word, up to two modifiers, then an evidence noun: "no clear evidence", "without any sign"."""
    words, nouns = (trie_regex(cue_words.get(key, ())) for key in ("absence_words", "absence_nouns"))
    return re.compile(rf"(?<!\w)(?:{words})\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})(?!\w)", re.IGNORECASE)


def words_pattern(words) -> Phrases:
    """Whole-word, case-insensitive matches of any of `words`, longest first."""
    return Phrases(words)


def _state_names(data: dict) -> dict[str, tuple[str, str]]:
    """Every curated name, then every pycountry name of every country (official ones too: "the Arab Republic of
    Egypt") unless skipped or already curated -> (code, role)."""
    found: dict[str, tuple[str, str]] = {}
    for entry in data.get("states", []):
        for role in STATE_ROLES:
            for text in entry.get(role) or []:
                found.setdefault(" ".join(text.split()), (entry["code"], role))
    skip = set(data.get("skip_names") or [])
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            text = getattr(country, attr, None)
            if text and "," not in text and text not in skip:
                found.setdefault(text, (country.alpha_3, "names"))
    return found


def _items(data: dict) -> tuple[Phrases, dict[str, tuple[str, bool, bool]]]:
    terms: dict[str, tuple[str, bool, bool]] = {}
    named, generic = [], []
    for entry in data.get("items", []):
        is_named, is_generic = bool(entry.get("named")), bool(entry.get("generic"))
        for term in entry.get("terms") or []:
            terms.setdefault(normalise(term), (entry["category"], is_named, is_generic))
            (named if is_named else generic).append(term)
    # A design ending in a digit takes a variant's letters too ("Su-30SME", "MiG-29K", "Su-30SM2")
    variants = [term for term in named if term[-1].isdigit()]
    named = [term for term in named if not term[-1].isdigit()]
    pattern = Phrases(named, suffix=_NAMED_SUFFIX + _PLURAL, caps_suffix=_NAMED_CAPS_SUFFIX + _PLURAL,
                      more=((generic, _PLURAL, "s?"),
                            (variants, _VARIANT_SUFFIX + _PLURAL, _VARIANT_CAPS_SUFFIX + _PLURAL)))
    return pattern, terms


def _organisations(data: dict) -> tuple[Phrases, dict[str, str]]:
    names: dict[str, str] = {}
    aliases = []
    for entry in data.get("organisations", []):
        for alias in [entry["name"], *(entry.get("aliases") or [])]:
            names[normalise(alias)] = entry["name"]
            aliases.append(alias)
    return Phrases(aliases, prefix=r"(?<!\w)(?:the\s+|The\s+)?"), names


def _parties(data: dict) -> tuple[Phrases, dict[str, tuple[str, str]]]:
    names: dict[str, tuple[str, str]] = {}
    for entry in data.get("parties", []):
        for alias in [entry["name"], *(entry.get("aliases") or [])]:
            names[normalise(alias)] = (entry["id"], entry["base_state"])
    aliases = [a for entry in data.get("parties", []) for a in entry.get("aliases") or []]
    return Phrases(aliases, suffix=r"(?:'s|’s)?"), names


@functools.lru_cache(maxsize=1)
def load_knowledge() -> Knowledge:
    """Read and compile the four data files (cached for the life of the process)."""
    state_data = _load_yaml("data/extract/states.yaml")
    state_names = _state_names(state_data)
    leaders = frozenset(name for name, (_, role) in state_names.items() if role == "leaders" and " " not in name)
    weapons = _load_yaml("data/extract/weapons.yaml")
    items, item_terms = _items(weapons)
    organisation_data = _load_yaml("data/extract/organisations.yaml")
    organisations, organisation_names = _organisations(organisation_data)
    cue_words = {key: tuple(value) for key, value in _load_yaml("data/extract/cues.yaml").items()}
    cues = {key: words_pattern(value) for key, value in cue_words.items()}
    # One pass for all trigger words, and one to tell whether a sentence has any cue at all.
    cues["trigger"] = words_pattern([w for key in TRIGGER_LISTS for w in cue_words.get(key, ())])
    cues["status"] = words_pattern([w for key in STATUS_LISTS for w in cue_words.get(key, ())])
    cues["any"] = words_pattern([w for key in (*TRIGGER_LISTS, "agreement_nouns", "help", "experts", "courses")
                                 for w in cue_words.get(key, ())])
    cues["absence"] = _absence_pattern(cue_words)
    not_items = Phrases(weapons.get("not_items_before") or [], prefix=r"\s+")
    cues["not_items"] = words_pattern(weapons.get("not_items") or [])
    cues["interceptors_apart"] = words_pattern(weapons.get("interceptors_apart") or [])
    cues["launch_vehicles"] = words_pattern([name for names in (weapons.get("launch_vehicles") or {}).values()
                                             for name in names])
    cues["technology_goods"] = words_pattern([*(weapons.get("production_equipment") or []),
                                              *(weapons.get("dual_use_electronics") or [])])
    # words beside a cue word that make it no cue (cues.yaml: place_modifiers, armed_nouns, combat_flights)
    cues["place_modifiers"] = Phrases(cue_words.get("place_modifiers", ()), suffix=r"\s+$")
    cues["armed_nouns"] = Phrases(cue_words.get("armed_nouns", ()), prefix=r"\s+")
    cues["combat_flights"] = Phrases(cue_words.get("combat_flights", ()), prefix=r"(?:\s+[\w’'-]+){0,4}?\s+")
    cues["trainee_after"] = Phrases(cue_words.get("trainees", ()),  # one word, or two lower-case ones
                                    prefix=r"(?:\s+[\w-]+|(?:\s+(?-i:[a-z])[\w-]*){2})?\s+")
    cues["experts_after"] = Phrases(cue_words.get("experts", ()), prefix=r"(?:\s+[\w-]+)?\s+")
    cues["expert_work"] = words_pattern([*cue_words.get("expert_work", ()), *cue_words.get("produce", ())])
    cues["institution_after"] = Phrases(cue_words.get("institution_nouns", ()),
                                        prefix=r"(?:'s|’s)?[\s-]+" + _INSTITUTION_MODIFIERS)
    trigger_keys = {name: frozenset(normalise(w) for w in cue_words.get(name, ()))
                    for name in TRIGGER_LISTS + STATUS_LISTS}
    parties, party_names = _parties(_load_yaml("data/parties.yaml"))
    makers = {normalise(term): code for code, terms in (weapons.get("makers") or {}).items() for term in terms}
    copiers: dict[str, set[str]] = {}
    for code, terms in (weapons.get("also_made_by") or {}).items():
        for term in terms:
            copiers.setdefault(normalise(term), set()).add(code)
    party_entries = _load_yaml("data/parties.yaml").get("parties", [])
    forces = frozenset(entry["id"] for entry in party_entries if entry.get("kind") == "private-military-company")
    companies = frozenset(entry["id"] for entry in party_entries if entry.get("kind") == "company")
    launch_vehicles = {normalise(name): code for code, names in (weapons.get("launch_vehicles") or {}).items()
                       for name in names}
    organisation_states = {entry["name"]: entry["state"] for entry in organisation_data.get("organisations", [])
                           if entry.get("state")}
    return Knowledge(phrase_pattern(state_names, flags=0), state_names, leaders, items, item_terms, not_items,
                     organisations, organisation_names, cues, cue_words, trigger_keys, parties, party_names, makers,
                     {term: frozenset(codes) for term, codes in copiers.items()}, forces, launch_vehicles,
                     organisation_states, companies)
