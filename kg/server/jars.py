"""Fetching the Neo4j Community server's jars (and Neo4j Browser's) from Maven Central, once, into a cache."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from kg.errors import ConfigError
from kg.resources import resource_path
from kg.server.versions import NEO4J_BROWSER_VERSION, NEO4J_VERSION

COMPLETE_MARK = ".complete"


def lib_dir(cache_dir: Path) -> Path:
    return cache_dir / f"neo4j-{NEO4J_VERSION}" / "lib"


def jars_ready(cache_dir: Path) -> bool:
    return (lib_dir(cache_dir) / COMPLETE_MARK).exists()


def fetch_jars(cache_dir: Path, quiet: bool = True) -> Path:
    """The folder of server jars, fetched with Maven on first use; later calls return at once."""
    target = lib_dir(cache_dir)
    if jars_ready(cache_dir):
        return target
    mvn = shutil.which("mvn")
    if mvn is None or shutil.which("java") is None:
        raise ConfigError("neither Docker nor Java 17 with Maven is available to run Neo4j here",
                          hint="Install a Docker engine, or OpenJDK 17 and Maven, or set NEO4J_URI to a server.")
    pom = resource_path("tools/neo4j/pom.xml")
    partial = target.with_name("lib.partial")
    shutil.rmtree(partial, ignore_errors=True)
    command = [mvn, "-B", *(["-q"] if quiet else []), "-f", str(pom), "generate-resources",
               f"-Dneo4j.version={NEO4J_VERSION}", f"-Dneo4j.browser.version={NEO4J_BROWSER_VERSION}",
               f"-Dkg.lib.dir={partial}", f"-Dproject.build.directory={partial.parent / 'maven-build'}"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-15:])
        raise ConfigError(f"Maven could not fetch Neo4j {NEO4J_VERSION} from Maven Central:\n{tail}",
                          hint="Check that Maven Central is reachable, then run `kg neo4j up` again.")
    shutil.rmtree(target, ignore_errors=True)
    partial.rename(target)
    (target / COMPLETE_MARK).write_text(NEO4J_VERSION + "\n", encoding="utf-8")
    return target
