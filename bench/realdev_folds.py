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
