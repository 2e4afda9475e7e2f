"""Settings come from the Neo4j ecosystem's variables and never show the password."""

import pytest

from kg.config import Settings
from kg.errors import ConfigError


def test_defaults_and_variables() -> None:
    assert Settings.from_env({}).uri == "neo4j://localhost:7687"
    settings = Settings.from_env({"NEO4J_URI": "bolt://db:7687", "NEO4J_USER": "analyst",
                                  "NEO4J_PASSWORD": "s3cret-pass", "NEO4J_DATABASE": "sanctions"})
    assert (settings.uri, settings.username, settings.database) == ("bolt://db:7687", "analyst", "sanctions")
    assert "s3cret-pass" not in repr(settings)


def test_username_wins_over_user() -> None:
    assert Settings.from_env({"NEO4J_USERNAME": "a", "NEO4J_USER": "b"}).username == "a"


def test_bad_uri_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="NEO4J_URI='localhost' is not a URI"):
        Settings.from_env({"NEO4J_URI": "localhost"})


def test_missing_password_names_the_variable() -> None:
    with pytest.raises(ConfigError) as caught:
        Settings.from_env({}).require_password()
    assert "NEO4J_PASSWORD" in caught.value.hint
