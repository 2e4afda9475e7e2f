"""Reading the law data: each regime's law file, the item classes, and the check that they agree."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from pydantic import BaseModel, ValidationError

from kg.errors import InputError, problem_lines
from kg.law.assess import Law
from kg.law.classes import ItemClasses
from kg.law.files import LawFile, paragraph_id
from kg.parties import load_parties
from kg.resources import resource_path
from kg.textfile import load_yaml, read_text

MAX_LAW_BYTES = 4 * 1024 * 1024  # the DPRK regime's file is about 60 kB

ITEM_CLASSES = "item-classes.yaml"


def _label(node: object) -> str | None:
    """A resolution's symbol or a paragraph's number, to name the entry an error is in."""
    if not isinstance(node, dict):
        return None
    if "symbol" in node:
        return str(node["symbol"])
    return f"para {node['number']}" if "number" in node else None


def _where(loc: tuple, data: object) -> str:
    """`resolutions[1] (S/RES/1874 (2009)).paragraphs[0] (para 9).direction` from a pydantic error location."""
    parts: list[str] = []
    node = data
    for step in loc:
        if isinstance(step, int):
            parts.append(f"[{step}]")
            node = node[step] if isinstance(node, list) and step < len(node) else None
            label = _label(node)
            if label:
                parts.append(f" ({label})")
        else:
            parts.append(f".{step}" if parts else str(step))
            node = node.get(step) if isinstance(node, dict) else None
    return "".join(parts) or "top level"


def _read_yaml(path: Path, what: str) -> dict:
    """A law or item-class file read like every other input: a regular file within the size limit, UTF-8, YAML
    within the depth limit and without aliases."""
    try:
        data = load_yaml(path, read_text(path, limit=MAX_LAW_BYTES))
    except InputError as e:
        hint = e.hint if "kg extract" not in (e.hint or "") else "Fix the file; the shipped files in data/law/ show its shape."
        raise InputError(f"{what} {e}", hint=hint) from None
    if not isinstance(data, dict):
        raise InputError(f"{what} {path} must hold a mapping")
    return data


def _validate(model: type[BaseModel], data: dict, path: Path, what: str):
    try:
        return model.model_validate(data)
    except ValidationError as e:
        problems = problem_lines(e, lambda loc: _where(loc, data))[:3]
        more = f" (and {e.error_count() - 3} more)" if e.error_count() > 3 else ""
        raise InputError(f"{what} {path} is malformed: " + "; ".join(problems) + more,
                         hint="Fix the field named above; docs/graph-model.md and the ontology list the allowed "
                              "values.") from e


def load_law(path: str | Path) -> LawFile:
    """Read and check one law file; raise InputError naming the file and the offending field."""
    path = Path(path)
    data = _read_yaml(path, "law file")
    if "regime" not in data:
        raise InputError(f"law file {path} must hold a mapping with 'regime' and 'resolutions'")
    return _validate(LawFile, data, path, "law file")


def load_item_classes(path: str | Path | None = None) -> ItemClasses:
    path = Path(path) if path else resource_path(f"data/law/{ITEM_CLASSES}")
    found = _validate(ItemClasses, _read_yaml(path, "item classes file"), path, "item classes file")
    problems = found.check_names()
    if problems:
        raise InputError(f"item classes file {path}: " + "; ".join(problems[:3]))
    return found


def law_files(extra: Sequence[Path] = ()) -> list[Path]:
    """The regimes kg ships (every data/law/*.yaml but the item classes), then any given on the command line."""
    shipped = [p for p in sorted(resource_path("data/law").glob("*.yaml")) if p.name != ITEM_CLASSES]
    return shipped + [Path(p) for p in extra if Path(p).resolve() not in {s.resolve() for s in shipped}]


def party_ids() -> set[str]:
    """The ids of the parties that are not states (data/parties.yaml)."""
    return set(load_parties())


def _check_names(law: LawFile, classes: ItemClasses, path: Path) -> None:
    """Classes a paragraph names must be item classes; regime ids and paragraph ids must not repeat."""
    for resolution, p in law.iter_paragraphs():
        unknown = classes.unknown(p.classes + p.except_classes + p.services_for)
        if unknown:
            where = paragraph_id(resolution.symbol, p.number, p.limb)
            raise InputError(f"law file {path}: {where} names unknown item classes {unknown}",
                             hint=f"Use a class of data/law/{ITEM_CLASSES}: {', '.join(sorted(classes.classes))}.")
    if law.regime.target_party and law.regime.target_party not in party_ids():
        raise InputError(f"law file {path}: regime.target_party {law.regime.target_party!r} is not a party of "
                         "data/parties.yaml", hint="Add the party there first, or fix the id.")


def load_all(paths: Sequence[Path] = ()) -> Law:
    """The shipped law and any extra law files, checked against the item classes; one regime id each."""
    classes = load_item_classes()
    files, seen = [], {}
    paths = law_files(paths)
    for path in paths:
        law = load_law(path)
        _check_names(law, classes, path)
        if law.regime.id in seen:
            raise InputError(f"law files {seen[law.regime.id]} and {path} both define regime {law.regime.id!r}")
        seen[law.regime.id] = path
        files.append(law)
    return Law(tuple(files), classes, tuple(str(p) for p in paths))


def list_law(law: Law) -> list[dict]:
    """One row per paragraph of every regime: regime, resolution, paragraph, windows (with any contest),
    binding and verification status, and what it covers; for `kg law list`."""
    rows = []
    for law_file in law.files:
        target = law_file.regime.target or f"party {law_file.regime.target_party}"
        for resolution, p in law_file.iter_paragraphs():
            windows = resolution.windows_of(p)
            rows.append({
                "regime": law_file.regime.id, "target": target, "resolution": resolution.symbol,
                "paragraph": paragraph_id(resolution.symbol, p.number, p.limb), "adopted": resolution.adopted,
                "windows": [w.label() + (f" (contested by {', '.join(w.contested_by)})" if w.contested_by else "")
                            for w in windows],
                "binding": p.binding, "verified": p.verified, "direction": p.direction.value,
                "classes": list(p.classes), "except": list(p.except_classes),
                "services": [s.value for s in p.services], "condition": p.condition.value if p.condition else None,
                "replacedBy": p.replaced_by, "source": p.source})
    return rows
