"""Article text -> facts, offline and deterministic: spaCy's blank English pipeline for sentences, regular
expressions compiled from `data/extract/*.yaml` for states, items, organisations and cue words.

Public API: `read_article(path)` and `extract_facts(text, name=..., published=..., title=...)`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from kg.errors import InputError
from kg.extract.document import parse_date, parse_header, publication_date
from kg.extract.document_facts import DocumentContext, sentence_facts
from kg.extract.knowledge import load_knowledge
from kg.extract.sentences import split_sentences
from kg.model import Document, FactsFile

__all__ = ["read_article", "extract_facts"]


def read_article(path: Path) -> str:
    """The text of an article file; InputError when it is missing, unreadable, binary, not UTF-8 or empty."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file", hint="Check the path of the article.") from None
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror or e})",
                         hint="Check that it is a readable file, not a folder.") from None
    if b"\x00" in data:
        raise InputError(f"{path}: is a binary file, not article text",
                         hint="Give a plain-text article (UTF-8); convert PDFs or word-processor files first.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: is not UTF-8 text (invalid byte at offset {e.start})",
                         hint="Convert it to UTF-8, e.g. `iconv -f latin1 -t utf-8`.") from None
    if not text.strip():
        raise InputError(f"{path}: is empty", hint="Give an article with a title line and body text.")
    return text


def extract_facts(text: str, *, name: str, published: str | None = None, title: str | None = None) -> FactsFile:
    """The document and facts of an article's text. `name` (e.g. the file path) is used in error messages.

    `published` and `title` override the article's header; `published` takes any common date format.
    """
    if not text.strip():
        raise InputError(f"{name}: is empty", hint="Give an article with a title line and body text.")
    header = parse_header(text)
    when = header.published
    if published is not None:
        when = parse_date(published)
        if when is None:
            raise InputError(f"{name}: the publication date {published!r} is not a date",
                             hint="Give a date such as 2025-06-20 or '20 Jun. 2025'.")
    document = Document(title=(title or header.title or name).strip() or name, published=when,
                        publisher=header.publisher, url=header.url,
                        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())
    knowledge = load_knowledge()
    sentences = split_sentences(text, header.paragraphs, lambda paragraph: bool(knowledge.states.search(paragraph)))
    context = DocumentContext(knowledge, publication_date(when), text, header.paragraphs)
    facts = [fact for sentence in sentences for fact in sentence_facts(sentence, context)]
    return FactsFile(document=document, facts=facts)
