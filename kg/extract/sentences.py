"""Sentences of the body with their offsets in the full text, from spaCy's blank English pipeline."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import spacy
from spacy.attrs import IDX, SENT_START

# Paragraphs longer than this are cut at a space before spaCy sees them (spaCy's own limit is 1,000,000).
_CHUNK = 100_000


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset of text[0] in the article
    paragraph: int  # index of the paragraph the sentence is in

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@functools.lru_cache(maxsize=1)
def sentence_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _chunks(text: str, start: int, end: int):
    """(start, end) pieces of text[start:end] no longer than _CHUNK, cut at whitespace when possible."""
    while end - start > _CHUNK:
        cut = text.rfind(" ", start + _CHUNK // 2, start + _CHUNK)
        cut = cut if cut > start else start + _CHUNK
        yield start, cut
        start = cut
    yield start, end


def split_sentences(text: str, paragraphs: list[tuple[int, int]]) -> list[Sentence]:
    """Every sentence of every paragraph, stripped, with its offset into `text`."""
    pieces = [(index, a, b) for index, (start, end) in enumerate(paragraphs) for a, b in _chunks(text, start, end)]
    docs = sentence_pipeline().pipe(text[a:b] for _, a, b in pieces)
    found: list[Sentence] = []
    for (index, offset, end), doc in zip(pieces, docs):
        if not len(doc):
            continue
        # Read the boundaries as arrays: building Token and Span objects costs more than the sentencizer.
        columns = doc.to_array([IDX, SENT_START])
        starts = columns[columns[:, 1] == 1, 0].tolist() or [0]
        starts[0] = 0
        for a, b in zip(starts, starts[1:] + [end - offset]):
            raw = text[offset + a:offset + b]
            stripped = raw.strip()
            if stripped:
                found.append(Sentence(stripped, offset + a + len(raw) - len(raw.lstrip()), index))
    return found
