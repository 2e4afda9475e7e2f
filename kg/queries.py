"""The canned queries (top-level `cypher/*.cypher` files in read mode): finding one, typing its parameters from
the header, running it with the header's defaults, and its rows as JSON-ready Python.

A new canned query is a new file `cypher/NAME.cypher` with a header; nothing here changes.
"""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any

from kg.cypher import CypherFile, Param, list_cypher, load_cypher
from kg.errors import UsageError

if TYPE_CHECKING:  # the driver loads when a query runs, not when `kg query list` reads the headers
    from kg.store import Graph


def canned_queries() -> dict[str, CypherFile]:
    """The canned queries: top-level `cypher/*.cypher` files in read mode, by name (sub-folders such as
    `cypher/export/` and `cypher/admin/` hold other stages' statements)."""
    return {f.name: f for f in list_cypher("read")}


def find_query(name: str) -> CypherFile:
    queries = canned_queries()
    if name not in queries:
        raise UsageError(f"no canned query named {name!r}", hint=f"Known queries: {', '.join(queries)}.")
    return queries[name]


def typed_value(query: CypherFile, param: Param, raw: str) -> Any:
    """The command-line text of a parameter as the type its header declares; UsageError when it is not one."""
    if raw == "null" and not param.required:
        return None
    try:
        value = _convert(param.type, raw)
        if outside := param.out_of_bounds(value):
            raise ValueError(outside)
        return value
    except ValueError as e:
        article = "an" if param.type[0] in "aeiou" else "a"
        raise UsageError(f"query {query.name!r}: parameter {param.name!r} must be {article} {param.type}, not "
                         f"{raw!r} ({e})", hint="Write `--param name=value`; `null` clears an optional one.") from None


# Neo4j integers are 64-bit; a larger Python int would fail inside the driver (OverflowError).
INT_RANGE = range(-2**63, 2**63)


def _bounded_int(raw: str) -> int:
    value = int(raw)
    if value not in INT_RANGE:
        raise ValueError(f"out of Neo4j's 64-bit range {INT_RANGE.start}..{INT_RANGE.stop - 1}")
    return value


def _finite_float(raw: str) -> float:
    value = float(raw)
    if not math.isfinite(value):
        raise ValueError("not a finite number")
    return value


def _json_value(raw: str) -> Any:
    if len(raw) > 1_000_000:
        raise ValueError("longer than 1,000,000 characters")
    try:
        return json.loads(raw, parse_int=_bounded_int, parse_float=_finite_float, parse_constant=_finite_float)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def _convert(kind: str, raw: str) -> Any:
    if kind == "int":
        return _bounded_int(raw)
    if kind == "float":
        return _finite_float(raw)
    if kind == "bool":
        if raw.lower() not in ("true", "false"):
            raise ValueError("use true or false")
        return raw.lower() == "true"
    if kind == "date":
        from kg.model import check_partial_date, first_day

        return first_day(check_partial_date(raw)).isoformat()
    if kind in ("list", "map"):
        value = _json_value(raw)
        if not isinstance(value, list if kind == "list" else dict):
            raise ValueError(f"give a JSON {'array' if kind == 'list' else 'object'}")
        return value
    return raw


def defaults(query: CypherFile) -> dict[str, Any]:
    """Every parameter at the default its header declares."""
    return {p.name: p.default for p in query.params}


def query_params(query: CypherFile, pairs: list[str]) -> dict[str, Any]:
    """Defaults from the header, overridden by `key=value` pairs; every parameter typed."""
    declared = {p.name: p for p in query.params}
    values = defaults(query)
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        if not sep:
            raise UsageError(f"--param {pair!r} is not key=value", hint=f"For example --param {key}=...")
        if key.strip() not in declared:
            known = ", ".join(declared) or "none"
            raise UsageError(f"query {query.name!r} has no parameter {key.strip()!r}", hint=f"Its parameters: {known}.")
        values[key.strip()] = typed_value(query, declared[key.strip()], raw)
    missing = [p.name for p in query.params if p.required and values[p.name] is None]
    if missing:
        raise UsageError(f"query {query.name!r} needs --param {missing[0]}=...")
    return values


def plain(value: Any) -> Any:
    """Neo4j values as JSON-ready Python: temporal values become ISO strings."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def run_query(graph: Graph, query: CypherFile | str, values: dict[str, Any] | None = None) -> list[dict]:
    """The rows of a query (a CypherFile or a file name), as plain Python; parameters the caller leaves out take
    the header's defaults."""
    from kg import store

    cypher = load_cypher(query) if isinstance(query, str) else query
    rows = store.run_cypher(graph, cypher, defaults(cypher) | (values or {}))
    return [plain(row) for row in rows]


STATE_PARAMS = ("state", "supplier", "recipient")


def explain_empty(graph: Graph, query: CypherFile, values: dict[str, Any]) -> list[str]:
    """Why a query found nothing: one sentence with a hint for each parameter that names a state, event or
    regime the graph does not hold; empty when every one names something that is there."""
    from kg import store

    states = [v for k, v in values.items() if k in STATE_PARAMS and isinstance(v, str)]
    events = [v for k, v in values.items() if k == "event" and isinstance(v, str)]
    regimes = [v for k, v in values.items() if k == "regime" and isinstance(v, str)]
    if not (states or events or regimes):
        return []
    known = store.run_named(graph, "admin/known_values", {
        "states": states + [s.upper() for s in states], "events": events, "regimes": regimes})[0]
    found = []
    for name in (k for k in STATE_PARAMS if isinstance(values.get(k), str)):
        code = values[name]
        if code in known["states"]:
            continue
        if code.upper() in known["states"]:
            found.append(f"{name}={code!r} is not a state code in the graph; codes are upper case "
                         f"(ISO 3166-1 alpha-3): try --param {name}={code.upper()}")
        else:
            found.append(f"{name}={code!r} is not a known state in the graph; give an ISO 3166-1 alpha-3 code of "
                         "a state in it (e.g. PRK, RUS; `kg query category_summary` lists what is there)")
    found += [f"event={e!r} is not an event id in the graph; event ids are in the eventId column of "
              "`kg query breaches` or `kg query state_profile`" for e in events if e not in known["events"]]
    found += [f"regime={r!r} is not a sanctions regime in the graph; known regimes: "
              f"{', '.join(known['allRegimes']) or 'none (import facts first: it loads the law)'}"
              for r in regimes if r not in known["regimes"]]
    return found
