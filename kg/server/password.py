"""The local server's password: NEO4J_PASSWORD, or one generated once and kept in a file only the user can read."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from kg.errors import ConfigError

PASSWORD_FILE = "neo4j-password"


def password_path(config_dir: Path) -> Path:
    return config_dir / PASSWORD_FILE


def read_password(config_dir: Path) -> str | None:
    path = password_path(config_dir)
    try:
        return path.read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None
    except OSError as e:
        raise ConfigError(f"cannot read the password file {path}: {e.strerror}") from e


def ensure_password(config_dir: Path, from_env: str | None) -> str:
    """The password to use: the environment's, else the stored one, else a new one stored with mode 0600."""
    if from_env:
        return from_env
    stored = read_password(config_dir)
    if stored:
        return stored
    config_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    password = secrets.token_urlsafe(18)
    path = password_path(config_dir)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(password + "\n")
    os.chmod(path, 0o600)
    return password
