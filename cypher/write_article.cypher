// name: write_article
// description: Creates the article nodes (keyed by the SHA-256 of their text) that are new, and records each article's facts hash.
// params: articles (list)
// mode: write
UNWIND $articles AS article
MERGE (a:Article {id: article.id})
  ON CREATE SET a += article
FOREACH (_ IN CASE WHEN a.factsHash <> article.factsHash THEN [1] ELSE [] END |
  SET a.factsHash = article.factsHash)
