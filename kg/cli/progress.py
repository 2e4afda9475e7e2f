"""Progress on long work, drawn with rich on stderr only when stderr is a terminal: pipes, logs and CI output
stay exactly as they were."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn


def _console() -> Console:
    return Console(stderr=True)


@contextmanager
def spinner(message: str) -> Iterator[None]:
    """A spinner with `message` and the time elapsed while the block runs."""
    console = _console()
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console,
                  transient=True, disable=not console.is_terminal) as progress:
        progress.add_task(message, total=None)
        yield


@contextmanager
def counter(message: str, total: int) -> Iterator[Callable[..., None]]:
    """A bar counting `total` items; yields the function to call once per item done."""
    console = _console()
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console, transient=True,
                  disable=not console.is_terminal or total < 2) as progress:
        task = progress.add_task(message, total=total)
        yield lambda *_: progress.advance(task)
