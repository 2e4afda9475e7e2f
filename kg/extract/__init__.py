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
from kg.textfile import read_text as read_article

__all__ = ["read_article", "extract_facts"]


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
