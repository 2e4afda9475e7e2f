"""An RDF file read into an rdflib Dataset within bounds, without reaching outside the file:

- the file is read by kg.textfile (a regular UTF-8 file of at most 64 MB, no control characters);
- RDF/XML with a DOCTYPE or an ENTITY declaration is refused (no entity expansion, no "billion laughs");
- JSON-LD is depth-checked and any `@context` or `@import` that names a document (http, https, file...) is refused
  before rdflib sees it, so parsing never fetches;
- N-Triples and N-Quads are fed to rdflib one line at a time (its reader re-scans its buffer for each 2 kB read,
  which is quadratic in the length of a line: a 10 MB literal took minutes);
- rdflib's own warnings (it logs a traceback for a literal that does not fit its datatype) are kept quiet: kg
  reports such values itself, as a field of the claim that holds them.
"""

from __future__ import annotations

import io
import logging
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from rdflib import Dataset

from kg.errors import InputError
from kg.textfile import load_json, read_text
from kg.formats import RDF_SUFFIXES

_DECLARATION = re.compile(r"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_LINE_FORMATS = {"nt", "nquads"}


class _Lines(io.TextIOBase):
    """Text whose read(n) returns at least n characters and always ends at a line break."""

    def __init__(self, text: str) -> None:
        self._text, self._at = text, 0

    def read(self, size: int | None = -1) -> str:
        start = self._at
        if size is None or size < 0:
            self._at = len(self._text)
        else:
            newline = self._text.find("\n", start + max(size, 1) - 1)
            self._at = len(self._text) if newline < 0 else newline + 1
        return self._text[start:self._at]

    def readable(self) -> bool:
        return True


def _remote_contexts(value: object) -> Iterator[str]:
    """Every document a JSON-LD value names as a context to load (iteratively: the depth is checked already)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, inner in item.items():
                if key in ("@context", "@import"):
                    names = inner if isinstance(inner, list) else [inner]
                    yield from (name for name in names if isinstance(name, str))
                stack.append(inner)
        elif isinstance(item, list):
            stack.extend(item)


def _refuse_outside_references(path: Path, fmt: str, text: str) -> None:
    if fmt == "xml" and _DECLARATION.search(text):
        raise InputError(f"{path}: declares a DOCTYPE or an ENTITY, which kg does not expand",
                         hint="Export it again with `kg export --format xml` (it writes neither).")
    if fmt == "json-ld":
        for name in _remote_contexts(load_json(path, text)):
            raise InputError(f"{path}: its JSON-LD @context refers to {name[:200]!r}, which kg does not fetch",
                             hint="Put the context inline, as `kg export --format jsonld` does.")


@contextmanager
def _quiet_rdflib() -> Iterator[None]:
    logger = logging.getLogger("rdflib")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def parse_rdf(path: Path) -> Dataset:
    """The file in an rdflib Dataset whose default graph is the union of all graphs; format from the suffix."""
    fmt = RDF_SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: not an RDF file kg knows ({path.suffix or 'no suffix'})",
                         hint=f"Use one of {', '.join(RDF_SUFFIXES)}.")
    text = read_text(path)
    _refuse_outside_references(path, fmt, text)
    dataset = Dataset(default_union=True)
    source = _Lines(text) if fmt in _LINE_FORMATS else None
    try:
        with _quiet_rdflib():
            if source is not None:
                dataset.parse(source=source, format=fmt, publicID=path.resolve().as_uri())
            else:
                dataset.parse(data=text, format=fmt, publicID=path.resolve().as_uri())
    except Exception as e:  # noqa: BLE001 (each rdflib parser raises its own types, RecursionError included)
        raise InputError(f"{path}: malformed {fmt}: {str(e).splitlines()[0] if str(e) else type(e).__name__}",
                         hint="Fix the syntax, or export it again with `kg export`.") from None
    return dataset
