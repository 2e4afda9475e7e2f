"""What every command shares: turning KgError into a message and an exit code, and the connection options."""

from __future__ import annotations

import functools
import sys
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Callable, Iterator, TypeVar

import typer

from kg.config import Settings
from kg.errors import KgError

if TYPE_CHECKING:
    from kg.store import Graph

F = TypeVar("F", bound=Callable)

UriOption = Annotated[str | None, typer.Option("--uri", envvar="NEO4J_URI", help="Bolt URI of the Neo4j server.",
                                               show_default=False)]
UsernameOption = Annotated[str | None, typer.Option("--username", envvar=["NEO4J_USERNAME", "NEO4J_USER"],
                                                    help="Neo4j user name.", show_default=False)]
DatabaseOption = Annotated[str | None, typer.Option("--database", envvar="NEO4J_DATABASE",
                                                    help="Neo4j database (default: the server's default).",
                                                    show_default=False)]


def checked_published(value: str | None) -> str | None:
    """Callback of `--published`: a real calendar date in any common format, else a usage error (exit 2)."""
    if value is None:
        return None
    from kg.extract.document import parse_date  # the extractor loads only for commands that extract
    from kg.model import check_partial_date

    try:
        check_partial_date(parse_date(value) or "")
    except ValueError as e:
        raise typer.BadParameter(f"{value!r} is not a real date ({e}); give one such as 2025-06-20 or "
                                 "'20 Jun. 2025'") from None
    return value


def fail(error: KgError) -> typer.Exit:
    """Print `Error: ...` (and `Hint: ...`) on stderr; return the Exit to raise with the error's code."""
    print(f"Error: {error.message}", file=sys.stderr)
    if error.hint:
        print(f"Hint: {error.hint}", file=sys.stderr)
    return typer.Exit(code=error.exit_code)


def reports_errors(command: F) -> F:
    """Decorator for commands: KgError becomes a clean message and its exit code; bugs keep their traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except KgError as error:
            raise fail(error) from None

    return wrapper  # type: ignore[return-value]


def settings_from(uri: str | None, username: str | None, database: str | None) -> Settings:
    """Settings for this command: the environment, with the command-line options on top (read once)."""
    return Settings.from_env().with_overrides(uri=uri, username=username, database=database)


@contextmanager
def connected(uri: str | None, username: str | None, database: str | None) -> Iterator[Graph]:
    """The graph of the server these options (or the environment, or `kg neo4j up`) name, closed on exit. The
    driver and the server code load here, so that `kg --help` and commands that do not connect start fast."""
    from kg import server, store

    with store.connect(server.resolve_settings(settings_from(uri, username, database))) as graph:
        yield graph
