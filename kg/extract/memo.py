"""The last results of a pure function of a text and the knowledge.

Several rules ask for the same sentence's states or items in turn (its parties, the arms a state holds, the
items a clause names), and finding them again costs as much as the first time. `per_text` keeps the results of
the last few texts; each call gets its own copy of the list.
"""

from __future__ import annotations

import functools
from typing import Callable, TypeVar

T = TypeVar("T")
_TEXTS_KEPT = 32  # more than the clauses and windows of one sentence; the cache is emptied when it is full


def per_text(function: Callable[[str, object], list[T]]) -> Callable[[str, object], list[T]]:
    """`function(text, knowledge)` remembered for the last texts seen with the same knowledge."""
    # (the knowledge the results were found with, the results by text), one tuple so that threads extracting at
    # once never file one knowledge's results under another's
    state: list[tuple[object, dict[str, list[T]]]] = [(None, {})]

    @functools.wraps(function)
    def remembered(text: str, knowledge) -> list[T]:
        owner, results = state[0]
        if owner is not knowledge or len(results) >= _TEXTS_KEPT:
            results = {}
            state[0] = (knowledge, results)
        found = results.get(text)
        if found is None:
            found = results[text] = function(text, knowledge)
        return list(found)

    return remembered
