"""The second annotations of bench/second_annotations: well formed, their own work, and scored by bench.agreement."""

from __future__ import annotations

import json

import pytest

from bench import agreement, realdev_folds
from bench import extraction_quality as quality

KINDS = {"arms_transfer", "troop_deployment", "technology_transfer", "agreement"}
CATEGORIES = {"aircraft", "air-defence-system", "ammunition", "armoured-vehicle", "artillery", "missile",
              "naval-vessel", "sensor", "small-arms", "uav", "military-vehicle", "other"}


def test_six_annotators_three_with_the_real_articles_all_with_blind_ones_of_their_own() -> None:
    found = agreement.annotators()
    assert len(found) == 6
    real = [{key for key in files if key.startswith("realdev/")} for files in found.values()]
    blind = [{key for key in files if key.startswith("blind/")} for files in found.values()]
    every_real = {f"realdev/{name}" for fold in realdev_folds.FOLDS.values() for name in fold}
    assert real[:3] == [every_real] * 3 and real[3:] == [set()] * 3  # annotators a to c, then d to f
    assert [len(keys) for keys in blind] == [10] * 6 and len(set().union(*blind)) == 60
    assert all((quality.HELDOUT / "articles" / f"{key.split('/', 1)[1]}.txt").exists()
               for keys in blind for key in keys)


def test_annotations_follow_the_gold_schema_and_quote_only_our_own_articles() -> None:
    for files in agreement.annotators().values():
        for key, path in files.items():
            facts = json.loads(path.read_text(encoding="utf-8"))["facts"]
            for fact in facts:
                assert fact["kind"] in KINDS and len(fact["from"]) == len(fact["to"]) == 3, (key, fact)
                assert fact["category"] in CATEGORIES if fact["kind"] in ("arms_transfer", "technology_transfer") \
                    else fact["category"] is None, (key, fact)
            if key.startswith("realdev/"):
                # publishers' words stay out: only the fields the scorer reads, and the status
                assert all(set(fact) == {"kind", "from", "to", "category", "quantity", "status"} for fact in facts), key
            else:
                text = (quality.HELDOUT / "articles" / f"{key.split('/', 1)[1]}.txt").read_text(encoding="utf-8")
                assert all(fact["evidence"] in text for fact in facts), key


def test_the_agreement_table_scores_annotators_and_extractor_on_the_same_articles(capsys) -> None:
    if realdev_folds.official_scorer() is None or len(realdev_folds.realdev_articles()) < 14:
        pytest.skip("the real-article set and its scorer are not beside the repository (../shared/realdev)")
    figures = agreement.run()
    assert capsys.readouterr().out.count("second annotators against the gold") == 4
    assert figures["all"]["annotations"] == 102 and figures["all"]["articles"] == 74
    real = figures["real articles"]["second annotators"]
    # fixed data, fixed figures: the three second annotations of the 14 real articles against their gold
    assert (round(real["relation_f1"], 3), round(real["item_f1"], 3), real["quantity"]) == (0.955, 0.944, (67, 72))
    assert len(figures["pairs on the real articles"]) == 3
    blind = [figures[group]["annotations"] for group in agreement.GROUPS[1:] if group in figures]
    assert sum(blind) == 60
