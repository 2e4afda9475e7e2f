"""The one place that finds the files `kg` ships: ontology/, cypher/, data/, the Neo4j pom, docker-compose.yml.

An installed wheel carries them under `kg/_data/`; a source checkout has them at the repository root.
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import ConfigError

_PACKAGE_DATA = Path(__file__).resolve().parent / "_data"
_CHECKOUT = Path(__file__).resolve().parent.parent


def resource_path(relative: str) -> Path:
    """Path of a shipped file or folder, e.g. `resource_path("cypher/breaches.cypher")`."""
    for root in (_PACKAGE_DATA, _CHECKOUT):
        candidate = root / relative
        if candidate.exists():
            return candidate
    raise ConfigError(
        f"kg cannot find its file {relative!r} (looked in {_PACKAGE_DATA} and {_CHECKOUT})",
        hint="Reinstall kg (pip install .) or run it from a checkout of the repository.",
    )

