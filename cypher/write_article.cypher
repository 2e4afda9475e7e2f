// name: write_article
// description: Creates the article nodes (keyed by the SHA-256 of their text) that are new.
// params: articles (list)
// mode: write
UNWIND $articles AS article
MERGE (a:Article {id: article.id})
  ON CREATE SET a += article
