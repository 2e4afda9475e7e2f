"""Extraction quality: precision, recall and F1 of `kg extract` against hand-labelled articles.

    .venv/bin/python -m bench.extraction_quality [--verbose]

Levels, each counted per article as sets and summed over articles (micro-average):
- relation: (kind, from, to); agreements have no direction, so their two states are compared as a pair;
- item: (kind, from, to, category);
- quantity recall: expected (kind, from, to, value) found in an extracted fact with the same value.
The development set is tests/data/articles/NAME.txt against tests/data/expected/NAME.json. When the seed
article exists next to the repository (../shared/seed/*.txt), it is scored against
tests/data/expected/seed-acceptance.json as an extra acceptance line; expected files may omit evidence. The
repository's samples (samples/articles against samples/facts) give another line when present.

When the real-article set exists (../shared/realdev), it is scored with its own scorer (score.py) per fold of
`bench/realdev_folds.py` and in all: fold A is the one rules were tuned on first; fold B was held out in round 1
and opened in rounds 2-3. `bench/heldout/` (articles written for the purpose, blind to the extractor) was scored
blind once after round 3; round 4 split it by article number into fold C (odd, opened for error analysis) and fold
D (even, held out, scored in aggregate only). A second blind set (articles 61-72) was scored once after round 4
and split the same way in round 5 (E opened, F held out); a third (81-92) in round 6 (G, H) and a fourth (101-112)
in round 7 (I, J). A fifth (121-132, fold K) is held out whole: scored before and after round 8, never opened.
Round 9 added four sets of twelve by four writers: L (133-144) and N (157-168) opened for error classes, M (145-156)
and O (169-180) held out whole, scored before and after round 9 only. Round 10 did the same with four new writers:
P (181-192) and R (205-216) opened, Q (193-204) and S (217-228) held out whole.
All folds are printed with an error-class table (`bench/error_classes.py`), which counts misses
and false facts per class and fold; `--verbose` lists each error of the folds given with `--fold` (by default the
tuning fold) and `--blind-fold` (by default C), with its sentence.
`score(pairs)` takes (expected, extracted) pairs of facts-file dicts and returns the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from bench import error_classes, realdev_folds

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO / "tests" / "data" / "articles"
EXPECTED = REPO / "tests" / "data" / "expected"
SEED_DIR = REPO.parent / "shared" / "seed"
SAMPLES = REPO / "samples"
SEED_EXPECTED = EXPECTED / "seed-acceptance.json"


def _states(fact: dict) -> tuple[str, str]:
    pair = (fact["from"], fact["to"])
    return tuple(sorted(pair)) if fact["kind"] == "agreement" else pair


def relation_key(fact: dict) -> tuple:
    return (fact["kind"], *_states(fact))


def item_key(fact: dict) -> tuple:
    return (*relation_key(fact), fact.get("category"))


def quantity_keys(facts: list[dict]) -> set[tuple]:
    return {(*relation_key(f), float(f["quantity"]["value"])) for f in facts if f.get("quantity")}


def _prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def score(pairs) -> dict:
    """Figures for (expected, extracted) pairs of facts-file dicts (the vocabulary's JSON shape)."""
    totals = {"relation": [0, 0, 0], "item": [0, 0, 0]}
    found = expected_quantities = 0
    documents = 0
    for expected, extracted in pairs:
        documents += 1
        for level, key in (("relation", relation_key), ("item", item_key)):
            want = {key(f) for f in expected["facts"]}
            got = {key(f) for f in extracted["facts"]}
            totals[level][0] += len(want & got)
            totals[level][1] += len(got - want)
            totals[level][2] += len(want - got)
        want_q = quantity_keys(expected["facts"])
        expected_quantities += len(want_q)
        found += len(want_q & quantity_keys(extracted["facts"]))
    result = {level: _prf(*counts) for level, counts in totals.items()}
    result["quantity"] = {"recall": found / expected_quantities if expected_quantities else 1.0,
                          "found": found, "expected": expected_quantities}
    result["documents"] = documents
    return result


def _extract(path: Path) -> dict:
    from kg.extract import extract_facts, read_article

    return extract_facts(read_article(path), name=str(path)).to_json_dict()


def dev_pairs() -> list[tuple[str, dict, dict]]:
    """(name, expected, extracted) for every labelled development article."""
    pairs = []
    for article in sorted(ARTICLES.glob("*.txt")):
        expected = json.loads((EXPECTED / f"{article.stem}.json").read_text(encoding="utf-8"))
        pairs.append((article.stem, expected, _extract(article)))
    return pairs


def sample_pairs() -> list[tuple[str, dict, dict]]:
    """The repository's sample articles (samples/articles) against their reviewed facts (samples/facts)."""
    pairs = []
    for article in sorted(SAMPLES.glob("articles/*.txt")):
        facts = SAMPLES / "facts" / f"{article.stem}.json"
        if facts.exists():
            pairs.append((article.stem, json.loads(facts.read_text(encoding="utf-8")), _extract(article)))
    return pairs


def seed_pairs() -> list[tuple[str, dict, dict]]:
    if not SEED_DIR.is_dir() or not SEED_EXPECTED.exists():
        return []
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    return [(path.stem, expected, _extract(path)) for path in sorted(SEED_DIR.glob("*.txt"))]


def _line(label: str, figures: dict) -> str:
    r, i, q = figures["relation"], figures["item"], figures["quantity"]
    return (f"{label:<12} docs={figures['documents']:>3}  relation P={r['precision']:.2f} R={r['recall']:.2f} "
            f"F1={r['f1']:.2f}  item P={i['precision']:.2f} R={i['recall']:.2f} F1={i['f1']:.2f}  "
            f"quantity R={q['recall']:.2f} ({q['found']}/{q['expected']})")


def _differences(name: str, expected: dict, extracted: dict) -> list[str]:
    want = {item_key(f) for f in expected["facts"]}
    got = {item_key(f) for f in extracted["facts"]}
    lines = [f"  {name}: missed {key}" for key in sorted(want - got, key=str)]
    return lines + [f"  {name}: extra  {key}" for key in sorted(got - want, key=str)]


def _classify_context(scorer, title: str) -> dict:
    from kg.extract.knowledge import load_knowledge

    knowledge = load_knowledge()
    return {"rel": scorer.relation_key, "item": scorer.item_key, "title": title.strip(),
            "party": knowledge.parties,
            "cue": lambda text: bool(knowledge.cues["any"].search(text) and knowledge.items.search(text)),
            "named": lambda text: bool(knowledge.states.search(text) or knowledge.parties.search(text)),
            "qty": lambda a, b: abs(float(a) - float(b)) <= 0.01 * abs(float(b))}


def _error_line(scorer, name: str, kind: str, how: str, fact: dict) -> str:
    return (f"  {name}: {how:<8} [{kind}] {scorer.item_key(fact)} q={(fact.get('quantity') or {}).get('value')} "
            f"src={fact.get('attributed_to')!r}\n      {error_classes._evidence(fact)[:300]}")


def realdev(verbose: bool = False, folds: tuple[str, ...] = (realdev_folds.TUNING_FOLD,)) -> dict:
    """Score ../shared/realdev per fold and in all with its own scorer; print the figures and the error-class
    table; with `verbose`, each error of the opened `folds` (by default the tuning fold only)."""
    scorer, articles = realdev_folds.official_scorer(), realdev_folds.realdev_articles()
    if scorer is None or not articles:
        return {}
    results, counts, detail = {}, {}, []
    for name, article, gold_path in articles:
        gold = scorer.load_facts(str(gold_path), lambda message: None)
        extracted = _extract(article)
        results[name] = (gold, extracted["facts"])
        fold = realdev_folds.fold_of(name)
        context = _classify_context(scorer, json.loads(gold_path.read_text(encoding="utf-8"))["document"]["title"])
        for kind, how, fact in error_classes.classify(gold, extracted["facts"], context):
            counts.setdefault(fold, Counter())[kind] += 1
            if fold in folds:
                detail.append(_error_line(scorer, name, kind, how, fact))
    figures = realdev_folds.score_folds(results, scorer)
    for label, f in figures.items():
        held = " (tuning)" if label == realdev_folds.TUNING_FOLD else " (opened in rounds 2-3)" if label != "all" else ""
        print(f"realdev {label:<4} docs={f['articles']:>3}  relation P={f['relation_p']:.2f} R={f['relation_r']:.2f} "
              f"F1={f['relation_f1']:.2f}  item F1={f['item_f1']:.2f}  quantity R={f['quantity_recall']:.2f} "
              f"({f['quantity'][0]}/{f['quantity'][1]})  facts from no-fact articles={f['no_fact_output']}{held}")
    print("\n".join(error_classes.table(counts, list(realdev_folds.FOLDS))))
    if verbose:
        print(f"errors of fold(s) {', '.join(folds)}:", file=sys.stderr)
        print("\n".join(detail), file=sys.stderr)
    return {"realdev": figures, "error_classes": {fold: dict(c) for fold, c in counts.items()}}


HELDOUT = REPO / "bench" / "heldout"
# The blind set's split, fixed by file number before any of it was read (round 4): rules are changed looking only
# at the odd-numbered articles (C); the even-numbered ones (D) stay held out and are scored in aggregate only.
# The second set (61-72, written after round 4 and scored blind once then) is split the same way in round 5: odd
# articles (E) opened, even ones (F) held out.
BLIND_TUNING_FOLD = "C"
BLIND_FOLDS = {"C": "41-56, odd number (opened in round 4)", "D": "41-56, even number (held out)",
               "E": "61-72, odd number (opened in round 5)", "F": "61-72, even number (held out)",
               "G": "81-92, odd number (opened in round 6)", "H": "81-92, even number (held out)",
               "I": "101-112, odd number (opened in round 7)", "J": "101-112, even number (held out)",
               "K": "121-132, all (held out; scored before and after round 8)",
               "L": "133-144, all (opened in round 9)", "M": "145-156, all (held out; scored before and after round 9)",
               "N": "157-168, all (opened in round 9)", "O": "169-180, all (held out; scored before and after round 9)",
               "P": "181-192, all (opened in round 10)", "Q": "193-204, all (held out; scored before and after round 10)",
               "R": "205-216, all (opened in round 10)",
               "S": "217-228, all (held out; scored before and after round 10)",
               "T": "229-240, all (held out; scored before and after round 11)",
               "U": "241-252, all (held out; scored before and after round 11)",
               "V": "253-264, all (held out; scored before and after round 11)",
               "W": "265-276, all (held out; scored before and after round 11)",
               "X": "277-288, all (opened in round 11)", "Y": "289-300, all (opened in round 11)",
               "Z": "301-312, all (held out; scored before and after round 12)",
               "AA": "313-324, all (held out; scored before and after round 12)",
               "AB": "325-336, all (held out; scored before and after round 12)",
               "AC": "337-348, all (opened in round 12)", "AD": "349-360, all (opened in round 12)",
               "AE": "361-372, all (held out; written after round 12's rules were frozen)",
               "AF": "373-384, all (held out; written after round 12's rules were frozen)",
               "AG": "385-396, all (held out; written after round 12's rules were frozen)",
               "AH": "397-408, all (written in round 13, held out; opened in round 14)",
               "AI": "409-420, all (written in round 13, held out; opened in round 14)",
               "AJ": "421-432, all (written in round 13, held out; opened in round 14)",
               "AK": "433-444, all (written in round 14, held out; opened in round 15)",
               "AL": "445-456, all (written in round 14, held out; opened in round 15)",
               "AM": "457-468, all (written in round 14, held out; opened in round 15)",
               "AN": "469-480, all (written in round 15, held out; opened in round 16)",
               "AO": "481-492, all (written in round 15, held out; opened in round 16)",
               "AP": "493-504, all (written in round 15, held out; opened in round 16)",
               "AQ": "505-516, all (held out; written after round 15's rules were frozen, never opened)",
               "AR": "517-528, all (held out; written after round 15's rules were frozen, never opened)",
               "AS": "529-540, all (held out; written after round 15's rules were frozen, never opened)",
               "AT": "541-552, all (written in round 16, held out; opened in round 17)",
               "AU": "553-564, all (written in round 16, held out; opened in round 17)",
               "AV": "565-576, all (written in round 16, held out; opened in round 17)",
               "AW": "577-588, all (held out; written after round 16's rules were frozen, never opened)",
               "AX": "589-600, all (held out; written after round 16's rules were frozen, never opened)",
               "AY": "601-612, all (held out; written after round 16's rules were frozen, never opened)",
               "AZ": "613-624, all (written in round 17, held out; opened in round 18)",
               "BA": "625-636, all (written in round 17, held out; opened in round 18)",
               "BB": "637-648, all (written in round 17, held out; opened in round 18)",
               "BC": "649-660, all (written in round 18, held out; opened in round 19)",
               "BD": "661-672, all (written in round 18, held out; opened in round 19)",
               "BE": "673-684, all (written in round 18, held out; opened in round 19)",
               "BF": "685-696, all (written after round 18's rules were frozen, held out; opened in round 20)",
               "BG": "697-708, all (written after round 18's rules were frozen, held out; opened in round 20)",
               "BH": "709-720, all (written after round 18's rules were frozen, held out; opened in round 20)",
               "BI": "721-732, all (written in round 20, held out; opened in round 21)",
               "BJ": "733-744, all (written in round 20, held out; opened in round 21)",
               "BK": "745-756, all (written in round 20, held out; opened in round 21)",
               "BL": "757-768, all (written in round 21, held out; opened in round 22)",
               "BM": "769-780, all (written in round 21, held out; opened in round 22)",
               "BN": "781-792, all (written in round 21, held out; opened in round 22)",
               "BO": "793-804, all (written in round 22, held out; opened in round 23)",
               "BP": "805-816, all (written in round 22, held out; opened in round 23)",
               "BQ": "817-828, all (written in round 22, held out; opened in round 23)",
               # 829-864 (written in round 22 for round 23) were lost with their machine before they were added
               "BU": "865-876, all (written in round 23, held out; opened in round 24)",
               "BV": "877-888, all (written in round 23, held out; opened in round 24)",
               "BW": "889-900, all (written in round 23, held out; opened in round 24)",
               "BX": "901-912, all (written in round 24, held out; opened in round 25)",
               "BY": "913-924, all (written in round 24, held out; opened in round 25)",
               "BZ": "925-936, all (written in round 24, held out; opened in round 25)",
               "CA": "937-948, all (written in round 25, held out; opened in round 26)",
               "CB": "949-960, all (written in round 25, held out; opened in round 26)",
               "CC": "961-972, all (written in round 25, held out; opened in round 26)",
               "CD": "973-984, all (written in round 26, held out; opened in round 27)",
               "CE": "985-996, all (written in round 26, held out; opened in round 27)",
               "CF": "997-1008, all (written in round 26, held out; opened in round 27)",
               "CG": "1009-1020, all (written in round 27, held out; opened in round 28)",
               "CH": "1021-1032, all (written in round 27, held out; opened in round 28)",
               "CI": "1033-1044, all (written in round 27, held out; opened in round 28)",
               "CJ": "1045-1056, all (written in round 28, held out; opened in round 29)",
               "CK": "1057-1068, all (written in round 28, held out; opened in round 29)",
               "CL": "1069-1080, all (written in round 28, held out; opened in round 29)",
               "CM": "1081-1092, all (written in round 29, held out; opened in round 30)",
               "CN": "1093-1104, all (written in round 29, held out; opened in round 30)",
               "CO": "1105-1116, all (written in round 29, held out; opened in round 30)",
               "CP": "1117-1128, all (written in round 30, held out; opened in round 31)",
               "CQ": "1129-1140, all (written in round 30, held out; opened in round 31)",
               "CR": "1141-1152, all (written in round 30, held out; opened in round 31)",
               "CS": "1153-1164, all (written in round 31, held out; opened in round 32)",
               "CT": "1165-1176, all (written in round 31, held out; opened in round 32)",
               "CU": "1177-1188, all (written in round 31, held out; opened in round 32)",
               "CV": "1189-1200, all (written in round 32, held out; opened in round 33)",
               "CW": "1201-1212, all (written in round 32, held out; opened in round 33)",
               "CX": "1213-1224, all (written in round 32, held out; opened in round 33)",
               "CY": "1225-1236, all (written in round 33, held out; opened in round 34)",
               "CZ": "1237-1248, all (written in round 33, held out; opened in round 34)",
               "DA": "1249-1260, all (written in round 33, held out; opened in round 34)",
               "DB": "1261-1272, all (written in round 34, held out; opened in round 35)",
               "DC": "1273-1284, all (written in round 34, held out; opened in round 35)",
               "DD": "1285-1296, all (written in round 34, held out; opened in round 35)",
               "DE": "1297-1308, all (written in round 35, held out; opened in round 36)",
               "DF": "1309-1320, all (written in round 35, held out; opened in round 36)",
               "DG": "1321-1332, all (written in round 35, held out; opened in round 36)",
               "DH": "1333-1344, all (written in round 36, held out; opened in round 37)",
               "DI": "1345-1356, all (written in round 36, held out; opened in round 37)",
               "DJ": "1357-1368, all (written in round 36, held out; opened in round 37)",
               "DK": "1369-1380, all (written in round 37, held out; opened in round 38)",
               "DL": "1381-1392, all (written in round 37, held out; opened in round 38)",
               "DM": "1393-1404, all (written in round 37, held out; opened in round 38)",
               "DN": "1405-1416, all (written in round 38, held out; opened in round 39)",
               "DO": "1417-1428, all (written in round 38, held out; opened in round 39)",
               "DP": "1429-1440, all (written in round 38, held out; opened in round 39)",
               "DQ": "1441-1452, all (written in round 39, held out; opened in round 40)",
               "DR": "1453-1464, all (written in round 39, held out; opened in round 40)",
               "DS": "1465-1476, all (written in round 39, held out; opened in round 40)",
               "DT": "1477-1488, all (written in round 40, held out; opened in round 41)",
               "DU": "1489-1500, all (written in round 40, held out; opened in round 41)",
               "DV": "1501-1512, all (written in round 40, held out; opened in round 41)",
               "DW": "1513-1524, all (written in round 41, held out; opened in round 42)",
               "DX": "1525-1536, all (written in round 41, held out; opened in round 42)",
               "DY": "1537-1548, all (written in round 41, held out; opened in round 42)",
               "DZ": "1549-1560, all (written in round 42, held out; opened in round 43)",
               "EA": "1561-1572, all (written in round 42, held out; opened in round 43)",
               "EB": "1573-1584, all (written in round 42, held out; opened in round 43)",
               "EC": "1585-1596, all (written in round 43, held out; opened in round 44)",
               "ED": "1597-1608, all (written in round 43, held out; opened in round 44)",
               "EE": "1609-1620, all (written in round 43, held out; opened in round 44)",
               "EF": "1621-1632, all (written in round 44, held out; opened in round 45)",
               "EG": "1633-1644, all (written in round 44, held out; opened in round 45)",
               "EH": "1645-1656, all (written in round 44, held out; opened in round 45)",
               "EI": "1657-1668, all (written in round 45, held out; opened in round 46)",
               "EJ": "1669-1680, all (written in round 45, held out; opened in round 46)",
               "EK": "1681-1692, all (written in round 45, held out; opened in round 46)",
               "EL": "1693-1704, all (written in round 46, held out; opened in round 47)",
               "EM": "1705-1716, all (written in round 46, held out; opened in round 47)",
               "EN": "1717-1728, all (written in round 46, held out; opened in round 47)",
               "EO": "1729-1740, all (written in round 47, held out; opened in round 48)",
               "EP": "1741-1752, all (written in round 47, held out; opened in round 48)",
               "EQ": "1753-1764, all (written in round 47, held out; opened in round 48)",
               "ER": "1765-1776, all (written in round 48, held out; opened in round 49)",
               "ES": "1777-1788, all (written in round 48, held out; opened in round 49)",
               "ET": "1789-1800, all (written in round 48, held out; opened in round 49)",
               "EU": "1801-1812, all (written in round 48, held out; opened in round 49)",
               "EV": "1813-1824, all (written in round 48, held out; opened in round 49)",
               "EW": "1825-1836, all (written in round 48, held out; opened in round 49)",
               "EX": "1837-1848, all (written after round 48's rules were frozen, held out; opened in round 50)",
               "EY": "1849-1860, all (written after round 48's rules were frozen, held out; opened in round 50)",
               "EZ": "1861-1872, all (written after round 48's rules were frozen, held out; opened in round 50)",
               "FA": "1873-1884, all (written at the start of round 49, held out; opened in round 51)",
               "FB": "1885-1896, all (written at the start of round 49, held out; opened in round 51)",
               "FC": "1897-1908, all (written at the start of round 49, held out; opened in round 51)",
               "FD": "1909-1920, all (written at the start of round 50, held out; opened in round 52)",
               "FE": "1921-1932, all (written at the start of round 50, held out; opened in round 52)",
               "FF": "1933-1944, all (written at the start of round 50, held out; opened in round 52)",
               "FG": "1945-1956, all (written at the start of round 51, held out; opened in round 53)",
               "FH": "1957-1968, all (written at the start of round 51, held out; opened in round 53)",
               "FI": "1969-1980, all (written at the start of round 51, held out; opened in round 53)",
               "FJ": "1981-1992, all (written at the start of round 52, held out; opened in round 54)",
               "FK": "1993-2004, all (written at the start of round 52, held out; opened in round 54)",
               "FL": "2005-2016, all (written at the start of round 52, held out; opened in round 54)",
               "FM": "2017-2028, all (written at the start of round 53, held out; opened in round 56)",
               "FN": "2029-2040, all (written at the start of round 53, held out; opened in round 56)",
               "FO": "2041-2052, all (written at the start of round 53, held out; opened in round 56)",
               "FP": "2053-2064, all (held out; written at the start of round 54, never opened)",
               "FQ": "2065-2076, all (held out; written at the start of round 54, never opened)",
               "FR": "2077-2088, all (held out; written at the start of round 54, never opened)",
               "FS": "2089-2100, all (held out; written at the start of round 55, never opened)",
               "FT": "2101-2112, all (held out; written at the start of round 55, never opened)",
               "FU": "2113-2124, all (held out; written at the start of round 55, never opened)",
               "FV": "2125-2136, all (held out; written at the start of round 56, never opened)",
               "FW": "2137-2148, all (held out; written at the start of round 56, never opened)",
               "FX": "2149-2160, all (held out; written at the start of round 56, never opened)"}
# The sets of twelve from 121 on, in number order (BR, BS and BT, 829-864, hold no articles: they were lost).
TWELVES = ("K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "AA", "AB", "AC", "AD", "AE",
           "AF", "AG", "AH", "AI", "AJ", "AK", "AL", "AM", "AN", "AO", "AP", "AQ", "AR", "AS", "AT", "AU", "AV",
           "AW", "AX", "AY", "AZ", "BA", "BB", "BC", "BD", "BE", "BF", "BG", "BH",
           "BI", "BJ", "BK", "BL", "BM", "BN", "BO", "BP", "BQ", "BR", "BS", "BT", "BU", "BV", "BW",
           "BX", "BY", "BZ", "CA", "CB", "CC", "CD", "CE", "CF", "CG", "CH", "CI",
           "CJ", "CK", "CL", "CM", "CN", "CO", "CP", "CQ", "CR", "CS", "CT", "CU", "CV", "CW", "CX",
           "CY", "CZ", "DA", "DB", "DC", "DD", "DE", "DF", "DG", "DH", "DI", "DJ", "DK", "DL", "DM", "DN", "DO",
           "DP", "DQ", "DR", "DS", "DT", "DU", "DV", "DW", "DX", "DY", "DZ", "EA", "EB", "EC", "ED", "EE",
           "EF", "EG", "EH", "EI", "EJ", "EK", "EL", "EM", "EN", "EO", "EP", "EQ", "ER", "ES", "ET", "EU",
           "EV", "EW", "EX", "EY", "EZ", "FA", "FB", "FC", "FD", "FE", "FF", "FG",
           "FH", "FI", "FJ", "FK", "FL", "FM", "FN", "FO", "FP", "FQ",
           "FR", "FS", "FT", "FU", "FV", "FW", "FX")
BLIND_NO_FACT = ("49-regional-daily-shoigu-visit", "50-wire-china-denies-lethal-aid",
                 "51-commentary-unsc-panel-veto", "71-baltic-courier-belarus-iran-interview",
                 "72-nations-wire-snapback-debate", "86-mekong-wire-min-aung-hlaing-minsk",
                 "92-harbour-review-oped-china-lethal-aid", "106-continental-review-oped-china-question",
                 "111-tehran-press-agency-spokesman-denial", "124-verifydesk-four-viral-claims",
                 "131-diplomatic-ledger-year-without-watchdog", "137-levant-gulf-iran-denies-missiles",
                 "142-asia-ledger-min-aung-hlaing-moscow", "156-asia-pacific-wire-iran-denies-missiles",
                 "163-hangang-daily-choe-moscow-visit", "168-britnews-lukashenko-no-troops",
                 "177-pyongyang-watch-shoigu-parade", "180-harbour-post-beijing-denies-drones",
                 "188-eurasia-press-summit-no-deals", "192-harbour-post-beijing-lethal-aid",
                 "204-brux-dispatch-snapback-countdown", "216-horn-review-russia-eritrea-base-talk",
                 "224-claimcheck-russia-houthi-missiles-video", "230-northbound-press-vostochny-no-deals",
                 "240-checkpoint-asia-no-mig-transfer", "247-pars-dispatch-fm-denial",
                 "263-verifydesk-china-troops-claim",
                 "271-pyongyang-wire-kcna-denial-translation", "284-gulf-meridian-no-sign-chinese-weapons",
                 "288-accra-evening-post-kim-putin-vostochny", "299-nippon-horizon-mig29-speculation",
                 "311-continental-press-submarine-question", "323-strategic-ledger-su35-long-wait-oped",
                 "324-baltic-caspian-kremlin-tehran-dismiss-missile-reports", "329-horn-briefing-who-is-arming-eritrea",
                 "342-pacific-ledger-kim-putin-preview", "348-kyiv-evening-courier-belarus-border",
                 "355-tehran-mirror-no-su35-yet", "359-levant-ledger-hezbollah-rearm-analysis",
                 "369-asia-desk-explainer-kim-putin-summit", "382-eastern-med-dispatch-sharaa-putin-bases",
                 "389-checkpoint-asia-su35-clip", "394-minsk-herald-mfa-briefing-dprk",
                 "402-parsreview-kanaani-denial", "419-capital-ledger-kremlin-fighter-jets-talk",
                 "431-nile-current-sudan-russia-no-weapons", "443-eastline-news-vostochny-summit",
                 "444-han-river-herald-what-next", "455-atlantic-ledger-snapback-explained",
                 "468-red-sea-post-russia-sudan-no-deal", "476-baltic-courier-briefing-denials",
                 "489-clearwater-explainer-snapback", "502-hornwatch-eritrea-russia-no-deal",
                 "508-seoul-calling-radio-china-ports", "526-east-river-snapback-vote",
                 "539-nile-post-briefing-port-sudan-base-denials", "547-harbour-review-oped-submarine-question",
                 "564-checkpoint-africa-port-sudan-s400-claim", "575-eurasia-wire-armenia-india-talks",
                 "583-meridianbrief-beijing-briefing-denial", "598-nile-current-egypt-j10c-denial",
                 "611-south-asia-defence-notes-su57-f35", "623-china-denies-eu-weighs-listings",
                 "636-gulf-policy-review-saudi-f35-request", "642-dhaka-current-oped-j10c",
                 "653-eastern-ledger-opinion-moscow-iou", "672-briefing-room-baghaei-no-comment",
                 "684-viet-economic-times-no-fighter-contract", "689-atrium-review-oped-20th-package",
                 "696-seoul-briefing-room-explainer-belarus-pyongyang", "708-cairo-horizon-hq9b-denial",
                 "719-long-view-opinion-j35-rumour", "732-eurasiastrategy-roundtable-beijing-arms",
                 "744-asia-briefing-room-beijing-denial", "754-lotus-review-oped-hanoi-shopping-list",
                 "766-meridian-review-oped-bargain-limits", "767-eurasia-desk-kremlin-briefing-denials",
                 "777-persian-gulf-herald-baghaei-briefing", "792-caribe-semanal-russian-freighter-caracas",
                 "799-briefing-beijing-rejects-eu-listings", "814-port-sudan-russian-base-waits",
                 "821-hemisphere-review-oped-window-shopping", "875-primorye-business-bulletin-rason-visit",
                 "887-astana-observer-soviet-jets-auction-denial", "895-eastern-seaboard-post-oped-lavrov-wonsan",
                 "910-nile-business-daily-egypt-beijing-jets", "917-meridian-un-panel-veto",
                 "932-spree-observer-bundestag-taurus-vote", "946-pyongyang-monitor-kim-yo-jong-statement",
                 "952-atlantic-courier-live-snapback-vote", "972-berlin-parliament-watch-eurofighter-debate",
                 "981-primorsky-vestnik-lavrov-wonsan", "993-chao-phraya-tribune-thai-banks-debate",
                 "1004-rheinland-abendblatt-taurus-vote", "1020-lakesidepost-snapback-vote",
                 "1030-bengalurubulletin-vietnam-aero-india", "1038-capital-radio-ankara-saudi-kaan-visit",
                 "1050-atlantic-press-merz-kyiv-taurus", "1067-subcontinent-review-oped-putin-delhi-su57",
                 "1075-pyongyang-monitor-kim-yo-jong-statement", "1091-cairo-defence-monitor-explainer-j10c-rumours",
                 "1098-steppe-courier-eu-envoy-astana", "1115-island-radio-special-defence-budget-stalled",
                 "1127-sahel-standard-niger-pm-tehran", "1137-harbour-review-submarine-oped",
                 "1146-berlin-dispatch-bundestag-taurus-vote", "1160-pars-observer-baghaei-yemen-media-show",
                 "1174-caribbean-current-cuba-china-base-debate", "1184-steppe-courier-eu-envoy-bishkek",
                 "1196-manila-harbour-times-senate-submarine-debate", "1212-yerevan-lens-csto-debate",
                 "1215-turtle-bay-dispatch-south-sudan-embargo-vote",
                 "1226-nagasaki-maritime-courier-east-china-sea-tanker", "1242-steppe-courier-army-2022-notebook",
                 "1260-pacific-dispatch-oped-submarine-reactor", "1270-quarterly-review-of-books-paper-walls-memoir",
                 "1283-commons-ledger-oped-arms-data-transparency", "1295-hanoi-horizon-four-nos-defence-expo",
                 "1300-alpine-post-bern-reexport-refusal", "1316-aare-valley-courier-reexport-debate",
                 "1325-harbour-ledger-oped-used-frigates", "1339-alpine-ledger-swiss-reexport-debate",
                 "1355-lakes-sahel-review-embargo-oped", "1362-hanoi-ledger-oped-four-nos-jet-rumours",
                 "1378-trading-floor-defence-shares-ceasefire", "1391-pacific-rim-courier-vostochny-no-deals",
                 "1403-mekong-observer-ream-no-base", "1412-northeast-asia-osr-tarpaulin-problem-oped",
                 "1427-brussels-ledger-explainer-syria-sanctions-easing", "1436-alpine-chronicle-re-export-debate",
                 "1446-harbourline-review-drone-bazaar-oped", "1460-spree-chronicle-bundestag-taurus-vote",
                 "1471-black-sea-opinion-offsets-are-promises", "1483-civic-ledger-shell-paperwork-oped",
                 "1498-lakeside-review-oped-swiss-reexport", "1512-kestrel-review-oped-launch-rules",
                 "1518-meridian-review-fighter-rumours-oped", "1530-northern-ledger-oped-boots-on-ground",
                 "1544-archipelago-post-oped-palm-oil-jets", "1557-beirut-ledger-oped-monopoly-arms",
                 "1565-kyiv-compass-oped-phantom-shells", "1584-cartographer-opinion-serial-number-not-verdict",
                 "1590-hangang-review-oped-seoul-jammers-debate", "1602-harbour-review-oped-soviet-arsenal-myth",
                 "1615-harbour-times-oped-snapback-paper-tiger", "1627-luzon-tribune-oped-second-hand-destroyers",
                 "1638-male-observer-oped-no-arms-race-atolls", "1648-harbour-review-oped-panel-blindness",
                 "1662-horizon-review-oped-local-currency-arms-mirage", "1674-capitol-ledger-oped-congressional-holds",
                 "1686-harbour-review-oped-dogfight-not-a-brochure", "1698-tribuna-iberica-oped-spain-gulf-licences",
                 "1709-levant-review-oped-drone-export-rules", "1723-gulfperspective-oped-snapback-embargo-debate",
                 "1734-hangang-forum-oped-arms-export-debate", "1744-bratislava-ledger-oped-slovak-shell-exports-debate",
                 "1757-eastafricanreview-oped-horn-arms-race",
                 "1771-almaty-ledger-oped-arms-diversification-debate", "1782-baltic-ledger-oped-export-caution",
                 "1795-harbour-times-oped-fighter-jets-speculation", "1804-lima-herald-oped-peru-fighter-debate",
                 "1815-sahel-review-oped-embargo-debate", "1832-indus-ledger-oped-stealth-jet-rumours",
                 "1847-hokuriku-coastal-vladivostok-talks", "1857-capitol-brief-snapback-explainer",
                 "1872-verifica-brasil-guarani-factcheck", "1884-pacific-rim-dispatch-kim-train",
                 "1895-beirut-courier-disarmament-talks", "1906-dongfang-news-china-weapons-position-translated",
                 "1917-meridian-explainer-iran-su35", "1923-tehran-dawn-baghaei-weekly-briefing",
                 "1944-claimcheck-j10c-iran-videos", "1950-gulf-press-digest-tehran-briefing",
                 "1968-nile-basin-institute-brief-egypt-chinese-fighters", "1980-seoul-ledger-opinion-arms-for-ukraine",
                 "1992-claimcheck-asia-su35-video-false", "1998-chamber-notes-unsc-snapback-vote",
                 "2016-jakarta-market-daily-brahmos-talks", "2028-astana-chamber-report-secondary-sanctions",
                 "2040-han-business-daily-kf21-gulf", "2052-capitaldiplomaticwire-mea-brahmos-indonesia",
                 "2064-committee-record-blinken-saudi-pact", "2076-asia-briefing-desk-china-denies-lethal-aid",
                 "2088-veracity-desk-factcheck-shan-video", "2100-penang-courier-hornet-talks-kuwait",
                 "2103-pars-state-news-kanaani-yemen-denial", "2120-london-post-briefing-coalition-willing",
                 "2130-hanrivertimes-live-kim-putin-vostochny", "2148-anatolia-weekly-mod-briefing-syria-bases",
                 "2160-gulf-coast-radio-cuba-spy-denials")


def blind_fold_of(name: str) -> str:
    """C / D for an odd / even article number of the first set (41-56), E / F for the second (61-72), G / H for
    the third (81-92), I / J for the fourth (101-112); K for every article of the fifth (121-132), held out whole;
    L, M, N, O for the sets of twelve written in round 9 (133-144 and 157-168 opened, 145-156 and 169-180 held out);
    P, Q, R, S for those of round 10 (181-192 and 205-216 opened, 193-204 and 217-228 held out); T, U, V, W, X, Y for
    those of round 11 (229-276 held out, 277-300 opened); Z, AA, AB, AC, AD for those of round 12 (301-336 held
    out, 337-360 opened), AE, AF, AG for the three written after round 12's rules were frozen (361-396, held
    out), AH, AI, AJ for those of round 13 (397-432, held out, then opened in round 14), AK, AL, AM for those of
    round 14 (433-468, held out, then opened in round 15), AN, AO, AP for those of round 15 (469-504, held out,
    then opened in round 16), AQ, AR, AS for the three written after round 15's rules were frozen (505-540, held
    out), AT, AU, AV for those of round 16 (541-576, held out, then opened in round 17), AW, AX, AY for the three
    written after round 16's rules were frozen (577-612, held out), AZ, BA, BB for those of round 17 (613-648, held
    out, then opened in round 18), BC, BD, BE for those of round 18 (649-684, held out, then opened in round 19),
    BF, BG, BH for the three written after round 18's rules were frozen (685-720, held out, then opened in round 20),
    BI, BJ, BK for those of round 20 (721-756, held out, then opened in round 21), BL, BM, BN for those of round 21
    (757-792, held out, then opened in round 22), BO, BP, BQ for those of round 22 (793-828, held out, then opened
    in round 23), BU, BV, BW for those of round 23 (865-900, held out, then opened in round 24; 829-864 were lost
    before they were added), BX, BY, BZ for those of round 24 (901-936, held out, then opened in round 25), CA,
    CB, CC for those of round 25 (937-972, held out, then opened in round 26), CD, CE, CF for those of round 26
    (973-1008, held out, then opened in round 27), CG, CH, CI for those of round 27 (1009-1044, held out, then opened
    in round 28), CJ, CK, CL for those of round 28 (1045-1080, held out, then opened in round 29), CM, CN, CO for
    those of round 29 (1081-1116, held out, then opened in round 30), CP, CQ, CR for those of round 30 (1117-1152,
    held out, then opened in round 31), CS, CT, CU for those of round 31 (1153-1188, held out, then opened in round
    32), CV, CW, CX for those of round 32 (1189-1224, held out, then opened in round 33), CY, CZ, DA for those of
    round 33 (1225-1260, held out, then opened in round 34), DB, DC, DD for those of round 34 (1261-1296, held out,
    then opened in round 35), DE, DF, DG for those of round 35 (1297-1332, held out, then opened in round 36), DH,
    DI, DJ for those of round 36 (1333-1368, held out, then opened in round 37), DK, DL, DM for those of round 37
    (1369-1404, held out, then opened in round 38), DN, DO, DP for those of round 38 (1405-1440, held out, then opened
    in round 39), DQ, DR, DS for those of round 39 (1441-1476, held out, then opened in round 40), DT, DU, DV for
    those of round 40 (1477-1512, held out, then opened in round 41), DW, DX, DY for those of round 41 (1513-1548,
    held out, then opened in round 42), DZ, EA, EB for those of round 42 (1549-1584, held out, then opened in round
    43), EC, ED, EE for those of round 43 (1585-1620, held out, then opened in round 44), EF, EG, EH for those of
    round 44 (1621-1656, held out, then opened in round 45), EI, EJ, EK for those of round 45 (1657-1692, held out,
    then opened in round 46), EL, EM, EN for those of round 46 (1693-1728, held out, then opened in round 47),
    EO, EP, EQ for those of round 47 (1729-1764, held out, then opened in round 48), ER to EW for the six of
    round 48 (1765-1836, held out, then opened in round 49), EX, EY, EZ for the three written after round 48's rules
    were frozen (1837-1872, held out) and FA, FB, FC for the three written at the start of round 49 (1873-1908,
    held out)."""
    number = int(name.split("-", 1)[0])
    if number > 120:
        return TWELVES[min((number - 121) // 12, len(TWELVES) - 1)]
    odd, even = "CD" if number < 60 else "EF" if number < 80 else "GH" if number < 100 else "IJ"
    return odd if number % 2 else even


def blind(verbose: bool = False, folds: tuple[str, ...] = (BLIND_TUNING_FOLD,)) -> dict:
    """Score bench/heldout (articles written for the purpose by someone who never read the extractor) with the
    realdev scorer, per fold of `BLIND_FOLDS` and in all, with its error-class table. It was scored blind once
    after round 3 (relation F1 0.75, item F1 0.74, quantity recall 0.56, 2026-12-01); from round 4 on fold C is
    opened for error classes (`--verbose --blind-fold C`) and fold D stays held out. The second set (61-72) was
    scored blind once after round 4 (0.57 / 0.40 / 0.48); round 5 opens its fold E and holds out fold F. The
    third set (81-92) was scored blind once after round 5 (0.63 / 0.55 / 0.32); round 6 opens its fold G and
    holds out fold H. The fourth set (101-112) was scored blind once after round 6 (0.78 / 0.69 / 0.50); round 7
    opens its fold I and holds out fold J. The fifth set (121-132, fold K) is held out whole: scored before round 8
    (0.71 / 0.50 / 0.22) and after it, never opened. Rounds 9 and 10 each added four sets of twelve, two opened and
    two held out whole; round 11 added six, four held out whole and two opened; round 12 five (three held out, two
    opened) and, once its rules were frozen, three more held out; rounds 13 to 22 three each, held out whole at
    first and opened one round later, and three more after the rules of rounds 15, 16 and 18 were frozen (see
    `BLIND_FOLDS`)."""
    scorer = realdev_folds.official_scorer()
    if scorer is None:
        return {}
    results, counts, detail = {}, {}, []
    for gold_path in sorted((HELDOUT / "gold").glob("*.json")):
        name = gold_path.stem
        gold = scorer.load_facts(str(gold_path), lambda message: None)
        extracted = _extract(HELDOUT / "articles" / f"{name}.txt")["facts"]
        results[name] = (gold, extracted)
        fold = blind_fold_of(name)
        context = _classify_context(scorer, json.loads(gold_path.read_text(encoding="utf-8"))["document"]["title"])
        for kind, how, fact in error_classes.classify(gold, extracted, context):
            counts.setdefault(fold, Counter())[kind] += 1
            if fold in folds:
                detail.append(_error_line(scorer, name, kind, how, fact))
    figures = {}
    for label in (*BLIND_FOLDS, "all"):
        names = [n for n in results if label == "all" or blind_fold_of(n) == label]
        f = figures[label] = realdev_folds.micro(results, names, scorer, BLIND_NO_FACT)
        print(f"blind {label:<6} docs={f['articles']:>3}  relation P={f['relation_p']:.2f} R={f['relation_r']:.2f} "
              f"F1={f['relation_f1']:.2f}  item F1={f['item_f1']:.2f}  quantity R={f['quantity_recall']:.2f} "
              f"({f['quantity'][0]}/{f['quantity'][1]})  facts from no-fact articles={f['no_fact_output']}"
              f"{' (' + BLIND_FOLDS[label] + ')' if label in BLIND_FOLDS else ''}")
    print("\n".join(error_classes.table(counts, list(BLIND_FOLDS))))
    if verbose:
        print(f"errors of blind fold(s) {', '.join(folds)}:", file=sys.stderr)
        print("\n".join(detail), file=sys.stderr)
    return {"blind": figures, "blind_error_classes": {fold: dict(c) for fold, c in counts.items()}}


def run(verbose: bool = False, folds: tuple[str, ...] = (realdev_folds.TUNING_FOLD,),
        blind_folds: tuple[str, ...] = (BLIND_TUNING_FOLD,)) -> dict:
    """Score the development set, the samples, the seed and the real articles; print the figures."""
    results = {}
    for label, pairs in (("dev-set", dev_pairs()), ("samples", sample_pairs()), ("seed", seed_pairs())):
        if not pairs:
            continue
        results[label] = score([(expected, extracted) for _, expected, extracted in pairs])
        print(_line(label, results[label]))
        if verbose:
            for name, expected, extracted in pairs:
                print("\n".join(_differences(name, expected, extracted)) or f"  {name}: ok", file=sys.stderr)
    results.update(realdev(verbose, folds))
    results.update(blind(verbose, blind_folds))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true",
                        help="list missed and extra items per article (real articles: see --fold)")
    parser.add_argument("--fold", action="append", choices=sorted(realdev_folds.FOLDS),
                        help="with --verbose, list the per-fact errors of this real-article fold (repeatable; "
                             "default: the tuning fold)")
    parser.add_argument("--blind-fold", action="append", choices=sorted(BLIND_FOLDS),
                        help="with --verbose, list the per-fact errors of this blind-set fold (repeatable; "
                             f"default: {BLIND_TUNING_FOLD}; held out, never to be listed: "
                             f"{', '.join(f for f, d in BLIND_FOLDS.items() if 'opened in' not in d)})")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    results = run(verbose=args.verbose, folds=tuple(args.fold or (realdev_folds.TUNING_FOLD,)),
                  blind_folds=tuple(args.blind_fold or (BLIND_TUNING_FOLD,)))
    if args.json:
        print(json.dumps(results, indent=2, default=str))


if __name__ == "__main__":
    main()
