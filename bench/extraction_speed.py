"""Extraction speed: articles per second of `extract_facts` on synthetic ~300-word articles, in one process.

    .venv/bin/python -m bench.extraction_speed [--articles N]

Rates are per second of this process's CPU time, so other load on the machine does not skew them.
The baseline, measured in the same run on the same texts, is spaCy's blank English pipeline only tokenising
and sentencizing (`nlp.pipe`); the ratio says what the extraction costs on top of that. Target: >= 100 articles/s
on one core.
`run()` returns the figures as a dict.
"""

from __future__ import annotations

import argparse
import random
import time

STATES = [("North Korea", "Russia"), ("Iran", "Russia"), ("Belarus", "Russia"), ("Russia", "Syria"),
          ("China", "Russia"), ("Pyongyang", "Moscow"), ("Tehran", "the Kremlin"), ("Russia", "Belarus")]
ITEMS = ["artillery shells", "KN-23 ballistic missiles", "Shahed drones", "Fath-360 missiles", "multiple rocket "
         "launchers", "Pantsir air defence systems", "MiG-29 fighter jets", "self-propelled guns", "T-72 tanks"]
VERBS = ["has supplied", "delivered", "shipped", "transferred", "sent", "sold"]
SOURCES = ["according to Western officials", "the ministry said", "analysts say", "a report by the UN Panel of "
           "Experts found"]
FILLER = ("Officials met in the capital on Tuesday to discuss trade, energy and transport links between the two "
          "countries, and a joint statement praised the growing friendship. Analysts noted that the talks followed "
          "months of preparation and several visits by senior delegations. Markets reacted calmly to the news, "
          "and the local currency was little changed by the afternoon. ")


def synthetic_article(index: int) -> str:
    """A deterministic ~300-word article with a header, three fact sentences and filler."""
    rng = random.Random(index)
    giver, taker = rng.choice(STATES)
    lines = [f"Synthetic article {index} on arms flows", "Published: 2025-03-0" + str(1 + index % 9), ""]
    for _ in range(3):
        count = f"{rng.randint(2, 900):,}" if rng.random() < 0.7 else "about 3,000"
        lines.append(f"{giver} {rng.choice(VERBS)} {count} {rng.choice(ITEMS)} to {taker} in late 2024, "
                     f"{rng.choice(SOURCES)}. {FILLER}")
    lines.append(f"{giver} has dispatched about {rng.randint(1, 12)},000 troops to {taker}. {FILLER}")
    return "\n\n".join(lines)


def _rate(function, texts: list[str]) -> float:
    """Articles per second of CPU time of this process (steadier than wall time on a shared machine)."""
    start = time.process_time()
    function(texts)
    return len(texts) / (time.process_time() - start)


def _baseline(texts: list[str]) -> None:
    from kg.extract.sentences import sentence_pipeline

    for doc in sentence_pipeline().pipe(texts):
        list(doc.sents)


def _extraction(texts: list[str]) -> None:
    from kg.extract import extract_facts

    for index, text in enumerate(texts):
        extract_facts(text, name=f"synthetic-{index}")


def run(articles: int = 1000) -> dict:
    """Measure both rates on `articles` synthetic articles (after a warm-up) and print them."""
    texts = [synthetic_article(i) for i in range(articles)]
    words = sum(len(t.split()) for t in texts) / len(texts)
    _extraction(texts[:20])  # load the knowledge and spaCy once, outside the clock
    _baseline(texts[:20])
    baseline = _rate(_baseline, texts)
    extraction = _rate(_extraction, texts)
    result = {"articles": articles, "words_per_article": round(words), "baseline_articles_per_s": baseline,
              "extract_articles_per_s": extraction, "ratio": extraction / baseline}
    print(f"{articles} synthetic articles of ~{words:.0f} words, one process")
    print(f"baseline (spaCy blank: tokenise + sentencize): {baseline:8.0f} articles/s")
    print(f"kg extract (extract_facts):                    {extraction:8.0f} articles/s")
    print(f"ratio extract/baseline:                        {result['ratio']:8.2f}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    run(parser.parse_args().articles)


if __name__ == "__main__":
    main()
