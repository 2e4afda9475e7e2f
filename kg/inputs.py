"""Reading what `kg import` is given: facts files (JSON or YAML, the shape `kg extract` prints), article text
(extracted on the fly) or RDF in the ontology's terms (one facts file per article, `kg.rdf_input`). Every
problem becomes an InputError naming the file, the fact and the field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from kg.errors import InputError
from kg.model import FactsFile
from kg.rdf_input import RDF_FORMATS, read_rdf_articles

FACTS_SUFFIXES = {".json", ".yaml", ".yml"}
ARTICLE_SUFFIXES = {".txt", ".text", ".md"}


@dataclass(frozen=True)
class LoadedInput:
    path: Path
    facts_file: FactsFile
    text: str | None  # the article text, when known: used to verify evidence offsets and the hash
    method: str  # how the facts were made: "rule-based" (extracted here) or "reviewed" (a facts file)


def read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file", hint="Check the path.") from None
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror})") from e
    if not raw.strip():
        raise InputError(f"{path}: the file is empty", hint="Give a facts file or an article with text in it.")
    if b"\x00" in raw:
        raise InputError(f"{path}: this is a binary file, not text", hint="Give UTF-8 text, JSON or YAML.")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 text (bad byte at offset {e.start})",
                         hint="Convert it first, e.g. `iconv -f latin1 -t utf-8`.") from e


def describe_errors(path: Path, error: ValidationError) -> str:
    """One line per problem: which fact (1-based), which field, what is wrong."""
    lines = []
    for problem in error.errors():
        loc = list(problem["loc"])
        where = "document" if loc[:1] == ["document"] else ""
        if loc[:1] == ["facts"] and len(loc) > 1 and isinstance(loc[1], int):
            where, loc = f"fact {loc[1] + 1}", loc[2:]
        else:
            loc = loc[1:] if where else loc
        field = ".".join(str(part) for part in loc) or "(whole)"
        lines.append(f"{path}: {where + ', ' if where else ''}field {field}: {problem['msg']}")
    return "\n".join(lines)


def parse_facts(path: Path, text: str) -> FactsFile:
    try:
        data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as e:
        kind = "JSON" if path.suffix == ".json" else "YAML"
        raise InputError(f"{path}: malformed {kind}: {str(e).splitlines()[0]}",
                         hint="Fix the syntax, or regenerate the file with `kg extract`.") from e
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected an object with 'document' and 'facts', got {type(data).__name__}",
                         hint="See `kg schema` for the shape.")
    try:
        return FactsFile.model_validate(data)
    except ValidationError as e:
        raise InputError(describe_errors(path, e), hint="See `kg schema` for the allowed values.") from e


def article_text_for(path: Path) -> str | None:
    """The article a facts file was made from, when it lies beside it or in a sibling `articles/` folder."""
    for candidate in (path.with_suffix(".txt"), path.parent.parent / "articles" / f"{path.stem}.txt"):
        if candidate.is_file():
            return read_text(candidate)
    return None


def load_input(path: Path, *, published: str | None = None, title: str | None = None) -> LoadedInput:
    suffix = path.suffix.lower()
    if suffix in FACTS_SUFFIXES:
        return LoadedInput(path, parse_facts(path, read_text(path)), article_text_for(path), "reviewed")
    if suffix in ARTICLE_SUFFIXES:
        from kg.extract import extract_facts, read_article

        text = read_article(path)
        return LoadedInput(path, extract_facts(text, name=str(path), published=published, title=title), text,
                           "rule-based")
    raise InputError(f"{path}: kg does not know how to import a {suffix or 'suffix-less'} file",
                     hint="Give facts files (.json, .yaml), article text (.txt, .md) or RDF (.ttl, .nt, .jsonld, "
                          ".trig, .nq).")


def load_inputs(path: Path, *, published: str | None = None, title: str | None = None) -> list[LoadedInput]:
    """What one path holds: one input for a facts file or an article, one per article for an RDF file."""
    if path.suffix.lower() in RDF_FORMATS:
        return [LoadedInput(path, article.facts_file, None, article.method) for article in read_rdf_articles(path)]
    return [load_input(path, published=published, title=title)]
