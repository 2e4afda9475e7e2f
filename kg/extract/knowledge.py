"""The extractor's knowledge, loaded once from `data/extract/*.yaml` and compiled into regular expressions.

Analysts extend states, weapons, organisations and cue words by editing those files; no code changes.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import pycountry
import yaml

from kg.errors import ConfigError
from kg.resources import resource_path

STATE_ROLES = ("names", "demonyms", "capitals", "metonyms", "leaders", "places")
_NAMED_SUFFIX = r"(?:[- ]?\d+[A-Za-z0-9]*|[A-Z]{1,3}\d*)?"
_PLURAL = r"(?:s|es|'s|’s)?"


@dataclass(frozen=True)
class Knowledge:
    states: re.Pattern  # group name = index into state_info
    state_info: tuple[tuple[str, str], ...]  # (code, role) per alternative
    items: re.Pattern
    item_info: tuple[tuple[str, bool, bool], ...]  # (category, named, generic)
    not_items_before: re.Pattern
    organisations: re.Pattern
    organisation_names: dict[str, str]  # lower-cased alias -> canonical name
    cues: dict[str, re.Pattern]
    cue_words: dict[str, tuple[str, ...]]


def _load_yaml(relative: str) -> dict:
    path: Path = resource_path(relative)
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as e:
        raise ConfigError(f"cannot read the extraction data file {path}: {e}",
                          hint="Fix the YAML syntax or restore the file from the repository.") from e


def words_pattern(words, *, flags: int = re.IGNORECASE, suffix: str = "") -> re.Pattern:
    """One pattern matching any of `words` as whole words, longest first."""
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) or "(?!x)x"
    return re.compile(rf"(?<!\w)(?:{body}){suffix}(?!\w)", flags)


def _grouped(alternatives: list[tuple[str, str]]) -> re.Pattern:
    """Alternatives (regex, group label) in one pattern with named groups g0, g1, ... (longest first)."""
    parts = [f"(?P<g{i}>{rx})" for i, (rx, _) in enumerate(alternatives)]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


def _state_alternatives(data: dict) -> list[tuple[str, str, str]]:
    """(text, code, role) for every curated name and every pycountry name not curated or skipped."""
    found: dict[str, tuple[str, str]] = {}
    for entry in data.get("states", []):
        for role in STATE_ROLES:
            for text in entry.get(role) or []:
                found.setdefault(text, (entry["code"], role))
    skip = set(data.get("skip_names") or [])
    curated = {entry["code"] for entry in data.get("states", [])}
    for country in pycountry.countries:
        if country.alpha_3 in curated:
            continue
        for attr in ("name", "common_name", "official_name"):
            text = getattr(country, attr, None)
            if text and "," not in text and text not in skip:
                found.setdefault(text, (country.alpha_3, "names"))
    return [(text, code, role) for text, (code, role) in found.items()]


def _state_pattern(data: dict) -> tuple[re.Pattern, tuple[tuple[str, str], ...]]:
    rows = sorted(_state_alternatives(data), key=lambda row: len(row[0]), reverse=True)
    alternatives = []
    for text, code, role in rows:
        rx = re.escape(text).replace(r"\ ", r"\s+")
        if role == "leaders" and " " not in text:
            rx += r"(?!\s+[A-Z])"  # "Kim and Putin", not "Kim Yo-jong"
        alternatives.append((rx, code))
    info = tuple((code, role) for _, code, role in rows)
    return _grouped(alternatives), info


def _item_pattern(data: dict) -> tuple[re.Pattern, tuple[tuple[str, bool, bool], ...]]:
    rows = []
    for entry in data.get("items", []):
        named, generic = bool(entry.get("named")), bool(entry.get("generic"))
        for term in entry.get("terms") or []:
            rows.append((term, entry["category"], named, generic))
    rows.sort(key=lambda row: len(row[0]), reverse=True)
    alternatives = []
    for term, _category, named, _generic in rows:
        rx = re.escape(term).replace(r"\ ", r"\s+").replace(r"\-", r"[-‐‑–]?")
        if not term.isupper():
            rx = f"(?i:{rx})"
        alternatives.append((rx + (_NAMED_SUFFIX if named else "") + _PLURAL, term))
    info = tuple((category, named, generic) for _, category, named, generic in rows)
    return _grouped(alternatives), info


def _organisation_pattern(data: dict) -> tuple[re.Pattern, dict[str, str]]:
    names: dict[str, str] = {}
    alternatives = []
    for entry in data.get("organisations", []):
        for alias in [entry["name"], *(entry.get("aliases") or [])]:
            names[alias.lower()] = entry["name"]
            rx = re.escape(alias).replace(r"\ ", r"\s+")
            alternatives.append((rx if alias.isupper() else f"(?i:{rx})", alias))
    alternatives.sort(key=lambda row: len(row[1]), reverse=True)
    body = "|".join(rx for rx, _ in alternatives) or "(?!x)x"
    return re.compile(rf"(?<![\w-])(?:the\s+)?(?:{body})(?![\w-])"), names


@functools.lru_cache(maxsize=1)
def load_knowledge() -> Knowledge:
    """Read and compile the four data files (cached for the life of the process)."""
    states, state_info = _state_pattern(_load_yaml("data/extract/states.yaml"))
    weapons = _load_yaml("data/extract/weapons.yaml")
    items, item_info = _item_pattern(weapons)
    organisations, organisation_names = _organisation_pattern(_load_yaml("data/extract/organisations.yaml"))
    cue_words = {key: tuple(value) for key, value in _load_yaml("data/extract/cues.yaml").items()}
    cues = {key: words_pattern(value) for key, value in cue_words.items()}
    not_items = re.compile(r"\s+" + words_pattern(weapons.get("not_items_before") or []).pattern.removeprefix(
        r"(?<!\w)"), re.IGNORECASE)
    return Knowledge(states, state_info, items, item_info, not_items, organisations, organisation_names,
                     cues, cue_words)
