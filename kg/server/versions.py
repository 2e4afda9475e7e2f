"""The one pinned Neo4j release. docker-compose.yml, tools/neo4j/pom.xml and the test fixture must agree
(tests/test_versions.py checks them)."""

NEO4J_VERSION = "5.26.29"
NEO4J_BROWSER_VERSION = "5.24.0"
DOCKER_IMAGE = f"neo4j:{NEO4J_VERSION}-community"
