"""Behavioural test of `kg extract` (CheckList-style): every template of `bench/challenge.yaml` filled with every
state pair and item, and every word of its vocabulary lists in its section's frame ("give:furnished"), one sentence
per article, each checked against what the template states.

A sentence passes when the extractor gives exactly the expected relation (kind, from, to), with the item's
category and the count for arms, the count for troops, and the template's status when it names one; a `none`
template passes when nothing is extracted. The table gives the pass rate per template, so a failing frame
("passive with an origin adjective") shows as a row, not as one sentence.

    python -m bench.challenge [--verbose] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import yaml

CHALLENGE = Path(__file__).resolve().parent / "challenge.yaml"
HEADER = "Challenge sentence\nPublished: 2025-06-01\n"


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def cases(path: Path = CHALLENGE) -> list[dict]:
    """Every filled template: {template, text, kind, expect, from, to, category, quantity, status, also}."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    filled = []
    for template in data["templates"]:
        for pair in data["party_pairs" if template.get("pairs") == "parties" else "pairs"]:
            fillers = data["items"] if template["kind"] == "arms" else data["troops"]
            for filler in fillers:
                slots = {**{k: v for k, v in pair.items() if k not in ("from", "to")},
                         "ITEM": filler.get("text", ""), "TROOPS": filler.get("word", ""), "N": filler["N"]}
                text = _capitalised(template["text"].format(**slots))
                counted = "{N}" in template["text"]
                filled.append({"template": template["id"], "text": text, "expect": template["expect"],
                               "kind": "arms_transfer" if template["kind"] == "arms" else "troop_deployment",
                               "from": pair["from"], "to": pair["to"], "category": filler.get("category"),
                               "quantity": template.get("count", int(filler["N"].replace(",", "")) if counted else None),
                               "status": template.get("status"), "also": template.get("also")})
    return filled + _word_cases(data)


def _word_cases(data: dict) -> list[dict]:
    """The vocabulary frames: one template per word of each section, filled with every state pair."""
    filled = []
    for section, spec in data.get("vocabulary", {}).items():
        for word in spec["words"]:
            text, category = (word["text"], word["category"]) if isinstance(word, dict) else (word, spec.get("category"))
            for pair in data["pairs"]:
                slots = {**{k: v for k, v in pair.items() if k not in ("from", "to")}, "WORD": text, "N": spec["N"]}
                filled.append({"template": f"{section}:{text}", "text": _capitalised(spec["frame"].format(**slots)),
                               "expect": "give",
                               "kind": "arms_transfer" if spec["kind"] == "arms" else "troop_deployment",
                               "from": pair["from"], "to": pair["to"], "category": category,
                               "quantity": int(spec["N"].replace(",", "")), "status": None, "also": None})
    return filled


def problems(case: dict, facts: list[dict]) -> list[str]:
    """What is wrong with the facts extracted from a case's sentence (empty: it passes)."""
    if case["expect"] == "none":
        return [f"extra {f['kind']} {f['from']}->{f['to']}" for f in facts]
    wanted = (case["kind"], case["from"], case["to"])
    found = [f for f in facts if (f["kind"], f["from"], f["to"]) == wanted]
    wrong = [f"extra {f['kind']} {f['from']}->{f['to']}" for f in facts
             if (f["kind"], f["from"], f["to"]) != wanted]
    if not found:
        return [f"missed {case['kind']} {case['from']}->{case['to']}"] + wrong
    if case["category"] and not any(f.get("category") == case["category"] for f in found):
        wrong.append(f"category {sorted({str(f.get('category')) for f in found})} not {case['category']}")
    if case.get("also") and not any(f.get("category") == case["also"] for f in found):
        wrong.append(f"no {case['also']} fact")
    if case["quantity"] and not any((f.get("quantity") or {}).get("value") == case["quantity"] for f in found):
        wrong.append(f"quantity {[(f.get('quantity') or {}).get('value') for f in found]} not {case['quantity']}")
    if case["status"] and not any(f.get("status") == case["status"] for f in found):
        wrong.append(f"status {sorted({f.get('status') for f in found})} not {case['status']}")
    return wrong


def run(verbose: bool = False) -> dict:
    from kg.extract import extract_facts

    results: dict[str, list] = defaultdict(list)
    for case in cases():
        facts = extract_facts(HEADER + case["text"] + "\n", name="challenge").to_json_dict()["facts"]
        results[case["template"]].append((case, problems(case, facts)))
    rows = {template: sum(not p for _, p in outcomes) / len(outcomes) for template, outcomes in results.items()}
    total = [not p for outcomes in results.values() for _, p in outcomes]
    print(f"{'template':<34} {'passed':>7}")
    for template, rate in rows.items():
        print(f"{template:<34} {rate:>7.0%}")
    print(f"{'all ' + str(len(total)) + ' sentences':<34} {sum(total) / len(total):>7.0%}")
    if verbose:
        for template, outcomes in results.items():
            for case, wrong in outcomes:
                if wrong:
                    print(f"  {template}: {case['text']}\n      {'; '.join(wrong)}", file=sys.stderr)
    return {"templates": rows, "passed": sum(total), "sentences": len(total)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list every failing sentence and why (stderr)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    figures = run(args.verbose)
    if args.json:
        print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
