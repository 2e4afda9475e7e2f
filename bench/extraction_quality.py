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
blind once after round 3 and is printed too. The error-class table (`bench/error_classes.py`) counts misses and
false facts per class and fold; `--verbose` lists each error of the folds given with `--fold` (by default the
tuning fold), with its sentence.
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
                detail.append(f"  {name}: {how:<8} [{kind}] {scorer.item_key(fact)} "
                              f"q={(fact.get('quantity') or {}).get('value')} src={fact.get('attributed_to')!r}\n"
                              f"      {error_classes._evidence(fact)[:300]}")
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


def blind() -> dict:
    """Score bench/heldout (16 articles written for the purpose by someone who never read the extractor) with the
    realdev scorer. It was scored blind once (relation F1 0.75, item F1 0.74, quantity recall 0.56, 2026-12-01);
    it is printed so later changes show whether they generalise. Read it only to classify errors after a change."""
    scorer = realdev_folds.official_scorer()
    if scorer is None:
        return {}
    results = {}
    for gold_path in sorted((HELDOUT / "gold").glob("*.json")):
        gold = scorer.load_facts(str(gold_path), lambda message: None)
        results[gold_path.stem] = (gold, _extract(HELDOUT / "articles" / f"{gold_path.stem}.txt")["facts"])
    no_fact = tuple(name for name, (gold, _) in results.items() if not gold)
    f = realdev_folds.micro(results, list(results), scorer, no_fact)
    print(f"blind set    docs={f['articles']:>3}  relation P={f['relation_p']:.2f} R={f['relation_r']:.2f} "
          f"F1={f['relation_f1']:.2f}  item F1={f['item_f1']:.2f}  quantity R={f['quantity_recall']:.2f} "
          f"({f['quantity'][0]}/{f['quantity'][1]})  facts from no-fact articles={f['no_fact_output']} "
          "(bench/heldout, scored blind once: 0.75 / 0.74 / 0.56)")
    return {"blind": f}


def run(verbose: bool = False, folds: tuple[str, ...] = (realdev_folds.TUNING_FOLD,)) -> dict:
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
    results.update(blind())
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true",
                        help="list missed and extra items per article (real articles: see --fold)")
    parser.add_argument("--fold", action="append", choices=sorted(realdev_folds.FOLDS),
                        help="with --verbose, list the per-fact errors of this real-article fold (repeatable; "
                             "default: the tuning fold)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    results = run(verbose=args.verbose, folds=tuple(args.fold or (realdev_folds.TUNING_FOLD,)))
    if args.json:
        print(json.dumps(results, indent=2, default=str))


if __name__ == "__main__":
    main()
