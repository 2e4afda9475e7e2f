"""Article text -> facts, offline and deterministic: spaCy's blank English pipeline for sentences, regular
expressions compiled from `data/extract/*.yaml` (and `data/parties.yaml`) for states, parties, items,
organisations and cue words.

The stages: `document` (header, paragraphs) -> `sentences` -> `facts` (a sentence into clauses and draft facts:
`arms` for arms and technology, `troops` for troops and agreements, `roles` for who gives and who receives,
`attribution` for the source, `speaker` for the first person of a speaker the title names) -> `document_facts`
(drafts completed by the article around them) -> `Fact`.

Public API: `read_article(path)` and `extract_facts(text, name=..., published=..., title=...)`.
"""

from __future__ import annotations

import hashlib

from pydantic import ValidationError

from kg.errors import InputError, problem_lines
from kg.extract.document import parse_date, parse_header, publication_date
from kg.extract.document_facts import DocumentContext, sentence_facts
from kg.extract.knowledge import load_knowledge
from kg.extract.sentences import Sentence, split_sentences
from kg.model import Document, Fact, FactsFile
from kg.textfile import read_text as read_article, refuse_control_characters

__all__ = ["read_article", "extract_facts"]


def extract_facts(text: str, *, name: str, published: str | None = None, title: str | None = None) -> FactsFile:
    """The document and facts of an article's text. `name` (e.g. the file path) is used in error messages.

    `published` and `title` override the article's header; `published` takes any common date format.
    """
    if not text.strip():
        raise InputError(f"{name}: is empty", hint="Give an article with a title line and body text.")
    refuse_control_characters(name, text)  # no export syntax could carry them in the evidence
    header = parse_header(text)
    when = header.published
    if published is not None:
        when = parse_date(published)
        if when is None:
            raise InputError(f"{name}: the publication date {published!r} is not a date",
                             hint="Give a date such as 2025-06-20 or '20 Jun. 2025'.")
    try:
        document = Document(title=(title or header.title or name).strip() or name, published=when,
                            publisher=header.publisher, url=header.url,
                            sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())
    except ValidationError as e:  # a header line such as `Published: 2025-02-30`
        raise InputError("\n".join(problem_lines(e, lambda loc: f"{name}: header, field {'.'.join(map(str, loc))}")),
                         hint="Fix the article's header, or override it with --published / --title.") from None
    knowledge = load_knowledge()
    named = lambda paragraph: bool(knowledge.states.search(paragraph) or knowledge.parties.search(paragraph))  # noqa: E731
    sentences = _title(text, header) + split_sentences(text, header.paragraphs, named)
    context = DocumentContext(knowledge, publication_date(when), text, header.paragraphs)
    facts = [fact for sentence in sentences for fact in sentence_facts(sentence, context)]
    facts = [facts[i] for i in _one_per_claim(facts)]
    return FactsFile(document=document, facts=facts)


def _title(text: str, header) -> list[Sentence]:
    """The title line as a sentence of its own (headlines state the main fact), before the body."""
    if not header.title:
        return []
    start = text.find(header.title)
    return [Sentence(header.title, start, -1)] if start >= 0 else []



def _one_per_claim(facts: list[Fact]) -> list[int]:
    """The indices of the first of facts on the same evidence span about the same states, parties, item and
    number: `kg import` would refuse the others as duplicates (its claim ids are built from these, with the
    event's year and stage)."""
    seen, kept = set(), []
    for index, fact in enumerate(facts):
        q, ev = fact.quantity, fact.evidence
        key = (fact.kind, frozenset((fact.from_state, fact.to_state)), fact.from_party,
               fact.to_party, fact.category, fact.item, q.value if q else None, ev.start, ev.end)
        if key not in seen:
            seen.add(key)
            kept.append(index)
    return kept
