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


def _runs(paragraphs: list[tuple[int, int]], chosen: list[int]) -> list[tuple[int, int, list[int]]]:
    """Consecutive chosen paragraphs grouped into runs (start, end, paragraph indexes) of at most _CHUNK."""
    runs: list[tuple[int, int, list[int]]] = []
    for index in chosen:
        start, end = paragraphs[index]
        if runs and runs[-1][2][-1] == index - 1 and end - runs[-1][0] <= _CHUNK:
            runs[-1] = (runs[-1][0], end, runs[-1][2] + [index])
        else:
            runs.append((start, end, [index]))
    return runs


def split_sentences(text: str, paragraphs: list[tuple[int, int]],
                    worth_splitting: Callable[[str], bool] | None = None) -> list[Sentence]:
    """Every sentence of every paragraph, stripped, with its offset into `text`, in order.

    Consecutive paragraphs go to spaCy as one text (fewer, larger docs are faster), and sentences are cut
    again at paragraph starts. A paragraph for which `worth_splitting` says False (e.g. it names no state, so
    it can hold no fact) is kept whole as one sentence, which saves spaCy's time on long texts.
    """
    split = [i for i, (a, b) in enumerate(paragraphs) if not worth_splitting or worth_splitting(text[a:b])]
    chosen = set(split)
    pieces = [(a, b, indexes) for start, end, indexes in _runs(paragraphs, split)
              for a, b in _chunks(text, start, end)]
    docs = sentence_pipeline().pipe(text[a:b] for a, b, _ in pieces)
    found = [Sentence(text[a:b], a, i) for i, (a, b) in enumerate(paragraphs) if i not in chosen and b > a]
    for (offset, end, indexes), doc in zip(pieces, docs):
        # Read the boundaries as arrays: building Token and Span objects costs more than the sentencizer.
        columns = doc.to_array([IDX, SENT_START]) if len(doc) else None
        starts = {offset + int(i) for i in columns[columns[:, 1] == 1, 0]} if columns is not None else set()
        for index in indexes:
            start, stop = paragraphs[index]
            cuts = sorted({start} | {s for s in starts if start < s < stop})
            found += _sentences(text, index, cuts, stop)
    return sorted(found, key=lambda s: s.start)


def _sentences(text: str, index: int, cuts: list[int], stop: int) -> list[Sentence]:
    found = []
    for a, b in zip(cuts, cuts[1:] + [stop]):
        for piece_start, piece_end in _chunks(text, a, b, LONGEST_SENTENCE):
            raw = text[piece_start:piece_end]
            stripped = raw.strip()
            if stripped:
                found.append(Sentence(stripped, piece_start + len(raw) - len(raw.lstrip()), index))
    return found
