"""The errors `kg` raises. Library code raises these; only `kg.cli` prints them and exits.

Each class carries the process exit code the CLI uses for it, and an optional hint that says what to do next.
"""

from __future__ import annotations

from typing import Callable, Protocol


class KgError(Exception):
    """Base class: a failure the user can act on. Exit code 1 is reserved for bugs."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(KgError):
    """A canned query or one of its parameters named wrongly (exit code 2, as for a command-line usage error)."""

    exit_code = 2


class ConfigError(KgError):
    """Configuration missing or invalid (environment variables, files kg needs)."""

    exit_code = 3


class InputError(KgError):
    """An input file is unreadable or malformed: the message names the file, the fact and the field."""

    exit_code = 4


class StoreError(KgError):
    """Neo4j is unreachable, refused the login, or a query failed."""

    exit_code = 5


class LoginRefused(StoreError):
    """Neo4j answered but refused the credentials: retrying with the same ones cannot help."""


class CheckFailed(KgError):
    """A check of the data failed as a whole: `kg validate` found SHACL results."""

    exit_code = 6


class _Invalid(Protocol):
    def errors(self) -> list[dict]: ...


def problem_lines(error: _Invalid, where: Callable[[tuple], str]) -> list[str]:
    """One line per problem of a pydantic ValidationError: `where(loc)` names the place, then the message."""
    return [f"{where(tuple(problem['loc']))}: {problem['msg']}" for problem in error.errors()]
