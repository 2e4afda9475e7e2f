"""The errors `kg` raises. Library code raises these; only `kg.cli` prints them and exits.

Each class carries the process exit code the CLI uses for it, and an optional hint that says what to do next.
"""

from __future__ import annotations


class KgError(Exception):
    """Base class: a failure the user can act on. Exit code 1 is reserved for bugs."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


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
    """Facts were rejected while `--strict` asked for all or nothing."""

    exit_code = 6
