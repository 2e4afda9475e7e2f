"""The registry of parties that are not states (`data/parties.yaml`): armed groups, private military companies and
companies, each with its base state. Facts name them by id in `from_party` / `to_party`; the importer writes them as
`(:Party)-[:BASED_IN]->(:State)`; a sanctions regime may target one.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from kg.errors import InputError
from kg.model import Party
from kg.resources import resource_path

REGISTRY = "data/parties.yaml"


class PartiesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    parties: list[Party]

    @model_validator(mode="after")
    def _ids_unique(self) -> "PartiesFile":
        ids = [p.id for p in self.parties]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise ValueError(f"party ids repeated: {', '.join(repeated)}")
        return self


def read_parties(path: str | Path) -> dict[str, Party]:
    """The parties of one registry file by id; InputError naming the file and the first problems."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return {p.id: p for p in PartiesFile.model_validate(data).parties}
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read the parties registry {path}: {e}") from e
    except yaml.YAMLError as e:
        raise InputError(f"the parties registry {path} is not valid YAML: {e}") from e
    except ValidationError as e:
        problems = "; ".join(f"{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors()[:3])
        raise InputError(f"the parties registry {path} is malformed: {problems}",
                         hint="Each party needs id, name, kind (armed-group, private-military-company or "
                              "company), base_state and aliases.") from e


@lru_cache(maxsize=1)
def load_parties() -> dict[str, Party]:
    """The registry kg ships, by party id (read once)."""
    return read_parties(resource_path(REGISTRY))


def registry_path() -> Path:
    return resource_path(REGISTRY)
