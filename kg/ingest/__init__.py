"""The import stage: files -> checked articles (ids, keys and rows) -> Neo4j, with the law alongside.

Modules, in the order data flows through them:
- `files`: what a path holds, by suffix (facts file, article text, RDF);
- `facts_file`: a JSON/YAML facts file -> FactsFile; `rdf`: RDF in the ontology's terms -> one FactsFile per article;
- `rows`: semantic checks, deterministic ids, event keys and the property rows the store writes (pure);
- `run`: read and check everything first, then write (the public entry below);
- `articles`: the stored articles listed, and taken out again (`kg articles list|remove`).
A new input format goes in a module here, dispatched by suffix in `files`.
"""

from kg.ingest.run import apply_law, articles_without_facts, import_articles, load_regimes, prepare_articles

__all__ = ["apply_law", "articles_without_facts", "import_articles", "load_regimes", "prepare_articles"]
