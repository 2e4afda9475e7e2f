"""The law file: the UN 1718 regime as data, and the loader's refusal of malformed law files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from kg.errors import InputError
from kg.law import Activity, Direction, LawFile, load_law, paragraph_id

REPO = Path(__file__).resolve().parent.parent
UN_1718 = REPO / "data" / "law" / "un-1718.yaml"

PARAGRAPH_COUNTS = {1718: 5, 1874: 3, 2087: 1, 2094: 2, 2270: 6, 2321: 7, 2356: 1, 2371: 2, 2375: 2, 2397: 4}


@pytest.fixture(scope="module")
def un_1718() -> LawFile:
    return load_law(UN_1718)


def para(law: LawFile, resolution: int, number: str):
    found = [p for r, p in law.iter_paragraphs() if r.number == resolution and p.number == number]
    assert len(found) == 1, f"{resolution} para {number}"
    return found[0]


def test_regime(un_1718: LawFile) -> None:
    regime = un_1718.regime
    assert (regime.id, regime.target, regime.authority) == ("un-1718", "PRK", "UN Security Council")
    assert regime.established_by == "S/RES/1718 (2006)"


def test_the_ten_resolutions_and_their_paragraphs(un_1718: LawFile) -> None:
    assert {r.number: len(r.paragraphs) for r in un_1718.resolutions} == PARAGRAPH_COUNTS
    assert sum(PARAGRAPH_COUNTS.values()) == 33
    assert un_1718.resolutions[0].adopted == date(2006, 10, 14)
    assert all(r.symbol == f"S/RES/{r.number} ({r.adopted.year})" for r in un_1718.resolutions)


def test_scopes_the_breach_rules_depend_on(un_1718: LawFile) -> None:
    p8ai = para(un_1718, 1718, "8(a)(i)")
    assert not {"air-defence-system", "ammunition", "small-arms"} & set(p8ai.categories)
    assert "ammunition" not in para(un_1718, 1718, "8(b)").categories
    p10 = para(un_1718, 1874, "10")
    assert "small-arms" not in p10.categories
    assert {"air-defence-system", "ammunition", "training"} <= set(p10.categories)
    p6 = para(un_1718, 2270, "6")
    assert {"small-arms", "ammunition"} <= set(p6.categories)
    assert p6.direction is Direction.TO_TARGET


def test_2270_para_6_was_adopted_on_2_march_2016(un_1718: LawFile) -> None:
    resolution = next(r for r in un_1718.resolutions if r.number == 2270)
    assert resolution.adopted == date(2016, 3, 2)
    assert any(p.number == "6" for p in resolution.paragraphs)


def test_troop_deployment_is_interpretive_where_analysts_stretch_it(un_1718: LawFile) -> None:
    interpretive = {(r.number, p.number) for r, p in un_1718.iter_paragraphs()
                    if Activity.TROOP_DEPLOYMENT in p.interpretive_activities}
    assert interpretive == {(1718, "8(c)"), (1874, "9"), (2270, "9"), (2375, "17"), (2397, "8")}
    p15 = para(un_1718, 2321, "15")
    assert Activity.TROOP_DEPLOYMENT in p15.activities
    assert p15.interpretive_activities == []


def test_directions_binding_and_verification(un_1718: LawFile) -> None:
    assert para(un_1718, 1718, "8(b)").direction is Direction.FROM_TARGET
    assert para(un_1718, 1718, "8(c)").direction is Direction.BOTH
    assert para(un_1718, 2094, "22").binding is False
    assert para(un_1718, 1874, "9").verified is False
    assert para(un_1718, 1874, "10").verified is True


def test_paragraph_id() -> None:
    assert paragraph_id("S/RES/1718 (2006)", "8(b)") == "S/RES/1718 (2006) para 8(b)"


def _broken(tmp_path: Path, change) -> Path:
    data = yaml.safe_load(UN_1718.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def _first_para(data: dict) -> dict:
    return data["resolutions"][1]["paragraphs"][0]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: _first_para(d).update(direction="to_dprk"),
         "resolutions[1] (S/RES/1874 (2009)).paragraphs[0] (para 9).direction: Input should be 'to_target'"),
        (lambda d: _first_para(d).update(activities=["arms_transfer", "smuggling"]),
         "resolutions[1] (S/RES/1874 (2009)).paragraphs[0] (para 9).activities[1]: Input should be 'arms_transfer'"),
        (lambda d: _first_para(d).update(categories=["tanks"]),
         "(para 9).categories: Value error, unknown categories ['tanks']"),
        (lambda d: _first_para(d).update(interpretive_activities=["arms_transfer"]),
         "arms_transfer is in both activities and interpretive_activities"),
        (lambda d: _first_para(d).update(binding="yes"),
         "(para 9).binding: Input should be a valid boolean"),
        (lambda d: _first_para(d).pop("summary"), "(para 9).summary: Field required"),
        (lambda d: _first_para(d).update(colour="red"), "(para 9).colour: Extra inputs are not permitted"),
        (lambda d: d["resolutions"][1].update(number=1875), "does not match number 1875"),
        (lambda d: d["regime"].update(target="Korea"), "regime.target: String should match pattern"),
        (lambda d: d["resolutions"][1]["paragraphs"].append(dict(_first_para(d))), "paragraph numbers repeated: 9"),
    ],
    ids=["direction", "activity", "category", "overlap", "binding", "missing", "extra", "symbol", "target",
         "duplicate"],
)
def test_bad_law_files_are_rejected_with_the_field_named(tmp_path: Path, change, expected: str) -> None:
    path = _broken(tmp_path, change)
    with pytest.raises(InputError) as caught:
        load_law(path)
    assert str(path) in caught.value.message
    assert expected in caught.value.message


def test_unreadable_and_non_yaml_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read law file .*missing.yaml"):
        load_law(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("regime: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError, match="is not valid YAML"):
        load_law(bad)
    bad.write_text("- just a list\n", encoding="utf-8")
    with pytest.raises(InputError, match="must hold a mapping"):
        load_law(bad)
