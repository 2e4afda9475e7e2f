"""What one path given to `kg import` holds, by its suffix: a facts file (`facts_file`), article text (extracted
on the fly; the extractor is imported only then) or RDF in the ontology's terms (`rdf`, one facts file per
article). Every problem becomes an InputError naming the file, the fact and the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.ingest.facts_file import FACTS_SUFFIXES, parse_facts
from kg.formats import RDF_SUFFIXES
from kg.ingest.rdf import read_rdf_articles
from kg.model import FactsFile
from kg.textfile import MAX_ARTICLE_BYTES, read_article, read_text

ARTICLE_SUFFIXES = {".txt", ".text", ".md"}


@dataclass(frozen=True)
class LoadedInput:
    path: Path
    facts_file: FactsFile
    text: str | None  # the article text, when known: used to verify evidence offsets and the hash
    method: str  # how the facts were made: "rule-based" (extracted here) or "reviewed" (a facts file)


def article_text_for(path: Path) -> str | None:
    """The article a facts file was made from, when it lies beside it or in a sibling `articles/` folder."""
    for candidate in (path.with_suffix(".txt"), path.parent.parent / "articles" / f"{path.stem}.txt"):
        if candidate.is_file():
            return read_text(candidate, limit=MAX_ARTICLE_BYTES)
    return None


def load_input(path: Path, *, published: str | None = None, title: str | None = None) -> LoadedInput:
    suffix = path.suffix.lower()
    if suffix in FACTS_SUFFIXES:
        return LoadedInput(path, parse_facts(path, read_text(path)), article_text_for(path), "reviewed")
    if suffix in ARTICLE_SUFFIXES:
        from kg.extract import extract_facts  # spaCy loads only when there is text to extract

        text = read_article(path)
        return LoadedInput(path, extract_facts(text, name=str(path), published=published, title=title), text,
                           "rule-based")
    raise InputError(f"{path}: kg does not know how to import a {suffix or 'suffix-less'} file",
                     hint="Give facts files (.json, .yaml), article text (.txt, .md) or RDF "
                          f"({', '.join(RDF_SUFFIXES)}).")


def load_inputs(path: Path, *, published: str | None = None, title: str | None = None) -> list[LoadedInput]:
    """What one path holds: one input for a facts file or an article, one per article for an RDF file."""
    if path.suffix.lower() in RDF_SUFFIXES:
        return [LoadedInput(path, article.facts_file, None, article.method) for article in read_rdf_articles(path)]
    return [load_input(path, published=published, title=title)]
