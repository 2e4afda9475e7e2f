"""Neo4j in Docker through the repository's docker-compose.yml, where a Docker engine answers."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from kg.errors import ConfigError
from kg.resources import resource_path

PROJECT = "kg"


def docker_engine_answers() -> bool:
    """True when `docker info` reaches an engine within a few seconds (a client alone is not enough)."""
    if shutil.which("docker") is None:
        return False
    try:
        result = subprocess.run(["docker", "info", "--format", "{{.ServerVersion}}"],
                                capture_output=True, text=True, timeout=10)
    except (subprocess.TimeoutExpired, OSError):
        return False
    return result.returncode == 0 and bool(result.stdout.strip())


def _compose(args: list[str], password: str | None) -> subprocess.CompletedProcess:
    compose_file = resource_path("docker-compose.yml")
    env = {**os.environ, **({"NEO4J_PASSWORD": password} if password else {})}
    command = ["docker", "compose", "-p", PROJECT, "-f", str(compose_file), *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, cwd=Path(compose_file).parent)


def compose_up(password: str) -> None:
    """`docker compose up -d --wait`: returns when the healthcheck passes."""
    result = _compose(["up", "-d", "--wait"], password)
    if result.returncode != 0:
        raise ConfigError(f"docker compose could not start Neo4j: {result.stderr.strip()[-800:]}",
                          hint="Run `docker compose logs neo4j` to see why.")


def compose_down() -> None:
    result = _compose(["down"], None)
    if result.returncode != 0:
        raise ConfigError(f"docker compose could not stop Neo4j: {result.stderr.strip()[-800:]}")
