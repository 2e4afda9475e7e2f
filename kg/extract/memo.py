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
    results: dict[str, list[T]] = {}
    owner: list = [None]  # the knowledge the results were found with

    @functools.wraps(function)
    def remembered(text: str, knowledge) -> list[T]:
        if owner[0] is not knowledge:
            results.clear()
            owner[0] = knowledge
        found = results.get(text)
        if found is None:
            if len(results) >= _TEXTS_KEPT:
                results.clear()
            found = results[text] = function(text, knowledge)
        return list(found)

    return remembered
