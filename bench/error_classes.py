"""Sort the extractor's misses and false facts on labelled articles into classes of error.

The classes say what kind of rule or vocabulary is missing, not which sentence failed:

- direction: the relation exists with `from` and `to` swapped;
- argument attachment: a state on one side is wrong (the kind and one state match a gold fact);
- hedging/negation: the sentence of a false fact carries a hedge, negation or denial cue ("could", "denied");
- totals vs increments: the relation is found with another number, and the sentence names a total or "more";
- use implies transfer: a missed fact whose sentence tells of use or debris ("fired", "-made", "wreckage");
- non-state parties: the sentence names a party of data/parties.yaml (Wagner, the Houthis, ...);
- coordination of items: the relation is found but not every item category joined by "and"/commas in it;
- item category: the relation is found with another category;
- quantity: the relation is found without the number;
- new vocabulary: the missed sentence has no cue word or no known item the extractor could match;
- anaphora/continuation: the missed sentence names no state ("The ship carried 1,000 containers");
- attribution/source aliases: a fact found whose source differs from the gold one;
- titles/datelines/captions/quotes: the sentence is the title or quotes someone;
- no-fact article: any fact from an article that states none;
- other: none of the above.

The classification is heuristic (words of the evidence sentence, swapped keys), good enough to count.
"""

from __future__ import annotations

import re
from collections import Counter

HEDGE = re.compile(r"(?i)\b(?:could|would|might|may|consider(?:s|ing)?|plan(?:s|ned|ning)?|deni(?:ed|es)|deny|"
                   r"not|never|no evidence|allegedly|reportedly|possible|possibly|whether|if|likely|expected)\b")
USE = re.compile(r"(?i)\b(?:fired|fires|firing|launched|used|uses|using|debris|wreckage|fragments|remnants|"
                 r"struck|strikes?|attack(?:s|ed)?|shot down|downed)\b|-made\b|-produced\b")
TOTAL = re.compile(r"(?i)\b(?:total|in all|altogether|bringing|cumulative|more|additional|another|further)\b")
QUOTE = re.compile(r"[\"“”]")
COORDINATION = re.compile(r",|\band\b|\bas well as\b")

CLASSES = ("direction", "argument attachment", "hedging/negation", "totals vs increments", "use implies transfer",
           "non-state parties", "coordination of items", "item category", "quantity", "new vocabulary",
           "anaphora/continuation",
           "attribution/source aliases", "titles/datelines/captions/quotes", "no-fact article", "other")


def _rel(fact: dict, norm) -> tuple:
    return norm["relation"](fact)


def _item(fact: dict, norm) -> tuple:
    return norm["item"](fact)


def _evidence(fact: dict) -> str:
    evidence = fact.get("evidence")
    return (evidence.get("text") if isinstance(evidence, dict) else evidence) or ""


def _miss_class(fact: dict, pred_rels: set, context: dict) -> str:
    key, text = context["rel"](fact), _evidence(fact)
    if (key[0], key[2], key[1]) in pred_rels:
        return "direction"
    if context["party"].search(text):
        return "non-state parties"
    if text and text.strip() == context["title"]:
        return "titles/datelines/captions/quotes"
    if USE.search(text):
        return "use implies transfer"
    if not context["named"](text):
        return "anaphora/continuation"
    if not context["cue"](text):
        return "new vocabulary"
    if any(k[0] == key[0] and (k[1] == key[1] or k[2] == key[2]) for k in pred_rels):
        return "argument attachment"
    if QUOTE.search(text):
        return "titles/datelines/captions/quotes"
    return "other"


def _false_class(fact: dict, gold_rels: set, context: dict) -> str:
    key, text = context["rel"](fact), _evidence(fact)
    if not gold_rels:
        return "no-fact article"
    if (key[0], key[2], key[1]) in gold_rels:
        return "direction"
    if HEDGE.search(text):
        return "hedging/negation"
    if context["party"].search(text):
        return "non-state parties"
    if any(k[0] == key[0] and (k[1] == key[1] or k[2] == key[2]) for k in gold_rels):
        return "argument attachment"
    if text and text.strip() == context["title"] or QUOTE.search(text):
        return "titles/datelines/captions/quotes"
    return "other"


