"""The fold split of the real-article development set (`../shared/realdev`), fixed before any article was read.

The 14 articles are split by file name only (outlet and topic in the slug), 7 and 7, each fold with one article
that states no fact, a spread of DPRK-Russia, Iran-Russia and other suppliers, and troop articles in both.
Rules are tuned looking only at fold A (articles, gold and per-fact errors); fold B is scored in aggregate only,
as the held-out figure. The texts stay in `../shared`: nothing of them is copied into the repository.
"""

from __future__ import annotations

from pathlib import Path

REALDEV = Path(__file__).resolve().parent.parent.parent / "shared" / "realdev"
TUNING_FOLD = "A"
FOLDS: dict[str, tuple[str, ...]] = {
    "A": ("11-kyiv-independent-6-million-shells", "15-ahram-online-wagner-nk-arms", "17-rfa-nis-artillery-exports",
          "21-korea-herald-lavrov-visit", "24-firstpost-iran-shells-caspian", "26-republic-world-iran-su35-deal",
          "30-ukrainian-news-iskander-belarus"),
    "B": ("12-daily-maverick-nis-million-rounds", "14-japan-news-csis-railcars", "18-news-az-3000-more-troops",
          "20-moscow-times-200-artillery", "23-al-mayadeen-eu-no-evidence-china", "25-sky-news-port-olya-3-missiles",
          "28-babel-chinese-experts-kupol-drones"),
}
# Articles that state no fact: the extractor must give none for them.
NO_FACT = ("21-korea-herald-lavrov-visit", "23-al-mayadeen-eu-no-evidence-china")


def fold_of(name: str) -> str | None:
    """The fold an article (file stem) belongs to, None for an article outside the split."""
    return next((fold for fold, names in FOLDS.items() if name in names), None)


def official_scorer():
    """The set's own scorer (`../shared/realdev/score.py`, standard library only) as a module, None when absent."""
    import importlib.util

    path = REALDEV / "score.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("realdev_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def realdev_articles() -> list[tuple[str, Path, Path]]:
    """(name, article path, gold path) of every article of the split that is present, in name order."""
    if not (REALDEV / "articles").is_dir():
        return []
    found = []
    for fold in FOLDS.values():
        for name in fold:
            article, gold = REALDEV / "articles" / f"{name}.txt", REALDEV / "gold" / f"{name}.json"
            if article.exists() and gold.exists():
                found.append((name, article, gold))
    return sorted(found)


def score_folds(results: dict[str, tuple[list[dict], list[dict]]], scorer) -> dict[str, dict]:
    """{fold or 'all': {relation_f1, item_f1, quantity_recall, ...}} with the official scorer's micro-averages.

    `results` maps an article name to (gold facts, predicted facts)."""
    figures = {}
    for label in (*FOLDS, "all"):
        names = [n for n in results if label == "all" or fold_of(n) == label]
        figures[label] = micro(results, names, scorer, NO_FACT)
    return figures


def micro(results: dict[str, tuple[list[dict], list[dict]]], names: list[str], scorer,
          no_fact: tuple[str, ...] = ()) -> dict:
    """The official scorer's micro-averaged figures over the articles `names` of `results`; `no_fact_output`
    counts the facts extracted from the articles listed in `no_fact`."""
    totals = {"relation": [0, 0, 0], "item": [0, 0, 0], "quantity": [0, 0]}
    for name in names:
        article = scorer.score_article(*results[name])
        for level in ("relation", "item"):
            for i, key in enumerate(("tp", "fp", "fn")):
                totals[level][i] += article[level][key]
        totals["quantity"][0] += article["quantity"]["matched"]
        totals["quantity"][1] += article["quantity"]["total"]
    relation, item = scorer.prf(*totals["relation"]), scorer.prf(*totals["item"])
    matched, total = totals["quantity"]
    return {"articles": len(names), "relation_f1": relation[2], "relation_p": relation[0],
            "relation_r": relation[1], "item_f1": item[2], "quantity_recall": matched / total if total else 1.0,
            "quantity": (matched, total), "no_fact_output": sum(len(results[n][1]) for n in names if n in no_fact)}
