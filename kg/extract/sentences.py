"""Sentences of the body with their offsets in the full text, from spaCy's blank English pipeline."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Callable

import spacy
from spacy.attrs import IDX, SENT_START

# Paragraphs longer than this are cut at a space before spaCy sees them (spaCy's own limit is 1,000,000).
_CHUNK = 100_000
# A "sentence" longer than this is a list or a run-on text without full stops: it is read in pieces of at
# most this size, cut at spaces, so that the work per sentence stays bounded.
LONGEST_SENTENCE = 2_000


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


def _chunks(text: str, start: int, end: int, size: int = _CHUNK):
    """(start, end) pieces of text[start:end] no longer than `size`, cut at a space when possible."""
    while end - start > size:
        cut = text.rfind(" ", start + size // 2, start + size)
        cut = cut if cut > start else start + size
        yield start, cut
        start = cut
    yield start, end


def split_sentences(text: str, paragraphs: list[tuple[int, int]],
                    worth_splitting: Callable[[str], bool] | None = None) -> list[Sentence]:
    """Every sentence of every paragraph, stripped, with its offset into `text`, in order.

    A paragraph for which `worth_splitting` says False (e.g. it names no state, so it can hold no fact) is
    kept whole as one sentence, which saves spaCy's time on long texts.
    """
    whole = [(i, a, b) for i, (a, b) in enumerate(paragraphs) if worth_splitting and not worth_splitting(text[a:b])]
    skip = {i for i, _, _ in whole}
    pieces = [(index, a, b) for index, (start, end) in enumerate(paragraphs) if index not in skip
              for a, b in _chunks(text, start, end)]
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
            for piece_start, piece_end in _chunks(text, offset + a, offset + b, LONGEST_SENTENCE):
                raw = text[piece_start:piece_end]
                stripped = raw.strip()
                if stripped:
                    found.append(Sentence(stripped, piece_start + len(raw) - len(raw.lstrip()), index))
    found += [Sentence(text[a:b], a, i) for i, a, b in whole if b > a]
    return sorted(found, key=lambda s: s.start) if whole else found
