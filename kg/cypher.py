"""Loads `cypher/NAME.cypher` files and parses their header comment block.

Every file opens with lines Neo4j Browser ignores as comments:

    // name: breaches
    // description: what the rows are
    // params: since (date = "1900-01-01"), limit (int = 500)
    // mode: read

`params` is `none` or a comma-separated list of `name (type = default)`, where type is one of
string, int, float, bool, date, list, map and the default is a JSON literal (or absent: the parameter is required).
A number may state its bounds after the type, `limit (int 1.. = 500)` or `share (float 0..1 = 0.5)`; a value
outside them is refused before it reaches Neo4j.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import ConfigError
from kg.resources import resource_path

HEADER_KEYS = ("name", "description", "params", "mode")
PARAM_TYPES = ("string", "int", "float", "bool", "date", "list", "map")
_NUMBER = r"-?\d+(?:\.\d+)?"
_PARAM = re.compile(rf"^\s*(?P<name>[A-Za-z_]\w*)\s*\((?P<type>\w+)"
                    rf"(?:\s+(?P<low>{_NUMBER})?\.\.(?P<high>{_NUMBER})?)?(\s*=\s*(?P<default>.+?))?\)\s*$")
_DOLLAR = re.compile(r"\$([A-Za-z_]\w*)")
_COMMENT = re.compile(r"//[^\n]*")
_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: object = None
    required: bool = False
    low: float | None = None  # inclusive bounds of an int or float parameter, when the header states them
    high: float | None = None

    def out_of_bounds(self, value: object) -> str | None:
        """Why a typed value lies outside the header's bounds, or None when it is inside (or has none)."""
        if not isinstance(value, int | float) or isinstance(value, bool):
            return None
        if (self.low is not None and value < self.low) or (self.high is not None and value > self.high):
            low = "" if self.low is None else f"{self.low:g}"
            high = "" if self.high is None else f"{self.high:g}"
            return f"outside its bounds {low}..{high}"
        return None


@dataclass(frozen=True)
class CypherFile:
    name: str
    description: str
    mode: str
    params: tuple[Param, ...]
    text: str
    path: Path = field(compare=False)

    @property
    def statements(self) -> list[str]:
        """The file's statements: split on `;` at line ends, comments dropped, empty ones skipped."""
        body = "\n".join(line for line in self.text.splitlines() if not line.lstrip().startswith("//"))
        return [part.strip() for part in re.split(r";\s*(?:\n|$)", body) if part.strip()]

    def used_params(self) -> set[str]:
        """The `$names` the statements use (string literals and comments ignored)."""
        body = _STRING.sub("''", _COMMENT.sub("", self.text))
        return set(_DOLLAR.findall(body))

    def browser_params(self) -> list[str]:
        """`:param` lines to paste into Neo4j Browser before the statement."""
        return [f":param {p.name} => {json.dumps(p.default)};" for p in self.params]


def _parse_params(raw: str, path: Path) -> tuple[Param, ...]:
    if raw.strip() == "none":
        return ()
    params = []
    for piece in _split_top_level(raw):
        match = _PARAM.match(piece)
        if not match or match["type"] not in PARAM_TYPES:
            raise ConfigError(f"{path}: cannot read parameter {piece.strip()!r} in the header",
                              hint=f"Write it as `name (type = default)` with type one of {', '.join(PARAM_TYPES)}.")
        if (match["low"] or match["high"]) and match["type"] not in ("int", "float"):
            raise ConfigError(f"{path}: parameter {match['name']!r} has bounds but is a {match['type']}",
                              hint="Only int and float parameters take bounds (`limit (int 1.. = 500)`).")
        default_text = match["default"]
        try:
            default = json.loads(default_text) if default_text is not None else None
        except json.JSONDecodeError as e:
            raise ConfigError(f"{path}: default of {match['name']!r} is not a JSON literal: {default_text}") from e
        low, high = (float(match[k]) if match[k] else None for k in ("low", "high"))
        param = Param(match["name"], match["type"], default, required=default_text is None, low=low, high=high)
        if default is not None and (outside := param.out_of_bounds(default)):
            raise ConfigError(f"{path}: default of {match['name']!r} is {outside}")
        params.append(param)
    return tuple(params)


def _split_top_level(raw: str) -> list[str]:
    """Split on commas outside brackets and quotes."""
    pieces, depth, current, quote = [], 0, "", None
    for char in raw:
        if quote:
            quote = None if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            pieces.append(current)
            current = ""
            continue
        current += char
    return [p for p in pieces + [current] if p.strip()]


def parse_cypher_file(path: Path) -> CypherFile:
    text = path.read_text(encoding="utf-8")
    header: dict[str, str] = {}
    for line in text.splitlines():
        match = re.match(r"^//\s*(\w+):\s*(.*)$", line)
        if not line.startswith("//"):
            break
        if match and match[1] in HEADER_KEYS:
            header[match[1]] = match[2].strip()
    missing = [key for key in HEADER_KEYS if key not in header]
    if missing:
        raise ConfigError(f"{path}: header lacks {', '.join(missing)}",
                          hint="Open the file with // name:, // description:, // params: and // mode: lines.")
    if header["mode"] not in ("read", "write"):
        raise ConfigError(f"{path}: mode must be read or write, not {header['mode']!r}")
    return CypherFile(header["name"], header["description"], header["mode"],
                      _parse_params(header["params"], path), text, path)


def load_cypher(name: str) -> CypherFile:
    """The file `cypher/NAME.cypher`, parsed; a clear error naming the known files when it does not exist."""
    folder = resource_path("cypher")
    path = folder / f"{name}.cypher"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in folder.glob("*.cypher")))
        raise ConfigError(f"no Cypher file named {name!r} in {folder}", hint=f"Known names: {known}.")
    return parse_cypher_file(path)


def list_cypher(mode: str | None = None) -> list[CypherFile]:
    """Every Cypher file, optionally only those of one mode, sorted by name."""
    files = [parse_cypher_file(p) for p in sorted(resource_path("cypher").glob("*.cypher"))]
    return [f for f in files if mode is None or f.mode == mode]
