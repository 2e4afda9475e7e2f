"""The law data: the UN 1718 regime as corrected by the review, the item classes, the assessment in Python
against the independent oracle, and the loader's refusal of malformed law files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from kg.errors import InputError
from kg.law import (Condition, Direction, LawFile, assess_event, load_all, load_item_classes, load_law,
                    paragraph_id, read_item)
from law_cases import DPRK_CASES, HOUTHI_CASES, IRAN_CASES
from law_oracle import expected

REPO = Path(__file__).resolve().parent.parent
UN_1718 = REPO / "data" / "law" / "un-1718.yaml"

PARAGRAPH_COUNTS = {1718: 7, 1874: 4, 2087: 1, 2094: 3, 2270: 7, 2321: 8, 2356: 1, 2371: 2, 2375: 5, 2397: 6}


@pytest.fixture(scope="module")
def un_1718() -> LawFile:
    return load_law(UN_1718)


def para(law: LawFile, resolution: int, number: str, limb: str | None = None):
    found = [p for r, p in law.iter_paragraphs() if r.number == resolution and p.number == number and p.limb == limb]
    assert len(found) == 1, f"{resolution} para {number}"
    return found[0]


def test_regime(un_1718: LawFile) -> None:
    regime = un_1718.regime
    assert (regime.id, regime.target, regime.authority) == ("un-1718", "PRK", "UN Security Council")


def test_the_ten_resolutions_and_their_paragraphs(un_1718: LawFile) -> None:
    assert {r.number: len(r.paragraphs) for r in un_1718.resolutions} == PARAGRAPH_COUNTS
    assert un_1718.resolutions[0].adopted == date(2006, 10, 14)
    assert all(r.symbol == f"S/RES/{r.number} ({r.adopted.year})" for r in un_1718.resolutions)


def test_every_paragraph_has_a_source_note(un_1718: LawFile) -> None:
    assert all(p.source.strip() for _, p in un_1718.iter_paragraphs())


def test_corrections_of_the_review(un_1718: LawFile) -> None:
    assert para(un_1718, 1874, "23").classes == ["nuclear-list"]
    assert para(un_1718, 2321, "7").direction is Direction.BOTH
    notice = para(un_1718, 1874, "10", "notification")
    assert notice.condition is Condition.UNLESS_NOTIFIED and set(notice.classes) == {"salw", "salw-ammunition"}
    assert [(w.start, w.until) for w in notice.windows] == [(date(2009, 6, 12), date(2016, 3, 2))]
    assert notice.replaced_by == "S/RES/2270 (2016) para 6"
    assert {"salw", "salw-ammunition"} <= set(para(un_1718, 1874, "10").except_classes)
    assert para(un_1718, 1718, "8(a)(iii)").classes == para(un_1718, 2094, "23").classes == ["luxury-goods"]
    assert para(un_1718, 2397, "5").condition is Condition.ABOVE_CAP
    assert para(un_1718, 2270, "7").verified is False
    assert para(un_1718, 2087, "5").classes == [] and para(un_1718, 2087, "5").services == []


def test_no_wildcards_and_every_service_paragraph_names_its_help(un_1718: LawFile) -> None:
    classes = load_item_classes()
    for resolution, p in un_1718.iter_paragraphs():
        assert not classes.unknown(p.classes + p.except_classes + p.services_for), p.number
        assert "technology" not in p.classes
        assert bool(p.services) == bool(p.services_for), p.number


@pytest.mark.parametrize(("item", "category", "certain"), [
    ("Pantsir-S1", "air-defence-system", {"arms"}),
    ("KN-23 missiles", "missile", {"arms", "unroca-vii", "mtcr"}),
    ("M1991 240 mm rockets", "ammunition", {"arms", "unroca-vii", "artillery-ammunition"}),
    ("Koksan guns", "artillery", {"arms", "unroca-iii"}),
    ("rifle cartridges", "ammunition", {"arms", "salw-ammunition"}),
    ("MANPADS", "air-defence-system", {"arms", "unroca-vii", "salw"}),
    ("Shahed-136 drones", "uav", {"arms", "mtcr", "military-end-use"}),
    ("refined petroleum", "other", {"petroleum-refined"}),
])
def test_item_classes_of_named_systems(item: str, category: str, certain: set) -> None:
    assert read_item(load_item_classes(), item, category, "arms_transfer").classes == certain


def test_pantsir_is_arguably_register_class_ii() -> None:
    reading = read_item(load_item_classes(), "Pantsir air-defence system", "air-defence-system", "arms_transfer")
    assert "unroca-ii" in reading.arguable and "unroca-ii" not in reading.classes


@pytest.mark.parametrize("case", DPRK_CASES, ids=lambda c: c.name)
def test_the_assessment_equals_the_oracle_and_the_pinned_reading(case) -> None:
    event = case.oracle_event()
    row = {"id": case.event_id, "kind": case.kind, "supplier": case.supplier, "recipient": case.recipient,
           "stage": "occurred", "claimDate": _first_day(case.period), "articleDate": case.published,
           "items": event["items"]}
    found = {f["paragraph"]: f["props"]["tier"] for f in assess_event(load_all(), row)}
    assert found == expected(event) == case.expected


def _first_day(partial: str | None) -> str | None:
    return {4: f"{partial}-01-01", 7: f"{partial}-01"}.get(len(partial or ""), partial)


def test_paragraph_id() -> None:
    assert paragraph_id("S/RES/1718 (2006)", "8(b)") == "S/RES/1718 (2006) para 8(b)"
    assert paragraph_id("S/RES/1874 (2009)", "10", "notification") == "S/RES/1874 (2009) para 10 [notification]"


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data) -> bool:  # noqa: ANN001 (PyYAML's signature)
        return True


def _broken(tmp_path: Path, change) -> Path:
    data = yaml.safe_load(UN_1718.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.dump(data, Dumper=_NoAliases), encoding="utf-8")  # kg refuses YAML aliases
    return path


def _first_para(data: dict) -> dict:
    return data["resolutions"][1]["paragraphs"][0]


@pytest.mark.parametrize(
    ("change", "expected_message"),
    [
        (lambda d: _first_para(d).update(direction="to_dprk"),
         "resolutions[1] (S/RES/1874 (2009)).paragraphs[0] (para 9).direction: Input should be 'to_target'"),
        (lambda d: _first_para(d).update(activities=["arms_transfer", "smuggling"]),
         "resolutions[1] (S/RES/1874 (2009)).paragraphs[0] (para 9).activities[1]: Input should be 'arms_transfer'"),
        (lambda d: _first_para(d).update(services_for=[]), "services need services_for"),
        (lambda d: _first_para(d).update(binding="yes"), "(para 9).binding: Input should be a valid boolean"),
        (lambda d: _first_para(d).pop("summary"), "(para 9).summary: Field required"),
        (lambda d: _first_para(d).update(colour="red"), "(para 9).colour: Extra inputs are not permitted"),
        (lambda d: _first_para(d).update(windows=[{"from": "2020-01-01", "until": "2019-01-01"}]),
         "window ends (2019-01-01) on or before it starts"),
        (lambda d: _first_para(d).update(windows=[{"from": "2020-01-01", "contested_by": ["RUS"]}]),
         "a contested window needs binding_view"),
        (lambda d: d["resolutions"][1].update(number=1875), "does not match number 1875"),
        (lambda d: d["regime"].update(target="Korea"), "regime.target: String should match pattern"),
        (lambda d: d["resolutions"][1]["paragraphs"].append(dict(_first_para(d))), "paragraph numbers repeated"),
    ],
    ids=["direction", "activity", "services-for", "binding", "missing", "extra", "window", "contest", "symbol",
         "target", "duplicate"],
)
def test_bad_law_files_are_rejected_with_the_field_named(tmp_path: Path, change, expected_message: str) -> None:
    path = _broken(tmp_path, change)
    with pytest.raises(InputError) as caught:
        load_law(path)
    assert str(path) in caught.value.message
    assert expected_message in caught.value.message


def test_unknown_item_classes_and_parties_are_input_errors(tmp_path: Path) -> None:
    path = _broken(tmp_path, lambda d: _first_para(d).update(classes=["tanks"]))
    with pytest.raises(InputError, match="names unknown item classes \\['tanks'\\]"):
        load_all([path])
    path = _broken(tmp_path, lambda d: d["regime"].update(id="other", target=None, target_party="no-such-group"))
    with pytest.raises(InputError, match="'no-such-group' is not a party of data/parties.yaml"):
        load_all([path])


def test_unreadable_and_non_yaml_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="law file .*missing.yaml: no such file"):
        load_law(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("regime: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError, match="malformed YAML"):
        load_law(bad)
    bad.write_text("- just a list\n", encoding="utf-8")
    with pytest.raises(InputError, match="must hold a mapping"):
        load_law(bad)


def _row(event: dict) -> dict:
    return {"id": "e", "kind": event["kind"], "supplier": event["supplier"], "recipient": event["recipient"],
            "supplierParty": event.get("supplier_party"), "recipientParty": event.get("recipient_party"),
            "stage": "occurred", "claimDate": _first_day(event["claim_date"]), "articleDate": event["article_date"],
            "items": event["items"]}


@pytest.mark.parametrize(("event", "pinned"), HOUTHI_CASES, ids=["houthis-2025-03", "houthis-2025-11", "yemen-state"])
def test_iranian_missiles_for_the_houthis(event: dict, pinned: dict) -> None:
    found = {f["paragraph"]: f["props"]["tier"] for f in assess_event(load_all(), _row(event))}
    assert found == expected(event) == pinned


@pytest.mark.parametrize("case", IRAN_CASES, ids=lambda c: c.name)
def test_iran_cases_in_python(case) -> None:
    found = {f["paragraph"]: f["props"]["tier"] for f in assess_event(load_all(), _row(case.oracle_event()))}
    assert found == expected(case.oracle_event()) == case.expected


def test_three_regimes_are_loaded_by_default() -> None:
    law = load_all()
    assert [f.regime.id for f in law.files] == ["un-1718", "un-1737-iran", "un-2140-yemen"]
    assert law.files[2].regime.target_party == "houthis" and law.files[2].regime.target is None


def test_a_regime_added_as_a_yaml_file_needs_no_code_change(tmp_path: Path) -> None:
    data = yaml.safe_load(UN_1718.read_text(encoding="utf-8"))
    data["regime"].update(id="test-regime", target="ERI")
    path = tmp_path / "test-regime.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    law = load_all([path])
    event = {"id": "e", "kind": "arms_transfer", "supplier": "RUS", "recipient": "ERI", "stage": "occurred",
             "claimDate": "2020-01-01", "items": [{"item": "rifles", "category": "small-arms"}]}
    assert {f["paragraph"] for f in assess_event(law, event)} == {"S/RES/2270 (2016) para 6"}
