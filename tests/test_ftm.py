"""`kg export --format ftm`: FollowTheMoney entities, one JSON object per line, valid under the library's model,
every entity reference resolving to an entity of the export; a clear ConfigError when the library is missing."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

REPO = Path(__file__).resolve().parent.parent
SAMPLE_FACTS = sorted((REPO / "samples" / "facts").glob("*.json"))
runner = CliRunner()


@pytest.mark.neo4j
def test_every_line_is_a_valid_ftm_entity(ftm_model, kg_env) -> None:
    model = ftm_model
    assert runner.invoke(app, ["import", *map(str, SAMPLE_FACTS)]).exit_code == 0
    result = runner.invoke(app, ["export", "--format", "ftm"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    entities = [model.get_proxy(json.loads(line), cleaned=False) for line in lines]
    ids = {entity.id for entity in entities}
    assert len(ids) == len(entities)
    for entity in entities:
        assert entity.schema.validate(entity.to_dict()) is None
        for prop, value in entity.itervalues():
            if prop.type.name == "entity":
                assert value in ids, (entity.id, prop.name, value)
    schemata = {entity.schema.name for entity in entities}
    assert schemata == {"PublicBody", "Organization", "Article", "Event", "Documentation", "Sanction"}
    prk = next(e for e in entities if e.id == "kg-state-PRK")
    assert prk.get("country") == ["kp"]
    assert sum(e.schema.name == "Documentation" and not e.id.endswith("-source") for e in entities) == 12
    assert result.stderr.startswith(f"Exported {len(lines)} entities (ftm) from ")


def test_ftm_without_the_library_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "followthemoney", None)
    result = runner.invoke(app, ["export", "--format", "ftm"])
    assert result.exit_code == 3
    assert result.stderr == ("Error: --format ftm needs the followthemoney library, which is not installed\n"
                             "Hint: Install the extra; from a clone: .venv/bin/pip install -e '.[ftm]' "
                             "(it builds PyICU, which needs libicu-dev).\n")
