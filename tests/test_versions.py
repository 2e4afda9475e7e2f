"""One pinned Neo4j release everywhere: local jars, docker-compose.yml, the testcontainers image."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

from kg.server.versions import DOCKER_IMAGE, NEO4J_BROWSER_VERSION, NEO4J_VERSION

REPO = Path(__file__).resolve().parent.parent


def test_version_is_a_526_release() -> None:
    assert re.fullmatch(r"5\.26\.\d+", NEO4J_VERSION)


def test_compose_file_is_well_formed_and_pinned() -> None:
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    neo4j = compose["services"]["neo4j"]
    assert neo4j["image"] == DOCKER_IMAGE
    assert sorted(neo4j["ports"]) == ["127.0.0.1:7474:7474", "127.0.0.1:7687:7687"]
    assert neo4j["environment"]["NEO4J_AUTH"].startswith("neo4j/${NEO4J_PASSWORD")
    assert {v.split(":")[1] for v in neo4j["volumes"]} == {"/data", "/logs", "/import"}
    assert "healthcheck" in neo4j and neo4j["healthcheck"]["test"]
    assert "NEO4J_server_memory_heap_max__size" in neo4j["environment"]


def test_pom_pins_the_same_release() -> None:
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    props = ET.parse(REPO / "tools" / "neo4j" / "pom.xml").getroot().find("m:properties", ns)
    assert props.find("m:neo4j.version", ns).text == NEO4J_VERSION
    assert props.find("m:neo4j.browser.version", ns).text == NEO4J_BROWSER_VERSION