def _item_class(fact: dict, gold: list[dict], context: dict) -> str:
    key = context["rel"](fact)
    categories = {f.get("category") for f in gold if context["rel"](f) == key}
    if len(categories) > 1 and COORDINATION.search(_evidence(fact)):
        return "coordination of items"
    return "item category"


def classify(gold: list[dict], pred: list[dict], context: dict) -> list[tuple[str, str, dict]]:
    """(class, 'missed' | 'false' | 'item' | 'quantity' | 'source', fact) for every error of one article.

    `context` holds `rel` and `item` (key functions), `cue` (text -> bool: has a cue and a known item),
    `named` (text -> bool: names a state or party),
    `party` (a pattern of party aliases), `title` (the article's title) and `qty` (value equality)."""
    rel, item = context["rel"], context["item"]
    gold_rels, pred_rels = {rel(f) for f in gold}, {rel(f) for f in pred}
    errors = []
    seen: set = set()
    for fact in gold:
        if rel(fact) not in pred_rels and rel(fact) not in seen:
            seen.add(rel(fact))
            errors.append((_miss_class(fact, pred_rels, context), "missed", fact))
    for fact in pred:
        if rel(fact) not in gold_rels and rel(fact) not in seen:
            seen.add(rel(fact))
            errors.append((_false_class(fact, gold_rels, context), "false", fact))
    pred_items = {item(f) for f in pred}
    for fact in gold:
        if fact.get("category") and rel(fact) in pred_rels and item(fact) not in pred_items and item(fact) not in seen:
            seen.add(item(fact))
            errors.append((_item_class(fact, gold, context), "item", fact))
    errors += _quantity_errors(gold, pred, pred_rels, context)
    errors += _source_errors(gold, pred, context)
    return errors


def _quantity_errors(gold: list[dict], pred: list[dict], pred_rels: set, context: dict) -> list:
    errors = []
    rel = context["rel"]
    for fact in gold:
        value = (fact.get("quantity") or {}).get("value")
        if value is None or rel(fact) not in pred_rels:
            continue
        values = [(p.get("quantity") or {}).get("value") for p in pred if rel(p) == rel(fact)]
        if any(v is not None and context["qty"](v, value) for v in values):
            continue
        text = _evidence(fact)
        other = [v for v in values if v is not None]
        kind = "totals vs increments" if other and TOTAL.search(text) else (
            "anaphora/continuation" if not context["named"](text) else
            "coordination of items" if COORDINATION.search(text) and other else "quantity")
        errors.append((kind, "quantity", fact))
    return errors


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", name.lower())} - {"south", "north", "korea", "korean", "report"}


def _source_errors(gold: list[dict], pred: list[dict], context: dict) -> list:
    """Gold facts found (same relation) whose source no found fact of that relation names: no content word in
    common ("National Intelligence Service" matches "National Intelligence Service (South Korea)")."""
    errors = []
    rel = context["rel"]
    for fact in gold:
        want = _words(fact.get("attributed_to") or "")
        got = [_words(p.get("attributed_to") or "") for p in pred if rel(p) == rel(fact)]
        if got and not any(want & g or (not want and not g) for g in got):
            errors.append(("attribution/source aliases", "source", fact))
    return errors


def table(counts: dict[str, Counter], folds: list[str]) -> list[str]:
    """Lines of a table: one row per class, one column per fold, with a total."""
    head = f"{'error class':<34}" + "".join(f"{f:>8}" for f in folds) + f"{'all':>8}"
    lines = [head, "-" * len(head)]
    for name in CLASSES:
        row = [counts.get(f, Counter())[name] for f in folds]
        if sum(row):
            lines.append(f"{name:<34}" + "".join(f"{n:>8}" for n in row) + f"{sum(row):>8}")
    totals = [sum(counts.get(f, Counter()).values()) for f in folds]
    lines.append(f"{'total':<34}" + "".join(f"{n:>8}" for n in totals) + f"{sum(totals):>8}")
    return lines
