"""How far a second careful reader agrees with the gold, next to the extractor on the same articles.

    .venv/bin/python -m bench.agreement [--json]

Six annotators who never saw the extractor, its rules or the gold annotated articles from the written conventions of
`bench/second_annotations/BRIEF.md`: three of them the 14 real articles of `../shared/realdev` and ten blind articles
each (five from folds opened for rule work, five from folds never opened, drawn at random), the other three ten blind
articles each from folds never opened (drawn at random from the rest). Their files are in
`bench/second_annotations/annotator-*/` (for the real articles only the fields the scorer reads and the status:
their words belong to their publishers). Each annotation is scored as a prediction against the first annotation (the
gold) with the realdev scorer, pooled over annotators, per group of articles; the extractor is scored on the same
articles in the same run. Pairs of annotators are scored against each other on the real articles. A fold counts as
opened or never opened as `bench.extraction_quality.BLIND_FOLDS` says at run time.

The point: the targets of the extraction issue (relation F1 0.90, item F1 0.80, quantity recall 0.85) are only
meaningful if careful readers reach them; this prints how far they do, and how far the extractor is behind them.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

from bench import extraction_quality as quality
from bench import realdev_folds

ANNOTATIONS = Path(__file__).resolve().parent / "second_annotations"
GROUPS = ("real articles", "blind, opened folds", "blind, never-opened folds")


def annotators() -> dict[str, dict[str, Path]]:
    """{annotator: {article key: annotation path}}; keys are "realdev/NAME" and "blind/NAME"."""
    found: dict[str, dict[str, Path]] = {}
    for folder in sorted(ANNOTATIONS.glob("annotator-*")):
        found[folder.name] = {f"{path.parent.name}/{path.stem}": path for path in sorted(folder.glob("*/*.json"))}
    return found


def group_of(key: str) -> str:
    part, name = key.split("/", 1)
    if part == "realdev":
        return GROUPS[0]
    return GROUPS[1] if "opened in" in quality.BLIND_FOLDS.get(quality.blind_fold_of(name), "") else GROUPS[2]


def _paths(key: str) -> tuple[Path, Path]:
    """(article, gold) of an article key."""
    part, name = key.split("/", 1)
    root = realdev_folds.REALDEV if part == "realdev" else quality.HELDOUT
    return root / "articles" / f"{name}.txt", root / "gold" / f"{name}.json"


def _figures(results: dict, keys: list, scorer, no_fact: tuple) -> dict:
    return realdev_folds.micro(results, keys, scorer, no_fact)


def _line(label: str, figures: dict) -> str:
    return (f"{label:<48} relation F1={figures['relation_f1']:.3f} (P={figures['relation_p']:.2f} "
            f"R={figures['relation_r']:.2f})  item F1={figures['item_f1']:.3f}  quantity R="
            f"{figures['quantity_recall']:.3f} ({figures['quantity'][0]}/{figures['quantity'][1]})  "
            f"facts from no-fact articles={figures['no_fact_output']}")


def run() -> dict:
    """Print and return the agreement figures; {} (with the reason on stderr) when the scorer is missing."""
    scorer = realdev_folds.official_scorer()
    if scorer is None:
        print("agreement: ../shared/realdev/score.py is missing, so nothing can be scored", file=sys.stderr)
        return {}
    quiet = lambda message: None  # noqa: E731 - a missing file is reported below, not per fact
    found = annotators()
    keys = sorted({key for files in found.values() for key in files})
    present = [key for key in keys if all(path.exists() for path in _paths(key))]
    if len(present) < len(keys):
        print(f"agreement: {len(keys) - len(present)} of {len(keys)} articles are not here (../shared/realdev "
              "missing?); they are left out", file=sys.stderr)
    gold = {key: scorer.load_facts(str(_paths(key)[1]), quiet) for key in present}
    extracted = {key: quality._extract(_paths(key)[0])["facts"] for key in present}
    no_fact = {key for key in present if key.split("/", 1)[1] in (*realdev_folds.NO_FACT, *quality.BLIND_NO_FACT)}
    figures: dict = {}
    for group in (*GROUPS, "all"):
        human, machine = {}, {}
        for annotator, files in found.items():
            for key in present:
                if key in files and (group == "all" or group_of(key) == group):
                    human[(annotator, key)] = (gold[key], scorer.load_facts(str(files[key]), quiet))
                    machine[(annotator, key)] = (gold[key], extracted[key])
        if not human:
            continue
        pooled = list(human)
        no_fact_keys = tuple(pair for pair in pooled if pair[1] in no_fact)
        figures[group] = {"second annotators": _figures(human, pooled, scorer, no_fact_keys),
                          "extractor": _figures(machine, pooled, scorer, no_fact_keys),
                          "articles": len({key for _, key in pooled}), "annotations": len(pooled)}
        print(f"{group} ({figures[group]['articles']} articles, {len(pooled)} second annotations)")
        print(_line("  second annotators against the gold", figures[group]["second annotators"]))
        print(_line("  the extractor on the same articles", figures[group]["extractor"]))
    pairs = {}
    for first, second in itertools.combinations(found, 2):
        shared = [key for key in present if key.startswith("realdev/") and key in found[first] and key in found[second]]
        if shared:
            results = {key: (scorer.load_facts(str(found[first][key]), quiet),
                             scorer.load_facts(str(found[second][key]), quiet)) for key in shared}
            pairs[f"{first} / {second}"] = _figures(results, shared, scorer, ())
            print(_line(f"real articles, {first} against {second}", pairs[f"{first} / {second}"]))
    if pairs:
        figures["pairs on the real articles"] = pairs
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON after the table")
    args = parser.parse_args()
    figures = run()
    if args.json:
        print(json.dumps(figures, indent=2))
    if not figures:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
