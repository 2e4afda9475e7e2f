"""Settings from the environment: the only module that reads `os.environ`.

Variables follow the Neo4j ecosystem: NEO4J_URI, NEO4J_USERNAME (NEO4J_USER accepted), NEO4J_PASSWORD,
NEO4J_DATABASE. Read once when a command starts, never at import time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import ConfigError

DEFAULT_URI = "neo4j://localhost:7687"
DEFAULT_USERNAME = "neo4j"


@dataclass(frozen=True)
class Settings:
    uri: str = DEFAULT_URI
    username: str = DEFAULT_USERNAME
    password: str | None = field(default=None, repr=False)
    database: str | None = None
    uri_from_env: bool = False

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> "Settings":
        env = dict(os.environ if env is None else env)
        uri = env.get("NEO4J_URI") or None
        if uri and "://" not in uri:
            raise ConfigError(
                f"NEO4J_URI={uri!r} is not a URI",
                hint="Use a form such as bolt://localhost:7687 or neo4j://localhost:7687.",
            )
        return cls(
            uri=uri or DEFAULT_URI,
            username=env.get("NEO4J_USERNAME") or env.get("NEO4J_USER") or DEFAULT_USERNAME,
            password=env.get("NEO4J_PASSWORD") or None,
            database=env.get("NEO4J_DATABASE") or None,
            uri_from_env=bool(uri),
        )

    def with_overrides(self, uri: str | None = None, username: str | None = None,
                       database: str | None = None, password: str | None = None) -> "Settings":
        """A copy with the command-line options (and a password found on disk) applied."""
        return Settings(
            uri=uri or self.uri,
            username=username or self.username,
            password=password if password is not None else self.password,
            database=database or self.database,
            uri_from_env=self.uri_from_env or bool(uri),
        )

    def require_password(self) -> str:
        if not self.password:
            raise ConfigError(
                f"no password for Neo4j at {self.uri}",
                hint="Set NEO4J_PASSWORD, or run `kg neo4j up`, which prints the export lines to use.",
            )
        return self.password


def user_dirs(env: dict[str, str] | None = None) -> dict[str, Path]:
    """Per-user folders (XDG): cache for downloaded jars, data for the local server, config for its password."""
    env = dict(os.environ if env is None else env)
    home = Path(env.get("HOME") or Path.home())
    return {
        "cache": Path(env.get("XDG_CACHE_HOME") or home / ".cache") / "kg",
        "data": Path(env.get("XDG_DATA_HOME") or home / ".local" / "share") / "kg",
        "config": Path(env.get("XDG_CONFIG_HOME") or home / ".config") / "kg",
    }

