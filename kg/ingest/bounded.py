"""JSON and YAML parsed within bounds: nesting depth, duplicate keys, YAML aliases ("billion laughs") and
values JSON does not have (NaN, Infinity). Every problem is an InputError naming the file.

Deep nesting is refused before the structure is built: the JSON scanner and the YAML composer are recursive, so
a file nested 100,000 levels deep would otherwise end in a RecursionError.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from kg.errors import InputError

MAX_DEPTH = 64
_JSON_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _too_deep(path: Path, depth: int) -> InputError:
    return InputError(f"{path}: nests objects or lists deeper than kg's limit of {MAX_DEPTH} levels (at least "
                      f"{depth})", hint="A facts file is two or three levels deep; regenerate it with `kg extract`.")


def check_json_depth(path: Path, text: str) -> None:
    """InputError when brackets outside strings nest deeper than MAX_DEPTH (one linear scan, no recursion)."""
    depth = 0
    for token in _JSON_TOKENS.finditer(text):
        bracket = token.group()
        if bracket in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise _too_deep(path, depth)
        elif bracket in "]}":
            depth -= 1


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a JSON number")


def load_json(path: Path, text: str) -> object:
    """The JSON value of `text`: depth-checked, duplicate keys and NaN/Infinity refused."""
    check_json_depth(path, text)
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except (ValueError, RecursionError) as e:  # JSONDecodeError is a ValueError
        raise InputError(f"{path}: malformed JSON: {str(e).splitlines()[0]}",
                         hint="Fix the syntax, or regenerate the file with `kg extract`.") from None


class _BoundedLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases and deep nesting, and keeps dates as the strings they were written as
    (the facts model checks them; PyYAML's own date parsing raises a bare ValueError on 2025-02-30)."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def compose_node(self, parent, index):  # noqa: ANN001, ANN201 (PyYAML's signature)
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed in kg's input",
                                              self.peek_event().start_mark)
        self.depth = getattr(self, "depth", 0) + 1
        if self.depth > MAX_DEPTH:
            raise yaml.composer.ComposerError(None, None, f"nesting deeper than {MAX_DEPTH} levels",
                                              self.peek_event().start_mark)
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def load_yaml(path: Path, text: str) -> object:
    """The YAML value of `text`: one document, no aliases, depth-checked, dates kept as strings."""
    try:
        return yaml.load(text, Loader=_BoundedLoader)  # noqa: S506 (a SafeLoader subclass)
    except yaml.YAMLError as e:
        raise InputError(f"{path}: malformed YAML: {str(e).splitlines()[0]}",
                         hint="Fix the syntax, or regenerate the file with `kg extract`.") from None
    except (ValueError, RecursionError) as e:
        raise InputError(f"{path}: malformed YAML: {e}", hint="Fix the value, or regenerate the file.") from None
